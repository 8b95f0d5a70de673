#include "timeutil.h"

#include <cstdio>
#include <ctime>

namespace {
constexpr std::int64_t BogotaOffsetSeconds = -5 * 3600;
constexpr std::int64_t SecondsPerDay = 24 * 3600;

std::int64_t bogotaSeconds(std::chrono::system_clock::time_point now)
{
    return std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count()
        + BogotaOffsetSeconds;
}
} // namespace

std::string TimeUtil::isoUtcNow()
{
    const auto now = std::chrono::system_clock::now();
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count();
    const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
    std::tm tm{};
    gmtime_r(&seconds, &tm);
    char buffer[96];
    std::snprintf(buffer, sizeof(buffer), "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900,
                  tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(ms % 1000));
    return buffer;
}

std::int64_t TimeUtil::quotaDay(std::chrono::system_clock::time_point now)
{
    const std::int64_t s = bogotaSeconds(now);
    return s >= 0 ? s / SecondsPerDay : (s - SecondsPerDay + 1) / SecondsPerDay;
}

int TimeUtil::hoursToQuotaRestart(std::chrono::system_clock::time_point now)
{
    const std::int64_t s = bogotaSeconds(now);
    const std::int64_t left = (quotaDay(now) + 1) * SecondsPerDay - s; // 1 .. 86400
    // Whole hours, rounded up: with 30 minutes left the counter still says 1, never 0.
    return static_cast<int>((left + 3599) / 3600);
}
