#include "../persistence/persistencetest.h"
#include "global.h"
#include "simulatorprocess.h"

#include <QDeadlineTimer>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <memory>
#include <sys/types.h>

#ifndef CASEDESK_APP_PATH
#error "CASEDESK_APP_PATH must name the casedesk binary"
#endif

// The real casedesk binary, started with its own HOME and XDG folders: what survives a SIGKILL.
class TestAppProcess : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    QProcessEnvironment environment(const QString &script, const QString &dump) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
        env.insert(u"XDG_RUNTIME_DIR"_s, m_home.filePath(u"runtime"_s));
        env.insert(u"CASEDESK_DRAFT_DELAY_MS"_s, u"50"_s);
        env.remove(u"WOLKVOX_TOKEN"_s);
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s); // never the developer's keychain
        env.insert(u"CASEDESK_TEST_SCRIPT"_s, script);
        env.insert(u"CASEDESK_TEST_DUMP"_s, dump);
        return env;
    }

    std::unique_ptr<QProcess> start(const QString &script, const QString &dump, const QString &token = {})
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment env = environment(script, dump);
        if (!token.isEmpty())
            env.insert(u"WOLKVOX_TOKEN"_s, token);
        process->setProcessEnvironment(env);
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(QString::fromUtf8(CASEDESK_APP_PATH), {});
        if (!process->waitForStarted(30000))
            return nullptr;
        return process;
    }

    // The first file named `name` anywhere under `root` (the temporary HOME by default).
    QString find(const QString &name) const { return find(m_home.path(), name); }
    static QString find(const QString &root, const QString &name)
    {
        QDirIterator it(root, {name}, QDir::Files, QDirIterator::Subdirectories);
        return it.hasNext() ? it.next() : QString();
    }

    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        return !path.isEmpty() && file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static void writeJson(const QString &path, const QJsonObject &object)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(object).toJson());
    }

    static void killHard(QProcess *process)
    {
        QCOMPARE(::kill(pid_t(process->processId()), SIGKILL), 0);
        QVERIFY(process->waitForFinished(30000));
        QCOMPARE(process->exitStatus(), QProcess::CrashExit);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        for (const char *dir : {"config", "data", "cache", "runtime"})
            QVERIFY(QDir(m_home.path()).mkpath(QString::fromLatin1(dir)));
        QFile::setPermissions(m_home.filePath(u"runtime"_s),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void draftSurvivesSigkill()
    {
        const QString script = m_home.filePath(u"edit.json"_s);
        const QString dump = m_home.filePath(u"dump-1.json"_s);
        QJsonObject form{{u"wolkvox_id"_s, u"killed-case-42"_s},
                         {u"responsible"_s, u"ana@modulodeprueba"_s},
                         {u"solution"_s, u"Typed before the kill, ñ"_s},
                         {u"custom_fields"_s, QJsonArray{QJsonArray{u"ciudad"_s, u"Medellín"_s}}}};
        writeJson(script, {{u"form"_s, form}});

        // First run: the form is edited, the draft autosaved, then the process is killed outright.
        auto first = start(script, dump);
        QVERIFY(first);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dump), 30000);
        QVERIFY(!QJsonDocument::fromJson(contents(dump)).object().value(u"restoreOffered"_s).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(contents(find(u"draft.json"_s)).contains("killed-case-42"), 30000);
        killHard(first.get());
        QVERIFY(contents(find(u"draft.json"_s)).contains("killed-case-42"));

        // Second run: the draft is offered and restored.
        const QString answer = m_home.filePath(u"restore.json"_s);
        const QString dump2 = m_home.filePath(u"dump-2.json"_s);
        writeJson(answer, {{u"answerRestore"_s, u"restore"_s}});
        auto second = start(answer, dump2);
        QVERIFY(second);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dump2), 30000);
        const QJsonObject state = QJsonDocument::fromJson(contents(dump2)).object();
        QVERIFY(state.value(u"restoreOffered"_s).toBool());
        QVERIFY2(state.value(u"restoreText"_s).toString().startsWith(u"Restore the unsent case from "_s),
                 qPrintable(state.value(u"restoreText"_s).toString()));
        const QJsonObject restored = state.value(u"form"_s).toObject();
        QCOMPARE(restored.value(u"wolkvox_id"_s).toString(), u"killed-case-42"_s);
        QCOMPARE(restored.value(u"responsible"_s).toString(), u"ana@modulodeprueba"_s);
        QCOMPARE(restored.value(u"solution"_s).toString(), u"Typed before the kill, ñ"_s);
        QCOMPARE(restored.value(u"custom_fields"_s).toArray(),
                 (QJsonArray{QJsonArray{u"ciudad"_s, u"Medellín"_s}}));
        killHard(second.get());

        // Third run without an answer: still offered (restoring does not consume it until sent or cleared).
        const QString dump3 = m_home.filePath(u"dump-3.json"_s);
        auto third = start(QString(), dump3);
        QVERIFY(third);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dump3), 30000);
        QVERIFY(QJsonDocument::fromJson(contents(dump3)).object().value(u"restoreOffered"_s).toBool());
        killHard(third.get());
    }

    // A bulk correction killed with requests in flight: the next start offers it, its in-flight rows are
    // "interrupted" and nothing is sent again by itself.
    void batchKilledMidwayIsOfferedAndNotResent()
    {
        SimulatorProcess sim;
        // Each update is held for two seconds: the kill always finds rows on their way.
        QVERIFY2(sim.start({u"--delay-ms"_s, u"2000"_s}), qPrintable(sim.errorText()));
        const QString csv = m_home.filePath(u"sweep.csv"_s);
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("wolkvox-id;estado;prioridad;responsable;tipo\r\n"
                       "6074aaa0801374bbbbb781025ccc7d3;in progress;high;ana@modulodeprueba;Request\r\n"
                       "64cb13ac9f0e1a7c2d5b8e4f6a1c0d2;in progress;high;ana@modulodeprueba;Request\r\n"
                       "5f7beb43e37a789eeffd3b2a3ee62f4;in progress;high;ana@modulodeprueba;Request\r\n"
                       "53471299bf2b2c0058c5c89083ab21a;in progress;high;ana@modulodeprueba;Request\r\n"
                       "cf9d6a6d52313c6d1fd8dc04c4dcd40;in progress;high;ana@modulodeprueba;Request\r\n");
        }
        const QString script = m_home.filePath(u"batch.json"_s);
        const QString dump = m_home.filePath(u"batch-dump-1.json"_s);
        const QJsonObject form{{u"server"_s, sim.server()},
                               {u"operation"_s, QString::fromLatin1(SimulatorProcess::DemoOperation)}};
        writeJson(script,
                  {{u"form"_s, form}, {u"batch"_s, QJsonObject{{u"file"_s, csv}, {u"send"_s, true}}}});
        auto first = start(script, dump, QString::fromLatin1(SimulatorProcess::DemoToken));
        QVERIFY(first);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dump), 30000);
        const QJsonObject started = QJsonDocument::fromJson(contents(dump)).object();
        QCOMPARE(started.value(u"batchValid"_s).toInt(), 5);
        QVERIFY(started.value(u"batchId"_s).toInteger() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(sim.stats().value(u"in_flight"_s).toInt() >= 1, 30000);
        killHard(first.get());
        const qint64 requestsAtKill = sim.stats().value(u"requests"_s).toInteger();
        QVERIFY(requestsAtKill >= 1);

        // Second start, no token, nothing asked: the batch is offered, nothing is sent.
        const QString dump2 = m_home.filePath(u"batch-dump-2.json"_s);
        auto second = start(QString(), dump2);
        QVERIFY(second);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dump2), 30000);
        const QJsonObject state = QJsonDocument::fromJson(contents(dump2)).object();
        QVERIFY2(state.value(u"batchOffered"_s).toBool(),
                 qPrintable(state.value(u"bannerTitle"_s).toString()));
        QCOMPARE(state.value(u"bannerTitle"_s).toString(), u"A bulk correction was not finished"_s);
        const QJsonArray unfinished = state.value(u"unfinished"_s).toArray();
        QCOMPARE(unfinished.size(), 1);
        const QJsonObject batch = unfinished.at(0).toObject();
        QCOMPARE(batch.value(u"id"_s).toInteger(), started.value(u"batchId"_s).toInteger());
        QCOMPARE(batch.value(u"sending"_s).toInt(), 0);
        QVERIFY(batch.value(u"interrupted"_s).toInt() >= 1);
        QCOMPARE(batch.value(u"interrupted"_s).toInt() + batch.value(u"queued"_s).toInt()
                     + batch.value(u"done"_s).toInt(),
                 5);
        QTest::qWait(500);
        QCOMPARE(sim.stats().value(u"requests"_s).toInteger(), requestsAtKill);
        killHard(second.get());
    }

    // A full update through the real app, then every file it wrote (settings, history database with its
    // WAL, draft, logs, caches) is searched for the token.
    void tokenIsInNoFile()
    {
        SimulatorProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorText()));
        QTemporaryDir root;
        QVERIFY(root.isValid());
        QProcessEnvironment env = PersistenceTest::isolatedEnvironment(root.path());
        const QString token = QString::fromLatin1(SimulatorProcess::DemoToken);
        const QString home = env.value(u"HOME"_s);
        const QString attachment = home + u"/evidence.csv"_s;
        {
            QFile file(attachment);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("a,b\n1,2\n");
        }
        const QString script = home + u"/send.json"_s;
        const QString dump = home + u"/dump.json"_s;
        const QJsonObject form{{u"server"_s, sim.server()},
                               {u"operation"_s, QString::fromLatin1(SimulatorProcess::DemoOperation)},
                               {u"wolkvox_id"_s, QString::fromLatin1(SimulatorProcess::DemoCase)},
                               {u"case_type"_s, u"Request"_s},
                               {u"responsible"_s, u"ana@modulodeprueba"_s},
                               {u"status"_s, u"open"_s},
                               {u"priority"_s, u"high"_s},
                               {u"attachments"_s, QJsonArray{attachment}}};
        writeJson(script, {{u"form"_s, form}, {u"send"_s, true}});
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"CASEDESK_DRAFT_DELAY_MS"_s, u"50"_s);
        env.insert(u"CASEDESK_TEST_SCRIPT"_s, script);
        env.insert(u"CASEDESK_TEST_DUMP"_s, dump);
        env.insert(u"WOLKVOX_TOKEN"_s, token);
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);

        QProcess app;
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(QString::fromUtf8(CASEDESK_APP_PATH), {});
        QVERIFY(app.waitForStarted(30000));
        QVERIFY(app.waitForFinished(120000)); // the hook closes the window after the answer
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        const QJsonObject state = QJsonDocument::fromJson(contents(dump)).object();
        QCOMPARE(state.value(u"outcome"_s).toString(), u"success"_s);
        QFile::remove(script); // the test's own files are not the app's
        QFile::remove(dump);

        // The app did write: the history database exists and holds the attempt.
        QVERIFY(!find(root.path(), u"history.sqlite"_s).isEmpty());
        QVERIFY(PersistenceTest::filesContaining(root.path(), QString::fromLatin1(SimulatorProcess::DemoCase))
                    .size()
                >= 1);
        const QStringList hits = PersistenceTest::filesContaining(root.path(), token);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_s)));

        // Control: the search does find a planted token.
        {
            QFile planted(env.value(u"XDG_DATA_HOME"_s) + u"/planted.bin"_s);
            QVERIFY(planted.open(QIODevice::WriteOnly));
            planted.write(token.toUtf8().toBase64());
        }
        QCOMPARE(PersistenceTest::filesContaining(root.path(), token).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAppProcess)
#include "tst_appprocess.moc"
