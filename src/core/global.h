#pragma once

// Common to every Casedesk translation unit: string literal operators, the version and the app's ids.
#include "casedeskinfo.h"

#include <QtCore/qstring.h>

using namespace Qt::StringLiterals;

namespace Casedesk {
inline constexpr char Version[] = CASEDESK_VERSION;
// Reverse-DNS id: the .desktop file's and AppStream component's name, the icon's, the Wayland app id.
inline constexpr char AppId[] = CASEDESK_APP_ID;
inline constexpr char Homepage[] = CASEDESK_HOMEPAGE;
// What the CRM documents; kept here so the core, GUI and CLI agree on one default.
inline constexpr int MaxRequestsInFlightPerToken = 2;
} // namespace Casedesk
