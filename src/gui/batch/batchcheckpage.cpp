#include "gui/batch/batchcheckpage.h"

#include "core/global.h"
#include "gui/batch/plannedrowsmodel.h"
#include "gui/widgets/icons.h"
#include "ui_batchcheckpage.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QSortFilterProxyModel>

namespace {
QString reloadToolTip()
{
    //: %1 is the key that does the same, as the system names it
    return BatchCheckPage::tr(
               "Read the file again after fixing it in the spreadsheet, and check it again (%1)")
        .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText));
}

using Target = ColumnMapping::Target;
} // namespace

BatchCheckPage::BatchCheckPage(BatchSession *session, QWidget *parent)
    : BatchStepPage(session, parent)
    , m_ui(std::make_unique<Ui::BatchCheckPage>())
    , m_planned(new PlannedRowsModel(this))
    , m_filter(new QSortFilterProxyModel(this))
{
    setObjectName(u"checkPage"_s);
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_planned);
    m_filter->setFilterRole(PlannedRowsModel::ValidRole);
    m_filter->setFilterKeyColumn(PlannedRowsModel::RowColumn);
    m_filter->setSortRole(Qt::DisplayRole);
    QTableView *view = m_ui->checkView;
    view->setModel(m_filter);
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
            &BatchCheckPage::updateDetails);
    connect(m_planned, &QAbstractItemModel::modelReset, this, &BatchCheckPage::updateDetails);
    connect(m_ui->onlyProblemsCheck, &QCheckBox::toggled, this,
            [this](bool only) { m_filter->setFilterFixedString(only ? u"false"_s : QString()); });
    m_ui->reloadButton->setIcon(Icons::icon(Icons::Id::Retry));
    m_ui->reloadButton->setToolTip(reloadToolTip());
    m_ui->sendValidButton->setIcon(Icons::icon(Icons::Id::Send));
    connect(m_ui->reloadButton, &QPushButton::clicked, m_session, &BatchSession::reloadFile);
    connect(m_ui->sendValidButton, &QPushButton::clicked, this,
            [this] { m_session->requestPage(BatchPage::Send); });

    connect(m_session, &BatchSession::importLoaded, this, &BatchCheckPage::clear);
    connect(m_session, &BatchSession::importEdited, this, [this] { m_stale = true; });
    connect(m_session, &BatchSession::batchChanged, this, [this] {
        if (!m_session->hasImport())
            clear();
    });
}

BatchCheckPage::~BatchCheckPage() = default;

void BatchCheckPage::enter(BatchPage previous)
{
    refresh();
    if (previous != BatchPage::Check)
        m_session->announceCheck();
}

QWidget *BatchCheckPage::initialFocus() const
{
    return m_ui->checkView;
}

QTableView *BatchCheckPage::view() const
{
    return m_ui->checkView;
}

bool BatchCheckPage::canReload() const
{
    return m_ui->reloadButton->isVisible();
}

void BatchCheckPage::clear()
{
    m_stale = true;
    m_planned->setRows({});
    m_ui->onlyProblemsCheck->setChecked(false);
}

void BatchCheckPage::refresh()
{
    if (!m_session->hasImport())
        return;
    const BatchImport &import = m_session->currentImport();
    if (m_stale) {
        m_planned->setRows(import.rows());
        m_stale = false;
    }
    // Columns no field of the file fills stay out of the way.
    const ColumnMapping &mapping = import.mapping();
    bool anyCustom = false;
    for (const ColumnMapping::Column &column : mapping.columns())
        anyCustom = anyCustom || column.target == Target::CustomField;
    QTableView *view = m_ui->checkView;
    view->setColumnHidden(PlannedRowsModel::CustomFieldsColumn, !anyCustom);
    view->setColumnHidden(PlannedRowsModel::AttachmentsColumn, mapping.columnOf(Target::Attachments) < 0);
    view->setColumnHidden(PlannedRowsModel::SolutionColumn,
                          mapping.columnOf(Target::Solution) < 0 && import.defaults().solution.isEmpty());
    const int valid = import.validCount();
    const int invalid = import.invalidCount();
    // Zero is said in words: Portuguese would read "0 linha pode ser enviada".
    QStringList parts{valid == 0 ? tr("No row can be sent") : tr("%n row(s) can be sent", nullptr, valid)};
    if (invalid > 0)
        parts.append(tr("%n row(s) with problems", nullptr, invalid));
    m_ui->checkSummaryLabel->setText(parts.join(u" · "_s));
    QFont bold = m_ui->checkSummaryLabel->font();
    bold.setBold(true);
    m_ui->checkSummaryLabel->setFont(bold);
    m_ui->onlyProblemsCheck->setEnabled(invalid > 0 || m_ui->onlyProblemsCheck->isChecked());
    m_ui->reloadButton->setVisible(!import.sourcePath().isEmpty());
    m_ui->sendValidButton->setText(valid == 0 ? tr("&Send valid rows…")
                                              : tr("&Send %n valid row(s)…", nullptr, valid));
    m_ui->sendValidButton->setEnabled(valid > 0);
    m_ui->sendValidButton->setToolTip(valid > 0
                                          ? tr("Review where the rows go, then start sending")
                                          : tr("No row can be sent: fix the file or the columns first."));
}

void BatchCheckPage::updateDetails()
{
    const QModelIndex current = m_filter->mapToSource(m_ui->checkView->currentIndex());
    QString text;
    if (current.isValid()) {
        const PlannedRow &row = m_planned->row(current.row());
        if (row.issues.isEmpty()) {
            text = tr("Row %1 (line %2) is ready to send.").arg(row.number).arg(row.line);
        } else {
            QStringList messages;
            for (const ValidationIssue &issue : row.issues)
                messages.append(issue.message);
            text = tr("Row %1 (line %2): %3").arg(row.number).arg(row.line).arg(messages.join(u' '));
        }
    } else if (m_session->hasImport() && m_session->currentImport().invalidCount() > 0) {
        text = tr("Select a row to read its problems in full.");
    }
    m_ui->checkDetailsLabel->setText(text);
    m_ui->checkDetailsLabel->setVisible(!text.isEmpty());
}

void BatchCheckPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->reloadButton->setToolTip(reloadToolTip());
        m_planned->retranslate();
        refresh();
    }
}
