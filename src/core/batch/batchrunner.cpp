#include "core/batch/batchrunner.h"

#include "core/enumids.h"

#include "core/batch/batchstore.h"
#include "core/batch/readfirst.h"
#include "core/global.h"
#include "core/history/attemptrecorder.h"
#include "core/history/historystore.h"
#include "core/net/apijob.h"
#include "core/net/casequeryjob.h"
#include "core/net/casesclient.h"

#include <QFileInfo>
#include <QSignalBlocker>
#include <algorithm>

namespace {
using Outcome = ApiResult::Outcome;
using Vendor = ApiResult::VendorError;

constexpr int RateWindow = 50; // answers the rate is measured over

// The request never reached the CRM's logic: nothing was applied, so the row can simply stay queued.
bool neverDelivered(const ApiResult &result)
{
    if (result.outcome != Outcome::NetworkFailure)
        return false;
    if (!result.tlsErrors.isEmpty() || result.redirectTarget.isValid())
        return true;
    switch (result.networkError) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        return true;
    default:
        return false;
    }
}

// Nothing was applied and the request can simply be made again later: the CRM asked to wait, refused the
// token or the day's quota, or the request never reached it. The batch retries or stops (retryOrStop()).
bool notApplied(const ApiResult &result)
{
    return result.isRetryable() || result.vendorError == Vendor::DailyLimitExceeded
        || result.vendorError == Vendor::MissingToken || result.vendorError == Vendor::InvalidToken
        || result.vendorError == Vendor::ApiDoesNotExist || neverDelivered(result);
}

constexpr EnumId<BatchRunner::FinishReason> reasonIds[] = {
    {BatchRunner::FinishReason::None, u"none"},
    {BatchRunner::FinishReason::Completed, u"completed"},
    {BatchRunner::FinishReason::Cancelled, u"cancelled"},
    {BatchRunner::FinishReason::Aborted, u"aborted"},
    {BatchRunner::FinishReason::QuotaExhausted, u"quota_exhausted"},
    {BatchRunner::FinishReason::TokenRejected, u"token_rejected"},
    {BatchRunner::FinishReason::Unreachable, u"unreachable"},
    {BatchRunner::FinishReason::RetriesExhausted, u"retries_exhausted"},
    {BatchRunner::FinishReason::StorageFailed, u"storage_failed"},
    {BatchRunner::FinishReason::ClaimFailed, u"claim_failed"},
};
} // namespace

BatchRunner::BatchRunner(BatchStore *store, CasesClient *client, HistoryStore *history, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_history(history)
    , m_recorder(new AttemptRecorder(history, this))
{
    Q_ASSERT(store && client);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &BatchRunner::pump);
    m_handOverTimer.setSingleShot(true);
    m_handOverTimer.setInterval(HandOverWaitMs);
    connect(&m_handOverTimer, &QTimer::timeout, this, &BatchRunner::storeAnswered);
    // What was read ahead is what the store holds: whoever changes a row (a cancel, a requeue, a resume)
    // goes through the store, whose signals drop the copy.
    connect(store, &BatchStore::rowChanged, this,
            [this](qint64, qint64 rowId) { m_readAhead.remove(rowId); });
    connect(store, &BatchStore::rowsChanged, this, [this] { m_readAhead.clear(); });
}

BatchRunner::~BatchRunner()
{
    // The rows in flight are still marked interrupted, but silently: whoever listens may already be half
    // gone (the CLI's progress lambda captures locals destroyed before the runner; found by ASan).
    if (m_state != State::Idle && m_state != State::Finished) {
        const QSignalBlocker silence(this);
        abort();
    }
}

int BatchRunner::callsLeft(const QList<BatchRow> &rows, const ConnectionSettings &settings)
{
    int calls = 0;
    for (const BatchRow &row : rows) {
        if (row.state != BatchRow::State::Queued)
            continue;
        if (row.readsFirst() && row.read != BatchRow::Read::Done)
            ++calls;
        const int requests = DeliveryPlan::make(row.toSend(), settings).calls();
        calls += requests - std::clamp(row.delivered, 0, requests - 1);
    }
    return calls;
}

QString BatchRunner::finishReasonId(FinishReason reason)
{
    return EnumIds::idOf(reasonIds, reason);
}

void BatchRunner::setToken(const QString &token)
{
    m_token = token;
}

void BatchRunner::setSettings(const ConnectionSettings &settings)
{
    m_settings = settings;
}

void BatchRunner::setConcurrency(int concurrency)
{
    m_concurrency = std::clamp(concurrency, 1, Casedesk::MaxRequestsInFlightPerToken);
    m_effectiveConcurrency = std::min(m_effectiveConcurrency, m_concurrency);
    if (!isActive())
        m_effectiveConcurrency = m_concurrency;
    m_progress.concurrency = m_effectiveConcurrency;
}

void BatchRunner::setRetryPolicy(const RetryPolicy &policy)
{
    m_policy = policy;
}

void BatchRunner::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

bool BatchRunner::start(qint64 batchId)
{
    if (isActive() || m_state == State::Paused) {
        m_error = tr("A batch is already being sent.");
        return false;
    }
    if (m_token.trimmed().isEmpty()) {
        m_error = tr("Enter the operation's token before sending the batch.");
        return false;
    }
    if (!m_store->isOpen() || !m_store->batch(batchId)) {
        m_error = m_store->isOpen() ? tr("The batch %1 does not exist.").arg(batchId) : m_store->error();
        return false;
    }
    if (!m_store->claim(batchId)) {
        m_error = m_store->error();
        m_finishReason = FinishReason::ClaimFailed;
        return false;
    }
    m_batchId = batchId;
    m_error.clear();
    m_finishReason = FinishReason::None;
    m_pendingStop = FinishReason::None;
    m_pendingMessage.clear();
    m_consecutiveRetries = 0;
    m_successesAtLowered = 0;
    m_effectiveConcurrency = m_concurrency;
    m_aborting = false;
    m_inFlight.clear();
    m_answerTimes.clear();
    m_progress = Progress();
    m_clock.start();
    reloadQueue();
    refreshCounts();
    setState(State::Running);
    emitProgress();
    // From the event loop, so the caller's connections are in place before the first row is sent.
    QMetaObject::invokeMethod(this, &BatchRunner::pump, Qt::QueuedConnection);
    return true;
}

void BatchRunner::reloadQueue()
{
    m_queue.clear();
    m_readAhead.clear();
    // Ids only: parsing every queued row here took a third of the press of Send on 2,000 rows.
    const QList<qint64> queued = m_store->rowIds(m_batchId, {BatchRow::State::Queued});
    for (const qint64 id : queued) {
        if (!m_inFlight.contains(id))
            m_queue.append(id);
    }
}

void BatchRunner::refreshCounts()
{
    const QHash<BatchRow::State, int> counts = m_store->counts(m_batchId);
    int total = 0;
    for (const int n : counts)
        total += n;
    m_progress.total = total;
    // Rows being read are still queued in the store, and in flight here.
    const auto reading = std::count_if(m_inFlight.cbegin(), m_inFlight.cend(),
                                       [](const InFlight &entry) { return entry.reading; });
    m_progress.queued = counts.value(BatchRow::State::Queued) - int(reading);
    m_progress.inFlight = int(m_inFlight.size());
    m_progress.done = counts.value(BatchRow::State::Done);
    m_progress.failed = counts.value(BatchRow::State::Failed);
    m_progress.interrupted = counts.value(BatchRow::State::Interrupted);
    m_progress.skipped = counts.value(BatchRow::State::Skipped);
    m_progress.cancelled = counts.value(BatchRow::State::Cancelled);
    m_progress.concurrency = m_effectiveConcurrency;
}

void BatchRunner::emitProgress()
{
    m_progress.inFlight = int(m_inFlight.size());
    m_progress.concurrency = m_effectiveConcurrency;
    if (m_answerTimes.size() >= 2 && m_answerTimes.constLast() > m_answerTimes.constFirst()) {
        const double spanMs = double(m_answerTimes.constLast() - m_answerTimes.constFirst());
        m_progress.rowsPerMinute = double(m_answerTimes.size() - 1) * 60000.0 / spanMs;
        const int left = m_progress.queued + m_progress.inFlight;
        m_progress.remainingMs = qint64(double(left) * 60000.0 / m_progress.rowsPerMinute);
    } else {
        m_progress.rowsPerMinute = 0;
        m_progress.remainingMs = m_progress.queued + m_progress.inFlight == 0 ? 0 : -1;
    }
    Q_EMIT progressChanged(m_progress);
}

void BatchRunner::noteAnswered()
{
    m_answerTimes.append(m_clock.elapsed());
    while (m_answerTimes.size() > RateWindow)
        m_answerTimes.removeFirst();
}

void BatchRunner::pump()
{
    if (m_state != State::Running || m_pendingStop != FinishReason::None || m_retryTimer.isActive())
        return;
    writeThenSend([this] { startRows(); });
    finishIfIdle();
}

void BatchRunner::startRows()
{
    while (!m_aborting && m_state == State::Running && m_pendingStop == FinishReason::None
           && !m_retryTimer.isActive() && m_inFlight.size() < m_effectiveConcurrency && !m_queue.isEmpty()) {
        const qint64 rowId = m_queue.takeFirst();
        std::optional<BatchRow> row;
        if (const auto ahead = m_readAhead.constFind(rowId); ahead != m_readAhead.cend()) {
            row = *ahead;
            m_readAhead.erase(ahead);
        } else {
            row = m_store->row(rowId);
        }
        if (!row || row->state != BatchRow::State::Queued)
            continue; // changed meanwhile (requeued rows are reloaded on resume)
        if (row->readsFirst() && row->read != BatchRow::Read::Done)
            startRead(*row);
        else
            startRow(*row);
    }
}

bool BatchRunner::sharesOneConnection() const
{
    // The history must write through the batch store's connection to join its transaction; on a connection
    // of its own it would wait for the lock that transaction holds.
    return !m_history || !m_history->database() || m_history->database() == m_store->database();
}

void BatchRunner::writeThenSend(const std::function<void()> &work)
{
    // One commit for a row's answer and the start of the next: half the pages written per row (and 11 %
    // more rows a second), found with perf and SQLite's WAL sizes. Nothing is sent before the commit, so
    // every request still leaves with its attempt and row in the file.
    HistoryDatabase *db = m_store->database();
    bool ran = false;
    const bool committed = sharesOneConnection() && db->isOpen() && db->transaction([&] {
        ran = true;
        work();
        return true;
    });
    if (!ran)
        work(); // each write in a transaction of its own
    if (committed || !ran) {
        sendStarted();
        return;
    }
    // The commit failed: nothing written since it began is in the file. The rows started in it were not
    // sent; they go back to the queue.
    for (auto it = m_starting.crbegin(); it != m_starting.crend(); ++it) {
        m_inFlight.remove(*it);
        m_queue.prepend(*it);
        ++m_progress.queued;
    }
    m_starting.clear();
    stopWith(FinishReason::StorageFailed,
             tr("The batch could not be saved, so nothing more is sent: %1").arg(db->error()));
}

void BatchRunner::sendStarted()
{
    const QList<qint64> starting = std::exchange(m_starting, {});
    for (const qint64 rowId : starting) {
        const auto it = m_inFlight.find(rowId);
        if (it == m_inFlight.end())
            continue;
        ConnectionSettings settings = m_settings;
        settings.maxInFlightPerToken = m_effectiveConcurrency;
        if (it->reading) {
            const CaseUpdate &row = it->row.update;
            CaseQueryJob *job
                = m_client->loadCase(row.server, row.operation, row.wolkvoxId, m_token, settings);
            it->job = job;
            connect(job, &CaseQueryJob::queryFinished, this,
                    [this, rowId](const CaseQueryResult &result) { onRead(rowId, result); });
            Q_EMIT rowStarted(rowId);
            continue;
        }
        ApiJob *job = m_client->updateCase(it->attempt.update, m_token, settings);
        it->job = job;
        connect(job, &ApiJob::finished, this,
                [this, rowId](const ApiResult &result) { onAnswer(rowId, result); });
        // Its first report of bytes sent: the whole of a row's body, which Qt reads in one piece up to
        // tens of KiB; the first piece of a large file, which is all the wait is for.
        m_handingOver.insert(job);
        connect(job, &ApiJob::uploadProgress, this, [this, job] {
            if (m_handingOver.remove(job) && m_handingOver.isEmpty())
                storeAnswered();
        });
        Q_EMIT rowStarted(rowId);
    }
    if (starting.isEmpty())
        return;
    // Sent before the rows' signals and the progress: Qt's HTTP thread asks this thread for each request's
    // body, and finds it free.
    m_client->startQueued();
    emitProgress();
}

bool BatchRunner::writeAttempt(InFlight &entry)
{
    // The history's contract: the attempt is written before anything is sent.
    HistoryEntry attempt;
    attempt.update = entry.plan.requestUpdate(entry.row.toSend(), entry.request);
    attempt.baseline = entry.row.baseline; // the case as read, for a row that read it first
    attempt.batchId = entry.row.batchId;
    attempt.batchRow = entry.row.number;
    if (entry.plan.isSplit()) {
        attempt.deliveryPart = entry.request + 1;
        attempt.deliveryParts = entry.plan.requestCount();
        // The group is named after the attempt of the row's first request of this plan.
        attempt.deliveryGroup = entry.request == 0 ? 0 : entry.attempt.deliveryGroup;
    }
    attempt = m_recorder->begin(attempt);
    if (entry.plan.isSplit() && entry.request == 0)
        attempt.deliveryGroup = attempt.id;
    entry.attempt = attempt;
    return !m_history || attempt.id != 0;
}

void BatchRunner::finishAttempt(const HistoryEntry &attempt, HistoryEntry::State state,
                                const ApiResult &result)
{
    if (!m_history || attempt.id == 0)
        return;
    m_recorder->finish(attempt, result, state);
}

void BatchRunner::startRow(const BatchRow &row)
{
    InFlight entry{nullptr, row, {}, DeliveryPlan::make(row.toSend(), m_settings), 0};
    // A row whose earlier requests were answered goes on from the next one.
    entry.request = std::clamp(row.delivered, 0, entry.plan.requestCount() - 1);
    if (!writeAttempt(entry)) {
        m_queue.prepend(row.id);
        stopWith(FinishReason::StorageFailed,
                 tr("The history could not be written, so nothing more is sent: %1").arg(m_store->error()));
        return;
    }
    // Then the row, so a crash from here on leaves it "sending", and so "interrupted", never resent blindly.
    if (!m_store->markSending(row.id, entry.attempt.id)) {
        ApiResult notSent;
        notSent.outcome = Outcome::InvalidInput;
        notSent.networkErrorString = tr("the batch could not be saved.");
        finishAttempt(entry.attempt, HistoryEntry::State::Done, notSent);
        if (!m_store->error().isEmpty()) {
            m_queue.prepend(row.id);
            stopWith(FinishReason::StorageFailed, storeFailure());
        }
        return;
    }
    // Sent by sendStarted() once this is in the file.
    entry.row.state = BatchRow::State::Sending;
    m_inFlight.insert(row.id, entry);
    m_starting.append(row.id);
    --m_progress.queued;
}

void BatchRunner::startRead(const BatchRow &row)
{
    // Written first so the store shows it; a read cut short by a crash is simply made again.
    if (!m_store->markReading(row.id)) {
        if (!m_store->error().isEmpty()) {
            m_queue.prepend(row.id);
            stopWith(FinishReason::StorageFailed, storeFailure());
        }
        return;
    }
    InFlight entry;
    entry.row = row;
    entry.row.read = BatchRow::Read::Reading;
    entry.reading = true;
    m_inFlight.insert(row.id, entry);
    m_starting.append(row.id); // read by sendStarted() once this is in the file
    --m_progress.queued;
}

void BatchRunner::onRead(qint64 rowId, const CaseQueryResult &result)
{
    arrive({rowId, result});
}

void BatchRunner::onAnswer(qint64 rowId, const ApiResult &result)
{
    arrive({rowId, result});
}

void BatchRunner::arrive(Arrival arrival)
{
    if (!m_inFlight.contains(arrival.rowId))
        return;
    if (m_arrived.isEmpty() && !m_aborting)
        QMetaObject::invokeMethod(this, &BatchRunner::storeArrived, Qt::QueuedConnection);
    m_arrived.append(std::move(arrival));
    if (m_aborting)
        storeArrived(); // abort() cancels each job and expects its row stored when cancel() returns
}

void BatchRunner::storeArrived()
{
    storeAnswered(); // the last pass's answers first, if the bodies they waited for are still leaving
    const QList<Arrival> arrived = std::exchange(m_arrived, {});
    if (arrived.isEmpty())
        return;
    // The two connections of a batch at the CRM's pace often answer within one pass of the event loop
    // (a syscall trace beside the batch's own time points, 30 ms link). Stored one by one, the request
    // after the first answer waited for the second answer's commit, and then for this thread to hand Qt's
    // HTTP thread its body. Stored together, they cost one commit and their requests leave together.
    // A read's update, decided from the case as read, shares the commit with its attempt and its row's
    // "sending", and only then leaves: a resume finds either the row to read again or that update.
    writeThenSend([&] {
        for (const Arrival &arrival : arrived) {
            if (!m_inFlight.contains(arrival.rowId))
                continue;
            if (const auto *read = std::get_if<CaseQueryResult>(&arrival.answer))
                storeRead(arrival.rowId, *read);
            else
                storeAnswer(arrival.rowId, std::get<ApiResult>(arrival.answer));
        }
        startRows();
        if (m_starting.isEmpty())
            stopUnlessStored(writeAnswered()); // nothing leaves after this commit: the answers are in it
    });
    for (const Arrival &arrival : arrived) {
        // A row whose update went out after its read is not done yet.
        if (std::holds_alternative<CaseQueryResult>(arrival.answer) && m_inFlight.contains(arrival.rowId))
            continue;
        m_unannounced.append(arrival.rowId);
    }
    m_announcing = true;
    // The requests that follow these answers left before the answers' own writes, which wait for Qt's
    // HTTP thread to have their bodies: it reads each body from this thread, and found this thread busy
    // committing them (about half of a two-row commit: the attempts' answers and their search index). A
    // crash in that millisecond leaves the answered rows "sending", as one a millisecond earlier would.
    // A request that reports nothing (a connection that does not open) holds them HandOverWaitMs at most.
    if (m_handingOver.isEmpty())
        storeAnswered();
    else
        m_handOverTimer.start();
}

void BatchRunner::storeAnswered()
{
    m_handOverTimer.stop();
    m_handingOver.clear();
    if (!m_answered.isEmpty())
        writeThenSend([this] { stopUnlessStored(writeAnswered()); });
    if (!std::exchange(m_announcing, false))
        return;
    const QList<qint64> rows = std::exchange(m_unannounced, {});
    for (const qint64 rowId : rows) {
        if (const std::optional<BatchRow> row = m_store->row(rowId))
            Q_EMIT rowFinished(*row);
    }
    afterAnswer();
    readAhead();
}

void BatchRunner::readAhead()
{
    // The rows the next answers will start: one per request in flight. Read now, while the requests are
    // out, rather than between an answer and the request that follows it (a tenth of a millisecond each
    // on the bench's 30 ms link, two per answer when both connections answer together).
    if (m_state != State::Running || m_pendingStop != FinishReason::None)
        return;
    const QList<qint64> front = m_queue.mid(0, m_effectiveConcurrency);
    // Rows no longer at the front (requeued ones went before them) are read again when their turn comes.
    for (auto it = m_readAhead.begin(); it != m_readAhead.end();) {
        if (front.contains(it.key()))
            ++it;
        else
            it = m_readAhead.erase(it);
    }
    for (const qint64 rowId : front) {
        if (m_readAhead.contains(rowId))
            continue;
        if (std::optional<BatchRow> row = m_store->row(rowId))
            m_readAhead.insert(rowId, std::move(*row));
    }
}

bool BatchRunner::writeAnswered()
{
    bool written = true;
    const QList<Answered> answered = std::exchange(m_answered, {});
    for (const Answered &done : answered) {
        finishAttempt(done.attempt, HistoryEntry::State::Done, done.result);
        if (!m_store->markAnswered(done.rowId, done.result, done.attempt.id) && !m_store->error().isEmpty())
            written = false;
    }
    return written;
}

void BatchRunner::stopUnlessStored(bool stored)
{
    if (!stored && !m_store->error().isEmpty() && m_pendingStop == FinishReason::None)
        stopWith(FinishReason::StorageFailed, storeFailure());
}

QString BatchRunner::storeFailure() const
{
    return tr("The batch could not be saved, so nothing more is sent: %1").arg(m_store->error());
}

void BatchRunner::storeRead(qint64 rowId, const CaseQueryResult &result)
{
    const auto it = m_inFlight.find(rowId);
    BatchRow row = it->row;
    if (it->job)
        it->job->deleteLater();
    m_inFlight.erase(it);
    const ApiResult &api = result.api;

    bool stored = false;
    if (api.outcome == Outcome::Cancelled) {
        // Only abort() cancels. A read changes nothing: the row reads its case again next time.
        stored = m_store->markReadAgain(rowId, api);
        ++m_progress.queued;
    } else if (notApplied(api)) {
        stored = m_store->markReadAgain(rowId, api);
        m_queue.prepend(rowId);
        ++m_progress.queued;
        ++m_progress.readsThisRun;
        retryOrStop(api);
    } else {
        m_consecutiveRetries = 0;
        ++m_progress.readsThisRun;
        const QString id = row.update.wolkvoxId.trimmed();
        const QList<CaseRecord> matching = result.withId(id);
        ApiResult failure = api;
        QString message;
        QList<ValidationIssue> issues;
        if (!result.isSuccess()) {
            message
                = tr("The case could not be read, so its update was not sent: %1").arg(result.explanation());
        } else if (matching.size() != 1) {
            failure.outcome = result.records.isEmpty() ? Outcome::Rejected : Outcome::UnreadableAnswer;
            message = result.records.isEmpty() ? tr("The CRM has no case %1; nothing was sent.").arg(id)
                : matching.isEmpty()
                ? tr("The CRM answered other cases than %1; nothing was sent.").arg(id)
                : tr("The CRM answered %n cases with the wolkvox-id %1; nothing was sent.", nullptr,
                     int(matching.size()))
                      .arg(id);
        } else {
            row.decided = ReadFirst::fill(row.update, matching.constFirst());
            issues = Validator::validate(row.decided, m_settings);
            if (!issues.isEmpty()) {
                failure = ApiResult();
                failure.outcome = Outcome::InvalidInput;
                QStringList problems;
                for (const ValidationIssue &issue : std::as_const(issues))
                    problems.append(issue.message);
                message = tr("With the case as the CRM has it, the row cannot be sent: %1")
                              .arg(problems.join(u' '));
            }
        }
        if (!message.isEmpty()) {
            stored = m_store->markReadFailed(rowId, failure, message, issues);
            ++m_progress.failed;
            noteAnswered();
        } else {
            row.baseline = ReadFirst::baseline(matching.constFirst());
            row.read = BatchRow::Read::Done;
            stored = m_store->markRead(rowId, row.decided, row.baseline);
            ++m_progress.queued;
            if (stored && !m_aborting && m_state == State::Running && m_pendingStop == FinishReason::None
                && !m_retryTimer.isActive()) {
                startRow(row); // in the read's place on the lane, in this same commit
            } else if (stored) {
                m_queue.prepend(rowId); // paused or stopping: sent as decided when the batch goes on
            }
        }
    }
    stopUnlessStored(stored);
}

void BatchRunner::afterAnswer()
{
    emitProgress();
    if (m_aborting)
        return;
    finishIfIdle();
    if (m_state == State::Pausing && m_inFlight.isEmpty())
        setState(State::Paused);
}

void BatchRunner::storeAnswer(qint64 rowId, const ApiResult &result)
{
    const auto it = m_inFlight.find(rowId);
    const InFlight entry = *it;
    m_inFlight.erase(it);
    if (entry.job)
        entry.job->deleteLater();

    const bool nextFile = result.isSuccess() && entry.request + 1 < entry.plan.requestCount();
    if (result.outcome != Outcome::Cancelled && (notApplied(result) || nextFile))
        finishAttempt(entry.attempt, HistoryEntry::State::Done, result);

    bool stored = false;
    if (result.outcome == Outcome::Cancelled) {
        // Only abort() cancels: whether the CRM applied it is unknown.
        finishAttempt(entry.attempt, HistoryEntry::State::Interrupted, result);
        stored = m_store->markInterrupted(rowId);
        ++m_progress.interrupted;
    } else if (notApplied(result)) {
        // Not applied: the row goes back to the front of the queue.
        stored = m_store->markQueued(rowId, result);
        m_queue.prepend(rowId);
        ++m_progress.queued;
        retryOrStop(result);
    } else if (nextFile) {
        // The next file of the row, with the same fields; sent once this commit holds its attempt.
        m_consecutiveRetries = 0;
        InFlight next = entry;
        next.job = nullptr;
        ++next.request;
        if (!writeAttempt(next)) {
            stopWith(
                FinishReason::StorageFailed,
                tr("The history could not be written, so nothing more is sent: %1").arg(m_store->error()));
            // The file that arrived counts as delivered: a resume goes on with the next one.
            m_store->markNextRequest(rowId, next.request, entry.attempt.id);
            stored = m_store->markQueued(rowId, result);
            m_queue.prepend(rowId);
            ++m_progress.queued;
        } else {
            stored = m_store->markNextRequest(rowId, next.request, next.attempt.id);
            m_inFlight.insert(rowId, next);
            m_starting.append(rowId);
        }
    } else {
        // Written by writeAnswered(): in this commit, or once the requests it starts have left.
        m_answered.append({rowId, entry.attempt, result});
        stored = true;
        m_consecutiveRetries = 0;
        noteAnswered();
        ++m_progress.sentThisRun;
        if (result.isSuccess()) {
            ++m_progress.done;
            if (m_effectiveConcurrency < m_concurrency
                && ++m_successesAtLowered >= m_policy.successesBeforeRaising) {
                ++m_effectiveConcurrency;
                m_successesAtLowered = 0;
            }
        } else {
            ++m_progress.failed;
        }
    }
    stopUnlessStored(stored);
}

void BatchRunner::retryOrStop(const ApiResult &result)
{
    if (result.isRetryable()) {
        ++m_progress.retries;
        ++m_consecutiveRetries;
        if (result.vendorError == Vendor::ConcurrencyLimit && m_effectiveConcurrency > 1) {
            // Someone else is using the token too: keep one request fewer in flight for a while.
            --m_effectiveConcurrency;
            m_successesAtLowered = 0;
        }
        if (m_consecutiveRetries > m_policy.maxConsecutiveRetries) {
            stopWith(FinishReason::RetriesExhausted,
                     result.vendorError == Vendor::Maintenance
                         ? tr("After %n retries, the CRM's API was still switched off for maintenance. The "
                              "batch stopped; the rows not sent yet stay queued. Resume it later.",
                              nullptr, m_policy.maxConsecutiveRetries)
                         : tr("After %n retries, the CRM still answered that too many requests were using "
                              "this token. The batch stopped; the rows not sent yet stay queued. Resume it "
                              "when the other requests are done.",
                              nullptr, m_policy.maxConsecutiveRetries));
        } else {
            scheduleRetry(result);
        }
    } else if (result.vendorError == Vendor::DailyLimitExceeded) {
        stopWith(FinishReason::QuotaExhausted,
                 tr("This token has used all of today's calls. The batch stopped; the rows not sent yet "
                    "stay queued. Resume it when the count restarts."));
    } else if (result.vendorError == Vendor::MissingToken || result.vendorError == Vendor::InvalidToken) {
        stopWith(FinishReason::TokenRejected, result.explanation());
    } else {
        stopWith(FinishReason::Unreachable, result.explanation());
    }
}

void BatchRunner::scheduleRetry(const ApiResult &result)
{
    const bool maintenance = result.vendorError == Vendor::Maintenance;
    const qint64 base = maintenance ? m_policy.maintenanceDelayMs : m_policy.busyDelayMs;
    const int doublings = std::min(m_consecutiveRetries - 1, 20);
    const int delay = int(std::min<qint64>(base << std::max(doublings, 0), m_policy.maxDelayMs));
    m_retryTimer.start(delay);
    Q_EMIT waiting(delay,
                   maintenance
                       ? tr("The CRM's API is switched off for maintenance; the row will be sent again.")
                       : tr("The CRM is busy with other requests on this token; the row will be sent "
                            "again."));
}

void BatchRunner::stopWith(FinishReason reason, const QString &message)
{
    if (m_pendingStop == FinishReason::None) {
        m_pendingStop = reason;
        m_pendingMessage = message;
    }
    m_retryTimer.stop();
    finishIfIdle();
}

void BatchRunner::finishIfIdle()
{
    if (!m_inFlight.isEmpty() || m_aborting)
        return;
    if (m_state == State::Cancelling) {
        finish(FinishReason::Cancelled, {});
        return;
    }
    if (m_pendingStop != FinishReason::None && (m_state == State::Running || m_state == State::Pausing)) {
        finish(m_pendingStop, m_pendingMessage);
        return;
    }
    if (m_state == State::Running && m_queue.isEmpty() && !m_retryTimer.isActive())
        finish(FinishReason::Completed, {});
}

void BatchRunner::finish(FinishReason reason, const QString &message)
{
    // Answers whose writes waited for requests that will not leave now (a stop decided in the same pass).
    QString error = message;
    if (!writeAnswered() && reason == FinishReason::Completed) {
        reason = FinishReason::StorageFailed;
        error = storeFailure();
    }
    m_retryTimer.stop();
    if (reason == FinishReason::Cancelled)
        m_store->cancelQueued(m_batchId);
    m_store->release(m_batchId);
    m_finishReason = reason;
    m_error = error;
    m_pendingStop = FinishReason::None;
    m_queue.clear();
    refreshCounts();
    emitProgress();
    setState(State::Finished);
    Q_EMIT finished(reason, error);
}

void BatchRunner::pause()
{
    if (m_state != State::Running)
        return;
    m_retryTimer.stop();
    setState(m_inFlight.isEmpty() ? State::Paused : State::Pausing);
}

void BatchRunner::resume()
{
    if (m_state != State::Paused && m_state != State::Pausing)
        return;
    // Rows the user requeued meanwhile (retry failed, resend interrupted) join the queue.
    reloadQueue();
    refreshCounts();
    m_answerTimes.clear(); // the pause is not part of the rate
    m_consecutiveRetries = 0;
    setState(State::Running);
    emitProgress();
    pump();
}

void BatchRunner::cancel()
{
    if (m_state != State::Running && m_state != State::Pausing && m_state != State::Paused)
        return;
    m_retryTimer.stop();
    setState(State::Cancelling);
    finishIfIdle();
}

void BatchRunner::abort()
{
    if (m_state == State::Idle || m_state == State::Finished)
        return;
    m_aborting = true;
    m_retryTimer.stop();
    storeArrived(); // answers that came before the abort are known: stored as they are
    // A job still waiting for the token's lane never went out: its row simply stays queued.
    const QList<qint64> ids = m_inFlight.keys();
    for (const qint64 id : ids) {
        const auto it = m_inFlight.constFind(id);
        if (it == m_inFlight.cend() || !it->job || it->job->state() != ApiJob::State::Queued)
            continue;
        const InFlight entry = m_inFlight.take(id);
        entry.job->disconnect(this);
        entry.job->cancel();
        entry.job->deleteLater();
        ApiResult notSent;
        notSent.outcome = Outcome::InvalidInput;
        notSent.networkErrorString = tr("the batch was stopped before this row was sent.");
        if (entry.reading) {
            m_store->markReadAgain(id, notSent);
        } else {
            finishAttempt(entry.attempt, HistoryEntry::State::Done, notSent);
            m_store->markQueued(id, notSent);
        }
        ++m_progress.queued;
    }
    // ApiJob::cancel() finishes synchronously, through onAnswer(), which marks each row interrupted (or
    // onRead(), which leaves a row whose read was cut short to be read again).
    const QList<qint64> running = m_inFlight.keys();
    for (const qint64 id : running) {
        const auto it = m_inFlight.constFind(id);
        if (it == m_inFlight.cend())
            continue;
        if (ApiJob *job = it->job)
            job->cancel();
    }
    // Anything still listed had no job left to cancel: its outcome is unknown as well.
    const QList<qint64> left = m_inFlight.keys();
    for (const qint64 id : left) {
        const InFlight entry = m_inFlight.take(id);
        if (entry.reading) {
            m_store->markReadAgain(id, ApiResult());
            continue;
        }
        finishAttempt(entry.attempt, HistoryEntry::State::Interrupted, ApiResult());
        m_store->markInterrupted(id);
    }
    m_aborting = false;
    finish(FinishReason::Aborted,
           tr("The batch was stopped; rows that were being sent are marked "
              "“Interrupted — check the case”."));
}
