#include "core/model/casefield.h"

#include "core/global.h"

namespace {
struct FieldInfo
{
    CaseField field;
    QStringView wire;
    const char *display;
};

// The one table of field ids: every enum ↔ name mapping reads it.
constexpr FieldInfo fieldTable[] = {
    {CaseField::Server, u"server", QT_TRANSLATE_NOOP("CaseFields", "server")},
    {CaseField::Token, u"token", QT_TRANSLATE_NOOP("CaseFields", "token")},
    {CaseField::Operation, u"operation", QT_TRANSLATE_NOOP("CaseFields", "operation")},
    {CaseField::WolkvoxId, u"wolkvox-id", QT_TRANSLATE_NOOP("CaseFields", "wolkvox-id")},
    {CaseField::CaseType, u"case-type", QT_TRANSLATE_NOOP("CaseFields", "case type")},
    {CaseField::Responsible, u"responsible", QT_TRANSLATE_NOOP("CaseFields", "responsible")},
    {CaseField::Status, u"status", QT_TRANSLATE_NOOP("CaseFields", "status")},
    {CaseField::Priority, u"priority", QT_TRANSLATE_NOOP("CaseFields", "priority")},
    {CaseField::Solution, u"solution", QT_TRANSLATE_NOOP("CaseFields", "solution")},
    {CaseField::Form, u"form", QT_TRANSLATE_NOOP("CaseFields", "custom fields")},
    {CaseField::File, u"file", QT_TRANSLATE_NOOP("CaseFields", "attachments")},
};

const FieldInfo &infoOf(CaseField field)
{
    for (const FieldInfo &info : fieldTable) {
        if (info.field == field)
            return info;
    }
    return fieldTable[0];
}
} // namespace

namespace CaseFields {
QList<CaseField> all()
{
    QList<CaseField> fields;
    for (const FieldInfo &info : fieldTable)
        fields.append(info.field);
    return fields;
}

QString wireName(CaseField field)
{
    return infoOf(field).wire.toString();
}

std::optional<CaseField> fromWireName(QStringView name)
{
    for (const FieldInfo &info : fieldTable) {
        if (info.wire == name)
            return info.field;
    }
    return std::nullopt;
}

int order(QStringView wireName)
{
    for (qsizetype i = 0; i < qsizetype(std::size(fieldTable)); ++i) {
        if (fieldTable[i].wire == wireName)
            return int(i);
    }
    return int(std::size(fieldTable));
}

QString displayName(CaseField field)
{
    return QCoreApplication::translate("CaseFields", infoOf(field).display);
}
} // namespace CaseFields
