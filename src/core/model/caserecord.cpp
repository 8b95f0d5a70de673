#include "core/model/caserecord.h"

#include "core/global.h"
#include "core/model/jsonkeyorder.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <cmath>

namespace {
constexpr int MaxNesting = 4;

// A field's value as text. The API family nests list values as {"value": ..., "value_id": ...} (client code
// of custom/query.php reads "value"), so such an object gives its value; an array gives nothing.
std::optional<QString> recordScalarText(const QJsonValue &value, int depth = 0)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        // Case numbers are integers; written without an exponent or a ".0".
        if (d == std::trunc(d) && std::abs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Null:
        return QString();
    case QJsonValue::Object: {
        if (depth >= MaxNesting)
            return std::nullopt;
        const QJsonObject object = value.toObject();
        for (const QStringView key : {u"value", u"label", u"name", u"text"}) {
            if (const auto inner = JsonKeyOrder::member(object, key))
                return recordScalarText(*inner, depth + 1);
        }
        return std::nullopt;
    }
    case QJsonValue::Array:
    case QJsonValue::Undefined:
        break;
    }
    return std::nullopt;
}

// A custom field's value: a scalar as text, anything else (a table field's rows) as compact JSON.
QString customValueText(const QJsonValue &value)
{
    if (const auto text = recordScalarText(value))
        return *text;
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

QList<CustomField> customFieldsOf(const QJsonObject &form, const JsonKeyOrder *order, const QStringList &path)
{
    QList<CustomField> fields;
    const auto members = JsonKeyOrder::members(form, order, path);
    for (const auto &[key, value] : members)
        fields.append({key, customValueText(value)});
    return fields;
}
} // namespace

const QList<CaseRecord::KeySpelling> &CaseRecord::keyTable()
{
    // The vendor's spellings first ("type case", "responsible user", "idCase" from queryCases.php's field
    // list; "wolkvox_id" from update.php's answer and custom/query.php's records), then update.php's field
    // names, then Spanish and Portuguese ones.
    static const QList<KeySpelling> table{
        {Field::WolkvoxId, {u"wolkvoxid"_s}},
        {Field::CaseNumber, {u"idcase"_s, u"casenumber"_s, u"numerocaso"_s, u"numerodecaso"_s, u"caseno"_s}},
        {Field::CaseType, {u"typecase"_s, u"casetype"_s, u"tipocaso"_s, u"tipodecaso"_s, u"type"_s}},
        {Field::Responsible,
         {u"responsibleuser"_s, u"responsible"_s, u"responsable"_s, u"responsavel"_s,
          u"usuarioresponsable"_s}},
        {Field::Status, {u"status"_s, u"estado"_s}},
        {Field::Priority, {u"priority"_s, u"prioridad"_s, u"prioridade"_s}},
        {Field::Solution, {u"solution"_s, u"solucion"_s, u"solucao"_s}},
        {Field::CustomFields, {u"form"_s, u"customfields"_s, u"formulario"_s, u"campos"_s}},
    };
    return table;
}

QString CaseRecord::normaliseKey(QStringView key)
{
    const QString decomposed = key.toString().normalized(QString::NormalizationForm_D).toCaseFolded();
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

QString CaseRecord::fieldId(Field field)
{
    switch (field) {
    case Field::WolkvoxId:
        return u"wolkvox-id"_s;
    case Field::CaseNumber:
        return u"case-number"_s;
    case Field::CaseType:
        return u"case-type"_s;
    case Field::Responsible:
        return u"responsible"_s;
    case Field::Status:
        return u"status"_s;
    case Field::Priority:
        return u"priority"_s;
    case Field::Solution:
        return u"solution"_s;
    case Field::CustomFields:
        return u"form"_s;
    }
    return {};
}

void CaseRecord::setPresent(Field field, bool present)
{
    if (present)
        m_present |= bit(field);
    else
        m_present &= ~bit(field);
}

std::optional<QString> CaseRecord::customField(const QString &name) const
{
    for (const CustomField &field : customFields) {
        if (field.name == name)
            return field.value;
    }
    return std::nullopt;
}

std::optional<CaseRecord> CaseRecord::fromJson(const QJsonObject &object, const JsonKeyOrder *order,
                                               const QStringList &path)
{
    // Normalised key → the first member of the object that normalises to it, in the answer's order.
    QHash<QString, std::pair<QString, QJsonValue>> byNormalised;
    const auto members = JsonKeyOrder::members(object, order, path);
    for (const auto &member : members) {
        const QString normalised = normaliseKey(member.first);
        if (!normalised.isEmpty() && !byNormalised.contains(normalised))
            byNormalised.insert(normalised, member);
    }

    CaseRecord record;
    record.raw = object;
    for (const KeySpelling &spelling : keyTable()) {
        for (const QString &normalised : spelling.keys) {
            const auto found = byNormalised.constFind(normalised);
            if (found == byNormalised.constEnd())
                continue;
            const QJsonValue value = found->second;
            if (spelling.field == Field::CustomFields) {
                QStringList formPath = path;
                formPath.append(found->first);
                if (value.isObject()) {
                    record.customFields = customFieldsOf(value.toObject(), order, formPath);
                } else if (value.isString()) {
                    // The form as update.php takes it: a JSON object in a string.
                    const QByteArray text = value.toString().toUtf8();
                    QJsonParseError error;
                    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
                    if (error.error != QJsonParseError::NoError || !document.isObject())
                        continue;
                    const JsonKeyOrder inner = JsonKeyOrder::scan(text);
                    record.customFields = customFieldsOf(document.object(), &inner, {});
                } else if (!(value.isNull() || (value.isArray() && value.toArray().isEmpty()))) {
                    continue; // PHP writes an empty form as [] or null; anything else is not a form
                }
                record.setPresent(Field::CustomFields);
                break;
            }
            const std::optional<QString> text = recordScalarText(value);
            if (!text)
                continue;
            const QString clean = spelling.field == Field::Solution ? *text : text->trimmed();
            switch (spelling.field) {
            case Field::WolkvoxId:
                record.wolkvoxId = clean;
                break;
            case Field::CaseNumber:
                record.caseNumber = clean;
                break;
            case Field::CaseType:
                record.caseType = clean;
                break;
            case Field::Responsible:
                record.responsible = clean;
                break;
            case Field::Status:
                record.status = clean;
                break;
            case Field::Priority:
                record.priority = clean;
                break;
            case Field::Solution:
                record.solution = clean;
                break;
            case Field::CustomFields:
                break;
            }
            record.setPresent(spelling.field);
            break;
        }
    }
    if (record.wolkvoxId.isEmpty())
        return std::nullopt;
    return record;
}

QJsonObject CaseRecord::toJson() const
{
    const auto text
        = [this](Field field, const QString &value) { return has(field) ? QJsonValue(value) : QJsonValue(); };
    QJsonArray fields;
    for (const CustomField &field : customFields)
        fields.append(QJsonObject{{u"name"_s, field.name}, {u"value"_s, field.value}});
    return QJsonObject{
        {u"wolkvox_id"_s, wolkvoxId},
        {u"case_number"_s, text(Field::CaseNumber, caseNumber)},
        {u"case_type"_s, text(Field::CaseType, caseType)},
        {u"responsible"_s, text(Field::Responsible, responsible)},
        {u"status"_s, text(Field::Status, status)},
        {u"priority"_s, text(Field::Priority, priority)},
        {u"solution"_s, text(Field::Solution, solution)},
        {u"custom_fields"_s, fields},
        {u"raw"_s, raw},
    };
}

CaseUpdate CaseRecord::toUpdate(const QString &server, const QString &operation) const
{
    CaseUpdate update;
    update.server = server;
    update.operation = operation;
    update.wolkvoxId = wolkvoxId;
    update.caseType = caseType;
    update.responsible = responsible;
    update.status = status;
    update.priority = priority;
    update.solution = solution;
    update.customFields = customFields;
    return update;
}
