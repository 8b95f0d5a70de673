#include "gui/batch/batchmappingpage.h"

#include "core/global.h"
#include "gui/batch/columnmappingmodel.h"
#include "gui/widgets/icons.h"
#include "gui/widgets/palette.h"
#include "ui_batchmappingpage.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QTimer>
#include <algorithm>

namespace {
using Target = ColumnMapping::Target;

constexpr int DefaultsDelayMs = 300;

// The defaults a line edit of the page stands for, in the form's order.
const Target defaultTargets[]
    = {Target::CaseType, Target::Responsible, Target::Status, Target::Priority, Target::Solution};

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
        //: How the file's cells are separated, in the list that describes the file
        return BatchMappingPage::tr("tab-separated");
    if (separator == u';')
        //: How the file's cells are separated, in the list that describes the file
        return BatchMappingPage::tr("semicolon-separated");
    //: How the file's cells are separated, in the list that describes the file
    return BatchMappingPage::tr("comma-separated");
}
} // namespace

BatchMappingPage::BatchMappingPage(BatchSession *session, QWidget *parent)
    : BatchStepPage(session, parent)
    , m_ui(std::make_unique<Ui::BatchMappingPage>())
    , m_model(new ColumnMappingModel(this))
    , m_defaultsTimer(new QTimer(this))
{
    setObjectName(u"mappingPage"_s);
    m_ui->setupUi(this);
    QTableView *view = m_ui->mappingView;
    view->setModel(m_model);
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
    connect(m_model, &ColumnMappingModel::mappingChanged, m_session, &BatchSession::setMapping);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BatchMappingPage::openEditors);

    connect(m_ui->unknownColumnsCombo, &QComboBox::activated, this, [this] {
        const auto unknown = m_ui->unknownColumnsCombo->currentData().toInt()
                == int(ColumnMapping::UnknownColumns::CustomFields)
            ? ColumnMapping::UnknownColumns::CustomFields
            : ColumnMapping::UnknownColumns::Ignore;
        m_session->setUnknownColumns(unknown);
        if (m_session->hasImport())
            m_model->setMapping(m_session->currentImport().mapping());
    });

    m_defaultEdits = {m_ui->caseTypeDefaultEdit, m_ui->responsibleDefaultEdit, m_ui->statusDefaultEdit,
                      m_ui->priorityDefaultEdit, m_ui->solutionDefaultEdit};
    m_defaultsTimer->setSingleShot(true);
    m_defaultsTimer->setInterval(DefaultsDelayMs);
    connect(m_defaultsTimer, &QTimer::timeout, this, &BatchMappingPage::applyDefaultsEdits);
    for (QLineEdit *edit : std::as_const(m_defaultEdits)) {
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::textEdited, m_defaultsTimer, qOverload<>(&QTimer::start));
        connect(edit, &QLineEdit::editingFinished, this, &BatchMappingPage::applyPendingEdits);
    }
    m_ui->checkRowsButton->setIcon(Icons::icon(Icons::Id::Send));
    connect(m_ui->checkRowsButton, &QPushButton::clicked, this, [this] {
        applyPendingEdits();
        m_session->requestPage(BatchPage::Check);
    });

    connect(m_session, &BatchSession::importLoaded, this, &BatchMappingPage::loadImport);
    connect(m_session, &BatchSession::importEdited, this, &BatchMappingPage::refresh);
    connect(m_session, &BatchSession::aboutToUseImport, this, &BatchMappingPage::applyPendingEdits);
    retranslate();
}

BatchMappingPage::~BatchMappingPage() = default;

void BatchMappingPage::enter(BatchPage)
{
    refresh();
}

QWidget *BatchMappingPage::initialFocus() const
{
    return m_ui->mappingView;
}

void BatchMappingPage::loadImport()
{
    fillDefaultsEdits();
    const BatchImport &import = m_session->currentImport();
    m_model->setSource(import.mapping(), import.table());
}

void BatchMappingPage::openEditors()
{
    // Tab walks from the table through each column's combo, in the file's order, to the next control.
    QWidget *previous = m_ui->mappingView;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, ColumnMappingModel::TargetColumn);
        m_ui->mappingView->openPersistentEditor(index);
        if (QWidget *combo = m_ui->mappingView->indexWidget(index)) {
            QWidget::setTabOrder(previous, combo);
            previous = combo;
        }
    }
    QWidget::setTabOrder(previous, m_ui->unknownColumnsCombo);
}

void BatchMappingPage::fillDefaultsEdits()
{
    const BatchImport &import = m_session->currentImport();
    const BatchDefaults defaults = import.defaults();
    for (int i = 0; i < m_defaultEdits.size(); ++i) {
        QLineEdit *edit = m_defaultEdits.at(i);
        const int column = import.mapping().columnOf(defaultTargets[i]);
        if (column >= 0) {
            edit->setEnabled(false);
            edit->clear();
            edit->setPlaceholderText(tr("From the column “%1”").arg(import.mapping().column(column).header));
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

void BatchMappingPage::applyPendingEdits()
{
    if (m_defaultsTimer->isActive())
        applyDefaultsEdits();
}

void BatchMappingPage::applyDefaultsEdits()
{
    m_defaultsTimer->stop();
    if (!m_session->hasImport())
        return;
    BatchDefaults defaults = m_session->currentImport().defaults();
    for (int i = 0; i < m_defaultEdits.size(); ++i) {
        if (m_defaultEdits.at(i)->isEnabled())
            setDefault(defaults, defaultTargets[i], m_defaultEdits.at(i)->text());
    }
    m_session->setImportDefaults(defaults);
}

void BatchMappingPage::refresh()
{
    if (!m_session->hasImport())
        return;
    const BatchImport &import = m_session->currentImport();
    const CsvTable &table = import.table();
    //: How the file is encoded, in the list that describes the file
    QString encoding = tr("UTF-8 with a byte order mark");
    if (!table.hadBom)
        //: How the file is encoded, in the list that describes the file
        encoding = tr("UTF-8");
    QStringList format{separatorText(table.separator), encoding};
    if (table.crlf)
        //: How the file's lines end, in the list that describes the file
        format.append(tr("Windows line endings"));
    m_ui->sourceSummaryLabel->setText(tr("%1: %n row(s) of cases (%2).", nullptr, import.rowCount())
                                          .arg(import.sourceName(), QLocale().createSeparatedList(format)));
    fillDefaultsEdits();

    const QStringList problems = import.mappingProblems();
    if (!problems.isEmpty()) {
        m_ui->mappingProblemsLabel->setText(u"• "_s + problems.join(u"\n• "_s));
        QPalette palette = m_ui->mappingProblemsLabel->palette();
        palette.setColor(QPalette::WindowText, Palette::color(Palette::Role::Error));
        m_ui->mappingProblemsLabel->setPalette(palette);
    } else {
        const int valid = import.validCount();
        const int invalid = import.invalidCount();
        QString text = valid == 0 ? tr("With these columns, no row can be sent.")
                                  : tr("With these columns, %n row(s) can be sent.", nullptr, valid);
        if (invalid > 0)
            text += u' ' + tr("%n row(s) have problems; the check shows them.", nullptr, invalid);
        m_ui->mappingProblemsLabel->setText(text);
        m_ui->mappingProblemsLabel->setPalette(QPalette());
    }
}

void BatchMappingPage::retranslate()
{
    QComboBox *unknown = m_ui->unknownColumnsCombo;
    const int unknownIndex = std::max(unknown->currentIndex(), 0);
    {
        const QSignalBlocker blocker(unknown);
        unknown->clear();
        //: What happens to the columns whose name is not a field: they are not sent
        unknown->addItem(tr("Not sent"), int(ColumnMapping::UnknownColumns::Ignore));
        //: What happens to the columns whose name is not a field: each is sent as a custom field of its name
        unknown->addItem(tr("Sent as custom fields"), int(ColumnMapping::UnknownColumns::CustomFields));
        unknown->setCurrentIndex(unknownIndex);
    }
    m_model->retranslate();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        ColumnTargetDelegate::retranslate(
            m_ui->mappingView->indexWidget(m_model->index(row, ColumnMappingModel::TargetColumn)));
    }
}

void BatchMappingPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        refresh();
    }
}
