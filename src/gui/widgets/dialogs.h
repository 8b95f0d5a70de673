#pragma once

#include <QMessageBox>
#include <QStringList>
#include <functional>

class QDialog;
class QFileDialog;
class Settings;

// The window's dialogs, all the same way: window-modal without a nested event loop (open(), never
// exec()), deleted once closed, found by their object name (tests, accessibility), one of a kind at a time.
namespace Dialogs {
struct Button
{
    QString text; // empty: the standard button's own text
    QMessageBox::ButtonRole role = QMessageBox::AcceptRole;
    QString objectName;
    std::function<void()> clicked;
    QMessageBox::StandardButton standard = QMessageBox::NoButton; // e.g. Cancel, instead of text and role
    bool isDefault = false;
    bool isEscape = false;
};

// Opens a message box of `objectName` under `parent` and returns it, or returns the one already open.
QMessageBox *ask(QWidget *parent, const QString &objectName, QMessageBox::Icon icon, const QString &title,
                 const QString &text, const QString &informative, const QList<Button> &buttons);
// The box of `objectName` under `parent` that is open now, if any.
QMessageBox *openBox(QWidget *parent, const QString &objectName);
// Once `dialog` (deleted on close) is gone, the window it was opened over takes the keyboard back if no other
// window has it, as a window manager does. Without one (a bare X server, a kiosk; the offscreen platform even
// activates a dialog shown and closed before its activation arrived) no window stayed active and the
// window's shortcuts, Ctrl+N after "Don't send" among them, did nothing until the agent clicked into it.
// Every dialog of the window does this: the boxes and file dialogs here, and the window's own dialogs.
void returnKeyboardWhenGone(QDialog *dialog, QWidget *parent);

struct FileRequest
{
    QString objectName;
    QString title;
    QStringList nameFilters;
    // The folder is the one last used for `purpose` (Settings::lastDirectory), else `fallbackFolder`,
    // else Documents, else the home folder, never the working folder; the chosen file's folder is remembered.
    QString purpose;
    QString fallbackFolder;
    QString suggestedName; // save only
    QString defaultSuffix; // save only
};
// Chooses existing files (several when `multiple`), then calls `chosen` with their paths.
QFileDialog *openFiles(QWidget *parent, Settings *settings, const FileRequest &request, bool multiple,
                       std::function<void(const QStringList &)> chosen);
// Chooses a file name to write, then calls `chosen` with it.
QFileDialog *saveFile(QWidget *parent, Settings *settings, const FileRequest &request,
                      std::function<void(const QString &)> chosen);
// Where a file dialog for `purpose` starts.
QString startFolder(const Settings *settings, const QString &purpose, const QString &fallbackFolder = {});
} // namespace Dialogs
