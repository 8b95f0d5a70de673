#pragma once

#include <cstdio>
#include <mutex>
#include <string>

// One line per request to stderr or a file. Lines are written whole under a mutex so concurrent requests
// never interleave; nothing here ever sees a token value, only whether one was sent.
class RequestLog
{
public:
    // An empty path means stderr; `enabled` false drops every line.
    RequestLog(const std::string &path, bool enabled);
    ~RequestLog();
    RequestLog(const RequestLog &) = delete;
    RequestLog &operator=(const RequestLog &) = delete;

    bool ok() const { return !m_enabled || m_out != nullptr; }
    void write(const std::string &line);

private:
    bool m_enabled;
    bool m_ownsFile = false;
    std::FILE *m_out = nullptr;
    std::mutex m_mutex;
};
