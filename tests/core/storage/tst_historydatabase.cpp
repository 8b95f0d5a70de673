#include "core/global.h"
#include "core/history/sqlitehistorystore.h"
#include "core/storage/historydatabase.h"
#include "support/commitveto.h"
#include "support/persistencetest.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <iostream>

using PersistenceTest::compareEntries;
using PersistenceTest::fullEntry;

namespace {
HistoryEntry attempt(const QString &caseId, HistoryEntry::State state = HistoryEntry::State::Sending,
                     ApiResult::Outcome outcome = ApiResult::Outcome::Success, int minute = 0)
{
    HistoryEntry e;
    e.time = QDateTime(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC).addSecs(60 * minute);
    e.update.server = u"crm.wolkvox.com"_s;
    e.update.operation = u"ventas"_s;
    e.update.wolkvoxId = caseId;
    e.state = state;
    e.result.outcome = outcome;
    if (state == HistoryEntry::State::Done)
        e.result.msg = outcome == ApiResult::Outcome::Success ? u"Succesfully update record"_s : u"Failed"_s;
    return e;
}

// The first schema, written out by hand as version 1 of Casedesk created it: the migration must read it.
const char *const SchemaV1[] = {
    "CREATE TABLE attempts ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT, time_ms INTEGER NOT NULL, state TEXT NOT NULL,"
    " server TEXT NOT NULL DEFAULT '', operation TEXT NOT NULL DEFAULT '', wolkvox_id TEXT NOT NULL DEFAULT "
    "'',"
    " case_type TEXT NOT NULL DEFAULT '', responsible TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT "
    "'',"
    " priority TEXT NOT NULL DEFAULT '', solution TEXT NOT NULL DEFAULT '',"
    " custom_fields TEXT NOT NULL DEFAULT '[]', attachments TEXT NOT NULL DEFAULT '[]',"
    " attachment_sizes TEXT NOT NULL DEFAULT '[]', outcome TEXT, vendor_error TEXT NOT NULL DEFAULT 'none',"
    " unreadable TEXT NOT NULL DEFAULT 'none', http_status INTEGER NOT NULL DEFAULT 0, code INTEGER,"
    " error TEXT NOT NULL DEFAULT '', msg TEXT NOT NULL DEFAULT '', result_wolkvox_id TEXT NOT NULL DEFAULT "
    "'',"
    " data TEXT NOT NULL DEFAULT '{}', content_type TEXT NOT NULL DEFAULT '', raw_body BLOB,"
    " bytes_sent INTEGER NOT NULL DEFAULT 0, duration_ms INTEGER NOT NULL DEFAULT 0,"
    " network_error INTEGER NOT NULL DEFAULT 0, network_error_string TEXT NOT NULL DEFAULT '',"
    " tls_errors TEXT NOT NULL DEFAULT '[]', redirect_target TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX attempts_time ON attempts(time_ms)",
    "INSERT INTO attempts (time_ms, state, server, operation, wolkvox_id, case_type, responsible, status, "
    "priority,"
    " solution, custom_fields, attachments, attachment_sizes, outcome, vendor_error, http_status, code, "
    "error, msg,"
    " result_wolkvox_id, data, content_type, raw_body, bytes_sent, duration_ms)"
    " VALUES (1704096000000, 'done', 'crm.wolkvox.com', 'ventas', 'case-1', 'Reclamos', 'ana@op', 'closed', "
    "'high',"
    " 'Resuelto', '[[\"ciudad\",\"Bogot\xc3\xa1\"]]', '[\"/tmp/a.pdf\",\"/tmp/b.png\"]', '[10,20]', "
    "'success',"
    " 'none', 200, 200, '', 'Succesfully update record', 'wv-1', '{\"wolkvox_id\":\"wv-1\"}',"
    " 'application/json', X'7B7D', 1234, 321)",
    "INSERT INTO attempts (time_ms, state, server, operation, wolkvox_id, responsible)"
    " VALUES (1704096060000, 'sending', 'crm.wolkvox.com', 'ventas', 'case-2', 'luis@op')",
    "INSERT INTO attempts (time_ms, state, server, operation, wolkvox_id, outcome, vendor_error, "
    "http_status, code,"
    " error, msg) VALUES (1704096120000, 'done', 'crm.wolkvox.com', 'soporte', 'case-3', 'rejected',"
    " 'invalid_token', 200, 401, 'Invalid token', 'The token is not valid')",
    "PRAGMA user_version = 1",
};

// Run as a child: open the store, write one attempt as "sending", report its id, then wait to be killed.
int addSendingAndWait(const QString &path)
{
    SqliteHistoryStore store(path);
    if (!store.open()) {
        std::cerr << qPrintable(store.error()) << std::endl;
        return 2;
    }
    const qint64 id = store.add(attempt(u"killed-mid-send"_s));
    std::cout << "id " << id << std::endl;
    std::string line;
    std::getline(std::cin, line); // never returns: the parent kills this process
    return 0;
}
} // namespace

// The SQLite history: every field round-trips, older schemas migrate, crashes leave "interrupted",
// queries re-window the rows, and a failing write says so without harming the file.
class TestHistoryDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString dbPath(const QString &name) const { return m_dir.filePath(name + u".sqlite"_s); }

    static QStringList pragma(HistoryDatabase &db, const QString &statement)
    {
        QSqlQuery q(db.connection());
        QStringList rows;
        if (!q.exec(statement))
            return {u"error: "_s + q.lastError().text()};
        while (q.next())
            rows.append(q.value(0).toString());
        return rows;
    }

    // Empty when the search index holds exactly the table's rows (FTS5's check against its content table).
    static QString searchIndexCheck(HistoryDatabase &db)
    {
        QSqlQuery q(db.connection());
        if (q.exec(u"INSERT INTO attempts_search(attempts_search, rank) VALUES ('integrity-check', 1)"_s))
            return {};
        return q.lastError().text();
    }

    // A child that wrote a "sending" attempt and is still alive until the caller kills it.
    static bool startSender(QProcess &child, const QString &path, qint64 *id)
    {
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments({u"--add-sending"_s, path});
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start();
        if (!child.waitForStarted())
            return false;
        while (!child.canReadLine()) {
            if (!child.waitForReadyRead(30000))
                return false;
        }
        const QByteArray line = child.readLine().trimmed();
        if (!line.startsWith("id "))
            return false;
        *id = line.mid(3).toLongLong();
        return *id > 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void defaultPathIsAppData()
    {
        QVERIFY(HistoryDatabase::defaultPath().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(HistoryDatabase::defaultPath().endsWith(u"/history.sqlite"_s));
    }

    void freshFileIsWalAndCurrentSchema()
    {
        HistoryDatabase db(m_dir.filePath(u"sub/folder/fresh.sqlite"_s));
        QVERIFY2(db.open(), qPrintable(db.error()));
        QCOMPARE(db.schemaVersion(), HistoryDatabase::SchemaVersion);
        QCOMPARE(pragma(db, u"PRAGMA journal_mode"_s), QStringList{u"wal"_s});
        QCOMPARE(pragma(db, u"PRAGMA synchronous"_s), QStringList{u"1"_s}); // NORMAL
        QVERIFY(db.connectionName().contains(QString::number(quintptr(QThread::currentThread()), 16)));
    }

    void everyFieldRoundTrips()
    {
        const QString path = dbPath(u"roundtrip"_s);
        const HistoryEntry done = fullEntry();
        HistoryEntry sending = done;
        sending.state = HistoryEntry::State::Sending;
        sending.result = ApiResult();
        qint64 id = 0;
        {
            SqliteHistoryStore store(path);
            QVERIFY2(store.open(), qPrintable(store.error()));
            id = store.add(sending);
            QVERIFY(id > 0);
            compareEntries(store.entry(0), sending);
            if (QTest::currentTestFailed())
                return;
            HistoryEntry finished = done;
            finished.id = id;
            QVERIFY(store.update(finished));
        }
        SqliteHistoryStore reopened(path);
        QVERIFY(reopened.open());
        QCOMPARE(reopened.count(), 1);
        const HistoryEntry read = reopened.entry(0);
        QCOMPARE(read.id, id);
        compareEntries(read, done);
    }

    void sendingRowIsWrittenBeforeAnything()
    {
        // Another connection sees the attempt as soon as add() returns: it is on disk before the send.
        const QString path = dbPath(u"before"_s);
        SqliteHistoryStore store(path);
        QVERIFY(store.open());
        const qint64 id = store.add(attempt(u"case-a"_s));
        HistoryDatabase other(path);
        QVERIFY(other.open());
        const std::optional<HistoryEntry> seen = other.entryById(id);
        QVERIFY(seen.has_value());
        QCOMPARE(seen->state, HistoryEntry::State::Sending);
        QCOMPARE(seen->update.wolkvoxId, u"case-a"_s);
    }

    void rawBodyIsCapped()
    {
        SqliteHistoryStore store(dbPath(u"capped"_s));
        QVERIFY(store.open());
        HistoryEntry e = fullEntry();
        e.result.rawBody = QByteArray(HistoryDatabase::MaxStoredBodyBytes * 3, 'x');
        store.add(e);
        QCOMPARE(store.entry(0).result.rawBody.size(), HistoryDatabase::MaxStoredBodyBytes);
    }

    void tokenIsNeverAColumn()
    {
        HistoryDatabase db(dbPath(u"columns"_s));
        QVERIFY(db.open());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT name FROM pragma_table_info('attempts')"_s));
        int columns = 0;
        while (q.next()) {
            ++columns;
            QVERIFY2(!q.value(0).toString().contains(u"token"_s), qPrintable(q.value(0).toString()));
        }
        QVERIFY(columns > 20);
    }

    void migratesFromVersion1()
    {
        const QString path = dbPath(u"v1"_s);
        {
            // Written with a plain connection, as the first version did (rollback journal, no sessions).
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1-writer"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char *statement : SchemaV1)
                QVERIFY2(q.exec(QString::fromUtf8(statement)), qPrintable(q.lastError().text()));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v1-writer"_s);

        SqliteHistoryStore store(path);
        QVERIFY2(store.open(), qPrintable(store.error()));
        QCOMPARE(store.database()->schemaVersion(), HistoryDatabase::SchemaVersion);
        QCOMPARE(store.count(), 3);
        // The attempt schema 1 left "sending" cannot belong to a live session: it is interrupted now.
        QCOMPARE(store.interruptedOnOpen(), 1);

        const HistoryEntry newest = store.entry(0);
        QCOMPARE(newest.update.wolkvoxId, u"case-3"_s);
        QCOMPARE(newest.update.operation, u"soporte"_s);
        QCOMPARE(newest.state, HistoryEntry::State::Done);
        QCOMPARE(newest.result.outcome, ApiResult::Outcome::Rejected);
        QCOMPARE(newest.result.vendorError, ApiResult::VendorError::InvalidToken);
        QCOMPARE(newest.result.code.value_or(0), 401);

        const HistoryEntry interrupted = store.entry(1);
        QCOMPARE(interrupted.update.wolkvoxId, u"case-2"_s);
        QCOMPARE(interrupted.state, HistoryEntry::State::Interrupted);
        QCOMPARE(interrupted.update.responsible, u"luis@op"_s);

        const HistoryEntry oldest = store.entry(2);
        QCOMPARE(oldest.time, QDateTime(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC));
        QCOMPARE(oldest.update.caseType, u"Reclamos"_s);
        QCOMPARE(oldest.update.customFields, (QList<CustomField>{{u"ciudad"_s, u"Bogotá"_s}}));
        QCOMPARE(oldest.update.attachments, (QStringList{u"/tmp/a.pdf"_s, u"/tmp/b.png"_s}));
        QCOMPARE(oldest.attachmentSizes, (QList<qint64>{10, 20}));
        QVERIFY(oldest.attachmentSha256.isEmpty()); // schema 1 had no hashes
        QCOMPARE(oldest.result.outcome, ApiResult::Outcome::Success);
        QCOMPARE(oldest.result.wolkvoxId, u"wv-1"_s);
        QCOMPARE(oldest.result.data.value(u"wolkvox_id"_s).toString(), u"wv-1"_s);
        QCOMPARE(oldest.result.rawBody, QByteArray("{}"));
        QCOMPARE(oldest.result.elapsedMs, 321);

        // The search index was built over the migrated rows, and new attempts follow the old ids.
        HistoryQuery search;
        search.search = u"SUCCESFULLY"_s;
        store.setQuery(search);
        QCOMPARE(store.count(), 1);
        QCOMPARE(store.entry(0).update.wolkvoxId, u"case-1"_s);
        // The attempt left sending was taken out of the search index, and is back in it as interrupted.
        search.search = u"luis@op"_s;
        store.setQuery(search);
        QCOMPARE(store.count(), 1);
        QCOMPARE(searchIndexCheck(*store.database()), QString());
        store.setQuery({});
        const qint64 id = store.add(attempt(u"case-4"_s));
        QCOMPARE(id, 4);
        QCOMPARE(pragma(*store.database(), u"PRAGMA journal_mode"_s), QStringList{u"wal"_s});
        QCOMPARE(pragma(*store.database(), u"PRAGMA integrity_check"_s), QStringList{u"ok"_s});
    }

    void refusesANewerSchema()
    {
        const QString path = dbPath(u"newer"_s);
        {
            HistoryDatabase db(path);
            QVERIFY(db.open());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(u"PRAGMA user_version = 99"_s));
        }
        HistoryDatabase db(path);
        QVERIFY(!db.open());
        QVERIFY(db.error().contains(u"newer version"_s));
        QVERIFY(!db.isOpen());
    }

    void notADatabaseIsLeftAlone()
    {
        const QString path = dbPath(u"garbage"_s);
        const QByteArray junk = QByteArray("this is not SQLite, it is an agent's notes\n").repeated(200);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(junk);
        }
        SqliteHistoryStore store(path);
        QVERIFY(!store.open());
        QVERIFY(!store.error().isEmpty());
        QVERIFY(store.error().contains(u"damaged"_s));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), junk);
        // A store that could not open refuses writes with a message instead of crashing.
        QSignalSpy failed(&store, &SqliteHistoryStore::writeFailed);
        QCOMPARE(store.add(attempt(u"x"_s)), 0);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(store.count(), 0);
        QCOMPARE(store.entry(0).id, 0);
    }

    void unwritableLocationFailsToOpen()
    {
        const QString blocker = m_dir.filePath(u"a-file"_s);
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        HistoryDatabase db(blocker + u"/history.sqlite"_s); // its folder would have to be a file
        QVERIFY(!db.open());
        QVERIFY(!db.error().isEmpty());
    }

    void fullDiskReportsAndKeepsTheFile()
    {
        const QString path = dbPath(u"full"_s);
        SqliteHistoryStore store(path);
        QVERIFY(store.open());
        for (int i = 0; i < 3; ++i)
            QVERIFY(store.add(attempt(u"case-%1"_s.arg(i))) > 0);
        const HistoryEntry kept = store.entry(0);

        // The file may not grow any more: the next write meets SQLITE_FULL, as on a full disk.
        QSqlQuery q(store.database()->connection());
        QVERIFY(q.exec(u"PRAGMA page_count"_s) && q.next());
        const int pages = q.value(0).toInt();
        QVERIFY(q.exec(u"PRAGMA max_page_count = %1"_s.arg(pages)));
        q.finish();

        QSignalSpy failed(&store, &SqliteHistoryStore::writeFailed);
        QSignalSpy added(&store, &HistoryStore::added);
        HistoryEntry big = fullEntry();
        big.update.solution = QString(300000, u'y');
        QCOMPARE(store.add(big), 0);
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(u"disk is full"_s));
        QCOMPARE(store.error(), failed.at(0).at(0).toString());
        QCOMPARE(added.size(), 0);
        QCOMPARE(store.count(), 3);

        HistoryEntry grown = kept;
        grown.state = HistoryEntry::State::Done;
        grown.update.solution = QString(300000, u'z');
        QVERIFY(!store.update(grown));
        QCOMPARE(failed.size(), 2);
        QCOMPARE(store.entry(0).state, HistoryEntry::State::Sending);
        QCOMPARE(store.entry(0).update.solution, QString());

        // Another connection reads an intact file with the three attempts.
        HistoryDatabase reader(path);
        QVERIFY(reader.open());
        QCOMPARE(reader.count({}), 3);
        QCOMPARE(pragma(reader, u"PRAGMA integrity_check"_s), QStringList{u"ok"_s});
    }

    void aFailedCommitIsToldToTheStoresAndLeavesNothing()
    {
        const QString path = dbPath(u"commitfails"_s);
        SqliteHistoryStore store(path);
        QVERIFY2(store.open(), qPrintable(store.error()));
        HistoryDatabase *db = store.database();
        CommitVeto veto(db->connectionName());
        QVERIFY(veto.isAttached());
        int told = 0;
        const int listener = db->addCommitFailureListener([&told] { ++told; });
        QSignalSpy reset(&store, &HistoryStore::reset);

        // Work that fails is rolled back as before; nobody is told, the writer reported it itself.
        QVERIFY(!db->transaction([&] {
            db->insert(attempt(u"refused"_s));
            return false;
        }));
        QCOMPARE(told, 0);
        // A commit that fails after the work succeeded: the attempt the store added and cached is gone.
        qint64 id = 0;
        veto.refuseNext();
        QVERIFY(!db->transaction([&] {
            id = store.add(attempt(u"lost"_s));
            return id > 0 && db->inTransaction();
        }));
        QCOMPARE(veto.refused(), 1);
        QVERIFY(!db->inTransaction());
        QVERIFY(!db->error().isEmpty());
        QCOMPARE(told, 1);
        QCOMPARE(reset.size(), 1); // the store reads the file again
        QVERIFY(!db->entryById(id));
        QCOMPARE(store.count(), 0);
        // The next transaction commits, and nobody is told.
        QVERIFY(db->transaction([&] { return store.add(attempt(u"kept"_s)) > 0; }));
        QCOMPARE(told, 1);
        QCOMPARE(store.count(), 1);
        QCOMPARE(store.entry(0).update.wolkvoxId, u"kept"_s);
        db->removeCommitFailureListener(listener);
        veto.refuseNext();
        QVERIFY(!db->transaction([&] { return store.add(attempt(u"lost again"_s)) > 0; }));
        QCOMPARE(told, 1);
        QCOMPARE(reset.size(), 2);
    }

    void keptStatementsAreReusedNeverSharedAndReleased()
    {
        const QString path = dbPath(u"statements"_s);
        HistoryDatabase db(path);
        QVERIFY2(db.open(), qPrintable(db.error()));
        QVERIFY(db.insert(attempt(u"a"_s)) > 0);
        QVERIFY(db.insert(attempt(u"b"_s)) > 0);
        const QString sql = u"SELECT wolkvox_id FROM attempts ORDER BY id"_s;
        const QSqlQuery *kept = nullptr;
        {
            HistoryDatabase::Statement outer = db.statement(sql);
            QVERIFY(outer);
            kept = &*outer;
            QVERIFY(outer->exec() && outer->next());
            QCOMPARE(outer->value(0).toString(), u"a"_s);
            {
                // The same SQL further down the stack gets a query of its own; the outer one keeps its place.
                HistoryDatabase::Statement inner = db.statement(sql);
                QVERIFY(inner);
                QVERIFY(&*inner != kept);
                QVERIFY(inner->exec() && inner->next());
                QCOMPARE(inner->value(0).toString(), u"a"_s);
            }
            QVERIFY(outer->next());
            QCOMPARE(outer->value(0).toString(), u"b"_s);
        }
        {
            // Released: the same prepared query again, finished.
            HistoryDatabase::Statement again = db.statement(sql);
            QCOMPARE(&*again, kept);
            QVERIFY(!again->isActive());
            QVERIFY(again->exec() && again->next()); // left half-read on purpose
        }
        // The half-read query kept no read snapshot: another connection's write is seen at once.
        {
            HistoryDatabase other(path);
            QVERIFY2(other.open(), qPrintable(other.error()));
            QVERIFY(other.insert(attempt(u"c"_s)) > 0);
        }
        {
            HistoryDatabase::Statement count = db.statement(u"SELECT count(*) FROM attempts"_s);
            QVERIFY(count && count->exec() && count->next());
            QCOMPARE(count->value(0).toInt(), 3);
        }
        // Writes through kept statements inside a transaction, rolled back as a whole.
        QVERIFY(!db.transaction([&] {
            HistoryDatabase::Statement insert
                = db.statement(u"INSERT INTO attempts (time_ms, state) VALUES (1, 'done')"_s);
            return insert && insert->exec() && false;
        }));
        {
            HistoryDatabase::Statement count = db.statement(u"SELECT count(*) FROM attempts"_s);
            QVERIFY(count && count->exec() && count->next());
            QCOMPARE(count->value(0).toInt(), 3);
        }
        // A statement that does not prepare: null, with the reason; the next good one works.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"no such table"_s));
        HistoryDatabase::Statement broken = db.statement(u"SELECT x FROM nowhere"_s);
        QVERIFY(!broken);
        QVERIFY(!db.statementError().isEmpty());
        QVERIFY(db.statement(sql));
        QVERIFY(db.statementError().isEmpty());
    }

    void updateOfUnknownIdIsNotAFailure()
    {
        SqliteHistoryStore store(dbPath(u"unknown"_s));
        QVERIFY(store.open());
        QSignalSpy failed(&store, &SqliteHistoryStore::writeFailed);
        HistoryEntry e = attempt(u"x"_s);
        e.id = 4242;
        QVERIFY(!store.update(e));
        QCOMPARE(failed.size(), 0);
    }

    void signalsFollowTheRows()
    {
        SqliteHistoryStore store(dbPath(u"signals"_s));
        QVERIFY(store.open());
        QSignalSpy added(&store, &HistoryStore::added);
        QSignalSpy changed(&store, &HistoryStore::changed);
        QSignalSpy reset(&store, &HistoryStore::reset);

        const qint64 a = store.add(attempt(u"a"_s, HistoryEntry::State::Sending, {}, 1));
        const qint64 b = store.add(attempt(u"b"_s, HistoryEntry::State::Sending, {}, 2));
        QVERIFY(b > a);
        QCOMPARE(added.size(), 2);
        QCOMPARE(added.at(1).at(0).toInt(), 0);
        QCOMPARE(store.count(), 2);
        QCOMPARE(store.rowOf(a), 1);
        QCOMPARE(store.rowOf(b), 0);
        QCOMPARE(store.rowOf(999), -1);
        QCOMPARE(store.entry(1).id, a);

        HistoryEntry done = store.entry(1);
        done.state = HistoryEntry::State::Done;
        done.result.outcome = ApiResult::Outcome::Success;
        done.result.httpStatus = 200;
        QVERIFY(store.update(done));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toInt(), 1);
        QVERIFY(store.entry(1).isDone());
        QCOMPARE(store.entry(1).result.httpStatus, 200);

        // Only unfinished attempts: a finishing one leaves the rows, a new one enters them.
        HistoryQuery sending;
        sending.includeSending = true;
        store.setQuery(sending);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(store.count(), 1);
        QCOMPARE(store.entry(0).id, b);
        QCOMPARE(store.rowOf(a), -1);

        HistoryEntry bDone = store.entry(0);
        bDone.state = HistoryEntry::State::Done;
        bDone.result.outcome = ApiResult::Outcome::Timeout;
        QVERIFY(store.update(bDone));
        QCOMPARE(reset.size(), 2);
        QCOMPARE(store.count(), 0);

        HistoryQuery successes;
        successes.outcomes = {ApiResult::Outcome::Success};
        store.setQuery(successes);
        const int addedBefore = int(added.size());
        const qint64 c = store.add(attempt(u"c"_s, HistoryEntry::State::Sending, {}, 3));
        QVERIFY(c > 0); // written, but not one of the rows shown
        QCOMPARE(added.size(), addedBefore);
        QCOMPARE(store.count(), 1);
        QCOMPARE(store.totalCount(), 3);
    }

    void addedAttemptsKeepTheCachedPagesTrue_data()
    {
        QTest::addColumn<int>("sort");
        QTest::newRow("newest first: every attempt lands on row 0") << int(HistoryQuery::Column::Time);
        QTest::newRow("by case id: attempts land on later pages") << int(HistoryQuery::Column::CaseId);
    }
    void addedAttemptsKeepTheCachedPagesTrue()
    {
        // The store takes a new attempt into its cached page instead of reloading it; what it shows must
        // stay exactly what a fresh read of the file gives, row for row.
        QFETCH(int, sort);
        const QString path = dbPath(u"cache-%1"_s.arg(sort));
        SqliteHistoryStore store(path);
        QVERIFY(store.open());
        for (int i = 0; i < 450; ++i)
            QVERIFY(store.add(attempt(u"case-%1"_s.arg(i * 2, 4, 10, QLatin1Char('0')),
                                      HistoryEntry::State::Done, ApiResult::Outcome::Success, i))
                    > 0);
        HistoryQuery query;
        query.sortColumn = HistoryQuery::Column(sort);
        query.sortOrder = sort == int(HistoryQuery::Column::Time) ? Qt::DescendingOrder : Qt::AscendingOrder;
        store.setQuery(query);
        const QStringList added = {u"case-0001"_s, u"case-0401"_s, u"case-0799"_s, u"case-0999"_s, u"zzz"_s};
        for (const QString &caseId : added) {
            for (int row = 0; row < store.count(); ++row)
                QVERIFY(store.entry(row).id > 0); // every page in the cache
            const qint64 id
                = store.add(attempt(caseId, HistoryEntry::State::Done, ApiResult::Outcome::Success, 1000));
            QVERIFY(id > 0);
            SqliteHistoryStore fresh(path);
            QVERIFY(fresh.open());
            fresh.setQuery(query);
            QCOMPARE(store.count(), fresh.count());
            for (int row = 0; row < fresh.count(); ++row) {
                const HistoryEntry expected = fresh.entry(row);
                QCOMPARE(store.entry(row).id, expected.id);
                QCOMPARE(store.entry(row).update.wolkvoxId, expected.update.wolkvoxId);
                QCOMPARE(store.rowOf(expected.id), row);
            }
        }
    }

    void filtersAndSorts()
    {
        SqliteHistoryStore store(dbPath(u"filters"_s));
        QVERIFY(store.open());
        using O = ApiResult::Outcome;
        using S = HistoryEntry::State;
        store.add(attempt(u"alpha-1"_s, S::Done, O::Success, 0));
        store.add(attempt(u"beta-2"_s, S::Done, O::Rejected, 10));
        store.add(attempt(u"gamma-3"_s, S::Done, O::Timeout, 20));
        store.add(attempt(u"delta-4"_s, S::Sending, O::Success, 30));
        store.add(attempt(u"Alpha-5"_s, S::Interrupted, O::Success, 40));
        QCOMPARE(store.count(), 5);

        HistoryQuery q;
        q.search = u"ALPHA"_s; // case-insensitive substring through the trigram index
        store.setQuery(q);
        QCOMPARE(store.count(), 2);
        QCOMPARE(store.entry(0).update.wolkvoxId, u"Alpha-5"_s);

        q.search = u"AL"_s; // shorter than a trigram: a plain case-insensitive scan
        store.setQuery(q);
        QCOMPARE(store.count(), 2);

        q.search = u"%_"_s; // LIKE wildcards are searched for literally
        store.setQuery(q);
        QCOMPARE(store.count(), 0);

        q = {};
        q.outcomes = {O::Rejected, O::Timeout};
        store.setQuery(q);
        QCOMPARE(store.count(), 2);
        q.includeInterrupted = true;
        store.setQuery(q);
        QCOMPARE(store.count(), 3);
        q.outcomes.clear();
        q.includeInterrupted = false;
        q.includeSending = true;
        store.setQuery(q);
        QCOMPARE(store.count(), 1);
        QCOMPARE(store.entry(0).update.wolkvoxId, u"delta-4"_s);

        q = {};
        q.from = QDateTime(QDate(2024, 1, 1), QTime(8, 10), Qt::UTC);
        q.to = QDateTime(QDate(2024, 1, 1), QTime(8, 30), Qt::UTC); // exclusive
        store.setQuery(q);
        QCOMPARE(store.count(), 2);
        QCOMPARE(store.entry(0).update.wolkvoxId, u"gamma-3"_s);
        QCOMPARE(store.entry(1).update.wolkvoxId, u"beta-2"_s);

        q = {};
        q.sortColumn = HistoryQuery::Column::CaseId;
        q.sortOrder = Qt::AscendingOrder;
        store.setQuery(q);
        QStringList ids;
        for (int row = 0; row < store.count(); ++row)
            ids.append(store.entry(row).update.wolkvoxId);
        QCOMPARE(ids, (QStringList{u"alpha-1"_s, u"Alpha-5"_s, u"beta-2"_s, u"delta-4"_s, u"gamma-3"_s}));
        for (int row = 0; row < store.count(); ++row)
            QCOMPARE(store.rowOf(store.entry(row).id), row);

        q.sortColumn = HistoryQuery::Column::Outcome;
        q.sortOrder = Qt::DescendingOrder;
        store.setQuery(q);
        QCOMPARE(store.entry(0).state, S::Sending);
        QCOMPARE(store.entry(1).state, S::Interrupted);
        HistoryDatabase other(store.path());
        QVERIFY(other.open());
        for (int row = 0; row < store.count(); ++row)
            QCOMPARE(other.rowOf(q, store.entry(row).id), row);
    }

    void searchIndexHoldsAnsweredAttemptsAndSearchFindsEveryOne()
    {
        SqliteHistoryStore store(dbPath(u"search-sending"_s));
        QVERIFY(store.open());
        using S = HistoryEntry::State;
        const auto indexed = [&store](const QString &term) {
            QSqlQuery q(store.database()->connection());
            q.prepare(u"SELECT count(*) FROM attempts_search WHERE attempts_search MATCH ?"_s);
            q.addBindValue(QString(u'"' + term + u'"'));
            return q.exec() && q.next() ? q.value(0).toInt() : -1;
        };
        const qint64 sending = store.add(attempt(u"zebra-1"_s));
        store.add(attempt(u"zebra-2"_s, S::Done));
        QCOMPARE(indexed(u"zebra"_s), 1); // the one still sending is not indexed yet

        // Found anyway: by a search alone (the index counts its hits) and with another filter.
        HistoryQuery q;
        q.search = u"ZEBRA"_s;
        store.setQuery(q);
        QCOMPARE(store.count(), 2);
        QCOMPARE(store.entry(0).update.wolkvoxId, u"zebra-2"_s);
        QCOMPARE(store.entry(1).update.wolkvoxId, u"zebra-1"_s);
        q.from = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        store.setQuery(q);
        QCOMPARE(store.count(), 2);
        q.includeSending = true;
        store.setQuery(q);
        QCOMPARE(store.count(), 1);
        QCOMPARE(store.entry(0).update.wolkvoxId, u"zebra-1"_s);
        // A batch's attempts only: neither is one of batch 7's.
        q = {};
        q.search = u"ZEBRA"_s;
        q.batchId = 7;
        store.setQuery(q);
        QCOMPARE(store.count(), 0);

        // Answered, it is indexed once, with its answer.
        std::optional<HistoryEntry> answered = store.database()->entryById(sending);
        QVERIFY(answered.has_value());
        answered->state = S::Done;
        answered->result.msg = u"Quokka accepted"_s;
        QVERIFY(store.update(*answered));
        QCOMPARE(indexed(u"zebra"_s), 2);
        QCOMPARE(indexed(u"quokka"_s), 1);
        q = {};
        q.search = u"quokka"_s;
        store.setQuery(q);
        QCOMPARE(store.count(), 1);

        // With nothing sending, the index matches the table row for row.
        QCOMPARE(searchIndexCheck(*store.database()), QString());
    }

    void localDayRangeIncludesBothEnds_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<int>("offsetSeconds");
        // West of UTC the agent's evening is UTC's next day; east of it the agent's morning is UTC's
        // previous day: a range cut at UTC midnight fails one of the two.
        QTest::newRow("UTC-5") << QByteArray("<-05>5") << -5 * 3600;
        QTest::newRow("UTC+9") << QByteArray("<+09>-9") << 9 * 3600;
    }

    void localDayRangeIncludesBothEnds()
    {
        QFETCH(QByteArray, zone);
        QFETCH(int, offsetSeconds);
        const PersistenceTest::LocalZone local(zone);
        const QDate first(2024, 3, 4);
        const QDate last(2024, 3, 6);
        QCOMPARE(first.startOfDay().offsetFromUtc(), offsetSeconds); // the zone is in force

        SqliteHistoryStore store(dbPath(u"days-"_s + QString::fromLatin1(QTest::currentDataTag())));
        QVERIFY(store.open());
        const auto at = [](QDate day, QTime time) { return QDateTime(day, time, Qt::LocalTime).toUTC(); };
        const QList<std::pair<QString, QDateTime>> attempts{
            {u"before-first"_s, at(first.addDays(-1), QTime(23, 59, 59, 999))},
            {u"first-0000"_s, at(first, QTime(0, 0))},
            {u"first-2359"_s, at(first, QTime(23, 59, 59))},
            {u"middle-1200"_s, at(first.addDays(1), QTime(12, 0))},
            {u"last-0000"_s, at(last, QTime(0, 0))},
            {u"last-2359"_s, at(last, QTime(23, 59, 59))},
            {u"last-2359.999"_s, at(last, QTime(23, 59, 59, 999))},
            {u"after-last"_s, at(last.addDays(1), QTime(0, 0))},
        };
        for (const auto &[id, time] : attempts) {
            HistoryEntry e = attempt(id, HistoryEntry::State::Done);
            e.time = time; // stored in UTC
            QVERIFY(store.add(e) > 0);
        }
        // What a UTC cut would get wrong is among the attempts: a local day's edge on another UTC day.
        QVERIFY(at(first, QTime(0, 0)).date() != first || at(last, QTime(23, 59, 59)).date() != last);

        const auto shown = [&store](QDate from, QDate to) {
            HistoryQuery q;
            q.sortOrder = Qt::AscendingOrder;
            q.setLocalDays(from, to);
            store.setQuery(q);
            QStringList ids;
            for (int row = 0; row < store.count(); ++row)
                ids.append(store.entry(row).update.wolkvoxId);
            return ids;
        };
        const QStringList range{u"first-0000"_s, u"first-2359"_s, u"middle-1200"_s,
                                u"last-0000"_s,  u"last-2359"_s,  u"last-2359.999"_s};
        QCOMPARE(shown(first, last), range);
        QCOMPARE(shown(last, last), (QStringList{u"last-0000"_s, u"last-2359"_s, u"last-2359.999"_s}));
        QCOMPARE(shown(first, first), (QStringList{u"first-0000"_s, u"first-2359"_s}));
        QCOMPARE(shown(first, {}), range + QStringList{u"after-last"_s});
        QCOMPARE(shown({}, first), (QStringList{u"before-first"_s, u"first-0000"_s, u"first-2359"_s}));
        QCOMPARE(shown({}, {}).size(), attempts.size());

        // The export writes exactly the rows of the range.
        shown(first, last);
        const QString json
            = m_dir.filePath(u"days-%1.json"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        QFuture<HistoryExporter::Result> future = store.exportRows(HistoryExporter::Format::Json, json);
        future.waitForFinished();
        QVERIFY2(future.result().ok, qPrintable(future.result().error));
        QCOMPARE(future.result().rows, range.size());
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const QString &id : range)
            QVERIFY2(bytes.contains(id.toUtf8()), qPrintable(id));
        QVERIFY(!bytes.contains("before-first"));
        QVERIFY(!bytes.contains("after-last"));
    }

    void closingMarksOwnUnansweredAttemptsInterrupted()
    {
        const QString path = dbPath(u"closing"_s);
        qint64 id = 0;
        {
            SqliteHistoryStore store(path);
            QVERIFY(store.open());
            id = store.add(attempt(u"closed-window"_s));
        }
        HistoryDatabase db(path);
        QVERIFY(db.open());
        QCOMPARE(db.entryById(id)->state, HistoryEntry::State::Interrupted);
    }

    void liveSessionIsLeftAlone()
    {
        const QString path = dbPath(u"live"_s);
        SqliteHistoryStore first(path);
        QVERIFY(first.open());
        const qint64 id = first.add(attempt(u"in-flight"_s));
        SqliteHistoryStore second(path); // another window of the same user, same file
        QVERIFY(second.open());
        QCOMPARE(second.interruptedOnOpen(), 0);
        QCOMPARE(second.entry(second.rowOf(id)).state, HistoryEntry::State::Sending);
    }

    void killedProcessLeavesInterrupted()
    {
        const QString path = dbPath(u"killed"_s);
        QProcess child;
        qint64 id = 0;
        QVERIFY(startSender(child, path, &id));

        // While the sender lives, its attempt is only "sending".
        {
            SqliteHistoryStore observer(path);
            QVERIFY(observer.open());
            QCOMPARE(observer.interruptedOnOpen(), 0);
            QCOMPARE(observer.entry(observer.rowOf(id)).state, HistoryEntry::State::Sending);
        }

        child.kill(); // SIGKILL: no destructor runs
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        SqliteHistoryStore store(path);
        QVERIFY(store.open());
        QCOMPARE(store.interruptedOnOpen(), 1);
        const HistoryEntry e = store.entry(store.rowOf(id));
        QCOMPARE(e.state, HistoryEntry::State::Interrupted);
        QVERIFY(e.isInterrupted());
        QCOMPARE(e.update.wolkvoxId, u"killed-mid-send"_s);
        // The dead session's lock is gone; only the live store's remains.
        QCOMPARE(QDir(path + u"-sessions"_s).entryList(QDir::Files).size(), 1);
    }

    void exportRunsOnAWorkerThread()
    {
        SqliteHistoryStore store(dbPath(u"export"_s));
        QVERIFY(store.open());
        for (int i = 0; i < 30; ++i)
            store.add(attempt(u"case-%1"_s.arg(i), HistoryEntry::State::Done,
                              i % 3 ? ApiResult::Outcome::Success : ApiResult::Outcome::Rejected, i));
        HistoryQuery rejected;
        rejected.outcomes = {ApiResult::Outcome::Rejected};
        store.setQuery(rejected);
        const QString csv = m_dir.filePath(u"rejected.csv"_s);
        QFuture<HistoryExporter::Result> future = store.exportRows(HistoryExporter::Format::Csv, csv);
        future.waitForFinished();
        const HistoryExporter::Result result = future.result();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rows, 10);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("\r\n"), 11); // header + 10
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--add-sending") == 0)
        return addSendingAndWait(QString::fromLocal8Bit(argv[2]));
    TestHistoryDatabase test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_historydatabase.moc"
