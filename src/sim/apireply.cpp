#include "apireply.h"

ApiReply ApiReply::error(int httpStatus, const std::string &error, const std::string &msg)
{
    ApiReply reply;
    reply.httpStatus = httpStatus;
    reply.body["code"] = httpStatus;
    reply.body["error"] = error;
    reply.body["msg"] = msg;
    return reply;
}

ApiReply ApiReply::updateSucceeded(const std::string &wolkvoxId)
{
    ApiReply reply;
    reply.httpStatus = 200;
    reply.body["code"] = 200;
    // The vendor sends the *string* "null" on success, not JSON null.
    reply.body["error"] = "null";
    reply.body["msg"] = VendorMsg::UpdateOk;
    reply.body["data"]["wolkvox_id"] = wolkvoxId;
    return reply;
}

std::string VendorMsg::simultaneousRequests(int limit)
{
    return "EXCEEDS THE LIMIT OF SIMULTANEOUS REQUESTS PER TOKEN (" + std::to_string(limit) + ")";
}

std::string VendorMsg::recordsFound(std::size_t count)
{
    return std::to_string(count) + " records were are found";
}

std::string toApiWire(const nlohmann::ordered_json &value)
{
    return value.dump(-1, ' ', true, nlohmann::ordered_json::error_handler_t::replace);
}

std::string toAdminWire(const nlohmann::json &value)
{
    return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}
