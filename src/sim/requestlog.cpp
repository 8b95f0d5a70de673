#include "requestlog.h"

RequestLog::RequestLog(const std::string &path, bool enabled)
    : m_enabled(enabled)
{
    if (!enabled)
        return;
    if (path.empty() || path == "-") {
        m_out = stderr;
    } else {
        m_out = std::fopen(path.c_str(), "a");
        m_ownsFile = m_out != nullptr;
    }
}

RequestLog::~RequestLog()
{
    if (m_ownsFile)
        std::fclose(m_out);
}

void RequestLog::write(const std::string &line)
{
    if (!m_enabled || !m_out)
        return;
    std::lock_guard lock(m_mutex);
    std::fputs(line.c_str(), m_out);
    std::fputc('\n', m_out);
    std::fflush(m_out);
}
