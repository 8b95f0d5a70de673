#pragma once

#include "apiresult.h"
#include "caseupdate.h"
#include "historyentry.h"
#include "validator.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <functional>
#include <memory>

class ApiJob;
class AttachmentsModel;
class CasesClient;
class CustomFieldsModel;
class HistoryPane;
class HistoryStore;
class QAction;
class QComboBox;
class QFileSystemWatcher;
class QLineEdit;
class QNetworkAccessManager;
class QStringListModel;
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
    void showOutcome(const ApiResult &result);
    void showBanner(std::function<void()> show);

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
    HistoryEntry m_sending;
    QElapsedTimer m_uploadClock;
    QList<ValidationIssue> m_problems;
    QStringList m_serverNotices;
    QHash<QLineEdit *, QAction *> m_problemActions;
    QHash<QWidget *, QString> m_defaultToolTips;
    std::function<void()> m_bannerShow; // re-shows the banner in a new language
    std::function<QString()> m_quotaText; // likewise for the connection status
    bool m_loading = false; // true while loadUpdate() fills the form
    bool m_closeConfirmed = false; // the agent chose to close while sending
};
