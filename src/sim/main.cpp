// casedesk-crm-sim: a loopback stand-in for the wolkvox CRM "cases update" API. See --help.
#include "acceptqueue.h"
#include "connectionlog.h"
#include "connectionsockets.h"
#include "crmstore.h"
#include "democonfig.h"
#include "operationconfig.h"
#include "options.h"
#include "requestlog.h"
#include "simulator.h"
#include "stopflag.h"

#include <httplib.h>

#include <csignal>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace {

bool readFile(const std::string &path, std::string &out)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    out = buffer.str();
    return true;
}

// SO_REUSEADDR only: httplib's default adds SO_REUSEPORT, which would let two simulators share a port
// silently instead of the second one failing to start.
void listenSocketOptions(int fd)
{
    int yes = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
}

std::string urlHost(const std::string &host)
{
    return host.find(':') != std::string::npos ? "[" + host + "]" : host;
}

} // namespace

int main(int argc, char **argv)
{
    SimOptions options;
    std::string message;
    switch (parseArguments(argc, argv, options, message)) {
    case ParseOutcome::ExitSuccess:
        std::cout << message;
        return 0;
    case ParseOutcome::ExitFailure:
        std::cerr << "casedesk-crm-sim: " << message << '\n';
        return 2;
    case ParseOutcome::Run:
        break;
    }
    if (options.printDemoConfig) {
        std::cout << builtinDemoConfig();
        return 0;
    }

    std::string configText = builtinDemoConfig();
    if (!options.configFile.empty() && !readFile(options.configFile, configText)) {
        std::cerr << "casedesk-crm-sim: cannot read config " << options.configFile << '\n';
        return 2;
    }
    SimConfig config;
    try {
        config = SimConfig::parse(configText);
    } catch (const std::exception &e) {
        std::cerr << "casedesk-crm-sim: " << e.what() << '\n';
        return 2;
    }

    // Block the stop signals before any thread starts, so only the waiting thread below receives them.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    // A client that goes away mid-answer must cost a failed write, not the process.
    std::signal(SIGPIPE, SIG_IGN);

    RequestLog log(options.logFile, !options.quiet);
    if (!log.ok()) {
        std::cerr << "casedesk-crm-sim: cannot open log " << options.logFile << '\n';
        return 2;
    }

    std::unique_ptr<httplib::Server> server;
    if (options.tls())
        server = std::make_unique<httplib::SSLServer>(options.tlsCert.c_str(), options.tlsKey.c_str());
    else
        server = std::make_unique<httplib::Server>();
    if (!server->is_valid()) {
        std::cerr << "casedesk-crm-sim: cannot load TLS certificate/key\n";
        return 2;
    }

    StopFlag stop;
    CrmStore store(std::move(config),
                   CrmStore::Settings{options.maxConcurrent, options.dailyQuota, options.acceptUnknownIds});
    Simulator simulator(options, store, stop, log);
    ConnectionLog connections;
    simulator.setConnectionLog(&connections);
    simulator.install(*server);

    const int threads = options.threads;
    // A new connection costs one round trip for TCP's handshake and, over TLS 1.3, one more for its own.
    const auto setupDelay = std::chrono::milliseconds(2 * options.linkDelayMs * (options.tls() ? 2 : 1));
    server->new_task_queue = [threads, &connections, setupDelay, &stop] {
        return new AcceptQueue(static_cast<std::size_t>(threads), connections, setupDelay, stop);
    };
    server->set_socket_options(listenSocketOptions);
    // Small answers must leave at once; with Nagle a trickled or pipelined answer waits for delayed ACKs.
    server->set_tcp_nodelay(true);
    // Generous, like Apache's defaults: a slow upload link must not look like a dead client.
    server->set_read_timeout(60);
    server->set_write_timeout(60);
    server->set_keep_alive_max_count(static_cast<std::size_t>(options.keepAliveRequests));
    server->set_keep_alive_timeout(options.keepAliveTimeoutSeconds);

    int port = options.port;
    if (port == 0)
        port = server->bind_to_any_port(options.host);
    else if (!server->bind_to_port(options.host, port))
        port = -1;
    if (port <= 0) {
        std::cerr << "casedesk-crm-sim: cannot listen on " << options.host << ":" << options.port << '\n';
        return 1;
    }
    connections.setLocalPort(port);
    std::cout << "casedesk-crm-sim listening on " << (options.tls() ? "https" : "http") << "://"
              << urlHost(options.host) << ":" << port << std::endl;

    std::atomic<bool> listenReturned{false};
    std::thread signalWaiter([&] {
        int received = 0;
        sigwait(&stopSignals, &received);
        stop.raise();
        // stop() is a no-op until listening has begun; wait for that (or for listen to have failed).
        while (!server->is_running() && !listenReturned)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        if (server->is_running())
            server->stop();
        // Idle keep-alive connections and unfinished uploads would otherwise hold their threads for
        // seconds; ending them lets the thread pool join at once.
        ConnectionSockets::shutdownAllOnPort(port);
    });

    const bool listened = server->listen_after_bind();
    listenReturned = true;
    if (!stop.raised())
        kill(getpid(), SIGTERM); // wake the waiter so it can be joined
    signalWaiter.join();
    return listened ? 0 : 1;
}
