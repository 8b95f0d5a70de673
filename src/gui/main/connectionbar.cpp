#include "gui/main/connectionbar.h"

#include "core/global.h"
#include "core/model/casefield.h"
#include "core/net/apijob.h"
#include "core/net/casesclient.h"
#include "core/net/serveraddress.h"
#include "core/net/tokeninformation.h"
#include "core/profiles/profilestore.h"
#include "core/profiles/secretstore.h"
#include "core/profiles/settings.h"
#include "gui/main/profilemenu.h"
#include "gui/widgets/completionkeys.h"
#include "gui/widgets/fieldmarker.h"
#include "gui/widgets/fieldwidth.h"
#include "gui/widgets/icons.h"
#include "gui/widgets/wrappingrows.h"
#include "ui_connectionbar.h"

#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QLocale>
#include <QScopedValueRollback>
#include <QTimer>
#include <utility>

namespace {
// A banner about the connection goes once the connection works again.
const QString ConnectionTopic = u"connection"_s;

// What each field must show whole, in average characters: a host such as crm0001.wolkvox.com with room
// to spare, an operation name, enough of a token to see it is there. The profile combo fits its longest
// name up to a cap, so one very long name cannot push the rest of the bar off a small screen.
constexpr int ServerCharacters = 22;
constexpr int OperationCharacters = 14;
constexpr int TokenCharacters = 12;
constexpr int MaxProfileCharacters = 28;
} // namespace

ConnectionBar::ConnectionBar(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConnectionBar>())
    , m_marker(new FieldMarker(this))
    , m_tokenTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->testConnectionButton->setIcon(Icons::icon(Icons::Id::TestConnection));
    m_ui->serverNoticeLabel->hide();
    m_ui->tokenEdit->setClearButtonEnabled(false);
    m_ui->serverCombo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->serverCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    // Shown once setProfiles() hands in the stores.
    m_ui->profileLabel->hide();
    m_ui->profileCombo->hide();
    m_ui->profileMenuButton->hide();
    m_ui->tokenStorageLabel->hide();

    QLineEdit *serverEdit = m_ui->serverCombo->lineEdit();
    connect(serverEdit, &QLineEdit::editingFinished, this, &ConnectionBar::normaliseServer);
    connect(serverEdit, &QLineEdit::textEdited, this, [this] {
        m_serverNotices.clear();
        m_ui->serverNoticeLabel->hide();
    });
    connect(m_ui->serverCombo, &QComboBox::currentTextChanged, this, &ConnectionBar::changed);
    connect(m_ui->operationEdit, &QLineEdit::textChanged, this, [this] {
        Q_EMIT operationChanged(operation());
        Q_EMIT changed();
    });
    connect(m_ui->tokenEdit, &QLineEdit::textChanged, this, [this] {
        m_quotaText = nullptr;
        m_quotaRestart = {};
        showQuota();
        Q_EMIT changed();
    });
    connect(m_ui->showTokenButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->tokenEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        retranslate();
    });
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, &ConnectionBar::testConnection);

    m_tokenTimer->setSingleShot(true);
    m_tokenTimer->setInterval(600);
    connect(m_tokenTimer, &QTimer::timeout, this, &ConnectionBar::saveToken);
    m_marker->captureToolTips(fields());

    // Alt+letter and Tab close the server's completion list instead of being swallowed by it.
    CompletionKeys::install();
    const QList<QWidget *> groups
        = {m_ui->profileGroup, m_ui->serverGroup, m_ui->operationGroup, m_ui->tokenGroup, m_ui->testGroup};
    m_rows = std::make_unique<WrappingRows>(m_ui->connectionBarLayout, 0,
                                            QList<QHBoxLayout *>{m_ui->connectionRow, m_ui->connectionRow2},
                                            groups, u"connectionRow"_s);
    m_rows->setStretch(m_ui->profileGroup, 2);
    m_rows->setStretch(m_ui->serverGroup, 4);
    m_rows->setStretch(m_ui->operationGroup, 3);
    m_rows->setStretch(m_ui->tokenGroup, 3);
    for (QWidget *group : groups)
        group->installEventFilter(this); // a group that needs more or less room rearranges the rows
    applyFieldWidths();
    retranslate();
}

ConnectionBar::~ConnectionBar() = default;

int ConnectionBar::rowCount() const
{
    return m_rows->rowCount();
}

void ConnectionBar::setup(Settings *settings, CasesClient *client)
{
    m_settings = settings;
    m_client = client;
    refreshServers();
    m_ui->serverCombo->setCurrentText(settings->lastServer());
    m_ui->operationEdit->setText(settings->lastOperation());
}

QList<QWidget *> ConnectionBar::fields() const
{
    return {m_ui->serverCombo, m_ui->operationEdit, m_ui->tokenEdit};
}

QWidget *ConnectionBar::firstField() const
{
    return m_ui->profileCombo->isVisible() ? static_cast<QWidget *>(m_ui->profileCombo)
                                           : static_cast<QWidget *>(m_ui->serverCombo);
}

QWidget *ConnectionBar::lastField() const
{
    return m_ui->testConnectionButton;
}

// ---------------------------------------------------------------------------------------------- profiles

ConnectionProfile ConnectionBar::currentProfile() const
{
    if (m_profiles && m_profiles->contains(m_profiles->currentId()))
        return m_profiles->current();
    return {};
}

ConnectionSettings ConnectionBar::connectionSettings() const
{
    if (m_profiles && m_profiles->contains(m_profiles->currentId()))
        return m_profiles->current().connectionSettings();
    return m_settings ? m_settings->connectionSettings() : ConnectionSettings();
}

void ConnectionBar::setProfiles(ProfileStore *profiles, SecretStore *secrets)
{
    Q_ASSERT(profiles && secrets && !m_profiles);
    m_profiles = profiles;
    m_secrets = secrets;
    connect(m_ui->tokenEdit, &QLineEdit::textChanged, this, [this] {
        if (!m_applyingToken)
            m_tokenTimer->start();
    });
    connect(m_ui->tokenEdit, &QLineEdit::editingFinished, this, &ConnectionBar::flushToken);
    connect(m_ui->operationEdit, &QLineEdit::editingFinished, this, &ConnectionBar::storeConnectionInProfile);
    connect(m_ui->serverCombo->lineEdit(), &QLineEdit::editingFinished, this,
            &ConnectionBar::storeConnectionInProfile);
    connect(m_profiles, &ProfileStore::profilesChanged, this, &ConnectionBar::refreshProfileCombo);
    connect(m_profiles, &ProfileStore::currentChanged, this, &ConnectionBar::applyProfile);
    connect(m_profiles, &ProfileStore::saveFailed, this, [this](const QString &message) {
        Q_EMIT this->message(
            MessageBanner::Kind::Error,
            [message] {
                return MessageBanner::Content{tr("The profiles could not be saved"), message};
            },
            {});
    });
    connect(m_ui->profileCombo, &QComboBox::activated, this, [this](int index) {
        flushToken(); // the token typed for the previous profile stays with it
        m_profiles->setCurrent(m_ui->profileCombo->itemData(index).toString());
    });
    connect(m_secrets, &SecretStore::persistenceChanged, this, &ConnectionBar::showTokenStorage);

    m_profileMenu = new ProfileMenu(m_ui->profileMenuButton, profiles, m_settings, [this] {
        ConnectionProfile profile = currentProfile();
        profile.server = server();
        profile.operation = operation();
        return profile;
    });
    connect(m_profileMenu, &ProfileMenu::aboutToLeaveProfile, this, &ConnectionBar::flushToken);
    connect(m_profileMenu, &ProfileMenu::removingCurrentProfile, m_tokenTimer, &QTimer::stop);
    connect(m_profileMenu, &ProfileMenu::message, this,
            [this](MessageBanner::Kind kind, const MessageBanner::Render &render) {
                Q_EMIT message(kind, render, {});
            });
    m_ui->profileLabel->show();
    m_ui->profileCombo->show();
    m_ui->profileMenuButton->show();
    refreshProfileCombo();
    arrangeRows();
    applyProfile();
    showTokenStorage(m_secrets->isPersistent());
    m_secrets->probe(this);
}

void ConnectionBar::refreshProfileCombo()
{
    const QSignalBlocker blocker(m_ui->profileCombo);
    m_ui->profileCombo->clear();
    for (const ConnectionProfile &profile : m_profiles->profiles())
        m_ui->profileCombo->addItem(profile.displayName(), profile.id);
    m_ui->profileCombo->setCurrentIndex(m_ui->profileCombo->findData(m_profiles->currentId()));
}

void ConnectionBar::applyProfile()
{
    const ConnectionProfile profile = m_profiles->current();
    refreshProfileCombo();
    if (profile.id.isEmpty())
        return;
    setServer(profile.server);
    setOperation(profile.operation);
    m_tokenTimer->stop();
    {
        const QScopedValueRollback guard(m_applyingToken, true);
        m_ui->tokenEdit->clear();
    }
    m_readingToken = true;
    m_secrets->readToken(profile.id, this, [this, id = profile.id](const SecretStore::Result &result) {
        // Only if the agent is still on that profile and has not started typing.
        const bool apply = result.ok() && m_profiles->currentId() == id && m_ui->tokenEdit->text().isEmpty();
        if (apply) {
            const QScopedValueRollback guard(m_applyingToken, true);
            m_ui->tokenEdit->setText(result.token);
        }
        if (m_profiles->currentId() == id && std::exchange(m_readingToken, false))
            Q_EMIT tokenReadFinished(apply);
    });
    Q_EMIT profileApplied(profile);
}

void ConnectionBar::storeConnectionInProfile()
{
    if (!m_profiles || !m_profiles->contains(m_profiles->currentId()))
        return;
    ConnectionProfile profile = m_profiles->current();
    if (profile.server == server() && profile.operation == operation())
        return;
    profile.server = server();
    profile.operation = operation();
    m_profiles->update(profile);
}

void ConnectionBar::flushToken()
{
    if (m_tokenTimer->isActive())
        saveToken();
}

void ConnectionBar::saveToken()
{
    m_tokenTimer->stop();
    if (!m_profiles)
        return;
    const QString id = m_profiles->currentId();
    if (id.isEmpty())
        return;
    const QString typed = token();
    if (typed.isEmpty())
        m_secrets->removeToken(id, this);
    else
        m_secrets->writeToken(id, typed, this);
}

void ConnectionBar::showTokenStorage(bool persistent)
{
    m_ui->tokenStorageLabel->setVisible(!persistent);
    m_ui->tokenStorageLabel->setText(
        persistent ? QString()
                   : tr("No keychain is available: the token is kept only until Casedesk closes."));
    if (!persistent && !m_secrets->memoryOnlyReason().isEmpty())
        m_ui->tokenStorageLabel->setToolTip(m_secrets->memoryOnlyReason());
}

// ---------------------------------------------------------------------------------------------- fields

void ConnectionBar::setServer(const QString &server)
{
    m_ui->serverCombo->setCurrentText(server);
    normaliseServer();
}

void ConnectionBar::setOperation(const QString &operation)
{
    m_ui->operationEdit->setText(operation.trimmed());
}

void ConnectionBar::setToken(const QString &token)
{
    const QScopedValueRollback guard(m_applyingToken, true);
    m_ui->tokenEdit->setText(token.trimmed());
}

QString ConnectionBar::token() const
{
    return m_ui->tokenEdit->text().trimmed();
}

QString ConnectionBar::operation() const
{
    return m_ui->operationEdit->text().trimmed();
}

QString ConnectionBar::server() const
{
    const QString text = m_ui->serverCombo->currentText().trimmed();
    const ServerAddress address = ServerAddress::parse(text);
    return address.isValid() ? address.displayString() : text;
}

void ConnectionBar::fillUpdate(CaseUpdate *update) const
{
    update->server = server();
    update->operation = operation();
}

void ConnectionBar::normaliseServer()
{
    const QString text = m_ui->serverCombo->currentText().trimmed();
    if (text.isEmpty())
        return;
    const ServerAddress address = ServerAddress::parse(text);
    if (!address.isValid())
        return; // listed as a problem by the window's validation
    m_serverNotices = address.notices();
    if (address.displayString() != text)
        m_ui->serverCombo->setCurrentText(address.displayString());
    m_ui->serverNoticeLabel->setText(m_serverNotices.join(u' '));
    m_ui->serverNoticeLabel->setVisible(!m_serverNotices.isEmpty());
}

void ConnectionBar::refreshServers()
{
    QStringList servers;
    const QString last = m_settings->lastServer();
    if (!last.isEmpty())
        servers.append(last);
    for (const QString &host : ServerAddress::knownHosts()) {
        if (!servers.contains(host, Qt::CaseInsensitive))
            servers.append(host);
    }
    QComboBox *combo = m_ui->serverCombo;
    const QString text = combo->currentText();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItems(servers);
    combo->setCurrentIndex(combo->findText(text, Qt::MatchFixedString));
    combo->setEditText(text);
}

void ConnectionBar::showIssues(const QList<ValidationIssue> &issues)
{
    m_issues = issues;
    const QWidgetList widgets{m_ui->serverCombo, m_ui->tokenEdit, m_ui->operationEdit};
    const QStringList names{CaseFields::wireName(CaseField::Server), CaseFields::wireName(CaseField::Token),
                            CaseFields::wireName(CaseField::Operation)};
    bool complete = !isTesting();
    for (qsizetype i = 0; i < widgets.size(); ++i) {
        QStringList messages;
        bool highlight = false;
        for (const ValidationIssue &issue : issues) {
            if (issue.field != names.at(i))
                continue;
            messages.append(issue.message);
            highlight = highlight || issue.rule != Rules::Required;
            complete = false;
        }
        m_marker->mark(widgets.at(i), messages, highlight);
    }
    m_ui->testConnectionButton->setEnabled(complete);
}

QWidget *ConnectionBar::firstIncompleteField() const
{
    for (const ValidationIssue &issue : m_issues) {
        switch (CaseFields::fromWireName(issue.field).value_or(CaseField::Form)) {
        case CaseField::Server:
            return m_ui->serverCombo;
        case CaseField::Operation:
            return m_ui->operationEdit;
        case CaseField::Token:
            return m_ui->tokenEdit;
        default:
            break;
        }
    }
    return nullptr;
}

bool ConnectionBar::focusField(const QString &wireName)
{
    QWidget *widget = nullptr;
    switch (CaseFields::fromWireName(wireName).value_or(CaseField::Form)) {
    case CaseField::Server:
        widget = m_ui->serverCombo;
        break;
    case CaseField::Operation:
        widget = m_ui->operationEdit;
        break;
    case CaseField::Token:
        widget = m_ui->tokenEdit;
        break;
    default:
        return false;
    }
    widget->setFocus(Qt::ShortcutFocusReason);
    return true;
}

// ---------------------------------------------------------------------------------------------- test

void ConnectionBar::testConnection()
{
    if (m_testJob || !m_client)
        return;
    m_testJob = m_client->tokenInformation(server(), operation(), token(), connectionSettings());
    connect(m_testJob, &ApiJob::finished, this, &ConnectionBar::onConnectionTested);
    m_quotaText = [] {
        //: The connection status while Test connection waits for the CRM
        return tr("Checking…");
    };
    m_quotaRestart = {};
    showQuota();
    m_ui->testConnectionButton->setEnabled(false);
}

void ConnectionBar::cancelTest()
{
    if (m_testJob)
        m_testJob->cancel();
}

void ConnectionBar::onConnectionTested(const ApiResult &result)
{
    if (ApiJob *job = std::exchange(m_testJob, nullptr))
        job->deleteLater();
    const TokenInformation info = TokenInformation::fromData(result.data);
    if (result.isSuccess()) {
        m_quotaText = [info] {
            if (!info.isKnown())
                return tr("Connected; the CRM did not report the quota.");
            //: The connection status after Test connection. %n calls are left of the daily limit %1.
            return tr("Connected · %Ln of %1 calls left today", nullptr, int(info.remaining()))
                .arg(QLocale().toString(info.limit));
        };
    } else {
        //: The connection status after a failed Test connection
        m_quotaText = [] { return tr("Not connected"); };
        Q_EMIT message(
            MessageBanner::Kind::Error,
            [result] {
                return MessageBanner::Content{tr("Connection test failed"), result.explanation()};
            },
            ConnectionTopic);
    }
    // A clock time rather than "in 6.4 hours": no decimal plural, and it stays true while it is shown.
    m_quotaRestart = result.isSuccess() && info.hoursToRestart >= 0
        ? QDateTime::currentDateTime().addSecs(qint64(info.hoursToRestart * 3600))
        : QDateTime();
    showQuota();
    showIssues(m_issues);
    Q_EMIT connectionTested(result);
}

// ---------------------------------------------------------------------------------------------- language

void ConnectionBar::retranslate()
{
    const bool shown = m_ui->showTokenButton->isChecked();
    //: The button beside the token field while the token is shown: hides it again
    const QString hide = tr("Hide");
    //: The button beside the token field while the token is hidden: shows it
    const QString show = tr("Show");
    m_ui->showTokenButton->setText(shown ? hide : show);
    m_ui->showTokenButton->setAccessibleName(shown ? tr("Hide token") : tr("Show token"));
    showQuota();
    if (m_secrets && !m_secrets->isPersistent())
        showTokenStorage(false);
    if (m_profileMenu)
        m_profileMenu->retranslate();
}

void ConnectionBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    switch (event->type()) {
    case QEvent::LanguageChange:
        m_ui->retranslateUi(this);
        m_marker->captureToolTips(fields());
        retranslate();
        if (m_profiles)
            refreshProfileCombo(); // the built-in profile's name follows the language
        showIssues(m_issues);
        arrangeRows();
        break;
    case QEvent::FontChange:
    case QEvent::StyleChange:
        applyFieldWidths();
        arrangeRows();
        break;
    default:
        break;
    }
}

void ConnectionBar::showQuota()
{
    m_ui->quotaLabel->setText(m_quotaText ? m_quotaText() : QString());
    m_ui->quotaLabel->setToolTip(
        m_quotaRestart.isValid()
            //: Tooltip of the connection status; %1 is a time of day (or a date and time)
            ? tr("The daily count of calls restarts at %1.")
                  .arg(m_quotaRestart.date() == QDate::currentDate()
                           ? QLocale().toString(m_quotaRestart.time(), QLocale::ShortFormat)
                           : QLocale().toString(m_quotaRestart, QLocale::ShortFormat))
            : QString());
}

// ---------------------------------------------------------------------------------------------- layout

void ConnectionBar::applyFieldWidths()
{
    m_ui->serverCombo->setMinimumWidth(FieldWidth::forCharacters(m_ui->serverCombo, ServerCharacters));
    m_ui->operationEdit->setMinimumWidth(FieldWidth::forCharacters(m_ui->operationEdit, OperationCharacters));
    m_ui->tokenEdit->setMinimumWidth(FieldWidth::forCharacters(m_ui->tokenEdit, TokenCharacters));
    m_ui->profileCombo->setMaximumWidth(FieldWidth::forCharacters(m_ui->profileCombo, MaxProfileCharacters));
}

void ConnectionBar::arrangeRows()
{
    // A group alone in a row is as narrow as the bar can be, so the window can shrink to the widest group.
    setMinimumWidth(m_rows->arrange(contentsRect().width()));
}

void ConnectionBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeRows();
}

bool ConnectionBar::eventFilter(QObject *watched, QEvent *event)
{
    // A label retranslated, a longer connection status, a profile renamed: the group's room changed.
    if (event->type() == QEvent::LayoutRequest)
        QMetaObject::invokeMethod(this, &ConnectionBar::arrangeRows, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}
