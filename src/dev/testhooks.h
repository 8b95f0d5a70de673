#pragma once

class BatchStore;
class MainWindow;

// Hooks for the process-level tests (tests/gui/tst_appprocess.cpp); inert unless their variables are set.
// CASEDESK_TEST_SCRIPT names a JSON file: {"form": CaseUpdate JSON to fill the form with, "type": {widget
// objectName: text typed into it key by key}, "answerRestore": "restore" | "discard" to answer the
// restore-draft question, "send": true to press Update and close the window once the answer came,
// "minimize": true to minimize the window, "batch": {"file": a CSV to open in the bulk-correction window
// (which opens even without one), "send": true to start sending it, "quit": true to press Start 300 ms
// later (the checked rows on screen, as a person would) and close both windows once it finished}}.
// CASEDESK_TEST_DUMP names a file the app then writes: {"restoreOffered", "restoreText", "bannerTitle",
// "bannerText", "history": [{"wolkvox_id", "outcome"}, ...] (newest first, as shown), "form", "outcome",
// "requests", "minimized", "active", "batchOffered", "batchValid", "batchId", "unfinished": [{"id",
// "queued", "sending", "interrupted", "done"}]}, and writes again after each request from a later start.
// With CASEDESK_STALL_PROBE=1 too, the stall probe measures from the press of Update to the answer, or
// from the press of Start of a batch with "quit" to its end (bench/run.sh); the dump then also has
// "batchFinished" (the finish reason's id).
namespace TestHooks {
void install(MainWindow *window, BatchStore *batches = nullptr);
// A later start's request was handled: the dump is written again, with "requests" counting them.
void requestHandled(MainWindow *window);
} // namespace TestHooks
