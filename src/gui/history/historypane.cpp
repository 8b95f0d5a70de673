#include "gui/history/historypane.h"

#include "core/global.h"
#include "core/history/historystore.h"
#include "gui/history/historymodel.h"
#include "gui/history/historyreport.h"
#include "gui/widgets/dialogs.h"
#include "gui/widgets/fieldheight.h"
#include "gui/widgets/icons.h"
#include "gui/widgets/repaintthrottle.h"
#include "gui/widgets/textwrap.h"
#include "gui/widgets/wrappingrows.h"
#include "ui_historypane.h"

#include <QAction>
#include <QClipboard>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QTimer>
#include <utility>

namespace {
constexpr int SearchDelayMs = 250;
// A batch adds attempts every few milliseconds: the count (a query of its own) follows at this pace.
constexpr int CountDelayMs = 200;
const QString ExportFolder = u"history-export"_s;

// historyOutcomeCombo's item data beyond the ApiResult::Outcome values.
constexpr int AnyOutcome = -1;
constexpr int InterruptedOutcome = 100;
constexpr int SendingOutcome = 101;

enum DateRange { AllDates, Today, Last7Days, Last30Days, CustomRange };

// The locale's short date, with four-digit years: "3/4/25" is ambiguous across a history of years.
QString dateFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return format;
}

HistoryQuery::Column queryColumn(int modelColumn)
{
    switch (modelColumn) {
    case HistoryModel::ServerColumn:
        return HistoryQuery::Column::Server;
    case HistoryModel::OperationColumn:
        return HistoryQuery::Column::Operation;
    case HistoryModel::CaseColumn:
        return HistoryQuery::Column::CaseId;
    case HistoryModel::HttpColumn:
        return HistoryQuery::Column::HttpStatus;
    case HistoryModel::CodeColumn:
        return HistoryQuery::Column::Code;
    case HistoryModel::MessageColumn:
        return HistoryQuery::Column::Message;
    case HistoryModel::DurationColumn:
        return HistoryQuery::Column::Duration;
    case HistoryModel::OutcomeColumn:
        return HistoryQuery::Column::Outcome;
    default:
        return HistoryQuery::Column::Time;
    }
}

} // namespace

HistoryPane::HistoryPane(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HistoryPane>())
    , m_loadAction(new QAction(this))
    , m_copyAction(new QAction(this))
    , m_searchTimer(new QTimer(this))
    , m_countTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(CountDelayMs);
    connect(m_countTimer, &QTimer::timeout, this, &HistoryPane::updateCount);
    // Over the empty table: no attempt yet, or none that matches.
    m_emptyLabel = new QLabel(m_ui->historyView->viewport());
    m_emptyLabel->setObjectName(u"historyEmptyLabel"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->hide();
    m_ui->historyView->viewport()->installEventFilter(this);
    TextWrap::guard(m_ui->historyDetails);
    // A batch adds and answers attempts every few milliseconds: the table repaints ten times a second.
    m_repaintThrottle = new RepaintThrottle(m_ui->historyView);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &HistoryPane::applyQuery);
    connect(m_ui->historySearchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_ui->historySearchEdit, &QLineEdit::returnPressed, this, &HistoryPane::applyQuery);
    connect(m_ui->historyOutcomeCombo, &QComboBox::activated, this, &HistoryPane::applyQuery);
    connect(m_ui->historyDateCombo, &QComboBox::activated, this, &HistoryPane::onDateRangeChosen);
    // Typing a date changes it once per keystroke: wait like the search does, apply at once on leaving.
    connect(m_ui->historyFromEdit, &QDateEdit::dateChanged, this, [this](QDate from) {
        if (from > m_ui->historyToEdit->date()) {
            const QSignalBlocker blocker(m_ui->historyToEdit);
            m_ui->historyToEdit->setDate(from); // never an empty range: the end follows the start
        }
        m_searchTimer->start();
    });
    connect(m_ui->historyToEdit, &QDateEdit::dateChanged, this, [this](QDate to) {
        if (to < m_ui->historyFromEdit->date()) {
            const QSignalBlocker blocker(m_ui->historyFromEdit);
            m_ui->historyFromEdit->setDate(to);
        }
        m_searchTimer->start();
    });
    connect(m_ui->historyFromEdit, &QDateEdit::editingFinished, this, &HistoryPane::applyQuery);
    connect(m_ui->historyToEdit, &QDateEdit::editingFinished, this, &HistoryPane::applyQuery);
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this,
            [this] { chooseExportFile(HistoryExporter::Format::Csv); });
    connect(m_ui->exportJsonButton, &QPushButton::clicked, this,
            [this] { chooseExportFile(HistoryExporter::Format::Json); });
    // The database sorts (the view only ever holds a window of rows): a header click becomes a query.
    QHeaderView *header = m_ui->historyView->horizontalHeader();
    m_ui->historyView->setSortingEnabled(false);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &HistoryPane::onSortIndicatorChanged);
    m_ui->historyBatchFilterButton->setIcon(Icons::icon(Icons::Id::Close));
    connect(m_ui->historyBatchFilterButton, &QToolButton::clicked, this, [this] { setBatchFilter(0); });
    m_ui->historyBatchFilterButton->hide();
    m_ui->historyExportLabel->hide();
    m_ui->historyRangeWidget->hide();
    // The filters wrap to a second row when the list is narrow (half a laptop screen), each combo as wide
    // as its longest choice in the current language.
    for (QComboBox *combo : {m_ui->historyOutcomeCombo, m_ui->historyDateCombo})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents); // see fillFilterCombos()
    const QList<QWidget *> filters
        = {m_ui->historyBatchFilterButton, m_ui->historySearchEdit, m_ui->historyOutcomeCombo,
           m_ui->historyDateCombo, m_ui->historyRangeWidget};
    m_filterRows = std::make_unique<WrappingRows>(
        m_ui->historyListLayout, m_ui->historyListLayout->indexOf(m_ui->historyFilterLayout),
        QList<QHBoxLayout *>{m_ui->historyFilterLayout}, filters, u"historyFilterLayout"_s);
    m_filterRows->setStretch(m_ui->historySearchEdit, 1);
    // A filter shown, hidden or retranslated asks the panel to lay out again: the rows may change.
    m_ui->historyListPanel->installEventFilter(this);
    // However the filters wrap, the list keeps rows to read.
    FieldHeight::keepRows(m_ui->historyView, 4);
    {
        const QSignalBlocker fromBlocker(m_ui->historyFromEdit);
        const QSignalBlocker toBlocker(m_ui->historyToEdit);
        m_ui->historyFromEdit->setDate(QDate::currentDate().addDays(-29));
        m_ui->historyToEdit->setDate(QDate::currentDate());
    }
    applyDateFormat();
    fillFilterCombos();
    m_ui->loadIntoFormButton->setIcon(Icons::icon(Icons::Id::LoadIntoForm));
    m_ui->copyHistoryButton->setIcon(Icons::icon(Icons::Id::Copy));
    m_ui->historySplitter->setStretchFactor(0, 3);
    m_ui->historySplitter->setStretchFactor(1, 2);

    m_loadAction->setObjectName(u"loadIntoFormAction"_s);
    m_loadAction->setIcon(Icons::icon(Icons::Id::LoadIntoForm));
    m_loadAction->setEnabled(false);
    m_copyAction->setObjectName(u"copyHistoryAction"_s);
    m_copyAction->setIcon(Icons::icon(Icons::Id::Copy));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_copyAction->setEnabled(false);
    m_ui->historyView->addAction(m_loadAction);
    m_ui->historyView->addAction(m_copyAction);

    connect(m_loadAction, &QAction::triggered, this, &HistoryPane::loadCurrent);
    connect(m_copyAction, &QAction::triggered, this, &HistoryPane::copyCurrent);
    connect(m_ui->loadIntoFormButton, &QPushButton::clicked, this, &HistoryPane::loadCurrent);
    connect(m_ui->copyHistoryButton, &QPushButton::clicked, this, &HistoryPane::copyCurrent);
    // Enter or a double click on an attempt is the quickest way back into the form.
    connect(m_ui->historyView, &QTableView::activated, this, &HistoryPane::loadCurrent);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->historyDetails->document()->setDefaultStyleSheet(
        u"pre { font-family: '%1'; } th { text-align: left; padding-right: 12px; font-weight: normal; }"_s
            .arg(fixed.family()));
    retranslate();
}

HistoryPane::~HistoryPane() = default;

QTableView *HistoryPane::view() const
{
    return m_ui->historyView;
}

void HistoryPane::setStore(HistoryStore *store)
{
    m_store = store;
    updateStoreControls();
    QHeaderView *header = m_ui->historyView->horizontalHeader();
    {
        const QSignalBlocker blocker(header);
        header->setSortIndicator(HistoryModel::TimeColumn, Qt::DescendingOrder);
    }
    m_sortSection = HistoryModel::TimeColumn;
    m_sortOrder = Qt::DescendingOrder;

    auto *old = m_model;
    m_model = new HistoryModel(store, this);
    // Before the model: once the header has a section per attempt, changing the default size walks every
    // one of them (a sixth of the window's construction with 100,000 attempts).
    m_ui->historyView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_ui->historyView->setModel(m_model);
    m_repaintThrottle->watchModel();
    delete old;
    applyDefaultColumnWidths();

    connect(m_ui->historyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryPane::updateDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int row = m_ui->historyView->currentIndex().row();
                if (row >= topLeft.row() && row <= bottomRight.row())
                    updateDetails();
            });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        // A new attempt arrives as row 0; keep the view on the newest unless the agent scrolled away.
        if (m_ui->historyView->verticalScrollBar()->value() <= 1)
            m_ui->historyView->scrollToTop();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPane::updateStoreControls);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPane::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPane::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_countTimer, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::rowsRemoved, m_countTimer, qOverload<>(&QTimer::start));
    updateDetails();
    updateCount();
}

void HistoryPane::updateStoreControls()
{
    const bool queryable = m_store && m_store->supportsQuery();
    m_ui->historySearchEdit->setVisible(queryable);
    m_ui->historyOutcomeCombo->setVisible(queryable);
    m_ui->historyDateCombo->setVisible(queryable);
    m_ui->historyRangeWidget->setVisible(queryable
                                         && m_ui->historyDateCombo->currentData().toInt() == CustomRange);
    const bool exportable = m_store && m_store->supportsExport();
    m_ui->exportCsvButton->setVisible(exportable);
    m_ui->exportJsonButton->setVisible(exportable);
    QHeaderView *header = m_ui->historyView->horizontalHeader();
    header->setSectionsClickable(queryable);
    header->setSortIndicatorShown(queryable);
}

void HistoryPane::setSettings(Settings *settings)
{
    m_settings = settings;
}

void HistoryPane::updateCount()
{
    m_countTimer->stop();
    const int shown = m_model ? m_model->rowCount() : 0;
    const bool filtered = m_store && m_store->supportsQuery() && m_store->query().filters();
    const int total = filtered ? m_store->totalCount() : shown;
    const QLocale locale;
    QString count;
    if (filtered) {
        //: Above the history when a search or filter is on; %1 is how many are shown, %n how many exist
        count = tr("Shown: %1 of %n attempt(s)", nullptr, total).arg(locale.toString(shown));
    } else {
        //: Above the history: how many attempts it holds
        count = tr("%n attempt(s)", nullptr, total);
    }
    m_ui->historyCountLabel->setText(count);
    m_ui->historyCountLabel->setVisible(total > 0);
    if (shown == 0) {
        m_emptyLabel->setText(filtered ? tr("No attempt matches the search and filters. Clear the search or "
                                            "choose other filters to see more.")
                                       : tr("No attempts yet. Each update you send is listed here."));
        m_emptyLabel->setGeometry(m_ui->historyView->viewport()->rect().adjusted(8, 8, -8, -8));
    }
    m_emptyLabel->setVisible(shown == 0);
    m_ui->historyView->setAccessibleDescription(shown == 0 ? m_emptyLabel->text() : count);
}

bool HistoryPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->historyView->viewport() && event->type() == QEvent::Resize)
        m_emptyLabel->setGeometry(m_ui->historyView->viewport()->rect().adjusted(8, 8, -8, -8));
    else if (watched == m_ui->historyListPanel && event->type() == QEvent::Resize)
        arrangeFilters();
    else if (watched == m_ui->historyListPanel && event->type() == QEvent::LayoutRequest)
        QMetaObject::invokeMethod(this, &HistoryPane::arrangeFilters, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

void HistoryPane::arrangeFilters()
{
    QWidget *panel = m_ui->historyListPanel;
    const int widest = m_filterRows->arrange(panel->contentsRect().width());
    // As narrow as the widest filter or the heading, whichever needs more: the splitter can then give
    // the details their room.
    panel->setMinimumWidth(std::max(widest, m_ui->historyHeadingLayout->minimumSize().width()));
}

void HistoryPane::applyDefaultColumnWidths()
{
    QHeaderView *header = m_ui->historyView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics metrics = fontMetrics();
    const auto width = [&metrics](const QString &sample) { return metrics.horizontalAdvance(sample) + 24; };
    header->resizeSection(HistoryModel::TimeColumn, width(u"00:00:00"_s) + 24); // and the outcome icon
    header->resizeSection(HistoryModel::CaseColumn, width(u"6074aaa0801374bbbbb781025ccc7d3"_s));
    header->resizeSection(HistoryModel::OutcomeColumn, width(u"Rejected by the CRM"_s));
    header->resizeSection(HistoryModel::MessageColumn, width(u"Succesfully update record…"_s));
    header->resizeSection(HistoryModel::HttpColumn, width(u"HTTP"_s));
    header->resizeSection(HistoryModel::CodeColumn, width(u"Code"_s));
    header->resizeSection(HistoryModel::DurationColumn, width(u"Duration"_s));
    header->resizeSection(HistoryModel::ServerColumn, width(u"crm0001.wolkvox.com"_s));
    header->resizeSection(HistoryModel::OperationColumn, width(u"modulodeprueba"_s));
    header->resizeSection(HistoryModel::BatchColumn, width(u"0000 · row 00000"_s));
    // What an agent scans for first comes first, the batch among it so that it shows at 1024 px; every column
    // can still be moved and is remembered.
    const HistoryModel::Column order[]
        = {HistoryModel::TimeColumn,     HistoryModel::CaseColumn,     HistoryModel::OutcomeColumn,
           HistoryModel::BatchColumn,    HistoryModel::MessageColumn,  HistoryModel::HttpColumn,
           HistoryModel::CodeColumn,     HistoryModel::DurationColumn, HistoryModel::ServerColumn,
           HistoryModel::OperationColumn};
    for (int visual = 0; visual < int(std::size(order)); ++visual)
        header->moveSection(header->visualIndex(order[visual]), visual);
    header->setSectionsMovable(true);
}

HistoryEntry HistoryPane::currentEntry() const
{
    if (!m_model)
        return {};
    const QModelIndex current = m_ui->historyView->currentIndex();
    return current.isValid() ? m_model->entry(current.row()) : HistoryEntry();
}

bool HistoryPane::selectEntry(qint64 id)
{
    if (!m_model)
        return false;
    const QModelIndex index = m_model->indexOfId(id);
    if (!index.isValid())
        return false;
    m_ui->historyView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->historyView->scrollTo(index);
    return true;
}

QByteArray HistoryPane::splitterState() const
{
    return m_ui->historySplitter->saveState();
}

void HistoryPane::restoreSplitterState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_ui->historySplitter->restoreState(state);
}

QByteArray HistoryPane::headerState() const
{
    return m_ui->historyView->horizontalHeader()->saveState();
}

void HistoryPane::restoreHeaderState(const QByteArray &state)
{
    if (state.isEmpty())
        return;
    QHeaderView *header = m_ui->historyView->horizontalHeader();
    const bool queryable = header->isSortIndicatorShown();
    header->restoreState(state);
    // The saved state carries the last order: the database sorts by it (and the header stays clickable).
    header->setSectionsClickable(queryable);
    header->setSortIndicatorShown(queryable);
    if (header->sortIndicatorSection() == HistoryModel::BatchColumn) {
        const QSignalBlocker blocker(header);
        header->setSortIndicator(HistoryModel::TimeColumn, Qt::DescendingOrder);
    }
    m_sortSection = header->sortIndicatorSection();
    m_sortOrder = header->sortIndicatorOrder();
    applyQuery();
}

QWidget *HistoryPane::firstInFocusChain() const
{
    return m_ui->historyView;
}

QWidget *HistoryPane::lastInFocusChain() const
{
    return m_ui->copyHistoryButton;
}

void HistoryPane::showEntry(qint64 id)
{
    if (!selectEntry(id) && m_store && m_store->supportsQuery()) {
        // Hidden by the search or a filter: show every attempt again, then it.
        {
            const QSignalBlocker search(m_ui->historySearchEdit);
            m_ui->historySearchEdit->clear();
        }
        m_ui->historyOutcomeCombo->setCurrentIndex(0);
        m_ui->historyDateCombo->setCurrentIndex(0);
        m_ui->historyRangeWidget->hide();
        m_batchFilter = 0;
        updateBatchFilterButton();
        applyQuery();
        selectEntry(id);
    }
    m_ui->historyDetails->setFocus(Qt::OtherFocusReason);
}

void HistoryPane::loadCurrent()
{
    const HistoryEntry entry = currentEntry();
    if (entry.id == 0)
        return;
    Q_EMIT loadRequested(entry);
}

void HistoryPane::copyCurrent()
{
    const HistoryEntry entry = currentEntry();
    if (entry.id == 0)
        return;
    QGuiApplication::clipboard()->setText(plainReport(entry));
}

void HistoryPane::updateDetails()
{
    const HistoryEntry entry = currentEntry();
    const bool has = entry.id != 0;
    m_ui->loadIntoFormButton->setEnabled(has);
    m_ui->copyHistoryButton->setEnabled(has);
    m_loadAction->setEnabled(has);
    m_copyAction->setEnabled(has);
    if (!has) {
        m_ui->historyDetails->clear();
    } else {
        // Keep the reader's place when the same attempt is refreshed (sending → done keeps the top).
        const int scroll = entry.id == m_shownId ? m_ui->historyDetails->verticalScrollBar()->value() : 0;
        m_ui->historyDetails->setHtml(htmlReport(entry));
        m_ui->historyDetails->verticalScrollBar()->setValue(scroll);
    }
    if (std::exchange(m_shownId, entry.id) != entry.id)
        Q_EMIT currentEntryChanged(entry.id);
}

QString HistoryPane::prettyBody(const QByteArray &body)
{
    return HistoryReport::prettyBody(body);
}

QString HistoryPane::plainReport(const HistoryEntry &entry)
{
    return HistoryReport::plain(entry);
}

QString HistoryPane::htmlReport(const HistoryEntry &entry)
{
    return HistoryReport::html(entry);
}

void HistoryPane::fillFilterCombos()
{
    QComboBox *outcome = m_ui->historyOutcomeCombo;
    const int outcomeIndex = std::max(outcome->currentIndex(), 0);
    {
        const QSignalBlocker blocker(outcome);
        outcome->clear();
        outcome->addItem(tr("All outcomes"), AnyOutcome);
        for (const ApiResult::Outcome o :
             {ApiResult::Outcome::Success, ApiResult::Outcome::Rejected, ApiResult::Outcome::NetworkFailure,
              ApiResult::Outcome::Timeout, ApiResult::Outcome::Cancelled,
              ApiResult::Outcome::UnreadableAnswer, ApiResult::Outcome::InvalidInput,
              ApiResult::Outcome::Incomplete}) {
            ApiResult result;
            result.outcome = o;
            outcome->addItem(Icons::forOutcome(o), result.outcomeText(), int(o));
        }
        outcome->addItem(Icons::icon(Icons::Id::Interrupted), tr("Interrupted"), InterruptedOutcome);
        outcome->addItem(Icons::icon(Icons::Id::Sending), tr("Sending"), SendingOutcome);
        outcome->setCurrentIndex(outcomeIndex);
    }
    QComboBox *dates = m_ui->historyDateCombo;
    const int dateIndex = std::max(dates->currentIndex(), 0);
    {
        const QSignalBlocker blocker(dates);
        dates->clear();
        dates->addItem(tr("All dates"), AllDates);
        dates->addItem(tr("Today"), Today);
        dates->addItem(tr("Last 7 days"), Last7Days);
        dates->addItem(tr("Last 30 days"), Last30Days);
        dates->addItem(tr("Custom range…"), CustomRange);
        dates->setCurrentIndex(dateIndex);
    }
    // Never narrower than the longest choice: a combo's own minimum stays what it was before its items.
    for (QComboBox *combo : {outcome, dates})
        combo->setMinimumWidth(combo->sizeHint().width());
}

HistoryQuery HistoryPane::currentQuery() const
{
    HistoryQuery query;
    query.search = m_ui->historySearchEdit->text().trimmed();
    const int outcome = m_ui->historyOutcomeCombo->currentData().toInt();
    if (outcome == InterruptedOutcome)
        query.includeInterrupted = true;
    else if (outcome == SendingOutcome)
        query.includeSending = true;
    else if (outcome != AnyOutcome)
        query.outcomes = {ApiResult::Outcome(outcome)};
    const QDate today = QDate::currentDate();
    switch (m_ui->historyDateCombo->currentData().toInt()) {
    case Today:
        query.setLocalDays(today, {});
        break;
    case Last7Days:
        query.setLocalDays(today.addDays(-6), {});
        break;
    case Last30Days:
        query.setLocalDays(today.addDays(-29), {});
        break;
    case CustomRange:
        query.setLocalDays(m_ui->historyFromEdit->date(), m_ui->historyToEdit->date());
        break;
    default:
        break;
    }
    query.batchId = m_batchFilter;
    const QHeaderView *header = m_ui->historyView->horizontalHeader();
    query.sortColumn = queryColumn(header->sortIndicatorSection());
    query.sortOrder = header->sortIndicatorOrder();
    return query;
}

void HistoryPane::onDateRangeChosen()
{
    const int range = m_ui->historyDateCombo->currentData().toInt();
    const bool custom = range == CustomRange;
    if (custom && !m_customRangeShown) {
        // The first time, the range starts as the preset the agent had, so it only needs adjusting.
        const QDate today = QDate::currentDate();
        QDate from = today.addDays(-29);
        if (m_previousDateRange == Today)
            from = today;
        else if (m_previousDateRange == Last7Days)
            from = today.addDays(-6);
        const QSignalBlocker fromBlocker(m_ui->historyFromEdit);
        const QSignalBlocker toBlocker(m_ui->historyToEdit);
        m_ui->historyToEdit->setDate(today);
        m_ui->historyFromEdit->setDate(from);
        m_customRangeShown = true;
    }
    m_ui->historyRangeWidget->setVisible(custom);
    if (!custom)
        m_previousDateRange = range;
    applyQuery();
    if (custom)
        m_ui->historyFromEdit->setFocus(Qt::OtherFocusReason);
}

void HistoryPane::applyDateFormat()
{
    // The window's language decides the format and any month names, as everywhere else in the window.
    const QLocale locale;
    for (QDateEdit *edit : {m_ui->historyFromEdit, m_ui->historyToEdit}) {
        edit->setLocale(locale);
        edit->setDisplayFormat(dateFormat(locale));
    }
}

void HistoryPane::applyQuery()
{
    m_searchTimer->stop();
    if (!m_store || !m_store->supportsQuery())
        return;
    const HistoryQuery query = currentQuery();
    if (query == m_store->query())
        return;
    const qint64 current = m_shownId;
    m_store->setQuery(query);
    if (current)
        selectEntry(current);
}

void HistoryPane::onSortIndicatorChanged(int section, Qt::SortOrder order)
{
    if (section == HistoryModel::BatchColumn) {
        QHeaderView *header = m_ui->historyView->horizontalHeader();
        const QSignalBlocker blocker(header);
        header->setSortIndicator(m_sortSection, m_sortOrder);
        return;
    }
    m_sortSection = section;
    m_sortOrder = order;
    applyQuery();
}

void HistoryPane::setBatchFilter(qint64 batchId)
{
    if (!m_store || !m_store->supportsQuery())
        return;
    m_batchFilter = std::max<qint64>(batchId, 0);
    updateBatchFilterButton();
    applyQuery();
}

void HistoryPane::updateBatchFilterButton()
{
    QToolButton *button = m_ui->historyBatchFilterButton;
    button->setVisible(m_batchFilter != 0);
    button->setText(tr("Batch %1 only").arg(m_batchFilter));
    button->setToolTip(tr("Only the attempts of bulk correction %1 are shown. Click to show every attempt.")
                           .arg(m_batchFilter));
    button->setAccessibleName(tr("Show every attempt again"));
}

void HistoryPane::chooseExportFile(HistoryExporter::Format format)
{
    const bool csv = format == HistoryExporter::Format::Csv;
    // Window-modal, no nested event loop; starts in the folder last used for an export, else Documents.
    Dialogs::FileRequest request{u"historyExportDialog"_s,
                                 csv ? tr("Export history as CSV") : tr("Export history as JSON"),
                                 {csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)")},
                                 ExportFolder,
                                 {},
                                 csv ? u"casedesk-history.csv"_s : u"casedesk-history.json"_s,
                                 csv ? u"csv"_s : u"json"_s};
    Dialogs::saveFile(window(), m_settings, request,
                      [this, format](const QString &fileName) { exportTo(format, fileName); });
}

bool HistoryPane::exportTo(HistoryExporter::Format format, const QString &fileName)
{
    HistoryStore *store = m_store;
    if (!store || !store->supportsExport() || m_exporting)
        return false;
    applyQuery(); // a search still waiting for its delay belongs to what the agent sees
    m_exporting = true;
    m_ui->exportCsvButton->setEnabled(false);
    m_ui->exportJsonButton->setEnabled(false);
    m_ui->historyExportLabel->setText(tr("Exporting…"));
    m_ui->historyExportLabel->show();
    auto *watcher = new QFutureWatcher<HistoryExporter::Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, fileName] {
        watcher->deleteLater();
        const HistoryExporter::Result result = watcher->result();
        m_exporting = false;
        m_ui->exportCsvButton->setEnabled(true);
        m_ui->exportJsonButton->setEnabled(true);
        if (result.ok) {
            m_ui->historyExportLabel->setText(tr("Exported %n attempt(s) to %1.", nullptr, int(result.rows))
                                                  .arg(QDir::toNativeSeparators(fileName)));
        } else if (result.cancelled) {
            m_ui->historyExportLabel->setText(tr("The export was cancelled."));
        } else {
            m_ui->historyExportLabel->setText(tr("The history could not be exported: %1").arg(result.error));
        }
        Q_EMIT exportFinished(result);
    });
    watcher->setFuture(store->exportRows(format, fileName));
    return true;
}

void HistoryPane::retranslate()
{
    // A short placeholder the field shows whole at any width; what it searches is in the tooltip.
    //: Placeholder of the history's search field
    m_ui->historySearchEdit->setPlaceholderText(tr("Search…"));
    m_ui->historySearchEdit->setToolTip(tr(
        "Finds the attempts whose case, CRM message, responsible, operation or solution contains the text"));
    m_ui->historySearchEdit->setMinimumWidth(
        m_ui->historySearchEdit->fontMetrics().horizontalAdvance(m_ui->historySearchEdit->placeholderText())
        + 48); // the frame, the margins and the clear button
    m_ui->historySearchEdit->setAccessibleName(tr("Search the history"));
    m_ui->historyOutcomeCombo->setAccessibleName(tr("Outcome filter"));
    m_ui->historyDateCombo->setAccessibleName(tr("Date range"));
    applyDateFormat();
    m_ui->exportCsvButton->setText(tr("Export CS&V…"));
    m_ui->exportJsonButton->setText(tr("E&xport JSON…"));
    updateBatchFilterButton();
    fillFilterCombos();
    m_loadAction->setText(tr("&Load into form"));
    m_copyAction->setText(tr("&Copy details"));
    m_ui->loadIntoFormButton->setToolTip(
        //: %1 and %2 are keys as the system names them (Ctrl+L, and Enter in the list)
        tr("Put this attempt's case back into the form to correct and send it again (%1, or %2 in the list)")
            .arg(QKeySequence(Qt::CTRL | Qt::Key_L).toString(QKeySequence::NativeText),
                 QKeySequence(Qt::Key_Enter).toString(QKeySequence::NativeText)));
    m_ui->copyHistoryButton->setToolTip(
        //: %1 is the key that does the same while the list has the focus
        tr("Copy the answer and what was sent, without the token (%1 in the list)")
            .arg(m_copyAction->shortcut().toString(QKeySequence::NativeText)));
    if (m_model)
        m_model->retranslate();
    updateDetails();
    updateCount();
}

void HistoryPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    } else if (event->type() == QEvent::LocaleChange) {
        applyDateFormat();
    }
}
