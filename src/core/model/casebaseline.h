#pragma once

#include "core/model/caserecord.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

// The case as the agent loaded it from the CRM, and when: the "before" of what an update changes. Each
// attempt of the history keeps it (HistoryEntry::baseline) as a small JSON object, so the history can show
// the change list and "Load into form" brings the loaded case back with its edits.
//
//   {"wolkvox-id":"6074…","case-number":"1001","case-type":"Request","responsible":"ana@op","status":"open",
//    "priority":"low","solution":"","form":[{"name":"canal","value":"WhatsApp"}],"read_at":"2024-…Z"}
//
// Keys are CaseRecord::fieldId(); a field the CRM's answer lacked is left out (never read as emptied); the
// form is a list so its order survives; the CRM's raw object is not kept. Pure.
struct CaseBaseline
{
    CaseRecord record; // without `raw`
    QDateTime readAt; // UTC; when the CRM answered

    bool isValid() const { return !record.wolkvoxId.isEmpty(); }

    // The case as the CRM has it once `update` succeeded: its required fields, its solution when it sent one
    // (an empty one is not sent), and its custom fields over the others.
    static CaseRecord applied(CaseRecord record, const CaseUpdate &update);

    QJsonObject toJson() const;
    // nullopt for an empty object or one without a wolkvox-id; wrong types read as absent fields.
    static std::optional<CaseBaseline> fromJson(const QJsonObject &object);

    friend bool operator==(const CaseBaseline &, const CaseBaseline &) = default;
};
