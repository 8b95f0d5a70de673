#include "core/csv/csvwriter.h"
#include "core/global.h"
#include "core/history/historyexporter.h"
#include "core/storage/historydatabase.h"
#include "support/persistencetest.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

namespace {
// A strict RFC 4180 reader: what Excel, LibreOffice and Python's csv module accept.
QList<QStringList> parseCsv(const QByteArray &bytes, bool *ok)
{
    *ok = true;
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n') {
                *ok = false; // a bare CR outside quotes
                return records;
            }
            ++i;
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
        } else if (c == u'\n' || c == u'"') {
            *ok = false; // a bare LF, or a quote inside an unquoted field
            return records;
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted || !field.isEmpty() || !record.isEmpty())
        *ok = false; // the last record must end with CRLF
    return records;
}
} // namespace

// CSV that Excel opens with accents intact and no formula surprises, JSON that scripts read, both
// streamed from the database for exactly the rows of a query.
class TestHistoryExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_fullId = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"history.sqlite"_s);
        HistoryDatabase db(m_path);
        QVERIFY(db.open());
        m_fullId = db.insert(PersistenceTest::fullEntry(u"case-full"_s));
        QVERIFY(m_fullId > 0);
        HistoryEntry sending = PersistenceTest::fullEntry(u"case-sending"_s);
        sending.state = HistoryEntry::State::Sending;
        sending.result = ApiResult();
        QVERIFY(db.insert(sending) > 0);
        HistoryEntry binary = PersistenceTest::fullEntry(u"case-binary"_s);
        binary.result.outcome = ApiResult::Outcome::UnreadableAnswer;
        binary.result.rawBody = QByteArray("\x89PNG\r\n\x1a\n\xff\xfe", 10);
        QVERIFY(db.insert(binary) > 0);
    }

    void csvIsRfc4180WithBom()
    {
        HistoryDatabase db(m_path);
        QVERIFY(db.open());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const HistoryExporter::Result result
            = HistoryExporter::exportToDevice(db, {}, HistoryExporter::Format::Csv, &buffer);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rows, 3);
        const QByteArray bytes = buffer.data();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        bool ok = false;
        const QList<QStringList> records = parseCsv(bytes.mid(3), &ok);
        QVERIFY(ok);
        QCOMPARE(records.size(), 4);
        const QStringList header = records.at(0);
        QCOMPARE(header, HistoryExporter::csvColumns());
        for (const QStringList &record : records)
            QCOMPARE(record.size(), header.size());

        // Newest first, like the pane: the full entry is the oldest.
        const QStringList full = records.at(3);
        const auto field = [&](const QString &name) { return full.at(header.indexOf(name)); };
        QCOMPARE(field(u"id"_s), QString::number(m_fullId));
        QCOMPARE(field(u"time_utc"_s), u"2024-05-17T14:03:09.123Z"_s);
        QCOMPARE(field(u"state"_s), u"done"_s);
        QCOMPARE(field(u"outcome"_s), u"rejected"_s);
        QCOMPARE(field(u"http_status"_s), u"404"_s);
        QCOMPARE(field(u"responsible"_s), u"José Núñez"_s);
        QCOMPARE(field(u"msg"_s), u"No se encontró el registro «case-full»"_s);
        // Quotes, commas and newlines survive; a cell that starts like a formula does not run.
        QCOMPARE(field(u"solution"_s), u"Se cambió el equipo.\nCliente \"satisfecho\", sin más; =1+1"_s);
        QCOMPARE(field(u"attachments"_s), u"/home/agente/Documentos/factura ñ.pdf\n/tmp/foto,1.png"_s);
        QCOMPARE(field(u"attachment_sizes"_s), u"123456\n0"_s);
        QVERIFY(field(u"attachment_sha256"_s).startsWith(u"ba7816bf"_s));
        QCOMPARE(field(u"form"_s), QString::fromUtf8(PersistenceTest::fullEntry().update.formJson()));
        QCOMPARE(field(u"vendor_error"_s), u"record_not_found"_s);

        const QStringList sending = records.at(2);
        QCOMPARE(sending.at(header.indexOf(u"state"_s)), u"sending"_s);
        QCOMPARE(sending.at(header.indexOf(u"outcome"_s)), QString());
    }

    void formulaCellsAreDefused()
    {
        HistoryEntry e = PersistenceTest::fullEntry();
        e.update.responsible = u"=HYPERLINK(\"http://evil\")"_s;
        e.result.msg = u"+SUM(A1)"_s;
        e.update.solution = u"@cmd"_s;
        const QStringList fields = HistoryExporter::csvFields(e);
        const QStringList header = HistoryExporter::csvColumns();
        QCOMPARE(fields.at(header.indexOf(u"responsible"_s)), u"'=HYPERLINK(\"http://evil\")"_s);
        QCOMPARE(fields.at(header.indexOf(u"msg"_s)), u"'+SUM(A1)"_s);
        QCOMPARE(fields.at(header.indexOf(u"solution"_s)), u"'@cmd"_s);
        QCOMPARE(CsvWriter::record({u"a"_s, u"b,c"_s, u"d\"e"_s, u""_s}),
                 QByteArray("a,\"b,c\",\"d\"\"e\",\r\n"));
    }

    void jsonIsAnArrayOfAttempts()
    {
        const QString file = m_dir.filePath(u"export.json"_s);
        HistoryQuery q;
        q.search = u"case-"_s;
        q.outcomes = {ApiResult::Outcome::Rejected, ApiResult::Outcome::UnreadableAnswer};
        const HistoryExporter::Result result
            = HistoryExporter::exportToFile(m_path, q, HistoryExporter::Format::Json, file);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rows, 2);
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(in.readAll(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray rows = document.array();
        QCOMPARE(rows.size(), 2);

        const QJsonObject binary = rows.at(0).toObject();
        QCOMPARE(binary.value(u"sent"_s).toObject().value(u"wolkvox_id"_s).toString(), u"case-binary"_s);
        const QJsonObject binaryResult = binary.value(u"result"_s).toObject();
        QCOMPARE(QByteArray::fromBase64(binaryResult.value(u"raw_body_base64"_s).toString().toLatin1()),
                 QByteArray("\x89PNG\r\n\x1a\n\xff\xfe", 10));

        const QJsonObject full = rows.at(1).toObject();
        QCOMPARE(full.value(u"id"_s).toInteger(), m_fullId);
        QCOMPARE(full.value(u"state"_s).toString(), u"done"_s);
        const HistoryEntry expected = PersistenceTest::fullEntry(u"case-full"_s);
        QCOMPARE(CaseUpdate::fromJson(full.value(u"sent"_s).toObject()), expected.update);
        const QJsonArray attachments = full.value(u"attachments"_s).toArray();
        QCOMPARE(attachments.size(), 2);
        QCOMPARE(attachments.at(0).toObject().value(u"name"_s).toString(), u"factura ñ.pdf"_s);
        QCOMPARE(attachments.at(0).toObject().value(u"size"_s).toInteger(), 123456);
        QCOMPARE(attachments.at(1).toObject().value(u"sha256"_s).toString(), expected.attachmentSha256.at(1));
        const QJsonObject r = full.value(u"result"_s).toObject();
        QCOMPARE(r.value(u"outcome"_s).toString(), u"rejected"_s);
        QCOMPARE(r.value(u"http"_s).toInt(), 404);
        QCOMPARE(r.value(u"code"_s).toInt(), 404);
        QCOMPARE(r.value(u"msg"_s).toString(), expected.result.msg);
        QCOMPARE(r.value(u"duration_ms"_s).toInteger(), expected.result.elapsedMs);
        QCOMPARE(r.value(u"raw_body"_s).toString().toUtf8(), expected.result.rawBody);
        QCOMPARE(r.value(u"data"_s).toObject(), expected.result.data);
    }

    void unwritableTargetReportsAndLeavesNothing()
    {
        const QString target = m_dir.filePath(u"no/such/folder/x.csv"_s);
        QFile blocker(m_dir.filePath(u"no"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // "no" is a file, so no folder can be made under it
        blocker.close();
        const HistoryExporter::Result result
            = HistoryExporter::exportToFile(m_path, {}, HistoryExporter::Format::Csv, target);
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());
        QVERIFY(!QFile::exists(target));
    }
};

QTEST_GUILESS_MAIN(TestHistoryExport)
#include "tst_historyexport.moc"
