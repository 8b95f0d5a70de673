#pragma once

#include "core/batch/columnmapping.h"
#include "core/model/caseupdate.h"
#include "core/model/validator.h"
#include "core/net/apiresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

// One row of a batch as stored: the update it sends and where it stands.
struct BatchRow
{
    Q_DECLARE_TR_FUNCTIONS(BatchRow)

public:
    enum class State {
        Queued, // waiting to be sent
        Sending, // written before its request went out; not answered yet
        Done, // the CRM applied it
        Failed, // the CRM refused it, or the answer never came back usable (see outcome)
        Interrupted, // was "sending" when the process died or the batch was aborted: check the case;
                     // resent only when the user asks
        Skipped, // never sent: invalid when the batch was created (issues say why)
        Cancelled, // never sent: the user cancelled the batch before its turn
    };

    // Where the read of a row that reads its case first (--from-crm) stands. The row's state stays Queued
    // through its read: a read changes nothing in the CRM, so one cut short is simply made again.
    enum class Read {
        None, // the row does not read its case first
        Pending, // to read (again); nothing of an earlier read is kept
        Reading, // written before the query went out; unanswered (a new claim makes it Pending)
        Done, // read: `decided` is what its update sends, stored before that update went out
    };

    qint64 id = 0; // unique in the database
    qint64 batchId = 0;
    int number = 0; // 1-based data row of the source
    int line = 0; // physical line of the source
    State state = State::Queued;
    CaseUpdate update;
    QList<ValidationIssue> issues; // why a Skipped row was not sent
    int attempts = 0; // requests made for this row (a retried 403 counts)
    std::optional<ApiResult::Outcome> outcome; // of the last answered attempt
    ApiResult::VendorError vendorError = ApiResult::VendorError::None;
    int httpStatus = 0;
    std::optional<int> code;
    QString message; // the CRM's msg, else the explanation of the outcome; for Skipped the issues
    QString resultWolkvoxId; // data.wolkvox_id of a success
    qint64 lastAttemptId = 0; // the history attempt of the last request, 0 when none
    // Requests of the row's DeliveryPlan the CRM answered with success (one update per file under a
    // plain part name): a resumed or retried row goes on from the next one, never sending a file twice.
    int delivered = 0;
    Read read = Read::None;
    CaseUpdate decided; // with Read::Done: the row's cells over the case as read (ReadFirst::fill)
    QJsonObject baseline; // with Read::Done: the case as read (ReadFirst::baseline)
    QDateTime updated; // UTC

    bool readsFirst() const { return read != Read::None; }
    // What the row's update requests send: the update as decided after the read, else the row's own.
    const CaseUpdate &toSend() const { return read == Read::Done ? decided : update; }
    // Failed before anything was sent to update.php: its read failed, or the case as read left the row
    // invalid. Nothing of it can have been applied.
    bool failedReading() const { return state == State::Failed && read == Read::Pending; }

    bool isFinal() const { return state == State::Done || state == State::Skipped; }

    // Stable ids stored in the file and used by the CLI and exports: "queued", "sending", "done", ...
    static QString stateId(State state);
    static std::optional<State> stateFromId(QStringView id);
    // Translated: "Queued", "Sending", "Done", "Failed", "Interrupted — check the case", ...
    static QString stateName(State state);
    static QList<State> allStates();
    // Stable ids stored in the file: "" (None), "pending", "reading", "read".
    static QString readId(Read read);
    static Read readFromId(QStringView id);
};

// A batch as stored: where it came from, what it sends to, and how many rows are in each state.
struct BatchInfo
{
    qint64 id = 0;
    QDateTime created; // UTC
    QDateTime updated; // UTC, last change of any row
    QString sourcePath; // absolute; empty for pasted text
    QString sourceName;
    QString sourceSha256;
    QString server;
    QString operation;
    ColumnMapping mapping;
    bool closed = false; // the user finished with it: no longer offered for resuming
    QHash<BatchRow::State, int> counts;

    int total() const;
    int count(BatchRow::State state) const { return counts.value(state); }
    // Rows still to send or to decide about: queued, sending or interrupted, and not closed.
    bool isUnfinished() const;
};

Q_DECLARE_METATYPE(BatchRow)
Q_DECLARE_METATYPE(BatchInfo)
