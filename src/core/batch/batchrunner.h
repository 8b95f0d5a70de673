#pragma once

#include "core/batch/batchrow.h"
#include "core/history/historyentry.h"
#include "core/model/connectionsettings.h"
#include "core/model/deliveryplan.h"
#include "core/net/apiresult.h"
#include "core/net/casequeryresult.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>
#include <functional>
#include <variant>

class ApiJob;
class AttemptRecorder;
class BatchStore;
class CasesClient;
class HistoryStore;

// Sends the queued rows of one batch at the CRM's pace: never more than `concurrency` requests in flight
// (at most the vendor's 2 per token), waits and retries when the CRM answers with its concurrency or
// maintenance 403, and stops, leaving the rest queued, when the token's daily quota is used up or the CRM
// cannot be reached. Each row is marked "sending" in the store and written to the history before its
// request goes out. A row that reads its case first (BatchDefaults::fromCrm) takes one request more, on the
// same lane: its read, then — once the update decided from the case as read is in the store — its update.
// Pause, resume and cancel let requests already in flight finish; abort() does not.
class BatchRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchRunner)

public:
    enum class State {
        Idle, // nothing started
        Running,
        Pausing, // no new request; waiting for those in flight
        Paused,
        Cancelling, // no new request; waiting for those in flight, then queued rows become Cancelled
        Finished, // see finishReason()
    };
    Q_ENUM(State)

    enum class FinishReason {
        None, // not finished
        Completed, // no queued row left
        Cancelled, // the user cancelled; queued rows are Cancelled
        Aborted, // abort(): rows in flight are Interrupted, the rest stays queued
        QuotaExhausted, // the token's daily calls are used up; the rest stays queued
        TokenRejected, // the CRM refuses the token (missing, invalid); the rest stays queued
        Unreachable, // no answer from the CRM (refused, not found, TLS, redirect); the rest stays queued
        RetriesExhausted, // the CRM kept answering busy or maintenance; the rest stays queued
        StorageFailed, // the database could not be written: nothing more is sent
        ClaimFailed, // another window or command is running this batch
    };
    Q_ENUM(FinishReason)

    // How long to wait before retrying a request the CRM refused with a retryable 403: the delay doubles
    // with each consecutive retryable answer up to the maximum; after maxConsecutiveRetries the batch stops.
    struct RetryPolicy
    {
        int busyDelayMs = 1000; // "EXCEEDS THE LIMIT OF SIMULTANEOUS REQUESTS PER TOKEN"
        int maintenanceDelayMs = 15000; // API switched off during backups
        int maxDelayMs = 120000;
        int maxConsecutiveRetries = 10;
        // After this many successes in a row at a lowered concurrency, try one more in flight again.
        int successesBeforeRaising = 50;
    };

    struct Progress
    {
        int total = 0; // rows of the batch, skipped ones included
        int queued = 0;
        int inFlight = 0;
        int done = 0;
        int failed = 0;
        int interrupted = 0;
        int skipped = 0;
        int cancelled = 0;
        int retries = 0; // retryable 403s answered during this run
        int sentThisRun = 0; // rows whose update was answered during this run
        int readsThisRun = 0; // reads of cases answered during this run (--from-crm)
        double rowsPerMinute = 0; // over the last rows answered; 0 until two answers came back
        qint64 remainingMs = -1; // estimate for the queued rows; -1 when unknown
        int concurrency = 0; // requests allowed in flight right now (lowered after a busy 403)

        int finished() const { return done + failed + skipped + cancelled + interrupted; }
    };

    // `history` may be null; `store` and `client` are not owned and must outlive the runner.
    BatchRunner(BatchStore *store, CasesClient *client, HistoryStore *history, QObject *parent = nullptr);
    ~BatchRunner() override; // aborts a running batch

    void setToken(const QString &token); // kept in memory only
    void setSettings(const ConnectionSettings &settings); // timeout, part name, ...
    // Requests in flight, 1 or 2 (clamped); default 2.
    void setConcurrency(int concurrency);
    int concurrency() const { return m_concurrency; }
    void setRetryPolicy(const RetryPolicy &policy);
    RetryPolicy retryPolicy() const { return m_policy; }

    // Claims the batch and starts sending its queued rows. Interrupted and failed rows are left alone
    // (requeue them in the store first when the user asks). False when it cannot start (error()).
    bool start(qint64 batchId);
    void pause();
    void resume();
    void cancel();
    // Stops at once: requests in flight are aborted and their rows become Interrupted.
    void abort();

    State state() const { return m_state; }
    FinishReason finishReason() const { return m_finishReason; }
    qint64 batchId() const { return m_batchId; }
    Progress progress() const { return m_progress; }
    // Translated: why the batch stopped or could not start; empty when it completed normally.
    QString error() const { return m_error; }
    bool isActive() const
    {
        return m_state == State::Running || m_state == State::Pausing || m_state == State::Cancelling;
    }

    static QString finishReasonId(FinishReason reason); // "completed", "quota_exhausted", ...
    // Calls of the daily quota that sending the rows still queued will spend: a read for each that reads
    // its case first and is not read yet, and the update requests its DeliveryPlan has left.
    static int callsLeft(const QList<BatchRow> &rows, const ConnectionSettings &settings);

Q_SIGNALS:
    void stateChanged(BatchRunner::State state);
    void progressChanged(const BatchRunner::Progress &progress);
    void rowStarted(qint64 rowId);
    void rowFinished(const BatchRow &row); // answered (Done/Failed), requeued for a retry, or interrupted
    // Waiting `delayMs` before the next request because the CRM asked to slow down; `reason` translated.
    void waiting(int delayMs, const QString &reason);
    void finished(BatchRunner::FinishReason reason, const QString &message);

private:
    struct InFlight
    {
        QPointer<ApiJob> job;
        BatchRow row;
        HistoryEntry attempt; // as written before sending; id 0 without a history
        DeliveryPlan plan; // the row's requests (one per file under a plain part name)
        int request = 0; // the one on its way, 0-based
        bool reading = false; // the row's read is on its way, not an update
    };
    // An answer to a row's update or to its read, waiting for storeArrived().
    struct Arrival
    {
        qint64 rowId = 0;
        std::variant<ApiResult, CaseQueryResult> answer;
    };

    void setState(State state);
    void pump();
    // Writes the attempt and marks the row sending; the request leaves in sendStarted().
    void startRow(const BatchRow &row);
    // Marks the row reading; its query leaves in sendStarted().
    void startRead(const BatchRow &row);
    void onRead(qint64 rowId, const CaseQueryResult &result);
    void onAnswer(qint64 rowId, const ApiResult &result);
    // Keeps the answer for storeArrived(), queued once per pass of the event loop; at once while aborting.
    void arrive(Arrival arrival);
    // Stores every answer that arrived since the last call in one commit, then sends what follows them.
    void storeArrived();
    // Writes the answers storeAnswer() decided, then announces their rows; called once the requests sent
    // after them have their bodies (or HandOverWaitMs later), or at once when nothing was sent.
    void storeAnswered();
    void readAhead();
    // Writes the decided answers in whatever transaction is open; false when one could not be written.
    bool writeAnswered();
    // Stops the batch as "storage failed" when a write that returned `stored` failed (and none stopped it).
    void stopUnlessStored(bool stored);
    QString storeFailure() const; // translated, with the store's error
    void storeRead(qint64 rowId, const CaseQueryResult &result);
    // After an answer that was not applied (busy, maintenance, quota, token, never delivered): the row is
    // already queued again; retries after a wait or stops the batch.
    void retryOrStop(const ApiResult &result);
    void afterAnswer();
    void startRows();
    // Runs `work` (its writes in one transaction when the history shares the batch's connection), then
    // sends the rows it started; when that commit fails they are requeued unsent and the batch stops.
    void writeThenSend(const std::function<void()> &work);
    bool sharesOneConnection() const;
    void sendStarted();
    void storeAnswer(qint64 rowId, const ApiResult &result);
    void scheduleRetry(const ApiResult &result);
    void stopWith(FinishReason reason, const QString &message);
    void finishIfIdle();
    void finish(FinishReason reason, const QString &message);
    void reloadQueue();
    void refreshCounts();
    void noteAnswered();
    void emitProgress();
    // The attempt for request `request` of the row's plan, written as sending; false when the history
    // could not be written.
    bool writeAttempt(InFlight &entry);
    void finishAttempt(const HistoryEntry &attempt, HistoryEntry::State state, const ApiResult &result);

    BatchStore *m_store;
    CasesClient *m_client;
    QPointer<HistoryStore> m_history;
    AttemptRecorder *m_recorder;
    QString m_token;
    ConnectionSettings m_settings;
    int m_concurrency = 2;
    int m_effectiveConcurrency = 2;
    int m_successesAtLowered = 0;
    RetryPolicy m_policy;
    qint64 m_batchId = 0;
    State m_state = State::Idle;
    FinishReason m_finishReason = FinishReason::None;
    FinishReason m_pendingStop = FinishReason::None; // stop once the requests in flight are answered
    QString m_pendingMessage;
    QString m_error;
    QList<qint64> m_queue; // row ids still to send, in order; retried rows go to the front
    // The next queued rows, read while the requests in flight are out (readAhead()), so that an answer's
    // next row leaves without reading its row first. Dropped as soon as the store changes them.
    QHash<qint64, BatchRow> m_readAhead;
    QHash<qint64, InFlight> m_inFlight;
    QList<qint64> m_starting; // in m_inFlight, written but not sent until the transaction commits
    QList<Arrival> m_arrived; // rows still in m_inFlight, their answers not stored yet
    // An answer that finished its row, decided and counted, its writes not in the file yet.
    struct Answered
    {
        qint64 rowId = 0;
        HistoryEntry attempt;
        ApiResult result;
    };
    QList<Answered> m_answered;
    QList<qint64> m_unannounced; // rows whose rowFinished waits for storeAnswered()
    bool m_announcing = false; // storeAnswered() owes those signals and the progress
    QSet<const ApiJob *> m_handingOver; // sent by the last pass; Qt's HTTP thread still reading their bodies
    static constexpr int HandOverWaitMs = 50;
    QTimer m_handOverTimer;
    QTimer m_retryTimer;
    int m_consecutiveRetries = 0;
    bool m_aborting = false;
    Progress m_progress;
    QElapsedTimer m_clock;
    QList<qint64> m_answerTimes; // ms on m_clock of the last answers, for the rate
};

Q_DECLARE_METATYPE(BatchRunner::Progress)
