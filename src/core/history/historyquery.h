#pragma once

#include "core/net/apiresult.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

// What the history pane asks the database for: a search, filters and an order. The default query shows
// every attempt, newest first.
struct HistoryQuery
{
    enum class Column {
        Time,
        Server,
        Operation,
        CaseId, // the wolkvox id that was sent
        Responsible,
        Status,
        HttpStatus,
        Code,
        Message,
        Duration,
        Outcome, // state first (sending, done, interrupted), then the outcome id
    };

    // Substring of the case id, the CRM's msg, the responsible or the operation; case-insensitive.
    QString search;
    // Empty, with both flags false: every attempt. Otherwise finished attempts whose outcome is listed,
    // plus unfinished ones when asked for.
    QList<ApiResult::Outcome> outcomes;
    bool includeSending = false;
    bool includeInterrupted = false;
    QDateTime from; // inclusive; invalid: no lower bound
    QDateTime to; // exclusive; invalid: no upper bound
    qint64 batchId = 0; // only the attempts of this batch; 0: any
    Column sortColumn = Column::Time;
    Qt::SortOrder sortOrder = Qt::DescendingOrder; // ties are broken by id in the same direction

    // From the first moment of `first` to the last moment of `last`, both days included, as the agent's
    // clock shows them (times are stored in UTC; the bounds carry the local offset of each day). An
    // invalid date leaves that side open.
    void setLocalDays(QDate first, QDate last);

    bool filtersByOutcome() const { return !outcomes.isEmpty() || includeSending || includeInterrupted; }
    bool filters() const
    {
        return !search.trimmed().isEmpty() || filtersByOutcome() || from.isValid() || to.isValid()
            || batchId != 0;
    }
    bool isDefault() const { return *this == HistoryQuery(); }

    friend bool operator==(const HistoryQuery &, const HistoryQuery &) = default;
};

Q_DECLARE_METATYPE(HistoryQuery)
