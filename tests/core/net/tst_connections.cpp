#include "core/global.h"
#include "core/model/caseupdate.h"
#include "core/net/apijob.h"
#include "core/net/casesclient.h"
#include "support/simulatorprocess.h"
#include "support/testcertificates.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using Outcome = ApiResult::Outcome;

// The connections under the updates, read from the simulator's connection log: a pre-connection opens one
// and sends nothing, the next update travels on it, sequential updates and batches reuse theirs, and a
// pre-connection that fails changes nothing of what the update reports.
class TestConnections : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestCertificates::Set m_certs;
    const QString m_token = QString::fromLatin1(SimulatorProcess::DemoToken);

    static CaseUpdate update(const QString &server, int n = 0)
    {
        CaseUpdate u;
        u.server = server;
        u.operation = QString::fromLatin1(SimulatorProcess::DemoOperation);
        u.wolkvoxId = n == 0 ? QString::fromLatin1(SimulatorProcess::DemoCase)
                             : u"6074c%1"_s.arg(n, 26, 10, QChar(u'0'));
        u.caseType = u"Request"_s;
        u.responsible = u"ana@modulodeprueba"_s;
        u.status = u"open"_s;
        u.priority = u"low"_s;
        return u;
    }

    static ApiResult run(ApiJob *job)
    {
        QSignalSpy finished(job, &ApiJob::finished);
        if (!finished.wait(60000))
            return {};
        job->deleteLater();
        return finished.constFirst().constFirst().value<ApiResult>();
    }

    // API requests per connection the client opened, in the order they were accepted; the admin calls'
    // connections (the test's own, one per call) are left out.
    static QList<int> clientConnections(const SimulatorProcess &sim)
    {
        QList<int> out;
        const QJsonArray list = sim.admin(u"/__sim/connections"_s).value(u"connections"_s).toArray();
        for (const QJsonValue &value : list) {
            const QJsonObject c = value.toObject();
            if (c.value(u"admin_requests"_s).toInt() == 0)
                out.append(c.value(u"requests"_s).toInt());
        }
        return out;
    }

    void startTls(SimulatorProcess &sim, const TestCertificates::Issued &cert)
    {
        QVERIFY2(sim.start(TestCertificates::serverArguments(cert)), qPrintable(sim.errorText()));
    }
    static QString typed(const SimulatorProcess &sim) { return u"127.0.0.1:%1"_s.arg(sim.port()); }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ApiResult>();
        QVERIFY(m_dir.isValid());
        QString error;
        m_certs = TestCertificates::makeSet(m_dir.path(), &error);
        QVERIFY2(m_certs.isValid(), qPrintable(error));
    }

    void preconnectSendsNothingAndTheUpdateUsesIt_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::newRow("http") << false;
        QTest::newRow("https, the profile's CA bundle") << true;
    }
    void preconnectSendsNothingAndTheUpdateUsesIt()
    {
        QFETCH(bool, tls);
        SimulatorProcess sim;
        ConnectionSettings settings;
        if (tls) {
            startTls(sim, m_certs.server);
            settings.caBundlePath = m_certs.authority.certificate;
        } else {
            QVERIFY2(sim.start(), qPrintable(sim.errorText()));
        }
        const QString server = tls ? typed(sim) : sim.server();
        QNetworkAccessManager network;
        CasesClient client(&network);

        QVERIFY(client.preconnect(server, settings));
        // One connection, and nothing on it: no request, so no token and no quota spent.
        QTRY_COMPARE(clientConnections(sim), QList<int>{0});
        QCOMPARE(sim.stats().value(u"requests"_s).toInt(), 0);
        // Qt keeps no handle on a pre-connection's reply; the client deletes it once finished.
        QTRY_VERIFY(network.findChildren<QNetworkReply *>().isEmpty());
        // Once open, asking again opens nothing more.
        QVERIFY(client.preconnect(server, settings));
        QTest::qWait(200);

        const ApiResult r = run(client.updateCase(update(server), m_token, settings));
        QVERIFY2(r.outcome == Outcome::Success, qPrintable(r.explanation()));
        // The update arrived on the pre-opened connection, the first one accepted.
        QCOMPARE(clientConnections(sim), QList<int>{1});
        QCOMPARE(sim.stats().value(u"requests"_s).toInt(), 1);
    }

    void failedPreconnectChangesNothing_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("named");
        QTest::newRow("self-signed") << u"selfSigned"_s << u"is self-signed"_s;
        QTest::newRow("expired") << u"expired"_s << u"expired on"_s;
    }
    void failedPreconnectChangesNothing()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, named);
        SimulatorProcess sim;
        startTls(sim, certificate == u"expired"_s ? m_certs.expired : m_certs.selfSigned);
        ConnectionSettings settings;
        settings.caBundlePath = m_certs.authority.certificate;
        QNetworkAccessManager network;
        CasesClient client(&network);
        QVERIFY(client.preconnect(typed(sim), settings));
        // The handshake was tried (a connection came) and refused, silently: no request on it.
        QTRY_COMPARE(clientConnections(sim), QList<int>{0});
        QCOMPARE(sim.stats().value(u"requests"_s).toInt(), 0);

        const ApiResult r = run(client.updateCase(update(typed(sim)), m_token, settings));
        QCOMPARE(r.outcome, Outcome::NetworkFailure);
        QVERIFY(!r.tlsErrors.isEmpty());
        const QString text = r.explanation();
        QVERIFY2(text.startsWith(u"Casedesk refused the server's certificate, so nothing was sent."_s),
                 qPrintable(text));
        QVERIFY2(text.contains(named), qPrintable(text));
        // Its own handshake, refused like the first: the CRM saw no request, let alone the token.
        QCOMPARE(clientConnections(sim), (QList<int>{0, 0}));
        QCOMPARE(sim.stats().value(u"requests"_s).toInt(), 0);
    }

    void preconnectRefusesWhatAnUpdateWouldRefuse()
    {
        SimulatorProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorText()));
        QNetworkAccessManager network;
        CasesClient client(&network);
        ConnectionSettings settings;
        QVERIFY(!client.preconnect(u"not a server"_s, settings));
        settings.caBundlePath = m_dir.filePath(u"missing.pem"_s);
        QVERIFY(!client.preconnect(sim.server(), settings));
        client.keepWarm(sim.server(), settings);
        QVERIFY(!client.isKeepingWarm());
        QTest::qWait(200);
        QCOMPARE(clientConnections(sim), QList<int>{});
    }

    void keepWarmOpensAtOnceAndStops()
    {
        SimulatorProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorText()));
        QNetworkAccessManager network;
        CasesClient client(&network);
        client.keepWarm(sim.server(), {});
        QVERIFY(client.isKeepingWarm());
        QTRY_COMPARE(clientConnections(sim), QList<int>{0});
        client.stopKeepingWarm();
        QVERIFY(!client.isKeepingWarm());
        QCOMPARE(sim.stats().value(u"requests"_s).toInt(), 0);
    }

    void keepWarmOpensNothingBesideARunningRequest()
    {
        // An update the CRM holds: the window keeps warming while a batch it started is sending.
        SimulatorProcess sim;
        QVERIFY2(sim.start({u"--delay-ms"_s, u"600"_s}), qPrintable(sim.errorText()));
        QNetworkAccessManager network;
        CasesClient client(&network);
        ApiJob *job = client.updateCase(update(sim.server()), m_token, {});
        QSignalSpy finished(job, &ApiJob::finished);
        QTRY_COMPARE(clientConnections(sim), QList<int>{1}); // under way
        // A request under way keeps its connection open: a pre-connection queued behind it would make Qt
        // open a second connection, which nothing uses.
        client.keepWarm(sim.server(), {});
        QVERIFY(client.isKeepingWarm());
        QVERIFY(finished.wait(10000));
        QTest::qWait(300);
        QCOMPARE(clientConnections(sim), QList<int>{1});
        // Idle again, the next round warms what is there: still the one connection.
        QVERIFY(client.preconnect(sim.server(), {}));
        QTRY_COMPARE(client.preconnectsPending(), 0);
        QCOMPARE(clientConnections(sim), QList<int>{1});
        client.stopKeepingWarm();
    }

    void sequentialUpdatesReuseOneConnection()
    {
        SimulatorProcess sim;
        QVERIFY2(sim.start({u"--accept-unknown-ids"_s}), qPrintable(sim.errorText()));
        QNetworkAccessManager network;
        CasesClient client(&network);
        for (int i = 1; i <= 8; ++i) {
            const ApiResult r = run(client.updateCase(update(sim.server(), i), m_token, {}));
            QVERIFY2(r.outcome == Outcome::Success, qPrintable(r.explanation()));
        }
        QCOMPARE(clientConnections(sim), QList<int>{8});
    }

    void cliBatchReusesItsConnections_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::addColumn<QStringList>("link");
        QTest::newRow("http") << false << QStringList();
        QTest::newRow("https") << true << QStringList();
        // Handshakes that outlast the batch's own start (the file read, the database and rows stored):
        // its requests are ready while the connections opened ahead are still opening.
        QTest::newRow("https, 50 ms each way") << true << QStringList{u"--link-delay-ms"_s, u"50"_s};
    }
    void cliBatchReusesItsConnections()
    {
        QFETCH(bool, tls);
        QFETCH(QStringList, link);
        SimulatorProcess sim;
        QStringList simArguments = QStringList{u"--accept-unknown-ids"_s} + link;
        if (tls)
            simArguments += TestCertificates::serverArguments(m_certs.server);
        QVERIFY2(sim.start(simArguments), qPrintable(sim.errorText()));
        const QString server = tls ? typed(sim) : sim.server();
        QByteArray csv = "wolkvox-id,case-type,responsible,status,priority\n";
        const int rows = 30;
        for (int i = 1; i <= rows; ++i)
            csv += update(server, i).wolkvoxId.toLatin1() + ",Request,ana@modulodeprueba,open,low\n";
        QFile file(m_dir.filePath(u"batch.csv"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
        file.close();

        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"WOLKVOX_TOKEN"_s, m_token);
        const QTemporaryDir profile; // a history of its own: the same file is a new batch in each
        QVERIFY(profile.isValid());
        env.insert(u"HOME"_s, profile.filePath(u"home"_s));
        env.insert(u"XDG_DATA_HOME"_s, profile.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, profile.filePath(u"config"_s));
        cli.setProcessEnvironment(env);
        QStringList arguments{u"batch"_s,         file.fileName(),
                              u"--server"_s,      server,
                              u"--operation"_s,   QString::fromLatin1(SimulatorProcess::DemoOperation),
                              u"--concurrency"_s, u"2"_s};
        if (tls)
            arguments += {u"--ca-bundle"_s, m_certs.authority.certificate};
        cli.start(QString::fromUtf8(CASEDESK_CLI_PATH), arguments);
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QCOMPARE(sim.stats().value(u"updates_ok"_s).toInt(), rows);
        const QList<int> perConnection = clientConnections(sim);
        // Two requests in flight: the two connections opened ahead, each carrying many rows, and none
        // opened that carried nothing.
        QCOMPARE(perConnection.size(), 2);
        int total = 0;
        for (int n : perConnection) {
            QVERIFY2(n > 0, qPrintable(QString::number(n)));
            total += n;
        }
        QCOMPARE(total, rows);
    }
};

QTEST_GUILESS_MAIN(TestConnections)
#include "tst_connections.moc"
