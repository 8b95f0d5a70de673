#include "core/audience.h"

#include <atomic>

namespace {
std::atomic<Casedesk::Audience> s_audience{Casedesk::Audience::Window};
} // namespace

void Casedesk::setAudience(Audience audience)
{
    s_audience.store(audience, std::memory_order_relaxed);
}

Casedesk::Audience Casedesk::audience()
{
    return s_audience.load(std::memory_order_relaxed);
}
