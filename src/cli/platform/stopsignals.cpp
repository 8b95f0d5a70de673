#include "cli/platform/stopsignals.h"

#include <QObject>

#if defined(Q_OS_UNIX)
#include <QSocketNotifier>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

// The handler only writes a byte; the event loop reads it and does the rest.
struct StopSignals::Private
{
    static inline int fds[2] = {-1, -1};
    struct sigaction oldInt = {};
    struct sigaction oldTerm = {};
    std::unique_ptr<QSocketNotifier> notifier;
};

StopSignals::StopSignals()
    : d(std::make_unique<Private>())
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, Private::fds) != 0)
        return;
    struct sigaction action = {};
    action.sa_handler = [](int) {
        const char byte = 1;
        [[maybe_unused]] const auto written = ::write(Private::fds[0], &byte, 1);
    };
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, &d->oldInt);
    ::sigaction(SIGTERM, &action, &d->oldTerm);
    d->notifier = std::make_unique<QSocketNotifier>(Private::fds[1], QSocketNotifier::Read);
}

StopSignals::~StopSignals()
{
    if (!d->notifier)
        return;
    d->notifier.reset();
    ::sigaction(SIGINT, &d->oldInt, nullptr);
    ::sigaction(SIGTERM, &d->oldTerm, nullptr);
    ::close(Private::fds[0]);
    ::close(Private::fds[1]);
}

void StopSignals::onSignal(QObject *context, const std::function<void()> &handler)
{
    if (!d->notifier)
        return;
    QObject::connect(d->notifier.get(), &QSocketNotifier::activated, context, [handler] {
        char byte = 0;
        [[maybe_unused]] const auto read = ::read(Private::fds[1], &byte, 1);
        handler();
    });
}
#else
struct StopSignals::Private
{
};

StopSignals::StopSignals()
    : d(std::make_unique<Private>())
{ }

StopSignals::~StopSignals() = default;

void StopSignals::onSignal(QObject *, const std::function<void()> &) { }
#endif
