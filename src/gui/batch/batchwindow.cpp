#include "gui/batch/batchwindow.h"

#include "gui/widgets/palette.h"

#include "core/batch/batchstore.h"
#include "core/global.h"
#include "core/profiles/settings.h"
#include "gui/batch/batchrowsmodel.h"
#include "gui/batch/columnmappingmodel.h"
#include "gui/batch/plannedrowsmodel.h"
#include "gui/widgets/icons.h"
#include "gui/widgets/messagebanner.h"
#include "gui/widgets/repaintthrottle.h"
#include "ui_batchwindow.h"

#include <QAction>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>
#include <algorithm>

namespace {
using State = BatchRow::State;
using Target = ColumnMapping::Target;

constexpr int DefaultsDelayMs = 300;
constexpr int ResultsRefreshMs = 150;
constexpr int MaxListedProblems = 12;
const QString ImportDirectory = u"batch/import"_s;
const QString ExportDirectory = u"batch/export"_s;

enum UnfinishedColumn {
    StartedColumn,
    SourceColumn,
    DestinationColumn,
    DoneColumn,
    FailedColumn,
    QueuedColumn,
    InterruptedColumn,
    UnfinishedColumnCount
};

// The defaults a line edit of the mapping page stands for, in the form's order.
const Target defaultTargets[]
    = {Target::CaseType, Target::Responsible, Target::Status, Target::Priority, Target::Solution};

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

QString durationText(qint64 ms)
{
    const qint64 seconds = std::max<qint64>((ms + 999) / 1000, 1);
    if (seconds < 60)
        return BatchWindow::tr("%n second(s)", nullptr, int(seconds));
    const qint64 minutes = (seconds + 59) / 60;
    if (minutes < 60)
        return BatchWindow::tr("%n minute(s)", nullptr, int(minutes));
    const int hours = int(minutes / 60);
    const int rest = int(minutes % 60);
    if (rest == 0)
        return BatchWindow::tr("%n hour(s)", nullptr, hours);
    return BatchWindow::tr("%1 h %2 min").arg(hours).arg(rest);
}

QString defaultOf(const BatchDefaults &defaults, Target target)
{
    switch (target) {
    case Target::CaseType:
        return defaults.caseType;
    case Target::Responsible:
        return defaults.responsible;
    case Target::Status:
        return defaults.status;
    case Target::Priority:
        return defaults.priority;
    case Target::Solution:
        return defaults.solution;
    default:
        return {};
    }
}

void setDefault(BatchDefaults &defaults, Target target, const QString &value)
{
    switch (target) {
    case Target::CaseType:
        defaults.caseType = value.trimmed();
        break;
    case Target::Responsible:
        defaults.responsible = value.trimmed();
        break;
    case Target::Status:
        defaults.status = value.trimmed();
        break;
    case Target::Priority:
        defaults.priority = value.trimmed();
        break;
    case Target::Solution:
        defaults.solution = value;
        break;
    default:
        break;
    }
}

QString separatorText(QChar separator)
{
    if (separator == u'\t')
        return BatchWindow::tr("tab-separated");
    if (separator == u';')
        return BatchWindow::tr("semicolon-separated");
    return BatchWindow::tr("comma-separated");
}

// The problem list of a banner: the first few lines, then how many more there are.
QString problemList(const QStringList &problems)
{
    QStringList shown = problems.mid(0, MaxListedProblems);
    if (problems.size() > MaxListedProblems)
        shown.append(BatchWindow::tr("… and %n more.", nullptr, int(problems.size() - MaxListedProblems)));
    return shown.join(u'\n');
}

QString sameServer(const QString &server)
{
    QString s = server.trimmed().toLower();
    while (s.endsWith(u'/'))
        s.chop(1);
    return s;
}
} // namespace

BatchWindow::BatchWindow(BatchStore *store, CasesClient *client, HistoryStore *history, Settings *settings,
                         QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_ui(std::make_unique<Ui::BatchWindow>())
    , m_store(store)
    , m_client(client)
    , m_history(history)
    , m_settings(settings)
    , m_runner(new BatchRunner(store, client, history, this))
    , m_mappingModel(new ColumnMappingModel(this))
    , m_plannedModel(new PlannedRowsModel(this))
    , m_plannedFilter(new QSortFilterProxyModel(this))
    , m_resultsModel(new BatchRowsModel(this))
    , m_resultsFilter(new QSortFilterProxyModel(this))
    , m_attentionFilter(new QSortFilterProxyModel(this))
    , m_defaultsTimer(new QTimer(this))
    , m_countdown(new QTimer(this))
    , m_progressThrottle(new QTimer(this))
    , m_resultsTimer(new QTimer(this))
{
    Q_ASSERT(store && client && settings);
    m_ui->setupUi(this);
    setWindowIcon(Icons::icon(Icons::Id::Batch));
    setAcceptDrops(true);

    setupSteps();
    setupSourcePage();
    setupMappingPage();
    setupCheckPage();
    setupSendPage();
    setupResultsPage();
    setupActions();
    setupTabOrder();

    connect(m_runner, &BatchRunner::stateChanged, this, &BatchWindow::onRunnerStateChanged);
    connect(m_runner, &BatchRunner::progressChanged, this, [this](const BatchRunner::Progress &progress) {
        if (m_runner->batchId() != m_batchId)
            return;
        m_progress = progress;
        m_progressLive = true;
        // The first change shows at once, the rest of a burst when the throttle runs out.
        if (m_progressThrottle->isActive()) {
            m_progressPending = true;
            return;
        }
        updateProgressTexts();
        m_progressThrottle->start();
    });
    m_progressThrottle->setSingleShot(true);
    m_progressThrottle->setInterval(100);
    connect(m_progressThrottle, &QTimer::timeout, this, [this] {
        if (!m_progressPending)
            return;
        m_progressPending = false;
        updateProgressTexts();
        m_progressThrottle->start();
    });
    connect(m_runner, &BatchRunner::rowStarted, this, [this] {
        if (m_countdown->isActive()) {
            m_countdown->stop();
            m_waitReason.clear();
            updateStatusText();
        }
    });
    connect(m_runner, &BatchRunner::waiting, this, &BatchWindow::onWaiting);
    connect(m_runner, &BatchRunner::finished, this, &BatchWindow::onFinished);
    connect(m_store, &BatchStore::rowChanged, this, &BatchWindow::onRowChanged);
    connect(m_store, &BatchStore::rowsChanged, this, [this](qint64 batchId) {
        if (batchId == m_batchId)
            loadBatchRows();
        if (page() == Page::Source)
            refreshUnfinished();
    });
    connect(m_store, &BatchStore::writeFailed, this, [this](const QString &message) {
        m_ui->batchBanner->show(MessageBanner::Kind::Error, [message] {
            return MessageBanner::Content{tr("The batch could not be saved"), message};
        });
    });

    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, [this] {
        if (m_waitDeadline.hasExpired())
            m_countdown->stop();
        updateStatusText();
    });
    m_resultsTimer->setSingleShot(true);
    m_resultsTimer->setInterval(ResultsRefreshMs);
    connect(m_resultsTimer, &QTimer::timeout, this, &BatchWindow::refreshResults);

    m_ui->batchBanner->hide();
    restoreLayout();
    retranslate();
    m_ui->pages->setCurrentIndex(int(Page::Source));
    refreshUnfinished();
    updateSteps();
}

BatchWindow::~BatchWindow()
{
    saveLayout();
    // The runner is a child: it aborts a running batch (rows in flight become interrupted) as it goes. Its
    // signals must not reach this half-destroyed window.
    m_runner->disconnect(this);
    m_store->disconnect(this);
}

void BatchWindow::setDefaultsProvider(std::function<BatchDefaults()> provider)
{
    m_defaultsProvider = std::move(provider);
    updateConnectionLabel();
    if (!isBusy()) {
        const int limit = std::clamp(currentDefaults().settings.maxInFlightPerToken, 1,
                                     Casedesk::MaxRequestsInFlightPerToken);
        m_ui->concurrencySpin->setMaximum(limit);
    }
}

void BatchWindow::setTokenProvider(std::function<QString()> provider)
{
    m_tokenProvider = std::move(provider);
}

BatchDefaults BatchWindow::currentDefaults() const
{
    return m_defaultsProvider ? m_defaultsProvider() : BatchDefaults();
}

// ---------------------------------------------------------------------------------------------- setup

QList<QToolButton *> BatchWindow::stepButtons() const
{
    return {m_ui->stepSourceButton, m_ui->stepMappingButton, m_ui->stepCheckButton, m_ui->stepSendButton,
            m_ui->stepResultsButton};
}

void BatchWindow::setupSteps()
{
    const QList<QToolButton *> steps = stepButtons();
    for (int i = 0; i < steps.size(); ++i)
        connect(steps.at(i), &QToolButton::clicked, this, [this, i] { setPage(Page(i)); });
    for (QLabel *arrow : {m_ui->stepArrow1, m_ui->stepArrow2, m_ui->stepArrow3, m_ui->stepArrow4}) {
        arrow->setEnabled(false);
        arrow->setAccessibleName(QString());
    }
}

void BatchWindow::setupSourcePage()
{
    QFont heading = m_ui->sourceHeading->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.25);
    m_ui->sourceHeading->setFont(heading);
    m_ui->openFileButton->setIcon(Icons::icon(Icons::Id::Open));
    m_ui->pasteButton->setIcon(Icons::icon(Icons::Id::Paste));
    m_ui->resumeBatchButton->setIcon(Icons::icon(Icons::Id::Resume));
    connect(m_ui->openFileButton, &QPushButton::clicked, this, &BatchWindow::chooseFile);
    connect(m_ui->pasteButton, &QPushButton::clicked, this, &BatchWindow::pasteFromClipboard);

    QTreeWidget *list = m_ui->unfinishedList;
    list->setColumnCount(UnfinishedColumnCount);
    list->header()->setStretchLastSection(false);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(SourceColumn, QHeaderView::Stretch);
    list->setMaximumHeight(fontMetrics().height() * 12);
    connect(list, &QTreeWidget::itemSelectionChanged, this, &BatchWindow::updateUnfinishedButtons);
    connect(list, &QTreeWidget::itemActivated, this, [this] {
        if (const qint64 id = selectedUnfinished())
            showBatch(id, Page::Results);
    });
    connect(m_ui->resumeBatchButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedUnfinished())
            resumeBatch(id);
    });
    connect(m_ui->showBatchButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedUnfinished())
            showBatch(id, Page::Results);
    });
    connect(m_ui->discardBatchButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedUnfinished())
            discardBatch(id);
    });
}

void BatchWindow::setupMappingPage()
{
    QTableView *view = m_ui->mappingView;
    view->setModel(m_mappingModel);
    view->setItemDelegateForColumn(ColumnMappingModel::TargetColumn, new ColumnTargetDelegate(view));
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics metrics = fontMetrics();
    header->resizeSection(ColumnMappingModel::HeaderColumn, metrics.horizontalAdvance(u"M"_s) * 16);
    header->resizeSection(ColumnMappingModel::SampleColumn, metrics.horizontalAdvance(u"M"_s) * 22);
    int widest = 0;
    for (const Target target : ColumnMapping::targets())
        widest = std::max(widest, metrics.horizontalAdvance(ColumnMapping::targetName(target)));
    header->resizeSection(ColumnMappingModel::TargetColumn, widest + 64);
    // The combos are always open: each row needs the height of one.
    view->verticalHeader()->setDefaultSectionSize(std::max(metrics.height() + 14, 30));
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    connect(m_mappingModel, &ColumnMappingModel::mappingChanged, this, [this](const ColumnMapping &mapping) {
        m_import.setMapping(mapping);
        m_checkStale = true;
        refreshMappingPage();
    });
    connect(m_mappingModel, &QAbstractItemModel::modelReset, this, &BatchWindow::openMappingEditors);

    connect(m_ui->unknownColumnsCombo, &QComboBox::activated, this, [this] {
        if (!m_hasImport)
            return;
        ColumnMapping mapping = m_import.mapping();
        mapping.setUnknownColumns(unknownColumns());
        m_import.setMapping(mapping);
        m_mappingModel->setMapping(mapping);
        m_checkStale = true;
        refreshMappingPage();
    });

    m_defaultEdits = {m_ui->caseTypeDefaultEdit, m_ui->responsibleDefaultEdit, m_ui->statusDefaultEdit,
                      m_ui->priorityDefaultEdit, m_ui->solutionDefaultEdit};
    m_defaultsTimer->setSingleShot(true);
    m_defaultsTimer->setInterval(DefaultsDelayMs);
    connect(m_defaultsTimer, &QTimer::timeout, this, &BatchWindow::applyDefaultsEdits);
    for (QLineEdit *edit : std::as_const(m_defaultEdits)) {
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::textEdited, m_defaultsTimer, qOverload<>(&QTimer::start));
        connect(edit, &QLineEdit::editingFinished, this, [this] {
            if (m_defaultsTimer->isActive())
                applyDefaultsEdits();
        });
    }
    m_ui->checkRowsButton->setIcon(Icons::icon(Icons::Id::Send));
    connect(m_ui->checkRowsButton, &QPushButton::clicked, this, [this] {
        if (m_defaultsTimer->isActive())
            applyDefaultsEdits();
        setPage(Page::Check);
    });
}

void BatchWindow::setupCheckPage()
{
    m_plannedFilter->setSourceModel(m_plannedModel);
    m_plannedFilter->setFilterRole(PlannedRowsModel::ValidRole);
    m_plannedFilter->setFilterKeyColumn(PlannedRowsModel::RowColumn);
    m_plannedFilter->setSortRole(Qt::DisplayRole);
    QTableView *view = m_ui->checkView;
    view->setModel(m_plannedFilter);
    view->setSortingEnabled(true);
    view->sortByColumn(PlannedRowsModel::RowColumn, Qt::AscendingOrder);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics metrics = fontMetrics();
    const auto width = [&metrics](const QString &sample) { return metrics.horizontalAdvance(sample) + 28; };
    header->resizeSection(PlannedRowsModel::RowColumn, width(u"00000"_s) + 24);
    header->resizeSection(PlannedRowsModel::CaseColumn, width(u"6074aaa0801374bbbbb781025ccc7d3"_s));
    header->resizeSection(PlannedRowsModel::StatusColumn, width(u"in progress"_s));
    header->resizeSection(PlannedRowsModel::PriorityColumn, width(u"Priority"_s));
    header->resizeSection(PlannedRowsModel::ResponsibleColumn, width(u"maria.jose@modulodeprueba"_s));
    header->resizeSection(PlannedRowsModel::CaseTypeColumn, width(u"Complaints"_s));
    header->resizeSection(PlannedRowsModel::SolutionColumn, width(u"Router replaced"_s));
    header->resizeSection(PlannedRowsModel::CustomFieldsColumn, width(u"canal = WhatsApp"_s));
    header->resizeSection(PlannedRowsModel::AttachmentsColumn, width(u"Attachments"_s));
    header->resizeSection(PlannedRowsModel::ProblemsColumn, width(u"The status “closed” closes the case"_s));
    // A row's problems are what the user reads first: right after its case id.
    header->moveSection(header->visualIndex(PlannedRowsModel::ProblemsColumn),
                        PlannedRowsModel::CaseColumn + 1);
    header->setStretchLastSection(true);
    // 10,000 rows scroll smoothly only when the view need not measure each one.
    view->verticalHeader()->setDefaultSectionSize(metrics.height() + 10);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BatchWindow::updateCheckDetails);
    connect(m_plannedModel, &QAbstractItemModel::modelReset, this, &BatchWindow::updateCheckDetails);
    connect(m_ui->onlyProblemsCheck, &QCheckBox::toggled, this,
            [this](bool only) { m_plannedFilter->setFilterFixedString(only ? u"false"_s : QString()); });
    m_ui->reloadButton->setIcon(Icons::icon(Icons::Id::Retry));
    m_ui->sendValidButton->setIcon(Icons::icon(Icons::Id::Send));
    connect(m_ui->reloadButton, &QPushButton::clicked, this, &BatchWindow::reloadFile);
    connect(m_ui->sendValidButton, &QPushButton::clicked, this, [this] { setPage(Page::Send); });
}

void BatchWindow::setupSendPage()
{
    m_ui->concurrencySpin->setRange(1, Casedesk::MaxRequestsInFlightPerToken);
    m_ui->concurrencySpin->setValue(m_settings->batchConcurrency());
    connect(m_ui->concurrencySpin, &QSpinBox::valueChanged, this, [this](int value) {
        m_settings->setBatchConcurrency(value);
        m_runner->setConcurrency(value);
    });
    m_ui->sendProgressBar->setTextVisible(true);
    m_ui->startButton->setIcon(Icons::icon(Icons::Id::Send));
    m_ui->pauseButton->setIcon(Icons::icon(Icons::Id::Pause));
    m_ui->cancelSendButton->setIcon(Icons::icon(Icons::Id::Cancel));
    QFont bold = m_ui->sendProgressLabel->font();
    bold.setBold(true);
    m_ui->sendProgressLabel->setFont(bold);
    // Failures show up while the batch runs, not only at the end.
    m_attentionFilter->setSourceModel(m_resultsModel);
    m_attentionFilter->setFilterRole(BatchRowsModel::StateRole);
    m_attentionFilter->setFilterKeyColumn(BatchRowsModel::RowColumn);
    m_attentionFilter->setFilterRegularExpression(u"^(failed|interrupted)$"_s);
    QTableView *attention = m_ui->attentionView;
    attention->setModel(m_attentionFilter);
    attention->setSortingEnabled(true);
    attention->sortByColumn(BatchRowsModel::RowColumn, Qt::AscendingOrder);
    attention->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    attention->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    {
        QHeaderView *header = attention->horizontalHeader();
        const QFontMetrics metrics = fontMetrics();
        const auto width
            = [&metrics](const QString &sample) { return metrics.horizontalAdvance(sample) + 16; };
        header->resizeSection(BatchRowsModel::RowColumn, width(u"00000"_s) + 20);
        header->resizeSection(BatchRowsModel::CaseColumn, width(u"6074aaa0801374bbbbb781025ccc7d3"_s));
        header->resizeSection(BatchRowsModel::OutcomeColumn, width(u"Rejected by the CRM"_s) + 20);
        header->resizeSection(BatchRowsModel::HttpColumn, width(u"HTTP"_s));
        header->resizeSection(BatchRowsModel::CodeColumn, width(u"Code"_s));
        header->moveSection(header->visualIndex(BatchRowsModel::MessageColumn),
                            BatchRowsModel::ColumnCount - 1);
        for (const int column : {int(BatchRowsModel::ResultIdColumn), int(BatchRowsModel::AttemptsColumn)})
            attention->setColumnHidden(column, true);
    }
    connect(m_ui->startButton, &QPushButton::clicked, this, &BatchWindow::startSending);
    connect(m_ui->pauseButton, &QPushButton::clicked, this, &BatchWindow::pauseOrResume);
    connect(m_ui->cancelSendButton, &QPushButton::clicked, this, &BatchWindow::confirmCancel);
}

void BatchWindow::setupResultsPage()
{
    m_resultsFilter->setSourceModel(m_resultsModel);
    m_resultsFilter->setFilterRole(BatchRowsModel::FilterKeyRole);
    m_resultsFilter->setFilterKeyColumn(BatchRowsModel::RowColumn);
    QTableView *view = m_ui->resultsView;
    view->setModel(m_resultsFilter);
    new RepaintThrottle(view); // rows are answered every few milliseconds while a batch runs
    view->setSortingEnabled(true);
    view->sortByColumn(BatchRowsModel::RowColumn, Qt::AscendingOrder);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics metrics = fontMetrics();
    const auto width = [&metrics](const QString &sample) { return metrics.horizontalAdvance(sample) + 16; };
    header->resizeSection(BatchRowsModel::RowColumn, width(u"00000"_s) + 20);
    header->resizeSection(BatchRowsModel::CaseColumn, width(u"6074aaa0801374bbbbb781025ccc7d3"_s));
    header->resizeSection(BatchRowsModel::OutcomeColumn, width(u"Rejected by the CRM"_s) + 20);
    header->resizeSection(BatchRowsModel::HttpColumn, width(u"HTTP"_s));
    header->resizeSection(BatchRowsModel::CodeColumn, width(u"Code"_s));
    header->resizeSection(BatchRowsModel::MessageColumn, width(u"Succesfully update record"_s));
    header->resizeSection(BatchRowsModel::ResultIdColumn, width(u"6074aaa0801374bbbbb781025ccc7d3"_s));
    header->resizeSection(BatchRowsModel::AttemptsColumn, width(u"Attempts"_s));
    // What the CRM answered is the widest and most read column: it takes the room that is left.
    header->moveSection(header->visualIndex(BatchRowsModel::MessageColumn), BatchRowsModel::ColumnCount - 1);
    view->verticalHeader()->setDefaultSectionSize(metrics.height() + 10);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    connect(m_ui->resultsFilterCombo, &QComboBox::activated, this, [this] {
        // "failed" shows every failed row; "failed:timeout" only those that timed out.
        const QString key = m_ui->resultsFilterCombo->currentData().toString();
        m_resultsFilter->setFilterRegularExpression(
            key.isEmpty() ? QString() : u"^%1(:.*)?$"_s.arg(QRegularExpression::escape(key)));
    });
    connect(m_resultsModel, &BatchRowsModel::checkedChanged, this, &BatchWindow::scheduleResultsRefresh);
    m_ui->retryFailedButton->setIcon(Icons::icon(Icons::Id::Retry));
    m_ui->resendInterruptedButton->setIcon(Icons::icon(Icons::Id::Send));
    m_ui->copyResultsButton->setIcon(Icons::icon(Icons::Id::Copy));
    m_ui->exportResultsButton->setIcon(Icons::icon(Icons::Id::Export));
    m_ui->showHistoryButton->setIcon(Icons::icon(Icons::Id::History));
    m_ui->newBatchButton->setIcon(Icons::icon(Icons::Id::NewCase));
    connect(m_ui->retryFailedButton, &QPushButton::clicked, this, &BatchWindow::retryFailed);
    connect(m_ui->resendInterruptedButton, &QPushButton::clicked, this,
            &BatchWindow::confirmResendInterrupted);
    connect(m_ui->copyResultsButton, &QPushButton::clicked, this, &BatchWindow::copyResults);
    connect(m_ui->exportResultsButton, &QPushButton::clicked, this, &BatchWindow::chooseExportFile);
    connect(m_ui->showHistoryButton, &QPushButton::clicked, this, [this] {
        if (m_batchId)
            Q_EMIT showInHistoryRequested(m_batchId);
    });
    connect(m_ui->newBatchButton, &QPushButton::clicked, this, &BatchWindow::newBatch);
}

void BatchWindow::setupActions()
{
    struct Binding
    {
        const char *name;
        QKeySequence key;
        std::function<void()> slot;
    };
    const Binding bindings[] = {
        {"openCsvAction", QKeySequence::Open,
         [this] {
             if (page() == Page::Source && !isBusy())
                 chooseFile();
         }},
        {"pasteRowsAction", QKeySequence::Paste,
         [this] {
             if (page() == Page::Source && !isBusy())
                 pasteFromClipboard();
         }},
        {"reloadFileAction", QKeySequence::Refresh,
         [this] {
             if (page() == Page::Check && m_ui->reloadButton->isVisible())
                 reloadFile();
         }},
        {"copyResultsAction", QKeySequence::Copy,
         [this] {
             if (page() == Page::Results)
                 copyResults();
         }},
        {"closeBatchWindowAction", QKeySequence::Close, [this] { close(); }},
    };
    for (const Binding &b : bindings) {
        auto *action = new QAction(this);
        action->setObjectName(QString::fromLatin1(b.name));
        action->setShortcut(b.key);
        // Text fields keep their own Ctrl+V and Ctrl+C: the window's action only gets the unclaimed keys.
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, b.slot);
    }
}

void BatchWindow::setupTabOrder()
{
    // The .ui lists each page's order; the banner's buttons come right after the steps.
    // (The banner keeps its own buttons in order before its close button.)
    QWidget *bannerClose = m_ui->batchBanner->findChild<QWidget *>(u"bannerCloseButton"_s);
    QWidget::setTabOrder(m_ui->stepResultsButton, bannerClose);
    QWidget::setTabOrder(bannerClose, m_ui->openFileButton);
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
        m_ui->checkView->horizontalHeader()->restoreState(state);
    if (const QByteArray state = m_settings->headerState(u"batchResults"_s); !state.isEmpty())
        m_ui->resultsView->horizontalHeader()->restoreState(state);
}

void BatchWindow::saveLayout()
{
    m_settings->setSecondaryWindowGeometry(u"batch"_s, saveGeometry());
    m_settings->setHeaderState(u"batchCheck"_s, m_ui->checkView->horizontalHeader()->saveState());
    m_settings->setHeaderState(u"batchResults"_s, m_ui->resultsView->horizontalHeader()->saveState());
    m_settings->sync();
}

// ---------------------------------------------------------------------------------------------- steps

BatchWindow::Page BatchWindow::page() const
{
    return Page(m_ui->pages->currentIndex());
}

bool BatchWindow::isSending() const
{
    return m_runner->isActive();
}

bool BatchWindow::isBusy() const
{
    return m_saving || m_runner->isActive() || m_runner->state() == BatchRunner::State::Paused;
}

bool BatchWindow::isReachable(Page page) const
{
    const bool busy = isBusy();
    const bool importUsable = m_hasImport && m_batchId == 0 && m_import.fileProblems().isEmpty();
    switch (page) {
    case Page::Source:
        return !busy;
    case Page::Mapping:
    case Page::Check:
        return !busy && importUsable;
    case Page::Send:
        return m_batchId != 0 || (importUsable && m_import.validCount() > 0);
    case Page::Results:
        return m_batchId != 0;
    }
    return false;
}

bool BatchWindow::setPage(Page page)
{
    if (!isReachable(page)) {
        updateSteps();
        return false;
    }
    const Page previous = this->page();
    m_ui->pages->setCurrentIndex(int(page));
    QWidget *focus = nullptr;
    switch (page) {
    case Page::Source:
        refreshUnfinished();
        focus = m_ui->openFileButton;
        break;
    case Page::Mapping:
        refreshMappingPage();
        focus = m_ui->mappingView;
        break;
    case Page::Check:
        refreshCheckPage();
        if (previous != Page::Check)
            showCheckBanner();
        focus = m_ui->checkView;
        break;
    case Page::Send:
        updateSendPage();
        focus = m_ui->startButton->isVisible() ? static_cast<QWidget *>(m_ui->startButton)
                                               : static_cast<QWidget *>(m_ui->pauseButton);
        break;
    case Page::Results:
        refreshResults();
        focus = m_ui->resultsView;
        break;
    }
    updateSteps();
    if (focus && focus->isVisible() && focus->isEnabled())
        focus->setFocus(Qt::OtherFocusReason);
    return true;
}

void BatchWindow::updateSteps()
{
    const QList<QToolButton *> steps = stepButtons();
    const int current = m_ui->pages->currentIndex();
    for (int i = 0; i < steps.size(); ++i) {
        QToolButton *button = steps.at(i);
        button->setEnabled(isReachable(Page(i)));
        button->setChecked(i == current);
        QFont font = button->font();
        font.setBold(i == current);
        button->setFont(font);
    }
}

void BatchWindow::updateConnectionLabel()
{
    QString server;
    QString operation;
    if (m_batchId != 0 && m_batchInfo) {
        server = m_batchInfo->server;
        operation = m_batchInfo->operation;
    } else if (m_hasImport) {
        server = m_import.defaults().server;
        operation = m_import.defaults().operation;
    } else {
        const BatchDefaults defaults = currentDefaults();
        server = defaults.server;
        operation = defaults.operation;
    }
    m_ui->connectionLabel->setText(server.isEmpty() && operation.isEmpty()
                                       ? tr("No connection: fill in the main window's connection bar.")
                                       : tr("Sends to %1 · operation %2").arg(server, operation));
}

void BatchWindow::dismissBanner()
{
    m_ui->batchBanner->dismiss();
}

// ---------------------------------------------------------------------------------------------- source

void BatchWindow::refreshUnfinished()
{
    const qint64 selected = selectedUnfinished();
    QTreeWidget *list = m_ui->unfinishedList;
    list->clear();
    const QList<BatchInfo> batches = m_store->isOpen() ? m_store->unfinishedBatches() : QList<BatchInfo>();
    const QLocale locale;
    for (const BatchInfo &info : batches) {
        auto *item = new QTreeWidgetItem(list);
        item->setData(StartedColumn, Qt::UserRole, info.id);
        item->setText(StartedColumn, locale.toString(info.created.toLocalTime(), QLocale::ShortFormat));
        item->setText(SourceColumn, info.sourceName);
        item->setToolTip(SourceColumn,
                         info.sourcePath.isEmpty() ? info.sourceName
                                                   : QDir::toNativeSeparators(info.sourcePath));
        item->setText(DestinationColumn, tr("%1 · %2").arg(info.server, info.operation));
        const struct
        {
            int column;
            State state;
        } counts[] = {{DoneColumn, State::Done},
                      {FailedColumn, State::Failed},
                      {QueuedColumn, State::Queued},
                      {InterruptedColumn, State::Interrupted}};
        for (const auto &c : counts) {
            // Rows still "sending" belong to a live session elsewhere: shown with the queued ones.
            int n = info.count(c.state);
            if (c.state == State::Queued)
                n += info.count(State::Sending);
            item->setText(c.column, locale.toString(n));
            item->setData(c.column, Qt::UserRole, n);
            item->setTextAlignment(c.column, Qt::AlignRight | Qt::AlignVCenter);
        }
        if (info.count(State::Interrupted) > 0)
            item->setIcon(InterruptedColumn, Icons::icon(Icons::Id::Interrupted));
        if (info.id == selected)
            list->setCurrentItem(item);
    }
    if (!list->currentItem() && list->topLevelItemCount() > 0)
        list->setCurrentItem(list->topLevelItem(0));
    const bool any = !batches.isEmpty();
    m_ui->unfinishedLabel->setVisible(any);
    list->setVisible(any);
    m_ui->resumeBatchButton->setVisible(any);
    m_ui->showBatchButton->setVisible(any);
    m_ui->discardBatchButton->setVisible(any);
    m_ui->noUnfinishedLabel->setVisible(!any && m_store->isOpen());
    updateUnfinishedButtons();
}

qint64 BatchWindow::selectedUnfinished() const
{
    const QTreeWidgetItem *item = m_ui->unfinishedList->currentItem();
    return item ? item->data(StartedColumn, Qt::UserRole).toLongLong() : 0;
}

void BatchWindow::updateUnfinishedButtons()
{
    const QTreeWidgetItem *item = m_ui->unfinishedList->currentItem();
    const bool has = item != nullptr;
    const bool queued = has && item->data(QueuedColumn, Qt::UserRole).toInt() > 0;
    m_ui->resumeBatchButton->setEnabled(queued && !isBusy());
    m_ui->resumeBatchButton->setToolTip(
        queued ? tr("Send the selected batch's queued rows; interrupted rows are not resent")
               : tr("Nothing is queued in this batch: see its interrupted rows with Show results."));
    m_ui->showBatchButton->setEnabled(has && !isBusy());
    m_ui->discardBatchButton->setEnabled(has && !isBusy());
}

void BatchWindow::chooseFile()
{
    if (isBusy())
        return;
    auto *dialog = new QFileDialog(this, tr("Open a table of cases"));
    dialog->setObjectName(u"openCsvDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setNameFilters({tr("Tables (*.csv *.tsv *.txt)"), tr("CSV files (*.csv)"), tr("All files (*)")});
    QString folder = m_settings->lastDirectory(ImportDirectory);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    dialog->setDirectory(folder);
    connect(dialog, &QFileDialog::fileSelected, this, &BatchWindow::openFile);
    dialog->open(); // window-modal, no nested event loop
}

ColumnMapping::UnknownColumns BatchWindow::unknownColumns() const
{
    return m_ui->unknownColumnsCombo->currentData().toInt()
            == int(ColumnMapping::UnknownColumns::CustomFields)
        ? ColumnMapping::UnknownColumns::CustomFields
        : ColumnMapping::UnknownColumns::Ignore;
}

void BatchWindow::openFile(const QString &path)
{
    if (isBusy() || path.isEmpty())
        return;
    m_settings->setLastDirectory(ImportDirectory, QFileInfo(path).absolutePath());
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    BatchImport import = BatchImport::fromFile(path, currentDefaults(), unknownColumns());
    QGuiApplication::restoreOverrideCursor();
    loadImport(std::move(import));
}

void BatchWindow::importText(const QString &text)
{
    if (isBusy())
        return;
    QString folder = m_settings->lastDirectory(ImportDirectory);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    loadImport(BatchImport::fromText(text, currentDefaults(), unknownColumns(), folder));
}

void BatchWindow::pasteFromClipboard()
{
    if (isBusy())
        return;
    const QString text = QGuiApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        m_ui->batchBanner->show(MessageBanner::Kind::Information, [] {
            return MessageBanner::Content{
                tr("Nothing to paste"),
                tr("Select the rows in the spreadsheet, header row included, copy them, then paste again.")};
        });
        return;
    }
    importText(text);
}

void BatchWindow::reloadFile()
{
    if (!m_hasImport || m_import.sourcePath().isEmpty() || isBusy())
        return;
    const QString path = m_import.sourcePath();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    BatchImport import = BatchImport::fromFile(path, m_import.defaults(), unknownColumns());
    QGuiApplication::restoreOverrideCursor();
    loadImport(std::move(import), true);
}

void BatchWindow::loadImport(BatchImport import, bool keepMapping)
{
    const Page from = page();
    if (keepMapping && import.table().header == m_import.table().header) {
        // The user fixed cells, not columns: their choices of fields still apply.
        import.setMapping(m_import.mapping());
    }
    m_import = std::move(import);
    m_hasImport = true;
    m_checkStale = true;
    m_batchId = 0;
    m_batchInfo.reset();
    m_progressLive = false;
    m_resultsModel->clear();
    m_plannedModel->setRows({});
    m_ui->onlyProblemsCheck->setChecked(false);
    dismissBanner();
    fillDefaultsEdits();
    m_mappingModel->setSource(m_import.mapping(), m_import.table());
    updateConnectionLabel();

    const QStringList fileProblems = m_import.fileProblems();
    if (!fileProblems.isEmpty()) {
        const QString name = m_import.sourceName();
        m_ui->batchBanner->show(MessageBanner::Kind::Error, [fileProblems, name] {
            return MessageBanner::Content{
                tr("%1 cannot be used").arg(name),
                problemList(fileProblems) + u'\n'
                    + tr("Fix it in the spreadsheet, save it as CSV (UTF-8), and open it again.")};
        });
        m_ui->pages->setCurrentIndex(int(Page::Source));
        refreshUnfinished();
        updateSteps();
        return;
    }
    if (keepMapping && (from == Page::Check || from == Page::Mapping)) {
        setPage(from);
        if (from == Page::Check)
            showCheckBanner();
    } else {
        setPage(Page::Mapping);
        const QList<CsvProblem> notices = m_import.table().notices;
        if (!notices.isEmpty()) {
            QStringList messages;
            for (const CsvProblem &notice : notices)
                messages.append(notice.message);
            m_ui->batchBanner->show(MessageBanner::Kind::Information, [messages] {
                return MessageBanner::Content{tr("Some column names were adjusted"), problemList(messages)};
            });
        }
    }
    offerExistingBatch();
}

void BatchWindow::offerExistingBatch()
{
    if (!m_store->isOpen())
        return;
    const std::optional<BatchInfo> existing
        = m_store->findUnfinished(m_import.sourcePath(), m_import.sourceSha256());
    if (!existing)
        return;
    const int left = existing->count(State::Queued) + existing->count(State::Interrupted);
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("This file was already started"),
        tr("Batch %1 was started on %2 from this same content and still has %n row(s) not sent or not "
           "answered.",
           nullptr, left)
            .arg(existing->id)
            .arg(QLocale().toString(existing->created.toLocalTime(), QLocale::ShortFormat)),
        QMessageBox::NoButton, this);
    box->setObjectName(u"existingBatchBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Resume it to send only what is left. Checking the file as a new batch sends "
                               "every row again."));
    QPushButton *resume = box->addButton(tr("&Resume that batch"), QMessageBox::AcceptRole);
    QPushButton *fresh = box->addButton(tr("Check as a &new batch"), QMessageBox::RejectRole);
    resume->setObjectName(u"resumeExistingButton"_s);
    fresh->setObjectName(u"newBatchFromFileButton"_s);
    box->setDefaultButton(resume);
    connect(resume, &QPushButton::clicked, this, [this, id = existing->id] { showBatch(id, Page::Send); });
    box->open();
}

// ---------------------------------------------------------------------------------------------- mapping

void BatchWindow::openMappingEditors()
{
    // Tab walks from the table through each column's combo, in the file's order, to the next control.
    QWidget *previous = m_ui->mappingView;
    for (int row = 0; row < m_mappingModel->rowCount(); ++row) {
        const QModelIndex index = m_mappingModel->index(row, ColumnMappingModel::TargetColumn);
        m_ui->mappingView->openPersistentEditor(index);
        if (QWidget *combo = m_ui->mappingView->indexWidget(index)) {
            QWidget::setTabOrder(previous, combo);
            previous = combo;
        }
    }
    QWidget::setTabOrder(previous, m_ui->unknownColumnsCombo);
}

void BatchWindow::fillDefaultsEdits()
{
    const BatchDefaults defaults = m_import.defaults();
    for (int i = 0; i < m_defaultEdits.size(); ++i) {
        QLineEdit *edit = m_defaultEdits.at(i);
        const int column = m_import.mapping().columnOf(defaultTargets[i]);
        if (column >= 0) {
            edit->setEnabled(false);
            edit->clear();
            edit->setPlaceholderText(
                tr("From the column “%1”").arg(m_import.mapping().column(column).header));
            continue;
        }
        edit->setEnabled(true);
        if (edit->text() != defaultOf(defaults, defaultTargets[i]))
            edit->setText(defaultOf(defaults, defaultTargets[i]));
        edit->setPlaceholderText(defaultTargets[i] == Target::Solution
                                     ? tr("Only needed when the status closes the case")
                                     : tr("Needed: no column gives it"));
    }
}

void BatchWindow::applyDefaultsEdits()
{
    m_defaultsTimer->stop();
    if (!m_hasImport)
        return;
    BatchDefaults defaults = m_import.defaults();
    for (int i = 0; i < m_defaultEdits.size(); ++i) {
        if (m_defaultEdits.at(i)->isEnabled())
            setDefault(defaults, defaultTargets[i], m_defaultEdits.at(i)->text());
    }
    if (defaults == m_import.defaults())
        return;
    m_import.setDefaults(defaults);
    m_checkStale = true;
    refreshMappingPage();
}

void BatchWindow::refreshMappingPage()
{
    if (!m_hasImport)
        return;
    const CsvTable &table = m_import.table();
    QStringList format{separatorText(table.separator),
                       table.hadBom ? tr("UTF-8 with a byte order mark") : tr("UTF-8")};
    if (table.crlf)
        format.append(tr("Windows line endings"));
    m_ui->sourceSummaryLabel->setText(tr("%1: %n row(s) of cases (%2).", nullptr, m_import.rowCount())
                                          .arg(m_import.sourceName(), QLocale().createSeparatedList(format)));
    fillDefaultsEdits();

    const QStringList problems = m_import.mappingProblems();
    if (!problems.isEmpty()) {
        m_ui->mappingProblemsLabel->setText(u"• "_s + problems.join(u"\n• "_s));
        QPalette palette = m_ui->mappingProblemsLabel->palette();
        palette.setColor(QPalette::WindowText, Palette::color(Palette::Role::Error));
        m_ui->mappingProblemsLabel->setPalette(palette);
    } else {
        const int valid = m_import.validCount();
        const int invalid = m_import.invalidCount();
        QString text = tr("With these columns, %n row(s) can be sent.", nullptr, valid);
        if (invalid > 0)
            text += u' ' + tr("%n row(s) have problems; the check shows them.", nullptr, invalid);
        m_ui->mappingProblemsLabel->setText(text);
        m_ui->mappingProblemsLabel->setPalette(QPalette());
    }
    updateSteps();
}

// ---------------------------------------------------------------------------------------------- check

void BatchWindow::refreshCheckPage()
{
    if (!m_hasImport)
        return;
    if (m_checkStale) {
        m_plannedModel->setRows(m_import.rows());
        m_checkStale = false;
    }
    // Columns no field of the file fills stay out of the way.
    const ColumnMapping &mapping = m_import.mapping();
    bool anyCustom = false;
    for (const ColumnMapping::Column &column : mapping.columns())
        anyCustom = anyCustom || column.target == Target::CustomField;
    m_ui->checkView->setColumnHidden(PlannedRowsModel::CustomFieldsColumn, !anyCustom);
    m_ui->checkView->setColumnHidden(PlannedRowsModel::AttachmentsColumn,
                                     mapping.columnOf(Target::Attachments) < 0);
    m_ui->checkView->setColumnHidden(PlannedRowsModel::SolutionColumn,
                                     mapping.columnOf(Target::Solution) < 0
                                         && m_import.defaults().solution.isEmpty());
    const int valid = m_import.validCount();
    const int invalid = m_import.invalidCount();
    QStringList parts{tr("%n row(s) can be sent", nullptr, valid)};
    if (invalid > 0)
        parts.append(tr("%n row(s) with problems", nullptr, invalid));
    m_ui->checkSummaryLabel->setText(parts.join(u" · "_s));
    QFont bold = m_ui->checkSummaryLabel->font();
    bold.setBold(true);
    m_ui->checkSummaryLabel->setFont(bold);
    m_ui->onlyProblemsCheck->setEnabled(invalid > 0 || m_ui->onlyProblemsCheck->isChecked());
    m_ui->reloadButton->setVisible(!m_import.sourcePath().isEmpty());
    m_ui->sendValidButton->setText(tr("&Send %n valid row(s)…", nullptr, valid));
    m_ui->sendValidButton->setEnabled(valid > 0);
    m_ui->sendValidButton->setToolTip(valid > 0
                                          ? tr("Review where the rows go, then start sending")
                                          : tr("No row can be sent: fix the file or the columns first."));
    updateSteps();
}

void BatchWindow::updateCheckDetails()
{
    const QModelIndex current = m_plannedFilter->mapToSource(m_ui->checkView->currentIndex());
    QString text;
    if (current.isValid()) {
        const PlannedRow &row = m_plannedModel->row(current.row());
        if (row.issues.isEmpty()) {
            text = tr("Row %1 (line %2) is ready to send.").arg(row.number).arg(row.line);
        } else {
            QStringList messages;
            for (const ValidationIssue &issue : row.issues)
                messages.append(issue.message);
            text = tr("Row %1 (line %2): %3").arg(row.number).arg(row.line).arg(messages.join(u' '));
        }
    } else if (m_import.invalidCount() > 0) {
        text = tr("Select a row to read its problems in full.");
    }
    m_ui->checkDetailsLabel->setText(text);
    m_ui->checkDetailsLabel->setVisible(!text.isEmpty());
}

void BatchWindow::showCheckBanner()
{
    if (!m_hasImport)
        return;
    QStringList lines;
    for (const CsvProblem &problem : m_import.table().rowProblems)
        lines.append(problem.message);
    const QStringList mapping = m_import.mappingProblems();
    if (!mapping.isEmpty()) {
        m_ui->batchBanner->show(MessageBanner::Kind::Error, [mapping] {
            return MessageBanner::Content{tr("No row can be sent with these columns"), problemList(mapping)};
        });
        return;
    }
    if (!lines.isEmpty()) {
        m_ui->batchBanner->show(MessageBanner::Kind::Warning, [lines] {
            return MessageBanner::Content{tr("Some lines of the file are malformed"), problemList(lines)};
        });
        return;
    }
    // The same content sent before: sending it again updates those cases a second time.
    if (m_store->isOpen()) {
        const QList<BatchInfo> earlier = m_store->batches();
        for (const BatchInfo &info : earlier) {
            if (info.sourceSha256 != m_import.sourceSha256() || info.count(State::Done) == 0)
                continue;
            const QString when = QLocale().toString(info.created.toLocalTime(), QLocale::ShortFormat);
            const int done = info.count(State::Done);
            const qint64 id = info.id;
            m_ui->batchBanner->show(MessageBanner::Kind::Warning, [when, done, id] {
                return MessageBanner::Content{
                    tr("This content was sent before"),
                    tr("Batch %1 on %2 already updated %n case(s) from it. Sending it again updates them "
                       "again.",
                       nullptr, done)
                        .arg(id)
                        .arg(when)};
            });
            return;
        }
    }
    dismissBanner();
}

// ---------------------------------------------------------------------------------------------- batch

void BatchWindow::showBatch(qint64 batchId, Page page)
{
    if (isBusy() && m_runner->batchId() != batchId)
        return;
    const std::optional<BatchInfo> info = m_store->batch(batchId);
    if (!info) {
        m_ui->batchBanner->show(MessageBanner::Kind::Error, [batchId] {
            return MessageBanner::Content{tr("The batch cannot be shown"),
                                          tr("Batch %1 is not in the database any more.").arg(batchId)};
        });
        refreshUnfinished();
        return;
    }
    m_batchId = batchId;
    m_hasImport = false;
    m_progressLive = m_runner->batchId() == batchId && isBusy();
    dismissBanner();
    loadBatchRows();
    const int interrupted = info->count(State::Interrupted);
    if (interrupted > 0) {
        m_ui->batchBanner->show(MessageBanner::Kind::Warning, [interrupted] {
            return MessageBanner::Content{
                tr("Rows interrupted — check the cases"),
                tr("%n row(s) were being sent when the batch stopped; the CRM may or may not have applied "
                   "them. They are not sent again unless you tick them on the Results page and press Resend "
                   "interrupted rows.",
                   nullptr, interrupted)};
        });
    }
    setPage(page);
}

void BatchWindow::resumeBatch(qint64 batchId)
{
    showBatch(batchId, Page::Send);
    if (m_batchId == batchId)
        startSending();
}

void BatchWindow::loadBatchRows(const std::optional<QList<BatchRow>> &known)
{
    if (m_batchId == 0) {
        m_resultsModel->clear();
        return;
    }
    m_batchInfo = m_store->batch(m_batchId);
    m_resultsModel->setRows(known ? *known : m_store->rows(m_batchId));
    updateConnectionLabel();
    refreshResults();
    updateSendPage();
}

void BatchWindow::onRowChanged(qint64 batchId, qint64 rowId)
{
    if (batchId != m_batchId)
        return;
    if (const std::optional<BatchRow> row = m_store->row(rowId))
        m_resultsModel->updateRow(*row);
    scheduleResultsRefresh();
}

void BatchWindow::scheduleResultsRefresh()
{
    if (!m_resultsTimer->isActive())
        m_resultsTimer->start();
}

bool BatchWindow::connectionMatches(QString *problem) const
{
    if (!m_batchInfo)
        return true;
    const BatchDefaults defaults = currentDefaults();
    if (sameServer(defaults.server) == sameServer(m_batchInfo->server)
        && defaults.operation.trimmed().compare(m_batchInfo->operation.trimmed(), Qt::CaseInsensitive) == 0)
        return true;
    *problem = tr("Batch %1 sends to %2, operation %3, but the main window is connected to %4, operation %5. "
                  "Switch the main window to that connection and its token, then start again.")
                   .arg(m_batchInfo->id)
                   .arg(m_batchInfo->server, m_batchInfo->operation, defaults.server, defaults.operation);
    return false;
}

void BatchWindow::startSending()
{
    if (m_runner->isActive() || m_saving)
        return;
    const QString token = m_tokenProvider ? m_tokenProvider().trimmed() : QString();
    if (token.isEmpty()) {
        m_ui->batchBanner->show(MessageBanner::Kind::Error, [] {
            return MessageBanner::Content{tr("No token"),
                                          tr("Enter the operation's Wolkvox-Token in the main window's "
                                             "connection bar, then start again. "
                                             "Nothing was sent.")};
        });
        setPage(Page::Send);
        return;
    }
    if (m_runner->state() == BatchRunner::State::Paused && m_runner->batchId() == m_batchId) {
        m_runner->setToken(token);
        m_runner->resume();
        return;
    }
    if (m_batchId == 0) {
        if (!m_hasImport || m_import.validCount() == 0)
            return;
        if (m_defaultsTimer->isActive())
            applyDefaultsEdits();
        saveAndStart(token);
        return;
    }
    if (QString problem; !connectionMatches(&problem)) {
        m_ui->batchBanner->show(MessageBanner::Kind::Error, [problem] {
            return MessageBanner::Content{tr("Another connection is selected"), problem};
        });
        setPage(Page::Send);
        return;
    }
    startRunner(token);
}

void BatchWindow::saveAndStart(const QString &token)
{
    // Thousands of rows are written in a pool thread (writing 2,000 here held the window 25-40 ms); the
    // window shows the rows written instead of reading them back; the runner starts once they are stored.
    m_saving = true;
    updateSendPage();
    updateSteps();
    auto *watcher = new QFutureWatcher<BatchStore::Created>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, token] {
        watcher->deleteLater();
        m_saving = false;
        const BatchStore::Created created = watcher->result();
        if (created.id == 0) {
            m_ui->batchBanner->show(MessageBanner::Kind::Error, [error = created.error] {
                return MessageBanner::Content{tr("The batch could not be saved"),
                                              tr("Nothing was sent. %1").arg(error)};
            });
            updateSendPage();
            updateSteps();
            return;
        }
        m_batchId = created.id;
        loadBatchRows(created.rows);
        // The runner starts on the next turn of the event loop, so showing 2,000 rows and claiming the
        // batch do not add up to one long stall.
        QMetaObject::invokeMethod(
            this,
            [this, token] {
                if (!isVisible() || isBusy()) {
                    // Closed meanwhile: the batch waits, queued, to be resumed; nothing is sent behind the
                    // user's back.
                    updateSteps();
                    return;
                }
                startRunner(token);
            },
            Qt::QueuedConnection);
    });
    watcher->setFuture(m_store->createInBackground(m_import, true));
}

void BatchWindow::startRunner(const QString &token)
{
    m_runner->setToken(token);
    m_runner->setSettings(currentDefaults().settings);
    m_runner->setConcurrency(m_ui->concurrencySpin->value());
    m_progressLive = false;
    if (!m_runner->start(m_batchId)) {
        m_ui->batchBanner->show(MessageBanner::Kind::Error, [error = m_runner->error()] {
            return MessageBanner::Content{tr("The batch cannot start"), error};
        });
    } else if (m_ui->batchBanner->isVisible() && m_ui->batchBanner->kind() != MessageBanner::Kind::Warning) {
        dismissBanner(); // a warning about interrupted rows stays; an old outcome goes
    }
    setPage(Page::Send);
    updateSendPage();
}

void BatchWindow::onRunnerStateChanged(BatchRunner::State state)
{
    if (state != BatchRunner::State::Running && m_countdown->isActive()) {
        m_countdown->stop();
        m_waitReason.clear();
    }
    updateSendPage();
    updateSteps();
    scheduleResultsRefresh();
    if (m_closeRequested && (state == BatchRunner::State::Paused || state == BatchRunner::State::Finished))
        finishClose();
}

void BatchWindow::onWaiting(int delayMs, const QString &reason)
{
    m_waitReason = reason;
    m_waitDeadline = QDeadlineTimer(delayMs);
    m_countdown->start();
    updateStatusText();
}

void BatchWindow::onFinished(BatchRunner::FinishReason reason, const QString &message)
{
    using Reason = BatchRunner::FinishReason;
    m_countdown->stop();
    m_waitReason.clear();
    loadBatchRows();
    const QHash<State, int> counts = m_resultsModel->counts();
    const int done = counts.value(State::Done);
    const int failed = counts.value(State::Failed);
    const int queued = counts.value(State::Queued);
    const int cancelled = counts.value(State::Cancelled);
    switch (reason) {
    case Reason::Completed:
        m_ui->batchBanner->show(
            failed > 0 ? MessageBanner::Kind::Warning : MessageBanner::Kind::Success, [done, failed] {
                QString text = tr("%n case(s) updated.", nullptr, done);
                if (failed > 0)
                    text += u' '
                        + tr("%n row(s) failed: read their messages below, correct the cause and retry them.",
                             nullptr, failed);
                return MessageBanner::Content{tr("Batch finished"), text};
            });
        setPage(Page::Results);
        break;
    case Reason::Cancelled:
        m_ui->batchBanner->show(MessageBanner::Kind::Information, [done, cancelled] {
            return MessageBanner::Content{
                tr("Batch cancelled"),
                tr("%n case(s) were updated before the cancel.", nullptr, done) + u' '
                    + tr("%n row(s) were not sent; they are marked “Not sent: cancelled”.", nullptr,
                         cancelled)};
        });
        setPage(Page::Results);
        break;
    case Reason::QuotaExhausted:
        m_ui->batchBanner->show(MessageBanner::Kind::Error, [this, message, queued] {
            return MessageBanner::Content{
                tr("The token's daily quota is used up"),
                message + u'\n'
                    + tr("%n row(s) wait in the queue. Test connection in the main window tells how many "
                         "hours "
                         "until the count restarts; then open this batch and press Resume sending.",
                         nullptr, queued)};
        });
        break;
    case Reason::TokenRejected:
        m_ui->batchBanner->show(MessageBanner::Kind::Error, [message] {
            return MessageBanner::Content{tr("The CRM refused the token"),
                                          message + u'\n'
                                              + tr("The rows not sent yet stay queued; correct the token in "
                                                   "the main window and press Resume sending.")};
        });
        break;
    case Reason::Unreachable:
        m_ui->batchBanner->show(MessageBanner::Kind::Error, [message] {
            return MessageBanner::Content{tr("The CRM cannot be reached"),
                                          message + u'\n'
                                              + tr("The rows not sent yet stay queued; press Resume sending "
                                                   "once the CRM answers again.")};
        });
        break;
    case Reason::RetriesExhausted:
        m_ui->batchBanner->show(MessageBanner::Kind::Warning, [message] {
            return MessageBanner::Content{tr("The CRM stayed busy"), message};
        });
        break;
    case Reason::StorageFailed:
        m_ui->batchBanner->show(MessageBanner::Kind::Error, [message] {
            return MessageBanner::Content{tr("The batch could not be saved"), message};
        });
        break;
    case Reason::Aborted:
        m_ui->batchBanner->show(MessageBanner::Kind::Warning, [message] {
            return MessageBanner::Content{tr("Batch stopped"), message};
        });
        break;
    case Reason::ClaimFailed:
    case Reason::None:
        break;
    }
    updateSendPage();
    refreshResults();
    updateSteps();
}

// ---------------------------------------------------------------------------------------------- send

void BatchWindow::updateSendPage()
{
    const bool pending = m_batchId == 0;
    const bool mine = !pending && m_runner->batchId() == m_batchId;
    const BatchRunner::State state = m_runner->state();
    const bool active = mine && m_runner->isActive();
    const bool paused = mine && state == BatchRunner::State::Paused;
    const QHash<State, int> counts = m_resultsModel->counts();
    const int queued = counts.value(State::Queued);
    const int answered = counts.value(State::Done) + counts.value(State::Failed);

    QString summary;
    if (pending) {
        if (m_hasImport) {
            const BatchDefaults &defaults = m_import.defaults();
            summary = tr("%n row(s) will be sent to %1, operation %2.", nullptr, m_import.validCount())
                          .arg(defaults.server, defaults.operation);
            if (m_import.invalidCount() > 0) {
                summary += u' '
                    + tr("%n row(s) with problems are left out; the results list them as not sent.", nullptr,
                         m_import.invalidCount());
            }
        }
    } else if (m_batchInfo) {
        summary = tr("Batch %1, from %2, sends to %3, operation %4.")
                      .arg(m_batchInfo->id)
                      .arg(m_batchInfo->sourceName, m_batchInfo->server, m_batchInfo->operation);
        if (!active && !paused && queued == 0) {
            summary += u' ' + tr("Nothing is queued: the Results page shows every row's outcome.");
        }
    }
    m_ui->sendSummaryLabel->setText(summary);

    m_ui->startButton->setVisible(!active && !paused && (pending || queued > 0));
    m_ui->startButton->setText(pending || answered == 0 ? tr("&Start sending") : tr("&Resume sending"));
    m_ui->startButton->setEnabled(!isBusy() || paused);
    m_ui->pauseButton->setVisible(active || paused);
    m_ui->pauseButton->setText(paused ? tr("&Resume") : tr("&Pause"));
    m_ui->pauseButton->setIcon(Icons::icon(paused ? Icons::Id::Resume : Icons::Id::Pause));
    m_ui->pauseButton->setEnabled(paused || state == BatchRunner::State::Running);
    m_ui->pauseButton->setToolTip(paused ? tr("Send the rest of the batch")
                                         : tr("Send no new request; the rows being sent finish first"));
    m_ui->cancelSendButton->setVisible(active || paused || (!pending && queued > 0));
    m_ui->cancelSendButton->setEnabled(state != BatchRunner::State::Cancelling);
    m_ui->sendProgressBar->setVisible(!pending);
    m_ui->sendProgressLabel->setVisible(!pending);
    const int attention = counts.value(State::Failed) + counts.value(State::Interrupted);
    m_ui->attentionLabel->setVisible(!pending);
    m_ui->attentionView->setVisible(!pending);
    m_ui->attentionLabel->setText(attention == 0
                                      ? tr("No row has failed so far.")
                                      : tr("Rows that need &attention so far (%n):", nullptr, attention));
    updateProgressTexts();
    updateStatusText();
}

void BatchWindow::updateProgressTexts()
{
    m_progressPending = false; // whoever calls shows the latest figures
    const bool live = m_progressLive && m_runner->batchId() == m_batchId && m_batchId != 0;
    BatchRunner::Progress p;
    if (live) {
        p = m_progress;
    } else {
        const QHash<State, int> counts = m_resultsModel->counts();
        for (const int n : counts)
            p.total += n;
        p.queued = counts.value(State::Queued);
        p.inFlight = counts.value(State::Sending);
        p.done = counts.value(State::Done);
        p.failed = counts.value(State::Failed);
        p.interrupted = counts.value(State::Interrupted);
        p.skipped = counts.value(State::Skipped);
        p.cancelled = counts.value(State::Cancelled);
    }
    const int toSend = std::max(p.total - p.skipped, 0);
    const int processed = p.done + p.failed + p.cancelled + p.interrupted;
    m_ui->sendProgressBar->setRange(0, std::max(toSend, 1));
    m_ui->sendProgressBar->setValue(std::min(processed, std::max(toSend, 1)));
    m_ui->sendProgressBar->setFormat(toSend > 0 ? u"%p%"_s : QString());

    const QLocale locale;
    QStringList parts{tr("%1 of %n row(s) processed", nullptr, toSend).arg(locale.toString(processed))};
    parts.append(tr("%n updated", nullptr, p.done));
    if (p.failed > 0)
        parts.append(tr("%n failed", nullptr, p.failed));
    if (p.interrupted > 0)
        parts.append(tr("%n interrupted", nullptr, p.interrupted));
    if (p.cancelled > 0)
        parts.append(tr("%n not sent", nullptr, p.cancelled));
    const bool running = live && m_runner->isActive();
    if (running && p.rowsPerMinute > 0)
        parts.append(tr("%n row(s) a minute", nullptr, qRound(p.rowsPerMinute)));
    if (running && p.remainingMs > 0)
        parts.append(tr("about %1 left").arg(durationText(p.remainingMs)));
    m_ui->sendProgressLabel->setText(parts.join(u"  ·  "_s));

    if (running) {
        setWindowTitle(tr("Bulk correction — %1 of %2 — Casedesk")
                           .arg(locale.toString(processed), locale.toString(toSend)));
    } else {
        setWindowTitle(tr("Bulk correction — Casedesk"));
    }
}

void BatchWindow::updateStatusText()
{
    const bool mine = m_batchId != 0 && m_runner->batchId() == m_batchId;
    QString text;
    if (mine) {
        const BatchRunner::Progress p = m_progress;
        switch (m_runner->state()) {
        case BatchRunner::State::Running:
            if (m_countdown->isActive()) {
                const int seconds = int((std::max<qint64>(m_waitDeadline.remainingTime(), 0) + 999) / 1000);
                text = tr("CRM busy, retrying in %n second(s).", nullptr, std::max(seconds, 1));
                if (!m_waitReason.isEmpty())
                    text += u'\n' + m_waitReason;
            } else {
                text = tr("Sending, %n request(s) at a time.", nullptr, std::max(p.concurrency, 1));
                if (p.concurrency > 0 && p.concurrency < m_ui->concurrencySpin->value())
                    text += u' ' + tr("Lowered because the CRM reported other requests on this token.");
            }
            break;
        case BatchRunner::State::Pausing:
            text = tr("Pausing: waiting for the answer to %n request(s) already sent.", nullptr,
                      std::max(p.inFlight, 1));
            break;
        case BatchRunner::State::Paused:
            text = tr("Paused. Nothing more is sent until you press Resume.");
            break;
        case BatchRunner::State::Cancelling:
            text = tr("Cancelling: waiting for the answer to %n request(s) already sent.", nullptr,
                      std::max(p.inFlight, 1));
            break;
        case BatchRunner::State::Idle:
        case BatchRunner::State::Finished:
            break;
        }
    }
    m_ui->sendStatusLabel->setText(text);
    m_ui->sendStatusLabel->setVisible(!text.isEmpty());
}

void BatchWindow::pauseOrResume()
{
    if (m_runner->batchId() != m_batchId)
        return;
    if (m_runner->state() == BatchRunner::State::Running)
        m_runner->pause();
    else if (m_runner->state() == BatchRunner::State::Paused)
        startSending(); // picks up a token changed meanwhile
}

void BatchWindow::confirmCancel()
{
    if (m_batchId == 0 || findChild<QMessageBox *>(u"cancelBatchBox"_s))
        return;
    const bool running = m_runner->batchId() == m_batchId && isBusy();
    const int queued = m_resultsModel->counts().value(State::Queued);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Cancel the batch?"),
                                tr("%n row(s) not sent yet will not be sent; they are marked “Not sent: "
                                   "cancelled”.",
                                   nullptr, queued),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"cancelBatchBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Rows being sent right now finish first. Rows already sent stay updated."));
    QPushButton *cancel = box->addButton(tr("Cancel the &batch"), QMessageBox::DestructiveRole);
    QPushButton *keep
        = box->addButton(running ? tr("&Keep sending") : tr("&Keep them queued"), QMessageBox::RejectRole);
    cancel->setObjectName(u"cancelBatchConfirmButton"_s);
    keep->setObjectName(u"keepBatchButton"_s);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    connect(cancel, &QPushButton::clicked, this, [this, id = m_batchId] {
        if (m_batchId != id)
            return;
        if (m_runner->batchId() == id && isBusy()) {
            m_runner->cancel();
        } else {
            m_store->cancelQueued(id);
            m_ui->batchBanner->show(MessageBanner::Kind::Information, [] {
                return MessageBanner::Content{tr("Batch cancelled"),
                                              tr("The rows not sent are marked “Not sent: cancelled”.")};
            });
            setPage(Page::Results);
        }
    });
    box->open();
}

// ---------------------------------------------------------------------------------------------- results

void BatchWindow::refreshResults()
{
    m_resultsTimer->stop();
    const QHash<State, int> counts = m_resultsModel->counts();
    const QLocale locale;

    QStringList parts;
    for (const State state : BatchRow::allStates()) {
        const int n = counts.value(state);
        if (n > 0)
            parts.append(tr("%1: %2").arg(BatchRow::stateName(state), locale.toString(n)));
    }
    QString heading;
    if (m_batchInfo) {
        heading = tr("Batch %1 · %2 · %3")
                      .arg(m_batchInfo->id)
                      .arg(m_batchInfo->sourceName,
                           locale.toString(m_batchInfo->created.toLocalTime(), QLocale::ShortFormat));
    }
    const QString counted = parts.join(u"  ·  "_s).toHtmlEscaped();
    m_ui->resultsSummaryLabel->setText(
        heading.isEmpty() ? counted : u"<b>%1</b><br>%2"_s.arg(heading.toHtmlEscaped(), counted));

    // The filter keeps its choice while its counts change, and is left alone while its list is open.
    QComboBox *filter = m_ui->resultsFilterCombo;
    const QString current = filter->currentData().toString();
    if (!filter->view()->isVisible()) {
        const QSignalBlocker blocker(filter);
        filter->clear();
        filter->addItem(tr("All rows (%1)").arg(locale.toString(m_resultsModel->rowCount())), QString());
        const QHash<ApiResult::Outcome, int> failures = m_resultsModel->failedOutcomes();
        for (const State state : BatchRow::allStates()) {
            const int n = counts.value(state);
            if (n == 0 && BatchRow::stateId(state) != current)
                continue;
            filter->addItem(Icons::forBatchState(state),
                            tr("%1 (%2)").arg(BatchRow::stateName(state), locale.toString(n)),
                            BatchRow::stateId(state));
            // Failures of more than one kind can be looked at kind by kind.
            if (state != State::Failed || failures.size() < 2)
                continue;
            QList<ApiResult::Outcome> outcomes = failures.keys();
            std::sort(outcomes.begin(), outcomes.end());
            for (const ApiResult::Outcome outcome : std::as_const(outcomes)) {
                ApiResult result;
                result.outcome = outcome;
                filter->addItem(
                    Icons::forOutcome(outcome),
                    tr("    %1 (%2)").arg(result.outcomeText(), locale.toString(failures.value(outcome))),
                    QString(BatchRow::stateId(state) + u':' + ApiResult::outcomeId(outcome)));
            }
        }
        filter->setCurrentIndex(std::max(filter->findData(current), 0));
    }

    const bool busy = isBusy();
    const int failed = counts.value(State::Failed);
    const int interrupted = counts.value(State::Interrupted);
    const int ticked = int(m_resultsModel->checkedIds().size());
    m_ui->retryFailedButton->setVisible(failed > 0);
    m_ui->retryFailedButton->setEnabled(!busy);
    m_ui->retryFailedButton->setToolTip(
        tr("Send the %n failed row(s) once more. Rows the CRM refused fail again until their cause is "
           "corrected.",
           nullptr, failed));
    m_ui->resendInterruptedButton->setVisible(interrupted > 0);
    m_ui->resendInterruptedButton->setEnabled(!busy && ticked > 0);
    m_ui->resendInterruptedButton->setToolTip(
        ticked > 0 ? tr("Resend the %n ticked row(s) after confirming", nullptr, ticked)
                   : tr("Check the interrupted cases in the CRM, tick the rows to send again, then press "
                        "this."));
    const bool any = m_resultsModel->rowCount() > 0;
    m_ui->copyResultsButton->setEnabled(any);
    m_ui->exportResultsButton->setEnabled(any);
    m_ui->showHistoryButton->setEnabled(m_batchId != 0);
    m_ui->newBatchButton->setEnabled(!busy);
    if (page() == Page::Send)
        updateSendPage();
}

void BatchWindow::retryFailed()
{
    if (m_batchId == 0 || isBusy())
        return;
    const int requeued = m_store->requeue(m_batchId, {State::Failed});
    if (requeued > 0)
        startSending();
}

void BatchWindow::confirmResendInterrupted()
{
    const QList<qint64> ids = m_resultsModel->checkedIds();
    if (m_batchId == 0 || ids.isEmpty() || isBusy() || findChild<QMessageBox *>(u"resendInterruptedBox"_s))
        return;
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Resend interrupted rows?"),
        tr("Resend %n row(s) whose earlier request never got an answer?", nullptr, int(ids.size())),
        QMessageBox::NoButton, this);
    box->setObjectName(u"resendInterruptedBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("The CRM may already have applied them. Resend only the rows whose cases you "
                               "checked in the CRM and found not updated."));
    QPushButton *resend = box->addButton(tr("&Resend"), QMessageBox::AcceptRole);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    resend->setObjectName(u"resendConfirmButton"_s);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    connect(resend, &QPushButton::clicked, this, [this, ids, id = m_batchId] {
        if (m_batchId != id || isBusy())
            return;
        if (m_store->requeueRows(ids) > 0)
            startSending();
    });
    box->open();
}

void BatchWindow::chooseExportFile()
{
    if (m_batchId == 0)
        return;
    auto *dialog = new QFileDialog(this, tr("Export the results"));
    dialog->setObjectName(u"exportResultsDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(u"csv"_s);
    dialog->setNameFilters({tr("CSV files (*.csv)"), tr("All files (*)")});
    QString folder = m_settings->lastDirectory(ExportDirectory);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    dialog->setDirectory(folder);
    dialog->selectFile(u"casedesk-batch-%1-results.csv"_s.arg(m_batchId));
    connect(dialog, &QFileDialog::fileSelected, this, &BatchWindow::exportResults);
    dialog->open();
}

bool BatchWindow::exportResults(const QString &fileName)
{
    if (m_batchId == 0 || fileName.isEmpty())
        return false;
    m_settings->setLastDirectory(ExportDirectory, QFileInfo(fileName).absolutePath());
    QString error;
    const bool ok = m_store->exportResults(m_batchId, fileName, &error);
    const int rows = m_resultsModel->rowCount();
    if (ok) {
        m_ui->batchBanner->show(MessageBanner::Kind::Success, [rows, fileName] {
            return MessageBanner::Content{
                tr("Results exported"),
                tr("%n row(s) saved to %1.", nullptr, rows).arg(QDir::toNativeSeparators(fileName))};
        });
    } else {
        m_ui->batchBanner->show(MessageBanner::Kind::Error, [error] {
            return MessageBanner::Content{tr("The results could not be exported"), error};
        });
    }
    return ok;
}

void BatchWindow::copyResults()
{
    QList<int> sourceRows;
    const QModelIndexList selected = m_ui->resultsView->selectionModel()->selectedRows();
    if (!selected.isEmpty()) {
        QList<int> viewRows;
        for (const QModelIndex &index : selected)
            viewRows.append(index.row());
        std::sort(viewRows.begin(), viewRows.end());
        for (const int row : std::as_const(viewRows))
            sourceRows.append(m_resultsFilter->mapToSource(m_resultsFilter->index(row, 0)).row());
    } else {
        for (int row = 0; row < m_resultsFilter->rowCount(); ++row)
            sourceRows.append(m_resultsFilter->mapToSource(m_resultsFilter->index(row, 0)).row());
    }
    QList<BatchRow> rows;
    rows.reserve(sourceRows.size());
    for (const int row : std::as_const(sourceRows))
        rows.append(m_resultsModel->row(row));
    QGuiApplication::clipboard()->setText(BatchRowsModel::toTsv(rows));
    const int count = int(rows.size());
    m_ui->batchBanner->show(MessageBanner::Kind::Information, [count] {
        return MessageBanner::Content{tr("Copied"),
                                      tr("%n row(s) copied; paste them into a spreadsheet.", nullptr, count)};
    });
}

void BatchWindow::newBatch()
{
    if (isBusy())
        return;
    m_batchId = 0;
    m_batchInfo.reset();
    m_hasImport = false;
    m_import = BatchImport();
    m_resultsModel->clear();
    m_plannedModel->setRows({});
    m_progressLive = false;
    dismissBanner();
    updateConnectionLabel();
    setPage(Page::Source);
}

void BatchWindow::discardBatch(qint64 batchId)
{
    if (isBusy() || findChild<QMessageBox *>(u"discardBatchBox"_s))
        return;
    const std::optional<BatchInfo> info = m_store->batch(batchId);
    if (!info)
        return;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Discard this batch?"),
        tr("Batch %1 (%2) is no longer offered for resuming, and its %n queued row(s) are not sent.", nullptr,
           info->count(State::Queued))
            .arg(info->id)
            .arg(info->sourceName),
        QMessageBox::NoButton, this);
    box->setObjectName(u"discardBatchBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Rows already sent stay updated, and every attempt stays in the history."));
    QPushButton *discard = box->addButton(tr("&Discard batch"), QMessageBox::DestructiveRole);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    discard->setObjectName(u"discardConfirmButton"_s);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    connect(discard, &QPushButton::clicked, this, [this, batchId] {
        if (!m_store->close(batchId)) {
            m_ui->batchBanner->show(MessageBanner::Kind::Error, [error = m_store->error()] {
                return MessageBanner::Content{tr("The batch could not be discarded"), error};
            });
        }
        if (batchId == m_batchId && !isBusy()) {
            m_batchId = 0;
            m_batchInfo.reset();
            m_resultsModel->clear();
        }
        refreshUnfinished();
        updateSteps();
    });
    box->open();
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
    if (findChild<QMessageBox *>(u"closeWhileSendingBox"_s))
        return;
    const int left = m_progress.queued + m_progress.inFlight;
    auto *box
        = new QMessageBox(QMessageBox::Warning, tr("The batch is still being sent"),
                          tr("%n row(s) are not sent yet.", nullptr, left), QMessageBox::NoButton, this);
    box->setObjectName(u"closeWhileSendingBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Pause and close: the requests already sent are answered first, and the rest "
                               "waits until you resume. Casedesk offers the batch again when it starts."));
    QPushButton *keep = box->addButton(tr("&Keep sending"), QMessageBox::RejectRole);
    QPushButton *pause = box->addButton(tr("&Pause and close"), QMessageBox::AcceptRole);
    keep->setObjectName(u"keepSendingBatchButton"_s);
    pause->setObjectName(u"pauseAndCloseButton"_s);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    connect(keep, &QPushButton::clicked, this, [this] { m_afterClose = nullptr; });
    connect(pause, &QPushButton::clicked, this, [this] {
        m_closeRequested = true;
        if (m_runner->state() == BatchRunner::State::Running)
            m_runner->pause();
        if (!isSending())
            finishClose();
    });
    box->open();
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
    saveLayout();
    event->accept();
}

void BatchWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateConnectionLabel();
    if (page() == Page::Source)
        refreshUnfinished();
    updateSteps();
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
    m_ui->unfinishedList->setHeaderLabels({tr("Started"), tr("Source"), tr("Sends to"), tr("Updated"),
                                           tr("Failed"), tr("Queued"), tr("Interrupted")});
    QComboBox *unknown = m_ui->unknownColumnsCombo;
    const int unknownIndex = std::max(unknown->currentIndex(), 0);
    {
        const QSignalBlocker blocker(unknown);
        unknown->clear();
        unknown->addItem(tr("Not sent"), int(ColumnMapping::UnknownColumns::Ignore));
        unknown->addItem(tr("Sent as custom fields"), int(ColumnMapping::UnknownColumns::CustomFields));
        unknown->setCurrentIndex(unknownIndex);
    }
    m_mappingModel->retranslate();
    for (int row = 0; row < m_mappingModel->rowCount(); ++row) {
        ColumnTargetDelegate::retranslate(
            m_ui->mappingView->indexWidget(m_mappingModel->index(row, ColumnMappingModel::TargetColumn)));
    }
    m_plannedModel->retranslate();
    m_resultsModel->retranslate();
    const auto actions = this->actions();
    for (QAction *action : actions) {
        const QString name = action->objectName();
        if (name == u"openCsvAction"_s)
            action->setText(tr("Open CSV file"));
        else if (name == u"pasteRowsAction"_s)
            action->setText(tr("Paste from spreadsheet"));
        else if (name == u"reloadFileAction"_s)
            action->setText(tr("Reload the file"));
        else if (name == u"copyResultsAction"_s)
            action->setText(tr("Copy results"));
        else if (name == u"closeBatchWindowAction"_s)
            action->setText(tr("Close"));
    }
    updateConnectionLabel();
    refreshUnfinished();
    refreshMappingPage();
    refreshCheckPage();
    updateSendPage();
    refreshResults();
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
