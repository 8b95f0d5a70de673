#include "gui/batch/batchwindow.h"

#include "core/global.h"
#include "core/profiles/settings.h"
#include "gui/batch/batchcheckpage.h"
#include "gui/batch/batchmappingpage.h"
#include "gui/batch/batchresultspage.h"
#include "gui/batch/batchsendpage.h"
#include "gui/batch/batchsourcepage.h"
#include "gui/widgets/dialogs.h"
#include "gui/widgets/icons.h"
#include "gui/widgets/messagebanner.h"
#include "ui_batchwindow.h"

#include <QAction>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QMimeData>
#include <QScreen>
#include <QTableView>
#include <QUrl>
#include <algorithm>

namespace {
bool isTableFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"csv"_s || suffix == u"tsv"_s || suffix == u"txt"_s || suffix == u"tab"_s;
}

QString droppedTable(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile() && isTableFile(url.toLocalFile()))
            return url.toLocalFile();
    }
    return {};
}

MessageBanner::Kind bannerKind(BatchSession::Notice::Kind kind)
{
    switch (kind) {
    case BatchSession::Notice::Kind::Success:
        return MessageBanner::Kind::Success;
    case BatchSession::Notice::Kind::Error:
        return MessageBanner::Kind::Error;
    case BatchSession::Notice::Kind::Warning:
        return MessageBanner::Kind::Warning;
    case BatchSession::Notice::Kind::Information:
        break;
    }
    return MessageBanner::Kind::Information;
}
} // namespace

BatchWindow::BatchWindow(BatchStore *store, CasesClient *client, HistoryStore *history, Settings *settings,
                         QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_ui(std::make_unique<Ui::BatchWindow>())
    , m_settings(settings)
    , m_session(new BatchSession(store, client, history, settings, this))
    , m_openAction(new QAction(this))
    , m_pasteAction(new QAction(this))
    , m_reloadAction(new QAction(this))
    , m_copyAction(new QAction(this))
    , m_closeAction(new QAction(this))
{
    m_ui->setupUi(this);
    setWindowIcon(Icons::icon(Icons::Id::Batch));
    setAcceptDrops(true);

    m_sourcePage = new BatchSourcePage(m_session, m_ui->pages);
    m_mappingPage = new BatchMappingPage(m_session, m_ui->pages);
    m_checkPage = new BatchCheckPage(m_session, m_ui->pages);
    m_sendPage = new BatchSendPage(m_session, m_ui->pages);
    m_resultsPage = new BatchResultsPage(m_session, m_ui->pages);
    // The order of the steps is this table's, not the stack's.
    m_steps = {{Page::Source, m_ui->stepSourceButton, m_sourcePage},
               {Page::Mapping, m_ui->stepMappingButton, m_mappingPage},
               {Page::Check, m_ui->stepCheckButton, m_checkPage},
               {Page::Send, m_ui->stepSendButton, m_sendPage},
               {Page::Results, m_ui->stepResultsButton, m_resultsPage}};
    for (const Step &s : std::as_const(m_steps))
        m_ui->pages->addWidget(s.widget);

    setupSteps();
    setupActions();
    setupTabOrder();

    connect(m_session, &BatchSession::noticed, this, &BatchWindow::showNotice);
    connect(m_session, &BatchSession::noticeCleared, this, &BatchWindow::clearNotice);
    connect(m_session, &BatchSession::pageRequested, this, &BatchWindow::setPage);
    connect(m_session, &BatchSession::importLoaded, this, &BatchWindow::onImportLoaded);
    connect(m_session, &BatchSession::showInHistoryRequested, this, &BatchWindow::showInHistoryRequested);
    for (const auto signal : {&BatchSession::importEdited, &BatchSession::readingChanged,
                              &BatchSession::statusChanged, &BatchSession::rowsChanged})
        connect(m_session, signal, this, &BatchWindow::updateSteps);
    connect(m_session, &BatchSession::batchChanged, this, [this] {
        updateConnectionLabel();
        updateSteps();
    });
    for (const auto signal : {&BatchSession::progressChanged, &BatchSession::statusChanged,
                              &BatchSession::batchChanged, &BatchSession::rowsChanged})
        connect(m_session, signal, this, &BatchWindow::updateTitle);
    connect(m_session, &BatchSession::statusChanged, this, [this] {
        const BatchRunner::State state = m_session->runner()->state();
        if (m_closeRequested
            && (state == BatchRunner::State::Paused || state == BatchRunner::State::Finished))
            finishClose();
    });

    m_ui->batchBanner->hide();
    restoreLayout();
    retranslate();
    m_ui->pages->setCurrentWidget(m_sourcePage);
    refreshUnfinished();
    updateSteps();
}

BatchWindow::~BatchWindow()
{
    saveLayout();
    // The session's runner aborts a running batch as it goes; nothing of it may reach this window. The pages
    // go first: losing focus as they are destroyed, they still talk to the session.
    m_session->disconnect(this);
    for (const Step &s : std::as_const(m_steps))
        delete s.widget;
}

void BatchWindow::setDefaultsProvider(std::function<BatchDefaults()> provider)
{
    m_session->setDefaultsProvider(std::move(provider));
    updateConnectionLabel();
    if (!isBusy()) {
        m_sendPage->setConcurrencyLimit(std::clamp(m_session->currentDefaults().settings.maxInFlightPerToken,
                                                   1, Casedesk::MaxRequestsInFlightPerToken));
    }
}

void BatchWindow::setTokenProvider(std::function<QString()> provider)
{
    m_session->setTokenProvider(std::move(provider));
}

// ---------------------------------------------------------------------------------------------- the API

void BatchWindow::openFile(const QString &path)
{
    m_session->openFile(path);
}

void BatchWindow::importText(const QString &text)
{
    m_session->importText(text);
}

void BatchWindow::pasteFromClipboard()
{
    m_sourcePage->pasteFromClipboard();
}

void BatchWindow::showBatch(qint64 batchId, Page page)
{
    m_session->showBatch(batchId, page);
}

void BatchWindow::resumeBatch(qint64 batchId)
{
    m_session->resumeBatch(batchId);
}

void BatchWindow::startSending()
{
    m_session->startSending();
}

bool BatchWindow::exportResults(const QString &fileName)
{
    return m_session->exportResults(fileName);
}

void BatchWindow::refreshUnfinished()
{
    m_sourcePage->refreshUnfinished();
}

bool BatchWindow::isReachable(Page page) const
{
    return m_session->isReachable(page);
}

qint64 BatchWindow::batchId() const
{
    return m_session->batchId();
}

bool BatchWindow::hasImport() const
{
    return m_session->hasImport();
}

const BatchImport &BatchWindow::currentImport() const
{
    return m_session->currentImport();
}

BatchRunner *BatchWindow::runner() const
{
    return m_session->runner();
}

bool BatchWindow::isReading() const
{
    return m_session->isReading();
}

bool BatchWindow::isSending() const
{
    return m_session->isSending();
}

bool BatchWindow::isSaving() const
{
    return m_session->isSaving();
}

bool BatchWindow::isBusy() const
{
    return m_session->isBusy();
}

// ---------------------------------------------------------------------------------------------- setup

void BatchWindow::setupSteps()
{
    for (const Step &s : std::as_const(m_steps))
        connect(s.button, &QToolButton::clicked, this, [this, page = s.page] { setPage(page); });
    for (QLabel *arrow : {m_ui->stepArrow1, m_ui->stepArrow2, m_ui->stepArrow3, m_ui->stepArrow4}) {
        arrow->setEnabled(false);
        arrow->setAccessibleName(QString());
    }
}

void BatchWindow::setupActions()
{
    m_openAction->setObjectName(u"openCsvAction"_s);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, [this] {
        if (page() == Page::Source && !isBusy())
            m_sourcePage->chooseFile();
    });
    m_pasteAction->setObjectName(u"pasteRowsAction"_s);
    m_pasteAction->setShortcut(QKeySequence::Paste);
    connect(m_pasteAction, &QAction::triggered, this, [this] {
        if (page() == Page::Source && !isBusy())
            m_sourcePage->pasteFromClipboard();
    });
    m_reloadAction->setObjectName(u"reloadFileAction"_s);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    connect(m_reloadAction, &QAction::triggered, this, [this] {
        if (page() == Page::Check && m_checkPage->canReload())
            m_session->reloadFile();
    });
    m_copyAction->setObjectName(u"copyResultsAction"_s);
    m_copyAction->setShortcut(QKeySequence::Copy);
    connect(m_copyAction, &QAction::triggered, this, [this] {
        if (page() == Page::Results)
            m_resultsPage->copyResults();
    });
    m_closeAction->setObjectName(u"closeBatchWindowAction"_s);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &QWidget::close);
    for (QAction *action : {m_openAction, m_pasteAction, m_reloadAction, m_copyAction, m_closeAction}) {
        // Text fields keep their own Ctrl+V and Ctrl+C: the window's action only gets the unclaimed keys.
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
    }
}

void BatchWindow::setupTabOrder()
{
    // Each page's form lists its own order; the banner's buttons come right after the steps.
    // (The banner keeps its own buttons in order before its close button.)
    QWidget *bannerClose = m_ui->batchBanner->findChild<QWidget *>(u"bannerCloseButton"_s);
    QWidget::setTabOrder(m_ui->stepResultsButton, bannerClose);
    QWidget::setTabOrder(bannerClose, m_sourcePage->initialFocus());
}

void BatchWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings->secondaryWindowGeometry(u"batch"_s))) {
        QSize size(1180, 720);
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableSize() * 0.9);
        resize(size);
    }
    if (const QByteArray state = m_settings->headerState(u"batchCheck"_s); !state.isEmpty())
        m_checkPage->view()->horizontalHeader()->restoreState(state);
    if (const QByteArray state = m_settings->headerState(u"batchResults"_s); !state.isEmpty())
        m_resultsPage->view()->horizontalHeader()->restoreState(state);
}

void BatchWindow::saveLayout()
{
    m_settings->setSecondaryWindowGeometry(u"batch"_s, saveGeometry());
    m_settings->setHeaderState(u"batchCheck"_s, m_checkPage->view()->horizontalHeader()->saveState());
    m_settings->setHeaderState(u"batchResults"_s, m_resultsPage->view()->horizontalHeader()->saveState());
    m_settings->sync();
}

// ---------------------------------------------------------------------------------------------- steps

const BatchWindow::Step &BatchWindow::step(Page page) const
{
    const auto it
        = std::find_if(m_steps.cbegin(), m_steps.cend(), [page](const Step &s) { return s.page == page; });
    Q_ASSERT(it != m_steps.cend());
    return *it;
}

BatchWindow::Page BatchWindow::page() const
{
    for (const Step &s : m_steps) {
        if (m_ui->pages->currentWidget() == s.widget)
            return s.page;
    }
    return Page::Source;
}

bool BatchWindow::setPage(Page page)
{
    if (!isReachable(page)) {
        updateSteps();
        return false;
    }
    showPage(page, true);
    return true;
}

void BatchWindow::showPage(Page page, bool focus)
{
    const Page previous = this->page();
    const Step &target = step(page);
    m_ui->pages->setCurrentWidget(target.widget);
    target.widget->enter(previous);
    updateSteps();
    QWidget *first = focus ? target.widget->initialFocus() : nullptr;
    if (first && first->isVisible() && first->isEnabled())
        first->setFocus(Qt::OtherFocusReason);
}

void BatchWindow::updateSteps()
{
    const Page current = page();
    for (const Step &s : std::as_const(m_steps)) {
        s.button->setEnabled(isReachable(s.page));
        s.button->setChecked(s.page == current);
        QFont font = s.button->font();
        font.setBold(s.page == current);
        s.button->setFont(font);
    }
}

void BatchWindow::updateConnectionLabel()
{
    QString server;
    QString operation;
    const std::optional<BatchInfo> &info = m_session->batchInfo();
    if (m_session->batchId() != 0 && info) {
        server = info->server;
        operation = info->operation;
    } else if (m_session->hasImport()) {
        server = m_session->currentImport().defaults().server;
        operation = m_session->currentImport().defaults().operation;
    } else {
        const BatchDefaults defaults = m_session->currentDefaults();
        server = defaults.server;
        operation = defaults.operation;
    }
    if (server.isEmpty() && operation.isEmpty()) {
        m_ui->connectionLabel->setText(tr("No connection: fill in the main window's connection bar."));
        return;
    }
    //: Where the batch goes: the CRM's server, then the operation
    m_ui->connectionLabel->setText(tr("Sends to %1 · operation %2").arg(server, operation));
}

void BatchWindow::updateTitle()
{
    if (m_session->isProgressLive() && m_session->runner()->isActive()) {
        const BatchRunner::Progress p = m_session->progress();
        const int toSend = std::max(p.total - p.skipped, 0);
        const int processed = p.done + p.failed + p.cancelled + p.interrupted;
        //: The window's title while a batch is sent: rows answered so far of the rows to send
        setWindowTitle(tr("Bulk correction — %L1 of %Ln — Casedesk", nullptr, toSend).arg(processed));
    } else {
        setWindowTitle(tr("Bulk correction — Casedesk"));
    }
}

void BatchWindow::onImportLoaded(bool keepMapping)
{
    const Page from = page();
    updateConnectionLabel();
    if (!m_session->currentImport().fileProblems().isEmpty()) {
        m_session->announceImport();
        showPage(Page::Source, false);
        return;
    }
    if (keepMapping && (from == Page::Check || from == Page::Mapping)) {
        setPage(from);
        if (from == Page::Check)
            m_session->announceCheck();
    } else {
        setPage(Page::Mapping);
        m_session->announceImport();
    }
    m_sourcePage->offerExistingBatch();
}

// ---------------------------------------------------------------------------------------------- banner

void BatchWindow::showNotice(const BatchSession::Notice &notice)
{
    m_ui->batchBanner->show(bannerKind(notice.kind), [render = notice.render] {
        const BatchSession::Notice::Content content = render();
        return MessageBanner::Content{content.title, content.text};
    });
    for (const BatchSession::Notice::Action &action : notice.actions)
        m_ui->batchBanner->addAction(action.label, action.run, action.objectName);
}

void BatchWindow::clearNotice(bool keepWarnings)
{
    MessageBanner *banner = m_ui->batchBanner;
    if (keepWarnings && banner->isVisible() && banner->kind() == MessageBanner::Kind::Warning)
        return;
    banner->dismiss();
}

// ---------------------------------------------------------------------------------------------- window

void BatchWindow::requestClose(std::function<void()> then)
{
    m_afterClose = std::move(then);
    if (!isSending()) {
        finishClose();
        return;
    }
    show();
    raise();
    activateWindow();
    if (Dialogs::openBox(this, u"closeWhileSendingBox"_s))
        return;
    Dialogs::ask(
        this, u"closeWhileSendingBox"_s, QMessageBox::Warning, tr("The batch is still being sent"),
        tr("%n row(s) are not sent yet.", nullptr, m_session->rowsLeft()),
        tr("Pause and close: the requests already sent are answered first, and the rest waits until you "
           "resume. Casedesk offers the batch again when it starts."),
        //: A button of the question asked when the window closes while a batch is sent
        {{tr("&Keep sending"), QMessageBox::RejectRole, u"keepSendingBatchButton"_s,
          [this] { m_afterClose = nullptr; }, QMessageBox::NoButton, true, true},
         //: A button of the question asked when the window closes while a batch is sent
         {tr("&Pause and close"), QMessageBox::AcceptRole, u"pauseAndCloseButton"_s, [this] {
              m_closeRequested = true;
              if (m_session->runner()->state() == BatchRunner::State::Running)
                  m_session->runner()->pause();
              if (!isSending())
                  finishClose();
          }}});
}

void BatchWindow::finishClose()
{
    m_closeRequested = false;
    m_closing = true;
    close();
    m_closing = false;
    if (auto then = std::exchange(m_afterClose, nullptr))
        then();
}

void BatchWindow::closeEvent(QCloseEvent *event)
{
    if (isSending() && !m_closing) {
        event->ignore();
        requestClose(std::move(m_afterClose));
        return;
    }
    m_session->setShown(false);
    saveLayout();
    event->accept();
}

void BatchWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_session->setShown(true);
    updateConnectionLabel();
    if (page() == Page::Source)
        refreshUnfinished();
    updateSteps();
}

void BatchWindow::keyPressEvent(QKeyEvent *event)
{
    // As in a dialog, Esc that no widget used (an open list, an editor) closes the window; while sending,
    // closing first asks whether to pause. While a file is read, Esc stops waiting for it instead.
    if (event->matches(QKeySequence::Cancel)) {
        event->accept();
        if (isReading())
            m_session->cancelReading();
        else
            close();
        return;
    }
    QWidget::keyPressEvent(event);
}

void BatchWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
}

void BatchWindow::retranslate()
{
    //: A shortcut of the bulk-correction window (Ctrl+O)
    m_openAction->setText(tr("Open CSV file"));
    //: A shortcut of the bulk-correction window (Ctrl+V)
    m_pasteAction->setText(tr("Paste from spreadsheet"));
    //: A shortcut of the bulk-correction window (F5)
    m_reloadAction->setText(tr("Reload the file"));
    //: A shortcut of the bulk-correction window (Ctrl+C)
    m_copyAction->setText(tr("Copy results"));
    //: A shortcut of the bulk-correction window (Ctrl+W): closes the window
    m_closeAction->setText(tr("Close"));
    updateConnectionLabel();
    updateTitle();
}

void BatchWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (isBusy() || droppedTable(event->mimeData()).isEmpty())
        return;
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void BatchWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (isBusy() || droppedTable(event->mimeData()).isEmpty())
        return;
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void BatchWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedTable(event->mimeData());
    if (isBusy() || path.isEmpty())
        return;
    event->setDropAction(Qt::CopyAction);
    event->accept();
    openFile(path);
}
