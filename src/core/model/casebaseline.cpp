#include "core/model/casebaseline.h"

#include "core/global.h"

#include <QJsonArray>

namespace {
using Field = CaseRecord::Field;

struct TextField
{
    Field field;
    QString CaseRecord::*member;
};

const TextField TextFields[] = {
    {Field::CaseNumber, &CaseRecord::caseNumber},   {Field::CaseType, &CaseRecord::caseType},
    {Field::Responsible, &CaseRecord::responsible}, {Field::Status, &CaseRecord::status},
    {Field::Priority, &CaseRecord::priority},       {Field::Solution, &CaseRecord::solution},
};

const QString ReadAtKey = u"read_at"_s;
const QString NameKey = u"name"_s;
const QString ValueKey = u"value"_s;
} // namespace

CaseRecord CaseBaseline::applied(CaseRecord record, const CaseUpdate &update)
{
    record.caseType = update.caseType.trimmed();
    record.responsible = update.responsible.trimmed();
    record.status = update.status.trimmed();
    record.priority = update.priority.trimmed();
    for (Field field : {Field::CaseType, Field::Responsible, Field::Status, Field::Priority})
        record.setPresent(field);
    if (!update.solution.trimmed().isEmpty()) {
        record.solution = update.solution;
        record.setPresent(Field::Solution);
    }
    for (const CustomField &sent : update.customFields) {
        const auto it = std::find_if(record.customFields.begin(), record.customFields.end(),
                                     [&sent](const CustomField &field) { return field.name == sent.name; });
        if (it != record.customFields.end())
            it->value = sent.value;
        else
            record.customFields.append(sent);
    }
    if (!update.customFields.isEmpty())
        record.setPresent(Field::CustomFields);
    return record;
}

QJsonObject CaseBaseline::toJson() const
{
    QJsonObject object{{CaseRecord::fieldId(Field::WolkvoxId), record.wolkvoxId}};
    for (const TextField &text : TextFields) {
        if (record.has(text.field))
            object.insert(CaseRecord::fieldId(text.field), record.*text.member);
    }
    if (record.has(Field::CustomFields)) {
        QJsonArray form;
        for (const CustomField &field : record.customFields)
            form.append(QJsonObject{{NameKey, field.name}, {ValueKey, field.value}});
        object.insert(CaseRecord::fieldId(Field::CustomFields), form);
    }
    if (readAt.isValid())
        object.insert(ReadAtKey, readAt.toUTC().toString(Qt::ISODateWithMs));
    return object;
}

std::optional<CaseBaseline> CaseBaseline::fromJson(const QJsonObject &object)
{
    const QJsonValue id = object.value(CaseRecord::fieldId(Field::WolkvoxId));
    if (!id.isString() || id.toString().trimmed().isEmpty())
        return std::nullopt;
    CaseBaseline baseline;
    CaseRecord &record = baseline.record;
    record.wolkvoxId = id.toString().trimmed();
    record.setPresent(Field::WolkvoxId);
    for (const TextField &text : TextFields) {
        const QJsonValue value = object.value(CaseRecord::fieldId(text.field));
        if (!value.isString())
            continue;
        record.*text.member = value.toString();
        record.setPresent(text.field);
    }
    const QJsonValue form = object.value(CaseRecord::fieldId(Field::CustomFields));
    if (form.isArray()) {
        const QJsonArray fields = form.toArray();
        for (const QJsonValue &item : fields) {
            const QJsonObject field = item.toObject();
            if (field.value(NameKey).isString() && field.value(ValueKey).isString())
                record.customFields.append(
                    {field.value(NameKey).toString(), field.value(ValueKey).toString()});
        }
        record.setPresent(Field::CustomFields);
    }
    baseline.readAt = QDateTime::fromString(object.value(ReadAtKey).toString(), Qt::ISODateWithMs);
    return baseline;
}
