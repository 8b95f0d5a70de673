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
        //: Completes “The CRM has no case with %1 in this operation.” and “%n cases match %1.”
        return tr("the wolkvox-id “%1”").arg(v);
    if (field == fieldName(By::CaseNumber))
        //: Completes “The CRM has no case with %1 in this operation.” and “%n cases match %1.”
        return tr("the case number “%1”").arg(v);
    if (field == fieldName(By::Status))
        //: Completes “The CRM has no case with %1 in this operation.” and “%n cases match %1.”
        return tr("the status “%1”").arg(v);
    if (field == fieldName(By::Priority))
        //: Completes “The CRM has no case with %1 in this operation.” and “%n cases match %1.”
        return tr("the priority “%1”").arg(v);
    if (field == fieldName(By::CaseType))
        //: Completes “The CRM has no case with %1 in this operation.” and “%n cases match %1.”
        return tr("the case type “%1”").arg(v);
    if (field == fieldName(By::ResponsibleUser))
        //: Completes “The CRM has no case with %1 in this operation.” and “%n cases match %1.”
        return tr("the responsible “%1”").arg(v);
    //: Completes “The CRM has no case with %1 in this operation.” and “%n cases match %1.”
    return tr("“%1” in the field “%2”").arg(v, field.trimmed());
}
