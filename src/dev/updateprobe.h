#pragma once

class MainWindow;

// The window's press of Update to its banner, timed in the real window for bench/link.sh. Inert unless
// CASEDESK_UPDATE_PROBE=N (install before show()): then, once the window has shown its first frame, it
// activates the window (as the agent's click does), and N times waits CASEDESK_UPDATE_PROBE_PAUSE_MS (default
// 1500: the agent typing), fills the form with a new case, presses Update and waits for the banner. Prints
// "casedesk-update: n=I ms=T outcome=O" for each, then "casedesk-updates: each_ms=T1,T2,..." and quits
// (exit 1 if one did not succeed). CASEDESK_UPDATE_PROBE_PRECONNECT=0 turns the window's pre-connection
// off (CasesClient::setKeepWarmEnabled), for the first update without it.
namespace UpdateProbe {
void installFromEnvironment(MainWindow *window);
}
