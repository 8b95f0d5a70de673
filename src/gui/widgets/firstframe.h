#pragma once

#include <QObject>
#include <QPointer>
#include <functional>

class QTimer;
class QWidget;

// Runs work once a window has shown its first frame: the first expose of its native window, then a
// zero-timeout timer, so the frame the expose paints reaches the screen before the work starts. What the
// first frame does not need (the single-instance socket, the offers to resume a batch or restore a draft)
// waits here. A window that is never exposed (started minimized, on a hidden workspace) runs the work
// after `fallbackMs` all the same.
class FirstFrame final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstFrame)

public:
    static constexpr int DefaultFallbackMs = 1000;

    // Install before window->show(), when the native window may not exist yet. Deletes itself once done,
    // or with `window`.
    static void then(QWidget *window, std::function<void()> work, int fallbackMs = DefaultFallbackMs);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FirstFrame(QWidget *window, std::function<void()> work, int fallbackMs);
    void run();

    QPointer<QWidget> m_window;
    std::function<void()> m_work;
    QTimer *m_fallback;
    bool m_queued = false;
};
