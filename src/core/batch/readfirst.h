#pragma once

#include "core/model/caserecord.h"
#include "core/model/caseupdate.h"
#include "core/model/validator.h"

#include <QJsonObject>

// Read before write (casedesk-cli update --from-crm, a batch's --from-crm rows): what reading the case
// first fills in, the case as read for the history, and which checks wait for the read. Pure.
class ReadFirst
{
public:
    // `given` with every required field it leaves empty (case type, responsible, status, priority) and an
    // empty solution taken from the case as the CRM has it; custom fields not given keep the CRM's anyway.
    static CaseUpdate fill(const CaseUpdate &given, const CaseRecord &crm);
    // The case as read, field id → value ("case-type", "status", "form:NAME", ...; see FieldChange): the
    // "before" the history keeps with each attempt (HistoryEntry::baseline). Only the fields the answer had.
    static QJsonObject baseline(const CaseRecord &crm);
    // A problem of `given` that the read may still solve: a required field or a closed status's solution
    // left empty for the CRM to supply. The whole check runs again once the case is read.
    static bool waitsForRead(const ValidationIssue &issue, const CaseUpdate &given);
};
