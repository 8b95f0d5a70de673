#pragma once

// Platform seam of the CLI: what it asks the operating system about its terminal and its stop signals.
namespace Terminal {
// Standard error is a terminal (progress lines are drawn there, never into a log file).
bool stderrIsTerminal();
} // namespace Terminal
