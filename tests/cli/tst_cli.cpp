#include "core/global.h"
#include "support/simulatorprocess.h"
#include "support/testfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

// casedesk-cli as integrators run it: one JSON object on stdout, people's messages on stderr, exit codes.
class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QJsonObject json;
        QByteArray out;
        QString err;
    };

    QTemporaryDir m_dir;
    SimulatorProcess m_sim;

    static Run cli(const QStringList &arguments,
                   const QString &token = QString::fromLatin1(SimulatorProcess::DemoToken))
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"WOLKVOX_TOKEN"_s);
        if (!token.isNull())
            env.insert(u"WOLKVOX_TOKEN"_s, token);
        process.setProcessEnvironment(env);
        process.start(QString::fromUtf8(CASEDESK_CLI_PATH), arguments);
        Run run;
        if (!process.waitForFinished(60000))
            return run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = QString::fromUtf8(process.readAllStandardError());
        run.json = QJsonDocument::fromJson(run.out).object();
        return run;
    }

    static QStringList updateArgs(const QString &server)
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

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sim.start(), qPrintable(m_sim.errorText())); }

    void updatedExitsZero()
    {
        const QString file = TestFiles::write(m_dir.filePath(u"acta_reunión.pdf"_s), "%PDF-1.4");
        const Run run = cli(updateArgs(m_sim.server())
                            + QStringList{u"--field"_s, u"ciudad=Bogotá"_s, u"--field"_s, u"nota=a=b"_s,
                                          u"--file"_s, file, u"--file-field"_s, u"files"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count('\n'), 1); // exactly one JSON object
        QCOMPARE(run.json.value(u"outcome"_s).toString(), u"success"_s);
        QCOMPARE(run.json.value(u"http"_s).toInt(), 200);
        QCOMPARE(run.json.value(u"code"_s).toInt(), 200);
        QVERIFY(run.json.value(u"error"_s).isNull());
        QCOMPARE(run.json.value(u"wolkvox_id"_s).toString(), QString::fromLatin1(SimulatorProcess::DemoCase));
        QVERIFY(!run.err.isEmpty());
        const QJsonObject last = m_sim.lastRequest();
        QCOMPARE(last.value(u"fields"_s).toObject().value(u"form"_s).toString(),
                 u"{\"ciudad\":\"Bogotá\",\"nota\":\"a=b\"}"_s);
        QCOMPARE(last.value(u"files"_s).toArray().at(0)[u"filename"_s].toString(), u"acta_reunión.pdf"_s);
        QCOMPARE(last.value(u"files"_s).toArray().at(0)[u"part"_s].toString(), u"files"_s);
    }

    void rejectedExitsOne()
    {
        const Run run = cli(updateArgs(m_sim.server()), u"NOT-A-TOKEN"_s);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json.value(u"outcome"_s).toString(), u"rejected"_s);
        QCOMPARE(run.json.value(u"http"_s).toInt(), 403);
        QCOMPARE(run.json.value(u"msg"_s).toString(), u"PLEASE VALIDATE TOKEN"_s);
        QVERIFY(run.err.contains(u"token"_s, Qt::CaseInsensitive));
    }

    void invalidInputExitsTwoAndSendsNothing()
    {
        m_sim.admin(u"/__sim/reset"_s, "POST");
        QStringList args = updateArgs(m_sim.server());
        args[args.indexOf(u"open"_s)] = u"Cerrado"_s;
        args += {u"--responsible"_s, u"nobody"_s, u"--file"_s, m_dir.filePath(u"missing.pdf"_s)};
        const Run run = cli(args);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.json.value(u"outcome"_s).toString(), u"invalid_input"_s);
        QStringList rules;
        const QJsonArray issues = run.json.value(u"issues"_s).toArray();
        for (const QJsonValue &issue : issues)
            rules.append(issue[u"rule"_s].toString());
        QCOMPARE(rules,
                 (QStringList{u"responsible-format"_s, u"solution-required"_s, u"attachment-missing"_s}));
        QVERIFY(run.err.contains(u"solution"_s));
        QCOMPARE(m_sim.stats().value(u"requests"_s).toInt(), 0);
    }

    void tokenIsNeverTakenFromArgv()
    {
        Run run = cli(updateArgs(m_sim.server()) + QStringList{u"--token"_s, u"A8K3J7F2"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"WOLKVOX_TOKEN"_s));
        run = cli(updateArgs(m_sim.server()) + QStringList{u"--token=A8K3J7F2"_s});
        QCOMPARE(run.exitCode, 2);
        run = cli(updateArgs(m_sim.server()), QString());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"WOLKVOX_TOKEN"_s));
    }

    void tokenFile()
    {
        const QString path = TestFiles::write(m_dir.filePath(u"token"_s), "A8K3J7F2\n");
        Run run = cli(updateArgs(m_sim.server()) + QStringList{u"--token-file"_s, path}, QString());
        QCOMPARE(run.exitCode, 0);
        run = cli(updateArgs(m_sim.server()) + QStringList{u"--token-file"_s, m_dir.filePath(u"nope"_s)},
                  QString());
        QCOMPARE(run.exitCode, 2);
    }

    void failuresExitThree_data()
    {
        QTest::addColumn<QStringList>("simArgs");
        QTest::addColumn<QStringList>("cliArgs");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("html page") << QStringList{u"--fault"_s, u"html502"_s} << QStringList()
                                   << u"unreadable_answer"_s;
        QTest::newRow("truncated") << QStringList{u"--fault"_s, u"truncated"_s} << QStringList()
                                   << u"unreadable_answer"_s;
        QTest::newRow("stall") << QStringList{u"--fault"_s, u"stall"_s} << QStringList{u"--timeout"_s, u"1"_s}
                               << u"timeout"_s;
        QTest::newRow("redirect") << QStringList{u"--fault"_s, u"redirect"_s} << QStringList()
                                  << u"network_failure"_s;
    }
    void failuresExitThree()
    {
        QFETCH(QStringList, simArgs);
        QFETCH(QStringList, cliArgs);
        QFETCH(QString, outcome);
        SimulatorProcess sim;
        QVERIFY2(sim.start(simArgs), qPrintable(sim.errorText()));
        const Run run = cli(updateArgs(sim.server()) + cliArgs);
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.json.value(u"outcome"_s).toString(), outcome);
        QVERIFY(!run.err.trimmed().isEmpty());
    }

    void connectionRefusedExitsThree()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const quint16 port = server.serverPort();
        server.close();
        const Run run = cli(updateArgs(u"http://127.0.0.1:%1"_s.arg(port)));
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.json.value(u"outcome"_s).toString(), u"network_failure"_s);
    }

    void tokenInfo()
    {
        const Run run = cli({u"token-info"_s, u"--server"_s, m_sim.server(), u"--operation"_s,
                             QString::fromLatin1(SimulatorProcess::DemoOperation)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.json.value(u"data"_s).toObject().contains(u"token_limit"_s));
    }

    void helpAndVersion()
    {
        Run run = cli({u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        for (const char *needle : {"WOLKVOX_TOKEN", "--token-file", "0  ", "1  ", "2  ", "3  "})
            QVERIFY2(run.out.contains(needle), needle);
        run = cli({u"update"_s, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        for (const char *needle : {"--server", "--closed-status", "--file-field", "--timeout", "--field"})
            QVERIFY2(run.out.contains(needle), needle);
        run = cli({u"--version"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("casedesk-cli "));
        run = cli({u"frobnicate"_s});
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
