#include "acceptqueue.h"

#include "connectionlog.h"
#include "stopflag.h"

AcceptQueue::AcceptQueue(std::size_t threads, ConnectionLog &log, std::chrono::milliseconds setupDelay,
                         StopFlag &stop)
    : m_pool(threads)
    , m_log(log)
    , m_setupDelay(setupDelay)
    , m_stop(stop)
{ }

void AcceptQueue::enqueue(std::function<void()> fn)
{
    m_log.refresh();
    if (m_setupDelay.count() <= 0) {
        m_pool.enqueue(std::move(fn));
        return;
    }
    m_pool.enqueue([fn = std::move(fn), delay = m_setupDelay, &stop = m_stop] {
        // Not read or answered until the handshakes' round trips have passed; the client's bytes wait in the
        // kernel's buffer meanwhile, as they would on the wire.
        stop.waitFor(delay);
        fn();
    });
}

void AcceptQueue::shutdown()
{
    m_pool.shutdown();
}
