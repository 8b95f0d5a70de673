#pragma once

// The simulator's platform seam for its stop signals (POSIX): SIGINT and SIGTERM end it cleanly. And for its
// threads' timers.
namespace StopSignals {
// Blocks SIGINT and SIGTERM for every thread started from now on (so only wait() receives them), and ignores
// SIGPIPE: a client that goes away mid-answer costs a failed write, not the process.
void blockInAllThreads();
// Returns once SIGINT or SIGTERM arrived (or wake() was called).
void wait();
// Ends wait() from within: the server stopped by itself.
void wake();
// The threads started from now on wake from their deliberate waits within a microsecond of the deadline,
// instead of up to 50 us late (Linux's default timer slack): the simulated link's delays are deadlines.
void preciseWakeUps();
} // namespace StopSignals
