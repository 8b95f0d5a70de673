#pragma once

#include <chrono>
#include <cstdint>
#include <string>

// Wall-clock helpers. The quota day follows Bogotá time (UTC-5, no daylight saving), where wolkvox runs,
// so "hours_to_restart_count" counts down to midnight there rather than to midnight UTC.
namespace TimeUtil {
std::string isoUtcNow(); // 2024-05-29T14:03:07.123Z
std::int64_t quotaDay(std::chrono::system_clock::time_point now = std::chrono::system_clock::now());
int hoursToQuotaRestart(std::chrono::system_clock::time_point now = std::chrono::system_clock::now());
} // namespace TimeUtil
