#include "stopflag.h"

void StopFlag::raise()
{
    {
        std::lock_guard lock(m_mutex);
        m_raised = true;
    }
    m_cv.notify_all();
}

bool StopFlag::waitFor(std::chrono::milliseconds duration)
{
    std::unique_lock lock(m_mutex);
    return m_cv.wait_for(lock, duration, [this] { return m_raised.load(); });
}

bool StopFlag::waitUntil(std::chrono::steady_clock::time_point deadline)
{
    std::unique_lock lock(m_mutex);
    return m_cv.wait_until(lock, deadline, [this] { return m_raised.load(); });
}
