#pragma once

#include "core/model/validator.h"

#include <QWidget>
#include <memory>

class AttachmentsModel;
class QAction;
class QFileSystemWatcher;
class QMimeData;
class Settings;

namespace Ui {
class AttachmentsEditor;
}

// The files sent with the update: add (dialog, drop, a second start of the app), remove, each file's size
// and problems, watched on disk so that a file changed or removed before sending is flagged again.
class AttachmentsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentsEditor)

public:
    explicit AttachmentsEditor(QWidget *parent = nullptr);
    ~AttachmentsEditor() override;

    // The file dialog remembers its folder in `settings` (the caller's, outliving the editor).
    void setSettings(Settings *settings);
    // The dialog's first filter lists these extensions.
    void setAllowedExtensions(const QStringList &extensions);

    // The files to send (an already delivered file only once ticked again).
    QStringList paths() const;
    // `delivered`: files the CRM already has with this case, listed unticked.
    void setPaths(const QStringList &paths, const QStringList &delivered = {});
    void addPaths(const QStringList &paths);
    int count() const;
    // Re-reads every file's size and existence.
    void refresh();
    void showIssues(const QList<ValidationIssue> &issues);
    void focusRow(int row);
    void chooseFiles();
    QWidget *headingLabel() const;
    QWidget *firstField() const;
    QWidget *lastField() const;
    int headerButtonHeight() const;

    // The local files a drag or drop carries (empty: not for the attachments).
    static QStringList droppedFiles(const QMimeData *mime);

Q_SIGNALS:
    void changed(); // files added, removed, replaced, or changed on disk

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void removeSelected();
    void watchFiles();

    std::unique_ptr<Ui::AttachmentsEditor> m_ui;
    AttachmentsModel *m_model;
    QFileSystemWatcher *m_watcher;
    Settings *m_settings = nullptr;
    QStringList m_extensions;
    QAction *m_add;
    QAction *m_remove;
};
