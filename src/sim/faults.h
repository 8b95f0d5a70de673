#pragma once

#include "apireply.h"

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace httplib {
struct Response;
}
class StopFlag;

// The misbehaviours the simulator can put on update.php (--fault) and queryCases.php (--query-fault), one
// per endpoint and run, so clients can be tested against what real servers and proxies send.
enum class FaultMode {
    None,
    Stall,
    Slow,
    Html502,
    Truncated,
    Empty,
    Redirect,
    Maintenance,
    CodeAsString,
    Reset,
    InvalidUtf8,
    WrongTypes,
    CodeObject,
    DataArray,
    Huge,
    EarlyClose,
};

std::optional<FaultMode> parseFaultMode(std::string_view name);
const char *faultModeName(FaultMode mode);
std::string faultModeNames(); // "none, stall, ..." for --help

// Gateway faults come from something in front of the CRM (proxy, load balancer, maintenance switch): they
// answer without the CRM seeing the request, so no token check, no quota, nothing stored.
bool isGatewayFault(FaultMode mode);

namespace FaultReplies {
void html502(httplib::Response &res);
void redirect(httplib::Response &res, const std::string &location);
void maintenance(httplib::Response &res);
// nginx's answer when a body exceeds client_max_body_size, sent before the body is read.
std::string earlyRejection();
// Payload faults: the CRM did the work, then its answer went wrong on the way. Turns a success reply into
// the faulty one; `keepAlive` is held until a streamed body is fully written (the in-flight slot).
void mangleSuccess(FaultMode mode, const ApiReply &reply, httplib::Response &res,
                   std::shared_ptr<void> keepAlive, StopFlag &stop, std::chrono::milliseconds slowInterval);
// code-as-string applies to every answer, errors included, as the sibling vendor pages do it.
nlohmann::ordered_json codeAsString(nlohmann::ordered_json body);
} // namespace FaultReplies
