#include "gui/main/mainwindow.h"

#include "core/batch/batchimport.h"
#include "core/global.h"
#include "core/history/historystore.h"
#include "core/model/casefield.h"
#include "core/model/deliveryplan.h"
#include "core/net/casesclient.h"
#include "core/profiles/draftstore.h"
#include "core/profiles/profilestore.h"
#include "core/profiles/secretstore.h"
#include "core/profiles/settings.h"
#include "core/vocabulary/vocabularystore.h"
#include "gui/dialogs/aboutdialog.h"
#include "gui/dialogs/settingsdialog.h"
#include "gui/dialogs/shortcutsdialog.h"
#include "gui/history/historymodel.h"
#include "gui/history/historypane.h"
#include "gui/main/attachmentseditor.h"
#include "gui/main/batchlauncher.h"
#include "gui/main/busystate.h"
#include "gui/main/casefiller.h"
#include "gui/main/caseform.h"
#include "gui/main/caseloader.h"
#include "gui/main/connectionbar.h"
#include "gui/main/customfieldseditor.h"
#include "gui/main/draftcontroller.h"
#include "gui/main/historynotices.h"
#include "gui/main/sendflow.h"
#include "gui/main/sendpanel.h"
#include "gui/main/settingsflow.h"
#include "gui/main/valuelists.h"
#include "gui/main/vocabularyactions.h"
#include "gui/widgets/dialogs.h"
#include "gui/widgets/firstframe.h"
#include "gui/widgets/icons.h"
#include "gui/widgets/scrolltofocus.h"
#include "ui_mainwindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QScreen>
#include <QTimer>
#include <algorithm>

MainWindow::MainWindow(QNetworkAccessManager *network, Settings *settings, HistoryStore *history,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_settings(settings)
    , m_history(history)
    , m_client(new CasesClient(network, this))
    , m_drafts(new DraftController(
          this, [this] { return currentUpdate(); },
          [this] { return m_ui->connectionBar->currentProfile().id; }))
    , m_lists(std::make_unique<ValueLists>(settings))
{
    Q_ASSERT(settings && history);
    m_ui->setupUi(this);
    // Its seven sizes are decoded and handed to the window system whole: after the first frame, which
    // does not show it (the title bar's icon follows a few milliseconds later).
    FirstFrame::then(this, [this] { setWindowIcon(Icons::icon(Icons::Id::Application)); });
    setAcceptDrops(true);

    setupActions();
    setupParts();
    setupFlows();
    setupTabOrder();
    m_ui->banner->hide();
    updateBusy();
    restoreLayout();
    m_historyNotices = new HistoryNotices(m_history, m_ui->banner, this);
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
    m_ui->actionLoadFromCrm->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(Qt::Key_F5)});
    m_ui->actionUpdate->setIcon(Icons::icon(Icons::Id::Send));
    m_ui->actionCancel->setIcon(Icons::icon(Icons::Id::Cancel));
    m_ui->actionNewCase->setIcon(Icons::icon(Icons::Id::NewCase));
    m_ui->actionLoadFromCrm->setIcon(Icons::icon(Icons::Id::LoadFromCrm));
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
    connect(m_ui->actionLoadFromCrm, &QAction::triggered, this, &MainWindow::loadFromCrm);
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
    // A window too short for the form scrolls it, and the field with the focus stays in view; the banner
    // and Update case stay below it, always shown.
    ScrollToFocus::follow(m_ui->editorScrollArea);
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
        m_filler->applyProfileDefaults();
        if (wasClean)
            m_drafts->markClean();
        revalidate();
        keepConnectionWarm();
    });

    m_ui->caseForm->setValueLists(m_lists.get());
    m_ui->caseForm->setOperation(connection->operation());
    m_ui->caseForm->setLoadAction(m_ui->actionLoadFromCrm);
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

    connect(m_drafts, &DraftController::message, this, toBanner);

    m_ui->historyPane->setStore(m_history);
    m_ui->historyPane->setSettings(m_settings);
    connect(m_ui->historyPane, &HistoryPane::loadRequested, this,
            [this](const HistoryEntry &entry) { m_filler->loadAttempt(entry); });
    connect(m_ui->historyPane, &HistoryPane::currentEntryChanged, this, &MainWindow::updateActionStates);

    m_vocabularyActions = new VocabularyActions(this, m_settings, [this] {
        const CaseUpdate update = currentUpdate();
        return VocabularyActions::Current{
            update.operation, update.caseType, update.status,
            m_ui->connectionBar->connectionSettings().isClosedStatus(update.status)};
    });
    m_vocabularyActions->addTo(m_ui->fileMenu, m_ui->actionSettings, m_ui->caseMenu,
                               m_ui->actionTestConnection);
    connect(m_vocabularyActions, &VocabularyActions::message, this, toBanner);
    connect(m_vocabularyActions, &VocabularyActions::changed, this, [this] {
        m_ui->caseForm->refreshValueLists();
        revalidate();
    });
}

void MainWindow::setupFlows()
{
    const auto toBanner = [this](MessageBanner::Kind kind, const MessageBanner::Render &render,
                                 const QString &topic) { m_ui->banner->show(kind, render, topic); };

    OutcomeBanner::Actions actions;
    actions.retry
        = [this] { QMetaObject::invokeMethod(this, &MainWindow::sendUpdate, Qt::QueuedConnection); };
    actions.editToken = [this] { focusField(CaseFields::wireName(CaseField::Token)); };
    actions.showDetails = [this](qint64 id) { m_ui->historyPane->showEntry(id); };
    actions.nextCase = [this] { newCase(); };
    actions.focusField = [this](const QString &field) { focusField(field); };
    m_send = new SendFlow(m_client, m_history, this, m_ui->banner, actions);
    m_ui->sendPanel->follow(m_send->sender());
    connect(m_send->sender(), &UpdateSender::requestStarted, this, [this](int, int, qint64 attemptId) {
        if (attemptId > 0)
            m_ui->historyPane->selectEntry(attemptId);
    });
    connect(m_send, &SendFlow::stateChanged, this, &MainWindow::updateBusy);
    connect(m_send, &SendFlow::finished, this, &MainWindow::onSendFinished);
    connect(m_send, &SendFlow::caseReread, this, [this](const CaseBaseline &now, const CaseUpdate &update) {
        // The form shows what is about to be sent, over the case as the CRM has it now.
        m_filler->showReread(now, update);
    });

    m_loader = new CaseLoader(m_client, this, [this] { return m_drafts->hasUnsentFieldEdits(); });
    connect(m_loader, &CaseLoader::loadingChanged, this, &MainWindow::updateBusy);
    connect(m_loader, &CaseLoader::message, this, toBanner);
    connect(m_loader, &CaseLoader::loaded, this, &MainWindow::showLoadedCase);
    connect(m_loader, &CaseLoader::failed, this, [this](const CaseQueryResult &result) {
        noteTokenAnswer(result.api);
        m_ui->caseForm->focusField(CaseFields::wireName(CaseField::WolkvoxId));
        Q_EMIT caseLoadFinished(false);
    });

    connect(m_ui->connectionBar, &ConnectionBar::connectionTested, this, [this](const ApiResult &result) {
        noteTokenAnswer(result); // a failure of the network says nothing of the token
        if (result.isSuccess()) {
            // The connection works again: a failure of the network no longer describes it.
            m_ui->banner->clearTopic(OutcomeBanner::NetworkTopic);
            m_ui->banner->clearTopic(u"connection"_s);
        }
        updateActionStates();
        Q_EMIT connectionTested(result);
    });

    m_batches = new BatchLauncher({this, m_ui->banner, m_ui->historyPane, m_client, m_history, m_settings,
                                   [this] { return batchDefaults(); },
                                   [this] { return m_ui->connectionBar->token(); }});
    m_settingsFlow
        = new SettingsFlow({this, m_settings, m_ui->connectionBar, m_ui->caseForm, [this](bool profile) {
                                if (profile) {
                                    // New defaults fill what is still empty; they are not edits.
                                    const bool wasClean = !hasUnsentChanges();
                                    m_filler->applyProfileDefaults();
                                    if (wasClean)
                                        m_drafts->markClean();
                                }
                                revalidate();
                            }});

    m_filler = new CaseFiller({this, m_settings, m_history, m_drafts, m_send, m_vocabularyActions,
                               m_ui->connectionBar, m_ui->caseForm, m_ui->customFieldsEditor,
                               m_ui->attachmentsEditor, m_ui->sendPanel, m_ui->banner, m_ui->actionNewCase,
                               [this] { return currentUpdate(); }, [this] { return connectionSettings(); },
                               [this] { updateActionStates(); }});
    m_busy = new BusyState(
        {this, m_send, m_loader, m_filler, m_ui->connectionBar, m_ui->caseForm, m_ui->customFieldsEditor,
         m_ui->attachmentsEditor, m_ui->sendPanel, m_ui->historyPane, m_ui->actionUpdate, m_ui->actionCancel,
         m_ui->actionTestConnection, m_ui->actionLoadFromCrm, m_ui->actionNewCase, m_ui->actionLoadIntoForm});
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
    // The statuses the CRM's answers or the agent marked as closing this case type count too.
    const CaseUpdate update = currentUpdate();
    return m_lists->withClosedStatuses(m_ui->connectionBar->connectionSettings(), update.operation,
                                       update.caseType);
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
    // The profile's token is asked for now and read after the first frame: the keychain's first answer
    // costs this thread several milliseconds that the frame would otherwise wait for.
    if (!isVisible()) {
        secrets->hold();
        FirstFrame::then(this, [secrets = QPointer<SecretStore>(secrets)] {
            if (secrets)
                secrets->release();
        });
    }
    m_ui->connectionBar->setProfiles(profiles, secrets);
}

void MainWindow::setVocabulary(VocabularyStore *vocabulary)
{
    m_filler->setVocabulary(vocabulary);
    m_lists->setVocabulary(vocabulary);
    m_vocabularyActions->setStore(vocabulary);
    m_ui->caseForm->refreshValueLists();
    revalidate();
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

std::optional<CaseBaseline> MainWindow::loadedCase() const
{
    return m_filler->loadedCase();
}

void MainWindow::loadUpdate(const CaseUpdate &update, const QStringList &delivered)
{
    m_filler->loadUpdate(update, delivered);
}

void MainWindow::noteTokenAnswer(const ApiResult &result)
{
    const ConnectionBar *bar = m_ui->connectionBar;
    m_send->guard()->noteAnswer(bar->server(), bar->operation(), bar->token(), result);
}

void MainWindow::showLoadedCase(const CaseBaseline &baseline)
{
    m_filler->showLoadedCase(baseline);
    Q_EMIT caseLoadFinished(true);
}

void MainWindow::addAttachments(const QStringList &paths)
{
    m_busy->addAttachments(paths);
}

QList<ValidationIssue> MainWindow::problems() const
{
    return m_filler->problems();
}

void MainWindow::newCase()
{
    if (isBusy())
        return;
    m_filler->newCase();
}

void MainWindow::revalidate()
{
    m_filler->revalidate();
}

void MainWindow::focusField(const QString &target)
{
    m_filler->focusField(target);
}

void MainWindow::updateActionStates()
{
    m_busy->updateActions();
}

void MainWindow::updateBusy()
{
    m_busy->update();
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
    m_drafts->offerRestore([this](const Draft &draft) { m_filler->restoreDraft(draft); });
}

// ---------------------------------------------------------------------------------------------- history

void MainWindow::setHistoryUnavailable(const QString &reason)
{
    m_historyNotices->showUnavailable(reason);
}

HistoryPane *MainWindow::historyPane() const
{
    return m_ui->historyPane;
}

// ---------------------------------------------------------------------------------------------- batches

void MainWindow::setBatchStore(BatchStore *store)
{
    m_batches->setStore(store);
}

BatchWindow *MainWindow::batchWindow() const
{
    return m_batches->batchWindow();
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
    m_batches->show();
}

void MainWindow::offerBatchResume()
{
    m_batches->offerResume();
}

// ---------------------------------------------------------------------------------------------- sending

bool MainWindow::isSending() const
{
    return m_send->isSending();
}

bool MainWindow::isBusy() const
{
    return m_busy->isBusy();
}

void MainWindow::loadFromCrm()
{
    if (isBusy())
        return;
    m_ui->connectionBar->normaliseServer();
    const CaseUpdate update = currentUpdate();
    m_loader->load(update.wolkvoxId,
                   {update.server, update.operation, m_ui->connectionBar->token(), connectionSettings()});
}

void MainWindow::sendUpdate()
{
    if (isBusy())
        return;
    m_ui->attachmentsEditor->refresh();
    m_ui->connectionBar->normaliseServer();
    revalidate();
    if (const QList<ValidationIssue> problems = m_filler->problems(); !problems.isEmpty()) {
        const ValidationIssue &first = problems.constFirst();
        focusField(first.index >= 0 ? first.field + u'#' + QString::number(first.index) : first.field);
        return;
    }
    if (m_filler->isUnchanged())
        return; // a loaded case with nothing changed: there is nothing to send
    // Dismissed first, so a history that cannot be written (full disk) stays on show while sending.
    m_ui->banner->dismiss();
    m_send->send({currentUpdate(), m_ui->connectionBar->token(), connectionSettings(), loadedCase()});
}

void MainWindow::cancelUpdate()
{
    if (m_loader->isLoading())
        m_loader->cancel();
    else
        m_send->cancel();
}

void MainWindow::testConnection()
{
    m_ui->connectionBar->testConnection();
    updateActionStates();
}

void MainWindow::onSendFinished(const UpdateSender::Report &report, const CaseUpdate &sent)
{
    m_filler->sendFinished(report, sent);
    Q_EMIT updateFinished(report.result);
}

// ---------------------------------------------------------------------------------------------- dialogs

void MainWindow::showAbout()
{
    if (!m_aboutDialog) {
        m_aboutDialog = new AboutDialog(this);
        m_aboutDialog->setAttribute(Qt::WA_DeleteOnClose);
        Dialogs::returnKeyboardWhenGone(m_aboutDialog, this);
    }
    m_aboutDialog->show();
    m_aboutDialog->raise();
    m_aboutDialog->activateWindow();
}

void MainWindow::showSettings()
{
    m_settingsFlow->open();
}

// ---------------------------------------------------------------------------------------------- events

void MainWindow::closeEvent(QCloseEvent *event)
{
    const auto closeAgain
        = [this] { QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection); };
    if (m_batches->isSending()) {
        // The batch window asks whether to pause; once it has closed, closing here goes on.
        event->ignore();
        m_batches->requestClose(closeAgain);
        return;
    }
    // Closing while sending was confirmed: the autosaved draft then simply stays for next time.
    if (!m_send->confirmClose(closeAgain)
        || (!m_send->closeConfirmed() && !m_drafts->confirmClose(closeAgain))) {
        event->ignore();
        return;
    }
    if (!m_drafts->closeDecided())
        m_drafts->saveNow(); // flush a pending autosave
    m_drafts->stop();
    saveLayout();
    m_loader->cancel();
    m_send->guard()->cancel();
    m_send->sender()->cancel(); // the history shows it as cancelled
    m_ui->connectionBar->cancelTest();
    m_client->stopKeepingWarm();
    event->accept();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (std::exchange(m_focusedOnStart, true))
        return;
    // On start the cursor waits where the agent types first: the first missing connection field, else the
    // case's id. Queued, so the profile has been applied. Its token is read after the first frame: when the
    // keychain fills the field the cursor waited in, the cursor moves on, unless the agent moved it.
    QTimer::singleShot(0, this, [this] {
        focusFirstField();
        if (!m_ui->connectionBar->isReadingToken())
            return;
        connect(
            m_ui->connectionBar, &ConnectionBar::tokenReadFinished, this,
            [this, chosen = QPointer<QWidget>(focusWidget())](bool applied) {
                if (applied && focusWidget() == chosen)
                    focusFirstField();
            },
            Qt::SingleShotConnection);
    });
}

void MainWindow::focusFirstField()
{
    if (QWidget *missing = m_ui->connectionBar->firstIncompleteField())
        missing->setFocus(Qt::OtherFocusReason);
    else
        m_ui->caseForm->firstField()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    switch (event->type()) {
    case QEvent::LanguageChange:
        m_ui->retranslateUi(this);
        m_vocabularyActions->retranslate();
        updateBusy();
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
