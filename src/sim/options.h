#pragma once

#include "faults.h"
#include "queryanswer.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

// Everything the command line can set; defaults are the values documented in --help.
struct SimOptions
{
    std::string host = "127.0.0.1";
    int port = 0;
    std::string configFile;
    bool acceptUnknownIds = false;
    std::optional<std::int64_t> dailyQuota;
    int maxConcurrent = 2;
    int delayMs = 0;
    int serverMs = 0; // CRM time per API request (--server-ms)
    int linkDelayMs = 0; // one-way delay of a simulated link (--link-delay-ms)
    FaultMode fault = FaultMode::None;
    FaultMode queryFault = FaultMode::None; // --query-fault: the same modes on queryCases.php
    QueryShape queryShape;
    int queryDelayMs = 0;
    std::string redirectTo = "http://127.0.0.1:1/server/API/v2/cases/update.php";
    int stallLimitSeconds = 600;
    int slowIntervalMs = 200;
    std::uint64_t readBytesPerSecond = 0; // 0: read uploads as fast as they come
    std::string tlsCert;
    std::string tlsKey;
    std::string logFile;
    bool quiet = false;
    int threads = 16;
    // Requests one connection carries before the server closes it: nginx's keepalive_requests default.
    int keepAliveRequests = 1000;
    int keepAliveTimeoutSeconds = 5; // an idle connection closes after this: Apache's KeepAliveTimeout
    std::size_t maxFieldBytes = 1024 * 1024;
    bool keepRepeatedParts = false; // off: repeated part names are read as PHP does
    int maxFileUploads = 20; // PHP's default max_file_uploads
    bool printDemoConfig = false;

    bool tls() const { return !tlsCert.empty(); }
};

enum class ParseOutcome { Run, ExitSuccess, ExitFailure };

// Fills `options`; on ExitSuccess/ExitFailure, `message` is what to print (help text or the error).
ParseOutcome parseArguments(int argc, char **argv, SimOptions &options, std::string &message);
std::string helpText();
