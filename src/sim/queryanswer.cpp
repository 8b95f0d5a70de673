#include "queryanswer.h"

#include <array>

using nlohmann::ordered_json;

namespace {
struct ShapeName
{
    const char *name;
    bool QueryShape::*flag;
};
constexpr std::array ShapeNames{
    ShapeName{"object-when-one", &QueryShape::objectWhenOne},
    ShapeName{"strings", &QueryShape::numbersAsStrings},
    ShapeName{"update-keys", &QueryShape::updateKeys},
    ShapeName{"nested-values", &QueryShape::nestedValues},
    ShapeName{"form-string", &QueryShape::formAsString},
    ShapeName{"not-found-404", &QueryShape::notFound404},
};

// A stable small number per text, standing in for the CRM's own row ids of list values.
std::int64_t valueId(const std::string &text)
{
    std::uint32_t hash = 2166136261u;
    for (unsigned char c : text)
        hash = (hash ^ c) * 16777619u;
    return hash % 100000;
}

ordered_json listValue(const std::string &text, const QueryShape &shape)
{
    if (!shape.nestedValues)
        return text;
    return {
        {"value", text},
        {"value_id",
         shape.numbersAsStrings ? ordered_json(std::to_string(valueId(text))) : ordered_json(valueId(text))}};
}

ordered_json caseObject(const CaseSnapshot &c, const QueryShape &shape)
{
    ordered_json out;
    out[shape.updateKeys ? "wolkvox-id" : "wolkvox_id"] = c.id;
    if (c.caseNumber)
        out["idCase"] = shape.numbersAsStrings ? ordered_json(std::to_string(*c.caseNumber))
                                               : ordered_json(*c.caseNumber);
    else
        out["idCase"] = nullptr;
    out[shape.updateKeys ? "case-type" : "type case"] = listValue(c.caseType, shape);
    out["status"] = listValue(c.status, shape);
    out["priority"] = listValue(c.priority, shape);
    out[shape.updateKeys ? "responsible" : "responsible user"] = listValue(c.responsible, shape);
    if (!shape.updateKeys)
        out["responsible name"] = c.responsible.substr(0, c.responsible.find('@'));
    out["solution"] = c.solution;
    out["form"] = shape.formAsString ? ordered_json(c.form.dump()) : c.form;
    out["date_modification"] = c.updatedAt.empty() ? ordered_json(nullptr) : ordered_json(c.updatedAt);
    return out;
}
} // namespace

std::optional<QueryShape> QueryShape::parse(std::string_view names, std::string *bad)
{
    QueryShape shape;
    while (!names.empty()) {
        const auto comma = names.find(',');
        const std::string_view name = names.substr(0, comma);
        names = comma == std::string_view::npos ? std::string_view() : names.substr(comma + 1);
        if (name.empty())
            continue;
        bool found = false;
        for (const auto &entry : ShapeNames) {
            if (name == entry.name) {
                shape.*entry.flag = true;
                found = true;
            }
        }
        if (!found) {
            *bad = std::string(name);
            return std::nullopt;
        }
    }
    return shape;
}

std::string QueryShape::names()
{
    std::string out;
    for (const auto &entry : ShapeNames) {
        if (!out.empty())
            out += ", ";
        out += entry.name;
    }
    return out;
}

ApiReply QueryAnswer::render(const std::vector<CaseSnapshot> &matches, const QueryShape &shape)
{
    if (matches.empty() && shape.notFound404)
        return ApiReply::error(404, "NOT FOUND", VendorMsg::RecordDoesNotExist);
    ApiReply reply;
    reply.httpStatus = 200;
    reply.body["code"] = shape.numbersAsStrings ? ordered_json("200") : ordered_json(200);
    reply.body["error"] = "null";
    reply.body["msg"] = VendorMsg::recordsFound(matches.size());
    if (matches.size() == 1 && shape.objectWhenOne) {
        reply.body["data"] = caseObject(matches.front(), shape);
        return reply;
    }
    reply.body["data"] = ordered_json::array();
    for (const CaseSnapshot &c : matches)
        reply.body["data"].push_back(caseObject(c, shape));
    return reply;
}
