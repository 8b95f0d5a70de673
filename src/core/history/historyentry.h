#pragma once

#include "core/net/apiresult.h"
#include "core/model/caseupdate.h"

#include <QDateTime>
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

    bool isDone() const { return state == State::Done; }
    bool isInterrupted() const { return state == State::Interrupted; }
    qint64 durationMs() const { return result.elapsedMs; }
};

Q_DECLARE_METATYPE(HistoryEntry)
