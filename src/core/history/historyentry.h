#pragma once

#include "core/model/caseupdate.h"
#include "core/net/apiresult.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QStringList>

// One attempt to update a case: what was sent (never the token) and what came back.
struct HistoryEntry
{
    // Interrupted: the attempt was written before sending but its answer never came back (crash, kill,
    // closed window); the agent has to check the case in the CRM.
    enum class State { Sending, Done, Interrupted };

    qint64 id = 0; // assigned by the store; increases with every attempt
    QDateTime time; // when the attempt started, UTC
    CaseUpdate update;
    QList<qint64> attachmentSizes; // bytes at send time, one per update.attachments entry (-1: unreadable)
    QStringList attachmentSha256; // lower-case hex, one per attachment once hashed (empty string: not hashed)
    ApiResult result; // meaningful once state is Done
    State state = State::Sending;
    qint64 batchId = 0; // the batch this attempt belongs to; 0 for a single update
    int batchRow = 0; // the row's number in that batch (1-based data row of its source)
    // One update sent as several requests, one file each (DeliveryPlan): this attempt is request
    // `deliveryPart` of `deliveryParts` (1-based) and `deliveryGroup` is the id of the first one's attempt.
    // All three 0 for an update that took one request.
    qint64 deliveryGroup = 0;
    int deliveryPart = 0;
    int deliveryParts = 0;
    // The case as the CRM had it when the agent loaded it (field → value), the "before" of the change list;
    // empty when the case was not loaded first.
    QJsonObject baseline;

    bool isDone() const { return state == State::Done; }
    bool isInterrupted() const { return state == State::Interrupted; }
    qint64 durationMs() const { return result.elapsedMs; }
};

Q_DECLARE_METATYPE(HistoryEntry)
