#include "core/batch/batchimport.h"
#include "core/batch/batchstore.h"
#include "core/csv/csvreader.h"
#include "core/global.h"
#include "core/history/sqlitehistorystore.h"
#include "core/storage/historydatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using State = BatchRow::State;

// The batch tables: every state change written at once, rows found "sending" after a crash marked
// interrupted, one runner per batch, results exported.
class TestBatchStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;

    QString dbPath() { return m_dir.filePath(u"history-%1.sqlite"_s.arg(++m_serial)); }

    static BatchImport demoImport(int rows, const QString &path = u"/data/fix.csv"_s)
    {
        QByteArray csv = "wolkvox-id,case-type,responsible,status,priority,solution\n";
        for (int i = 1; i <= rows; ++i)
            csv += QByteArray("case-") + QByteArray::number(i) + ",Request,ana@modulodeprueba,open,low,\n";
        // One invalid row at the end: a bad responsible.
        csv += "case-bad,Request,ana,open,low,\n";
        BatchDefaults defaults;
        defaults.server = u"crm0001.wolkvox.com"_s;
        defaults.operation = u"modulodeprueba"_s;
        return BatchImport::fromBytes(csv, path, defaults);
    }

    static ApiResult answer(ApiResult::Outcome outcome, int code, const QString &msg)
    {
        ApiResult r;
        r.outcome = outcome;
        r.httpStatus = code;
        r.code = code;
        r.msg = msg;
        if (outcome == ApiResult::Outcome::Success)
            r.wolkvoxId = u"wv-1"_s;
        else
            r.vendorError = ApiResult::VendorError::Other;
        return r;
    }

    // Every field a stored row has, as the store reads it back.
    static void compareRows(const QList<BatchRow> &given, const QList<BatchRow> &stored)
    {
        QCOMPARE(given.size(), stored.size());
        for (qsizetype i = 0; i < given.size(); ++i) {
            const BatchRow &a = given.at(i);
            const BatchRow &b = stored.at(i);
            QCOMPARE(a.id, b.id);
            QCOMPARE(a.batchId, b.batchId);
            QCOMPARE(a.number, b.number);
            QCOMPARE(a.line, b.line);
            QCOMPARE(a.state, b.state);
            QCOMPARE(a.update, b.update);
            QCOMPARE(a.issues.size(), b.issues.size());
            for (qsizetype j = 0; j < a.issues.size(); ++j) {
                QCOMPARE(a.issues.at(j).field, b.issues.at(j).field);
                QCOMPARE(a.issues.at(j).index, b.issues.at(j).index);
                QCOMPARE(a.issues.at(j).rule, b.issues.at(j).rule);
                QCOMPARE(a.issues.at(j).message, b.issues.at(j).message);
            }
            QCOMPARE(a.message, b.message);
            QCOMPARE(a.updated, b.updated);
            QCOMPARE(a.lastAttemptId, b.lastAttemptId);
            QCOMPARE(BatchStore::resultFields(a), BatchStore::resultFields(b));
        }
    }

private Q_SLOTS:
    void createStoresValidRowsQueuedAndInvalidSkipped()
    {
        BatchStore store(dbPath());
        QVERIFY2(store.open(), qPrintable(store.error()));
        QCOMPARE(store.database()->schemaVersion(), HistoryDatabase::SchemaVersion);
        const BatchImport import = demoImport(3);
        QCOMPARE(import.validCount(), 3);
        const qint64 id = store.create(import);
        QVERIFY(id > 0);

        const std::optional<BatchInfo> info = store.batch(id);
        QVERIFY(info);
        QCOMPARE(info->total(), 4);
        QCOMPARE(info->count(State::Queued), 3);
        QCOMPARE(info->count(State::Skipped), 1);
        // The runner's queue reads ids only: the same rows, in the same order.
        QList<qint64> queuedIds;
        for (const BatchRow &row : store.rows(id, {State::Queued}))
            queuedIds.append(row.id);
        QCOMPARE(queuedIds.size(), 3);
        QCOMPARE(store.rowIds(id, {State::Queued}), queuedIds);
        QCOMPARE(store.rowIds(id).size(), 4);
        QCOMPARE(info->sourcePath, u"/data/fix.csv"_s);
        QCOMPARE(info->sourceSha256, import.sourceSha256());
        QCOMPARE(info->operation, u"modulodeprueba"_s);
        QCOMPARE(info->mapping, import.mapping());
        QVERIFY(info->isUnfinished());

        const QList<BatchRow> rows = store.rows(id);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).number, 1);
        QCOMPARE(rows.at(0).line, 2);
        QCOMPARE(rows.at(0).update, import.rows().at(0).update);
        QCOMPARE(rows.at(3).state, State::Skipped);
        QCOMPARE(rows.at(3).issues.at(0).rule, u"responsible-format"_s);
        QVERIFY(rows.at(3).message.contains(u"user@operation"_s));
        QCOMPARE(store.rows(id, {State::Skipped}).size(), 1);

        QCOMPARE(store.findUnfinished(u"/data/fix.csv"_s, import.sourceSha256())->id, id);
        QVERIFY(!store.findUnfinished(u"/data/fix.csv"_s, u"other"_s));
        QVERIFY(!store.findUnfinished(u"/data/other.csv"_s, import.sourceSha256()));

        // Without the invalid rows.
        const qint64 second = store.create(import, false);
        QCOMPARE(store.batch(second)->total(), 3);
        QCOMPARE(store.unfinishedBatches().size(), 2);
        QCOMPARE(store.unfinishedBatches().at(0).id, second);
    }

    void createHandsBackTheStoredRows()
    {
        // The window shows the rows create() wrote without reading them back: they must be what rows()
        // reads, field by field, in the window's thread and from the pool thread alike.
        BatchStore store(dbPath());
        QVERIFY2(store.open(), qPrintable(store.error()));
        const BatchImport import = demoImport(5);
        QList<BatchRow> created;
        const qint64 id = store.create(import, true, &created);
        QVERIFY(id > 0);
        QCOMPARE(created.size(), 6);
        QCOMPARE(created.constLast().state, State::Skipped);
        compareRows(created, store.rows(id));

        QFuture<BatchStore::Created> future = store.createInBackground(import);
        future.waitForFinished();
        const BatchStore::Created background = future.result();
        QVERIFY2(background.id > id, qPrintable(background.error));
        QVERIFY(background.error.isEmpty());
        compareRows(background.rows, store.rows(background.id));
        QCOMPARE(store.batch(background.id)->sourceSha256, import.sourceSha256());

        future = store.createInBackground(import, false);
        future.waitForFinished();
        QCOMPARE(future.result().rows.size(), 5);
        compareRows(future.result().rows, store.rows(future.result().id));
        QCOMPARE(store.batches().size(), 3);

        // A file that cannot be used: nothing stored, and the reason.
        BatchStore broken(m_dir.path());
        future = broken.createInBackground(import);
        future.waitForFinished();
        QCOMPARE(future.result().id, 0);
        QVERIFY(future.result().rows.isEmpty());
        QVERIFY2(future.result().error.contains(u"folder"_s), qPrintable(future.result().error));
    }

    void rowsMoveOnlyThroughAllowedStates()
    {
        BatchStore store(dbPath());
        QVERIFY(store.open());
        const qint64 id = store.create(demoImport(3));
        QSignalSpy changed(&store, &BatchStore::rowChanged);
        const QList<BatchRow> rows = store.rows(id, {State::Queued});
        const qint64 a = rows.at(0).id, b = rows.at(1).id, c = rows.at(2).id;

        QVERIFY(store.markSending(a, 41));
        QVERIFY(!store.markSending(a, 42)); // only a queued row may go out
        QCOMPARE(store.row(a)->state, State::Sending);
        QCOMPARE(store.row(a)->attempts, 1);
        QCOMPARE(store.row(a)->lastAttemptId, 41);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toLongLong(), id);

        QVERIFY(store.markAnswered(
            a, answer(ApiResult::Outcome::Success, 200, u"Succesfully update record"_s), 41));
        const BatchRow done = *store.row(a);
        QCOMPARE(done.state, State::Done);
        QCOMPARE(done.outcome, ApiResult::Outcome::Success);
        QCOMPARE(done.code, 200);
        QCOMPARE(done.resultWolkvoxId, u"wv-1"_s);
        QCOMPARE(done.message, u"Succesfully update record"_s);
        QVERIFY(
            !store.markAnswered(a, answer(ApiResult::Outcome::Success, 200, {}), 41)); // not sending any more

        QVERIFY(store.markSending(b, 43));
        QVERIFY(store.markAnswered(
            b, answer(ApiResult::Outcome::Rejected, 400, u"THE STATUS DOES NOT EXIST FOR THIS CASE TYPE"_s),
            43));
        QCOMPARE(store.row(b)->state, State::Failed);
        QCOMPARE(store.row(b)->httpStatus, 400);
        QCOMPARE(store.row(b)->message, u"THE STATUS DOES NOT EXIST FOR THIS CASE TYPE"_s);

        QVERIFY(store.markSending(c, 44));
        ApiResult busy
            = answer(ApiResult::Outcome::Rejected, 403, u"EXCEEDS THE LIMIT OF SIMULTANEOUS REQUESTS"_s);
        busy.vendorError = ApiResult::VendorError::ConcurrencyLimit;
        QVERIFY(store.markQueued(c, busy));
        QCOMPARE(store.row(c)->state, State::Queued);
        QCOMPARE(store.row(c)->attempts, 1);
        QCOMPARE(store.row(c)->vendorError, ApiResult::VendorError::ConcurrencyLimit);
        QVERIFY(store.markSending(c, 45));
        QVERIFY(store.markInterrupted(c));
        QCOMPARE(store.row(c)->state, State::Interrupted);
        QCOMPARE(store.row(c)->attempts, 2);

        // Retrying failed rows touches nothing else; a done row is never requeued.
        QSignalSpy bulk(&store, &BatchStore::rowsChanged);
        QCOMPARE(store.requeue(id, {State::Failed}), 1);
        QCOMPARE(bulk.size(), 1);
        QCOMPARE(store.row(b)->state, State::Queued);
        QCOMPARE(store.row(c)->state, State::Interrupted);
        QCOMPARE(store.requeueRows({a, c}), 1);
        QCOMPARE(store.row(a)->state, State::Done);
        QCOMPARE(store.row(c)->state, State::Queued);

        QCOMPARE(store.cancelQueued(id), 2);
        QCOMPARE(store.counts(id).value(State::Cancelled), 2);
        QVERIFY(!store.batch(id)->isUnfinished());
        QCOMPARE(store.requeue(id, {State::Cancelled}), 2);
        QVERIFY(store.batch(id)->isUnfinished());
        QVERIFY(store.close(id));
        QVERIFY(store.batch(id)->closed);
        QVERIFY(!store.batch(id)->isUnfinished());
        QCOMPARE(store.counts(id).value(State::Queued), 0);
        QVERIFY(store.unfinishedBatches().isEmpty());
    }

    void sendingRowsOfADeadSessionBecomeInterrupted()
    {
        const QString path = dbPath();
        qint64 id = 0;
        qint64 rowId = 0;
        {
            BatchStore store(path);
            QVERIFY(store.open());
            id = store.create(demoImport(2));
            rowId = store.rows(id).at(0).id;
            QVERIFY(store.claim(id));
            QVERIFY(store.markSending(rowId, 1));
            // A killed process never runs its destructor: leave the row "sending" under a session whose
            // lock nobody holds.
            QSqlQuery q(store.database()->connection());
            QVERIFY(q.exec(u"UPDATE batches SET session = 'dead-session'"_s));
        }
        BatchStore reopened(path);
        QVERIFY(reopened.open());
        QCOMPARE(reopened.interruptedOnOpen(), 1);
        QCOMPARE(reopened.row(rowId)->state, State::Interrupted);
        QCOMPARE(reopened.counts(id).value(State::Queued), 1);
        QVERIFY(reopened.batch(id)->isUnfinished());
        QVERIFY(reopened.claim(id)); // the dead session's claim is gone
    }

    void aLiveSessionKeepsItsBatch()
    {
        const QString path = dbPath();
        BatchStore first(path);
        QVERIFY(first.open());
        const qint64 id = first.create(demoImport(2));
        const qint64 rowId = first.rows(id).at(0).id;
        QVERIFY(first.claim(id));
        QVERIFY(first.markSending(rowId, 1));

        BatchStore second(path);
        QVERIFY(second.open());
        QCOMPARE(second.interruptedOnOpen(), 0); // the first session is alive: its row is in flight
        QCOMPARE(second.row(rowId)->state, State::Sending);
        QVERIFY(second.isClaimedElsewhere(id));
        QVERIFY(!second.claim(id));
        QVERIFY(second.error().contains(u"Another"_s));

        first.release(id);
        QVERIFY(!second.isClaimedElsewhere(id));
        QVERIFY(second.claim(id));
    }

    void closingTheStoreInterruptsItsOwnRowsInFlight()
    {
        const QString path = dbPath();
        qint64 rowId = 0;
        {
            BatchStore store(path);
            QVERIFY(store.open());
            const qint64 id = store.create(demoImport(1));
            rowId = store.rows(id).at(0).id;
            QVERIFY(store.claim(id));
            QVERIFY(store.markSending(rowId, 1));
        }
        BatchStore reopened(path);
        QVERIFY(reopened.open());
        QCOMPARE(reopened.interruptedOnOpen(), 0);
        QCOMPARE(reopened.row(rowId)->state, State::Interrupted);
    }

    void historyAttemptsKnowTheirBatch()
    {
        const QString path = dbPath();
        SqliteHistoryStore history(path);
        QVERIFY(history.open());
        HistoryEntry single;
        single.update.wolkvoxId = u"alone"_s;
        HistoryEntry batched;
        batched.update.wolkvoxId = u"in-batch"_s;
        batched.batchId = 7;
        batched.batchRow = 12;
        QVERIFY(history.add(single) > 0);
        const qint64 id = history.add(batched);
        QVERIFY(id > 0);
        const std::optional<HistoryEntry> stored = history.database()->entryById(id);
        QCOMPARE(stored->batchId, 7);
        QCOMPARE(stored->batchRow, 12);
        HistoryQuery query;
        query.batchId = 7;
        QVERIFY(query.filters());
        history.setQuery(query);
        QCOMPARE(history.count(), 1);
        QCOMPARE(history.entry(0).update.wolkvoxId, u"in-batch"_s);
    }

    void sharesTheHistoryConnectionAndSession()
    {
        // The window's way: one connection and one session lock for the history and its batches.
        const QString path = dbPath();
        qint64 rowId = 0;
        qint64 batchId = 0;
        {
            SqliteHistoryStore history(path);
            QVERIFY(history.open());
            BatchStore store(history.database(), history.session());
            QVERIFY(store.open());
            QCOMPARE(store.database(), history.database());
            QCOMPARE(QSqlDatabase::connectionNames().size(), 1);
            const QStringList locks
                = QDir(path + u"-sessions"_s).entryList({u"*.lock"_s}, QDir::Files | QDir::Hidden);
            QCOMPARE(locks.size(), 1);
            QCOMPARE(locks.constFirst(), history.session()->id() + u".lock"_s);

            batchId = store.create(demoImport(2));
            QVERIFY(batchId > 0);
            rowId = store.rows(batchId).at(0).id;
            QVERIFY(store.claim(batchId));
            // A row and its history attempt, written one after the other on the one connection.
            HistoryEntry attempt;
            attempt.update.wolkvoxId = u"case-1"_s;
            attempt.batchId = batchId;
            attempt.batchRow = 1;
            const qint64 attemptId = history.add(attempt);
            QVERIFY(attemptId > 0);
            QVERIFY(store.markSending(rowId, attemptId));
            // Work begun inside another write joins it instead of failing to nest.
            QVERIFY(history.database()->transaction([&] { return store.markQueued(rowId, ApiResult()); }));
            QCOMPARE(store.row(rowId)->state, State::Queued);
            QVERIFY(store.markSending(rowId, attemptId));
        } // the batch store goes first, then the history that owns the connection
        QCOMPARE(QSqlDatabase::connectionNames().size(), 0);
        BatchStore reopened(path);
        QVERIFY(reopened.open());
        QCOMPARE(reopened.row(rowId)->state, State::Interrupted); // closed with its row in flight
        QVERIFY(reopened.claim(batchId)); // and its claim released
    }

    void exportsResultsAsCsv()
    {
        BatchStore store(dbPath());
        QVERIFY(store.open());
        const qint64 id = store.create(demoImport(2));
        const QList<BatchRow> rows = store.rows(id);
        QVERIFY(store.markSending(rows.at(0).id, 1));
        QVERIFY(store.markAnswered(
            rows.at(0).id, answer(ApiResult::Outcome::Success, 200, u"Succesfully update record"_s), 1));
        QVERIFY(store.markSending(rows.at(1).id, 2));
        QVERIFY(store.markAnswered(
            rows.at(1).id, answer(ApiResult::Outcome::Rejected, 400, u"BAD, \"QUOTED\"\nSECOND LINE"_s), 2));

        const QString file = m_dir.filePath(u"results.csv"_s);
        QString error;
        QVERIFY2(store.exportResults(id, file, &error), qPrintable(error));
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        QVERIFY(bytes.startsWith("\xef\xbb\xbf"));
        // Our own reader reads it back exactly.
        const CsvTable table = CsvReader::read(bytes);
        QVERIFY(table.isUsable());
        QCOMPARE(table.header, BatchStore::resultColumns());
        QCOMPARE(table.rows.size(), 3);
        QCOMPARE(table.rows.at(0).cells,
                 (QStringList{u"1"_s, u"2"_s, u"case-1"_s, u"done"_s, u"success"_s, u"200"_s, u"200"_s,
                              u"Succesfully update record"_s, u"wv-1"_s, u"1"_s}));
        QCOMPARE(table.rows.at(1).cells.at(3), u"failed"_s);
        QCOMPARE(table.rows.at(1).cells.at(7), u"BAD, \"QUOTED\"\nSECOND LINE"_s);
        QCOMPARE(table.rows.at(2).cells.at(3), u"skipped"_s);
        QCOMPARE(table.rows.at(2).cells.at(9), u"0"_s);

        QVERIFY(!store.exportResults(id, m_dir.filePath(u"no/such/folder/r.csv"_s), &error));
        QVERIFY(!error.isEmpty());
    }

    void stateIdsRoundTrip()
    {
        for (const State state : BatchRow::allStates()) {
            QCOMPARE(BatchRow::stateFromId(BatchRow::stateId(state)), state);
            QVERIFY(!BatchRow::stateName(state).isEmpty());
        }
        QCOMPARE(BatchRow::stateName(State::Interrupted), u"Interrupted — check the case"_s);
    }
};

QTEST_GUILESS_MAIN(TestBatchStore)
#include "tst_batchstore.moc"
