#pragma once

#include "core/batch/batchimport.h"
#include "core/batch/batchrow.h"
#include "core/batch/batchrunner.h"

#include <QDeadlineTimer>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class BatchRowsModel;
class BatchStore;
class CasesClient;
class ColumnMappingModel;
class HistoryStore;
class PlannedRowsModel;
class QLineEdit;
class QSortFilterProxyModel;
class QTimer;
class QToolButton;
class Settings;

namespace Ui {
class BatchWindow;
}

// Bulk correction: a CSV file or rows pasted from a spreadsheet, mapped to fields, checked row by row with
// the form's rules, sent at the CRM's pace by a BatchRunner and kept in the database, so nothing is lost
// or sent twice. Five steps: source, columns, check, send, results. Never blocks; an unfinished batch is
// offered again, and rows that were in flight are resent only when the user ticks them and confirms.
class BatchWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchWindow)

public:
    enum class Page { Source, Mapping, Check, Send, Results };

    // `store`, `client`, `history` (may be null) and `settings` are the caller's and must outlive the window.
    BatchWindow(BatchStore *store, CasesClient *client, HistoryStore *history, Settings *settings,
                QWidget *parent = nullptr);
    ~BatchWindow() override;

    // Where rows go and what fills the fields no column gives (server, operation, profile defaults,
    // connection settings); asked for each import and before sending.
    void setDefaultsProvider(std::function<BatchDefaults()> provider);
    // The token, asked for when sending starts or resumes; kept by the runner in memory only.
    void setTokenProvider(std::function<QString()> provider);

    void openFile(const QString &path);
    void importText(const QString &text);
    void pasteFromClipboard();
    // A stored batch, shown on `page` (Send or Results).
    void showBatch(qint64 batchId, Page page = Page::Results);
    // Shows a stored batch and sends its queued rows; interrupted rows stay as they are.
    void resumeBatch(qint64 batchId);
    // Sends the checked import (stored as a new batch first) or the current batch's queued rows.
    void startSending();
    bool exportResults(const QString &fileName);
    void refreshUnfinished();

    Page page() const;
    // Goes to `page` when it can be reached from where the user is.
    bool setPage(Page page);
    bool isReachable(Page page) const;
    qint64 batchId() const { return m_batchId; }
    bool hasImport() const { return m_hasImport; }
    const BatchImport &currentImport() const { return m_import; }
    BatchRunner *runner() const { return m_runner; }
    // Requests are on their way (running, pausing, cancelling).
    bool isSending() const;
    // Start was pressed on a new batch and its rows are being written; the runner starts after.
    bool isSaving() const { return m_saving; }
    // Saving a new batch, sending, or paused half-way: another batch cannot be opened meanwhile.
    bool isBusy() const;
    // Closes the window; while sending, first asks whether to pause (rows in flight are answered) and close.
    // `then` runs once the window has closed.
    void requestClose(std::function<void()> then = {});

Q_SIGNALS:
    void showInHistoryRequested(qint64 batchId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setupSteps();
    void saveAndStart(const QString &token);
    void startRunner(const QString &token);
    void setupSourcePage();
    void setupMappingPage();
    void setupCheckPage();
    void setupSendPage();
    void setupResultsPage();
    void setupActions();
    void setupTabOrder();
    void restoreLayout();
    void saveLayout();
    void retranslate();

    QList<QToolButton *> stepButtons() const;
    void updateSteps();
    void updateConnectionLabel();
    void dismissBanner();

    BatchDefaults currentDefaults() const;
    ColumnMapping::UnknownColumns unknownColumns() const;
    void chooseFile();
    void loadImport(BatchImport import, bool keepMapping = false);
    void reloadFile();
    void offerExistingBatch();
    void openMappingEditors();
    void fillDefaultsEdits();
    void applyDefaultsEdits();
    void refreshMappingPage();
    void refreshCheckPage();
    void showCheckBanner();
    void updateCheckDetails();

    // The batch's rows from the store, or `known` when the caller has just written them.
    void loadBatchRows(const std::optional<QList<BatchRow>> &known = std::nullopt);
    void onRowChanged(qint64 batchId, qint64 rowId);
    void scheduleResultsRefresh();
    void refreshResults();
    void updateSendPage();
    void updateProgressTexts();
    void updateStatusText();
    void onRunnerStateChanged(BatchRunner::State state);
    void onWaiting(int delayMs, const QString &reason);
    void onFinished(BatchRunner::FinishReason reason, const QString &message);
    void pauseOrResume();
    void confirmCancel();
    void retryFailed();
    void confirmResendInterrupted();
    void chooseExportFile();
    void copyResults();
    void newBatch();
    void discardBatch(qint64 batchId);
    qint64 selectedUnfinished() const;
    void updateUnfinishedButtons();
    bool connectionMatches(QString *problem) const;
    void finishClose();

    std::unique_ptr<Ui::BatchWindow> m_ui;
    BatchStore *m_store;
    CasesClient *m_client;
    HistoryStore *m_history;
    Settings *m_settings;
    BatchRunner *m_runner;
    ColumnMappingModel *m_mappingModel;
    PlannedRowsModel *m_plannedModel;
    QSortFilterProxyModel *m_plannedFilter;
    BatchRowsModel *m_resultsModel;
    QSortFilterProxyModel *m_resultsFilter;
    QSortFilterProxyModel *m_attentionFilter; // failed and interrupted rows, on the send step
    QTimer *m_defaultsTimer;
    QTimer *m_countdown; // ticks while the runner waits before retrying
    // Progress texts and the title at most ten times a second: a batch answers every few milliseconds,
    // and each new text re-lays out the window (and the title goes to the window system).
    QTimer *m_progressThrottle;
    bool m_progressPending = false;
    QTimer *m_resultsTimer; // coalesces summary refreshes while rows change fast
    std::function<BatchDefaults()> m_defaultsProvider;
    std::function<QString()> m_tokenProvider;

    BatchImport m_import;
    bool m_hasImport = false;
    bool m_checkStale = true;
    qint64 m_batchId = 0;
    std::optional<BatchInfo> m_batchInfo;
    BatchRunner::Progress m_progress;
    bool m_progressLive = false; // m_progress comes from the runner, not from stored counts
    bool m_saving = false; // a new batch's rows are being written in a pool thread
    QString m_waitReason;
    QDeadlineTimer m_waitDeadline;
    bool m_closeRequested = false; // pause-and-close chosen; closes once paused
    bool m_closing = false;
    std::function<void()> m_afterClose;
    QList<QLineEdit *> m_defaultEdits;
};
