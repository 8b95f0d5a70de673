#include "options.h"

#include "connectionsockets.h"

#include "casedeskinfo.h"

#include <charconv>
#include <cstring>
#include <limits>
#include <string_view>

namespace {

template <typename T> bool parseNumber(const std::string &text, T &out, T minimum, T maximum)
{
    T value{};
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < minimum || value > maximum)
        return false;
    out = value;
    return true;
}

} // namespace

std::string helpText()
{
    return std::string(R"(Usage: casedesk-crm-sim [options]

A loopback HTTP(S) server that behaves like the wolkvox CRM "cases" API (update and query), for Casedesk's tests,
demo and benchmarks. On start it prints one line:
  casedesk-crm-sim listening on http://127.0.0.1:PORT

Server:
  --host ADDR             address to listen on (default 127.0.0.1; loopback only: 127.0.0.0/8, ::1,
                          or "localhost")
  --port N                port (default 0: pick a free one)
  --threads N             worker threads (default 16), so a 3rd simultaneous request is served and
                          rejected rather than queued
  --keep-alive-requests N requests one connection carries before the server closes it (default 1000,
                          as nginx's keepalive_requests; Apache's MaxKeepAliveRequests is 100), so a
                          long batch reconnects as often as it would against a real server
  --keep-alive-timeout-s N
                          seconds an idle connection stays open (default 5, as Apache's
                          KeepAliveTimeout; nginx's keepalive_timeout is 75)
  --tls-cert FILE         serve HTTPS with this PEM certificate (needs --tls-key)
  --tls-key FILE          PEM private key for --tls-cert
  --log FILE              append one line per request to FILE (default: stderr); tokens are never logged
  --quiet                 no request log

CRM behaviour:
  --config FILE           JSON operation config (default: the built-in demo, see --print-demo-config)
  --print-demo-config     print the built-in demo config and exit
  --accept-unknown-ids    an update to an unknown wolkvox-id creates the case instead of 404
  --daily-quota N         calls per token per day, for every operation (overrides the config)
  --max-concurrent N      simultaneous requests per token (default 2)
  --delay-ms N            hold each admitted update N ms after reading its body
  --server-ms N           the CRM's own time: every admitted API request (update, token information)
                          is answered N ms after its body was read, or once the simulator's own work
                          on it is done if that takes longer (default 0)
  --query-delay-ms N      hold each admitted query N ms after reading its body
  --query-shape LIST      spell queryCases answers differently, for testing a client's tolerance;
                          comma-separated, any of: )"
                       + QueryShape::names() + R"(
                            object-when-one  one match: "data" is the case object, not an array
                            strings          numbers as strings ("code":"200", "idCase":"1001")
                            update-keys      keys as update.php names them ("wolkvox-id",
                                             "case-type", "responsible") instead of "wolkvox_id",
                                             "type case", "responsible user"
                            nested-values    list fields as {"value":...,"value_id":...}
                            form-string      "form" as a JSON string instead of an object
                            not-found-404    no match: 404 "THE RECORD DOES NOT EXIST" instead of
                                             200 "0 records were are found" with "data":[]
  --max-field-bytes N     size cap of one text field (default 1048576); larger gives 400
  --max-file-uploads N    file parts PHP takes per request, its max_file_uploads (default 20; 0: no
                          limit); later ones are dropped
  --keep-repeated-parts   an experiment: keep every file part under file, files or file[], repeated
                          or not, as PHP never does (PHP's reading below is off)
  --php-last-file-wins    accepted and ignored: PHP's reading is the default now
  --read-rate N           read update bodies at most N bytes per second (default: unlimited), so a
                          client stays mid-upload long enough for a test to act

Attachments are read as the CRM's PHP reads them ($_FILES): of several file parts under one plain
name (file, files) only the last is kept; file[] keeps them all, file[N] sets index N (a repeated
index keeps its last); a part with an empty file name is PHP's UPLOAD_ERR_NO_FILE and replaces an
earlier file like any other; a name with unpaired brackets is skipped, and so is every file part
after it; beyond --max-file-uploads files are dropped. Of repeated text fields the last is read. The request log names every dropped file and why; /__sim/last-request marks each
received file "kept" or not with its $_FILES key, and /__sim/case lists stored "files" and
"dropped_files".

Link (for benchmarks; admin endpoints are never delayed):
  --link-delay-ms N       one-way delay of a simulated link: each API request is read N ms after it
                          arrived and its answer is sent N ms after the CRM's (the end of its server
                          time), so a round trip costs 2 x N; the delays are deadlines; a new
                          connection is served only after the handshakes' round trips (1 for TCP, 2 with
                          TLS 1.3 under --tls-cert). Bandwidth is not simulated (use tc on the link).

Faults (--fault on update.php, --query-fault on queryCases.php; admin endpoints never):
  --fault MODE            one of: )")
        + faultModeNames() + R"(
                            stall          read the request, never answer (until the client leaves,
                                           shutdown, or --stall-limit-s)
                            slow           200 success JSON, chunked, one byte every --slow-interval-ms
                            html502        502 with nginx's HTML page
                            truncated      200 success JSON cut in half (Content-Length matches)
                            empty          200 with an empty body
                            redirect       307 to --redirect-to
                            maintenance    403 JSON: API disabled during backups
                            code-as-string normal answers with "code":"200" as a string
                            reset          TCP reset while the client is still uploading
                            invalid-utf8   200 success JSON with Latin-1 / invalid UTF-8 bytes
                            wrong-types    200 {"code":{"x":1},...,"data":[1,2]}
                            code-object    200 success JSON with "code":{"value":200}
                            data-array     200 success JSON with "data":["<wolkvox_id>"]
                            huge           200 success JSON padded to 64 MiB, streamed
                            early-close    413 nginx page right after the request headers, then the
                                           connection is closed without reading the body
                          stall, html502, redirect, maintenance, reset and early-close stand in front
                          of the CRM: nothing is checked or stored. The others alter the answer of a
                          request the CRM processed normally (the update IS stored); errors stay
                          unaltered except under code-as-string.
  --query-fault MODE      the same modes on queryCases.php (independent of --fault); a payload
                          fault alters the answer of a search that found something
  --redirect-to URL       Location for --fault redirect
                          (default http://127.0.0.1:1/server/API/v2/cases/update.php)
  --stall-limit-s N       give up a stalled request after N seconds (default 600)
  --slow-interval-ms N    pause between the bytes of --fault slow (default 200)

API (per the contract):
  POST /server/API/v2/cases/update.php                        multipart/form-data, header Wolkvox-Token
  POST /server/API/v2/cases/queryCases.php                    JSON {"operation","field","value"}, same
                          header; by wolkvox-id, idCase, status, priority, type case (or case-type),
                          responsible user, responsible name, solution; each query costs one call
  GET  /server/API/v2/token/tokenInformation.php?operation=OP same header; costs one call

Admin endpoints (no token):
  GET  /__sim/health                     {"ok":true}
  GET  /__sim/stats                      counters; tokens masked like "A8…F2"; per case (by_case):
                                         queries, update requests, updates, admin changes
  GET  /__sim/case?operation=OP&id=ID    one stored case, or 404
  GET  /__sim/cases[?operation=OP]       all stored cases
  GET  /__sim/last-request               the last update request as received (never the token)
  GET  /__sim/connections                TCP connections accepted, numbered in order, with the
                                         requests each carried: {"opened","open","requests",
                                         "connections":[{"id","peer_port","requests","open"}]}
  GET  /__sim/last-query                 the last queryCases request as received (never the token)
  POST /__sim/case                       change a case behind the client's back: JSON {"operation",
                                         "id", and any of "case_type", "responsible", "status",
                                         "priority", "solution", "case_number", "form" (merged;
                                         "replace_form":true replaces), "create":true}
  GET  /__sim/requests                   one entry per API request: endpoint, case or search, HTTP
                                         status, the token's requests in flight when admitted
  POST /__sim/reset                      forget updates, counters and quota use
  POST /__sim/new-day                    start a new quota day now

Other:
  --help                  this text
  --version               print the version
Exit: 0 after SIGINT/SIGTERM, 1 if the server fails, 2 for bad arguments or config.
)";
}

ParseOutcome parseArguments(int argc, char **argv, SimOptions &options, std::string &message)
{
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        std::string value;
        bool hasInlineValue = false;
        if (const auto eq = arg.find('='); arg.rfind("--", 0) == 0 && eq != std::string::npos) {
            value = arg.substr(eq + 1);
            arg = arg.substr(0, eq);
            hasInlineValue = true;
        }
        auto takeValue = [&]() -> bool {
            if (hasInlineValue)
                return true;
            if (i + 1 >= argc) {
                message = arg + " needs a value";
                return false;
            }
            value = argv[++i];
            return true;
        };
        auto bad = [&](const std::string &why) {
            message = arg + ": " + why;
            return ParseOutcome::ExitFailure;
        };
        auto noValue = [&]() { return !hasInlineValue; };

        if (arg == "--help" || arg == "-h") {
            message = helpText();
            return ParseOutcome::ExitSuccess;
        } else if (arg == "--version") {
            message = std::string("casedesk-crm-sim ") + CASEDESK_VERSION + "\n";
            return ParseOutcome::ExitSuccess;
        } else if (arg == "--host") {
            if (!takeValue())
                return ParseOutcome::ExitFailure;
            options.host = value == "localhost" ? "127.0.0.1" : value;
            if (!ConnectionSockets::isLoopback(options.host))
                return bad("refusing non-loopback address \"" + value + "\" (use 127.0.0.1 or ::1)");
        } else if (arg == "--port") {
            if (!takeValue())
                return ParseOutcome::ExitFailure;
            if (!parseNumber(value, options.port, 0, 65535))
                return bad("expected a port number 0-65535");
        } else if (arg == "--config") {
            if (!takeValue())
                return ParseOutcome::ExitFailure;
            options.configFile = value;
        } else if (arg == "--accept-unknown-ids" && noValue()) {
            options.acceptUnknownIds = true;
        } else if (arg == "--daily-quota") {
            std::int64_t quota = 0;
            if (!takeValue())
                return ParseOutcome::ExitFailure;
            if (!parseNumber<std::int64_t>(value, quota, 0, std::numeric_limits<std::int64_t>::max()))
                return bad("expected a non-negative number");
            options.dailyQuota = quota;
        } else if (arg == "--max-concurrent") {
            if (!takeValue())
                return ParseOutcome::ExitFailure;
            if (!parseNumber(value, options.maxConcurrent, 1, 1000))
                return bad("expected a number 1-1000");
        } else if (arg == "--delay-ms") {
            if (!takeValue())
                return ParseOutcome::ExitFailure;
            if (!parseNumber(value, options.delayMs, 0, 3600 * 1000))
                return bad("expected milliseconds 0-3600000");
        } else if (arg == "--server-ms") {
            if (!takeValue())
                return ParseOutcome::ExitFailure;
            if (!parseNumber(value, options.serverMs, 0, 600 * 1000))
                return bad("expected milliseconds 0-600000");
        } else if (arg == "--link-delay-ms") {
            if (!takeValue())
                return ParseOutcome::ExitFailure;
            if (!parseNumber(value, options.linkDelayMs, 0, 60 * 1000))
                return bad("expected milliseconds 0-60000");
        } else if (arg == "--fault") {
            if (!takeValue())
                return ParseOutcome::ExitFailure;
            const auto mode = parseFaultMode(value);
            if (!mode)
                return bad("unknown mode \"" + value + "\"; one of: " + faultModeNames());
            options.fault = *mode;
        } else if (arg == "--query-fault") {
            if (!takeValue())
                return ParseOutcome::ExitFailure;
            const auto mode = parseFaultMode(value);
            if (!mode)
                return bad("unknown mode \"" + value + "\"; one of: " + faultModeNames());
            options.queryFault = *mode;
        } else if (arg == "--query-shape") {
            if (!takeValue())
                return ParseOutcome::ExitFailure;
            std::string unknown;
            const auto shape = QueryShape::parse(value, &unknown);
            if (!shape)
                return bad("unknown shape \"" + unknown + "\"; any of: " + QueryShape::names());
            options.queryShape = *shape;
        } else if (arg == "--query-delay-ms") {
            if (!takeValue())
                return ParseOutcome::ExitFailure;
            if (!parseNumber(value, options.queryDelayMs, 0, 3600 * 1000))
                return bad("expected milliseconds 0-3600000");
        } else if (arg == "--redirect-to") {
            if (!takeValue())
                return ParseOutcome::ExitFailure;
            if (value.empty() || value.find_first_of("\r\n") != std::string::npos)
                return bad("expected a URL");
            options.redirectTo = value;
        } else if (arg == "--stall-limit-s") {
            if (!takeValue())
                return ParseOutcome::ExitFailure;
            if (!parseNumber(value, options.stallLimitSeconds, 1, 24 * 3600))
                return bad("expected seconds 1-86400");
        } else if (arg == "--slow-interval-ms") {
            if (!takeValue())
                return ParseOutcome::ExitFailure;
            if (!parseNumber(value, options.slowIntervalMs, 1, 600 * 1000))
                return bad("expected milliseconds 1-600000");
        } else if (arg == "--read-rate") {
            if (!takeValue())
                return ParseOutcome::ExitFailure;
            if (!parseNumber<std::uint64_t>(value, options.readBytesPerSecond, 1, std::uint64_t(1) << 40))
                return bad("expected bytes per second 1-1099511627776");
        } else if (arg == "--tls-cert") {
            if (!takeValue())
                return ParseOutcome::ExitFailure;
            options.tlsCert = value;
        } else if (arg == "--tls-key") {
            if (!takeValue())
                return ParseOutcome::ExitFailure;
            options.tlsKey = value;
        } else if (arg == "--log") {
            if (!takeValue())
                return ParseOutcome::ExitFailure;
            options.logFile = value;
        } else if (arg == "--quiet" && noValue()) {
            options.quiet = true;
        } else if (arg == "--threads") {
            if (!takeValue())
                return ParseOutcome::ExitFailure;
            if (!parseNumber(value, options.threads, 1, 1024))
                return bad("expected a number 1-1024");
        } else if (arg == "--keep-alive-requests") {
            if (!takeValue())
                return ParseOutcome::ExitFailure;
            if (!parseNumber(value, options.keepAliveRequests, 1, 1 << 30))
                return bad("expected a number 1-1073741824");
        } else if (arg == "--keep-alive-timeout-s") {
            if (!takeValue())
                return ParseOutcome::ExitFailure;
            if (!parseNumber(value, options.keepAliveTimeoutSeconds, 1, 3600))
                return bad("expected seconds 1-3600");
        } else if (arg == "--max-field-bytes") {
            if (!takeValue())
                return ParseOutcome::ExitFailure;
            if (!parseNumber<std::size_t>(value, options.maxFieldBytes, 1, std::size_t(1) << 30))
                return bad("expected a byte count 1-1073741824");
        } else if (arg == "--keep-repeated-parts" && noValue()) {
            options.keepRepeatedParts = true;
        } else if (arg == "--php-last-file-wins" && noValue()) {
            // The old opt-in, now the default; still accepted so older scripts keep working.
        } else if (arg == "--max-file-uploads") {
            if (!takeValue())
                return ParseOutcome::ExitFailure;
            if (!parseNumber(value, options.maxFileUploads, 0, 100000))
                return bad("expected a number 0-100000");
        } else if (arg == "--print-demo-config" && noValue()) {
            options.printDemoConfig = true;
        } else {
            message = "unknown option \"" + std::string(argv[i]) + "\" (see --help)";
            return ParseOutcome::ExitFailure;
        }
    }
    if (options.tlsCert.empty() != options.tlsKey.empty()) {
        message = "--tls-cert and --tls-key go together";
        return ParseOutcome::ExitFailure;
    }
    return ParseOutcome::Run;
}
