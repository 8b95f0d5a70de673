#include "core/platform/threadpriority.h"

#include <QThread>

#if defined(Q_OS_LINUX)
#include <pthread.h>
#include <sched.h>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace ThreadPriority {
void yieldToEverythingElse()
{
#if defined(Q_OS_LINUX)
    sched_param param{};
    if (pthread_setschedparam(pthread_self(), SCHED_IDLE, &param) != 0)
        setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 19);
#else
    QThread::currentThread()->setPriority(QThread::IdlePriority);
#endif
}
} // namespace ThreadPriority
