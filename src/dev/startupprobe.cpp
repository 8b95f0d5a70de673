#include "dev/startupprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <QWindow>
#include <cstdio>
#include <ctime>

namespace {
// Watches every event of the application (installed before show(), when the native window may not exist
// yet) for the first expose of the window.
class ExposeWatcher final : public QObject
{
public:
    explicit ExposeWatcher(QWidget *window)
        : QObject(QCoreApplication::instance())
        , m_window(window)
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && !m_seen && m_window && watched == m_window->windowHandle()
            && m_window->windowHandle()->isExposed()) {
            m_seen = true;
            // Queued behind whatever the expose started: the first frame is painted and flushed while the
            // expose is handled, and posted follow-ups run before a zero-timeout timer.
            QTimer::singleShot(0, this, [this] {
                timespec now{};
                clock_gettime(CLOCK_MONOTONIC, &now);
                std::fprintf(stderr, "casedesk-ready: monotonic_ns=%lld\n",
                             static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec);
                std::fflush(stderr);
                QCoreApplication::instance()->removeEventFilter(this);
                deleteLater();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QPointer<QWidget> m_window;
    bool m_seen = false;
};
} // namespace

namespace StartupProbe {

void install(QWidget *window)
{
    if (qEnvironmentVariableIntValue("CASEDESK_READY_PROBE") != 1 || !window || !QCoreApplication::instance())
        return;
    QCoreApplication::instance()->installEventFilter(new ExposeWatcher(window));
}

} // namespace StartupProbe
