#pragma once

#include "core/history/historyentry.h"

#include <QByteArray>
#include <QString>

// What the history's details say of one attempt: its answer, what it changed in a case loaded from the CRM,
// the raw answer and what was sent, as plain text for the clipboard and as HTML for the pane. Never a token.
// HistoryPane shows it; its strings are the pane's.
class HistoryReport final
{
public:
    HistoryReport() = delete;

    static QString plain(const HistoryEntry &entry);
    static QString html(const HistoryEntry &entry);
    // Indents JSON without reordering keys; anything else comes back as text.
    static QString prettyBody(const QByteArray &body);
};
