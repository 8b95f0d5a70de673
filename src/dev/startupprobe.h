#pragma once

class QWidget;

// For bench/: tells a launcher when a window is on screen and the application is idle. Call before show().
// When CASEDESK_READY_PROBE=1, the first expose of `window` is followed by a zero-timeout timer (it fires
// once the events already queued, including the first paint, are handled), which prints "casedesk-ready:
// monotonic_ns=N" (CLOCK_MONOTONIC) to standard error. Inert otherwise. The window and the bare reference
// window (bench/barewindow.cpp) use the same code, so both are measured alike.
namespace StartupProbe {
void install(QWidget *window);
} // namespace StartupProbe
