#pragma once

// Platform seam: how a worker thread steps aside for everything else (the window's event loop, the upload).
namespace ThreadPriority {
// The calling thread runs only when nothing else wants the processor (Linux: SCHED_IDLE, else nice 19;
// elsewhere Qt's lowest priority).
void yieldToEverythingElse();
} // namespace ThreadPriority
