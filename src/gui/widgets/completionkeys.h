#pragma once

#include <QObject>

// An open completion popup (a QCompleter's list) takes every key, so Alt+letter (a label's or a button's
// mnemonic) did nothing and left the list open. Keys that move the focus — Alt with a letter or a digit,
// Tab and Shift+Tab — now close the list first and then do what they do anywhere else. Installed once for
// the application; every completer of every window is covered, present or future.
class CompletionKeys final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompletionKeys)

public:
    // Idempotent; needs the QApplication.
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit CompletionKeys(QObject *parent);
};
