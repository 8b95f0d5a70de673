#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>

// Set once on SIGINT/SIGTERM; every deliberate wait in the simulator (delay, stall, trickle) sleeps on it,
// so shutdown never waits for a fault to play out.
class StopFlag
{
public:
    void raise();
    bool raised() const { return m_raised.load(); }
    // Sleeps up to `duration`; returns true when the flag was raised meanwhile.
    bool waitFor(std::chrono::milliseconds duration);
    // Sleeps until `deadline` (not at all once it passed); returns true when the flag was raised meanwhile.
    bool waitUntil(std::chrono::steady_clock::time_point deadline);

private:
    std::atomic<bool> m_raised{false};
    std::mutex m_mutex;
    std::condition_variable m_cv;
};
