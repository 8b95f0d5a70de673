#pragma once

#include "core/batch/batchrow.h"
#include "core/net/apiresult.h"

#include <QIcon>

// The window's icons: the desktop theme's when it has them, otherwise Casedesk's own drawings or the style's.
namespace Icons {
enum class Id {
    Application,
    Success,
    Failure,
    Warning,
    Information,
    Sending,
    Cancelled,
    Interrupted, // written before sending, never answered
    Add,
    Remove,
    Duplicate,
    MoveUp,
    MoveDown,
    Paste,
    AddFiles,
    Send,
    Cancel,
    TestConnection,
    Settings,
    Close,
    LoadIntoForm,
    Copy,
    NewCase,
    Quit,
    About,
    Open,
    Pause,
    Resume,
    Export,
    Retry,
    Batch, // bulk correction
    History,
    Changed, // a field that differs from the case as it was loaded
    LoadFromCrm,
};

QIcon icon(Id id);
// Success, failure, cancelled, ... for a finished attempt; Sending while it runs.
QIcon forOutcome(ApiResult::Outcome outcome);
// A bulk-correction row's state: Sending while queued or on its way.
QIcon forBatchState(BatchRow::State state);
} // namespace Icons
