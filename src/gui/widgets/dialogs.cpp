#include "gui/widgets/dialogs.h"

#include "core/global.h"
#include "core/profiles/settings.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QStandardPaths>

namespace Dialogs {
void returnKeyboardWhenGone(QDialog *dialog, QWidget *parent)
{
    QObject::connect(dialog, &QObject::destroyed, parent, [parent, dialog] {
        QWidget *window = parent->window();
        const QWidget *active = QApplication::activeWindow();
        if (window->isVisible() && (!active || active == dialog))
            window->activateWindow();
    });
}

QMessageBox *openBox(QWidget *parent, const QString &objectName)
{
    const auto boxes = parent->findChildren<QMessageBox *>(objectName, Qt::FindDirectChildrenOnly);
    for (QMessageBox *box : boxes) {
        if (box->isVisible())
            return box;
    }
    return nullptr;
}

QMessageBox *ask(QWidget *parent, const QString &objectName, QMessageBox::Icon icon, const QString &title,
                 const QString &text, const QString &informative, const QList<Button> &buttons)
{
    if (QMessageBox *open = openBox(parent, objectName))
        return open;
    auto *box = new QMessageBox(icon, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!informative.isEmpty())
        box->setInformativeText(informative);
    for (const Button &spec : buttons) {
        QPushButton *button = spec.standard != QMessageBox::NoButton ? box->addButton(spec.standard)
                                                                     : box->addButton(spec.text, spec.role);
        if (!spec.text.isEmpty() && spec.standard != QMessageBox::NoButton)
            button->setText(spec.text);
        if (!spec.objectName.isEmpty())
            button->setObjectName(spec.objectName);
        if (spec.clicked)
            QObject::connect(button, &QPushButton::clicked, parent, spec.clicked);
        if (spec.isDefault)
            box->setDefaultButton(button);
        if (spec.isEscape)
            box->setEscapeButton(button);
    }
    returnKeyboardWhenGone(box, parent);
    box->open();
    return box;
}

QString startFolder(const Settings *settings, const QString &purpose, const QString &fallbackFolder)
{
    QString folder = settings && !purpose.isEmpty() ? settings->lastDirectory(purpose) : QString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = fallbackFolder;
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    // QFileDialog ignores a folder that does not exist and stays in the process's working folder, so an
    // account without Documents (a new one, a container) starts in its home folder; nothing is created.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return documents;
    return QDir::homePath();
}

namespace {
QFileDialog *fileDialog(QWidget *parent, const Settings *settings, const FileRequest &request)
{
    auto *dialog = new QFileDialog(parent, request.title);
    dialog->setObjectName(request.objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNameFilters(request.nameFilters);
    dialog->setDirectory(startFolder(settings, request.purpose, request.fallbackFolder));
    returnKeyboardWhenGone(dialog, parent);
    return dialog;
}

void remember(Settings *settings, const QString &purpose, const QString &path)
{
    if (settings && !purpose.isEmpty() && !path.isEmpty())
        settings->setLastDirectory(purpose, QFileInfo(path).absolutePath());
}
} // namespace

QFileDialog *openFiles(QWidget *parent, Settings *settings, const FileRequest &request, bool multiple,
                       std::function<void(const QStringList &)> chosen)
{
    QFileDialog *dialog = fileDialog(parent, settings, request);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(multiple ? QFileDialog::ExistingFiles : QFileDialog::ExistingFile);
    QObject::connect(dialog, &QFileDialog::filesSelected, parent,
                     [settings, purpose = request.purpose, chosen](const QStringList &paths) {
                         if (paths.isEmpty())
                             return;
                         remember(settings, purpose, paths.constFirst());
                         chosen(paths);
                     });
    dialog->open();
    return dialog;
}

QFileDialog *saveFile(QWidget *parent, Settings *settings, const FileRequest &request,
                      std::function<void(const QString &)> chosen)
{
    QFileDialog *dialog = fileDialog(parent, settings, request);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    if (!request.defaultSuffix.isEmpty())
        dialog->setDefaultSuffix(request.defaultSuffix);
    if (!request.suggestedName.isEmpty())
        dialog->selectFile(request.suggestedName);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent,
                     [settings, purpose = request.purpose, chosen](const QString &path) {
                         if (path.isEmpty())
                             return;
                         remember(settings, purpose, path);
                         chosen(path);
                     });
    dialog->open();
    return dialog;
}
} // namespace Dialogs
