#pragma once

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>

namespace httplib {
struct Request;
}

// Every TCP connection the simulator accepted, numbered in the order they came, and the requests each
// carried: lets a test prove that a client reused one connection, or that opening one sent nothing.
// httplib 0.11.4 hands out neither the socket nor an accept hook, so connections are found by scanning the
// process's descriptors (see AcceptQueue) and a request is matched to its connection by the peer's address.
class ConnectionLog
{
public:
    explicit ConnectionLog(int localPort = 0)
        : m_localPort(localPort)
    { }
    ConnectionLog(const ConnectionLog &) = delete;
    ConnectionLog &operator=(const ConnectionLog &) = delete;

    void setLocalPort(int port);
    // Registers the connections accepted since the last call and marks the ones that are gone as closed.
    void refresh();
    // The id of the request's connection (counts the request), or 0 when it is not known.
    std::uint64_t noteRequest(const httplib::Request &req);
    // {"opened": N, "open": N, "requests": N, "connections": [{"id", "peer_port", "requests",
    //  "admin_requests", "open"}...]}; "requests" counts the API's, "admin_requests" those under /__sim/.
    nlohmann::json toJson();
    // Forgets the counts; connections still open keep their ids (and are no longer counted as opened).
    void reset();

private:
    struct Connection
    {
        std::uint64_t id = 0;
        std::string peerAddress;
        int peerPort = 0;
        std::uint64_t requests = 0;
        std::uint64_t adminRequests = 0;
        bool open = true;
        bool counted = true; // opened since the last reset
    };
    void refreshLocked();

    std::mutex m_mutex;
    int m_localPort = 0;
    std::uint64_t m_nextId = 1;
    std::map<std::uint64_t, Connection> m_byInode; // socket inode -> connection; inodes are not reused soon
};
