#include "connectionlog.h"

#include "connectionsockets.h"

#include <httplib.h>

#include <algorithm>
#include <set>
#include <vector>

void ConnectionLog::setLocalPort(int port)
{
    std::lock_guard lock(m_mutex);
    m_localPort = port;
}

void ConnectionLog::refresh()
{
    std::lock_guard lock(m_mutex);
    refreshLocked();
}

void ConnectionLog::refreshLocked()
{
    std::set<std::uint64_t> seen;
    for (const ConnectionSockets::Accepted &socket : ConnectionSockets::acceptedOnPort(m_localPort)) {
        seen.insert(socket.inode);
        auto [it, inserted] = m_byInode.try_emplace(socket.inode);
        if (inserted) {
            it->second.id = m_nextId++;
            it->second.peerAddress = socket.peerAddress;
            it->second.peerPort = socket.peerPort;
        }
    }
    for (auto &[inode, connection] : m_byInode) {
        if (!seen.count(inode))
            connection.open = false;
    }
}

std::uint64_t ConnectionLog::noteRequest(const httplib::Request &req)
{
    std::lock_guard lock(m_mutex);
    for (int attempt = 0; attempt < 2; ++attempt) {
        for (auto &[inode, connection] : m_byInode) {
            if (connection.open && connection.peerPort == req.remote_port
                && connection.peerAddress == req.remote_addr) {
                if (req.path.rfind("/__sim/", 0) == 0)
                    ++connection.adminRequests;
                else
                    ++connection.requests;
                return connection.id;
            }
        }
        refreshLocked(); // accepted before its queue entry was registered, or a port reused since
    }
    return 0;
}

nlohmann::json ConnectionLog::toJson()
{
    std::lock_guard lock(m_mutex);
    refreshLocked();
    nlohmann::json list = nlohmann::json::array();
    std::uint64_t opened = 0;
    std::uint64_t open = 0;
    std::uint64_t requests = 0;
    std::vector<const Connection *> ordered;
    for (const auto &[inode, connection] : m_byInode) {
        if (connection.counted || connection.open)
            ordered.push_back(&connection);
    }
    std::sort(ordered.begin(), ordered.end(),
              [](const Connection *a, const Connection *b) { return a->id < b->id; });
    for (const Connection *connection : ordered) {
        opened += connection->counted ? 1 : 0;
        open += connection->open ? 1 : 0;
        requests += connection->requests;
        list.push_back({{"id", connection->id},
                        {"peer_port", connection->peerPort},
                        {"requests", connection->requests},
                        {"admin_requests", connection->adminRequests},
                        {"open", connection->open}});
    }
    return {{"opened", opened}, {"open", open}, {"requests", requests}, {"connections", list}};
}

void ConnectionLog::reset()
{
    std::lock_guard lock(m_mutex);
    refreshLocked();
    for (auto it = m_byInode.begin(); it != m_byInode.end();) {
        if (!it->second.open) {
            it = m_byInode.erase(it);
            continue;
        }
        it->second.requests = 0;
        it->second.adminRequests = 0;
        it->second.counted = false;
        ++it;
    }
}
