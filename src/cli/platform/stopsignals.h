#pragma once

#include <QtGlobal>
#include <functional>
#include <memory>

class QObject;

// Ctrl-C or SIGTERM during a batch: the first asks to stop after the requests in flight, the second stops
// at once. Platform seam: POSIX signals through a socket pair into the event loop; elsewhere nothing is
// caught (the process ends, and --resume picks the batch up, as after a kill).
class StopSignals
{
public:
    StopSignals();
    ~StopSignals();
    Q_DISABLE_COPY_MOVE(StopSignals)

    // `handler` runs on `context`'s thread, from the event loop, once per signal.
    void onSignal(QObject *context, const std::function<void()> &handler);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
