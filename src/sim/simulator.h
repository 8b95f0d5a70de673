#pragma once

#include "apireply.h"
#include "crmstore.h"
#include "faults.h"
#include "multipartcollector.h"
#include "options.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <memory>
#include <string>

namespace httplib {
class Server;
class ContentReader;
struct Request;
struct Response;
} // namespace httplib
class ConnectionLog;
class RequestLog;
class StopFlag;

// The HTTP face of the simulated CRM: routes, the streaming update handler, faults and admin endpoints.
class Simulator
{
public:
    Simulator(const SimOptions &options, CrmStore &store, StopFlag &stop, RequestLog &log);

    void install(httplib::Server &server);
    // Numbers each request's connection in the log line and serves /__sim/connections.
    void setConnectionLog(ConnectionLog *connections) { m_connections = connections; }

private:
    // --server-ms: waits the CRM's own time, counted from now (its body read).
    void holdServerTime();
    void handleUpdate(const httplib::Request &req, httplib::Response &res,
                      const httplib::ContentReader &reader);
    void handleQuery(const httplib::Request &req, httplib::Response &res,
                     const httplib::ContentReader &reader);
    // `isQuery`: the fault stands in front of queryCases.php, whose requests are not the last update.
    void handleGatewayFault(const httplib::Request &req, httplib::Response &res,
                            const httplib::ContentReader &reader, FaultMode fault, bool isQuery);
    void handleTokenInformation(const httplib::Request &req, httplib::Response &res,
                                const httplib::ContentReader *reader);
    void handleUnknownApi(const httplib::Request &req, httplib::Response &res,
                          const httplib::ContentReader *reader);

    // Streams the body through the multipart collector; stops early once `abortAfterBytes` (if non-zero)
    // payload bytes have arrived or the server is stopping.
    ReceivedForm readBody(const httplib::Request &req, const httplib::ContentReader &reader,
                          std::uint64_t abortAfterBytes = 0);
    void recordLastRequest(const httplib::Request &req, const ReceivedForm &form);
    // `fault`: the payload fault to put on the answer (None for endpoints without faults).
    void sendApiReply(httplib::Response &res, const ApiReply &reply, FaultMode fault,
                      std::shared_ptr<void> keepAlive);
    void noteRequest(const char *endpoint, const httplib::Response &res, int inFlight, nlohmann::json what);
    void logRequest(const httplib::Request &req, const httplib::Response &res);

    const SimOptions &m_options;
    CrmStore &m_store;
    StopFlag &m_stop;
    RequestLog &m_log;
    ConnectionLog *m_connections = nullptr;
};
