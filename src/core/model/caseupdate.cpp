#include "core/model/caseupdate.h"

#include "core/global.h"

#include <QJsonArray>

namespace Json {
QByteArray quote(QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out.append('"');
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default:
            if (c < 0x20) {
                static constexpr char hex[] = "0123456789abcdef";
                out.append("\\u00");
                out.append(hex[c >> 4]);
                out.append(hex[c & 0xf]);
            } else {
                out.append(ch);
            }
        }
    }
    out.append('"');
    return out;
}
} // namespace Json

QByteArray CaseUpdate::formJson() const
{
    // QJsonObject sorts its keys; the CRM form keeps the agent's order, so write it by hand.
    QByteArray out("{");
    bool first = true;
    for (const CustomField &field : customFields) {
        if (!first)
            out.append(',');
        first = false;
        out.append(Json::quote(field.name));
        out.append(':');
        out.append(Json::quote(field.value));
    }
    out.append('}');
    return out;
}

QJsonObject CaseUpdate::toJson() const
{
    QJsonArray fields;
    for (const CustomField &field : customFields)
        fields.append(QJsonArray{field.name, field.value});
    return QJsonObject{
        {u"server"_s, server},           {u"operation"_s, operation},
        {u"wolkvox_id"_s, wolkvoxId},    {u"case_type"_s, caseType},
        {u"responsible"_s, responsible}, {u"status"_s, status},
        {u"priority"_s, priority},       {u"solution"_s, solution},
        {u"custom_fields"_s, fields},    {u"attachments"_s, QJsonArray::fromStringList(attachments)},
    };
}

CaseUpdate CaseUpdate::fromJson(const QJsonObject &object)
{
    CaseUpdate update;
    update.server = object.value(u"server"_s).toString();
    update.operation = object.value(u"operation"_s).toString();
    update.wolkvoxId = object.value(u"wolkvox_id"_s).toString();
    update.caseType = object.value(u"case_type"_s).toString();
    update.responsible = object.value(u"responsible"_s).toString();
    update.status = object.value(u"status"_s).toString();
    update.priority = object.value(u"priority"_s).toString();
    update.solution = object.value(u"solution"_s).toString();
    const QJsonArray fields = object.value(u"custom_fields"_s).toArray();
    for (const QJsonValue &pair : fields) {
        const QJsonArray nameValue = pair.toArray();
        update.customFields.append({nameValue.at(0).toString(), nameValue.at(1).toString()});
    }
    const QJsonArray files = object.value(u"attachments"_s).toArray();
    for (const QJsonValue &file : files)
        update.attachments.append(file.toString());
    return update;
}
