#include "gui/main/mainwindow.h"

#include "gui/dialogs/aboutdialog.h"

#include "core/batch/batchimport.h"
#include "core/batch/batchstore.h"
#include "core/csv/customfieldparser.h"
#include "core/global.h"
#include "core/history/filehasher.h"
#include "core/history/historystore.h"
#include "core/net/apijob.h"
#include "core/net/casesclient.h"
#include "core/net/serveraddress.h"
#include "core/net/tokeninformation.h"
#include "core/profiles/draftstore.h"
#include "core/profiles/profilestore.h"
#include "core/profiles/secretstore.h"
#include "core/profiles/settings.h"
#include "core/translations.h"
#include "gui/batch/batchwindow.h"
#include "gui/dialogs/settingsdialog.h"
#include "gui/history/historymodel.h"
#include "gui/history/historypane.h"
#include "gui/main/attachmentsmodel.h"
#include "gui/main/customfieldsmodel.h"
#include "gui/widgets/icons.h"
#include "gui/widgets/palette.h"
#include "gui/widgets/textwrap.h"
#include "ui_mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QScopedValueRollback>
#include <QScreen>
#include <QSet>
#include <QStandardPaths>
#include <QStringListModel>
#include <QTimer>
#include <QToolTip>
#include <algorithm>
#include <utility>

namespace {
const QString TokenField = u"token"_s;

// The order the form shows its fields in; problems are listed in this order too.
const QStringList &fieldOrder()
{
    static const QStringList order{u"server"_s,    TokenField,       u"operation"_s, u"wolkvox-id"_s,
                                   u"case-type"_s, u"responsible"_s, u"status"_s,    u"priority"_s,
                                   u"solution"_s,  u"form"_s,        u"file"_s};
    return order;
}

QString rateText(qint64 bytes, qint64 elapsedMs)
{
    const qint64 perSecond = elapsedMs > 0 ? bytes * 1000 / elapsedMs : 0;
    return QLocale().formattedDataSize(perSecond, 1);
}
} // namespace

MainWindow::MainWindow(QNetworkAccessManager *network, Settings *settings, HistoryStore *history,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_settings(settings)
    , m_history(history)
    , m_client(new CasesClient(network, this))
    , m_customFields(new CustomFieldsModel(this))
    , m_attachments(new AttachmentsModel(this))
    , m_responsibles(new QStringListModel(this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_draftTimer(new QTimer(this))
{
    Q_ASSERT(settings && history);
    m_ui->setupUi(this);
    setWindowIcon(Icons::icon(Icons::Id::Application));
    setAcceptDrops(true);

    m_ui->historyPane->setStore(m_history);
    connect(m_ui->historyPane, &HistoryPane::loadRequested, this,
            [this](const HistoryEntry &entry) { loadUpdate(entry.update); });
    connect(m_ui->historyPane, &HistoryPane::currentEntryChanged, this, &MainWindow::updateActionStates);
    connect(m_ui->actionLoadIntoForm, &QAction::triggered, m_ui->historyPane, &HistoryPane::loadCurrent);

    setupActions();
    setupConnection();
    setupCaseForm();
    setupCustomFields();
    setupAttachments();
    setupTabOrder();
    alignHeadings();
    captureDefaultToolTips();

    m_ui->banner->hide();
    setSending(false);
    restoreLayout();
    retranslate();
    watchHistoryStore();

    // Shown once setProfiles() hands in the stores.
    m_ui->profileLabel->hide();
    m_ui->profileCombo->hide();
    m_ui->profileMenuButton->hide();
    m_ui->tokenStorageLabel->hide();

    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(800);
    connect(m_draftTimer, &QTimer::timeout, this, &MainWindow::saveDraft);
    markFormClean();
}

// ---------------------------------------------------------------------------------------------- profiles

ConnectionSettings MainWindow::connectionSettings() const
{
    if (m_profiles && m_profiles->contains(m_profiles->currentId()))
        return m_profiles->current().connectionSettings();
    return m_settings->connectionSettings();
}

void MainWindow::setProfiles(ProfileStore *profiles, SecretStore *secrets)
{
    Q_ASSERT(profiles && secrets && !m_profiles);
    m_profiles = profiles;
    m_secrets = secrets;
    m_tokenTimer = new QTimer(this);
    m_tokenTimer->setSingleShot(true);
    m_tokenTimer->setInterval(600);
    connect(m_tokenTimer, &QTimer::timeout, this, &MainWindow::saveToken);
    connect(m_ui->tokenEdit, &QLineEdit::textChanged, this, [this] {
        if (!m_applyingToken)
            m_tokenTimer->start();
    });
    connect(m_ui->tokenEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_tokenTimer->isActive())
            saveToken();
    });
    connect(m_ui->operationEdit, &QLineEdit::editingFinished, this, &MainWindow::storeConnectionInProfile);
    connect(m_ui->serverCombo->lineEdit(), &QLineEdit::editingFinished, this,
            &MainWindow::storeConnectionInProfile);
    connect(m_profiles, &ProfileStore::profilesChanged, this, &MainWindow::refreshProfileCombo);
    connect(m_profiles, &ProfileStore::currentChanged, this, &MainWindow::applyProfile);
    connect(m_profiles, &ProfileStore::saveFailed, this, [this](const QString &message) {
        m_ui->banner->show(MessageBanner::Kind::Error, [message] {
            return MessageBanner::Content{tr("The profiles could not be saved"), message};
        });
    });
    connect(m_ui->profileCombo, &QComboBox::activated, this, [this](int index) {
        if (m_tokenTimer->isActive())
            saveToken(); // the token typed for the previous profile stays with it
        m_profiles->setCurrent(m_ui->profileCombo->itemData(index).toString());
    });
    connect(m_secrets, &SecretStore::persistenceChanged, this, &MainWindow::showTokenStorage);
    m_ui->profileLabel->show();
    m_ui->profileCombo->show();
    m_ui->profileMenuButton->show();
    setupProfileMenu();
    refreshProfileCombo();
    applyProfile();
    showTokenStorage(m_secrets->isPersistent());
    m_secrets->probe(this);
}

void MainWindow::setupProfileMenu()
{
    auto *menu = new QMenu(m_ui->profileMenuButton);
    menu->setObjectName(u"profileMenu"_s);
    const auto add = [this, menu](const QString &name, void (MainWindow::*slot)()) {
        QAction *action = menu->addAction(QString());
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    add(u"newProfileAction"_s, &MainWindow::newProfile);
    add(u"renameProfileAction"_s, &MainWindow::renameProfile);
    add(u"removeProfileAction"_s, &MainWindow::removeProfile);
    menu->addSeparator();
    add(u"importProfilesAction"_s, &MainWindow::importProfiles);
    add(u"exportProfilesAction"_s, &MainWindow::exportProfiles);
    m_ui->profileMenuButton->setMenu(menu);
    retranslateProfileMenu();
}

void MainWindow::retranslateProfileMenu()
{
    const auto setText = [this](const QString &name, const QString &text) {
        if (auto *action = findChild<QAction *>(name))
            action->setText(text);
    };
    setText(u"newProfileAction"_s, tr("&New profile…"));
    setText(u"renameProfileAction"_s, tr("&Rename…"));
    setText(u"removeProfileAction"_s, tr("Re&move"));
    setText(u"importProfilesAction"_s, tr("&Import…"));
    setText(u"exportProfilesAction"_s, tr("&Export…"));
    if (m_secrets && !m_secrets->isPersistent())
        showTokenStorage(false);
}

void MainWindow::refreshProfileCombo()
{
    const QSignalBlocker blocker(m_ui->profileCombo);
    m_ui->profileCombo->clear();
    for (const ConnectionProfile &profile : m_profiles->profiles())
        m_ui->profileCombo->addItem(profile.name, profile.id);
    m_ui->profileCombo->setCurrentIndex(m_ui->profileCombo->findData(m_profiles->currentId()));
    if (auto *remove = findChild<QAction *>(u"removeProfileAction"_s))
        remove->setEnabled(m_profiles->count() > 1);
}

void MainWindow::applyProfile()
{
    const ConnectionProfile profile = m_profiles->current();
    refreshProfileCombo();
    if (profile.id.isEmpty())
        return;
    // A profile's defaults are not the agent's edits: a clean form stays clean.
    const bool wasClean = !hasUnsentChanges();
    setServer(profile.server);
    setOperation(profile.operation);
    applyProfileDefaults();
    if (wasClean)
        markFormClean();
    m_tokenTimer->stop();
    {
        const QScopedValueRollback guard(m_applyingToken, true);
        m_ui->tokenEdit->clear();
    }
    m_secrets->readToken(profile.id, this, [this, id = profile.id](const SecretStore::Result &result) {
        // Only if the agent is still on that profile and has not started typing.
        if (!result.ok() || m_profiles->currentId() != id || !m_ui->tokenEdit->text().isEmpty())
            return;
        const QScopedValueRollback guard(m_applyingToken, true);
        m_ui->tokenEdit->setText(result.token);
    });
    revalidate();
}

void MainWindow::applyProfileDefaults()
{
    if (!m_profiles)
        return;
    const ConnectionProfile profile = m_profiles->current();
    // Defaults fill only what the agent has not typed.
    if (m_ui->caseTypeCombo->currentText().isEmpty())
        m_ui->caseTypeCombo->setCurrentText(profile.defaultCaseType);
    if (m_ui->statusCombo->currentText().isEmpty())
        m_ui->statusCombo->setCurrentText(profile.defaultStatus);
    if (m_ui->priorityCombo->currentText().isEmpty())
        m_ui->priorityCombo->setCurrentText(profile.defaultPriority);
}

void MainWindow::storeConnectionInProfile()
{
    if (!m_profiles || !m_profiles->contains(m_profiles->currentId()))
        return;
    ConnectionProfile profile = m_profiles->current();
    const CaseUpdate update = currentUpdate();
    if (profile.server == update.server && profile.operation == update.operation)
        return;
    profile.server = update.server;
    profile.operation = update.operation;
    m_profiles->update(profile);
}

void MainWindow::saveToken()
{
    m_tokenTimer->stop();
    const QString id = m_profiles->currentId();
    if (id.isEmpty())
        return;
    const QString token = m_ui->tokenEdit->text().trimmed();
    if (token.isEmpty())
        m_secrets->removeToken(id, this);
    else
        m_secrets->writeToken(id, token, this);
}

void MainWindow::showTokenStorage(bool persistent)
{
    m_ui->tokenStorageLabel->setVisible(!persistent);
    m_ui->tokenStorageLabel->setText(
        persistent ? QString()
                   : tr("No keychain is available: the token is kept only until Casedesk closes."));
    if (!persistent && !m_secrets->memoryOnlyReason().isEmpty())
        m_ui->tokenStorageLabel->setToolTip(m_secrets->memoryOnlyReason());
}

void MainWindow::askProfileName(const QString &objectName, const QString &title, const QString &label,
                                const QString &name, std::function<void(const QString &)> accepted)
{
    // Window-modal without a nested event loop, like every other dialog of the window.
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setTextValue(name);
    connect(dialog, &QInputDialog::textValueSelected, this, [accepted](const QString &text) {
        if (const QString trimmed = text.trimmed(); !trimmed.isEmpty())
            accepted(trimmed);
    });
    dialog->open();
    // A profile needs a name: OK waits for one.
    if (auto *buttons = dialog->findChild<QDialogButtonBox *>()) {
        QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
        const auto update = [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); };
        connect(dialog, &QInputDialog::textValueChanged, ok, update);
        update(name);
    }
}

void MainWindow::newProfile()
{
    askProfileName(u"newProfileDialog"_s, tr("New profile"), tr("Name of the new profile:"), QString(),
                   [this](const QString &name) {
                       // Starts as a copy of the current connection, without its token.
                       ConnectionProfile profile = m_profiles->current();
                       profile.name = name;
                       const CaseUpdate update = currentUpdate();
                       profile.server = update.server;
                       profile.operation = update.operation;
                       if (m_tokenTimer->isActive())
                           saveToken(); // a token still being typed belongs to the profile it was typed for
                       m_profiles->setCurrent(m_profiles->add(profile));
                   });
}

void MainWindow::renameProfile()
{
    const ConnectionProfile profile = m_profiles->current();
    if (profile.id.isEmpty())
        return;
    askProfileName(u"renameProfileDialog"_s, tr("Rename profile"), tr("New name:"), profile.name,
                   [this, id = profile.id](const QString &name) { m_profiles->rename(id, name); });
}

void MainWindow::removeProfile()
{
    const ConnectionProfile profile = m_profiles->current();
    if (profile.id.isEmpty() || m_profiles->count() < 2)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove profile"),
                                tr("Remove the profile “%1” and its saved token?").arg(profile.name),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"removeProfileBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Its server, operation, settings and form defaults are forgotten; the "
                               "history of its updates stays."));
    QPushButton *remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    remove->setObjectName(u"removeProfileButton"_s);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    connect(remove, &QPushButton::clicked, this, [this, id = profile.id] {
        if (m_tokenTimer->isActive() && m_profiles->currentId() == id)
            m_tokenTimer->stop(); // the token being typed goes with the profile
        m_profiles->remove(id); // the store removes the token too
    });
    box->open();
}

void MainWindow::importProfiles()
{
    auto *dialog = new QFileDialog(this, tr("Import profiles"));
    dialog->setObjectName(u"importProfilesDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Profiles (*.json)"), tr("All files (*)")});
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::importProfilesFrom);
    dialog->open();
}

void MainWindow::importProfilesFrom(const QString &fileName)
{
    const ProfileStore::ImportResult result = m_profiles->importFromFile(fileName);
    const int count = int(result.importedIds.size());
    const MessageBanner::Kind kind = count == 0 ? MessageBanner::Kind::Error
        : result.ok()                           ? MessageBanner::Kind::Success
                                                : MessageBanner::Kind::Warning;
    m_ui->banner->show(kind, [result, count] {
        // Each remark is a sentence of its own, one per line.
        QStringList lines = result.problems;
        if (count > 0)
            lines.append(tr("Enter the token of each imported profile to use it."));
        const QString title = count == 0 ? tr("No profile was imported")
            : result.ok()                ? tr("Imported %n profile(s)", nullptr, count)
                                         : tr("Imported %n profile(s), with remarks", nullptr, count);
        return MessageBanner::Content{title, lines.join(u'\n')};
    });
}

void MainWindow::exportProfiles()
{
    auto *dialog = new QFileDialog(this, tr("Export profiles"));
    dialog->setObjectName(u"exportProfilesDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilters({tr("Profiles (*.json)"), tr("All files (*)")});
    dialog->setDefaultSuffix(u"json"_s);
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->selectFile(u"casedesk-profiles.json"_s);
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::exportProfilesTo);
    dialog->open();
}

void MainWindow::exportProfilesTo(const QString &fileName)
{
    const bool ok = m_profiles->exportToFile(fileName);
    m_ui->banner->show(
        ok ? MessageBanner::Kind::Success : MessageBanner::Kind::Error,
        [ok, fileName, count = m_profiles->count(), error = m_profiles->error()] {
            if (ok) {
                return MessageBanner::Content{
                    tr("Exported %n profile(s)", nullptr, count),
                    tr("Saved to %1, without tokens.").arg(QDir::toNativeSeparators(fileName))};
            }
            return MessageBanner::Content{tr("The profiles could not be exported"), error};
        });
}

// ---------------------------------------------------------------------------------------------- drafts

namespace {
// What a draft compares: the case, not the connection (server and operation belong to the profile).
CaseUpdate formPart(CaseUpdate update)
{
    update.server.clear();
    update.operation.clear();
    return update;
}
} // namespace

void MainWindow::setDraftStore(DraftStore *drafts)
{
    m_drafts = drafts;
}

void MainWindow::setDraftDelay(int milliseconds)
{
    m_draftTimer->setInterval(std::max(milliseconds, 0));
}

bool MainWindow::hasUnsentChanges() const
{
    return formPart(currentUpdate()) != m_cleanForm;
}

void MainWindow::markFormClean()
{
    m_cleanForm = formPart(currentUpdate());
}

void MainWindow::scheduleDraftSave()
{
    if (m_drafts && !m_loading)
        m_draftTimer->start();
}

void MainWindow::saveDraft()
{
    m_draftTimer->stop();
    if (!m_drafts || m_draftOffered)
        return;
    if (!hasUnsentChanges()) {
        if (m_drafts->hasDraft())
            m_drafts->clear();
        return;
    }
    Draft draft;
    draft.update = currentUpdate();
    if (m_profiles)
        draft.profileId = m_profiles->currentId();
    if (!m_drafts->save(draft)) {
        m_ui->banner->show(MessageBanner::Kind::Warning, [error = m_drafts->error()] {
            return MessageBanner::Content{tr("The draft could not be saved"), error};
        });
    }
}

void MainWindow::offerDraftRestore()
{
    if (!m_drafts || m_draftOffered)
        return;
    const std::optional<Draft> draft = m_drafts->load();
    if (!draft || draft->isEmpty())
        return;
    m_draftOffered = true;
    const QString when = QLocale().toString(draft->savedAt.toLocalTime(), QLocale::ShortFormat);
    auto *box
        = new QMessageBox(QMessageBox::Question, tr("Unsent case"),
                          tr("Restore the unsent case from %1?").arg(when), QMessageBox::NoButton, this);
    box->setObjectName(u"restoreDraftBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!draft->update.wolkvoxId.isEmpty())
        box->setInformativeText(
            tr("Case %1 was being edited when Casedesk stopped.").arg(draft->update.wolkvoxId));
    QPushButton *restore = box->addButton(tr("&Restore"), QMessageBox::AcceptRole);
    QPushButton *discard = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    restore->setObjectName(u"restoreDraftButton"_s);
    discard->setObjectName(u"discardDraftButton"_s);
    box->setDefaultButton(restore);
    connect(restore, &QPushButton::clicked, this,
            [this, update = draft->update, profileId = draft->profileId] {
                m_draftOffered = false;
                // Back to the profile the case was typed for, when it still exists.
                if (m_profiles && m_profiles->contains(profileId) && m_profiles->currentId() != profileId)
                    m_profiles->setCurrent(profileId);
                // The connection stays the window's (profile or command line); only the case comes back.
                CaseUpdate restored = update;
                restored.server = m_ui->serverCombo->currentText();
                restored.operation = m_ui->operationEdit->text();
                // Files attached while the question was open (dropped, or given to a second start) stay.
                for (const QString &path : m_attachments->paths()) {
                    if (!restored.attachments.contains(path))
                        restored.attachments.append(path);
                }
                loadUpdate(restored);
            });
    connect(discard, &QPushButton::clicked, this, [this] {
        m_draftOffered = false;
        m_drafts->clear();
        saveDraft(); // whatever was typed meanwhile is the draft now
    });
    box->open();
}

void MainWindow::watchHistoryStore()
{
    HistoryStore *database = m_history;
    connect(database, &HistoryStore::writeFailed, this, [this](const QString &message) {
        m_historyError = message; // an attempt in flight repeats it with its outcome
        m_ui->banner->show(MessageBanner::Kind::Error, [message] {
            return MessageBanner::Content{tr("The history could not be saved"), message};
        });
    });
    if (const int interrupted = database->interruptedOnOpen(); interrupted > 0) {
        m_ui->banner->show(MessageBanner::Kind::Warning, [interrupted] {
            return MessageBanner::Content{
                tr("Casedesk stopped while sending"),
                tr("%n update(s) never got an answer because Casedesk stopped. They are marked "
                   "“Interrupted — check the case” in the history: check those cases in the CRM.",
                   nullptr, interrupted)};
        });
    }
}

void MainWindow::setHistoryUnavailable(const QString &reason)
{
    m_ui->banner->show(MessageBanner::Kind::Warning, [reason] {
        return MessageBanner::Content{
            tr("The history is not being saved"), // Two sentences on two lines: the reason comes translated
                                                  // from the history store.
            reason + u'\n' + tr("This session's attempts are kept only until Casedesk closes.")};
    });
}

// ---------------------------------------------------------------------------------------------- batches

void MainWindow::setBatchStore(BatchStore *store)
{
    Q_ASSERT(!m_batchStore);
    m_batchStore = store;
}

BatchWindow *MainWindow::batchWindow() const
{
    return m_batchWindow;
}

BatchDefaults MainWindow::batchDefaults() const
{
    BatchDefaults defaults;
    const CaseUpdate update = currentUpdate();
    defaults.server = update.server;
    defaults.operation = update.operation;
    if (m_profiles && m_profiles->contains(m_profiles->currentId())) {
        const ConnectionProfile profile = m_profiles->current();
        defaults.caseType = profile.defaultCaseType;
        defaults.status = profile.defaultStatus;
        defaults.priority = profile.defaultPriority;
    }
    defaults.settings = connectionSettings();
    return defaults;
}

void MainWindow::showBatchWindow()
{
    if (!m_batchStore || !m_batchStore->isOpen()) {
        m_ui->banner->show(MessageBanner::Kind::Warning, [this] {
            return MessageBanner::Content{
                tr("Bulk correction is not available"),
                tr("Bulk correction keeps every batch in the history database, which could not be opened in "
                   "this session. Restart Casedesk once the history file can be written.")};
        });
        return;
    }
    if (!m_batchWindow) {
        m_batchWindow = new BatchWindow(m_batchStore, m_client, m_history, m_settings, this);
        m_batchWindow->setObjectName(u"batchWindow"_s);
        m_batchWindow->setDefaultsProvider([this] { return batchDefaults(); });
        m_batchWindow->setTokenProvider([this] { return m_ui->tokenEdit->text().trimmed(); });
        connect(m_batchWindow, &BatchWindow::showInHistoryRequested, this, [this](qint64 batchId) {
            m_ui->historyPane->setBatchFilter(batchId);
            show();
            raise();
            activateWindow();
            m_ui->historyPane->view()->setFocus(Qt::OtherFocusReason);
        });
    }
    m_batchWindow->show();
    m_batchWindow->raise();
    m_batchWindow->activateWindow();
    if (!m_ui->banner->actionText().isEmpty())
        m_ui->banner->dismiss(); // the offer to resume is answered by opening the window
}

void MainWindow::offerBatchResume()
{
    if (!m_batchStore || !m_batchStore->isOpen())
        return;
    const QList<BatchInfo> unfinished = m_batchStore->unfinishedBatches();
    if (unfinished.isEmpty())
        return;
    const BatchInfo newest = unfinished.constFirst();
    const int others = int(unfinished.size()) - 1;
    m_ui->banner->show(MessageBanner::Kind::Warning, [newest, others] {
        const int queued = newest.count(BatchRow::State::Queued) + newest.count(BatchRow::State::Sending);
        const int interrupted = newest.count(BatchRow::State::Interrupted);
        QString text = tr("The bulk correction from %1 has %n row(s) not sent yet.", nullptr, queued)
                           .arg(newest.sourceName);
        if (interrupted > 0) {
            text += u' '
                + tr("%n row(s) were being sent when it stopped; check those cases in the CRM before "
                     "resending them.",
                     nullptr, interrupted);
        }
        if (others > 0)
            text += u' ' + tr("%n other batch(es) are unfinished too.", nullptr, others);
        return MessageBanner::Content{tr("A bulk correction was not finished"), text};
    });
    m_ui->banner->addAction([] { return tr("Open bulk correction"); }, [this] { showBatchWindow(); });
}

MainWindow::~MainWindow()
{
    // QWidget's destructor still moves focus (editingFinished) and jobs finish when cancelled: nothing may
    // call back into this half-destroyed window.
    const auto children = findChildren<QObject *>();
    for (QObject *child : children)
        QObject::disconnect(child, nullptr, this, nullptr);
}

// ---------------------------------------------------------------------------------------------- setup

void MainWindow::setupActions()
{
    m_ui->actionUpdate->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_ui->actionUpdate->setIcon(Icons::icon(Icons::Id::Send));
    m_ui->actionCancel->setIcon(Icons::icon(Icons::Id::Cancel));
    m_ui->actionNewCase->setIcon(Icons::icon(Icons::Id::NewCase));
    m_ui->actionLoadIntoForm->setIcon(Icons::icon(Icons::Id::LoadIntoForm));
    m_ui->actionTestConnection->setIcon(Icons::icon(Icons::Id::TestConnection));
    m_ui->actionSettings->setIcon(Icons::icon(Icons::Id::Settings));
    m_ui->actionBulkCorrection->setIcon(Icons::icon(Icons::Id::Batch));
    m_ui->actionSettings->setMenuRole(QAction::PreferencesRole);
    m_ui->actionQuit->setIcon(Icons::icon(Icons::Id::Quit));
    m_ui->actionQuit->setMenuRole(QAction::QuitRole);
    m_ui->actionAbout->setIcon(Icons::icon(Icons::Id::About));
    m_ui->actionAbout->setMenuRole(QAction::AboutRole);
    m_ui->updateButton->setIcon(Icons::icon(Icons::Id::Send));
    m_ui->cancelButton->setIcon(Icons::icon(Icons::Id::Cancel));
    m_ui->testConnectionButton->setIcon(Icons::icon(Icons::Id::TestConnection));

    connect(m_ui->actionUpdate, &QAction::triggered, this, &MainWindow::sendUpdate);
    connect(m_ui->updateButton, &QPushButton::clicked, this, &MainWindow::sendUpdate);
    connect(m_ui->actionCancel, &QAction::triggered, this, &MainWindow::cancelUpdate);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &MainWindow::cancelUpdate);
    connect(m_ui->actionNewCase, &QAction::triggered, this, &MainWindow::newCase);
    connect(m_ui->actionTestConnection, &QAction::triggered, this, &MainWindow::testConnection);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, &MainWindow::testConnection);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->actionBulkCorrection, &QAction::triggered, this, &MainWindow::showBatchWindow);
    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::close);
    m_ui->actionAboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::showAbout()
{
    if (!m_aboutDialog) {
        m_aboutDialog = new AboutDialog(this);
        m_aboutDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_aboutDialog->show();
    m_aboutDialog->raise();
    m_aboutDialog->activateWindow();
}

void MainWindow::setupConnection()
{
    refreshServers();
    m_ui->serverCombo->setCurrentText(m_settings->lastServer());
    m_ui->operationEdit->setText(m_settings->lastOperation());
    m_ui->serverNoticeLabel->hide();
    m_ui->tokenEdit->setClearButtonEnabled(false);

    QLineEdit *serverEdit = m_ui->serverCombo->lineEdit();
    connect(serverEdit, &QLineEdit::editingFinished, this, &MainWindow::normaliseServer);
    connect(serverEdit, &QLineEdit::textEdited, this, [this] {
        m_serverNotices.clear();
        m_ui->serverNoticeLabel->hide();
    });
    connect(m_ui->serverCombo, &QComboBox::currentTextChanged, this, &MainWindow::revalidate);
    connect(m_ui->operationEdit, &QLineEdit::textChanged, this, [this] {
        refreshCaseTypes();
        refreshStatusesAndPriorities();
        revalidate();
    });
    connect(m_ui->tokenEdit, &QLineEdit::textChanged, this, [this] {
        m_quotaText = nullptr;
        m_ui->quotaLabel->clear();
        revalidate();
    });
    connect(m_ui->showTokenButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->tokenEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        retranslate();
    });
}

void MainWindow::setupCaseForm()
{
    TextWrap::guard(m_ui->solutionEdit);
    refreshCaseTypes();
    m_ui->caseTypeCombo->setCurrentText(QString());
    refreshStatusesAndPriorities();
    m_ui->statusCombo->setCurrentText(QString());
    m_ui->priorityCombo->setCurrentText(QString());

    m_responsibles->setStringList(m_settings->responsibles());
    auto *completer = new QCompleter(m_responsibles, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_ui->responsibleEdit->setCompleter(completer);

    for (QComboBox *combo :
         {m_ui->caseTypeCombo, m_ui->statusCombo, m_ui->priorityCombo, m_ui->serverCombo}) {
        combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    }

    connect(m_ui->wolkvoxIdEdit, &QLineEdit::textChanged, this, &MainWindow::revalidate);
    connect(m_ui->caseTypeCombo, &QComboBox::currentTextChanged, this, [this] {
        refreshStatusesAndPriorities();
        revalidate();
    });
    connect(m_ui->responsibleEdit, &QLineEdit::textChanged, this, &MainWindow::revalidate);
    connect(m_ui->statusCombo, &QComboBox::currentTextChanged, this, &MainWindow::revalidate);
    connect(m_ui->priorityCombo, &QComboBox::currentTextChanged, this, &MainWindow::revalidate);
    connect(m_ui->solutionEdit, &QPlainTextEdit::textChanged, this, &MainWindow::revalidate);
    connect(m_ui->problemsLabel, &QLabel::linkActivated, this,
            [this](const QString &link) { focusField(link.section(u':', 1)); });
}

void MainWindow::setupCustomFields()
{
    TextWrap::guard(m_ui->formPreview);
    QTableView *view = m_ui->customFieldsView;
    view->setModel(m_customFields);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->resizeSection(CustomFieldsModel::NameColumn,
                                            fontMetrics().horizontalAdvance(u"M"_s) * 12);
    view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->formPreview->setFont(fixed);
    m_ui->formPreview->setMaximumHeight(QFontMetrics(fixed).lineSpacing() * 4 + 12);

    struct Binding
    {
        QToolButton *button;
        Icons::Id icon;
        QKeySequence key;
        void (MainWindow::*slot)();
    };
    const Binding bindings[] = {
        {m_ui->addFieldButton, Icons::Id::Add, QKeySequence(Qt::Key_Insert), &MainWindow::addCustomField},
        {m_ui->duplicateFieldButton, Icons::Id::Duplicate, QKeySequence(Qt::CTRL | Qt::Key_D),
         &MainWindow::duplicateCustomField},
        {m_ui->removeFieldButton, Icons::Id::Remove, QKeySequence(QKeySequence::Delete),
         &MainWindow::removeCustomFields},
        {m_ui->pasteFieldsButton, Icons::Id::Paste, QKeySequence(QKeySequence::Paste),
         &MainWindow::pasteCustomFields},
    };
    for (const Binding &b : bindings) {
        b.button->setIcon(Icons::icon(b.icon));
        auto *action = new QAction(Icons::icon(b.icon), b.button->accessibleName(), view);
        action->setObjectName(b.button->objectName().replace(u"Button"_s, u"Action"_s));
        action->setShortcut(b.key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        view->addAction(action);
        connect(action, &QAction::triggered, this, b.slot);
        connect(b.button, &QToolButton::clicked, this, b.slot);
    }
    m_ui->moveFieldUpButton->setIcon(Icons::icon(Icons::Id::MoveUp));
    m_ui->moveFieldDownButton->setIcon(Icons::icon(Icons::Id::MoveDown));
    for (int delta : {-1, 1}) {
        QToolButton *button = delta < 0 ? m_ui->moveFieldUpButton : m_ui->moveFieldDownButton;
        auto *action = new QAction(button->icon(), button->accessibleName(), view);
        action->setObjectName(delta < 0 ? u"moveFieldUpAction"_s : u"moveFieldDownAction"_s);
        action->setShortcut(QKeySequence(Qt::ALT | (delta < 0 ? Qt::Key_Up : Qt::Key_Down)));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        view->addAction(action);
        connect(action, &QAction::triggered, this, [this, delta] { moveCustomField(delta); });
        connect(button, &QToolButton::clicked, this, [this, delta] { moveCustomField(delta); });
    }

    connect(m_customFields, &CustomFieldsModel::fieldsChanged, this, &MainWindow::revalidate);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateCustomFieldButtons);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::updateCustomFieldButtons);
    connect(m_customFields, &QAbstractItemModel::rowsMoved, this, &MainWindow::updateCustomFieldButtons);
    connect(m_customFields, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCustomFieldButtons);
    updateCustomFieldButtons();
}

void MainWindow::setupAttachments()
{
    QTreeView *view = m_ui->attachmentsView;
    view->setModel(m_attachments);
    // The name takes the room; size and check take what they need.
    view->header()->setStretchLastSection(false);
    view->header()->setSectionResizeMode(AttachmentsModel::NameColumn, QHeaderView::Stretch);
    view->header()->setSectionResizeMode(AttachmentsModel::SizeColumn, QHeaderView::ResizeToContents);
    view->header()->setSectionResizeMode(AttachmentsModel::ProblemColumn, QHeaderView::ResizeToContents);

    m_ui->addAttachmentButton->setIcon(Icons::icon(Icons::Id::AddFiles));
    m_ui->removeAttachmentButton->setIcon(Icons::icon(Icons::Id::Remove));
    auto *add = new QAction(Icons::icon(Icons::Id::AddFiles), QString(), view);
    add->setObjectName(u"addAttachmentAction"_s);
    add->setShortcut(QKeySequence(Qt::Key_Insert));
    add->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto *remove = new QAction(Icons::icon(Icons::Id::Remove), QString(), view);
    remove->setObjectName(u"removeAttachmentAction"_s);
    remove->setShortcut(QKeySequence(QKeySequence::Delete));
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    view->addAction(add);
    view->addAction(remove);
    connect(add, &QAction::triggered, this, &MainWindow::chooseAttachments);
    connect(remove, &QAction::triggered, this, &MainWindow::removeAttachments);
    connect(m_ui->addAttachmentButton, &QToolButton::clicked, this, &MainWindow::chooseAttachments);
    connect(m_ui->removeAttachmentButton, &QToolButton::clicked, this, &MainWindow::removeAttachments);

    connect(m_attachments, &AttachmentsModel::pathsChanged, this, &MainWindow::onAttachmentsChanged);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, remove] {
        const bool any = m_ui->attachmentsView->selectionModel()->hasSelection();
        m_ui->removeAttachmentButton->setEnabled(any);
        remove->setEnabled(any);
    });
    m_ui->removeAttachmentButton->setEnabled(false);
    remove->setEnabled(false);
    // A file that changes or disappears is flagged again before the agent sends.
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        m_attachments->refresh();
        revalidate();
    });
}

void MainWindow::alignHeadings()
{
    // The three column headings share one baseline whether or not their row carries buttons.
    const int height
        = std::max(m_ui->addFieldButton->sizeHint().height(), m_ui->addAttachmentButton->sizeHint().height());
    for (QLabel *heading : {m_ui->caseHeading, m_ui->customFieldsLabel, m_ui->attachmentsLabel})
        heading->setMinimumHeight(height);
}

void MainWindow::setupTabOrder()
{
    // The .ui lists the form's order; the banner and the history pane join it here.
    QWidget *bannerClose = m_ui->banner->findChild<QWidget *>(u"bannerCloseButton"_s);
    QWidget::setTabOrder(m_ui->attachmentsView, bannerClose);
    QWidget::setTabOrder(bannerClose, m_ui->cancelButton);
    QWidget::setTabOrder(m_ui->cancelButton, m_ui->updateButton);
    QWidget::setTabOrder(m_ui->updateButton, m_ui->historyPane->firstInFocusChain());
}

void MainWindow::captureDefaultToolTips()
{
    m_defaultToolTips.clear();
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->serverCombo), static_cast<QWidget *>(m_ui->operationEdit),
          static_cast<QWidget *>(m_ui->tokenEdit), static_cast<QWidget *>(m_ui->wolkvoxIdEdit),
          static_cast<QWidget *>(m_ui->caseTypeCombo), static_cast<QWidget *>(m_ui->responsibleEdit),
          static_cast<QWidget *>(m_ui->statusCombo), static_cast<QWidget *>(m_ui->priorityCombo),
          static_cast<QWidget *>(m_ui->solutionEdit), static_cast<QWidget *>(m_ui->customFieldsView),
          static_cast<QWidget *>(m_ui->attachmentsView)}) {
        m_defaultToolTips.insert(widget, widget->toolTip());
    }
}

// ---------------------------------------------------------------------------------------------- layout

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings->windowGeometry())) {
        QSize size(1280, 800);
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableSize() * 0.92);
        resize(size);
    }
    restoreState(m_settings->windowState());

    const QByteArray main = m_settings->splitterState(u"main"_s);
    if (main.isEmpty() || !m_ui->mainSplitter->restoreState(main))
        m_ui->mainSplitter->setSizes({height() * 64 / 100, height() * 36 / 100});
    const QByteArray editor = m_settings->splitterState(u"editor"_s);
    if (editor.isEmpty() || !m_ui->editorSplitter->restoreState(editor))
        m_ui->editorSplitter->setSizes({width() * 34 / 100, width() * 36 / 100, width() * 30 / 100});
    m_ui->mainSplitter->setStretchFactor(0, 1);
    m_ui->mainSplitter->setStretchFactor(1, 0);

    m_ui->historyPane->restoreSplitterState(m_settings->splitterState(u"history"_s));
    m_ui->historyPane->restoreHeaderState(m_settings->headerState(u"history"_s));
    if (const QByteArray state = m_settings->headerState(u"customFields"_s); !state.isEmpty())
        m_ui->customFieldsView->horizontalHeader()->restoreState(state);
    if (const QByteArray state = m_settings->headerState(u"attachments"_s); !state.isEmpty())
        m_ui->attachmentsView->header()->restoreState(state);
}

void MainWindow::saveLayout()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setSplitterState(u"main"_s, m_ui->mainSplitter->saveState());
    m_settings->setSplitterState(u"editor"_s, m_ui->editorSplitter->saveState());
    m_settings->setSplitterState(u"history"_s, m_ui->historyPane->splitterState());
    m_settings->setHeaderState(u"history"_s, m_ui->historyPane->headerState());
    m_settings->setHeaderState(u"customFields"_s, m_ui->customFieldsView->horizontalHeader()->saveState());
    m_settings->setHeaderState(u"attachments"_s, m_ui->attachmentsView->header()->saveState());
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_batchWindow && m_batchWindow->isSending()) {
        // The batch window asks whether to pause; once it has closed, closing here goes on.
        event->ignore();
        m_batchWindow->requestClose(
            [this] { QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection); });
        return;
    }
    if (isSending() && !m_closeConfirmed) {
        // Closing would abandon an update whose fate is unknown: ask, without blocking the window.
        event->ignore();
        if (findChild<QMessageBox *>(u"closeWhileSendingBox"_s))
            return;
        auto *box = new QMessageBox(QMessageBox::Warning, tr("An update is being sent"),
                                    tr("Casedesk is still sending case %1. If you close now the upload is "
                                       "cancelled and you will not know whether the CRM applied it.")
                                        .arg(m_sending.update.wolkvoxId),
                                    QMessageBox::NoButton, this);
        box->setObjectName(u"closeWhileSendingBox"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton *keep = box->addButton(tr("&Keep sending"), QMessageBox::RejectRole);
        QPushButton *stop = box->addButton(tr("&Cancel the upload and close"), QMessageBox::DestructiveRole);
        keep->setObjectName(u"keepSendingButton"_s);
        stop->setObjectName(u"closeAnywayButton"_s);
        box->setDefaultButton(keep);
        connect(stop, &QPushButton::clicked, this, [this] {
            m_closeConfirmed = true;
            QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
        });
        box->open();
        return;
    }
    // Closing while sending was already confirmed; the autosaved draft then simply stays for next time.
    if (m_drafts && !m_closeDecided && !m_closeConfirmed && hasUnsentChanges()) {
        event->ignore();
        if (findChild<QMessageBox *>(u"unsentChangesBox"_s))
            return;
        auto *box
            = new QMessageBox(QMessageBox::Question, tr("Unsent changes"),
                              tr("The form has changes that were not sent."), QMessageBox::NoButton, this);
        box->setObjectName(u"unsentChangesBox"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(tr("Save them as a draft to be offered the next time Casedesk starts, or "
                                   "discard them."));
        QPushButton *save = box->addButton(tr("&Save draft"), QMessageBox::AcceptRole);
        QPushButton *discard = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        QPushButton *cancel = box->addButton(QMessageBox::Cancel);
        save->setObjectName(u"saveDraftButton"_s);
        discard->setObjectName(u"discardChangesButton"_s);
        box->setDefaultButton(save);
        box->setEscapeButton(cancel);
        connect(save, &QPushButton::clicked, this, [this] {
            m_closeDecided = true;
            m_draftOffered = false;
            saveDraft();
            QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
        });
        connect(discard, &QPushButton::clicked, this, [this] {
            m_closeDecided = true;
            m_draftTimer->stop();
            m_drafts->clear();
            QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
        });
        box->open();
        return;
    }
    if (!m_closeDecided)
        saveDraft(); // flush a pending autosave
    m_draftTimer->stop();
    saveLayout();
    cancelUpdate(); // the history shows it as cancelled
    if (m_testJob)
        m_testJob->cancel();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    switch (event->type()) {
    case QEvent::LanguageChange:
        m_ui->retranslateUi(this);
        captureDefaultToolTips();
        retranslate();
        break;
    case QEvent::ActivationChange:
        // Files may have changed while the agent was in another window.
        if (isActiveWindow() && m_attachments->rowCount() > 0) {
            m_attachments->refresh();
            revalidate();
        }
        break;
    case QEvent::PaletteChange:
        revalidate();
        break;
    default:
        break;
    }
}

void MainWindow::retranslate()
{
    m_ui->showTokenButton->setText(m_ui->showTokenButton->isChecked() ? tr("Hide") : tr("Show"));
    m_ui->showTokenButton->setAccessibleName(m_ui->showTokenButton->isChecked() ? tr("Hide token")
                                                                                : tr("Show token"));
    m_customFields->retranslate();
    m_attachments->retranslate();
    retranslateProfileMenu();
    const auto actions = m_ui->customFieldsView->actions() + m_ui->attachmentsView->actions();
    for (QAction *action : actions) {
        const QString name = action->objectName();
        if (name == u"addFieldAction"_s)
            action->setText(tr("&Add field"));
        else if (name == u"duplicateFieldAction"_s)
            action->setText(tr("&Duplicate field"));
        else if (name == u"removeFieldAction"_s)
            action->setText(tr("&Remove fields"));
        else if (name == u"pasteFieldsAction"_s)
            action->setText(tr("&Paste fields"));
        else if (name == u"moveFieldUpAction"_s)
            action->setText(tr("Move &up"));
        else if (name == u"moveFieldDownAction"_s)
            action->setText(tr("Move do&wn"));
        else if (name == u"addAttachmentAction"_s)
            action->setText(tr("&Add files…"));
        else if (name == u"removeAttachmentAction"_s)
            action->setText(tr("&Remove files"));
    }
    if (m_quotaText)
        m_ui->quotaLabel->setText(m_quotaText());
    setSending(isSending());
    revalidate();
}

// ---------------------------------------------------------------------------------------------- form

void MainWindow::setServer(const QString &server)
{
    m_ui->serverCombo->setCurrentText(server);
    normaliseServer();
}

void MainWindow::setOperation(const QString &operation)
{
    m_ui->operationEdit->setText(operation.trimmed());
}

void MainWindow::setToken(const QString &token)
{
    // A token handed in (WOLKVOX_TOKEN) is for this session: only a typed one goes to the keychain.
    const QScopedValueRollback guard(m_applyingToken, true);
    m_ui->tokenEdit->setText(token.trimmed());
}

CaseUpdate MainWindow::currentUpdate() const
{
    CaseUpdate update;
    const QString serverText = m_ui->serverCombo->currentText().trimmed();
    const ServerAddress server = ServerAddress::parse(serverText);
    update.server = server.isValid() ? server.displayString() : serverText;
    update.operation = m_ui->operationEdit->text().trimmed();
    update.wolkvoxId = m_ui->wolkvoxIdEdit->text().trimmed();
    update.caseType = m_ui->caseTypeCombo->currentText().trimmed();
    update.responsible = m_ui->responsibleEdit->text().trimmed();
    update.status = m_ui->statusCombo->currentText().trimmed();
    update.priority = m_ui->priorityCombo->currentText().trimmed();
    update.solution = m_ui->solutionEdit->toPlainText();
    update.customFields = m_customFields->fields();
    update.attachments = m_attachments->paths();
    return update;
}

void MainWindow::loadUpdate(const CaseUpdate &update)
{
    m_loading = true;
    m_ui->serverCombo->setCurrentText(update.server);
    m_ui->operationEdit->setText(update.operation);
    refreshCaseTypes();
    m_ui->caseTypeCombo->setCurrentText(update.caseType);
    refreshStatusesAndPriorities();
    m_ui->wolkvoxIdEdit->setText(update.wolkvoxId);
    m_ui->responsibleEdit->setText(update.responsible);
    m_ui->statusCombo->setCurrentText(update.status);
    m_ui->priorityCombo->setCurrentText(update.priority);
    m_ui->solutionEdit->setPlainText(update.solution);
    m_customFields->setFields(update.customFields);
    m_attachments->setPaths(update.attachments);
    m_loading = false;
    normaliseServer();
    revalidate();
    m_ui->banner->show(MessageBanner::Kind::Information, [id = update.wolkvoxId] {
        return MessageBanner::Content{
            tr("Loaded into the form"),
            tr("Case %1 is back in the form: correct it and press Update case.").arg(id)};
    });
    m_ui->wolkvoxIdEdit->setFocus(Qt::OtherFocusReason);
}

void MainWindow::newCase()
{
    m_loading = true;
    m_ui->wolkvoxIdEdit->clear();
    m_ui->statusCombo->setCurrentText(QString());
    m_ui->priorityCombo->setCurrentText(QString());
    m_ui->solutionEdit->clear();
    m_customFields->setFields({});
    m_attachments->setPaths({});
    applyProfileDefaults();
    m_loading = false;
    m_ui->banner->dismiss();
    markFormClean();
    saveDraft();
    revalidate();
    m_ui->wolkvoxIdEdit->setFocus(Qt::OtherFocusReason);
}

void MainWindow::setComboItems(QComboBox *combo, const QStringList &items)
{
    // Replacing the list must not replace what the agent typed.
    const QString text = combo->currentText();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItems(items);
    combo->setCurrentIndex(combo->findText(text, Qt::MatchFixedString));
    combo->setEditText(text);
}

void MainWindow::refreshServers()
{
    QStringList servers;
    const QString last = m_settings->lastServer();
    if (!last.isEmpty())
        servers.append(last);
    for (const QString &host : ServerAddress::knownHosts()) {
        if (!servers.contains(host, Qt::CaseInsensitive))
            servers.append(host);
    }
    setComboItems(m_ui->serverCombo, servers);
}

void MainWindow::refreshCaseTypes()
{
    QStringList types = Settings::standardCaseTypes();
    for (const QString &custom : m_settings->customCaseTypes(m_ui->operationEdit->text())) {
        if (!types.contains(custom, Qt::CaseInsensitive))
            types.append(custom);
    }
    setComboItems(m_ui->caseTypeCombo, types);
}

void MainWindow::refreshStatusesAndPriorities()
{
    const QString operation = m_ui->operationEdit->text();
    const QString caseType = m_ui->caseTypeCombo->currentText();
    setComboItems(m_ui->statusCombo, m_settings->statuses(operation, caseType));
    setComboItems(m_ui->priorityCombo, m_settings->priorities(operation, caseType));
}

void MainWindow::normaliseServer()
{
    const QString text = m_ui->serverCombo->currentText().trimmed();
    if (text.isEmpty())
        return;
    const ServerAddress server = ServerAddress::parse(text);
    if (!server.isValid())
        return; // listed as a problem by revalidate()
    m_serverNotices = server.notices();
    if (server.displayString() != text)
        m_ui->serverCombo->setCurrentText(server.displayString());
    m_ui->serverNoticeLabel->setText(m_serverNotices.join(u' '));
    m_ui->serverNoticeLabel->setVisible(!m_serverNotices.isEmpty());
}

// ---------------------------------------------------------------------------------------------- validation

QWidget *MainWindow::widgetForField(const QString &field) const
{
    if (field == u"server"_s)
        return m_ui->serverCombo;
    if (field == TokenField)
        return m_ui->tokenEdit;
    if (field == u"operation"_s)
        return m_ui->operationEdit;
    if (field == u"wolkvox-id"_s)
        return m_ui->wolkvoxIdEdit;
    if (field == u"case-type"_s)
        return m_ui->caseTypeCombo;
    if (field == u"responsible"_s)
        return m_ui->responsibleEdit;
    if (field == u"status"_s)
        return m_ui->statusCombo;
    if (field == u"priority"_s)
        return m_ui->priorityCombo;
    if (field == u"solution"_s)
        return m_ui->solutionEdit;
    if (field == u"form"_s)
        return m_ui->customFieldsView;
    if (field == u"file"_s)
        return m_ui->attachmentsView;
    return nullptr;
}

void MainWindow::focusField(const QString &field)
{
    const QStringList parts = field.split(u'#');
    QWidget *widget = widgetForField(parts.value(0));
    if (!widget)
        return;
    widget->setFocus(Qt::ShortcutFocusReason);
    bool ok = false;
    const int row = parts.value(1).toInt(&ok);
    if (!ok || row < 0)
        return;
    if (widget == m_ui->customFieldsView)
        selectCustomField(row);
    else if (widget == m_ui->attachmentsView)
        m_ui->attachmentsView->selectionModel()->setCurrentIndex(
            m_attachments->index(row, AttachmentsModel::NameColumn),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void MainWindow::revalidate()
{
    if (m_loading)
        return;
    scheduleDraftSave();
    const CaseUpdate update = currentUpdate();
    const ConnectionSettings settings = connectionSettings();
    QList<ValidationIssue> issues = Validator::validate(update, settings);
    if (m_ui->tokenEdit->text().trimmed().isEmpty())
        issues.append({TokenField, -1, u"required"_s, tr("Enter the operation's Wolkvox-Token.")});
    std::stable_sort(issues.begin(), issues.end(), [](const ValidationIssue &a, const ValidationIssue &b) {
        return fieldOrder().indexOf(a.field) < fieldOrder().indexOf(b.field);
    });
    m_problems = issues;

    QHash<QString, QStringList> messages;
    QSet<QString> highlighted;
    for (const ValidationIssue &issue : std::as_const(issues)) {
        if (issue.index >= 0)
            continue; // shown on the row of the custom field or attachment
        messages[issue.field].append(issue.message);
        // An empty required field is listed, not painted: a fresh form should look calm, not alarmed.
        if (issue.rule != u"required"_s)
            highlighted.insert(issue.field);
    }
    for (const QString &field : fieldOrder()) {
        if (QWidget *widget = widgetForField(field))
            markField(widget, messages.value(field), highlighted.contains(field));
    }
    m_customFields->setIssues(issues);
    m_attachments->setIssues(issues);

    const QString form = QString::fromUtf8(update.formJson());
    if (m_ui->formPreview->toPlainText() != form)
        m_ui->formPreview->setPlainText(form);
    updateSolutionRequirement();
    updateProblemsDisplay();
    updateActionStates();
}

void MainWindow::markField(QWidget *widget, const QStringList &messages, bool highlight)
{
    const bool flagged = highlight && !messages.isEmpty();
    widget->setProperty("problem", flagged);
    widget->setToolTip(messages.isEmpty() ? m_defaultToolTips.value(widget) : messages.join(u'\n'));
    widget->setAccessibleDescription(messages.join(u' '));
    if (flagged) {
        const QPalette base = QApplication::palette(widget);
        QPalette palette;
        palette.setColor(
            QPalette::Base,
            Palette::mix(base.color(QPalette::Base), Palette::color(Palette::Role::Warning), 0.2));
        widget->setPalette(palette);
    } else {
        widget->setPalette(QPalette()); // inherit again
    }

    // Line edits also get a warning sign inside the field, with the message as its tooltip.
    QLineEdit *edit = qobject_cast<QLineEdit *>(widget);
    if (auto *combo = qobject_cast<QComboBox *>(widget))
        edit = combo->lineEdit();
    if (!edit)
        return;
    QAction *sign = m_problemActions.value(edit);
    if (!sign && flagged) {
        sign = edit->addAction(Icons::icon(Icons::Id::Warning), QLineEdit::TrailingPosition);
        sign->setObjectName(widget->objectName() + u"ProblemSign"_s);
        m_problemActions.insert(edit, sign);
        connect(sign, &QAction::triggered, this, [widget] {
            widget->setFocus(Qt::OtherFocusReason);
            QToolTip::showText(widget->mapToGlobal(QPoint(0, widget->height())), widget->toolTip(), widget);
        });
    }
    if (sign) {
        sign->setVisible(flagged);
        sign->setToolTip(messages.join(u'\n'));
    }
}

void MainWindow::updateSolutionRequirement()
{
    const bool closed = connectionSettings().isClosedStatus(m_ui->statusCombo->currentText());
    m_ui->solutionEdit->setProperty("required", closed);
    const QString required = tr("Solutio&n (required):");
    m_ui->solutionLabel->setText(closed ? required : tr("Solutio&n:"));
    QFont font = m_ui->solutionLabel->font();
    font.setBold(true);
    // The label column keeps the width of the longest variant, so the form does not jump when it changes.
    m_ui->solutionLabel->setMinimumWidth(QFontMetrics(font).horizontalAdvance(QString(required).remove(u'&'))
                                         + 2);
    font.setBold(closed);
    m_ui->solutionLabel->setFont(font);
    m_ui->solutionEdit->setPlaceholderText(
        closed ? tr("Required: the status “%1” closes the case. Describe how it was resolved.")
                     .arg(m_ui->statusCombo->currentText().trimmed())
               : tr("How the case was resolved (required for a closed status)"));
}

void MainWindow::updateProblemsDisplay()
{
    static const QHash<QString, const char *> names{
        {u"server"_s, QT_TR_NOOP("server")},       {TokenField, QT_TR_NOOP("token")},
        {u"operation"_s, QT_TR_NOOP("operation")}, {u"wolkvox-id"_s, QT_TR_NOOP("wolkvox-id")},
        {u"case-type"_s, QT_TR_NOOP("case type")}, {u"responsible"_s, QT_TR_NOOP("responsible")},
        {u"status"_s, QT_TR_NOOP("status")},       {u"priority"_s, QT_TR_NOOP("priority")},
    };
    QStringList missing;
    QStringList others;
    QStringList all;
    for (const ValidationIssue &issue : std::as_const(m_problems)) {
        all.append(issue.message);
        const QString target
            = issue.index >= 0 ? issue.field + u'#' + QString::number(issue.index) : issue.field;
        if (issue.rule == u"required"_s && names.contains(issue.field)) {
            missing.append(
                u"<a href=\"field:%1\">%2</a>"_s.arg(target, tr(names.value(issue.field)).toHtmlEscaped()));
        } else {
            others.append(u"<a href=\"field:%1\">%2</a>"_s.arg(target, issue.message.toHtmlEscaped()));
        }
    }

    QString text;
    if (m_problems.isEmpty()) {
        text = tr("Ready to send.").toHtmlEscaped();
    } else {
        QStringList parts;
        if (!missing.isEmpty())
            parts.append(tr("Still needed: %1.").toHtmlEscaped().arg(QLocale().createSeparatedList(missing)));
        parts += others;
        text = parts.join(u"&nbsp;&nbsp;· "_s);
    }
    m_ui->problemsLabel->setText(text);
    m_ui->problemsLabel->setToolTip(all.join(u'\n'));

    const QString tip = m_problems.isEmpty() ? tr("Send the update to the CRM (Ctrl+Return)")
                                             : tr("Fix these first:\n%1").arg(u"• "_s + all.join(u"\n• "_s));
    m_ui->updateButton->setToolTip(tip);
    m_ui->updateButton->setAccessibleDescription(all.join(u' '));
    m_ui->actionUpdate->setToolTip(tip);
}

void MainWindow::updateActionStates()
{
    const bool sending = isSending();
    const bool canSend = !sending && m_problems.isEmpty();
    m_ui->updateButton->setEnabled(canSend);
    m_ui->actionUpdate->setEnabled(canSend);
    m_ui->actionCancel->setEnabled(sending);
    m_ui->cancelButton->setEnabled(sending);

    bool connectionComplete = !m_testJob;
    for (const ValidationIssue &issue : std::as_const(m_problems)) {
        if (issue.field == u"server"_s || issue.field == TokenField || issue.field == u"operation"_s)
            connectionComplete = false;
    }
    m_ui->testConnectionButton->setEnabled(connectionComplete);
    m_ui->actionTestConnection->setEnabled(connectionComplete);
    m_ui->actionLoadIntoForm->setEnabled(m_ui->historyPane->currentEntry().id != 0);
}

// ---------------------------------------------------------------------------------------------- sending

bool MainWindow::isSending() const
{
    return !m_updateJob.isNull();
}

HistoryPane *MainWindow::historyPane() const
{
    return m_ui->historyPane;
}

void MainWindow::sendUpdate()
{
    if (isSending())
        return;
    m_attachments->refresh();
    normaliseServer();
    revalidate();
    if (!m_problems.isEmpty()) {
        const ValidationIssue &first = m_problems.constFirst();
        focusField(first.index >= 0 ? first.field + u'#' + QString::number(first.index) : first.field);
        return;
    }

    const CaseUpdate update = currentUpdate();
    HistoryEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.update = update;
    entry.attachmentSizes = m_attachments->sizes();
    entry.state = HistoryEntry::State::Sending;
    // Dismissed first, so a history that cannot be written (full disk) stays on show while sending.
    m_ui->banner->dismiss();
    m_historyError.clear();
    entry.id = m_history->add(entry); // before sending: a crash from here on leaves it "interrupted"
    m_sending = entry;
    if (entry.id > 0 && !update.attachments.isEmpty())
        hashAttachments(entry.id, update.attachments);
    m_ui->historyPane->selectEntry(entry.id);

    m_updateJob = m_client->updateCase(update, m_ui->tokenEdit->text().trimmed(), connectionSettings());
    connect(m_updateJob, &ApiJob::started, this, [this] {
        m_uploadClock.start();
        m_ui->progressLabel->setText(tr("Connecting…"));
    });
    connect(m_updateJob, &ApiJob::uploadProgress, this, &MainWindow::onUploadProgress);
    connect(m_updateJob, &ApiJob::finished, this, &MainWindow::onUpdateFinished);
    m_uploadClock.start();
    setSending(true);
    m_ui->progressLabel->setText(tr("Waiting for a free connection…"));
}

void MainWindow::cancelUpdate()
{
    if (m_updateJob)
        m_updateJob->cancel();
}

void MainWindow::setSending(bool sending)
{
    m_ui->progressBar->setVisible(sending);
    m_ui->progressLabel->setVisible(sending);
    m_ui->cancelButton->setVisible(sending);
    m_ui->problemsLabel->setVisible(!sending);
    if (sending) {
        m_ui->progressBar->setRange(0, 0); // busy until the first progress report
        m_ui->progressBar->setValue(0);
    }
    setWindowTitle(sending ? tr("Casedesk — sending…") : tr("Casedesk"));
    updateActionStates();
}

void MainWindow::onUploadProgress(qint64 sent, qint64 total)
{
    const QLocale locale;
    const qint64 elapsed = m_uploadClock.elapsed();
    if (total > 0 && sent < total) {
        m_ui->progressBar->setRange(0, 1000);
        m_ui->progressBar->setValue(int(sent * 1000 / total));
        m_ui->progressLabel->setText(tr("%1 of %2 · %3/s")
                                         .arg(locale.formattedDataSize(sent, 1),
                                              locale.formattedDataSize(total, 1), rateText(sent, elapsed)));
    } else {
        // Everything is on its way; the CRM still has to answer.
        m_ui->progressBar->setRange(0, 0);
        m_ui->progressLabel->setText(tr("%1 sent · waiting for the CRM's answer…")
                                         .arg(locale.formattedDataSize(std::max(sent, total), 1)));
    }
}

void MainWindow::onUpdateFinished(const ApiResult &result)
{
    ApiJob *job = m_updateJob;
    m_updateJob = nullptr;
    if (job)
        job->deleteLater();

    HistoryEntry entry = m_sending;
    entry.result = result;
    entry.state = HistoryEntry::State::Done;
    if (entry.id > 0) {
        m_history->update(entry);
    } else {
        // Not recorded before sending (a full disk, say): try again now that the answer is known.
        m_historyError.clear();
        entry.id = m_history->add(entry);
        if (entry.id > 0)
            m_ui->historyPane->selectEntry(entry.id);
    }
    const QString historyError = std::exchange(m_historyError, QString());
    if (m_hashing.contains(entry.id))
        m_answeredUnhashed.insert(entry.id, entry);
    m_sending = {};

    setSending(false);
    if (result.isSuccess()) {
        rememberSuccessful(entry.update);
        // Sent: nothing left to lose. Edits made during the upload still count as unsent.
        if (formPart(currentUpdate()) == formPart(entry.update))
            markFormClean();
        else
            m_cleanForm = formPart(entry.update);
        saveDraft();
    }
    showOutcome(result, historyError);
    revalidate();
    Q_EMIT updateFinished(result);
}

void MainWindow::hashAttachments(qint64 id, const QStringList &paths)
{
    // Hashing a large file takes seconds: a worker does it while the upload runs.
    m_hashing.insert(id);
    auto *watcher = new QFutureWatcher<QList<FileHasher::Result>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id] {
        watcher->deleteLater();
        storeDigests(id, FileHasher::digests(watcher->result()));
    });
    watcher->setFuture(FileHasher::hashAll(paths));
}

void MainWindow::storeDigests(qint64 id, const QStringList &digests)
{
    m_hashing.remove(id);
    if (m_sending.id == id) {
        m_sending.attachmentSha256 = digests;
        m_history->update(m_sending);
    } else if (auto it = m_answeredUnhashed.find(id); it != m_answeredUnhashed.end()) {
        it->attachmentSha256 = digests;
        m_history->update(*it);
        m_answeredUnhashed.erase(it);
    }
}

void MainWindow::showOutcome(const ApiResult &result, const QString &historyError)
{
    MessageBanner::Kind kind = MessageBanner::Kind::Error;
    switch (result.outcome) {
    case ApiResult::Outcome::Success:
        kind = MessageBanner::Kind::Success;
        break;
    case ApiResult::Outcome::Cancelled:
        kind = MessageBanner::Kind::Information;
        break;
    case ApiResult::Outcome::Timeout:
    case ApiResult::Outcome::UnreadableAnswer:
    case ApiResult::Outcome::Incomplete:
        kind = MessageBanner::Kind::Warning;
        break;
    case ApiResult::Outcome::Rejected:
    case ApiResult::Outcome::NetworkFailure:
    case ApiResult::Outcome::InvalidInput:
        break;
    }
    // A history that could not record the attempt turns a success into a warning.
    if (kind == MessageBanner::Kind::Success && !historyError.isEmpty())
        kind = MessageBanner::Kind::Warning;
    m_ui->banner->show(kind, [result, historyError] {
        QString title = result.outcomeText();
        QString text = result.explanation();
        if (result.outcome == ApiResult::Outcome::Success) {
            title = result.wolkvoxId.isEmpty() ? tr("Case updated")
                                               : tr("Case %1 updated").arg(result.wolkvoxId);
            if (!result.msg.isEmpty()) {
                text = tr("The CRM answered “%1” (HTTP %2) in %3.")
                           .arg(result.msg)
                           .arg(result.httpStatus)
                           .arg(HistoryModel::durationText(result.elapsedMs));
            }
        } else if (result.outcome == ApiResult::Outcome::Cancelled) {
            title = tr("Update cancelled");
        }
        // The outcome first; a history that could not record the attempt is said after it, whole.
        if (!historyError.isEmpty())
            text = QStringList{text, tr("The history could not record this attempt."), historyError}.join(
                u"\n\n"_s);
        return MessageBanner::Content{title, text};
    });
}

void MainWindow::rememberSuccessful(const CaseUpdate &update)
{
    m_settings->setLastServer(update.server);
    m_settings->setLastOperation(update.operation);
    m_settings->rememberCaseType(update.operation, update.caseType);
    m_settings->rememberStatus(update.operation, update.caseType, update.status);
    m_settings->rememberPriority(update.operation, update.caseType, update.priority);
    m_settings->rememberResponsible(update.responsible);
    m_responsibles->setStringList(m_settings->responsibles());
    refreshServers();
    refreshCaseTypes();
    refreshStatusesAndPriorities();
}

void MainWindow::testConnection()
{
    if (m_testJob)
        return;
    const CaseUpdate update = currentUpdate();
    m_testJob = m_client->tokenInformation(update.server, update.operation, m_ui->tokenEdit->text().trimmed(),
                                           connectionSettings());
    connect(m_testJob, &ApiJob::finished, this, &MainWindow::onConnectionTested);
    m_quotaText = [] { return tr("Checking…"); };
    m_ui->quotaLabel->setText(m_quotaText());
    updateActionStates();
}

void MainWindow::onConnectionTested(const ApiResult &result)
{
    ApiJob *job = m_testJob;
    m_testJob = nullptr;
    if (job)
        job->deleteLater();

    if (result.isSuccess()) {
        const TokenInformation info = TokenInformation::fromData(result.data);
        m_quotaText = [info] {
            const QLocale locale;
            if (!info.isKnown())
                return tr("Connected; the CRM did not report the quota.");
            return tr("Connected · %1 of %2 calls left today")
                .arg(locale.toString(info.remaining()), locale.toString(info.limit));
        };
    } else {
        m_quotaText = [] { return tr("Not connected"); };
        m_ui->banner->show(MessageBanner::Kind::Error, [result] {
            return MessageBanner::Content{tr("Connection test failed"), result.explanation()};
        });
    }
    m_ui->quotaLabel->setText(m_quotaText());
    const TokenInformation info = TokenInformation::fromData(result.data);
    m_ui->quotaLabel->setToolTip(
        result.isSuccess() && info.hoursToRestart >= 0
            ? tr("The daily count restarts in %1 hours.").arg(QLocale().toString(info.hoursToRestart, 'f', 1))
            : QString());
    updateActionStates();
    Q_EMIT connectionTested(result);
}

void MainWindow::showSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setConnectionSettings(connectionSettings());
    dialog->setLanguage(m_settings->language());
    if (m_profiles && m_profiles->contains(m_profiles->currentId())) {
        const ConnectionProfile profile = m_profiles->current();
        const auto items = [](const QComboBox *combo) {
            QStringList list;
            for (int i = 0; i < combo->count(); ++i)
                list.append(combo->itemText(i));
            return list;
        };
        dialog->setFormDefaults({profile.defaultCaseType, profile.defaultStatus, profile.defaultPriority},
                                items(m_ui->caseTypeCombo), items(m_ui->statusCombo),
                                items(m_ui->priorityCombo));
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->language() != m_settings->language()) {
            m_settings->setLanguage(dialog->language());
            Translations::install(Translations::resolve(dialog->language())); // retranslates every window
        }
        if (m_profiles && m_profiles->contains(m_profiles->currentId())) {
            // The dialog edits the current profile's settings.
            ConnectionProfile profile = m_profiles->current();
            profile.setConnectionSettings(dialog->connectionSettings());
            const SettingsDialog::FormDefaults defaults = dialog->formDefaults();
            profile.defaultCaseType = defaults.caseType;
            profile.defaultStatus = defaults.status;
            profile.defaultPriority = defaults.priority;
            m_profiles->update(profile);
            // New defaults fill what is still empty; they are not the agent's edits.
            const bool wasClean = !hasUnsentChanges();
            applyProfileDefaults();
            if (wasClean)
                markFormClean();
        } else {
            m_settings->setConnectionSettings(dialog->connectionSettings());
        }
        m_settings->sync();
        revalidate();
    });
    m_settingsDialog = dialog;
    dialog->open(); // window-modal, no nested event loop
}

// ---------------------------------------------------------------------------------------------- custom
// fields

void MainWindow::updateCustomFieldButtons()
{
    const QModelIndex current = m_ui->customFieldsView->currentIndex();
    const bool hasCurrent = current.isValid();
    const bool hasSelection = m_ui->customFieldsView->selectionModel()->hasSelection() || hasCurrent;
    const int row = current.row();
    const int rows = m_customFields->rowCount();
    m_ui->removeFieldButton->setEnabled(hasSelection);
    m_ui->duplicateFieldButton->setEnabled(hasCurrent);
    m_ui->moveFieldUpButton->setEnabled(hasCurrent && row > 0);
    m_ui->moveFieldDownButton->setEnabled(hasCurrent && row < rows - 1);
}

void MainWindow::selectCustomField(int row, int column)
{
    // Explicit flags: QAbstractItemView::setCurrentIndex() would read the Ctrl of a Ctrl+D still held
    // and add to the selection instead of replacing it.
    m_ui->customFieldsView->selectionModel()->setCurrentIndex(
        m_customFields->index(row, column), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void MainWindow::addCustomField()
{
    const QModelIndex current = m_ui->customFieldsView->currentIndex();
    const int row = m_customFields->insertField({}, current.isValid() ? current.row() + 1 : -1);
    const QModelIndex name = m_customFields->index(row, CustomFieldsModel::NameColumn);
    m_ui->customFieldsView->setFocus(Qt::OtherFocusReason);
    selectCustomField(row);
    m_ui->customFieldsView->edit(name);
}

void MainWindow::removeCustomFields()
{
    QList<int> rows;
    const QModelIndexList selected = m_ui->customFieldsView->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    if (rows.isEmpty() && m_ui->customFieldsView->currentIndex().isValid())
        rows.append(m_ui->customFieldsView->currentIndex().row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows))
        m_customFields->removeRows(row, 1);
    if (m_customFields->rowCount() > 0) {
        selectCustomField(std::min(rows.isEmpty() ? 0 : rows.constLast(), m_customFields->rowCount() - 1));
    }
}

void MainWindow::duplicateCustomField()
{
    const QModelIndex current = m_ui->customFieldsView->currentIndex();
    if (!current.isValid() || !m_customFields->duplicateRow(current.row()))
        return;
    selectCustomField(current.row() + 1, current.column());
}

void MainWindow::moveCustomField(int delta)
{
    const QModelIndex current = m_ui->customFieldsView->currentIndex();
    if (!current.isValid())
        return;
    const int to = current.row() + delta;
    if (!m_customFields->moveField(current.row(), to))
        return;
    selectCustomField(to, current.column());
    updateCustomFieldButtons();
}

void MainWindow::pasteCustomFields()
{
    const QString text = QGuiApplication::clipboard()->text();
    const CustomFieldPaste paste = CustomFieldParser::parse(text);
    if (paste.fields.isEmpty() && !paste.hasErrors()) {
        m_ui->banner->show(MessageBanner::Kind::Information, [] {
            return MessageBanner::Content{
                tr("Nothing to paste"),
                tr("Copy two columns (name and value) from a spreadsheet, or a JSON object, "
                   "then paste again.")};
        });
        return;
    }
    int row = -1;
    const QModelIndex current = m_ui->customFieldsView->currentIndex();
    if (current.isValid()) {
        // An empty row the agent just added is replaced rather than left behind as a problem.
        const CustomField field = m_customFields->field(current.row());
        if (field.name.trimmed().isEmpty() && field.value.isEmpty()) {
            row = current.row();
            m_customFields->removeRows(row, 1);
        } else {
            row = current.row() + 1;
        }
    }
    row = m_customFields->insertFields(paste.fields, row);
    if (!paste.fields.isEmpty()) {
        // The pasted rows stay selected; the current row is the last one, so Add continues below them.
        const int last = row + int(paste.fields.size()) - 1;
        QItemSelection selection(m_customFields->index(row, 0),
                                 m_customFields->index(last, CustomFieldsModel::ColumnCount - 1));
        m_ui->customFieldsView->selectionModel()->setCurrentIndex(m_customFields->index(last, 0),
                                                                  QItemSelectionModel::NoUpdate);
        m_ui->customFieldsView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    }
    if (paste.hasErrors()) {
        m_ui->banner->show(MessageBanner::Kind::Warning, [paste] {
            return MessageBanner::Content{paste.fields.isEmpty() ? tr("Nothing was pasted")
                                                                 : tr("Pasted %n field(s), with remarks",
                                                                      nullptr, int(paste.fields.size())),
                                          paste.errors.join(u'\n')};
        });
    }
}

// ---------------------------------------------------------------------------------------------- attachments

void MainWindow::addAttachments(const QStringList &paths)
{
    m_attachments->addPaths(paths);
}

void MainWindow::chooseAttachments()
{
    auto *dialog = new QFileDialog(this, tr("Attach files"));
    dialog->setObjectName(u"attachmentsDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    QStringList patterns;
    for (const QString &extension : connectionSettings().allowedExtensions)
        patterns.append(u"*."_s + extension);
    dialog->setNameFilters({tr("Files the CRM accepts (%1)").arg(patterns.join(u' ')), tr("All files (*)")});
    const QStringList paths = m_attachments->paths();
    if (!paths.isEmpty())
        dialog->setDirectory(QFileInfo(paths.constLast()).absolutePath());
    connect(dialog, &QFileDialog::filesSelected, this, &MainWindow::addAttachments);
    dialog->open(); // window-modal, no nested event loop
}

void MainWindow::removeAttachments()
{
    QList<int> rows;
    const QModelIndexList selected = m_ui->attachmentsView->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows))
        m_attachments->removeRows(row, 1);
}

void MainWindow::onAttachmentsChanged()
{
    const QStringList watched = m_watcher->files();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    QStringList existing;
    for (const QString &path : m_attachments->paths()) {
        if (QFileInfo(path).isFile())
            existing.append(path);
    }
    if (!existing.isEmpty())
        m_watcher->addPaths(existing);
    m_ui->attachmentsHintLabel->setVisible(m_attachments->rowCount() == 0);
    revalidate();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (AttachmentsModel::localFiles(event->mimeData()).isEmpty())
        return;
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (AttachmentsModel::localFiles(event->mimeData()).isEmpty())
        return;
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = AttachmentsModel::localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    addAttachments(files);
    event->setDropAction(Qt::CopyAction);
    event->accept();
}
