#include "simulator.h"

#include "connectionlog.h"
#include "connectionsockets.h"
#include "faults.h"
#include "phpuploadrules.h"
#include "queryanswer.h"
#include "requestlog.h"
#include "stopflag.h"
#include "timeutil.h"

#include <httplib.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <optional>
#include <utility>

using nlohmann::json;

namespace {

constexpr const char *UpdatePath = "/server/API/v2/cases/update.php";
constexpr const char *QueryPath = "/server/API/v2/cases/queryCases.php";
// A search is three short strings; a larger body is not one.
constexpr std::size_t MaxQueryBodyBytes = 64 * 1024;
constexpr const char *TokenInfoPath = "/server/API/v2/token/tokenInformation.php";
constexpr const char *TokenHeader = "Wolkvox-Token";
// Bytes of upload read before the reset fault strikes, so a large upload is cut mid-way.
constexpr std::uint64_t ResetAfterBytes = 256 * 1024;
constexpr auto LingerLimit = std::chrono::seconds(10);

// What one request did, for its log line. httplib calls the logger on the thread that ran the handler,
// so a thread-local record needs no locking and no changes to httplib's Request.
struct RequestContext
{
    bool active = false;
    std::chrono::steady_clock::time_point start;
    std::uint64_t bytesIn = 0;
    bool tokenPresent = false;
    const char *fault = nullptr;
    bool lingerClose = false;
    std::string uploads; // what PHP made of an update's files and repeated fields
    std::uint64_t connection = 0; // the connection log's id, 0 without one
    // The end of the CRM's server time (--server-ms), when the request had one.
    std::optional<std::chrono::steady_clock::time_point> serverTimeEnd;
};
thread_local RequestContext t_context;

std::string lowerAscii(std::string text)
{
    for (char &c : text)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

std::string hexBytes(const std::string &bytes)
{
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    for (unsigned char c : bytes) {
        out.push_back(hex[c >> 4]);
        out.push_back(hex[c & 0x0f]);
    }
    return out;
}

void sendAdmin(httplib::Response &res, const json &body, int status = 200)
{
    res.status = status;
    res.set_content(toAdminWire(body), JsonContentType);
}

bool isApiPath(const std::string &path)
{
    return path.rfind("/server/API", 0) == 0;
}

PhpUploadRules::Settings uploadRules(const SimOptions &options)
{
    return {options.keepRepeatedParts, options.maxFileUploads};
}

} // namespace

Simulator::Simulator(const SimOptions &options, CrmStore &store, StopFlag &stop, RequestLog &log)
    : m_options(options)
    , m_store(store)
    , m_stop(stop)
    , m_log(log)
{ }

void Simulator::install(httplib::Server &server)
{
    using httplib::ContentReader;
    using httplib::Request;
    using httplib::Response;

    server.set_pre_routing_handler([this](const Request &req, Response &) {
        t_context = RequestContext{};
        t_context.active = true;
        t_context.start = std::chrono::steady_clock::now();
        if (m_connections)
            t_context.connection = m_connections->noteRequest(req);
        // --link-delay-ms: the request reaches the CRM one way later than it left the client.
        if (m_options.linkDelayMs > 0 && isApiPath(req.path))
            m_stop.waitUntil(t_context.start + std::chrono::milliseconds(m_options.linkDelayMs));
        // RFC 9112: a request with neither Content-Length nor Transfer-Encoding has no body. httplib 0.11.4
        // would instead read until the client closes, hanging e.g. `curl -X POST` without data. The Request
        // object is httplib's own non-const local, so adding the header is well-defined.
        if ((req.method == "POST" || req.method == "PUT" || req.method == "PATCH" || req.method == "DELETE")
            && !req.has_header("Content-Length") && !req.has_header("Transfer-Encoding"))
            const_cast<Request &>(req).set_header("Content-Length", "0");
        return httplib::Server::HandlerResponse::Unhandled;
    });

    server.Post(UpdatePath, [this](const Request &req, Response &res, const ContentReader &reader) {
        handleUpdate(req, res, reader);
    });
    server.Get(UpdatePath,
               [this](const Request &req, Response &res) { handleUnknownApi(req, res, nullptr); });
    server.Post(QueryPath, [this](const Request &req, Response &res, const ContentReader &reader) {
        handleQuery(req, res, reader);
    });
    server.Get(QueryPath, [this](const Request &req, Response &res) { handleUnknownApi(req, res, nullptr); });
    server.Get(TokenInfoPath,
               [this](const Request &req, Response &res) { handleTokenInformation(req, res, nullptr); });
    server.Post(TokenInfoPath, [this](const Request &req, Response &res, const ContentReader &reader) {
        handleTokenInformation(req, res, &reader);
    });
    const std::string anyApi = "/server/API(/.*)?";
    server.Get(anyApi, [this](const Request &req, Response &res) { handleUnknownApi(req, res, nullptr); });
    auto unknownWithBody = [this](const Request &req, Response &res, const ContentReader &reader) {
        handleUnknownApi(req, res, &reader);
    };
    server.Post(anyApi, unknownWithBody);
    server.Put(anyApi, unknownWithBody);
    server.Patch(anyApi, unknownWithBody);
    server.Delete(anyApi, unknownWithBody);

    server.Get("/__sim/health", [](const Request &, Response &res) { sendAdmin(res, {{"ok", true}}); });
    server.Get("/__sim/stats", [this](const Request &, Response &res) { sendAdmin(res, m_store.stats()); });
    server.Get("/__sim/case", [this](const Request &req, Response &res) {
        const auto found = m_store.caseJson(req.get_param_value("operation"), req.get_param_value("id"));
        if (found)
            sendAdmin(res, *found);
        else
            sendAdmin(res, {{"error", "no such case"}}, 404);
    });
    server.Post("/__sim/case", [this](const Request &req, Response &res) {
        int status = 400;
        const json change = json::parse(req.body, nullptr, false);
        const json answer
            = change.is_discarded() ? json{{"error", "not JSON"}} : m_store.changeCase(change, &status);
        sendAdmin(res, answer, status);
    });
    server.Get("/__sim/requests", [this](const Request &, Response &res) {
        sendAdmin(res, {{"requests", m_store.requestLog()}});
    });
    server.Get("/__sim/last-query", [this](const Request &, Response &res) {
        const json last = m_store.lastQuery();
        if (last.is_null())
            sendAdmin(res, {{"error", "no query received yet"}}, 404);
        else
            sendAdmin(res, last);
    });
    server.Get("/__sim/cases", [this](const Request &req, Response &res) {
        sendAdmin(res, {{"cases", m_store.casesJson(req.get_param_value("operation"))}});
    });
    server.Get("/__sim/last-request", [this](const Request &, Response &res) {
        const json last = m_store.lastRequest();
        if (last.is_null())
            sendAdmin(res, {{"error", "no update request received yet"}}, 404);
        else
            sendAdmin(res, last);
    });
    server.Post("/__sim/reset", [this](const Request &, Response &res) {
        m_store.reset();
        if (m_connections)
            m_connections->reset();
        sendAdmin(res, {{"ok", true}});
    });
    server.Post("/__sim/new-day", [this](const Request &, Response &res) {
        m_store.startNewQuotaDay();
        sendAdmin(res, {{"ok", true}});
    });

    server.set_error_handler(httplib::Server::HandlerWithResponse([](const Request &req, Response &res) {
        // httplib answers unmatched routes with an empty 404; under /server/API the CRM says this instead.
        if (res.status == 404 && res.body.empty() && !res.content_provider_ && isApiPath(req.path)) {
            const ApiReply reply = ApiReply::error(400, "BAD REQUEST", VendorMsg::ApiDoesNotExist);
            res.status = reply.httpStatus;
            res.set_content(toApiWire(reply.body), JsonContentType);
            return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;
    }));

    // ...and its answer reaches the client one way after the CRM sent it (after the token's slot is free).
    if (m_options.linkDelayMs > 0) {
        server.set_post_routing_handler([this](const Request &req, Response &) {
            if (!isApiPath(req.path))
                return;
            // The CRM sent its answer after its server time or its own work, whichever took longer. The
            // simulator's work (the case stored, the answer written) happens after its server time, so it
            // is part of that time when shorter, instead of being added to the link's delay.
            auto sent = std::chrono::steady_clock::now();
            if (t_context.serverTimeEnd)
                sent = std::max(*t_context.serverTimeEnd,
                                sent - std::chrono::milliseconds(m_options.serverMs));
            m_stop.waitUntil(sent + std::chrono::milliseconds(m_options.linkDelayMs));
        });
    }
    server.Get("/__sim/connections", [this](const Request &, Response &res) {
        sendAdmin(res, m_connections ? m_connections->toJson() : json{{"error", "no connection log"}},
                  m_connections ? 200 : 404);
    });

    server.set_logger([this](const Request &req, const Response &res) { logRequest(req, res); });
}

ReceivedForm Simulator::readBody(const httplib::Request &req, const httplib::ContentReader &reader,
                                 std::uint64_t abortAfterBytes)
{
    MultipartCollector collector(
        {m_options.maxFieldBytes, 512}, [this, abortAfterBytes](std::uint64_t bytes) {
            return m_stop.raised() || (abortAfterBytes > 0 && bytes >= abortAfterBytes);
        });
    // --read-rate: sleep whenever the bytes read so far are ahead of the allowed rate; the socket buffers
    // then fill and the client stays mid-upload.
    const auto started = std::chrono::steady_clock::now();
    std::uint64_t received = 0;
    const auto pace = [&](std::size_t size) {
        received += size;
        if (m_options.readBytesPerSecond == 0)
            return true;
        const auto due = started + std::chrono::milliseconds(received * 1000 / m_options.readBytesPerSecond);
        const auto ahead
            = std::chrono::duration_cast<std::chrono::milliseconds>(due - std::chrono::steady_clock::now());
        return ahead.count() <= 0 || !m_stop.waitFor(ahead);
    };
    const bool multipart = req.is_multipart_form_data();
    bool read = false;
    if (multipart) {
        read
            = reader([&](const httplib::MultipartFormData &header) { return collector.onPartHeader(header); },
                     [&](const char *data, std::size_t size) {
                         return pace(size) && collector.onPartData(data, size);
                     });
    } else {
        read = reader([&](const char *data, std::size_t size) {
            return pace(size) && collector.onRawData(data, size);
        });
    }
    ReceivedForm form = collector.finish(multipart, read);
    PhpUploadRules::apply(form.files, uploadRules(m_options));
    t_context.bytesIn = form.payloadBytes;
    if (read && req.has_header("Content-Length"))
        t_context.bytesIn = req.get_header_value<std::uint64_t>("Content-Length");
    // Whatever is left unread would be parsed as the next request on this connection.
    t_context.lingerClose = !read;
    return form;
}

void Simulator::recordLastRequest(const httplib::Request &req, const ReceivedForm &form)
{
    json headers = json::object();
    for (const auto &[name, value] : req.headers) {
        // httplib adds these itself; they were not sent by the client.
        if (name == "REMOTE_ADDR" || name == "REMOTE_PORT" || name == "LOCAL_ADDR" || name == "LOCAL_PORT")
            continue;
        const std::string key = lowerAscii(name);
        if (key == "wolkvox-token")
            continue;
        if (headers.contains(key))
            headers[key] = headers[key].get<std::string>() + ", " + value;
        else
            headers[key] = value;
    }
    headers["wolkvox-token-present"] = !req.get_header_value(TokenHeader).empty();

    json fields = json::object();
    json fieldOrder = json::array();
    for (const auto &[name, value] : form.fields) {
        fields[name] = value; // the last occurrence wins, as in PHP
        fieldOrder.push_back(name);
    }
    json files = json::array();
    for (const auto &file : form.files) {
        // "php": the file's entry in $_FILES as PHP reports it, null when PHP skipped or replaced it.
        const json php = file.phpKey.empty() ? json(nullptr)
                                             : json{{"key", file.phpKey},
                                                    {"name", PhpUploadRules::baseName(file.filename)},
                                                    {"error", file.phpError}};
        files.push_back(
            {{"part", file.part},
             {"filename", file.filename},
             {"filename_hex", hexBytes(file.filename)},
             {"content_type", file.contentType},
             {"size", file.size},
             {"sha256", file.sha256},
             {"accepted", PhpUploadRules::isAttachmentPartName(file.part) && !file.filename.empty()},
             {"kept", file.kept()},
             {"fate", PhpUploadRules::fateCode(file.fate)},
             {"why", file.kept() ? json(nullptr) : json(PhpUploadRules::explain(file))},
             {"replaced_by", file.replacedBy >= 0 ? json(file.replacedBy) : json(nullptr)},
             {"php", php}});
    }
    json last;
    last["received_at"] = TimeUtil::isoUtcNow();
    last["method"] = req.method;
    last["path"] = req.path;
    last["headers"] = headers;
    last["multipart"] = form.multipart;
    last["body_complete"] = form.complete;
    last["payload_bytes"] = form.payloadBytes;
    last["fields"] = fields;
    last["field_order"] = fieldOrder;
    last["part_order"] = form.partOrder;
    last["files"] = files;
    last["keep_repeated_parts"] = m_options.keepRepeatedParts;
    last["oversize_field"] = form.oversizeField.empty() ? json(nullptr) : json(form.oversizeField);
    last["fault"] = faultModeName(m_options.fault);
    m_store.setLastRequest(std::move(last));
}

void Simulator::sendApiReply(httplib::Response &res, const ApiReply &reply, FaultMode fault,
                             std::shared_ptr<void> keepAlive)
{
    m_store.noteAnswer(reply.httpStatus);
    if (fault == FaultMode::CodeAsString) {
        t_context.fault = faultModeName(fault);
        res.status = reply.httpStatus;
        res.set_content(toApiWire(FaultReplies::codeAsString(reply.body)), JsonContentType);
        return;
    }
    if (reply.ok() && fault != FaultMode::None) {
        t_context.fault = faultModeName(fault);
        FaultReplies::mangleSuccess(fault, reply, res, std::move(keepAlive), m_stop,
                                    std::chrono::milliseconds(m_options.slowIntervalMs));
        return;
    }
    res.status = reply.httpStatus;
    res.set_content(toApiWire(reply.body), JsonContentType);
}

void Simulator::holdServerTime()
{
    t_context.serverTimeEnd
        = std::chrono::steady_clock::now() + std::chrono::milliseconds(m_options.serverMs);
    m_stop.waitUntil(*t_context.serverTimeEnd);
}

void Simulator::handleUpdate(const httplib::Request &req, httplib::Response &res,
                             const httplib::ContentReader &reader)
{
    // In flight from here (headers read) until the answer is written, body upload included.
    Ticket call = m_store.beginCall();
    const std::string token = req.get_header_value(TokenHeader);
    t_context.tokenPresent = !token.empty();

    if (isGatewayFault(m_options.fault)) {
        handleGatewayFault(req, res, reader, m_options.fault, false);
        noteRequest("update", res, 0, {{"fault", faultModeName(m_options.fault)}});
        return;
    }

    // The gate is checked before the body arrives, so a rejected request never holds a slot; its body is
    // still read (and discarded) so the client gets a clean answer instead of a reset mid-upload.
    CrmStore::Admission admission = m_store.admit(token);
    const ReceivedForm form = readBody(req, reader);
    recordLastRequest(req, form);
    t_context.uploads = PhpUploadRules::logSummary(form, uploadRules(m_options));

    const std::string *id = form.field("wolkvox-id");
    const json what = {{"operation", form.field("operation") ? *form.field("operation") : std::string()},
                       {"wolkvox_id", id ? *id : std::string()}};
    if (admission.rejection) {
        sendApiReply(res, *admission.rejection, m_options.fault, call);
        noteRequest("update", res, 0, what);
        return;
    }
    if (m_options.delayMs > 0 && form.complete)
        m_stop.waitFor(std::chrono::milliseconds(m_options.delayMs));
    if (m_options.serverMs > 0 && form.complete)
        holdServerTime();
    const ApiReply reply = m_store.applyUpdate(token, form);
    // A streamed (slow/huge) answer keeps both the call and the token's slot until its last byte.
    auto keepAlive = std::make_shared<std::pair<Ticket, Ticket>>(call, admission.slot);
    sendApiReply(res, reply, m_options.fault, keepAlive);
    noteRequest("update", res, admission.inFlight, what);
}

void Simulator::handleQuery(const httplib::Request &req, httplib::Response &res,
                            const httplib::ContentReader &reader)
{
    Ticket call = m_store.beginCall();
    const std::string token = req.get_header_value(TokenHeader);
    t_context.tokenPresent = !token.empty();
    const FaultMode fault = m_options.queryFault;
    if (isGatewayFault(fault)) {
        handleGatewayFault(req, res, reader, fault, true);
        noteRequest("query", res, 0, {{"fault", faultModeName(fault)}});
        return;
    }

    CrmStore::Admission admission = m_store.admit(token);
    // PHP reads the raw body (php://input) and json_decode()s it; the Content-Type is not looked at.
    std::string body;
    bool tooLarge = false;
    const bool read = reader([&](const char *data, std::size_t size) {
        if (body.size() + size > MaxQueryBodyBytes)
            tooLarge = true;
        else
            body.append(data, size);
        return !m_stop.raised();
    });
    t_context.bytesIn = body.size();
    t_context.lingerClose = !read;

    json headers = json::object();
    for (const auto &[name, value] : req.headers) {
        const std::string key = lowerAscii(name);
        if (key == "wolkvox-token" || key == "remote_addr" || key == "remote_port" || key == "local_addr"
            || key == "local_port")
            continue;
        headers[key] = value;
    }
    headers["wolkvox-token-present"] = !token.empty();
    const json parsed = json::parse(body, nullptr, false);
    m_store.setLastQuery({{"received_at", TimeUtil::isoUtcNow()},
                          {"method", req.method},
                          {"path", req.path},
                          {"headers", headers},
                          {"body", body},
                          {"json", parsed.is_discarded() ? json(nullptr) : parsed}});

    const auto text = [&](const char *key) -> std::string {
        if (!parsed.is_object() || !parsed.contains(key))
            return {};
        const json &value = parsed[key];
        if (value.is_string())
            return value.get<std::string>();
        if (value.is_number_integer() || value.is_number_unsigned())
            return value.dump(); // "value": 1001 for a case number
        return {};
    };
    CrmStore::CaseQuery query{text("operation"), text("field"), text("value")};
    json what = {{"operation", query.operation}, {"field", query.field}, {"value", query.value}};
    if (admission.rejection) {
        sendApiReply(res, *admission.rejection, fault, call);
        noteRequest("query", res, 0, what);
        return;
    }
    if (tooLarge || !parsed.is_object()) {
        sendApiReply(
            res,
            ApiReply::error(400, "BAD REQUEST", tooLarge ? VendorMsg::FieldTooLarge : VendorMsg::NotJson),
            fault, call);
        noteRequest("query", res, admission.inFlight, what);
        return;
    }
    if (m_options.queryDelayMs > 0)
        m_stop.waitFor(std::chrono::milliseconds(m_options.queryDelayMs));
    const CrmStore::QueryOutcome outcome = m_store.queryCases(token, query);
    auto keepAlive = std::make_shared<std::pair<Ticket, Ticket>>(call, admission.slot);
    if (outcome.rejection) {
        sendApiReply(res, *outcome.rejection, fault, keepAlive);
    } else {
        json ids = json::array();
        for (const CaseSnapshot &match : outcome.matches)
            ids.push_back(match.id);
        what["matches"] = ids;
        const ApiReply reply = QueryAnswer::render(outcome.matches, m_options.queryShape);
        // A payload fault needs something to spoil: an empty result goes out as it is.
        sendApiReply(res, reply, outcome.matches.empty() ? FaultMode::None : fault, keepAlive);
    }
    noteRequest("query", res, admission.inFlight, what);
}

void Simulator::noteRequest(const char *endpoint, const httplib::Response &res, int inFlight, json what)
{
    what["endpoint"] = endpoint;
    what["http"] = res.status;
    what["in_flight"] = inFlight;
    m_store.noteRequest(std::move(what));
}

void Simulator::handleGatewayFault(const httplib::Request &req, httplib::Response &res,
                                   const httplib::ContentReader &reader, FaultMode fault, bool isQuery)
{
    t_context.fault = faultModeName(fault);
    const auto record = [&](const ReceivedForm &form) {
        if (!isQuery)
            recordLastRequest(req, form);
    };
    if (fault == FaultMode::EarlyClose) {
        // Like a proxy refusing the size from the headers alone: answer, then close with the body unread.
        record(ReceivedForm{});
        const int fd = ConnectionSockets::find(req);
        ConnectionSockets::sendRaw(req, fd, FaultReplies::earlyRejection());
        ConnectionSockets::closeNow(fd);
        res.status = 413; // written above; httplib's own copy goes to /dev/null
        return;
    }
    if (fault == FaultMode::Reset) {
        const ReceivedForm form = readBody(req, reader, ResetAfterBytes);
        record(form);
        t_context.lingerClose = false;
        ConnectionSockets::resetAbruptly(ConnectionSockets::find(req));
        res.status = 499; // never reaches the client; only the log shows it (nginx's "client closed")
        return;
    }

    const ReceivedForm form = readBody(req, reader);
    record(form);
    switch (fault) {
    case FaultMode::Stall: {
        t_context.lingerClose = false;
        const int fd = ConnectionSockets::find(req);
        ConnectionSockets::waitForPeerClose(fd, std::chrono::seconds(m_options.stallLimitSeconds),
                                            [this] { return m_stop.raised(); });
        // No answer at all, even on giving up: the client sees the connection end.
        ConnectionSockets::closeSilently(fd);
        res.status = 499;
        return;
    }
    case FaultMode::Html502:
        FaultReplies::html502(res);
        break;
    case FaultMode::Redirect:
        FaultReplies::redirect(res, m_options.redirectTo);
        break;
    case FaultMode::Maintenance:
        FaultReplies::maintenance(res);
        break;
    default:
        break;
    }
    m_store.noteAnswer(res.status);
}

void Simulator::handleTokenInformation(const httplib::Request &req, httplib::Response &res,
                                       const httplib::ContentReader *reader)
{
    Ticket call = m_store.beginCall();
    const std::string token = req.get_header_value(TokenHeader);
    t_context.tokenPresent = !token.empty();
    CrmStore::Admission admission = m_store.admit(token);
    std::string operation = req.get_param_value("operation");
    if (reader) {
        const ReceivedForm form = readBody(req, *reader);
        if (operation.empty() && form.field("operation"))
            operation = *form.field("operation");
    }
    if (admission.rejection) {
        sendApiReply(res, *admission.rejection, FaultMode::None, call);
        return;
    }
    if (m_options.serverMs > 0)
        holdServerTime();
    sendApiReply(res, m_store.tokenInformation(token, operation), FaultMode::None, call);
}

void Simulator::handleUnknownApi(const httplib::Request &req, httplib::Response &res,
                                 const httplib::ContentReader *reader)
{
    Ticket call = m_store.beginCall();
    t_context.tokenPresent = !req.get_header_value(TokenHeader).empty();
    if (reader)
        readBody(req, *reader);
    if (req.path == UpdatePath || req.path == QueryPath) {
        // update.php and queryCases.php exist; only POST makes sense on them.
        res.set_header("Allow", "POST");
        sendApiReply(res, ApiReply::error(405, "METHOD NOT ALLOWED", VendorMsg::MethodNotAllowed),
                     FaultMode::None, call);
        return;
    }
    sendApiReply(res, ApiReply::error(400, "BAD REQUEST", VendorMsg::ApiDoesNotExist), FaultMode::None, call);
}

void Simulator::logRequest(const httplib::Request &req, const httplib::Response &res)
{
    RequestContext context = std::exchange(t_context, RequestContext{});
    long long ms = 0;
    if (context.active) {
        ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now()
                                                                   - context.start)
                 .count();
    }
    if (!context.active || context.bytesIn == 0) {
        if (!req.body.empty())
            context.bytesIn = req.body.size();
    }
    const bool tokenPresent
        = context.active ? context.tokenPresent : !req.get_header_value(TokenHeader).empty();
    std::string line = TimeUtil::isoUtcNow() + " " + req.method + " " + req.path + " "
        + std::to_string(res.status) + " in=" + std::to_string(context.bytesIn) + "B ms=" + std::to_string(ms)
        + " token=" + (tokenPresent ? "present" : "absent");
    if (context.connection > 0)
        line += " conn=" + std::to_string(context.connection);
    if (context.fault)
        line += std::string(" fault=") + context.fault;
    line += context.uploads;
    m_log.write(line);

    if (context.lingerClose)
        ConnectionSockets::lingeringClose(ConnectionSockets::find(req), LingerLimit);
}
