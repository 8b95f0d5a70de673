#include "core/global.h"
#include "core/profiles/draftstore.h"
#include "support/persistencetest.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QtTest>
#include <iostream>

namespace {
// Draft number n: every field derived from n, and a long solution so that each write takes a while.
Draft numbered(int n)
{
    Draft d;
    d.profileId = u"profile-%1"_s.arg(n);
    d.update = PersistenceTest::fullEntry(u"case-%1"_s.arg(n)).update;
    d.update.solution = u"%1;"_s.arg(n).repeated(40000);
    return d;
}

// Whether `d` is exactly one of the drafts numbered() makes, not a mix of two.
int numberOf(const Draft &d)
{
    const int n = d.update.wolkvoxId.mid(5).toInt();
    return d == Draft{numbered(n).update, numbered(n).profileId, d.savedAt} ? n : -1;
}

// Run as a child: save numbered drafts as fast as possible, reporting each, until killed.
int writeDraftsForever(const QString &path)
{
    DraftStore store(path);
    for (int n = 1;; ++n) {
        if (!store.save(numbered(n))) {
            std::cerr << qPrintable(store.error()) << std::endl;
            return 2;
        }
        std::cout << "saved " << n << std::endl;
    }
}
} // namespace

// The form's autosave: what is saved comes back, a damaged file is reported, and a process killed in
// the middle of a save leaves the previous draft intact.
class TestDraftStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void defaultPathIsAppData()
    {
        QVERIFY(DraftStore::defaultFilePath().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }

    void saveLoadClear()
    {
        DraftStore store(m_dir.filePath(u"sub/draft.json"_s));
        QVERIFY(!store.hasDraft());
        QVERIFY(!store.load().has_value());
        QVERIFY(store.error().isEmpty()); // no draft is not an error

        Draft draft;
        draft.profileId = u"3f2a"_s;
        draft.update = PersistenceTest::fullEntry().update;
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY2(store.save(draft), qPrintable(store.error()));
        QVERIFY(store.hasDraft());
        const std::optional<Draft> loaded = store.load();
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->update, draft.update);
        QCOMPARE(loaded->profileId, draft.profileId);
        QVERIFY(loaded->savedAt >= before);
        QVERIFY(!loaded->isEmpty());

        QVERIFY(store.clear());
        QVERIFY(!store.hasDraft());
        QVERIFY(!QFile::exists(store.filePath()));
        QVERIFY(store.clear()); // clearing nothing is fine
    }

    void emptyDraft()
    {
        Draft draft;
        draft.update.server = u"crm.wolkvox.com"_s;
        draft.update.operation = u"ventas"_s;
        QVERIFY(draft.isEmpty());
        draft.update.customFields = {{u"a"_s, u""_s}};
        QVERIFY(!draft.isEmpty());
    }

    void damagedFileIsReported()
    {
        const QString path = m_dir.filePath(u"damaged.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\":\"casedesk-draft\",\"form\":{\"wolkvox_id\":\"ab");
        file.close();
        DraftStore store(path);
        QVERIFY(!store.hasDraft());
        QVERIFY(!store.load().has_value());
        QVERIFY(store.error().contains(u"damaged"_s));
    }

    void neverHoldsAToken()
    {
        DraftStore store(m_dir.filePath(u"token.json"_s));
        Draft draft;
        draft.update = PersistenceTest::fullEntry().update;
        QVERIFY(store.save(draft));
        QFile file(store.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("token"));
    }

    void unfinishedWriteKeepsThePreviousDraft()
    {
        const QString path = m_dir.filePath(u"unfinished.json"_s);
        DraftStore store(path);
        QVERIFY(store.save(numbered(1)));
        {
            // A writer that dies before committing: what SIGKILL does to a save in progress.
            QSaveFile partial(path);
            QVERIFY(partial.open(QIODevice::WriteOnly));
            partial.write("{\"format\":\"casedesk-draft\",\"form\":{");
        }
        const std::optional<Draft> loaded = store.load();
        QVERIFY(loaded.has_value());
        QCOMPARE(numberOf(*loaded), 1);
    }

    void killedWriterNeverLeavesATornDraft_data()
    {
        QTest::addColumn<int>("killAfter");
        QTest::newRow("first save") << 1;
        QTest::newRow("a few saves") << 3;
        QTest::newRow("many saves") << 12;
        QTest::newRow("more saves") << 25;
    }

    void killedWriterNeverLeavesATornDraft()
    {
        QFETCH(int, killAfter);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"draft.json"_s);
        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments({u"--write-drafts"_s, path});
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start();
        QVERIFY(child.waitForStarted());
        int reported = 0;
        while (reported < killAfter) {
            if (!child.canReadLine() && !child.waitForReadyRead(30000))
                QFAIL("the writer stopped reporting");
            while (child.canReadLine() && reported < killAfter) {
                const QByteArray line = child.readLine().trimmed();
                QVERIFY(line.startsWith("saved "));
                reported = line.mid(6).toInt();
            }
        }
        child.kill(); // SIGKILL, most likely in the middle of the next save
        QVERIFY(child.waitForFinished());

        DraftStore store(path);
        const std::optional<Draft> loaded = store.load();
        QVERIFY2(loaded.has_value(), qPrintable(store.error()));
        const int n = numberOf(*loaded);
        QVERIFY2(n >= reported, qPrintable(u"draft %1 after %2 reported saves"_s.arg(n).arg(reported)));
        // Nothing but the draft is left in the folder (no half-written temporary file).
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"draft.json"_s});
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--write-drafts") == 0)
        return writeDraftsForever(QString::fromLocal8Bit(argv[2]));
    TestDraftStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_draftstore.moc"
