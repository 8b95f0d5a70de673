#include "gui/main/mainwindow.h"

#include "core/batch/batchimport.h"
#include "core/batch/batchstore.h"
#include "core/global.h"
#include "core/history/historystore.h"
#include "core/model/casefield.h"
#include "core/model/deliveryplan.h"
#include "core/net/casesclient.h"
#include "core/profiles/draftstore.h"
#include "core/profiles/profilestore.h"
#include "core/profiles/settings.h"
#include "core/translations.h"
#include "gui/batch/batchwindow.h"
#include "gui/dialogs/aboutdialog.h"
#include "gui/dialogs/settingsdialog.h"
#include "gui/dialogs/shortcutsdialog.h"
#include "gui/history/historymodel.h"
#include "gui/history/historypane.h"
#include "gui/main/attachmentseditor.h"
#include "gui/main/caseform.h"
#include "gui/main/connectionbar.h"
#include "gui/main/customfieldseditor.h"
#include "gui/main/draftcontroller.h"
#include "gui/main/sendpanel.h"
#include "gui/widgets/dialogs.h"
#include "gui/widgets/icons.h"
#include "ui_mainwindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QScreen>
#include <QTableView>
#include <QTreeView>
#include <algorithm>

MainWindow::MainWindow(QNetworkAccessManager *network, Settings *settings, HistoryStore *history,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_settings(settings)
    , m_history(history)
    , m_client(new CasesClient(network, this))
    , m_sender(new UpdateSender(m_client, history, this))
    , m_drafts(new DraftController(
          this, [this] { return currentUpdate(); },
          [this] { return m_ui->connectionBar->currentProfile().id; }))
{
    Q_ASSERT(settings && history);
    m_ui->setupUi(this);
    setWindowIcon(Icons::icon(Icons::Id::Application));
    setAcceptDrops(true);

    setupActions();
    setupParts();
    setupTabOrder();
    m_ui->banner->hide();
    setSending(false);
    restoreLayout();
    watchHistoryStore();
    revalidate();
    m_drafts->markClean();
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
    m_ui->actionAboutQt->setMenuRole(QAction::AboutQtRole);

    connect(m_ui->actionUpdate, &QAction::triggered, this, &MainWindow::sendUpdate);
    connect(m_ui->actionCancel, &QAction::triggered, this, &MainWindow::cancelUpdate);
    connect(m_ui->actionNewCase, &QAction::triggered, this, &MainWindow::newCase);
    connect(m_ui->actionTestConnection, &QAction::triggered, this, &MainWindow::testConnection);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->actionBulkCorrection, &QAction::triggered, this, &MainWindow::showBatchWindow);
    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_ui->actionKeyboardShortcuts, &QAction::triggered, this,
            [this] { ShortcutsDialog::showFor(this); });
    connect(m_ui->actionLoadIntoForm, &QAction::triggered, m_ui->historyPane, &HistoryPane::loadCurrent);
}

void MainWindow::setupParts()
{
    const auto toBanner = [this](MessageBanner::Kind kind, const MessageBanner::Render &render,
                                 const QString &topic = {}) { m_ui->banner->show(kind, render, topic); };

    ConnectionBar *connection = m_ui->connectionBar;
    connection->setup(m_settings, m_client);
    connect(connection, &ConnectionBar::changed, this, &MainWindow::revalidate);
    connect(connection, &ConnectionBar::operationChanged, m_ui->caseForm, &CaseForm::setOperation);
    connect(connection, &ConnectionBar::message, this, toBanner);
    connect(connection, &ConnectionBar::profileApplied, this, [this] {
        // A profile's defaults are not the agent's edits: a clean form stays clean.
        const bool wasClean = !hasUnsentChanges();
        applyProfileDefaults();
        if (wasClean)
            m_drafts->markClean();
        revalidate();
        keepConnectionWarm();
    });
    connect(connection, &ConnectionBar::connectionTested, this, [this](const ApiResult &result) {
        updateActionStates();
        Q_EMIT connectionTested(result);
    });

    m_ui->caseForm->setSettings(m_settings);
    m_ui->caseForm->setOperation(connection->operation());
    connect(m_ui->caseForm, &CaseForm::changed, this, &MainWindow::revalidate);
    connect(m_ui->customFieldsEditor, &CustomFieldsEditor::changed, this, &MainWindow::revalidate);
    connect(m_ui->customFieldsEditor, &CustomFieldsEditor::message, this, toBanner);
    m_ui->attachmentsEditor->setSettings(m_settings);
    connect(m_ui->attachmentsEditor, &AttachmentsEditor::changed, this, &MainWindow::revalidate);

    // The three column headings share one baseline whether or not their row carries buttons.
    const int height = std::max(m_ui->customFieldsEditor->headerButtonHeight(),
                                m_ui->attachmentsEditor->headerButtonHeight());
    for (QWidget *heading :
         {m_ui->caseForm->findChild<QWidget *>(u"caseHeading"_s), m_ui->customFieldsEditor->headingLabel(),
          m_ui->attachmentsEditor->headingLabel()})
        heading->setMinimumHeight(height);

    SendPanel *send = m_ui->sendPanel;
    send->setUpdateAction(m_ui->actionUpdate);
    connect(send, &SendPanel::updateClicked, this, &MainWindow::sendUpdate);
    connect(send, &SendPanel::cancelClicked, this, &MainWindow::cancelUpdate);
    connect(send, &SendPanel::problemActivated, this, &MainWindow::focusField);

    connect(m_sender, &UpdateSender::requestStarted, this, [this](int, int, qint64 attemptId) {
        if (attemptId > 0)
            m_ui->historyPane->selectEntry(attemptId);
        m_ui->sendPanel->showWaiting();
    });
    connect(m_sender, &UpdateSender::connected, this, [this] {
        m_ui->sendPanel->showConnecting(m_sender->currentRequest(), m_sender->plan().requestCount());
    });
    connect(m_sender, &UpdateSender::uploadProgress, m_ui->sendPanel, &SendPanel::showProgress);
    connect(m_sender, &UpdateSender::finished, this, &MainWindow::onSendFinished);

    connect(m_drafts, &DraftController::message, this, toBanner);

    m_ui->historyPane->setStore(m_history);
    connect(m_ui->historyPane, &HistoryPane::loadRequested, this,
            [this](const HistoryEntry &entry) { loadUpdate(m_history->wholeUpdate(entry)); });
    connect(m_ui->historyPane, &HistoryPane::currentEntryChanged, this, &MainWindow::updateActionStates);
}

void MainWindow::setupTabOrder()
{
    // Each part keeps its own order; the window chains them, with the banner and the history after.
    QWidget *bannerClose = m_ui->banner->findChild<QWidget *>(u"bannerCloseButton"_s);
    const QList<QPair<QWidget *, QWidget *>> parts{
        {m_ui->connectionBar->firstField(), m_ui->connectionBar->lastField()},
        {m_ui->caseForm->firstField(), m_ui->caseForm->lastField()},
        {m_ui->customFieldsEditor->firstField(), m_ui->customFieldsEditor->lastField()},
        {m_ui->attachmentsEditor->firstField(), m_ui->attachmentsEditor->lastField()},
        {bannerClose, bannerClose},
        {m_ui->sendPanel->firstField(), m_ui->sendPanel->lastField()},
        {m_ui->historyPane->firstInFocusChain(), m_ui->historyPane->firstInFocusChain()},
    };
    for (qsizetype i = 1; i < parts.size(); ++i)
        QWidget::setTabOrder(parts.at(i - 1).second, parts.at(i).first);
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
    // The case on the left; its custom fields above its attachments on the right, so the two columns fit
    // half a laptop screen (683 px) with the whole wolkvox-id in view.
    const QByteArray editor = m_settings->splitterState(u"editor"_s);
    if (editor.isEmpty() || !m_ui->editorSplitter->restoreState(editor)) {
        const int caseWidth = std::max(width() * 40 / 100, m_ui->caseForm->sizeHint().width());
        m_ui->editorSplitter->setSizes({caseWidth, std::max(1, width() - caseWidth)});
    }
    m_ui->sideSplitter->setSizes({height() * 60 / 100, height() * 40 / 100});
    // A narrower window takes its room from the custom fields and attachments first: the case keeps its.
    m_ui->editorSplitter->setStretchFactor(0, 0);
    m_ui->editorSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setStretchFactor(0, 1);
    m_ui->mainSplitter->setStretchFactor(1, 0);

    m_ui->historyPane->restoreSplitterState(m_settings->splitterState(u"history"_s));
    m_ui->historyPane->restoreHeaderState(m_settings->headerState(u"history"_s));
    if (const QByteArray state = m_settings->headerState(u"customFields"_s); !state.isEmpty())
        m_ui->customFieldsEditor->findChild<QHeaderView *>()->restoreState(state);
    if (const QByteArray state = m_settings->headerState(u"attachments"_s); !state.isEmpty())
        m_ui->attachmentsEditor->findChild<QHeaderView *>()->restoreState(state);
}

void MainWindow::saveLayout()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setSplitterState(u"main"_s, m_ui->mainSplitter->saveState());
    m_settings->setSplitterState(u"editor"_s, m_ui->editorSplitter->saveState());
    m_settings->setSplitterState(u"history"_s, m_ui->historyPane->splitterState());
    m_settings->setHeaderState(u"history"_s, m_ui->historyPane->headerState());
    m_settings->setHeaderState(u"customFields"_s,
                               m_ui->customFieldsEditor->findChild<QHeaderView *>()->saveState());
    m_settings->setHeaderState(u"attachments"_s,
                               m_ui->attachmentsEditor->findChild<QHeaderView *>()->saveState());
    m_settings->sync();
}

// ---------------------------------------------------------------------------------------------- the form

ConnectionSettings MainWindow::connectionSettings() const
{
    return m_ui->connectionBar->connectionSettings();
}

void MainWindow::setServer(const QString &server)
{
    m_ui->connectionBar->setServer(server);
}

void MainWindow::setOperation(const QString &operation)
{
    m_ui->connectionBar->setOperation(operation);
}

void MainWindow::setToken(const QString &token)
{
    m_ui->connectionBar->setToken(token);
}

void MainWindow::setProfiles(ProfileStore *profiles, SecretStore *secrets)
{
    m_ui->connectionBar->setProfiles(profiles, secrets);
}

CaseUpdate MainWindow::currentUpdate() const
{
    CaseUpdate update;
    m_ui->connectionBar->fillUpdate(&update);
    m_ui->caseForm->fillUpdate(&update);
    update.customFields = m_ui->customFieldsEditor->fields();
    update.attachments = m_ui->attachmentsEditor->paths();
    return update;
}

void MainWindow::loadUpdate(const CaseUpdate &update)
{
    m_loading = true;
    m_ui->connectionBar->setServer(update.server);
    m_ui->connectionBar->setOperation(update.operation);
    m_ui->caseForm->load(update);
    m_ui->customFieldsEditor->setFields(update.customFields);
    m_ui->attachmentsEditor->setPaths(update.attachments);
    m_loading = false;
    revalidate();
    m_ui->banner->show(MessageBanner::Kind::Information, [id = update.wolkvoxId] {
        return MessageBanner::Content{
            tr("Loaded into the form"),
            tr("Case %1 is back in the form: correct it and press Update case.").arg(id)};
    });
    m_ui->caseForm->firstField()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::addAttachments(const QStringList &paths)
{
    m_ui->attachmentsEditor->addPaths(paths);
}

void MainWindow::newCase()
{
    m_loading = true;
    m_ui->caseForm->clearCase();
    m_ui->customFieldsEditor->setFields({});
    m_ui->attachmentsEditor->setPaths({});
    applyProfileDefaults();
    m_loading = false;
    m_ui->banner->dismiss();
    m_drafts->markClean();
    m_drafts->saveNow();
    revalidate();
    m_ui->caseForm->firstField()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::applyProfileDefaults()
{
    const ConnectionProfile profile = m_ui->connectionBar->currentProfile();
    if (!profile.id.isEmpty())
        m_ui->caseForm->applyDefaults(profile.defaultCaseType, profile.defaultStatus,
                                      profile.defaultPriority);
}

void MainWindow::revalidate()
{
    if (m_loading)
        return;
    m_drafts->schedule();
    const CaseUpdate update = currentUpdate();
    const ConnectionSettings settings = connectionSettings();
    QList<ValidationIssue> issues = Validator::validate(update, settings);
    if (m_ui->connectionBar->token().isEmpty()) {
        issues.append({CaseFields::wireName(CaseField::Token), -1, Rules::Required,
                       tr("Enter the operation's Wolkvox-Token.")});
    }
    std::stable_sort(issues.begin(), issues.end(), [](const ValidationIssue &a, const ValidationIssue &b) {
        return CaseFields::order(a.field) < CaseFields::order(b.field);
    });
    m_problems = issues;

    m_ui->connectionBar->showIssues(issues);
    m_ui->caseForm->showIssues(issues, settings);
    m_ui->customFieldsEditor->showIssues(issues, update.formJson());
    m_ui->attachmentsEditor->showIssues(issues);
    m_ui->attachmentsEditor->setAllowedExtensions(settings.allowedExtensions);
    m_ui->sendPanel->setProblems(issues);
    m_ui->sendPanel->setDeliveryNote(
        DeliveryPlan::make(update, settings).summary(settings.attachmentPartName));
    updateActionStates();
}

void MainWindow::focusField(const QString &target)
{
    const QString field = target.section(u'#', 0, 0);
    bool ok = false;
    const int row = target.section(u'#', 1, 1).toInt(&ok);
    if (field == CaseFields::wireName(CaseField::Form))
        m_ui->customFieldsEditor->focusRow(ok ? row : -1);
    else if (field == CaseFields::wireName(CaseField::File))
        m_ui->attachmentsEditor->focusRow(ok ? row : -1);
    else if (!m_ui->connectionBar->focusField(field))
        m_ui->caseForm->focusField(field);
}

void MainWindow::updateActionStates()
{
    const bool sending = isSending();
    const bool canSend = !sending && m_problems.isEmpty();
    m_ui->sendPanel->setCanSend(canSend);
    m_ui->actionUpdate->setEnabled(canSend);
    m_ui->actionCancel->setEnabled(sending);
    bool connectionComplete = !m_ui->connectionBar->isTesting();
    for (const ValidationIssue &issue : std::as_const(m_problems)) {
        const auto field = CaseFields::fromWireName(issue.field);
        if (field == CaseField::Server || field == CaseField::Token || field == CaseField::Operation)
            connectionComplete = false;
    }
    m_ui->actionTestConnection->setEnabled(connectionComplete);
    m_ui->actionLoadIntoForm->setEnabled(m_ui->historyPane->currentEntry().id != 0);
}

void MainWindow::keepConnectionWarm()
{
    // The first update of the day finds its connection (TCP and TLS) open; nothing is sent.
    const ConnectionSettings settings = connectionSettings();
    const CaseUpdate update = currentUpdate();
    if (m_ui->connectionBar->firstIncompleteField() || !isVisible())
        m_client->stopKeepingWarm();
    else
        m_client->keepWarm(update.server, settings);
}

// ---------------------------------------------------------------------------------------------- drafts

void MainWindow::setDraftStore(DraftStore *drafts)
{
    m_drafts->setStore(drafts);
}

void MainWindow::setDraftDelay(int milliseconds)
{
    m_drafts->setDelay(milliseconds);
}

bool MainWindow::hasUnsentChanges() const
{
    return m_drafts->hasUnsentChanges();
}

void MainWindow::offerDraftRestore()
{
    m_drafts->offerRestore([this](const Draft &draft) {
        // Back to the profile the case was typed for, when it still exists.
        ProfileStore *profiles = m_ui->connectionBar->profiles();
        if (profiles && profiles->contains(draft.profileId) && profiles->currentId() != draft.profileId)
            profiles->setCurrent(draft.profileId);
        // The connection stays the window's (profile or command line); only the case comes back.
        CaseUpdate restored = draft.update;
        const CaseUpdate current = currentUpdate();
        restored.server = current.server;
        restored.operation = current.operation;
        // Files attached while the question was open (dropped, or given to a second start) stay.
        for (const QString &path : current.attachments) {
            if (!restored.attachments.contains(path))
                restored.attachments.append(path);
        }
        loadUpdate(restored);
    });
}

// ---------------------------------------------------------------------------------------------- history

void MainWindow::watchHistoryStore()
{
    connect(m_history, &HistoryStore::writeFailed, this, [this](const QString &message) {
        m_ui->banner->show(MessageBanner::Kind::Error, [message] {
            return MessageBanner::Content{tr("The history could not be saved"), message};
        });
    });
    if (const int interrupted = m_history->interruptedOnOpen(); interrupted > 0) {
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
        // Two sentences on two lines: the reason comes translated from the history store.
        return MessageBanner::Content{
            tr("The history is not being saved"),
            reason + u'\n' + tr("This session's attempts are kept only until Casedesk closes.")};
    });
}

HistoryPane *MainWindow::historyPane() const
{
    return m_ui->historyPane;
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
    const ConnectionProfile profile = m_ui->connectionBar->currentProfile();
    if (!profile.id.isEmpty()) {
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
        m_ui->banner->show(MessageBanner::Kind::Warning, [] {
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
        m_batchWindow->setTokenProvider([this] { return m_ui->connectionBar->token(); });
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

// ---------------------------------------------------------------------------------------------- sending

bool MainWindow::isSending() const
{
    return m_sender->isSending();
}

void MainWindow::sendUpdate()
{
    if (isSending())
        return;
    m_ui->attachmentsEditor->refresh();
    m_ui->connectionBar->normaliseServer();
    revalidate();
    if (!m_problems.isEmpty()) {
        const ValidationIssue &first = m_problems.constFirst();
        focusField(first.index >= 0 ? first.field + u'#' + QString::number(first.index) : first.field);
        return;
    }
    // Dismissed first, so a history that cannot be written (full disk) stays on show while sending.
    m_ui->banner->dismiss();
    setSending(true);
    m_sender->send(currentUpdate(), m_ui->connectionBar->token(), connectionSettings());
}

void MainWindow::cancelUpdate()
{
    m_sender->cancel();
}

void MainWindow::testConnection()
{
    m_ui->connectionBar->testConnection();
    updateActionStates();
}

void MainWindow::setSending(bool sending)
{
    m_ui->sendPanel->setSending(sending);
    setWindowTitle(sending ? tr("Casedesk — sending…") : tr("Casedesk"));
    updateActionStates();
}

void MainWindow::onSendFinished(const UpdateSender::Report &report)
{
    setSending(false);
    if (report.isSuccess()) {
        const CaseUpdate sent = m_sender->update();
        rememberSuccessful(sent);
        // Sent: nothing left to lose. Edits made during the upload still count as unsent.
        m_drafts->setClean(sent);
        m_drafts->saveNow();
    }
    showOutcome(report);
    revalidate();
    Q_EMIT updateFinished(report.result);
}

void MainWindow::showOutcome(const UpdateSender::Report &report)
{
    const ApiResult &result = report.result;
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
    // A history that could not record the attempt, or files left behind, turn a success into a warning.
    if (kind == MessageBanner::Kind::Success && !report.historyError.isEmpty())
        kind = MessageBanner::Kind::Warning;
    m_ui->banner->show(kind, [report] {
        const ApiResult &result = report.result;
        QString title = result.outcomeText();
        QStringList text{result.explanation()};
        if (result.outcome == ApiResult::Outcome::Success) {
            title = result.wolkvoxId.isEmpty() ? tr("Case updated")
                                               : tr("Case %1 updated").arg(result.wolkvoxId);
            if (!result.msg.isEmpty()) {
                text = {tr("The CRM answered “%1” (HTTP %2) in %3.")
                            .arg(result.msg)
                            .arg(result.httpStatus)
                            .arg(HistoryModel::durationText(result.elapsedMs))};
            }
            if (report.requests > 1)
                text.append(
                    tr("Its %n file(s) went in %n updates, one file each.", nullptr, report.requests));
        } else if (result.outcome == ApiResult::Outcome::Cancelled) {
            title = tr("Update cancelled");
        }
        if (report.isPartial()) {
            text.append(tr("The CRM has the fields and %n file(s) from the updates before: %1.", nullptr,
                           int(report.delivered.size()))
                            .arg(HistoryModel::fileNames(report.delivered)));
        }
        if (!report.notSent.isEmpty()) {
            text.append(tr("%n file(s) were not sent: %1.", nullptr, int(report.notSent.size()))
                            .arg(HistoryModel::fileNames(report.notSent)));
        }
        // The outcome first; a history that could not record the attempt is said after it, whole.
        if (!report.historyError.isEmpty())
            text += {tr("The history could not record this attempt."), report.historyError};
        return MessageBanner::Content{title, text.join(u"\n\n"_s)};
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
    m_ui->connectionBar->refreshServers();
    m_ui->caseForm->refreshValueLists();
}

// ---------------------------------------------------------------------------------------------- dialogs

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
    ProfileStore *profiles = m_ui->connectionBar->profiles();
    const ConnectionProfile profile = m_ui->connectionBar->currentProfile();
    if (!profile.id.isEmpty()) {
        dialog->setFormDefaults({profile.defaultCaseType, profile.defaultStatus, profile.defaultPriority},
                                m_ui->caseForm->caseTypes(), m_ui->caseForm->statuses(),
                                m_ui->caseForm->priorities());
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog, profiles] {
        if (dialog->language() != m_settings->language()) {
            m_settings->setLanguage(dialog->language());
            Translations::install(Translations::resolve(dialog->language())); // retranslates every window
        }
        ConnectionProfile current = m_ui->connectionBar->currentProfile();
        if (!current.id.isEmpty()) {
            // The dialog edits the current profile's settings.
            current.setConnectionSettings(dialog->connectionSettings());
            const SettingsDialog::FormDefaults defaults = dialog->formDefaults();
            current.defaultCaseType = defaults.caseType;
            current.defaultStatus = defaults.status;
            current.defaultPriority = defaults.priority;
            profiles->update(current);
            // New defaults fill what is still empty; they are not the agent's edits.
            const bool wasClean = !hasUnsentChanges();
            applyProfileDefaults();
            if (wasClean)
                m_drafts->markClean();
        } else {
            m_settings->setConnectionSettings(dialog->connectionSettings());
        }
        m_settings->sync();
        revalidate();
    });
    m_settingsDialog = dialog;
    dialog->open(); // window-modal, no nested event loop
}

// ---------------------------------------------------------------------------------------------- events

bool MainWindow::confirmClose()
{
    if (isSending() && !m_closeConfirmed) {
        // Closing would abandon an update whose fate is unknown: ask, without blocking the window.
        Dialogs::ask(this, u"closeWhileSendingBox"_s, QMessageBox::Warning, tr("An update is being sent"),
                     tr("Casedesk is still sending case %1. If you close now the upload is cancelled and you "
                        "will not know whether the CRM applied it.")
                         .arg(m_sender->update().wolkvoxId),
                     {},
                     {{tr("&Keep sending"),
                       QMessageBox::RejectRole,
                       u"keepSendingButton"_s,
                       {},
                       QMessageBox::NoButton,
                       true},
                      {tr("&Cancel the upload and close"), QMessageBox::DestructiveRole,
                       u"closeAnywayButton"_s, [this] {
                           m_closeConfirmed = true;
                           QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
                       }}});
        return false;
    }
    // Closing while sending was already confirmed; the autosaved draft then simply stays for next time.
    if (m_drafts->store() && !m_closeDecided && !m_closeConfirmed && hasUnsentChanges()) {
        Dialogs::ask(this, u"unsentChangesBox"_s, QMessageBox::Question, tr("Unsent changes"),
                     tr("The form has changes that were not sent."),
                     tr("Save them as a draft to be offered the next time Casedesk starts, or discard them."),
                     {{tr("&Save draft"), QMessageBox::AcceptRole, u"saveDraftButton"_s,
                       [this] {
                           m_closeDecided = true;
                           m_drafts->keep();
                           QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
                       },
                       QMessageBox::NoButton, true},
                      {tr("&Discard"), QMessageBox::DestructiveRole, u"discardChangesButton"_s,
                       [this] {
                           m_closeDecided = true;
                           m_drafts->discard();
                           QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
                       }},
                      {{}, QMessageBox::RejectRole, {}, {}, QMessageBox::Cancel, false, true}});
        return false;
    }
    return true;
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
    if (!confirmClose()) {
        event->ignore();
        return;
    }
    if (!m_closeDecided)
        m_drafts->saveNow(); // flush a pending autosave
    m_drafts->stop();
    saveLayout();
    cancelUpdate(); // the history shows it as cancelled
    m_ui->connectionBar->cancelTest();
    m_client->stopKeepingWarm();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    switch (event->type()) {
    case QEvent::LanguageChange:
        m_ui->retranslateUi(this);
        setSending(isSending());
        revalidate();
        break;
    case QEvent::ActivationChange:
        if (!isActiveWindow())
            break;
        // Files may have changed while the agent was in another window.
        if (m_ui->attachmentsEditor->count() > 0) {
            m_ui->attachmentsEditor->refresh();
            revalidate();
        }
        keepConnectionWarm();
        break;
    case QEvent::PaletteChange:
        revalidate();
        break;
    default:
        break;
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (AttachmentsEditor::droppedFiles(event->mimeData()).isEmpty())
        return;
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (AttachmentsEditor::droppedFiles(event->mimeData()).isEmpty())
        return;
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = AttachmentsEditor::droppedFiles(event->mimeData());
    if (files.isEmpty())
        return;
    addAttachments(files);
    event->setDropAction(Qt::CopyAction);
    event->accept();
}
