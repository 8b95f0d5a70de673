#include "core/global.h"
#include "core/history/historyexporter.h"
#include "core/history/sqlitehistorystore.h"
#include "core/storage/historydatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

namespace {
constexpr int Rows = 100000;

const QDateTime &base()
{
    static const QDateTime time(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC);
    return time;
}

const QStringList &operations()
{
    static const QStringList list{u"ventas"_s, u"soporte"_s, u"cobranza"_s};
    return list;
}

const QStringList &people()
{
    static const QStringList list{u"José Núñez"_s, u"ana@op"_s,   u"luis@op"_s,  u"María Pérez"_s,
                                  u"carlos@op"_s,  u"sofia@op"_s, u"pedro@op"_s, u"lucia@op"_s,
                                  u"diego@op"_s,   u"elena@op"_s};
    return list;
}

constexpr ApiResult::Outcome outcomes[]
    = {ApiResult::Outcome::Success, ApiResult::Outcome::Rejected, ApiResult::Outcome::NetworkFailure,
       ApiResult::Outcome::Timeout, ApiResult::Outcome::UnreadableAnswer};

QString caseId(int i)
{
    return u"case-%1"_s.arg(i, 6, 10, QChar(u'0'));
}

// Attempt number i: one a minute, the cases, people, operations and outcomes rotating.
HistoryEntry make(int i)
{
    HistoryEntry e;
    e.time = base().addSecs(60LL * i);
    e.update.server = i % 2 ? u"crm0001.wolkvox.com"_s : u"crm0002.wolkvox.com"_s;
    e.update.operation = operations().at(i % 3);
    e.update.wolkvoxId = caseId(i);
    e.update.responsible = people().at(i % 10);
    e.update.status = u"open"_s;
    e.update.customFields = {{u"n"_s, QString::number(i)}};
    if (i % 97 == 5) {
        e.state = HistoryEntry::State::Interrupted;
        return e;
    }
    e.state = HistoryEntry::State::Done;
    ApiResult &r = e.result;
    r.outcome = outcomes[i % 5];
    if (r.outcome == ApiResult::Outcome::Success) {
        r.httpStatus = 200;
        r.code = 200;
        r.msg = u"Succesfully update record"_s;
        r.rawBody = QByteArrayLiteral("{\"code\":200,\"error\":null,\"msg\":\"Succesfully update record\"}");
    } else if (r.outcome == ApiResult::Outcome::Rejected) {
        r.httpStatus = 200;
        r.code = 404;
        r.msg = u"Record not found"_s;
    }
    r.elapsedMs = i % 1000;
    return e;
}

} // namespace

// What the test knows about each row, to compute every expected answer by brute force. Outside the
// anonymous namespace: the test class holds a list of them (g++ refuses that in a unity build).
struct Known
{
    QString caseId, msg, responsible, operation;
    HistoryEntry::State state;
    ApiResult::Outcome outcome;
    qint64 timeMs;
};

namespace {
bool matches(const HistoryQuery &q, const Known &k)
{
    const QString search = q.search.trimmed();
    if (!search.isEmpty()) {
        const auto has = [&](const QString &field) { return field.contains(search, Qt::CaseInsensitive); };
        if (!has(k.caseId) && !has(k.msg) && !has(k.responsible) && !has(k.operation))
            return false;
    }
    if (q.filtersByOutcome()) {
        const bool byOutcome = k.state == HistoryEntry::State::Done && q.outcomes.contains(k.outcome);
        const bool bySending = q.includeSending && k.state == HistoryEntry::State::Sending;
        const bool byInterrupted = q.includeInterrupted && k.state == HistoryEntry::State::Interrupted;
        if (!byOutcome && !bySending && !byInterrupted)
            return false;
    }
    if (q.from.isValid() && k.timeMs < q.from.toMSecsSinceEpoch())
        return false;
    if (q.to.isValid() && k.timeMs >= q.to.toMSecsSinceEpoch())
        return false;
    return true;
}
} // namespace

// 100,000 attempts: the store opens without loading them, counts, pages, searches, filters, sorts and
// exports through the database. Asserts behaviour only; bench/ measures the time.
class TestHistoryScale : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QList<Known> m_known;

    int expectedCount(const HistoryQuery &q) const
    {
        return int(
            std::count_if(m_known.cbegin(), m_known.cend(), [&](const Known &k) { return matches(q, k); }));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"history.sqlite"_s);
        m_known.reserve(Rows);
        QElapsedTimer timer;
        timer.start();
        HistoryDatabase db(m_path);
        QVERIFY2(db.open(), qPrintable(db.error()));
        // One transaction and one prepared statement: seconds, not minutes.
        const bool written = db.transaction([&] {
            for (int i = 0; i < Rows; ++i) {
                const HistoryEntry e = make(i);
                if (db.insert(e, u"generator"_s) == 0)
                    return false;
                m_known.append({e.update.wolkvoxId, e.result.msg, e.update.responsible, e.update.operation,
                                e.state, e.result.outcome, e.time.toMSecsSinceEpoch()});
            }
            return true;
        });
        QVERIFY2(written, qPrintable(db.error()));
        qInfo("Generated %d attempts in %lld ms", Rows, timer.elapsed());
    }

    void opensLazily()
    {
        SqliteHistoryStore store(m_path);
        QVERIFY2(store.open(), qPrintable(store.error()));
        QCOMPARE(store.count(), Rows);
        QCOMPARE(store.totalCount(), Rows);
        QCOMPARE(store.cachedRowCount(), 0); // counted, not loaded
        QCOMPARE(store.entry(0).update.wolkvoxId, caseId(Rows - 1));
        QVERIFY(store.cachedRowCount() <= SqliteHistoryStore::PageSize);
        QCOMPARE(store.entry(Rows - 1).update.wolkvoxId, caseId(0));
        QCOMPARE(store.entry(Rows).id, 0);
    }

    void pagesThroughEveryRow()
    {
        SqliteHistoryStore store(m_path);
        QVERIFY(store.open());
        const int maxCached = SqliteHistoryStore::PageSize * SqliteHistoryStore::MaxCachedPages;
        for (int row = 0; row < Rows; ++row) {
            const HistoryEntry e = store.entry(row);
            if (e.update.wolkvoxId != caseId(Rows - 1 - row))
                QFAIL(qPrintable(u"row %1 holds %2"_s.arg(row).arg(e.update.wolkvoxId)));
            if (store.cachedRowCount() > maxCached)
                QFAIL("the store holds more rows than its window");
        }
        // Every field came back, not just the case id.
        const HistoryEntry e = store.entry(Rows - 1 - 12345);
        const HistoryEntry expected = make(12345);
        QCOMPARE(e.update, expected.update);
        QCOMPARE(e.state, expected.state);
        QCOMPARE(e.result.outcome, expected.result.outcome);
        QCOMPARE(e.result.msg, expected.result.msg);
        QCOMPARE(e.time, expected.time);
    }

    void jumpsAndFindsRows()
    {
        SqliteHistoryStore store(m_path);
        QVERIFY(store.open());
        const int rows[] = {Rows - 1, 0, Rows / 2, 123, 77777, 99800, 199, 200};
        for (const int row : rows) {
            const HistoryEntry e = store.entry(row);
            QCOMPARE(e.update.wolkvoxId, caseId(Rows - 1 - row));
            QCOMPARE(store.rowOf(e.id), row);
        }
        QVERIFY(store.cachedRowCount() <= SqliteHistoryStore::PageSize * SqliteHistoryStore::MaxCachedPages);
        // Not cached: answered by the database.
        SqliteHistoryStore fresh(m_path);
        QVERIFY(fresh.open());
        QCOMPARE(fresh.rowOf(store.entry(54321).id), 54321);
        QCOMPARE(fresh.cachedRowCount(), 0);
    }

    void searches_data()
    {
        QTest::addColumn<QString>("search");
        QTest::newRow("case id prefix") << u"case-0123"_s;
        QTest::newRow("whole case id") << caseId(4242);
        QTest::newRow("accented, other case") << u"NÚÑEZ"_s;
        QTest::newRow("message") << u"not found"_s;
        QTest::newRow("operation") << u"cobran"_s;
        QTest::newRow("short") << u"op"_s;
        QTest::newRow("one character") << u"7"_s;
        QTest::newRow("nothing") << u"zzzz"_s;
    }

    void searches()
    {
        QFETCH(QString, search);
        SqliteHistoryStore store(m_path);
        QVERIFY(store.open());
        HistoryQuery q;
        q.search = search;
        store.setQuery(q);
        const int expected = expectedCount(q);
        QCOMPARE(store.count(), expected);
        // Spot-check rows across the result, newest first.
        QDateTime previous;
        for (int row = 0; row < expected; row += std::max(1, expected / 50)) {
            const HistoryEntry e = store.entry(row);
            const int i = e.update.wolkvoxId.mid(5).toInt();
            QVERIFY(matches(q, m_known.at(i)));
            if (previous.isValid())
                QVERIFY(e.time < previous);
            previous = e.time;
        }
    }

    void filtersCombineAndSort()
    {
        SqliteHistoryStore store(m_path);
        QVERIFY(store.open());
        HistoryQuery q;
        q.search = u"case-01"_s;
        q.outcomes = {ApiResult::Outcome::Rejected, ApiResult::Outcome::Timeout};
        q.includeInterrupted = true;
        q.from = base().addSecs(60LL * 10500);
        q.to = base().addSecs(60LL * 18000);
        q.sortColumn = HistoryQuery::Column::CaseId;
        q.sortOrder = Qt::AscendingOrder;
        store.setQuery(q);
        const int expected = expectedCount(q);
        QVERIFY(expected > 1000);
        QCOMPARE(store.count(), expected);
        QString previous;
        for (int row = 0; row < expected; ++row) {
            const HistoryEntry e = store.entry(row);
            const int i = e.update.wolkvoxId.mid(5).toInt();
            if (!matches(q, m_known.at(i)))
                QFAIL(qPrintable(u"row %1 (%2) does not match"_s.arg(row).arg(e.update.wolkvoxId)));
            if (!previous.isEmpty() && e.update.wolkvoxId <= previous)
                QFAIL("not in case-id order");
            previous = e.update.wolkvoxId;
        }

        HistoryQuery interrupted;
        interrupted.includeInterrupted = true;
        store.setQuery(interrupted);
        QCOMPARE(store.count(), expectedCount(interrupted));

        HistoryQuery day;
        day.from = base().addDays(10);
        day.to = base().addDays(11);
        store.setQuery(day);
        QCOMPARE(store.count(), 24 * 60);
        QCOMPARE(store.entry(0).time, base().addDays(11).addSecs(-60));
    }

    void exportsAFilter()
    {
        HistoryQuery q;
        q.search = u"case-02"_s;
        q.outcomes = {ApiResult::Outcome::Success};
        const int expected = expectedCount(q);
        const QString csv = m_dir.filePath(u"export.csv"_s);
        qint64 lastProgress = 0;
        const HistoryExporter::Result result = HistoryExporter::exportToFile(
            m_path, q, HistoryExporter::Format::Csv, csv, [&](qint64 written, qint64 total) {
                lastProgress = written;
                return total == expected;
            });
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rows, expected);
        QCOMPARE(lastProgress, expected);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(int(file.readAll().count("\r\n")), expected + 1);

        // Cancelling leaves no file behind.
        const QString cancelled = m_dir.filePath(u"cancelled.json"_s);
        const HistoryExporter::Result stopped = HistoryExporter::exportToFile(
            m_path, {}, HistoryExporter::Format::Json, cancelled, [](qint64, qint64) { return false; });
        QVERIFY(!stopped.ok);
        QVERIFY(stopped.cancelled);
        QVERIFY(!QFile::exists(cancelled));
    }
};

QTEST_GUILESS_MAIN(TestHistoryScale)
#include "tst_historyscale.moc"
