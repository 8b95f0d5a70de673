#pragma once

#include "core/model/casequery.h"
#include "core/model/caserecord.h"
#include "core/net/apiresult.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>

// What became of one search of queryCases.php: the answer classified like update's (ApiResult: token,
// quota, two in flight, maintenance, unreadable bodies, network failures) and, on success, the cases it
// found. Never holds the token.
struct CaseQueryResult
{
    Q_DECLARE_TR_FUNCTIONS(CaseQueryResult)

public:
    CaseQuery query; // what was asked (set by the job; empty for a bare parse)
    ApiResult api; // the envelope; outcome Success also when nothing matched
    QList<CaseRecord> records; // in the CRM's order; empty on failure or when nothing matched
    int skipped = 0; // entries of the answer's data that were not cases (no wolkvox-id, not objects)

    bool isSuccess() const { return api.isSuccess(); }
    bool found() const { return isSuccess() && !records.isEmpty(); }
    // The records whose wolkvox-id is `id` (ignoring ASCII case): a search by id may answer others too.
    QList<CaseRecord> withId(const QString &id) const;

    // One or two translated sentences: what was found, or what went wrong and what to do. Nothing a search
    // does changes a case, and the sentences say so where the update's would say "may have been applied".
    QString explanation() const;
    // For scripts: the ApiResult's keys (http, code, error, msg, wolkvox_id, outcome) and "count".
    QJsonObject toJson() const;

    // The answer as the vendor's family writes it: {code, error, msg, data} with data an array of case
    // objects; also one case as an object, an object of cases keyed by index (PHP's json_encode of a
    // non-sequential array), "data" absent, null, [] or {} for no match, and a 404 "does not exist" for no
    // match. Every other body is classified as ApiResult does. Pure: fuzzed and unit-tested.
    static CaseQueryResult fromHttpAnswer(int httpStatus, const QByteArray &body,
                                          const QByteArray &contentType = {});
};

Q_DECLARE_METATYPE(CaseQueryResult)
