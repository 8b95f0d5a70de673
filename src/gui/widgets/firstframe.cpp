#include "gui/widgets/firstframe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>

void FirstFrame::then(QWidget *window, std::function<void()> work, int fallbackMs)
{
    Q_ASSERT(window && work);
    new FirstFrame(window, std::move(work), fallbackMs);
}

FirstFrame::FirstFrame(QWidget *window, std::function<void()> work, int fallbackMs)
    : QObject(window)
    , m_window(window)
    , m_work(std::move(work))
    , m_fallback(new QTimer(this))
{
    // The application's events: the native window is created by show(), after this.
    QCoreApplication::instance()->installEventFilter(this);
    m_fallback->setSingleShot(true);
    connect(m_fallback, &QTimer::timeout, this, &FirstFrame::run);
    m_fallback->start(fallbackMs);
}

bool FirstFrame::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Expose && !m_queued && m_window && watched == m_window->windowHandle()
        && m_window->windowHandle()->isExposed()) {
        m_queued = true;
        m_fallback->stop();
        // Queued behind the expose, which paints and flushes the first frame while it is handled.
        QTimer::singleShot(0, this, &FirstFrame::run);
    }
    return QObject::eventFilter(watched, event);
}

void FirstFrame::run()
{
    if (!m_work)
        return;
    QCoreApplication::instance()->removeEventFilter(this);
    m_fallback->stop();
    const std::function<void()> work = std::exchange(m_work, nullptr);
    deleteLater();
    work();
}
