#pragma once

class BatchStore;
class MainWindow;

// Hooks for the process-level tests (tests/gui/tst_appprocess.cpp); inert unless their variables are set.
// CASEDESK_TEST_SCRIPT names a JSON file: {"form": CaseUpdate JSON to fill the form with,
// "answerRestore": "restore" | "discard" to answer the restore-draft question, "send": true to press
// Update and close the window once the answer came, "batch": {"file": a CSV to open in the bulk-correction
// window (which opens even without one), "send": true to start sending it}}.
// CASEDESK_TEST_DUMP names a file the app then writes: {"restoreOffered", "restoreText", "form", "outcome",
// "bannerTitle", "batchOffered", "batchValid", "batchId", "unfinished": [{"id", "queued", "sending",
// "interrupted", "done"}]}.
namespace TestHooks {
void install(MainWindow *window, BatchStore *batches = nullptr);
} // namespace TestHooks
