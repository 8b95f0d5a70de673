#include "dev/updateprobe.h"

#include "core/global.h"
#include "core/net/casesclient.h"
#include "gui/main/mainwindow.h"
#include "gui/widgets/firstframe.h"
#include "gui/widgets/messagebanner.h"

#include <QAction>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <cstdio>

namespace {
class Driver final : public QObject
{
public:
    Driver(MainWindow *window, int updates, int pauseMs)
        : QObject(window)
        , m_window(window)
        , m_updates(updates)
        , m_pauseMs(pauseMs)
    {
        connect(window, &MainWindow::updateFinished, this, [this](const ApiResult &result) {
            // Queued: the banner the answer shows is laid out and painted before the clock stops.
            QTimer::singleShot(0, this, [this, result] { finished(result); });
        });
        m_window->activateWindow();
        QTimer::singleShot(m_pauseMs, this, [this] { next(); });
    }

private:
    void next()
    {
        ++m_done;
        CaseUpdate update = m_window->currentUpdate();
        update.wolkvoxId = u"6074c%1"_s.arg(m_done, 26, 16, QLatin1Char('0'));
        update.caseType = u"Request"_s;
        update.responsible = u"ana@modulodeprueba"_s;
        update.status = u"closed"_s;
        update.priority = u"medium"_s;
        update.solution = u"Replaced the router (%1)"_s.arg(m_done);
        m_window->loadUpdate(update);
        auto *press = m_window->findChild<QAction *>(u"actionUpdate"_s);
        if (!press || !press->isEnabled()) {
            std::fprintf(stderr, "casedesk-update: n=%d Update is disabled\n", m_done);
            QCoreApplication::exit(1);
            return;
        }
        m_clock.start();
        press->trigger();
    }

    void finished(const ApiResult &result)
    {
        const double ms = double(m_clock.nsecsElapsed()) / 1e6;
        const auto *banner = m_window->findChild<MessageBanner *>(u"banner"_s);
        const bool shown = banner && banner->isVisible();
        std::fprintf(stderr, "casedesk-update: n=%d ms=%.1f outcome=%s banner=%d\n", m_done, ms,
                     result.isSuccess() ? "success" : "failure", shown ? 1 : 0);
        std::fflush(stderr);
        m_failed = m_failed || !result.isSuccess() || !shown;
        m_each.append(QString::number(ms, 'f', 1));
        if (m_done < m_updates) {
            QTimer::singleShot(m_pauseMs, this, [this] { next(); });
            return;
        }
        std::fprintf(stderr, "casedesk-updates: each_ms=%s\n", qPrintable(m_each.join(u',')));
        std::fflush(stderr);
        QCoreApplication::exit(m_failed ? 1 : 0);
    }

    QPointer<MainWindow> m_window;
    int m_updates;
    int m_pauseMs;
    int m_done = 0;
    bool m_failed = false;
    QElapsedTimer m_clock;
    QStringList m_each;
};
} // namespace

namespace UpdateProbe {

void installFromEnvironment(MainWindow *window)
{
    const int updates = qEnvironmentVariableIntValue("CASEDESK_UPDATE_PROBE");
    if (updates <= 0 || !window)
        return;
    bool pauseSet = false;
    const int pause = qEnvironmentVariableIntValue("CASEDESK_UPDATE_PROBE_PAUSE_MS", &pauseSet);
    if (qEnvironmentVariableIsSet("CASEDESK_UPDATE_PROBE_PRECONNECT")
        && qEnvironmentVariableIntValue("CASEDESK_UPDATE_PROBE_PRECONNECT") == 0) {
        if (auto *client = window->findChild<CasesClient *>())
            client->setKeepWarmEnabled(false);
    }
    const QPointer<MainWindow> target(window);
    FirstFrame::then(window, [target, updates, pause = pauseSet ? pause : 1500] {
        if (target)
            new Driver(target, updates, pause);
    });
}

} // namespace UpdateProbe
