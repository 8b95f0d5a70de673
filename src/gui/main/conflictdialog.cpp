#include "gui/main/conflictdialog.h"

#include "core/global.h"
#include "gui/widgets/icons.h"
#include "ui_conflictdialog.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

namespace {
enum ConflictColumn { FieldColumn, LoadedColumn, TheirsColumn, MineColumn, ConflictColumnCount };
constexpr qsizetype ShownLength = 200;

QString shown(const QString &value)
{
    //: In the conflict dialog, for a field with no value
    return value.trimmed().isEmpty() ? ConflictDialog::tr("(empty)") : value.left(ShownLength);
}
} // namespace

ConflictDialog::ConflictDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConflictDialog>())
{
    m_ui->setupUi(this);
    setObjectName(u"conflictDialog"_s);
    QDialogButtonBox *buttons = m_ui->conflictButtons;
    m_keepTheirs = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_keepTheirs->setObjectName(u"keepTheirsButton"_s);
    m_overwrite = buttons->addButton(QString(), QDialogButtonBox::DestructiveRole);
    m_overwrite->setObjectName(u"overwriteButton"_s);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(u"cancelConflictButton"_s);
    // Keeping their changes never undoes someone else's work: the safe default for Enter.
    m_keepTheirs->setDefault(true);
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] {
        m_choice = Choice::KeepTheirs;
        accept();
    });
    connect(m_overwrite, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Overwrite;
        accept();
    });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    m_ui->conflictView->setColumnCount(ConflictColumnCount);
    m_ui->conflictView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    fill();
}

ConflictDialog::~ConflictDialog() = default;

void ConflictDialog::setConflicts(const QString &wolkvoxId, const QDateTime &loadedAt,
                                  const QList<FieldConflict> &fields)
{
    m_id = wolkvoxId;
    m_loadedAt = loadedAt;
    m_fields = fields;
    m_choice = Choice::Cancel;
    fill();
    m_ui->conflictView->resizeColumnsToContents();
    m_ui->conflictView->setCurrentCell(0, 0);
    m_keepTheirs->setFocus(Qt::OtherFocusReason);
}

void ConflictDialog::fill()
{
    //: Conflict dialog button: send my changes on top of what the other person changed
    m_keepTheirs->setText(tr("&Keep their changes"));
    //: Conflict dialog button: send the form as it is, undoing what the other person changed
    m_overwrite->setText(tr("&Overwrite with mine"));
    int both = 0;
    for (const FieldConflict &field : std::as_const(m_fields))
        both += field.isConflict() ? 1 : 0;
    const QString loadedAt = m_loadedAt.isValid()
        ? QLocale().toString(m_loadedAt.toLocalTime(), QLocale::ShortFormat)
        : QString();
    QString intro = loadedAt.isEmpty()
        ? tr("Case %1 changed in the CRM since you loaded it. Nothing has been sent yet.").arg(m_id)
        //: %1 is the wolkvox-id; %2 the date and time the case was loaded
        : tr("Case %1 changed in the CRM since you loaded it at %2. Nothing has been sent yet.")
              .arg(m_id, loadedAt);
    if (both > 0)
        intro += u' ' + tr("You and someone else both changed %n field(s), marked below.", nullptr, both);
    m_ui->conflictIntroLabel->setText(intro);
    m_ui->conflictChoicesLabel->setText(
        tr("Keep their changes: the fields only they changed keep their values, yours go on top, and where "
           "you both changed a field theirs stays. Overwrite with mine: the case gets the form exactly as it "
           "is, undoing their changes. Cancel: nothing is sent."));

    QTableWidget *view = m_ui->conflictView;
    view->setHorizontalHeaderLabels({
        //: Conflict dialog column: the field's name
        tr("Field"),
        //: Conflict dialog column: the value when the agent loaded the case
        tr("When you loaded it"),
        //: Conflict dialog column: the value the CRM has now, after someone else's change
        tr("In the CRM now"),
        //: Conflict dialog column: the value the agent is about to send
        tr("Yours, to send"),
    });
    view->setRowCount(int(m_fields.size()));
    for (int row = 0; row < m_fields.size(); ++row) {
        const FieldConflict &field = m_fields.at(row);
        auto *name = new QTableWidgetItem(CaseComparison::fieldLabel(field.field));
        if (field.isConflict()) {
            name->setIcon(Icons::icon(Icons::Id::Warning));
            //: Tooltip of a field both the agent and someone else changed
            name->setToolTip(tr("Both you and someone else changed this field."));
        }
        view->setItem(row, FieldColumn, name);
        const QString values[] = {field.loaded, field.theirs, field.mine};
        const bool changed[] = {false, field.theirsChanged, field.mineChanged};
        for (int i = 0; i < 3; ++i) {
            auto *item = new QTableWidgetItem(shown(values[i]));
            item->setToolTip(values[i].left(1000));
            QFont font = item->font();
            font.setBold(changed[i]);
            item->setFont(font);
            view->setItem(row, LoadedColumn + i, item);
        }
    }
}

void ConflictDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fill();
    }
}
