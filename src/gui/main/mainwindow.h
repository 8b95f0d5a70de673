#pragma once

#include "core/model/casebaseline.h"
#include "core/model/caseupdate.h"
#include "core/model/connectionsettings.h"
#include "core/model/validator.h"
#include "core/net/apiresult.h"
#include "core/send/updatesender.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>
#include <optional>

class AboutDialog;
class BatchLauncher;
class BatchStore;
class BatchWindow;
class BusyState;
struct BatchDefaults;
class CaseFiller;
class CaseLoader;
class CasesClient;
class DraftController;
class DraftStore;
class HistoryNotices;
class HistoryPane;
class HistoryStore;
struct HistoryEntry;
class ProfileStore;
class QNetworkAccessManager;
class SecretStore;
class SendFlow;
class Settings;
class SettingsFlow;
class ValueLists;
class VocabularyActions;
class VocabularyStore;

namespace Ui {
class MainWindow;
}

// The agent's window. It holds the menus, the splitters and their layout, the banner and the close flow,
// and coordinates its parts: the connection bar, the case form, the custom fields and attachments editors,
// the send panel, the history pane, the draft autosave, Load from CRM (CaseLoader), the checks before
// sending (SendGuard), the update sender and what the banner says of it (OutcomeBanner). Never blocks.
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
    // uses Settings' connection settings and keeps the token for the session only. Given before show(),
    // the keychain is asked after the first frame.
    void setProfiles(ProfileStore *profiles, SecretStore *secrets);
    // What each operation's cases taught (the caller's, open; must outlive the window): the form's value
    // lists, closed statuses and File → Import/Export value lists. Without it, Settings' lists only.
    void setVocabulary(VocabularyStore *vocabulary);
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
    // Fills every field of the form from `update`; the token stays as it is. `delivered`: attachments the
    // CRM already has with the case, listed unticked.
    void loadUpdate(const CaseUpdate &update, const QStringList &delivered = {});
    void addAttachments(const QStringList &paths);
    // The case as loaded from the CRM (Load from CRM, or an attempt's baseline), while the form shows it.
    std::optional<CaseBaseline> loadedCase() const;

    // Every problem that keeps Update disabled, as shown next to the button.
    QList<ValidationIssue> problems() const;
    bool isSending() const;
    // Sending, reading a case or checking before sending: the form cannot be edited.
    bool isBusy() const;
    HistoryPane *historyPane() const;

public Q_SLOTS:
    void sendUpdate();
    void cancelUpdate();
    void loadFromCrm();
    void testConnection();
    void newCase();
    void showSettings();
    void showAbout();
    void showBatchWindow();

Q_SIGNALS:
    void updateFinished(const ApiResult &result);
    void connectionTested(const ApiResult &result);
    // Load from CRM ended: a case was loaded (`loaded` true) or not.
    void caseLoadFinished(bool loaded);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void focusFirstField(); // the first missing connection field, else the case's id
    void setupActions();
    void setupParts();
    void setupFlows();
    void setupTabOrder();
    void restoreLayout();
    void saveLayout();

    ConnectionSettings connectionSettings() const;
    void revalidate();
    void focusField(const QString &target);
    void updateActionStates();
    void updateBusy();
    void keepConnectionWarm();
    void showLoadedCase(const CaseBaseline &baseline);
    // What a call's answer says of the connection bar's token (SendGuard::noteAnswer).
    void noteTokenAnswer(const ApiResult &result);

    void onSendFinished(const UpdateSender::Report &report, const CaseUpdate &sent);

    std::unique_ptr<Ui::MainWindow> m_ui;
    Settings *m_settings;
    HistoryStore *m_history;
    CasesClient *m_client;
    DraftController *m_drafts;
    std::unique_ptr<ValueLists> m_lists;
    VocabularyActions *m_vocabularyActions = nullptr;
    CaseLoader *m_loader = nullptr;
    SendFlow *m_send = nullptr;
    CaseFiller *m_filler = nullptr;
    BusyState *m_busy = nullptr;
    HistoryNotices *m_historyNotices = nullptr;
    BatchLauncher *m_batches = nullptr;
    SettingsFlow *m_settingsFlow = nullptr;
    QPointer<AboutDialog> m_aboutDialog;
    bool m_focusedOnStart = false;
};
