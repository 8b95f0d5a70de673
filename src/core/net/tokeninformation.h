#pragma once

#include <QJsonObject>

// The daily quota as tokenInformation.php reports it (each call to it costs one call).
struct TokenInformation
{
    qint64 limit = -1;
    qint64 usedToday = -1;
    double hoursToRestart = -1;

    bool isKnown() const { return limit >= 0 && usedToday >= 0; }
    qint64 remaining() const { return isKnown() ? std::max<qint64>(0, limit - usedToday) : -1; }

    static TokenInformation fromData(const QJsonObject &data);
};
