#include "operationconfig.h"

#include <nlohmann/json.hpp>

#include <set>
#include <stdexcept>

// Ordered, so a seeded case's custom fields keep the order the file gives them.
using OrderedJson = nlohmann::ordered_json;

bool equalsIgnoringAsciiCase(const std::string &a, const std::string &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        auto lower
            = [](unsigned char c) { return (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c + 32) : c; };
        if (lower(static_cast<unsigned char>(a[i])) != lower(static_cast<unsigned char>(b[i])))
            return false;
    }
    return true;
}

const std::pair<std::string, bool> *CaseTypeConfig::findStatus(const std::string &status) const
{
    for (const auto &entry : statuses) {
        if (entry.first == status)
            return &entry;
    }
    return nullptr;
}

bool CaseTypeConfig::hasPriority(const std::string &priority) const
{
    for (const auto &p : priorities) {
        if (p == priority)
            return true;
    }
    return false;
}

const CaseTypeConfig *OperationConfig::findCaseType(const std::string &typeName) const
{
    for (const auto &type : caseTypes) {
        if (equalsIgnoringAsciiCase(type.name, typeName))
            return &type;
    }
    return nullptr;
}

const std::string *OperationConfig::findUser(const std::string &email) const
{
    for (const auto &user : users) {
        if (equalsIgnoringAsciiCase(user, email))
            return &user;
    }
    return nullptr;
}

bool OperationConfig::hasToken(const std::string &token) const
{
    for (const auto &t : tokens) {
        if (t == token)
            return true;
    }
    return false;
}

const OperationConfig *SimConfig::findOperation(const std::string &opName) const
{
    for (const auto &op : operations) {
        if (op.name == opName)
            return &op;
    }
    return nullptr;
}

const OperationConfig *SimConfig::operationOfToken(const std::string &token) const
{
    for (const auto &op : operations) {
        if (op.hasToken(token))
            return &op;
    }
    return nullptr;
}

namespace {

[[noreturn]] void fail(const std::string &where, const std::string &what)
{
    throw std::runtime_error("operation config: " + where + ": " + what);
}

std::string requireString(const OrderedJson &value, const std::string &where)
{
    if (!value.is_string() || value.get<std::string>().empty())
        fail(where, "expected a non-empty string");
    return value.get<std::string>();
}

std::vector<std::string> requireStringList(const OrderedJson &object, const char *key,
                                           const std::string &where)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_array())
        fail(where + "." + key, "expected an array of strings");
    std::vector<std::string> out;
    for (std::size_t i = 0; i < it->size(); ++i)
        out.push_back(requireString((*it)[i], where + "." + key + "[" + std::to_string(i) + "]"));
    return out;
}

CaseTypeConfig parseCaseType(const std::string &typeName, const OrderedJson &value, const std::string &where)
{
    if (!value.is_object())
        fail(where, "expected an object with \"statuses\" and \"priorities\"");
    CaseTypeConfig type;
    type.name = typeName;
    const auto statuses = value.find("statuses");
    if (statuses == value.end() || !statuses->is_object() || statuses->empty())
        fail(where + ".statuses", "expected a non-empty object {\"status\": \"open\"|\"closed\"}");
    for (const auto &[status, condition] : statuses->items()) {
        const std::string c = condition.is_string() ? condition.get<std::string>() : std::string();
        if (c != "open" && c != "closed")
            fail(where + ".statuses." + status, "condition must be \"open\" or \"closed\"");
        type.statuses.emplace_back(status, c == "closed");
    }
    type.priorities = requireStringList(value, "priorities", where);
    if (type.priorities.empty())
        fail(where + ".priorities", "expected at least one priority");
    return type;
}

SeedCase parseSeedCase(const OrderedJson &value, const std::string &where)
{
    SeedCase seed;
    if (value.is_string()) {
        seed.id = requireString(value, where);
        return seed;
    }
    if (!value.is_object())
        fail(where, "expected an id string or an object with \"id\"");
    seed.id = requireString(value.value("id", OrderedJson()), where + ".id");
    auto optional = [&](const char *key) {
        const auto it = value.find(key);
        return (it != value.end() && it->is_string()) ? it->get<std::string>() : std::string();
    };
    seed.caseType = optional("case_type");
    seed.responsible = optional("responsible");
    seed.status = optional("status");
    seed.priority = optional("priority");
    seed.solution = optional("solution");
    if (const auto number = value.find("case_number"); number != value.end()) {
        if (!number->is_number_integer() || number->get<std::int64_t>() < 0)
            fail(where + ".case_number", "expected a non-negative integer");
        seed.caseNumber = number->get<std::int64_t>();
    }
    if (const auto form = value.find("form"); form != value.end()) {
        if (!form->is_object())
            fail(where + ".form", "expected an object {\"field\": \"value\"}");
        for (const auto &[name, fieldValue] : form->items()) {
            if (!fieldValue.is_string())
                fail(where + ".form." + name, "expected a string");
        }
        seed.form = *form;
    }
    return seed;
}

} // namespace

SimConfig SimConfig::parse(const std::string &jsonText)
{
    const OrderedJson root = OrderedJson::parse(jsonText, nullptr, false);
    if (root.is_discarded())
        fail("file", "not valid JSON");
    if (!root.is_object() || !root.contains("operations") || !root["operations"].is_array()
        || root["operations"].empty())
        fail("operations", "expected a non-empty array");

    SimConfig config;
    std::set<std::string> tokensSeen;
    std::set<std::string> namesSeen;
    const auto &ops = root["operations"];
    for (std::size_t i = 0; i < ops.size(); ++i) {
        const std::string where = "operations[" + std::to_string(i) + "]";
        const OrderedJson &o = ops[i];
        if (!o.is_object())
            fail(where, "expected an object");
        OperationConfig op;
        op.name = requireString(o.value("name", OrderedJson()), where + ".name");
        if (!namesSeen.insert(op.name).second)
            fail(where + ".name", "duplicate operation \"" + op.name + "\"");
        op.tokens = requireStringList(o, "tokens", where);
        for (const auto &token : op.tokens) {
            // A token identifies its operation; sharing one would make quotas ambiguous.
            if (!tokensSeen.insert(token).second)
                fail(where + ".tokens", "a token is listed twice");
        }
        if (o.contains("daily_quota")) {
            if (!o["daily_quota"].is_number_integer() || o["daily_quota"].get<std::int64_t>() < 0)
                fail(where + ".daily_quota", "expected a non-negative integer");
            op.dailyQuota = o["daily_quota"].get<std::int64_t>();
        }
        if (o.contains("accept_unknown_ids")) {
            if (!o["accept_unknown_ids"].is_boolean())
                fail(where + ".accept_unknown_ids", "expected true or false");
            op.acceptUnknownIds = o["accept_unknown_ids"].get<bool>();
        }
        op.users = requireStringList(o, "users", where);
        const auto types = o.find("case_types");
        if (types == o.end() || !types->is_object() || types->empty())
            fail(where + ".case_types", "expected a non-empty object");
        for (const auto &[typeName, value] : types->items())
            op.caseTypes.push_back(parseCaseType(typeName, value, where + ".case_types." + typeName));
        if (o.contains("cases")) {
            if (!o["cases"].is_array())
                fail(where + ".cases", "expected an array");
            std::set<std::string> ids;
            for (std::size_t c = 0; c < o["cases"].size(); ++c) {
                const std::string caseWhere = where + ".cases[" + std::to_string(c) + "]";
                SeedCase seed = parseSeedCase(o["cases"][c], caseWhere);
                if (!ids.insert(seed.id).second)
                    fail(caseWhere, "duplicate case id " + seed.id);
                op.cases.push_back(std::move(seed));
            }
        }
        config.operations.push_back(std::move(op));
    }
    return config;
}
