#include "core/global.h"
#include "core/history/sqlitehistorystore.h"
#include "support/persistencetest.h"
#include "support/simulatorprocess.h"

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

    static QJsonObject readDump(const QString &path)
    {
        return QJsonDocument::fromJson(contents(path)).object();
    }

    static QJsonArray attachmentsIn(const QJsonObject &dump)
    {
        return dump.value(u"form"_s).toObject().value(u"attachments"_s).toArray();
    }

    // The app's own folders under `root`, and its test hooks when `script` or `dump` are given.
    static QProcessEnvironment isolated(const QString &root, const QString &script = {},
                                        const QString &dump = {})
    {
        QProcessEnvironment env = PersistenceTest::isolatedEnvironment(root);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.remove(u"WOLKVOX_TOKEN"_s);
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        env.remove(u"CASEDESK_TEST_SCRIPT"_s);
        env.remove(u"CASEDESK_TEST_DUMP"_s);
        if (!script.isEmpty())
            env.insert(u"CASEDESK_TEST_SCRIPT"_s, script);
        if (!dump.isEmpty())
            env.insert(u"CASEDESK_TEST_DUMP"_s, dump);
        return env;
    }

    // Runs a later start to its end; it must hand over and exit 0 quickly, without a window of its own.
    static bool runSecondStart(const QProcessEnvironment &env, const QString &directory,
                               const QStringList &arguments)
    {
        QProcess second;
        second.setProcessEnvironment(env);
        second.setWorkingDirectory(directory);
        second.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        second.start(QString::fromUtf8(CASEDESK_APP_PATH), arguments);
        if (!second.waitForFinished(30000)) {
            second.kill();
            second.waitForFinished();
            qWarning("the second start did not exit");
            return false;
        }
        return second.exitStatus() == QProcess::NormalExit && second.exitCode() == 0;
    }

    static QStringList sockets(const QString &runtime)
    {
        return QDir(runtime).entryList({u"*.socket"_s}, QDir::System | QDir::Hidden);
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
        const QString evidence = m_home.filePath(u"evidencia ñ.pdf"_s);
        {
            QFile file(evidence);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("%PDF-1.4");
        }
        const QString gone = m_home.filePath(u"moved-away.png"_s); // listed, though the file is missing
        // Custom fields and attachments go in as a paste or a drop would put them; every other field is
        // typed key by key into its widget.
        const QJsonArray customFields{QJsonArray{u"ciudad"_s, u"Medellín"_s},
                                      QJsonArray{u"nota"_s, u"a\nb"_s}, QJsonArray{u"vacío"_s, u""_s}};
        const QJsonObject form{{u"custom_fields"_s, customFields},
                               {u"attachments"_s, QJsonArray{evidence, gone}}};
        const QJsonObject typed{{u"wolkvoxIdEdit"_s, u"killed-case-42"_s},
                                {u"caseTypeCombo"_s, u"Claims"_s},
                                {u"responsibleEdit"_s, u"ana@modulodeprueba"_s},
                                {u"statusCombo"_s, u"closed"_s},
                                {u"priorityCombo"_s, u"high"_s},
                                {u"solutionEdit"_s, u"Typed before the kill, ñ\nsecond line"_s}};
        writeJson(script, {{u"form"_s, form}, {u"type"_s, typed}});

        // First run: the form is edited, the draft autosaved, then the process is killed outright.
        auto first = start(script, dump);
        QVERIFY(first);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dump), 30000);
        const QJsonObject edited = QJsonDocument::fromJson(contents(dump)).object();
        QVERIFY(!edited.value(u"restoreOffered"_s).toBool());
        const QJsonObject sent = edited.value(u"form"_s).toObject();
        QCOMPARE(sent.value(u"solution"_s).toString(), u"Typed before the kill, ñ\nsecond line"_s);
        QTRY_VERIFY_WITH_TIMEOUT(contents(find(u"draft.json"_s)).contains("second line"), 30000);
        killHard(first.get());
        QVERIFY(contents(find(u"draft.json"_s)).contains("killed-case-42"));

        // Second run: the draft is offered and restored, every field of it.
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
        QCOMPARE(restored.value(u"case_type"_s).toString(), u"Claims"_s);
        QCOMPARE(restored.value(u"responsible"_s).toString(), u"ana@modulodeprueba"_s);
        QCOMPARE(restored.value(u"status"_s).toString(), u"closed"_s);
        QCOMPARE(restored.value(u"priority"_s).toString(), u"high"_s);
        QCOMPARE(restored.value(u"solution"_s).toString(), u"Typed before the kill, ñ\nsecond line"_s);
        QCOMPARE(restored.value(u"custom_fields"_s).toArray(), customFields);
        QCOMPARE(restored.value(u"attachments"_s).toArray(), (QJsonArray{evidence, gone}));
        // Nothing but the connection differs from what was typed before the kill.
        for (const QString &key : sent.keys()) {
            if (key != u"server"_s && key != u"operation"_s)
                QVERIFY2(restored.value(key) == sent.value(key), qPrintable(key));
        }
        killHard(second.get());

        // Third run without an answer: still offered (restoring does not consume it until sent or cleared).
        const QString dump3 = m_home.filePath(u"dump-3.json"_s);
        auto third = start(QString(), dump3);
        QVERIFY(third);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dump3), 30000);
        QVERIFY(QJsonDocument::fromJson(contents(dump3)).object().value(u"restoreOffered"_s).toBool());
        killHard(third.get());
    }

    // The app is killed while the CRM has not answered: the next start says so and the attempt reads
    // "Interrupted — check the case" in the history, never lost and never shown as still sending.
    void killedWhileSendingIsInterrupted()
    {
        SimulatorProcess stalled;
        QVERIFY2(stalled.start({u"--fault"_s, u"stall"_s}), qPrintable(stalled.errorText()));
        QTemporaryDir root;
        QVERIFY(root.isValid());
        QProcessEnvironment env = PersistenceTest::isolatedEnvironment(root.path());
        const QString home = env.value(u"HOME"_s);
        const QString script = home + u"/send.json"_s;
        const QJsonObject form{{u"server"_s, stalled.server()},
                               {u"operation"_s, QString::fromLatin1(SimulatorProcess::DemoOperation)},
                               {u"wolkvox_id"_s, u"stalled-case-7"_s},
                               {u"case_type"_s, u"Request"_s},
                               {u"responsible"_s, u"ana@modulodeprueba"_s},
                               {u"status"_s, u"open"_s},
                               {u"priority"_s, u"high"_s}};
        writeJson(script, {{u"form"_s, form}, {u"send"_s, true}});
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"CASEDESK_TEST_SCRIPT"_s, script);
        env.insert(u"CASEDESK_TEST_DUMP"_s, home + u"/dump-1.json"_s);
        env.insert(u"WOLKVOX_TOKEN"_s, QString::fromLatin1(SimulatorProcess::DemoToken));
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);

        QProcess first;
        first.setProcessEnvironment(env);
        first.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        first.start(QString::fromUtf8(CASEDESK_APP_PATH), {});
        QVERIFY(first.waitForStarted(30000));
        // The attempt is in the file as "sending" and the simulator holds the request.
        QString database;
        QTRY_VERIFY_WITH_TIMEOUT(!(database = find(root.path(), u"history.sqlite"_s)).isEmpty(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(stalled.stats().value(u"requests"_s).toInteger() >= 1, 30000);
        {
            SqliteHistoryStore observer(database);
            QVERIFY(observer.open());
            QCOMPARE(observer.interruptedOnOpen(), 0); // the sender is alive
            QCOMPARE(observer.totalCount(), 1);
            QCOMPARE(observer.entry(0).state, HistoryEntry::State::Sending);
        }
        killHard(&first);

        // The next start.
        env.remove(u"CASEDESK_TEST_SCRIPT"_s);
        const QString dump = home + u"/dump-2.json"_s;
        env.insert(u"CASEDESK_TEST_DUMP"_s, dump);
        QProcess second;
        second.setProcessEnvironment(env);
        second.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        second.start(QString::fromUtf8(CASEDESK_APP_PATH), {});
        QVERIFY(second.waitForStarted(30000));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dump), 30000);
        const QJsonObject state = QJsonDocument::fromJson(contents(dump)).object();
        QCOMPARE(state.value(u"bannerTitle"_s).toString(), u"Casedesk stopped while sending"_s);
        const QJsonArray history = state.value(u"history"_s).toArray();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.at(0)[u"wolkvox_id"_s].toString(), u"stalled-case-7"_s);
        QCOMPARE(history.at(0)[u"outcome"_s].toString(), u"Interrupted — check the case"_s);
        killHard(&second);
        SqliteHistoryStore after(database);
        QVERIFY(after.open());
        QCOMPARE(after.entry(0).state, HistoryEntry::State::Interrupted);
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
    void tokenIsInNoFile_data()
    {
        QTest::addColumn<bool>("typed");
        QTest::addColumn<bool>("keychain");
        QTest::newRow("token from WOLKVOX_TOKEN") << false << false;
        QTest::newRow("token typed, no keychain") << true << false;
        QTest::newRow("token typed, Secret Service") << true << true;
    }

    void tokenIsInNoFile()
    {
        QFETCH(bool, typed);
        QFETCH(bool, keychain);
        const QString runner = keychain ? PersistenceTest::secretServiceRunner() : QString();
        if (keychain && runner.isEmpty())
            QSKIP("dbus-run-session or gnome-keyring-daemon is missing (Debian: dbus, gnome-keyring)");
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
        // Typed: key by key into the token field, which stores it (keychain, or memory for the session).
        const QJsonObject typing{{u"tokenEdit"_s, token}};
        writeJson(script,
                  {{u"form"_s, form}, {u"type"_s, typed ? typing : QJsonObject()}, {u"send"_s, true}});
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"CASEDESK_DRAFT_DELAY_MS"_s, u"50"_s);
        env.insert(u"CASEDESK_TEST_SCRIPT"_s, script);
        env.insert(u"CASEDESK_TEST_DUMP"_s, dump);
        if (!typed)
            env.insert(u"WOLKVOX_TOKEN"_s, token);
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        env.insert(u"KEYRING_PASSWORD"_s, u"test-keyring-password"_s);

        QProcess app;
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        if (keychain) // a private session bus with gnome-keyring, the app inside it
            app.start(runner,
                      PersistenceTest::secretServiceArguments(QString::fromUtf8(CASEDESK_APP_PATH), {}));
        else
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
        if (keychain) // gnome-keyring ran with its (encrypted) keyring inside the searched folders
            QVERIFY(!QDir(env.value(u"XDG_DATA_HOME"_s) + u"/keyrings"_s).entryList(QDir::Files).isEmpty());
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

    // One window per session: a second start with files brings the running window back from minimized
    // and attaches them there (a relative path made absolute against the second start's folder), then
    // exits 0. A start without files only raises the window.
    void secondStartHandsFilesToTheFirst()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString home = root.filePath(u"home"_s);
        const QString script = root.filePath(u"minimize.json"_s);
        const QString dump = root.filePath(u"dump.json"_s);
        writeJson(script, {{u"minimize"_s, true}});
        QVERIFY(QDir(home).mkpath(u"scans"_s));
        const QString csv = home + u"/evidence.csv"_s;
        const QString png = home + u"/scans/photo ñ.png"_s;
        for (const QString &path : {csv, png}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("x");
        }

        QProcess first;
        first.setProcessEnvironment(isolated(root.path(), script, dump));
        first.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        first.start(QString::fromUtf8(CASEDESK_APP_PATH), {});
        QVERIFY(first.waitForStarted(30000));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dump), 30000);
        QJsonObject state = readDump(dump);
        QCOMPARE(state.value(u"requests"_s).toInt(), 0);
        QVERIFY(state.value(u"minimized"_s).toBool());
        QVERIFY(attachmentsIn(state).isEmpty());
        QCOMPARE(sockets(root.filePath(u"run"_s)).size(), 1);

        QVERIFY(runSecondStart(isolated(root.path()), home, {u"evidence.csv"_s, png}));
        QTRY_COMPARE_WITH_TIMEOUT(readDump(dump).value(u"requests"_s).toInt(), 1, 30000);
        state = readDump(dump);
        QCOMPARE(attachmentsIn(state), (QJsonArray{csv, png}));
        QVERIFY(!state.value(u"minimized"_s).toBool());
        QVERIFY(state.value(u"active"_s).toBool());
        QCOMPARE(first.state(), QProcess::Running);

        QVERIFY(runSecondStart(isolated(root.path()), root.path(), {}));
        QTRY_COMPARE_WITH_TIMEOUT(readDump(dump).value(u"requests"_s).toInt(), 2, 30000);
        QCOMPARE(attachmentsIn(readDump(dump)), (QJsonArray{csv, png}));
        QCOMPARE(first.state(), QProcess::Running);

        first.terminate();
        QVERIFY(first.waitForFinished(30000));
    }

    // The socket opens after the first frame: a later start that comes while the first is still starting
    // (its start lock taken, its socket not yet open) waits for it and hands its file over all the same,
    // without a window of its own.
    void laterStartWhileTheFirstIsStartingIsNotLost()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString run = root.filePath(u"run"_s);
        const QString dump = root.filePath(u"dump.json"_s);
        const QString file = root.filePath(u"home/early.pdf"_s);
        QVERIFY(QDir().mkpath(root.filePath(u"home"_s)));
        {
            QFile pdf(file);
            QVERIFY(pdf.open(QIODevice::WriteOnly));
            pdf.write("%PDF-1.4");
        }
        QProcessEnvironment env = isolated(root.path(), {}, dump);
        env.insert(u"CASEDESK_TEST_STILL_STARTING_MS"_s, u"500"_s); // holds the socket back
        QProcess first;
        first.setProcessEnvironment(env);
        first.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        first.start(QString::fromUtf8(CASEDESK_APP_PATH), {});
        QVERIFY(first.waitForStarted(30000));
        // The first has taken its start lock and not opened its socket: it is still starting.
        QTRY_VERIFY_WITH_TIMEOUT(!QDir(run).entryList({u"*.lock"_s}, QDir::Files | QDir::Hidden).isEmpty(),
                                 30000);
        QVERIFY(sockets(run).isEmpty());

        QVERIFY(runSecondStart(isolated(root.path()), root.path(), {file}));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dump), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(readDump(dump).value(u"requests"_s).toInt(), 1, 30000);
        QCOMPARE(attachmentsIn(readDump(dump)), QJsonArray{file});
        QCOMPARE(sockets(run).size(), 1);
        QCOMPARE(first.state(), QProcess::Running);
        first.terminate();
        QVERIFY(first.waitForFinished(30000));
    }

    // A socket left behind by a killed instance does not stop the next start: that one removes it,
    // opens the window with its own file and is the instance later starts hand over to.
    void staleSocketIsReplaced()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString run = root.filePath(u"run"_s);
        const QString dump1 = root.filePath(u"dump-1.json"_s);
        auto first = std::make_unique<QProcess>();
        first->setProcessEnvironment(isolated(root.path(), {}, dump1));
        first->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        first->start(QString::fromUtf8(CASEDESK_APP_PATH), {});
        QVERIFY(first->waitForStarted(30000));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dump1), 30000);
        killHard(first.get());
        QCOMPARE(sockets(run).size(), 1); // left behind

        const QString file = root.filePath(u"home/after-crash.pdf"_s);
        {
            QFile pdf(file);
            QVERIFY(pdf.open(QIODevice::WriteOnly));
            pdf.write("%PDF-1.4");
        }
        const QString dump2 = root.filePath(u"dump-2.json"_s);
        QProcess next;
        next.setProcessEnvironment(isolated(root.path(), {}, dump2));
        next.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        next.start(QString::fromUtf8(CASEDESK_APP_PATH), {file});
        QVERIFY(next.waitForStarted(30000));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dump2), 30000);
        QCOMPARE(attachmentsIn(readDump(dump2)), QJsonArray{file});
        QCOMPARE(next.state(), QProcess::Running);

        QVERIFY(runSecondStart(isolated(root.path()), root.path(), {}));
        QTRY_COMPARE_WITH_TIMEOUT(readDump(dump2).value(u"requests"_s).toInt(), 1, 30000);
        QCOMPARE(next.state(), QProcess::Running);
        next.terminate();
        QVERIFY(next.waitForFinished(30000));
    }
};

QTEST_GUILESS_MAIN(TestAppProcess)
#include "tst_appprocess.moc"
