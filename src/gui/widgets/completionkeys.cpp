#include "gui/widgets/completionkeys.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPointer>

namespace {
// The popup of the completer of a line edit or an editable combo (its focus proxy); not a combo's own list.
bool isCompletionPopup(QWidget *popup)
{
    auto *view = qobject_cast<QAbstractItemView *>(popup);
    if (!view)
        return false;
    QWidget *owner = view->focusProxy();
    QCompleter *completer = nullptr;
    if (auto *combo = qobject_cast<QComboBox *>(owner))
        completer = combo->completer();
    else if (auto *edit = qobject_cast<QLineEdit *>(owner))
        completer = edit->completer();
    return completer && completer->popup() == view;
}

bool movesFocus(const QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const int key = event->key();
    if ((key == Qt::Key_Tab || key == Qt::Key_Backtab)
        && !(modifiers & (Qt::ControlModifier | Qt::AltModifier)))
        return true;
    // A mnemonic: Alt and a letter or digit (Latin-1 keys are their upper-case characters).
    return (modifiers & Qt::AltModifier) && !(modifiers & Qt::ControlModifier) && key <= 0xff
        && QChar(key).isLetterOrNumber();
}
} // namespace

CompletionKeys::CompletionKeys(QObject *parent)
    : QObject(parent)
{ }

void CompletionKeys::install()
{
    static QPointer<CompletionKeys> installed;
    if (installed || !qApp)
        return;
    installed = new CompletionKeys(qApp);
    qApp->installEventFilter(installed);
}

bool CompletionKeys::eventFilter(QObject *watched, QEvent *event)
{
    // The shortcut map asks first (ShortcutOverride); with the list gone the window's shortcuts match again,
    // so the mnemonic fires. A key that reaches the list without that question still closes it.
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    QWidget *popup = QApplication::activePopupWidget();
    if (popup && movesFocus(static_cast<QKeyEvent *>(event)) && isCompletionPopup(popup))
        popup->hide();
    return QObject::eventFilter(watched, event);
}
