#pragma once

namespace Casedesk {
// Who reads the core's messages, so that a remedy names what that reader can change: the window's
// Settings, or the command line's options. The command-line client sets it once at start-up; the window's
// is the default.
enum class Audience { Window, CommandLine };
void setAudience(Audience audience);
Audience audience();
inline bool forCommandLine()
{
    return audience() == Audience::CommandLine;
}
} // namespace Casedesk
