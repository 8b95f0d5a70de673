#include "connectionsockets.h"

#include <httplib.h>

#include <arpa/inet.h>
#include <dirent.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

struct Endpoint
{
    std::string address;
    int port = -1;
};

Endpoint endpointOf(const sockaddr_storage &storage)
{
    Endpoint out;
    char text[INET6_ADDRSTRLEN] = {};
    if (storage.ss_family == AF_INET) {
        const auto *in = reinterpret_cast<const sockaddr_in *>(&storage);
        inet_ntop(AF_INET, &in->sin_addr, text, sizeof(text));
        out.port = ntohs(in->sin_port);
    } else if (storage.ss_family == AF_INET6) {
        const auto *in6 = reinterpret_cast<const sockaddr_in6 *>(&storage);
        inet_ntop(AF_INET6, &in6->sin6_addr, text, sizeof(text));
        out.port = ntohs(in6->sin6_port);
    }
    out.address = text;
    return out;
}

bool localAndPeer(int fd, Endpoint &local, Endpoint &peer)
{
    struct stat st
    {
    };
    if (fstat(fd, &st) != 0 || !S_ISSOCK(st.st_mode))
        return false;
    sockaddr_storage storage{};
    socklen_t length = sizeof(storage);
    if (getsockname(fd, reinterpret_cast<sockaddr *>(&storage), &length) != 0)
        return false;
    local = endpointOf(storage);
    storage = {};
    length = sizeof(storage);
    // Listening sockets have no peer and are skipped here.
    if (getpeername(fd, reinterpret_cast<sockaddr *>(&storage), &length) != 0)
        return false;
    peer = endpointOf(storage);
    return local.port > 0 && peer.port > 0;
}

std::vector<int> openDescriptors()
{
    std::vector<int> fds;
    DIR *dir = opendir("/proc/self/fd");
    if (!dir)
        return fds;
    const int own = dirfd(dir);
    while (const dirent *entry = readdir(dir)) {
        if (entry->d_name[0] < '0' || entry->d_name[0] > '9')
            continue;
        const int fd = std::atoi(entry->d_name);
        if (fd != own)
            fds.push_back(fd);
    }
    closedir(dir);
    return fds;
}

} // namespace

bool ConnectionSockets::isLoopback(const std::string &host)
{
    in_addr v4{};
    if (inet_pton(AF_INET, host.c_str(), &v4) == 1)
        return (ntohl(v4.s_addr) >> 24) == 127;
    in6_addr v6{};
    if (inet_pton(AF_INET6, host.c_str(), &v6) == 1)
        return std::memcmp(&v6, &in6addr_loopback, sizeof(v6)) == 0;
    return false;
}

void ConnectionSockets::listenSocketOptions(int fd)
{
    // SO_REUSEADDR only: httplib's default adds SO_REUSEPORT, which would let two simulators share a port
    // silently instead of the second one failing to start.
    int yes = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
}

int ConnectionSockets::find(const httplib::Request &req)
{
    if (req.ssl)
        return SSL_get_fd(req.ssl);
    for (const int fd : openDescriptors()) {
        Endpoint local;
        Endpoint peer;
        if (localAndPeer(fd, local, peer) && local.port == req.local_port && peer.port == req.remote_port
            && peer.address == req.remote_addr)
            return fd;
    }
    return -1;
}

bool ConnectionSockets::sendRaw(const httplib::Request &req, int fd, const std::string &bytes)
{
    if (fd < 0)
        return false;
    std::size_t sent = 0;
    while (sent < bytes.size()) {
        const std::size_t left = bytes.size() - sent;
        if (req.ssl) {
            // httplib hands out its connection's SSL as const; writing on it is what httplib itself does.
            const int n = SSL_write(const_cast<SSL *>(req.ssl), bytes.data() + sent, static_cast<int>(left));
            if (n <= 0)
                return false;
            sent += static_cast<std::size_t>(n);
        } else {
            const ssize_t n = send(fd, bytes.data() + sent, left, MSG_NOSIGNAL);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return false;
            sent += static_cast<std::size_t>(n);
        }
    }
    return true;
}

void ConnectionSockets::resetAbruptly(int fd)
{
    if (fd < 0)
        return;
    const linger abort{1, 0};
    setsockopt(fd, SOL_SOCKET, SO_LINGER, &abort, sizeof(abort));
    closeNow(fd);
}

void ConnectionSockets::closeNow(int fd)
{
    if (fd < 0)
        return;
    const int devNull = open("/dev/null", O_RDWR | O_CLOEXEC);
    if (devNull < 0) {
        shutdown(fd, SHUT_RDWR);
        return;
    }
    // dup2 closes the socket (linger 0: RST) and reuses the number atomically.
    dup2(devNull, fd);
    close(devNull);
}

void ConnectionSockets::closeSilently(int fd)
{
    if (fd >= 0)
        shutdown(fd, SHUT_RDWR);
}

ConnectionSockets::PeerWait ConnectionSockets::waitForPeerClose(int fd, std::chrono::milliseconds limit,
                                                                const std::function<bool()> &isStopping)
{
    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + limit;
    while (Clock::now() < deadline) {
        if (isStopping())
            return PeerWait::Stopped;
        pollfd p{fd, POLLRDHUP, 0};
        const int ready = poll(&p, 1, 200);
        if (ready > 0 && (p.revents & (POLLRDHUP | POLLHUP | POLLERR | POLLNVAL)))
            return PeerWait::PeerClosed;
        if (ready < 0 && errno != EINTR)
            return PeerWait::PeerClosed;
    }
    return PeerWait::TimedOut;
}

void ConnectionSockets::lingeringClose(int fd, std::chrono::milliseconds limit)
{
    if (fd < 0)
        return;
    shutdown(fd, SHUT_WR);
    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + limit;
    char sink[64 * 1024];
    while (Clock::now() < deadline) {
        pollfd p{fd, POLLIN, 0};
        // A client that stopped sending for a second has read the answer or gone; no need to wait longer.
        if (poll(&p, 1, 1000) <= 0)
            break;
        const ssize_t n = recv(fd, sink, sizeof(sink), MSG_DONTWAIT);
        if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR))
            break;
    }
    // httplib's keep-alive loop now reads end-of-file and closes the connection.
    shutdown(fd, SHUT_RD);
}

void ConnectionSockets::shutdownAllOnPort(int localPort)
{
    for (const int fd : openDescriptors()) {
        Endpoint local;
        Endpoint peer;
        if (localAndPeer(fd, local, peer) && local.port == localPort)
            shutdown(fd, SHUT_RDWR);
    }
}

std::vector<ConnectionSockets::Accepted> ConnectionSockets::acceptedOnPort(int localPort)
{
    std::vector<Accepted> out;
    for (const int fd : openDescriptors()) {
        Endpoint local;
        Endpoint peer;
        struct stat st
        {
        };
        if (localAndPeer(fd, local, peer) && local.port == localPort && fstat(fd, &st) == 0)
            out.push_back({static_cast<std::uint64_t>(st.st_ino), peer.address, peer.port});
    }
    return out;
}
