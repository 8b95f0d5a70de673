#pragma once

#include <nlohmann/json.hpp>

#include <string>

// One answer as the CRM would send it: the HTTP status and the vendor-shaped JSON body, whose key order
// (code, error, msg, data) is kept because clients and tests compare raw bodies.
struct ApiReply
{
    int httpStatus = 200;
    nlohmann::ordered_json body;

    static ApiReply error(int httpStatus, const std::string &error, const std::string &msg);
    static ApiReply updateSucceeded(const std::string &wolkvoxId);

    bool ok() const { return httpStatus == 200; }
};

// The vendor's messages, spelled as the vendor spells them; the ones the public pages list are marked.
namespace VendorMsg {
inline constexpr const char *ApiDoesNotExist = "THE API YOU WANT TO CONSULT DOES NOT EXIST"; // vendor
inline constexpr const char *ParametersRequired = "SOME PARAMETERS ARE REQUIRED"; // vendor
inline constexpr const char *EnterToken = "PLEASE ENTER THE WOLKVOX-TOKEN"; // vendor
inline constexpr const char *ValidateToken = "PLEASE VALIDATE TOKEN"; // vendor
inline constexpr const char *TokenLimit = "TOKEN LIMIT EXCEEDED"; // vendor
inline constexpr const char *RecordDoesNotExist = "THE RECORD DOES NOT EXIST"; // vendor family
inline constexpr const char *UpdateOk = "Succesfully update record"; // vendor (sic)
inline constexpr const char *Maintenance = "THE API IS TEMPORARILY DISABLED DUE TO MAINTENANCE";
// Simulator wording, vendor style, for the rules the contract states but whose messages are not public.
inline constexpr const char *CaseTypeUnknown = "THE CASE TYPE DOES NOT EXIST";
inline constexpr const char *StatusUnknown = "THE STATUS DOES NOT EXIST FOR THIS CASE TYPE";
inline constexpr const char *PriorityUnknown = "THE PRIORITY DOES NOT EXIST FOR THIS CASE TYPE";
inline constexpr const char *ResponsibleUnknown = "THE RESPONSIBLE USER DOES NOT EXIST";
inline constexpr const char *FormNotObject = "THE FORM PARAMETER MUST BE A JSON OBJECT";
inline constexpr const char *ExtensionNotAllowed = "THE FILE EXTENSION IS NOT ALLOWED";
inline constexpr const char *SolutionRequired = "THE SOLUTION IS REQUIRED FOR A CLOSED STATUS";
inline constexpr const char *NotMultipart = "THE REQUEST BODY MUST BE MULTIPART/FORM-DATA";
inline constexpr const char *MalformedMultipart = "THE MULTIPART BODY IS MALFORMED";
inline constexpr const char *FieldTooLarge = "A PARAMETER EXCEEDS THE MAXIMUM ALLOWED SIZE";
inline constexpr const char *TooManyParameters = "TOO MANY PARAMETERS";
inline constexpr const char *MethodNotAllowed = "THE METHOD IS NOT ALLOWED";
inline constexpr const char *QueryFieldUnknown = "THE FIELD TO SEARCH BY DOES NOT EXIST";
inline constexpr const char *NotJson = "THE REQUEST BODY MUST BE A JSON OBJECT";

// What the API family says when a search answers: "1 records were are found" (sic, tokenInformation.php's
// page; client code of the sibling custom/query.php compares against "0 records were are found").
std::string recordsFound(std::size_t count);

// The concurrency message carries the configured limit, e.g. "... PER TOKEN (2)".
std::string simultaneousRequests(int limit);
} // namespace VendorMsg

// Serialises an API answer like PHP's json_encode does by default (non-ASCII as \uXXXX), so clients meet
// the escapes the real CRM sends. Invalid UTF-8 coming from clients is replaced rather than thrown on.
std::string toApiWire(const nlohmann::ordered_json &value);
// Serialises an admin answer with UTF-8 kept raw, so tests can compare received file names byte for byte.
std::string toAdminWire(const nlohmann::json &value);

inline constexpr const char *JsonContentType = "application/json; charset=utf-8";
