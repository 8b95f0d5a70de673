#pragma once

#include "core/batch/batchimport.h"
#include "core/batch/batchrow.h"
#include "core/net/apiresult.h"
#include "core/storage/historydatabase.h"
#include "core/storage/sessionlock.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <memory>
#include <optional>

class QSqlQuery;

// Batches and their rows, in the history database (tables `batches` and `batch_rows`). Every state change
// is written at once, so a crash or kill loses nothing: rows found "sending" when a batch's runner is gone
// become "interrupted". One connection per thread: a store either owns its thread's connection or shares
// the history store's (the application's main thread); a batch is run by one session at a time (claim()).
class BatchStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchStore)

public:
    explicit BatchStore(const QString &path = HistoryDatabase::defaultPath(), QObject *parent = nullptr);
    // Shares the history store's connection and session (same thread, same file); both must outlive it.
    BatchStore(HistoryDatabase *database, SessionLock *session, QObject *parent = nullptr);
    // Releases this session's claims; rows it left "sending" become "interrupted".
    ~BatchStore() override;

    // Opens (creating and migrating) the file; marks "interrupted" the rows that sessions no longer alive
    // left "sending". False with error() when the file cannot be used.
    bool open();
    bool isOpen() const;
    QString path() const;
    QString error() const { return m_error; } // the last failure, translated
    int interruptedOnOpen() const { return m_interruptedOnOpen; }
    HistoryDatabase *database() const { return m_db; }

    // Stores the import's rows: valid ones "queued", invalid ones "skipped" with their issues (unless
    // `withInvalid` is false, when they are left out). Returns the batch id, or 0 with error(). With
    // `created`, the stored rows as rows() would read them back, in source order, without reading them.
    qint64 create(const BatchImport &import, bool withInvalid = true, QList<BatchRow> *created = nullptr);
    struct Created
    {
        qint64 id = 0; // 0 when nothing was stored
        QList<BatchRow> rows; // as create() hands them back
        QString error; // translated, when id is 0
    };
    // create() on a connection of its own in a pool thread, so a window stays responsive while thousands
    // of rows are written (2,000 rows held the bulk-correction window 25-40 ms). Emits nothing.
    QFuture<Created> createInBackground(const BatchImport &import, bool withInvalid = true) const;

    std::optional<BatchInfo> batch(qint64 id);
    // Batches with rows still queued, sending or interrupted and not closed, newest first.
    QList<BatchInfo> unfinishedBatches();
    // The newest unfinished batch of that source (same absolute path and same content), or nothing.
    std::optional<BatchInfo> findUnfinished(const QString &sourcePath, const QString &sourceSha256);
    // The newest batch of that source that is not closed, finished or not, or nothing.
    std::optional<BatchInfo> findLatest(const QString &sourcePath, const QString &sourceSha256);
    // Every batch, newest first (at most `limit`).
    QList<BatchInfo> batches(int limit = 100);

    // Rows of a batch in source order; only those in `states` when it is not empty.
    QList<BatchRow> rows(qint64 batchId, const QList<BatchRow::State> &states = {});
    // The same rows' ids only, in the same order: no row is read and parsed.
    QList<qint64> rowIds(qint64 batchId, const QList<BatchRow::State> &states = {});
    std::optional<BatchRow> row(qint64 rowId);
    QHash<BatchRow::State, int> counts(qint64 batchId);

    // Claims the batch for this session (a lock other processes can see). False when another live session
    // is running it; error() says so.
    bool claim(qint64 batchId);
    void release(qint64 batchId);
    bool isClaimedElsewhere(qint64 batchId);

    // The runner's writes for a row that reads its case first; the row stays Queued throughout. Reading is
    // written before the query goes out; Read stores the update as decided and the case as read, before
    // that update is sent (the runner writes both in one commit with its markSending()).
    bool markReading(qint64 rowId);
    bool markRead(qint64 rowId, const CaseUpdate &decided, const QJsonObject &baseline);
    // The read was not answered usefully but can be made again (busy, quota, token, never delivered).
    bool markReadAgain(qint64 rowId, const ApiResult &result);
    // The read failed, or the case as read leaves the row invalid (`issues`): Failed, nothing was updated.
    bool markReadFailed(qint64 rowId, const ApiResult &result, const QString &message,
                        const QList<ValidationIssue> &issues = {});

    // The runner's writes. markSending() is written before the request goes out and counts an attempt.
    bool markSending(qint64 rowId, qint64 attemptId);
    // Done on success, else Failed, with the answer's outcome, code and message.
    // The row's request `delivered` - 1 succeeded and its next one (attempt `attemptId`) goes out; the row
    // stays sending.
    bool markNextRequest(qint64 rowId, int delivered, qint64 attemptId);
    bool markAnswered(qint64 rowId, const ApiResult &result, qint64 attemptId);
    // Back to Queued without counting as failed (a retryable 403, a stop before the CRM saw it).
    bool markQueued(qint64 rowId, const ApiResult &result);
    // The row was in flight when the batch was aborted: its outcome is unknown.
    bool markInterrupted(qint64 rowId);

    // User decisions. Rows in one of `from` (e.g. Failed for "retry failed", Interrupted for "resend")
    // go back to Queued, those that read their case first to read it again; returns how many, or -1.
    int requeue(qint64 batchId, const QList<BatchRow::State> &from);
    int requeueRows(const QList<qint64> &rowIds);
    // Queued rows become Cancelled (e.g. after the user cancelled); returns how many, or -1.
    int cancelQueued(qint64 batchId);
    // Closes the batch: queued rows become Cancelled, it is no longer offered for resuming.
    bool close(qint64 batchId);

    // Writes the per-row results to `fileName` as CSV (UTF-8 with BOM, RFC 4180): row, line, case_id,
    // state, outcome, http_status, code, message, wolkvox_id, attempts. Atomic; false with `error`.
    bool exportResults(qint64 batchId, const QString &fileName, QString *error = nullptr);
    // The same for rows held in memory (e.g. a dry run's check).
    static bool writeResults(const QList<BatchRow> &rows, const QString &fileName, QString *error = nullptr);
    static QStringList resultColumns();
    static QStringList resultFields(const BatchRow &row);

Q_SIGNALS:
    void rowChanged(qint64 batchId, qint64 rowId);
    void rowsChanged(qint64 batchId); // several rows at once (requeue, cancel, close)
    void writeFailed(const QString &message);

private:
    bool write(const std::function<bool()> &work);
    bool exec(QSqlQuery &query);
    bool selectRows(QSqlQuery &q, const QString &columns, qint64 batchId,
                    const QList<BatchRow::State> &states);
    HistoryDatabase::Statement statement(const QString &sql);
    bool setRow(qint64 rowId, const QString &sql, const QVariantList &values);
    void listenForCommitFailures();

    std::unique_ptr<HistoryDatabase> m_ownDb; // null when the connection is shared
    std::unique_ptr<SessionLock> m_ownSession;
    HistoryDatabase *m_db;
    SessionLock *m_session;
    QString m_error;
    int m_interruptedOnOpen = 0;
    QSet<qint64> m_batchesWritten; // told rowChanged() for; reloaded if a commit fails
    int m_commitFailureListener = 0;
};
