#include "gui/dialogs/shortcutsdialog.h"

#include "core/global.h"
#include "ui_shortcutsdialog.h"

#include <QEvent>
#include <QFont>
#include <QHeaderView>
#include <QTreeWidgetItem>

namespace {
QKeySequence key(QKeySequence::StandardKey standard)
{
    return QKeySequence(standard); // the first binding, as QAction::setShortcut(StandardKey) takes it
}

// "Alt" as this system writes it, without the "+" of a combination.
QString altName()
{
    QString text = QKeySequence(Qt::ALT | Qt::Key_A).toString(QKeySequence::NativeText);
    text.chop(QKeySequence(Qt::Key_A).toString(QKeySequence::NativeText).size());
    if (text.endsWith(u'+'))
        text.chop(1);
    return text;
}
} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ShortcutsDialog>())
{
    m_ui->setupUi(this);
    m_ui->shortcutsView->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    fill();
}

ShortcutsDialog::~ShortcutsDialog() = default;

ShortcutsDialog *ShortcutsDialog::showFor(QWidget *window)
{
    auto *dialog = window->findChild<ShortcutsDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new ShortcutsDialog(window);
        dialog->setObjectName(u"shortcutsDialog"_s);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

QString ShortcutsDialog::keyText(const QList<QKeySequence> &keys)
{
    return QKeySequence::listToString(keys, QKeySequence::NativeText);
}

QList<ShortcutsDialog::Shortcut> ShortcutsDialog::shortcuts()
{
    QList<Shortcut> rows;
    QString section;
    const auto add = [&rows, &section](const QString &description, const QList<QKeySequence> &keys) {
        rows.append({section, description, keys, keyText(keys)});
    };

    //: A group of Help → Keyboard shortcuts: the keys of the main window
    section = tr("Main window");
    add(tr("Send the update to the CRM"),
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    add(tr("Cancel the upload in progress"), {QKeySequence(Qt::Key_Escape)});
    add(tr("Start a new case; the connection stays"), {QKeySequence(Qt::CTRL | Qt::Key_N)});
    add(tr("Load the case of the wolkvox-id or case number from the CRM (uses one call of the daily quota)"),
        {QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(Qt::Key_F5)});
    add(tr("Load the attempt selected in the history into the form"), {QKeySequence(Qt::CTRL | Qt::Key_L)});
    add(tr("Test the connection (uses one call of the daily quota)"), {QKeySequence(Qt::CTRL | Qt::Key_T)});
    //: In Help → Keyboard shortcuts: opens the bulk-correction window
    add(tr("Open bulk correction"), {QKeySequence(Qt::CTRL | Qt::Key_B)});
    //: In Help → Keyboard shortcuts: opens the Settings dialog
    add(tr("Open the settings"), {QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    //: In Help → Keyboard shortcuts: opens this list
    add(tr("Show these keyboard shortcuts"), {key(QKeySequence::HelpContents)});
    //: In Help → Keyboard shortcuts: closes the window and the application
    add(tr("Quit Casedesk"), {QKeySequence(Qt::CTRL | Qt::Key_Q)});
    rows.append({section,
                 tr("Go to a label's field, or press a button, by its underlined letter"),
                 {},
                 //: Keys in Help → Keyboard shortcuts; %1 is the Alt key as the system names it
                 tr("%1 + underlined letter").arg(altName())});
    add(tr("Go to the next field, or the previous one"),
        {QKeySequence(Qt::Key_Tab), QKeySequence(Qt::SHIFT | Qt::Key_Tab)});

    //: A group of Help → Keyboard shortcuts: keys that work while the custom fields table has the focus
    section = tr("Custom fields, while the table has the focus");
    //: In Help → Keyboard shortcuts: adds an empty row to the custom fields table
    add(tr("Add a field"), {QKeySequence(Qt::Key_Insert)});
    add(tr("Duplicate the selected field"), {QKeySequence(Qt::CTRL | Qt::Key_D)});
    add(tr("Remove the selected fields"), {key(QKeySequence::Delete)});
    add(tr("Move the selected field up"), {QKeySequence(Qt::ALT | Qt::Key_Up)});
    add(tr("Move the selected field down"), {QKeySequence(Qt::ALT | Qt::Key_Down)});
    add(tr("Paste fields copied from a spreadsheet or a JSON object"), {key(QKeySequence::Paste)});

    //: A group of Help → Keyboard shortcuts: keys that work while the list of attachments has the focus
    section = tr("Attachments, while the list has the focus");
    add(tr("Choose files to attach"), {QKeySequence(Qt::Key_Insert)});
    add(tr("Remove the selected files"), {key(QKeySequence::Delete)});

    //: A group of Help → Keyboard shortcuts: keys that work while the history list has the focus
    section = tr("History, while the list has the focus");
    add(tr("Copy the selected attempt's details, without the token"), {key(QKeySequence::Copy)});
    add(tr("Load the selected attempt into the form"), {QKeySequence(Qt::Key_Enter)});

    //: A group of Help → Keyboard shortcuts: the keys of the bulk-correction window
    section = tr("Bulk correction window");
    add(tr("Open a CSV file (Source step)"), {key(QKeySequence::Open)});
    add(tr("Paste rows copied from a spreadsheet (Source step)"), {key(QKeySequence::Paste)});
    add(tr("Read the file again after fixing it (Check step)"), {key(QKeySequence::Refresh)});
    add(tr("Copy the results (Results step)"), {key(QKeySequence::Copy)});
    //: In Help → Keyboard shortcuts: one of the five steps of a bulk correction (Source … Results)
    add(tr("Go to a step"),
        {QKeySequence(Qt::ALT | Qt::Key_1), QKeySequence(Qt::ALT | Qt::Key_2),
         QKeySequence(Qt::ALT | Qt::Key_3), QKeySequence(Qt::ALT | Qt::Key_4),
         QKeySequence(Qt::ALT | Qt::Key_5)});
    add(tr("Close the window; while rows are being sent it asks first"),
        {key(QKeySequence::Close), QKeySequence(Qt::Key_Escape)});
    add(tr("Stop waiting for a large file being read"), {QKeySequence(Qt::Key_Escape)});
    return rows;
}

void ShortcutsDialog::fill()
{
    QTreeWidget *view = m_ui->shortcutsView;
    view->clear();
    QTreeWidgetItem *group = nullptr;
    for (const Shortcut &shortcut : shortcuts()) {
        if (!group || group->text(0) != shortcut.section) {
            group = new QTreeWidgetItem(view, {shortcut.section});
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
        }
        new QTreeWidgetItem(group, {shortcut.keyText, shortcut.description});
    }
    view->expandAll();
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fill();
    }
}
