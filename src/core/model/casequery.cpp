#include "core/model/casequery.h"

#include "core/global.h"
#include "core/model/caseupdate.h"

QString CaseQuery::fieldName(By by)
{
    switch (by) {
    case By::WolkvoxId:
        return u"wolkvox-id"_s;
    case By::CaseNumber:
        return u"idCase"_s;
    case By::Status:
        return u"status"_s;
    case By::Priority:
        return u"priority"_s;
    case By::CaseType:
        return u"type case"_s;
    case By::ResponsibleUser:
        return u"responsible user"_s;
    }
    return {};
}

CaseQuery CaseQuery::make(By by, const QString &operation, const QString &value)
{
    return CaseQuery{operation, fieldName(by), value};
}

QByteArray CaseQuery::body() const
{
    // Written by hand so the keys keep the documented order (QJsonObject would sort them).
    return "{\"operation\":" + Json::quote(operation.trimmed()) + ",\"field\":" + Json::quote(field.trimmed())
        + ",\"value\":" + Json::quote(value.trimmed()) + '}';
}

QString CaseQuery::describe() const
{
    const QString v = value.trimmed();
    if (field == fieldName(By::WolkvoxId))
        return tr("the wolkvox-id “%1”").arg(v);
    if (field == fieldName(By::CaseNumber))
        return tr("the case number “%1”").arg(v);
    if (field == fieldName(By::Status))
        return tr("the status “%1”").arg(v);
    if (field == fieldName(By::Priority))
        return tr("the priority “%1”").arg(v);
    if (field == fieldName(By::CaseType))
        return tr("the case type “%1”").arg(v);
    if (field == fieldName(By::ResponsibleUser))
        return tr("the responsible “%1”").arg(v);
    return tr("“%1” in the field “%2”").arg(v, field.trimmed());
}
