#include "faults.h"

#include "stopflag.h"

#include <httplib.h>

#include <algorithm>
#include <array>
#include <utility>

namespace {
struct FaultName
{
    FaultMode mode;
    const char *name;
};
constexpr std::array FaultNames{
    FaultName{FaultMode::None, "none"},
    FaultName{FaultMode::Stall, "stall"},
    FaultName{FaultMode::Slow, "slow"},
    FaultName{FaultMode::Html502, "html502"},
    FaultName{FaultMode::Truncated, "truncated"},
    FaultName{FaultMode::Empty, "empty"},
    FaultName{FaultMode::Redirect, "redirect"},
    FaultName{FaultMode::Maintenance, "maintenance"},
    FaultName{FaultMode::CodeAsString, "code-as-string"},
    FaultName{FaultMode::Reset, "reset"},
    FaultName{FaultMode::InvalidUtf8, "invalid-utf8"},
    FaultName{FaultMode::WrongTypes, "wrong-types"},
    FaultName{FaultMode::CodeObject, "code-object"},
    FaultName{FaultMode::DataArray, "data-array"},
    FaultName{FaultMode::Huge, "huge"},
    FaultName{FaultMode::EarlyClose, "early-close"},
};

constexpr std::size_t HugeBodyBytes = 64u * 1024u * 1024u;
} // namespace

std::optional<FaultMode> parseFaultMode(std::string_view name)
{
    for (const auto &entry : FaultNames) {
        if (name == entry.name)
            return entry.mode;
    }
    return std::nullopt;
}

const char *faultModeName(FaultMode mode)
{
    for (const auto &entry : FaultNames) {
        if (entry.mode == mode)
            return entry.name;
    }
    return "?";
}

std::string faultModeNames()
{
    std::string out;
    for (const auto &entry : FaultNames) {
        if (!out.empty())
            out += ", ";
        out += entry.name;
    }
    return out;
}

bool isGatewayFault(FaultMode mode)
{
    return mode == FaultMode::Stall || mode == FaultMode::Html502 || mode == FaultMode::Redirect
        || mode == FaultMode::Maintenance || mode == FaultMode::Reset || mode == FaultMode::EarlyClose;
}

void FaultReplies::html502(httplib::Response &res)
{
    res.status = 502;
    res.set_header("Server", "nginx");
    // nginx's stock page, byte for byte, including its padding comment for old browsers.
    res.set_content("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
                    "</body>\r\n</html>\r\n",
                    "text/html");
}

void FaultReplies::redirect(httplib::Response &res, const std::string &location)
{
    res.status = 307;
    res.set_header("Server", "nginx");
    res.set_header("Location", location);
    res.set_content("<html>\r\n<head><title>307 Temporary Redirect</title></head>\r\n<body>\r\n"
                    "<center><h1>307 Temporary Redirect</h1></center>\r\n<hr><center>nginx</center>\r\n"
                    "</body>\r\n</html>\r\n",
                    "text/html");
}

void FaultReplies::maintenance(httplib::Response &res)
{
    const ApiReply reply = ApiReply::error(403, "FORBIDDEN", VendorMsg::Maintenance);
    res.status = reply.httpStatus;
    res.set_content(toApiWire(reply.body), JsonContentType);
}

std::string FaultReplies::earlyRejection()
{
    const std::string page
        = "<html>\r\n<head><title>413 Request Entity Too Large</title></head>\r\n<body>\r\n"
          "<center><h1>413 Request Entity Too Large</h1></center>\r\n<hr><center>nginx</center>\r\n"
          "</body>\r\n</html>\r\n";
    return "HTTP/1.1 413 Request Entity Too Large\r\nServer: nginx\r\nContent-Type: text/html\r\n"
           "Content-Length: "
        + std::to_string(page.size()) + "\r\nConnection: close\r\n\r\n" + page;
}

nlohmann::ordered_json FaultReplies::codeAsString(nlohmann::ordered_json body)
{
    if (body.contains("code") && body["code"].is_number())
        body["code"] = std::to_string(body["code"].get<int>());
    return body;
}

void FaultReplies::mangleSuccess(FaultMode mode, const ApiReply &reply, httplib::Response &res,
                                 std::shared_ptr<void> keepAlive, StopFlag &stop,
                                 std::chrono::milliseconds slowInterval)
{
    const std::string wire = toApiWire(reply.body);
    res.status = 200;
    switch (mode) {
    case FaultMode::Truncated:
        // Cut in the middle; Content-Length is that of the bytes actually sent, so only the JSON is broken.
        res.set_content(wire.substr(0, wire.size() / 2), JsonContentType);
        break;
    case FaultMode::Empty:
        res.set_content(std::string(), JsonContentType);
        break;
    case FaultMode::InvalidUtf8: {
        // A Latin-1 "ó" (0xF3) and a stray 0xFF where UTF-8 is promised.
        nlohmann::ordered_json body = reply.body;
        std::string text = toApiWire(body);
        const std::string marker = "\"msg\":\"";
        const auto at = text.find(marker);
        text.insert(at == std::string::npos ? text.size() / 2 : at + marker.size(), "Actualizaci\xf3n \xff ");
        res.set_content(text, JsonContentType);
        break;
    }
    case FaultMode::WrongTypes: {
        nlohmann::ordered_json body;
        body["code"] = {{"x", 1}};
        body["error"] = "null";
        body["msg"] = VendorMsg::UpdateOk;
        body["data"] = {1, 2};
        res.set_content(toApiWire(body), JsonContentType);
        break;
    }
    case FaultMode::CodeObject: {
        // Only `code` is wrong: an object where a number (or numeric string) belongs.
        nlohmann::ordered_json body = reply.body;
        body["code"] = {{"value", 200}};
        res.set_content(toApiWire(body), JsonContentType);
        break;
    }
    case FaultMode::DataArray: {
        // Only `data` is wrong: the record id in a list instead of the documented object.
        nlohmann::ordered_json body = reply.body;
        if (body["data"].is_array()) {
            // A search's answer: each case replaced by its bare id.
            nlohmann::ordered_json ids = nlohmann::ordered_json::array();
            for (const auto &record : body["data"])
                ids.push_back(record.is_object() ? record.value("wolkvox_id", std::string()) : std::string());
            body["data"] = ids;
        } else {
            const nlohmann::ordered_json id = body["data"].value("wolkvox_id", std::string());
            body["data"] = nlohmann::ordered_json::array({id});
        }
        res.set_content(toApiWire(body), JsonContentType);
        break;
    }
    case FaultMode::Slow: {
        auto shared = std::make_shared<std::string>(wire);
        res.set_chunked_content_provider(
            JsonContentType,
            [shared, keepAlive, &stop, slowInterval](std::size_t offset, httplib::DataSink &sink) {
                if (offset >= shared->size()) {
                    sink.done();
                    return true;
                }
                if (stop.waitFor(slowInterval))
                    return false;
                return sink.write(shared->data() + offset, 1);
            });
        break;
    }
    case FaultMode::Huge: {
        // A real answer whose data object (or, for a search's array, the answer itself) carries a padding
        // member up to 64 MiB in total.
        const bool dataObject = reply.body.contains("data") && reply.body["data"].is_object();
        const std::size_t closing = dataObject ? 2 : 1;
        std::string head = wire.substr(0, wire.size() - closing) + ",\"padding\":\"";
        const std::string tail = dataObject ? "\"}}" : "\"}";
        auto parts = std::make_shared<std::pair<std::string, std::string>>(std::move(head), tail);
        res.set_content_provider(
            HugeBodyBytes, JsonContentType,
            [parts, keepAlive, &stop](std::size_t offset, std::size_t length, httplib::DataSink &sink) {
                if (stop.raised())
                    return false;
                static const std::string filler(64 * 1024, 'x');
                const std::string &headText = parts->first;
                const std::string &tailText = parts->second;
                const std::size_t tailStart = HugeBodyBytes - tailText.size();
                if (offset < headText.size())
                    return sink.write(headText.data() + offset, headText.size() - offset);
                if (offset >= tailStart)
                    return sink.write(tailText.data() + (offset - tailStart), HugeBodyBytes - offset);
                const std::size_t n = std::min({filler.size(), tailStart - offset, length});
                return sink.write(filler.data(), n);
            });
        break;
    }
    default:
        res.set_content(wire, JsonContentType);
        break;
    }
}
