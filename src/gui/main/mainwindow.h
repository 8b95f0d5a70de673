#pragma once

#include "core/net/apiresult.h"
#include "core/model/caseupdate.h"
#include "core/model/connectionsettings.h"
#include "core/history/historyentry.h"
#include "core/model/validator.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <functional>
#include <memory>

class AboutDialog;
class ApiJob;
class AttachmentsModel;
class BatchStore;
class BatchWindow;
struct BatchDefaults;
class CasesClient;
class CustomFieldsModel;
class DraftStore;
class ProfileStore;
class SecretStore;
class HistoryPane;
class HistoryStore;
class QAction;
class QComboBox;
class QFileSystemWatcher;
class QLineEdit;
class QNetworkAccessManager;
class QStringListModel;
class QTimer;
class SettingsDialog;
class Settings;

namespace Ui {
class MainWindow;
}

// The agent's window: connection, case form, custom fields, attachments, sending and the session's history.
// Never blocks: every network call is an ApiJob whose signals drive the window.
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
    void setupConnection();
    void setupCaseForm();
    void setupCustomFields();
    void setupAttachments();
    void setupTabOrder();
    void alignHeadings();
    void restoreLayout();
    void saveLayout();
    void retranslate();
    void captureDefaultToolTips();

    void revalidate();
    void markField(QWidget *widget, const QStringList &messages, bool highlight);
    void updateProblemsDisplay();
    void updateSolutionRequirement();
    void updateActionStates();
    QWidget *widgetForField(const QString &field) const;
    void focusField(const QString &field);

    void normaliseServer();
    void refreshServers();
    void refreshCaseTypes();
    void refreshStatusesAndPriorities();
    static void setComboItems(QComboBox *combo, const QStringList &items);

    void setSending(bool sending);
    void onUploadProgress(qint64 sent, qint64 total);
    void onUpdateFinished(const ApiResult &result);
    void onConnectionTested(const ApiResult &result);
    void rememberSuccessful(const CaseUpdate &update);
    void watchHistoryStore();
    ConnectionSettings connectionSettings() const;
    void setupProfileMenu();
    void retranslateProfileMenu();
    void refreshProfileCombo();
    void applyProfile();
    void applyProfileDefaults();
    void storeConnectionInProfile();
    void saveToken();
    void showTokenStorage(bool persistent);
    void askProfileName(const QString &objectName, const QString &title, const QString &label,
                        const QString &name, std::function<void(const QString &)> accepted);
    void newProfile();
    void renameProfile();
    void removeProfile();
    void importProfiles();
    void importProfilesFrom(const QString &fileName);
    void exportProfiles();
    void exportProfilesTo(const QString &fileName);
    void scheduleDraftSave();
    void saveDraft();
    void markFormClean();
    void hashAttachments(qint64 id, const QStringList &paths);
    void storeDigests(qint64 id, const QStringList &digests);
    void showOutcome(const ApiResult &result, const QString &historyError = {});

    void selectCustomField(int row, int column = 0);
    void addCustomField();
    void removeCustomFields();
    void duplicateCustomField();
    void moveCustomField(int delta);
    void pasteCustomFields();
    void updateCustomFieldButtons();
    void chooseAttachments();
    void removeAttachments();
    void onAttachmentsChanged();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Settings *m_settings;
    HistoryStore *m_history;
    CasesClient *m_client;
    CustomFieldsModel *m_customFields;
    AttachmentsModel *m_attachments;
    QStringListModel *m_responsibles;
    QFileSystemWatcher *m_watcher;
    QPointer<ApiJob> m_updateJob;
    QPointer<ApiJob> m_testJob;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<AboutDialog> m_aboutDialog;
    HistoryEntry m_sending;
    QSet<qint64> m_hashing; // attempts whose attachments are still being hashed
    QHash<qint64, HistoryEntry> m_answeredUnhashed; // answered before their hashes were ready
    QElapsedTimer m_uploadClock;
    QList<ValidationIssue> m_problems;
    QStringList m_serverNotices;
    QHash<QLineEdit *, QAction *> m_problemActions;
    QHash<QWidget *, QString> m_defaultToolTips;
    BatchStore *m_batchStore = nullptr;
    QPointer<BatchWindow> m_batchWindow;
    std::function<QString()> m_quotaText; // likewise for the connection status
    bool m_loading = false; // true while loadUpdate() fills the form
    bool m_closeConfirmed = false; // the agent chose to close while sending
    ProfileStore *m_profiles = nullptr;
    SecretStore *m_secrets = nullptr;
    QTimer *m_tokenTimer = nullptr;
    bool m_applyingToken = false; // the token field is being filled from the keychain, not typed
    DraftStore *m_drafts = nullptr;
    QTimer *m_draftTimer;
    CaseUpdate m_cleanForm; // the form as last sent, cleared or restored-and-discarded; edits differ from it
    bool m_draftOffered = false; // a saved draft waits for the agent's answer: autosave must not replace it
    bool m_closeDecided = false; // the agent answered the unsent-changes question
    QString m_historyError; // the last history write failure since the current attempt began
};
