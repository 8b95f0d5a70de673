#pragma once

#include "core/model/connectionsettings.h"
#include "core/model/validator.h"
#include "core/net/apiresult.h"
#include "core/profiles/connectionprofile.h"
#include "core/profiles/profilestore.h"
#include "core/profiles/secretstore.h"
#include "gui/widgets/messagebanner.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>
#include <functional>
#include <memory>

class ApiJob;
class CasesClient;
class FieldMarker;
class ProfileMenu;
class QTimer;
class Settings;
class WrappingRows;

namespace Ui {
class ConnectionBar;
}

// Where updates go: profile, server, operation and token, the connection test and the quota it reports.
// With profiles, the connection is the current profile's and its token lives in the keychain. Its groups
// (profile, server, operation, token, test) wrap into as many rows as the width needs, each field keeping
// room for what it must show.
class ConnectionBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionBar)

public:
    explicit ConnectionBar(QWidget *parent = nullptr);
    ~ConnectionBar() override;

    // `settings` and `client` are the caller's and must outlive the bar; call once, first.
    void setup(Settings *settings, CasesClient *client);
    // Connection profiles and their tokens (the caller's; must outlive the bar). Without them the bar uses
    // Settings' connection settings and keeps the token for the session only.
    void setProfiles(ProfileStore *profiles, SecretStore *secrets);
    ProfileStore *profiles() const { return m_profiles; }
    // The current profile; an empty one without profiles.
    ConnectionProfile currentProfile() const;

    void setServer(const QString &server);
    void setOperation(const QString &operation);
    // A token handed in (WOLKVOX_TOKEN) is for this session: only a typed one goes to the keychain.
    void setToken(const QString &token);
    QString token() const;
    QString operation() const;
    // The server as it would be sent: normalised when it can be, else as typed.
    QString server() const;
    // Writes server and operation into `update`.
    void fillUpdate(CaseUpdate *update) const;
    ConnectionSettings connectionSettings() const;

    // Server, operation and token problems; Test connection waits for a complete connection.
    void showIssues(const QList<ValidationIssue> &issues);
    bool focusField(const QString &wireName);
    QWidget *firstField() const;
    QWidget *lastField() const;
    // The first field of the connection that has a problem, or null when it is complete.
    QWidget *firstIncompleteField() const;
    // The current profile's token is being read from the keychain (tokenReadFinished() follows).
    bool isReadingToken() const { return m_readingToken; }

    void normaliseServer();
    void refreshServers();
    // The token typed for the current profile goes to the keychain now, not after the typing pause.
    void flushToken();

    void testConnection();
    void cancelTest();
    bool isTesting() const { return !m_testJob.isNull(); }

    // Rows the groups take at the current width (1 when everything fits on one line).
    int rowCount() const;

Q_SIGNALS:
    void changed(); // server, operation or token edited
    void operationChanged(const QString &operation);
    // Another profile is current and its connection is in the bar; its token may follow later.
    void profileApplied(const ConnectionProfile &profile);
    // The keychain answered the read isReadingToken() waited for; `applied`: its token is now in the field
    // (false when none was stored, or the agent had started typing one).
    void tokenReadFinished(bool applied);
    void connectionTested(const ApiResult &result);
    void message(MessageBanner::Kind kind, const MessageBanner::Render &render, const QString &topic);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<QWidget *> fields() const;
    void applyFieldWidths();
    void arrangeRows();
    void showQuota();
    void retranslate();
    void refreshProfileCombo();
    void applyProfile();
    void storeConnectionInProfile();
    void saveToken();
    void showTokenStorage(bool persistent);
    void onConnectionTested(const ApiResult &result);

    std::unique_ptr<Ui::ConnectionBar> m_ui;
    Settings *m_settings = nullptr;
    CasesClient *m_client = nullptr;
    FieldMarker *m_marker;
    // Watched: a store that goes away before the window (a test's, a closing app's) is simply forgotten.
    QPointer<ProfileStore> m_profiles;
    QPointer<SecretStore> m_secrets;
    ProfileMenu *m_profileMenu = nullptr;
    QTimer *m_tokenTimer;
    QPointer<ApiJob> m_testJob;
    QStringList m_serverNotices;
    std::function<QString()> m_quotaText; // the connection status, in the current language
    QDateTime m_quotaRestart; // when the CRM said the daily count restarts; invalid when unknown
    std::unique_ptr<WrappingRows> m_rows; // the groups, in as many rows as the width needs
    QList<ValidationIssue> m_issues; // shown again once a new language has reset the fields' tooltips
    bool m_applyingToken = false; // the token field is being filled from the keychain, not typed
    bool m_readingToken = false;
};
