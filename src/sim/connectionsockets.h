#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace httplib {
struct Request;
}

// The simulator's platform seam for sockets (POSIX): what counts as loopback, the listening socket's options,
// and the TCP socket behind a request, which httplib 0.11.4 does not hand to its handlers.
//
// Finds and handles the TCP socket behind a request. httplib 0.11.4 gives handlers no socket, yet the stall,
// reset and lingering-close behaviours need one; it is found by the connection's address pair.
namespace ConnectionSockets {

// True for 127.0.0.0/8 and ::1: the simulator has no authentication worth the name and must never be
// reachable from another machine.
bool isLoopback(const std::string &host);

// The listening socket's options (httplib's set_socket_options).
void listenSocketOptions(int fd);

// The descriptor of the request's connection, or -1.
int find(const httplib::Request &req);

// Sends a TCP RST now. The descriptor is then pointed at /dev/null instead of being closed, so httplib's
// later reads, writes and close hit nothing, and no other thread can get the number reused under it.
void resetAbruptly(int fd);

// Writes `bytes` straight to the connection (through TLS when the request came over TLS), outside
// httplib's response machinery. False when the client is gone.
bool sendRaw(const httplib::Request &req, int fd, const std::string &bytes);

// Closes the connection now, whatever the client is still sending: with unread upload data the kernel
// answers with a RST. Like resetAbruptly(), the descriptor then points at /dev/null.
void closeNow(int fd);

// Ends the connection without an answer: FIN to the client, later reads and writes fail.
void closeSilently(int fd);

enum class PeerWait { PeerClosed, TimedOut, Stopped };
// Waits until the client closes its side, the limit passes, or isStopping() returns true.
PeerWait waitForPeerClose(int fd, std::chrono::milliseconds limit, const std::function<bool()> &isStopping);

// After an early answer while the client may still be uploading: FIN after the answer, then read and discard
// for a bounded time, so the kernel does not answer the rest of the upload with a RST that could destroy the
// answer before the client reads it.
void lingeringClose(int fd, std::chrono::milliseconds limit);

struct Accepted
{
    std::uint64_t inode = 0; // the socket's inode: unique while it is open, not soon reused
    std::string peerAddress;
    int peerPort = 0;
};
// Every accepted (connected) socket of this process on localPort.
std::vector<Accepted> acceptedOnPort(int localPort);

// Shuts down every accepted connection on localPort so idle keep-alive and uploading threads end at once.
void shutdownAllOnPort(int localPort);

} // namespace ConnectionSockets
