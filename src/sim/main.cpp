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
#include "stopsignals.h"

#include <httplib.h>

#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <thread>

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
    // The simulated link's and server's delays are deadlines, three per request; the threads started from
    // here wake on time for them.
    if (options.linkDelayMs > 0)
        StopSignals::preciseWakeUps();
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

    // Before any thread starts, so only the waiting thread below receives them.
    StopSignals::blockInAllThreads();

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
    server->set_socket_options(ConnectionSockets::listenSocketOptions);
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
        StopSignals::wait();
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
        StopSignals::wake(); // so the waiter can be joined
    signalWaiter.join();
    return listened ? 0 : 1;
}
