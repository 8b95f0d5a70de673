#include "core/batch/readfirst.h"

#include "core/global.h"
#include "core/model/casefield.h"

CaseUpdate ReadFirst::fill(const CaseUpdate &given, const CaseRecord &crm)
{
    CaseUpdate out = given;
    const auto fillGap = [](QString *mine, const QString &theirs) {
        if (mine->trimmed().isEmpty())
            *mine = theirs;
    };
    fillGap(&out.caseType, crm.caseType);
    fillGap(&out.responsible, crm.responsible);
    fillGap(&out.status, crm.status);
    fillGap(&out.priority, crm.priority);
    fillGap(&out.solution, crm.solution);
    return out;
}

QJsonObject ReadFirst::baseline(const CaseRecord &crm)
{
    using Field = CaseRecord::Field;
    QJsonObject out;
    const struct
    {
        Field field;
        const QString &value;
    } fields[] = {
        {Field::CaseType, crm.caseType}, {Field::Responsible, crm.responsible}, {Field::Status, crm.status},
        {Field::Priority, crm.priority}, {Field::Solution, crm.solution},
    };
    for (const auto &f : fields) {
        if (crm.has(f.field))
            out.insert(CaseRecord::fieldId(f.field), f.value);
    }
    if (crm.has(Field::CustomFields)) {
        for (const CustomField &field : crm.customFields)
            out.insert(u"form:"_s + field.name, field.value);
    }
    return out;
}

bool ReadFirst::waitsForRead(const ValidationIssue &issue, const CaseUpdate &given)
{
    if (issue.rule == Rules::SolutionRequired)
        return given.solution.trimmed().isEmpty();
    if (issue.rule != Rules::Required)
        return false;
    for (const CaseField field :
         {CaseField::CaseType, CaseField::Responsible, CaseField::Status, CaseField::Priority}) {
        if (issue.field == CaseFields::wireName(field))
            return true;
    }
    return false;
}
