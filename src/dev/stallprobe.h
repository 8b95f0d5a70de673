#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QCoreApplication;

// Measures how long the event loop of the thread it lives on went without turning: a timer asks for a
// tick every few milliseconds, and the longest gap beyond that interval is the longest stall. Off by
// default; CASEDESK_STALL_PROBE=1 turns one on for the whole process (bench/run.sh reads its line on
// standard error).
class StallProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallProbe)

public:
    static constexpr int IntervalMs = 5;
    static constexpr int NoticeableMs = 20; // stalls at least this long are counted separately

    explicit StallProbe(QObject *parent = nullptr);
    ~StallProbe() override;

    // (Re)starts measuring from now; earlier figures are forgotten.
    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    // The longest time between two ticks beyond the interval, in milliseconds.
    double longestStallMs() const { return double(m_longestNs) / 1e6; }
    qint64 noticeableStalls() const { return m_noticeable; }
    qint64 ticks() const { return m_ticks; }
    // One line: "casedesk-stall-probe: longest_stall_ms=… stalls_over_20ms=… ticks=… measured_ms=…".
    QByteArray report() const;

    // When CASEDESK_STALL_PROBE=1: a probe owned by `app` that starts at the first turn of an event loop
    // and prints report() to standard error when the application is destroyed. Null otherwise.
    static StallProbe *installFromEnvironment(QCoreApplication *app);
    // The probe installFromEnvironment() made, if any (test hooks narrow it to one action).
    static StallProbe *instance();

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_longestNs = 0;
    qint64 m_noticeable = 0;
    qint64 m_ticks = 0;
    qint64 m_measuredNs = 0;
    bool m_reportOnDestruction = false;
};
