#include "gui/main/casechooserdialog.h"

#include "core/global.h"
#include "ui_casechooserdialog.h"

#include <QEvent>
#include <QHeaderView>
#include <QPushButton>

namespace {
enum Column {
    NumberColumn,
    IdColumn,
    TypeColumn,
    StatusColumn,
    PriorityColumn,
    ResponsibleColumn,
    ColumnCount
};
}

CaseChooserDialog::CaseChooserDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CaseChooserDialog>())
{
    m_ui->setupUi(this);
    setObjectName(u"caseChooserDialog"_s);
    m_load = m_ui->chooserButtons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_load->setObjectName(u"loadChosenCaseButton"_s);
    m_load->setDefault(true);
    m_ui->chooserButtons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelChooserButton"_s);
    connect(m_ui->chooserButtons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->chooserButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter on a row (the view keeps the key from the default button) or a double click chooses it.
    connect(m_ui->caseChooserView, &QAbstractItemView::activated, this, [this] {
        if (isVisible())
            accept();
    });
    m_ui->caseChooserView->setColumnCount(ColumnCount);
    m_ui->caseChooserView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    fill();
}

CaseChooserDialog::~CaseChooserDialog() = default;

void CaseChooserDialog::setCases(const QString &what, const QList<CaseRecord> &cases)
{
    m_what = what;
    m_cases = cases;
    fill();
    m_ui->caseChooserView->setCurrentCell(0, 0);
    m_ui->caseChooserView->setFocus(Qt::OtherFocusReason);
}

CaseRecord CaseChooserDialog::chosen() const
{
    return m_cases.value(m_ui->caseChooserView->currentRow());
}

void CaseChooserDialog::fill()
{
    //: Button of the dialog that lists several cases found by one search
    m_load->setText(tr("&Load this case"));
    //: %1 says what was searched for, e.g. the case number “1042”
    m_ui->chooserIntroLabel->setText(
        tr("%n case(s) match %1. Choose the one to load into the form.", nullptr, int(m_cases.size()))
            .arg(m_what));
    QTableWidget *view = m_ui->caseChooserView;
    view->setHorizontalHeaderLabels({
        //: Column of the case chooser: the CRM's case number
        tr("Number"),
        u"wolkvox-id"_s,
        //: Column of the case chooser
        tr("Case type"),
        //: Column of the case chooser
        tr("Status"),
        //: Column of the case chooser
        tr("Priority"),
        //: Column of the case chooser
        tr("Responsible"),
    });
    const int current = view->currentRow();
    view->setRowCount(int(m_cases.size()));
    for (int row = 0; row < m_cases.size(); ++row) {
        const CaseRecord &c = m_cases.at(row);
        const QString values[ColumnCount]
            = {c.caseNumber, c.wolkvoxId, c.caseType, c.status, c.priority, c.responsible};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(values[column].left(200));
            item->setToolTip(values[column].left(1000));
            view->setItem(row, column, item);
        }
    }
    if (current >= 0)
        view->setCurrentCell(current, 0);
}

void CaseChooserDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fill();
    }
}
