#include "core/global.h"
#include "core/history/deferredhistorystore.h"
#include "core/history/historystore.h"

#include <QSignalSpy>
#include <QtTest>

// The in-memory history: newest first, addressed by row, updated by id, with signals a model can follow.
class TestHistoryStore : public QObject
{
    Q_OBJECT

private:
    static HistoryEntry attempt(const QString &id)
    {
        HistoryEntry e;
        e.time = QDateTime::currentDateTimeUtc();
        e.update.wolkvoxId = id;
        return e;
    }

private Q_SLOTS:
    void newestFirst()
    {
        MemoryHistoryStore store;
        QSignalSpy added(&store, &HistoryStore::added);
        QCOMPARE(store.count(), 0);
        const qint64 first = store.add(attempt(u"a"_s));
        const qint64 second = store.add(attempt(u"b"_s));
        QVERIFY(first > 0);
        QVERIFY(second > first);
        QCOMPARE(store.count(), 2);
        QCOMPARE(store.entry(0).update.wolkvoxId, u"b"_s);
        QCOMPARE(store.entry(1).update.wolkvoxId, u"a"_s);
        QCOMPARE(store.entry(0).id, second);
        QCOMPARE(store.rowOf(first), 1);
        QCOMPARE(store.rowOf(second), 0);
        QCOMPARE(store.rowOf(999), -1);
        QCOMPARE(added.size(), 2);
        QCOMPARE(added.at(1).at(0).toInt(), 0);
        QCOMPARE(store.entry(5).id, 0); // out of range: empty
        QCOMPARE(store.entry(-1).id, 0);
    }

    void updateById()
    {
        MemoryHistoryStore store;
        const qint64 id = store.add(attempt(u"a"_s));
        store.add(attempt(u"b"_s));
        QSignalSpy changed(&store, &HistoryStore::changed);
        HistoryEntry e = store.entry(store.rowOf(id));
        QCOMPARE(e.state, HistoryEntry::State::Sending);
        e.state = HistoryEntry::State::Done;
        e.result.outcome = ApiResult::Outcome::Success;
        e.result.httpStatus = 200;
        QVERIFY(store.update(e));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toInt(), 1);
        QVERIFY(store.entry(1).isDone());
        QCOMPARE(store.entry(1).result.httpStatus, 200);

        HistoryEntry unknown = e;
        unknown.id = 42;
        QVERIFY(!store.update(unknown));
        QCOMPARE(changed.size(), 1);
    }

    void manyRowsStayCheap()
    {
        MemoryHistoryStore store;
        for (int i = 0; i < 20000; ++i)
            store.add(attempt(QString::number(i)));
        QCOMPARE(store.count(), 20000);
        QCOMPARE(store.entry(0).update.wolkvoxId, u"19999"_s);
        QCOMPARE(store.rowOf(store.entry(12345).id), 12345);
    }
};

// The history the window opens after its first frame: empty until opened, then the opened store's rows
// and signals; a write before that opens it, so an early attempt is kept.
class TestDeferredHistoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyUntilOpenedThenForwards()
    {
        MemoryHistoryStore file;
        file.add(TestDeferredHistoryStore::attempt(u"old"_s));
        int opened = 0;
        DeferredHistoryStore *self = nullptr;
        DeferredHistoryStore store([&] {
            ++opened;
            self->setTarget(&file);
        });
        self = &store;
        QSignalSpy reset(&store, &HistoryStore::reset);
        QSignalSpy added(&store, &HistoryStore::added);
        QVERIFY(!store.isOpen());
        QCOMPARE(store.count(), 0); // reading does not open it
        QCOMPARE(store.entry(0).id, 0);
        QCOMPARE(store.rowOf(1), -1);
        QCOMPARE(opened, 0);

        store.open();
        store.open();
        QCOMPARE(opened, 1);
        QVERIFY(store.isOpen());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(store.count(), 1);
        QCOMPARE(store.entry(0).update.wolkvoxId, u"old"_s);

        file.add(attempt(u"new"_s)); // the file's own signals come out of the deferred store
        QCOMPARE(added.size(), 1);
        QCOMPARE(store.entry(0).update.wolkvoxId, u"new"_s);
    }

    void writeBeforeOpenOpensFirst()
    {
        MemoryHistoryStore file;
        DeferredHistoryStore *self = nullptr;
        DeferredHistoryStore store([&] { self->setTarget(&file); });
        self = &store;
        const qint64 id = store.add(attempt(u"early"_s));
        QVERIFY(id > 0);
        QVERIFY(store.isOpen());
        QCOMPARE(file.count(), 1);
        QCOMPARE(store.rowOf(id), 0);
        HistoryEntry e = store.entry(0);
        e.state = HistoryEntry::State::Done;
        QVERIFY(store.update(e));
        QVERIFY(file.entry(0).isDone());
    }

private:
    static HistoryEntry attempt(const QString &id)
    {
        HistoryEntry e;
        e.time = QDateTime::currentDateTimeUtc();
        e.update.wolkvoxId = id;
        return e;
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int status = 0;
    {
        TestHistoryStore test;
        status |= QTest::qExec(&test, argc, argv);
    }
    {
        TestDeferredHistoryStore test;
        status |= QTest::qExec(&test, argc, argv);
    }
    return status;
}
#include "tst_historystore.moc"
