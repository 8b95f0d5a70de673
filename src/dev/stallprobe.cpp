#include "dev/stallprobe.h"

#include "core/global.h"

#include <QCoreApplication>
#include <QPointer>
#include <cstdio>

namespace {
QPointer<StallProbe> &installedProbe()
{
    static QPointer<StallProbe> probe;
    return probe;
}
} // namespace

StallProbe::StallProbe(QObject *parent)
    : QObject(parent)
{
    // A precise timer: a coarse one may fire up to 5 % late by design, which would read as a stall.
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallProbe::tick);
}

StallProbe::~StallProbe()
{
    stop();
    if (m_reportOnDestruction) {
        std::fprintf(stderr, "%s\n", report().constData());
        std::fflush(stderr);
    }
}

void StallProbe::start()
{
    m_longestNs = 0;
    m_noticeable = 0;
    m_ticks = 0;
    m_measuredNs = 0;
    m_lastNs = 0;
    m_clock.start();
    m_timer.start();
}

void StallProbe::stop()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    m_measuredNs = m_clock.nsecsElapsed();
}

void StallProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 late = now - m_lastNs - qint64(IntervalMs) * 1000000;
    m_longestNs = std::max(m_longestNs, late);
    if (late >= qint64(NoticeableMs) * 1000000)
        ++m_noticeable;
    m_lastNs = now;
    m_measuredNs = now;
    ++m_ticks;
}

QByteArray StallProbe::report() const
{
    return QByteArray("casedesk-stall-probe: longest_stall_ms=")
        + QByteArray::number(longestStallMs(), 'f', 1) + " stalls_over_" + QByteArray::number(NoticeableMs)
        + "ms=" + QByteArray::number(m_noticeable) + " ticks=" + QByteArray::number(m_ticks)
        + " measured_ms=" + QByteArray::number(m_measuredNs / 1000000);
}

StallProbe *StallProbe::installFromEnvironment(QCoreApplication *app)
{
    if (qEnvironmentVariableIntValue("CASEDESK_STALL_PROBE") != 1)
        return nullptr;
    auto *probe = new StallProbe(app);
    probe->setObjectName(u"casedeskStallProbe"_s);
    probe->m_reportOnDestruction = true;
    installedProbe() = probe;
    // Measures the event loop, not the set-up before it first runs.
    QTimer::singleShot(0, probe, [probe] {
        if (!probe->isRunning())
            probe->start();
    });
    return probe;
}

StallProbe *StallProbe::instance()
{
    return installedProbe();
}
