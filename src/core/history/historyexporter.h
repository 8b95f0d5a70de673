#pragma once

#include "core/history/historyentry.h"
#include "core/history/historyquery.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <functional>

class HistoryDatabase;
class QIODevice;

// Writes the attempts a query selects to CSV (RFC 4180, UTF-8 with BOM) or JSON, one row at a time.
// Never holds the whole table; never writes a token (the history has none).
class HistoryExporter
{
    Q_DECLARE_TR_FUNCTIONS(HistoryExporter)

public:
    enum class Format { Csv, Json };

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        qint64 rows = 0;
        QString error; // translated, when !ok && !cancelled
    };

    // Called every few hundred rows; returning false cancels the export (the file is then not written).
    using Progress = std::function<bool(qint64 written, qint64 total)>;

    // Opens its own connection to `databasePath` in the calling thread, so it can run from QtConcurrent
    // while the window keeps its connection. The file appears complete or not at all (QSaveFile).
    static Result exportToFile(const QString &databasePath, const HistoryQuery &query, Format format,
                               const QString &fileName, const Progress &progress = {});
    // The same on an open database and any writable device.
    static Result exportToDevice(HistoryDatabase &database, const HistoryQuery &query, Format format,
                                 QIODevice *device, const Progress &progress = {});

    // Stable column names (not translated: spreadsheets and scripts key on them).
    static QStringList csvColumns();
    static QStringList csvFields(const HistoryEntry &entry);
    static QJsonObject toJson(const HistoryEntry &entry);
};
