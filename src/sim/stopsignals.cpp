#include "stopsignals.h"

#include <csignal>
#include <pthread.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace {
sigset_t stopSet()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    return set;
}
} // namespace

namespace StopSignals {
void blockInAllThreads()
{
    const sigset_t set = stopSet();
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    std::signal(SIGPIPE, SIG_IGN);
}

void wait()
{
    const sigset_t set = stopSet();
    int received = 0;
    sigwait(&set, &received);
}

void wake()
{
    kill(getpid(), SIGTERM);
}

void preciseWakeUps()
{
    prctl(PR_SET_TIMERSLACK, 1UL, 0UL, 0UL, 0UL);
}
} // namespace StopSignals
