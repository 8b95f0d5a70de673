#pragma once

// Common to every Casedesk translation unit: string literal operators and the version.
#include <QtCore/qstring.h>

using namespace Qt::StringLiterals;

namespace Casedesk {
inline constexpr char Version[] = CASEDESK_VERSION;
// What the CRM documents; kept here so the core, GUI and CLI agree on one default.
inline constexpr int MaxRequestsInFlightPerToken = 2;
} // namespace Casedesk
