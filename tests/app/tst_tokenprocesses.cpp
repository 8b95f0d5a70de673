#include "core/global.h"
#include "support/persistencetest.h"
#include "support/simulatorprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <sys/resource.h>
#include <sys/types.h>

#ifndef CASEDESK_CLI_PATH
#error "CASEDESK_CLI_PATH must name the casedesk-cli binary"
#endif
#ifndef CASEDESK_APP_PATH
#error "CASEDESK_APP_PATH must name the casedesk binary"
#endif

namespace {
const QString Token = QString::fromLatin1(SimulatorProcess::DemoToken);
// Refused by the simulator; distinctive enough that any copy of it in an output is a leak.
const QString WrongToken = u"CANARY-7f3a9c1e-wrong-token"_s;

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QByteArray output; // stdout and stderr
};

// The token as text, as UTF-16 and as base64: the forms a careless writer would leave.
bool leaks(const QByteArray &bytes, const QString &secret)
{
    return bytes.contains(secret.toUtf8())
        || bytes.contains(QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2))
        || bytes.contains(secret.toUtf8().toBase64(QByteArray::OmitTrailingEquals));
}

QStringList updateArgs(const QString &server)
{
    return {u"update"_s,
            u"--server"_s,
            server,
            u"--operation"_s,
            QString::fromLatin1(SimulatorProcess::DemoOperation),
            u"--id"_s,
            QString::fromLatin1(SimulatorProcess::DemoCase),
            u"--case-type"_s,
            u"Request"_s,
            u"--responsible"_s,
            u"ana@modulodeprueba"_s,
            u"--status"_s,
            u"open"_s,
            u"--priority"_s,
            u"low"_s};
}

// No core file: a crash test must not leave the process's memory (and its token) on disk.
void prepareChild(QProcess *process)
{
    process->setChildProcessModifier([] {
        const rlimit none{0, 0};
        setrlimit(RLIMIT_CORE, &none);
    });
}
} // namespace

// Token hygiene of the programs themselves: the CLI and the window never take the token from argv, and
// nothing they print — results, messages, every Qt log category, the output of a crash — or write to
// disk contains it.
class TestTokenProcesses : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QProcessEnvironment m_env;

    Run runProcess(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        prepareChild(&process);
        process.start(program, arguments);
        Run run;
        if (!process.waitForFinished(90000))
            return run;
        run.exitCode = process.exitCode();
        run.exitStatus = process.exitStatus();
        run.output = process.readAll();
        return run;
    }

    Run cli(const QStringList &arguments, const QString &token)
    {
        QProcessEnvironment env = m_env;
        if (!token.isEmpty())
            env.insert(u"WOLKVOX_TOKEN"_s, token);
        return runProcess(QString::fromUtf8(CASEDESK_CLI_PATH), arguments, env);
    }

    // Where a sanitizer build would write a deliberate crash's report: to stderr, so it is searched too
    // (and is not mistaken for a finding by scripts/sanitize.sh, which collects reports from files).
    static void reportCrashesOnStderr(QProcessEnvironment *env)
    {
        for (const QString &name : {u"ASAN_OPTIONS"_s, u"UBSAN_OPTIONS"_s}) {
            if (env->contains(name))
                env->insert(name, env->value(name) + u":log_path=stderr"_s);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        m_env = PersistenceTest::isolatedEnvironment(m_root.path());
        m_env.remove(u"WOLKVOX_TOKEN"_s);
        m_env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s); // never the developer's keychain
        m_env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        // Every Qt logging category, debug included: whatever Qt or Casedesk logs is searched as well.
        m_env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
    }

    void cleanupTestCase()
    {
        // Everything the runs above wrote under their HOME and XDG folders.
        const QStringList hits = PersistenceTest::filesContaining(m_root.path(), Token)
            + PersistenceTest::filesContaining(m_root.path(), WrongToken);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_s)));
    }

    void cliRefusesTheTokenOnArgv_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("--token VALUE") << QStringList{u"--token"_s, WrongToken};
        QTest::newRow("--token=VALUE") << QStringList{u"--token=%1"_s.arg(WrongToken)};
        QTest::newRow("-t VALUE") << QStringList{u"-t"_s, WrongToken};
        QTest::newRow("--wolkvox-token=VALUE") << QStringList{u"--wolkvox-token=%1"_s.arg(WrongToken)};
        QTest::newRow("positional") << QStringList{WrongToken};
    }
    void cliRefusesTheTokenOnArgv()
    {
        QFETCH(QStringList, extra);
        SimulatorProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorText()));
        const Run run = cli(updateArgs(sim.server()) + extra, QString());
        QCOMPARE(run.exitStatus, QProcess::NormalExit);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(!leaks(run.output, WrongToken), run.output.constData()); // refused without repeating it
        QCOMPARE(sim.stats().value(u"requests"_s).toInt(), 0);
    }

    void appRefusesTheTokenOnArgv()
    {
        for (const QStringList &args :
             {QStringList{u"--token"_s, WrongToken}, QStringList{u"--token=%1"_s.arg(WrongToken)}}) {
            const Run run = runProcess(QString::fromUtf8(CASEDESK_APP_PATH), args, m_env);
            QCOMPARE(run.exitStatus, QProcess::NormalExit);
            QVERIFY(run.exitCode != 0);
            QVERIFY2(!leaks(run.output, WrongToken), run.output.constData());
        }
    }

    // Every kind of outcome, each printed as JSON on stdout and explained on stderr, with Qt's logging on.
    void cliOutputNeverContainsTheToken_data()
    {
        QTest::addColumn<QStringList>("simArgs");
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("updated") << QStringList() << Token << 0;
        QTest::newRow("rejected token") << QStringList() << WrongToken << 1;
        QTest::newRow("html page") << QStringList{u"--fault"_s, u"html502"_s} << Token << 3;
        QTest::newRow("redirect") << QStringList{u"--fault"_s, u"redirect"_s} << Token << 3;
        QTest::newRow("code as string") << QStringList{u"--fault"_s, u"code-as-string"_s} << WrongToken << 1;
        QTest::newRow("maintenance") << QStringList{u"--fault"_s, u"maintenance"_s} << WrongToken << 1;
    }
    void cliOutputNeverContainsTheToken()
    {
        QFETCH(QStringList, simArgs);
        QFETCH(QString, token);
        QFETCH(int, exitCode);
        SimulatorProcess sim;
        QVERIFY2(sim.start(simArgs), qPrintable(sim.errorText()));
        const Run update = cli(updateArgs(sim.server()), token);
        QCOMPARE(update.exitCode, exitCode);
        QVERIFY2(!leaks(update.output, token), update.output.constData());
        const Run info = cli({u"token-info"_s, u"--server"_s, sim.server(), u"--operation"_s,
                              QString::fromLatin1(SimulatorProcess::DemoOperation)},
                             token);
        QVERIFY2(!leaks(info.output, token), info.output.constData());
    }

    void cliTokenFileIsNotEchoed()
    {
        SimulatorProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorText()));
        const QString path = m_root.filePath(u"token.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(WrongToken.toUtf8() + '\n');
        file.close();
        const Run run = cli(updateArgs(sim.server()) + QStringList{u"--token-file"_s, path}, QString());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(!leaks(run.output, WrongToken), run.output.constData());
        QVERIFY(file.remove()); // the test's file, not the CLI's: the final search covers what the CLI wrote
    }

    // A crash while the token is in memory and a request is in flight (the simulator stalls the answer):
    // whatever the dying process prints — a sanitizer build's report included — is searched. Core dumps
    // are switched off for the child (see prepareChild).
    void crashOutputHasNoToken_data()
    {
        QTest::addColumn<bool>("app");
        QTest::addColumn<int>("signal");
        QTest::newRow("cli SIGSEGV") << false << SIGSEGV;
        QTest::newRow("cli SIGABRT") << false << SIGABRT;
        QTest::newRow("app SIGSEGV") << true << SIGSEGV;
        QTest::newRow("app SIGABRT") << true << SIGABRT;
    }
    void crashOutputHasNoToken()
    {
        QFETCH(bool, app);
        QFETCH(int, signal);
        SimulatorProcess sim;
        QVERIFY2(sim.start({u"--fault"_s, u"stall"_s}), qPrintable(sim.errorText()));

        QProcessEnvironment env = m_env;
        env.insert(u"WOLKVOX_TOKEN"_s, Token);
        reportCrashesOnStderr(&env);
        QString program = QString::fromUtf8(CASEDESK_CLI_PATH);
        QStringList arguments = updateArgs(sim.server());
        const QString script = m_root.filePath(u"crash-script.json"_s);
        if (app) {
            program = QString::fromUtf8(CASEDESK_APP_PATH);
            arguments.clear();
            const QJsonObject form{{u"server"_s, sim.server()},
                                   {u"operation"_s, QString::fromLatin1(SimulatorProcess::DemoOperation)},
                                   {u"wolkvox_id"_s, QString::fromLatin1(SimulatorProcess::DemoCase)},
                                   {u"case_type"_s, u"Request"_s},
                                   {u"responsible"_s, u"ana@modulodeprueba"_s},
                                   {u"status"_s, u"open"_s},
                                   {u"priority"_s, u"high"_s}};
            QFile file(script);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QJsonDocument(QJsonObject{{u"form"_s, form}, {u"send"_s, true}}).toJson());
            file.close();
            env.insert(u"CASEDESK_TEST_SCRIPT"_s, script);
        }

        QProcess process;
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        prepareChild(&process);
        process.start(program, arguments);
        QVERIFY(process.waitForStarted(30000));
        // The request is in flight once the simulator has read it (it then holds the answer back).
        QTRY_VERIFY_WITH_TIMEOUT(sim.lastRequest().value(u"headers"_s)[u"wolkvox-token-present"_s].toBool(),
                                 60000);
        QCOMPARE(::kill(pid_t(process.processId()), signal), 0);
        QVERIFY(process.waitForFinished(60000));
        QVERIFY(process.exitStatus() == QProcess::CrashExit || process.exitCode() != 0);
        const QByteArray output = process.readAll();
        QVERIFY2(!leaks(output, Token), output.constData());
        QFile::remove(script);
        QCOMPARE(PersistenceTest::filesContaining(m_root.path(), Token), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestTokenProcesses)
#include "tst_tokenprocesses.moc"
