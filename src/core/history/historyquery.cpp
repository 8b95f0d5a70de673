#include "core/history/historyquery.h"

void HistoryQuery::setLocalDays(QDate first, QDate last)
{
    // startOfDay() is local time and copes with a day that starts at 01:00 (a DST gap at midnight).
    from = first.isValid() ? first.startOfDay() : QDateTime();
    to = last.isValid() ? last.addDays(1).startOfDay() : QDateTime();
}
