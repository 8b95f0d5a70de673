#pragma once

#include "core/batch/batchimport.h"
#include "core/batch/batchrow.h"
#include "core/batch/batchrunner.h"
#include "gui/batch/batchimportreader.h"
#include "gui/batch/batchnotice.h"

#include <QDeadlineTimer>
#include <QObject>
#include <functional>
#include <optional>

class BatchRowsModel;
class BatchStore;
class CasesClient;
class HistoryStore;
class QTimer;
class Settings;

// The five steps of a bulk correction, in the order the window shows them.
enum class BatchPage { Source, Mapping, Check, Send, Results };

// One bulk correction as the window's pages see it, without any widget: the imported table (read off the
// UI thread when it is large), the stored batch and its rows, the runner that sends them, and what the
// banner says about each outcome. The pages act through it and refresh on its signals; the window shows its
// notices and goes to the pages it asks for.
class BatchSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchSession)

public:
    using Notice = BatchNotice;

    // A file this large or smaller is read and checked at once (a few milliseconds); a larger one, or a
    // large paste, in a pool thread while the window goes on answering.
    static constexpr qint64 DefaultInlineReadLimit = qint64(256) << 10;

    // `store`, `client`, `history` (may be null) and `settings` are the caller's and must outlive it.
    BatchSession(BatchStore *store, CasesClient *client, HistoryStore *history, Settings *settings,
                 QObject *parent = nullptr);
    ~BatchSession() override;

    void setDefaultsProvider(std::function<BatchDefaults()> provider);
    void setTokenProvider(std::function<QString()> provider);
    BatchDefaults currentDefaults() const
    {
        return m_defaultsProvider ? m_defaultsProvider() : BatchDefaults();
    }

    BatchStore *store() const { return m_store; }
    Settings *settings() const { return m_settings; }
    BatchRunner *runner() const { return m_runner; }
    BatchRowsModel *rowsModel() const { return m_rows; }

    // ---- the import
    void openFile(const QString &path);
    void importText(const QString &text);
    // Reads the current file again, keeping the column choices when its header did not change.
    void reloadFile();
    // A file or paste is being read in the background.
    bool isReading() const { return m_reader->isReading(); }
    QString readingName() const { return m_reader->name(); }
    qint64 readingSize() const { return m_reader->size(); }
    // Forgets the file being read; its result is dropped when it arrives.
    void cancelReading();
    void setInlineReadLimit(qint64 bytes) { m_inlineReadLimit = bytes; }

    bool hasImport() const { return m_hasImport; }
    const BatchImport &currentImport() const { return m_import; }
    void setMapping(const ColumnMapping &mapping);
    ColumnMapping::UnknownColumns unknownColumns() const { return m_unknown; }
    void setUnknownColumns(ColumnMapping::UnknownColumns unknown);
    void setImportDefaults(const BatchDefaults &defaults);
    // The banner for the import just loaded: why the file cannot be used, or which columns were renamed.
    void announceImport();
    // The check step's banner: malformed lines, mapping problems, or content sent before.
    void announceCheck();

    // ---- the stored batch
    qint64 batchId() const { return m_batchId; }
    const std::optional<BatchInfo> &batchInfo() const { return m_batchInfo; }
    // A stored batch, shown on `page` (Send or Results).
    void showBatch(qint64 batchId, BatchPage page);
    void resumeBatch(qint64 batchId);
    // Sends the checked import (stored as a new batch first) or the current batch's queued rows.
    void startSending();
    void pauseOrResume();
    // Cancels what is not sent yet (the caller asked the user).
    void cancelBatch();
    void retryFailed();
    // Queues the rows not sent because of a cancel again, and sends them.
    void sendRemaining();
    // Interrupted rows the user ticked and confirmed.
    void resendRows(const QList<qint64> &rowIds);
    bool discardBatch(qint64 batchId);
    bool exportResults(const QString &fileName);
    void newBatch();
    // Requests in flight the runner may use, as the send step chose it.
    void setConcurrency(int concurrency);
    int concurrency() const { return m_concurrency; }
    // The window is shown; a batch saved after it closed waits, queued, and a file being read is dropped.
    void setShown(bool shown);

    // Requests are on their way (running, pausing, cancelling).
    bool isSending() const { return m_runner->isActive(); }
    // Start was pressed on a new batch and its rows are being written; the runner starts after.
    bool isSaving() const { return m_saving; }
    // Saving a new batch, sending, or paused half-way: another batch cannot be opened meanwhile.
    bool isBusy() const;
    // The runner works on the batch shown.
    bool runsShownBatch() const { return m_batchId != 0 && m_runner->batchId() == m_batchId; }
    bool isReachable(BatchPage page) const;

    // The counts the send step shows: the runner's while it sends this batch, else the stored rows'.
    BatchRunner::Progress progress() const;
    // The runner's own figures (requests in flight, concurrency), whichever batch it sends.
    const BatchRunner::Progress &runnerProgress() const { return m_progress; }
    bool isProgressLive() const { return m_progressLive && runsShownBatch(); }
    // Why the runner waits before its next request, and for how much longer; empty when it does not.
    QString waitReason() const { return m_waitReason; }
    bool isWaiting() const;
    int waitSecondsLeft() const;
    // Rows left to send, for the question asked when the window closes while sending.
    int rowsLeft() const { return m_progress.queued + m_progress.inFlight; }

    void notify(const Notice &notice);
    // Asks the window to go to `page`.
    void requestPage(BatchPage page);
    void requestHistory();

Q_SIGNALS:
    // A new import replaced the previous one; `keepMapping` when it is the same file read again.
    void importLoaded(bool keepMapping);
    // The mapping or the defaults changed: every row was planned again.
    void importEdited();
    void readingChanged();
    // Before the import is stored or sent: pending edits of its defaults are applied now.
    void aboutToUseImport();
    // Another batch is shown, or its rows were read again.
    void batchChanged();
    // Rows changed state; coalesced while a batch streams.
    void rowsChanged();
    // The runner's counts; at most ten times a second.
    void progressChanged();
    // The runner's state, the wait before a retry, saving: what the send step says and what is reachable.
    void statusChanged();
    void finished(BatchRunner::FinishReason reason);
    void noticed(const BatchNotice &notice);
    // The banner goes away; a warning stays when `keepWarnings` (interrupted rows to check).
    void noticeCleared(bool keepWarnings);
    void pageRequested(BatchPage page);
    void showInHistoryRequested(qint64 batchId);
    // The list of batches that can be resumed changed.
    void unfinishedChanged();

private:
    // Reads `path` at once when it is small, else in the background.
    void readFile(const QString &path, const BatchDefaults &defaults, bool keepMapping);
    void loadImport(BatchImport import, bool keepMapping);
    void saveAndStart(const QString &token);
    void startRunner(const QString &token);
    bool connectionMatches(QString *problem) const;
    void loadBatchRows(const std::optional<QList<BatchRow>> &known = std::nullopt);
    void onRowChanged(qint64 batchId, qint64 rowId);
    void scheduleRowsChanged();
    void onRunnerStateChanged(BatchRunner::State state);
    void onWaiting(int delayMs, const QString &reason);
    void onFinished(BatchRunner::FinishReason reason, const QString &message);
    void notifyCancelled(int done, int cancelled, bool counted);
    void notify(Notice::Kind kind, std::function<Notice::Content()> render);

    BatchStore *m_store;
    Settings *m_settings;
    BatchRunner *m_runner;
    BatchRowsModel *m_rows;
    QTimer *m_countdown; // ticks while the runner waits before retrying
    // Progress at most ten times a second: a batch answers every few milliseconds, and each new text
    // re-lays out the window (and the title goes to the window system).
    QTimer *m_progressThrottle;
    bool m_progressPending = false;
    QTimer *m_rowsTimer; // coalesces refreshes while rows change fast
    std::function<BatchDefaults()> m_defaultsProvider;
    std::function<QString()> m_tokenProvider;

    BatchImportReader *m_reader;
    qint64 m_inlineReadLimit = DefaultInlineReadLimit;

    BatchImport m_import;
    bool m_hasImport = false;
    ColumnMapping::UnknownColumns m_unknown = ColumnMapping::UnknownColumns::Ignore;
    qint64 m_batchId = 0;
    std::optional<BatchInfo> m_batchInfo;
    BatchRunner::Progress m_progress;
    bool m_progressLive = false; // m_progress comes from the runner, not from stored counts
    bool m_saving = false; // a new batch's rows are being written in a pool thread
    bool m_shown = false;
    int m_concurrency = 2;
    QString m_waitReason;
    QDeadlineTimer m_waitDeadline;
};
