#include "core/net/tokeninformation.h"

#include "core/global.h"

#include <QJsonValue>

namespace {
// Sibling vendor pages write numbers as strings too; accept both.
double number(const QJsonValue &value, double fallback)
{
    if (value.isDouble())
        return value.toDouble();
    bool ok = false;
    const double parsed = value.toString().trimmed().toDouble(&ok);
    return ok ? parsed : fallback;
}
} // namespace

TokenInformation TokenInformation::fromData(const QJsonObject &data)
{
    TokenInformation info;
    info.limit = qint64(number(data.value(u"token_limit"_s), -1));
    info.usedToday = qint64(number(data.value(u"token_use_today"_s), -1));
    info.hoursToRestart = number(data.value(u"hours_to_restart_count"_s), -1);
    return info;
}
