#pragma once

#include "core/model/caseupdate.h"
#include "core/model/connectionsettings.h"
#include "core/model/validator.h"
#include "core/net/apiresult.h"
#include "core/send/updatesender.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>

class AboutDialog;
class BatchStore;
class BatchWindow;
struct BatchDefaults;
class CasesClient;
class DraftController;
class DraftStore;
class HistoryPane;
class HistoryStore;
class ProfileStore;
class QNetworkAccessManager;
class SecretStore;
class Settings;
class SettingsDialog;

namespace Ui {
class MainWindow;
}

// The agent's window. It holds the menus, the splitters and their layout, the banner and the close flow,
// and coordinates its parts: the connection bar, the case form, the custom fields and attachments editors,
// the send panel, the history pane, the draft autosave and the update sender. Never blocks.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `network`, `settings` and `history` are the caller's and must outlive the window.
    MainWindow(QNetworkAccessManager *network, Settings *settings, HistoryStore *history,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    void setServer(const QString &server);
    void setOperation(const QString &operation);
    void setToken(const QString &token);
    // Connection profiles and their tokens (the caller's; must outlive the window). Without them the window
    // uses Settings' connection settings and keeps the token for the session only.
    void setProfiles(ProfileStore *profiles, SecretStore *secrets);
    // Autosaves the form to `drafts` (the caller's; must outlive the window) a moment after each edit.
    void setDraftStore(DraftStore *drafts);
    void setDraftDelay(int milliseconds);
    // Asks whether to restore a draft left by a crash, a kill or a close that kept it (restoreDraftBox).
    void offerDraftRestore();
    // The form holds edits that were neither sent nor discarded.
    bool hasUnsentChanges() const;
    // The history database could not be opened: the session's attempts are kept in memory only.
    void setHistoryUnavailable(const QString &reason);
    // Bulk correction keeps its batches in `store` (the caller's, open, on the history file; must outlive
    // the window). Without one, File → Bulk correction explains why it is unavailable.
    void setBatchStore(BatchStore *store);
    // Says so in the banner, with a button to the batch window, when a batch was left unfinished.
    void offerBatchResume();
    // The bulk-correction window, created on first use; null before that or without a batch store.
    BatchWindow *batchWindow() const;
    // The server, operation, profile defaults and connection settings a batch uses.
    BatchDefaults batchDefaults() const;

    // The form as it would be sent (server normalised); never carries the token.
    CaseUpdate currentUpdate() const;
    // Fills every field of the form from `update`; the token stays as it is.
    void loadUpdate(const CaseUpdate &update);
    void addAttachments(const QStringList &paths);

    // Every problem that keeps Update disabled, as shown next to the button.
    QList<ValidationIssue> problems() const { return m_problems; }
    bool isSending() const;
    HistoryPane *historyPane() const;

public Q_SLOTS:
    void sendUpdate();
    void cancelUpdate();
    void testConnection();
    void newCase();
    void showSettings();
    void showAbout();
    void showBatchWindow();

Q_SIGNALS:
    void updateFinished(const ApiResult &result);
    void connectionTested(const ApiResult &result);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setupActions();
    void setupParts();
    void setupTabOrder();
    void restoreLayout();
    void saveLayout();
    bool confirmClose();

    ConnectionSettings connectionSettings() const;
    void revalidate();
    void focusField(const QString &target);
    void updateActionStates();
    void applyProfileDefaults();
    void keepConnectionWarm();

    void setSending(bool sending);
    void onSendFinished(const UpdateSender::Report &report);
    void showOutcome(const UpdateSender::Report &report);
    void rememberSuccessful(const CaseUpdate &update);
    void watchHistoryStore();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Settings *m_settings;
    HistoryStore *m_history;
    CasesClient *m_client;
    UpdateSender *m_sender;
    DraftController *m_drafts;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<AboutDialog> m_aboutDialog;
    BatchStore *m_batchStore = nullptr;
    QPointer<BatchWindow> m_batchWindow;
    QList<ValidationIssue> m_problems;
    bool m_loading = false; // true while the form is being filled, not typed
    bool m_closeConfirmed = false; // the agent chose to close while sending
    bool m_closeDecided = false; // the agent answered the unsent-changes question
};
