#include "core/global.h"
#include "core/history/filehasher.h"
#include "core/history/historyexporter.h"
#include "core/history/sqlitehistorystore.h"
#include "core/net/apijob.h"
#include "core/net/casesclient.h"
#include "core/profiles/draftstore.h"
#include "core/profiles/profilestore.h"
#include "core/profiles/secretstore.h"
#include "core/profiles/settings.h"
#include "support/persistencetest.h"
#include "support/simulatorprocess.h"
#include "support/testfiles.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

// The core half of "the token is written nowhere": real updates against the CRM simulator (one accepted,
// one refused for a wrong token), recorded the way the window records them, with every file the core
// writes (history, its WAL, profiles, draft, settings, exports) then searched for both tokens.
class TestTokenNotPersisted : public QObject
{
    Q_OBJECT

private:
    static ApiResult waitFor(ApiJob *job)
    {
        QSignalSpy finished(job, &ApiJob::finished);
        if (!finished.wait(30000))
            return {};
        return finished.constFirst().constFirst().value<ApiResult>();
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ApiResult>(); }

    void fullUpdateLeavesNoToken()
    {
        SimulatorProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorText()));
        QTemporaryDir appData; // stands for AppDataLocation and the settings folder
        QVERIFY(appData.isValid());
        QTemporaryDir files;
        QVERIFY(files.isValid());
        const QString token = QString::fromLatin1(SimulatorProcess::DemoToken);
        const QString wrongToken = u"WRONG-7f3a9c1e"_s;

        SecretStore secrets(SecretStore::Mode::MemoryOnly);
        ProfileStore profiles(appData.filePath(u"profiles.json"_s), &secrets);
        QVERIFY(profiles.load());
        ConnectionProfile profile;
        profile.name = u"Simulador"_s;
        profile.server = sim.server();
        profile.operation = QString::fromLatin1(SimulatorProcess::DemoOperation);
        const QString profileId = profiles.add(profile);
        bool stored = false;
        secrets.writeToken(profileId, token, this, [&](const SecretStore::Result &r) { stored = r.ok(); });
        QTRY_VERIFY(stored);

        Settings settings(appData.filePath(u"settings.ini"_s));
        settings.setLastServer(sim.server());
        settings.setLastOperation(profile.operation);

        CaseUpdate update;
        update.server = sim.server();
        update.operation = profile.operation;
        update.wolkvoxId = QString::fromLatin1(SimulatorProcess::DemoCase);
        update.caseType = u"Request"_s;
        update.responsible = u"ana@modulodeprueba"_s;
        update.status = u"open"_s;
        update.priority = u"low"_s;
        update.customFields = {{u"ciudad"_s, u"Bogotá"_s}};
        update.attachments = {TestFiles::write(files.filePath(u"informe.pdf"_s), "%PDF-1.4 demo")};

        DraftStore draft(appData.filePath(u"draft.json"_s));
        QVERIFY(draft.save({update, profileId, {}}));

        SqliteHistoryStore history(appData.filePath(u"history.sqlite"_s));
        QVERIFY2(history.open(), qPrintable(history.error()));
        QNetworkAccessManager network;
        CasesClient client(&network);

        for (const QString &used : {token, wrongToken}) {
            // As the window does it: written as "sending" first, hashed off the UI thread, then completed.
            HistoryEntry entry;
            entry.time = QDateTime::currentDateTimeUtc();
            entry.update = update;
            entry.attachmentSizes = {QFileInfo(update.attachments.constFirst()).size()};
            entry.id = history.add(entry);
            QVERIFY(entry.id > 0);
            QFuture<QList<FileHasher::Result>> hashes = FileHasher::hashAll(update.attachments);
            const ApiResult result
                = waitFor(client.updateCase(update, used, profiles.current().connectionSettings()));
            hashes.waitForFinished();
            entry.attachmentSha256 = FileHasher::digests(hashes.result());
            entry.result = result;
            entry.state = HistoryEntry::State::Done;
            QVERIFY(history.update(entry));
            QCOMPARE(result.outcome,
                     used == token ? ApiResult::Outcome::Success : ApiResult::Outcome::Rejected);
        }
        QCOMPARE(history.count(), 2);
        QVERIFY(!history.entry(0).attachmentSha256.constFirst().isEmpty());

        QFuture<HistoryExporter::Result> csv
            = history.exportRows(HistoryExporter::Format::Csv, appData.filePath(u"export.csv"_s));
        QFuture<HistoryExporter::Result> json
            = history.exportRows(HistoryExporter::Format::Json, appData.filePath(u"export.json"_s));
        csv.waitForFinished();
        json.waitForFinished();
        QVERIFY(csv.result().ok && json.result().ok);
        settings.sync();

        // Searched while the history is still open, so its WAL is searched too, and again once closed.
        QCOMPARE(PersistenceTest::filesContaining(appData.path(), token), QStringList());
        QCOMPARE(PersistenceTest::filesContaining(appData.path(), wrongToken), QStringList());
        QVERIFY(QFile::exists(appData.filePath(u"history.sqlite-wal"_s)));
        history.database()->close();
        QCOMPARE(PersistenceTest::filesContaining(appData.path(), token), QStringList());
        QCOMPARE(PersistenceTest::filesContaining(appData.path(), wrongToken), QStringList());

        // The search itself finds a token where one is (here in UTF-16, as a careless QDataStream would).
        const QString control
            = TestFiles::write(appData.filePath(u"control.bin"_s),
                               QByteArray(reinterpret_cast<const char *>(token.utf16()), token.size() * 2));
        QCOMPARE(PersistenceTest::filesContaining(appData.path(), token), QStringList{control});
    }
};

QTEST_GUILESS_MAIN(TestTokenNotPersisted)
#include "tst_tokennotpersisted.moc"
