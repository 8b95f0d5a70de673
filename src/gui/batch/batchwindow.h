#pragma once

#include "gui/batch/batchsession.h"

#include <QList>
#include <QWidget>
#include <functional>
#include <memory>

class BatchCheckPage;
class BatchMappingPage;
class BatchResultsPage;
class BatchSendPage;
class BatchSourcePage;
class BatchStepPage;
class BatchStore;
class CasesClient;
class HistoryStore;
class QAction;
class QToolButton;
class Settings;

namespace Ui {
class BatchWindow;
}

// Bulk correction: a CSV file or rows pasted from a spreadsheet, mapped to fields, checked row by row with
// the form's rules, sent at the CRM's pace by a BatchRunner and kept in the database, so nothing is lost
// or sent twice. Five steps: source, columns, check, send, results, each a page given one BatchSession;
// the window holds the step bar, the banner and the close flow. Never blocks; an unfinished batch is
// offered again, and rows that were in flight are resent only when the user ticks them and confirms.
class BatchWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchWindow)

public:
    using Page = BatchPage;

    // `store`, `client`, `history` (may be null) and `settings` are the caller's and must outlive the window.
    BatchWindow(BatchStore *store, CasesClient *client, HistoryStore *history, Settings *settings,
                QWidget *parent = nullptr);
    ~BatchWindow() override;

    // Where rows go and what fills the fields no column gives (server, operation, profile defaults,
    // connection settings); asked for each import and before sending.
    void setDefaultsProvider(std::function<BatchDefaults()> provider);
    // The token, asked for when sending starts or resumes; kept by the runner in memory only.
    void setTokenProvider(std::function<QString()> provider);

    BatchSession *session() const { return m_session; }
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
    qint64 batchId() const;
    bool hasImport() const;
    const BatchImport &currentImport() const;
    BatchRunner *runner() const;
    // A large file or paste is being read off the UI thread.
    bool isReading() const;
    // Requests are on their way (running, pausing, cancelling).
    bool isSending() const;
    // Start was pressed on a new batch and its rows are being written; the runner starts after.
    bool isSaving() const;
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
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // The steps in the order the user goes through them: the page, its button in the step bar.
    struct Step
    {
        Page page;
        QToolButton *button;
        BatchStepPage *widget;
    };

    void setupSteps();
    void setupActions();
    void setupTabOrder();
    void restoreLayout();
    void saveLayout();
    void retranslate();
    const Step &step(Page page) const;
    void showPage(Page page, bool focus);
    void updateSteps();
    void updateConnectionLabel();
    void updateTitle();
    void onImportLoaded(bool keepMapping);
    void showNotice(const BatchSession::Notice &notice);
    void clearNotice(bool keepWarnings);
    void finishClose();

    std::unique_ptr<Ui::BatchWindow> m_ui;
    Settings *m_settings;
    BatchSession *m_session;
    BatchSourcePage *m_sourcePage;
    BatchMappingPage *m_mappingPage;
    BatchCheckPage *m_checkPage;
    BatchSendPage *m_sendPage;
    BatchResultsPage *m_resultsPage;
    QList<Step> m_steps;
    QAction *m_openAction;
    QAction *m_pasteAction;
    QAction *m_reloadAction;
    QAction *m_copyAction;
    QAction *m_closeAction;
    bool m_closeRequested = false; // pause-and-close chosen; closes once paused
    bool m_closing = false;
    std::function<void()> m_afterClose;
};
