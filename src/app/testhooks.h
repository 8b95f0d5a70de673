#pragma once

class MainWindow;

// Hooks for the process-level tests (tests/gui/tst_appprocess.cpp); inert unless their variables are set.
// CASEDESK_TEST_SCRIPT names a JSON file: {"form": CaseUpdate JSON to fill the form with, "type": {widget
// objectName: text typed into it key by key}, "answerRestore": "restore" | "discard" to answer the
// restore-draft question, "send": true to press Update and close the window once the answer came}.
// CASEDESK_TEST_DUMP names a file the app then writes: {"restoreOffered", "restoreText", "bannerTitle",
// "bannerText", "history": [{"wolkvox_id", "outcome"}, ...] (newest first, as shown), "form", "outcome"}.
namespace TestHooks {
void install(MainWindow *window);
} // namespace TestHooks
