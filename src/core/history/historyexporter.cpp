#include "core/history/historyexporter.h"

#include "core/csv/csvwriter.h"
#include "core/global.h"
#include "core/storage/historydatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUtf8StringView>

namespace {
constexpr qint64 ProgressEvery = 500;

// A spreadsheet runs a cell that starts like a formula; the CRM's msg or a pasted value must never run.
QString cell(const QString &text)
{
    if (!text.isEmpty()) {
        const QChar first = text.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r')
            return u'\'' + text;
    }
    return text;
}

QString joinLines(const QStringList &items)
{
    return items.join(u'\n');
}

QJsonValue bodyValue(const QByteArray &body)
{
    return QString::fromUtf8(body);
}

bool writeAll(QIODevice *device, const QByteArray &bytes)
{
    return device->write(bytes) == bytes.size();
}
} // namespace

QStringList HistoryExporter::csvColumns()
{
    return {
        u"id"_s,
        u"time_utc"_s,
        u"state"_s,
        u"outcome"_s,
        u"http_status"_s,
        u"code"_s,
        u"error"_s,
        u"msg"_s,
        u"result_wolkvox_id"_s,
        u"server"_s,
        u"operation"_s,
        u"wolkvox_id"_s,
        u"case_type"_s,
        u"responsible"_s,
        u"status"_s,
        u"priority"_s,
        u"solution"_s,
        u"form"_s,
        u"attachments"_s,
        u"attachment_sizes"_s,
        u"attachment_sha256"_s,
        u"duration_ms"_s,
        u"bytes_sent"_s,
        u"vendor_error"_s,
        u"network_error"_s,
    };
}

QStringList HistoryExporter::csvFields(const HistoryEntry &e)
{
    const CaseUpdate &u = e.update;
    const ApiResult &r = e.result;
    const bool done = e.isDone();
    QStringList sizes;
    for (const qint64 size : e.attachmentSizes)
        sizes.append(QString::number(size));
    return {
        QString::number(e.id),
        e.time.toUTC().toString(Qt::ISODateWithMs),
        HistoryDatabase::stateId(e.state),
        done ? ApiResult::outcomeId(r.outcome) : QString(),
        done && r.httpStatus > 0 ? QString::number(r.httpStatus) : QString(),
        done && r.code ? QString::number(*r.code) : QString(),
        cell(r.error),
        cell(r.msg),
        cell(r.wolkvoxId),
        cell(u.server),
        cell(u.operation),
        cell(u.wolkvoxId),
        cell(u.caseType),
        cell(u.responsible),
        cell(u.status),
        cell(u.priority),
        cell(u.solution),
        QString::fromUtf8(u.formJson()),
        cell(joinLines(u.attachments)),
        joinLines(sizes),
        joinLines(e.attachmentSha256),
        done ? QString::number(r.elapsedMs) : QString(),
        done ? QString::number(r.bytesSent) : QString(),
        done ? HistoryDatabase::vendorErrorId(r.vendorError) : QString(),
        cell(r.networkErrorString),
    };
}

QJsonObject HistoryExporter::toJson(const HistoryEntry &e)
{
    QJsonArray attachments;
    for (qsizetype i = 0; i < e.update.attachments.size(); ++i) {
        const QString &path = e.update.attachments.at(i);
        attachments.append(QJsonObject{
            {u"path"_s, path},
            {u"name"_s, QFileInfo(path).fileName()},
            {u"size"_s, e.attachmentSizes.value(i, -1)},
            {u"sha256"_s, e.attachmentSha256.value(i)},
        });
    }
    QJsonObject object{
        {u"id"_s, e.id},
        {u"time"_s, e.time.toUTC().toString(Qt::ISODateWithMs)},
        {u"state"_s, HistoryDatabase::stateId(e.state)},
        {u"sent"_s, e.update.toJson()},
        {u"attachments"_s, attachments},
    };
    if (!e.isDone()) {
        object.insert(u"result"_s, QJsonValue::Null);
        return object;
    }
    const ApiResult &r = e.result;
    QJsonObject result = r.toJson();
    result.insert(u"vendor_error"_s, HistoryDatabase::vendorErrorId(r.vendorError));
    result.insert(u"unreadable"_s, HistoryDatabase::unreadableId(r.unreadable));
    result.insert(u"duration_ms"_s, r.elapsedMs);
    result.insert(u"bytes_sent"_s, r.bytesSent);
    result.insert(u"content_type"_s, QString::fromLatin1(r.contentType));
    result.insert(u"data"_s, r.data);
    if (!r.networkErrorString.isEmpty())
        result.insert(u"network_error"_s, r.networkErrorString);
    if (!r.tlsErrors.isEmpty())
        result.insert(u"tls_errors"_s, QJsonArray::fromStringList(r.tlsErrors));
    if (!r.redirectTarget.isEmpty())
        result.insert(u"redirect_target"_s, r.redirectTarget.toString());
    if (QUtf8StringView(r.rawBody).isValidUtf8())
        result.insert(u"raw_body"_s, bodyValue(r.rawBody));
    else
        result.insert(u"raw_body_base64"_s, QString::fromLatin1(r.rawBody.toBase64()));
    object.insert(u"result"_s, result);
    return object;
}

HistoryExporter::Result HistoryExporter::exportToDevice(HistoryDatabase &database, const HistoryQuery &query,
                                                        Format format, QIODevice *device,
                                                        const Progress &progress)
{
    Result result;
    const qint64 total = progress ? database.count(query) : 0;
    bool writeFailed = false;
    const auto write = [&](const QByteArray &bytes) {
        if (!writeFailed && !writeAll(device, bytes))
            writeFailed = true;
        return !writeFailed;
    };

    if (format == Format::Csv) {
        // The BOM makes Excel read UTF-8 (accents in names and messages) instead of the ANSI code page.
        write(QByteArrayLiteral("\xEF\xBB\xBF") + CsvWriter::record(csvColumns()));
    } else {
        write(QByteArrayLiteral("[\n"));
    }

    const bool read = database.forEach(query, [&](const HistoryEntry &entry) {
        QByteArray bytes;
        if (format == Format::Csv) {
            bytes = CsvWriter::record(csvFields(entry));
        } else {
            if (result.rows > 0)
                bytes.append(",\n");
            bytes.append(QJsonDocument(toJson(entry)).toJson(QJsonDocument::Compact));
        }
        if (!write(bytes))
            return false;
        ++result.rows;
        if (progress && result.rows % ProgressEvery == 0 && !progress(result.rows, total)) {
            result.cancelled = true;
            return false;
        }
        return true;
    });
    if (format == Format::Json && !result.cancelled)
        write(QByteArrayLiteral("\n]\n"));

    if (result.cancelled)
        return result;
    if (!read) {
        result.error = database.error();
        return result;
    }
    if (writeFailed) {
        result.error = tr("The export could not be written: %1").arg(device->errorString());
        return result;
    }
    if (progress)
        progress(result.rows, total);
    result.ok = true;
    return result;
}

HistoryExporter::Result HistoryExporter::exportToFile(const QString &databasePath, const HistoryQuery &query,
                                                      Format format, const QString &fileName,
                                                      const Progress &progress)
{
    Result result;
    HistoryDatabase database(databasePath);
    if (!database.open()) {
        result.error = database.error();
        return result;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error
            = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(fileName), file.errorString());
        return result;
    }
    result = exportToDevice(database, query, format, &file, progress);
    if (!result.ok) {
        file.cancelWriting();
        return result;
    }
    if (!file.commit()) {
        result.ok = false;
        result.error
            = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(fileName), file.errorString());
    }
    return result;
}
