#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QString>
#include <memory>

namespace Ui {
class ShortcutsDialog;
}

// Help → Keyboard shortcuts: every key of the main window and of the bulk-correction window and what it
// does, in the current language, with the keys named as this system names them
// (QKeySequence::NativeText). Follows a language switch while open.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    struct Shortcut
    {
        QString section; // the window, or the part of it that has the focus
        QString description;
        QList<QKeySequence> keys; // empty for a kind of key rather than a key (Alt + underlined letter)
        QString keyText; // how the keys are shown
    };

    explicit ShortcutsDialog(QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    // Shows `window`'s dialog, made on first use; it stays open beside the window (not modal).
    static ShortcutsDialog *showFor(QWidget *window);

    // The rows shown, in order, translated now.
    static QList<Shortcut> shortcuts();
    // `keys` as this system writes them, alternatives separated as Qt separates them.
    static QString keyText(const QList<QKeySequence> &keys);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();

    std::unique_ptr<Ui::ShortcutsDialog> m_ui;
};
