#pragma once

#include <httplib.h>

#include <chrono>
#include <functional>
#include <memory>

class ConnectionLog;
class StopFlag;

// httplib's worker pool with two things done for each accepted connection before it is served: it is
// entered in the connection log (the queue is called right after accept(), on the listening thread), and,
// with a simulated link, its set-up is held for the round trips a real one would take (TCP's handshake, and
// TLS 1.3's over HTTPS) — loopback completes both at once.
class AcceptQueue final : public httplib::TaskQueue
{
public:
    AcceptQueue(std::size_t threads, ConnectionLog &log, std::chrono::milliseconds setupDelay,
                StopFlag &stop);

    void enqueue(std::function<void()> fn) override;
    void shutdown() override;

private:
    httplib::ThreadPool m_pool;
    ConnectionLog &m_log;
    std::chrono::milliseconds m_setupDelay;
    StopFlag &m_stop;
};
