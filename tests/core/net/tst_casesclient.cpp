#include "core/global.h"
#include "core/net/apijob.h"
#include "core/net/casesclient.h"
#include "core/net/tokeninformation.h"
#include "support/simulatorprocess.h"
#include "support/testfiles.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using Outcome = ApiResult::Outcome;

// The core against the CRM simulator over loopback: a real server whose multipart parser is not Qt's.
class TestCasesClient : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    const QString m_token = QString::fromLatin1(SimulatorProcess::DemoToken);

    CaseUpdate demoUpdate(const SimulatorProcess &sim) const
    {
        CaseUpdate u;
        u.server = sim.server();
        u.operation = QString::fromLatin1(SimulatorProcess::DemoOperation);
        u.wolkvoxId = QString::fromLatin1(SimulatorProcess::DemoCase);
        u.caseType = u"Request"_s;
        u.responsible = u"ana@modulodeprueba"_s;
        u.status = u"open"_s;
        u.priority = u"low"_s;
        return u;
    }

    static ApiResult run(ApiJob *job, int timeoutMs = 30000)
    {
        QSignalSpy finished(job, &ApiJob::finished);
        if (!finished.wait(timeoutMs))
            return {};
        return finished.constFirst().constFirst().value<ApiResult>();
    }

    ApiResult send(CasesClient &client, const CaseUpdate &update, ConnectionSettings settings = {})
    {
        return run(client.updateCase(update, m_token, settings));
    }

    static void startSim(SimulatorProcess &sim, const QStringList &args = {})
    {
        QVERIFY2(sim.start(args), qPrintable(sim.errorText()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ApiResult>();
        QVERIFY(m_dir.isValid());
    }

    void successArrivesIntact()
    {
        SimulatorProcess sim;
        startSim(sim);
        CasesClient client(&m_network);
        CaseUpdate u = demoUpdate(sim);
        u.status = u"closed"_s;
        u.solution = u"Se reemplazó el módem; el cliente confirmó 👍"_s;
        u.customFields
            = {{u"ciudad"_s, u"São Paulo"_s}, {u"canal"_s, u"WhatsApp"_s}, {u"nota \"x\""_s, u"a\nb"_s}};
        const QString pdf = TestFiles::write(m_dir.filePath(u"informe_año_ção.pdf"_s), "%PDF-1.4 demo");
        const QString png = TestFiles::write(m_dir.filePath(u"captura \"1\".png"_s), "\x89PNG\r\n\x1a\n");
        u.attachments = {pdf, png};

        const ApiResult r = send(client, u);
        QCOMPARE(r.outcome, Outcome::Success);
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.code.value_or(0), 200);
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.msg, u"Succesfully update record"_s);
        QCOMPARE(r.wolkvoxId, u.wolkvoxId);
        QVERIFY(r.bytesSent > 0);
        QVERIFY(r.elapsedMs >= 0);

        const QJsonObject last = sim.lastRequest();
        const QJsonObject fields = last.value(u"fields"_s).toObject();
        QCOMPARE(fields.value(u"operation"_s).toString(), u.operation);
        QCOMPARE(fields.value(u"wolkvox-id"_s).toString(), u.wolkvoxId);
        QCOMPARE(fields.value(u"case-type"_s).toString(), u.caseType);
        QCOMPARE(fields.value(u"responsible"_s).toString(), u.responsible);
        QCOMPARE(fields.value(u"status"_s).toString(), u.status);
        QCOMPARE(fields.value(u"priority"_s).toString(), u.priority);
        QCOMPARE(fields.value(u"solution"_s).toString(), u.solution);
        QCOMPARE(fields.value(u"form"_s).toString().toUtf8(), u.formJson());
        const QJsonObject headers = last.value(u"headers"_s).toObject();
        QCOMPARE(headers.value(u"user-agent"_s).toString(), QString::fromLatin1(CasesClient::userAgent()));
        QVERIFY(headers.value(u"wolkvox-token-present"_s).toBool());

        const QJsonArray files = last.value(u"files"_s).toArray();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0)[u"part"_s].toString(), u"file"_s);
        QCOMPARE(files.at(0)[u"filename"_s].toString(), u"informe_año_ção.pdf"_s);
        QCOMPARE(files.at(0)[u"content_type"_s].toString(), u"application/pdf"_s);
        QCOMPARE(files.at(0)[u"sha256"_s].toString().toLatin1(), TestFiles::sha256(pdf));
        // A quote in a file name is escaped the way browsers do it.
        QCOMPARE(files.at(1)[u"filename"_s].toString(), u"captura %221%22.png"_s);
        QCOMPARE(files.at(1)[u"content_type"_s].toString(), u"image/png"_s);

        const QJsonObject stored = sim.storedCase(u.operation, u.wolkvoxId);
        QCOMPARE(stored.value(u"status"_s).toString(), u"closed"_s);
        QCOMPARE(stored.value(u"form"_s).toObject().value(u"ciudad"_s).toString(), u"São Paulo"_s);
    }

    void attachmentPartNameIsASetting_data()
    {
        QTest::addColumn<QString>("partName");
        QTest::newRow("file") << u"file"_s;
        QTest::newRow("files") << u"files"_s;
        QTest::newRow("file[]") << u"file[]"_s;
    }
    void attachmentPartNameIsASetting()
    {
        QFETCH(QString, partName);
        SimulatorProcess sim;
        startSim(sim);
        CasesClient client(&m_network);
        CaseUpdate u = demoUpdate(sim);
        u.attachments = {TestFiles::write(m_dir.filePath(u"a.csv"_s), "a,b\n1,2\n"),
                         TestFiles::write(m_dir.filePath(u"b.csv"_s), "c\n")};
        ConnectionSettings settings;
        settings.attachmentPartName = partName;
        QCOMPARE(send(client, u, settings).outcome, Outcome::Success);
        const QJsonArray files = sim.lastRequest().value(u"files"_s).toArray();
        QCOMPARE(files.size(), 2);
        for (const QJsonValue &file : files)
            QCOMPARE(file[u"part"_s].toString(), partName);
    }

    void vendorErrors()
    {
        SimulatorProcess sim;
        startSim(sim, {u"--daily-quota"_s, u"3"_s});
        CasesClient client(&m_network);
        const CaseUpdate u = demoUpdate(sim);

        ApiResult r = run(client.updateCase(u, QString(), {}));
        QCOMPARE(r.outcome, Outcome::Rejected);
        QCOMPARE(r.httpStatus, 401);
        QCOMPARE(r.vendorError, ApiResult::VendorError::MissingToken);

        r = run(client.updateCase(u, u"WRONG-TOKEN"_s, {}));
        QCOMPARE(r.outcome, Outcome::Rejected);
        QCOMPARE(r.httpStatus, 403);
        QCOMPARE(r.vendorError, ApiResult::VendorError::InvalidToken);
        QCOMPARE(r.error, u"FORBIDDEN"_s);

        CaseUpdate unknown = u;
        unknown.wolkvoxId = u"ffffffffffffffffffffffffffffffff"_s;
        r = send(client, unknown);
        QCOMPARE(r.outcome, Outcome::Rejected);
        QCOMPARE(r.vendorError, ApiResult::VendorError::RecordNotFound);

        CaseUpdate missing = u;
        missing.priority.clear(); // the client sends what it is given; the CRM refuses it
        r = send(client, missing);
        QVERIFY2(r.outcome == Outcome::Rejected, qPrintable(r.explanation()));
        QCOMPARE(r.vendorError, ApiResult::VendorError::MissingParameters);

        CaseUpdate closed = u;
        closed.status = u"closed"_s;
        r = send(client, closed);
        QCOMPARE(r.outcome, Outcome::Rejected);
        QCOMPARE(r.httpStatus, 400);
        QVERIFY(!r.msg.isEmpty());

        r = send(client, u); // the quota of 3 calls is now used up
        QCOMPARE(r.outcome, Outcome::Rejected);
        QCOMPARE(r.vendorError, ApiResult::VendorError::DailyLimitExceeded);
        QVERIFY(!r.explanation().isEmpty());
    }

    void serverConcurrencyLimitIsRecognised()
    {
        // A server stricter than the client's pace: the client sends 2, the server takes 1.
        SimulatorProcess sim;
        startSim(sim, {u"--max-concurrent"_s, u"1"_s, u"--delay-ms"_s, u"800"_s});
        CasesClient client(&m_network);
        ApiJob *a = client.updateCase(demoUpdate(sim), m_token, {});
        ApiJob *b = client.updateCase(demoUpdate(sim), m_token, {});
        QSignalSpy doneA(a, &ApiJob::finished);
        QSignalSpy doneB(b, &ApiJob::finished);
        QTRY_VERIFY_WITH_TIMEOUT(doneA.size() == 1 && doneB.size() == 1, 20000);
        const QList<ApiResult> results{a->result(), b->result()};
        int busy = 0;
        int ok = 0;
        for (const ApiResult &r : results) {
            busy += r.vendorError == ApiResult::VendorError::ConcurrencyLimit;
            ok += r.isSuccess();
        }
        QCOMPARE(busy, 1);
        QCOMPARE(ok, 1);
        QVERIFY(
            std::any_of(results.begin(), results.end(), [](const ApiResult &r) { return r.isRetryable(); }));
    }

    void neverMoreThanTwoInFlightPerToken()
    {
        SimulatorProcess sim;
        startSim(sim, {u"--delay-ms"_s, u"300"_s});
        CasesClient client(&m_network);
        QList<ApiJob *> jobs;
        for (int i = 0; i < 6; ++i)
            jobs.append(client.updateCase(demoUpdate(sim), m_token, {}));
        int maxRunning = 0;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     maxRunning = std::max(maxRunning, client.runningCount(m_token));
                                     return std::all_of(jobs.begin(), jobs.end(), [](ApiJob *j) {
                                         return j->state() == ApiJob::State::Finished;
                                     });
                                 }()),
                                 30000);
        for (ApiJob *job : jobs)
            QCOMPARE(job->result().outcome, Outcome::Success);
        QVERIFY(maxRunning <= 2);
        const QJsonObject stats = sim.stats();
        QCOMPARE(stats.value(u"max_in_flight"_s).toInt(), 2);
        QCOMPARE(stats.value(u"rejected_concurrency"_s).toInt(), 0);
        QCOMPARE(stats.value(u"updates_ok"_s).toInt(), 6);

        // A lower setting is honoured.
        ConnectionSettings one;
        one.maxInFlightPerToken = 1;
        sim.admin(u"/__sim/reset"_s, "POST");
        QList<ApiJob *> serial;
        for (int i = 0; i < 3; ++i)
            serial.append(client.updateCase(demoUpdate(sim), m_token, one));
        QTRY_VERIFY_WITH_TIMEOUT(serial.last()->state() == ApiJob::State::Finished, 30000);
        QCOMPARE(sim.stats().value(u"max_in_flight"_s).toInt(), 1);
    }

    void timeoutIsNotACancel()
    {
        SimulatorProcess sim;
        startSim(sim, {u"--fault"_s, u"stall"_s});
        CasesClient client(&m_network);
        ConnectionSettings settings;
        settings.timeoutSeconds = 1;
        QElapsedTimer clock;
        clock.start();
        const ApiResult timedOut = send(client, demoUpdate(sim), settings);
        QCOMPARE(timedOut.outcome, Outcome::Timeout);
        QVERIFY(clock.elapsed() < 1000 + 1500);

        ApiJob *job = client.updateCase(demoUpdate(sim), m_token, {});
        QSignalSpy started(job, &ApiJob::started);
        QVERIFY(started.wait(5000));
        QTest::qWait(200);
        job->cancel();
        QCOMPARE(job->state(), ApiJob::State::Finished);
        QCOMPARE(job->result().outcome, Outcome::Cancelled);
        QVERIFY(job->result().explanation() != timedOut.explanation());
    }

    void slowTrickleIsNotATimeout()
    {
        // The timeout is about silence, not total time: an answer trickling in byte by byte (every 200 ms)
        // outlives a one-second timeout.
        SimulatorProcess sim;
        startSim(sim, {u"--fault"_s, u"slow"_s});
        CasesClient client(&m_network);
        ConnectionSettings settings;
        settings.timeoutSeconds = 1;
        const ApiResult r = run(client.updateCase(demoUpdate(sim), m_token, settings), 120000);
        QCOMPARE(r.outcome, Outcome::Success);
        QVERIFY(r.elapsedMs > 1000);
        QCOMPARE(r.wolkvoxId, QString::fromLatin1(SimulatorProcess::DemoCase));
    }

    void cancelWhileQueuedSendsNothing()
    {
        SimulatorProcess sim;
        startSim(sim, {u"--delay-ms"_s, u"500"_s});
        CasesClient client(&m_network);
        ApiJob *a = client.updateCase(demoUpdate(sim), m_token, {});
        ApiJob *b = client.updateCase(demoUpdate(sim), m_token, {});
        ApiJob *c = client.updateCase(demoUpdate(sim), m_token, {});
        QSignalSpy cFinished(c, &ApiJob::finished);
        QSignalSpy bStarted(b, &ApiJob::started);
        QVERIFY(bStarted.wait(5000));
        QCOMPARE(c->state(), ApiJob::State::Queued);
        c->cancel();
        QCOMPARE(cFinished.size(), 1);
        QCOMPARE(c->result().outcome, Outcome::Cancelled);
        QTRY_VERIFY_WITH_TIMEOUT(
            a->state() == ApiJob::State::Finished && b->state() == ApiJob::State::Finished, 10000);
        QCOMPARE(sim.stats().value(u"updates_ok"_s).toInt(), 2);
    }

    void crossOriginRedirectDoesNotCarryTheToken()
    {
        QTcpServer otherOrigin;
        QVERIFY(otherOrigin.listen(QHostAddress::LocalHost));
        int connections = 0;
        connect(&otherOrigin, &QTcpServer::newConnection, this, [&] {
            ++connections;
            delete otherOrigin.nextPendingConnection();
        });
        const QString target
            = u"http://127.0.0.1:%1/server/API/v2/cases/update.php"_s.arg(otherOrigin.serverPort());
        SimulatorProcess sim;
        startSim(sim, {u"--fault"_s, u"redirect"_s, u"--redirect-to"_s, target});
        CasesClient client(&m_network);
        const ApiResult r = send(client, demoUpdate(sim));
        QCOMPARE(r.outcome, Outcome::NetworkFailure);
        QCOMPARE(r.redirectTarget.port(), int(otherOrigin.serverPort()));
        QVERIFY(r.explanation().contains(QString::number(otherOrigin.serverPort())));
        QTest::qWait(300);
        QCOMPARE(connections, 0);
    }

    void unreadableAnswers_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<ApiResult::Unreadable>("unreadable");
        QTest::newRow("html502") << u"html502"_s << Outcome::UnreadableAnswer
                                 << ApiResult::Unreadable::HtmlPage;
        QTest::newRow("truncated") << u"truncated"_s << Outcome::UnreadableAnswer
                                   << ApiResult::Unreadable::InvalidJson;
        QTest::newRow("empty") << u"empty"_s << Outcome::UnreadableAnswer << ApiResult::Unreadable::EmptyBody;
        QTest::newRow("invalid-utf8")
            << u"invalid-utf8"_s << Outcome::UnreadableAnswer << ApiResult::Unreadable::InvalidJson;
        QTest::newRow("wrong-types") << u"wrong-types"_s << Outcome::UnreadableAnswer
                                     << ApiResult::Unreadable::WrongTypes;
        QTest::newRow("huge") << u"huge"_s << Outcome::UnreadableAnswer << ApiResult::Unreadable::TooLarge;
        QTest::newRow("code-as-string")
            << u"code-as-string"_s << Outcome::Success << ApiResult::Unreadable::None;
        QTest::newRow("maintenance") << u"maintenance"_s << Outcome::Rejected << ApiResult::Unreadable::None;
    }
    void unreadableAnswers()
    {
        QFETCH(QString, fault);
        QFETCH(Outcome, outcome);
        QFETCH(ApiResult::Unreadable, unreadable);
        SimulatorProcess sim;
        startSim(sim, {u"--fault"_s, fault});
        CasesClient client(&m_network);
        const ApiResult r = send(client, demoUpdate(sim));
        QCOMPARE(r.outcome, outcome);
        QCOMPARE(r.unreadable, unreadable);
        QVERIFY(r.rawBody.size() <= ApiResult::MaxBodyBytes);
        if (fault == u"html502"_s) {
            QCOMPARE(r.httpStatus, 502);
            QVERIFY(r.rawBody.contains("<html"));
        }
        if (fault == u"maintenance"_s)
            QCOMPARE(r.vendorError, ApiResult::VendorError::Maintenance);
        QVERIFY(!r.explanation().isEmpty());
    }

    void connectionRefusedAndInvalidInput()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        CasesClient client(&m_network);
        CaseUpdate u;
        u.server = u"http://127.0.0.1:%1"_s.arg(port);
        u.operation = u"op"_s;
        ApiResult r = send(client, u);
        QCOMPARE(r.outcome, Outcome::NetworkFailure);
        QCOMPARE(r.networkError, QNetworkReply::ConnectionRefusedError);

        u.server = u"::::"_s;
        r = send(client, u);
        QCOMPARE(r.outcome, Outcome::InvalidInput);
        QVERIFY(!r.explanation().isEmpty());
    }

    void vanishedAttachmentIsNotSent()
    {
        SimulatorProcess sim;
        startSim(sim);
        CasesClient client(&m_network);
        CaseUpdate u = demoUpdate(sim);
        u.attachments = {m_dir.filePath(u"vanished.pdf"_s)};
        const ApiResult r = send(client, u);
        QCOMPARE(r.outcome, Outcome::InvalidInput);
        QVERIFY(r.explanation().contains(u"vanished.pdf"_s));
        QCOMPARE(sim.stats().value(u"requests"_s).toInt(), 0);
    }

    void startQueuedSendsNowAndNeverFinishesInside()
    {
        SimulatorProcess sim;
        startSim(sim, {u"--delay-ms"_s, u"300"_s});
        CasesClient client(&m_network);
        ApiJob *sent = client.updateCase(demoUpdate(sim), m_token, {});
        CaseUpdate missing = demoUpdate(sim);
        missing.attachments = {m_dir.filePath(u"not-there.pdf"_s)};
        ApiJob *unsendable = client.updateCase(missing, m_token, {});
        ApiJob *waiting = client.updateCase(demoUpdate(sim), m_token, {});
        QSignalSpy unsendableFinished(unsendable, &ApiJob::finished);
        QCOMPARE(sent->state(), ApiJob::State::Queued);

        // Started before this returns: the caller has connected and need not wait for the event loop. The
        // job that cannot be sent does not finish inside the call (a batch storing its rows would be
        // re-entered), and the lane's limit still holds: the third waits for a free slot.
        client.startQueued();
        QCOMPARE(sent->state(), ApiJob::State::Running);
        QCOMPARE(unsendable->state(), ApiJob::State::Running);
        QCOMPARE(unsendableFinished.size(), 0);
        QCOMPARE(waiting->state(), ApiJob::State::Queued);
        QVERIFY(unsendableFinished.wait(5000));
        QCOMPARE(unsendable->result().outcome, Outcome::InvalidInput);
        QVERIFY(unsendable->result().explanation().contains(u"not-there.pdf"_s));
        QTRY_VERIFY_WITH_TIMEOUT(waiting->state() == ApiJob::State::Finished, 10000);
        QCOMPARE(sent->result().outcome, Outcome::Success);
        QCOMPARE(waiting->result().outcome, Outcome::Success);
        QCOMPARE(sim.stats().value(u"updates_ok"_s).toInt(), 2);

        // Cancelled before the event loop delivers its failure, such a job finishes at once, as a running
        // job does, with the reason nothing was sent.
        ApiJob *cancelled = client.updateCase(missing, m_token, {});
        client.startQueued();
        QCOMPARE(cancelled->state(), ApiJob::State::Running);
        QSignalSpy cancelledFinished(cancelled, &ApiJob::finished);
        cancelled->cancel();
        QCOMPARE(cancelledFinished.size(), 1);
        QCOMPARE(cancelled->result().outcome, Outcome::InvalidInput);
        QTest::qWait(50);
        QCOMPARE(cancelledFinished.size(), 1);
    }

    void largeFileIsStreamedFromDisk()
    {
        SimulatorProcess sim;
        startSim(sim);
        const qint64 size = qint64(512) << 20;
        const QString video = TestFiles::sparse(m_dir.filePath(u"llamada.mp4"_s), size);
        CasesClient client(&m_network);
        CaseUpdate u = demoUpdate(sim);
        u.attachments = {video};
        const qint64 before = TestFiles::currentRss();
        ApiJob *job = client.updateCase(u, m_token, {});
        QSignalSpy progress(job, &ApiJob::uploadProgress);
        qint64 peak = before;
        connect(job, &ApiJob::uploadProgress, this, [&] { peak = std::max(peak, TestFiles::currentRss()); });
        const ApiResult r = run(job, 240000);
        QCOMPARE(r.outcome, Outcome::Success);
        QVERIFY(progress.size() > 1);
        QVERIFY(progress.constLast().at(0).toLongLong() >= size);
        QVERIFY(r.bytesSent >= size);
        const qint64 growth = peak - before;
        qInfo("RSS grew by %lld KiB while uploading %lld MiB", growth / 1024, size >> 20);
        if (TestFiles::RssBoundsApply)
            QVERIFY2(growth < (qint64(48) << 20), qPrintable(u"memory grew by %1 MiB"_s.arg(growth >> 20)));
        const QJsonArray files = sim.lastRequest().value(u"files"_s).toArray();
        QCOMPARE(files.at(0)[u"size"_s].toInteger(), size);
        QCOMPARE(files.at(0)[u"sha256"_s].toString().toLatin1(), TestFiles::sha256(video));
    }

    void tlsProblemsAreRefusedAndNamed()
    {
        const QString cert = m_dir.filePath(u"cert.pem"_s);
        const QString key = m_dir.filePath(u"key.pem"_s);
        QProcess openssl;
        openssl.start(u"openssl"_s,
                      {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s,
                       u"-subj"_s, u"/CN=127.0.0.1"_s, u"-keyout"_s, key, u"-out"_s, cert});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        SimulatorProcess sim;
        startSim(sim, {u"--tls-cert"_s, cert, u"--tls-key"_s, key});
        QCOMPARE(sim.baseUrl().scheme(), u"https"_s);
        CasesClient client(&m_network);
        CaseUpdate u = demoUpdate(sim);
        u.server = u"127.0.0.1:%1"_s.arg(sim.port()); // no scheme: HTTPS
        const ApiResult r = send(client, u);
        QCOMPARE(r.outcome, Outcome::NetworkFailure);
        QVERIFY(!r.tlsErrors.isEmpty());
        QVERIFY2(r.explanation().contains(u"self signed"_s, Qt::CaseInsensitive)
                     || r.explanation().contains(u"self-signed"_s, Qt::CaseInsensitive),
                 qPrintable(r.explanation()));
        QCOMPARE(sim.stats().value(u"requests"_s).toInt(), 0);
    }

    void tokenInformation()
    {
        SimulatorProcess sim;
        startSim(sim, {u"--daily-quota"_s, u"100"_s});
        CasesClient client(&m_network);
        QCOMPARE(send(client, demoUpdate(sim)).outcome, Outcome::Success);
        const ApiResult r = run(client.tokenInformation(
            sim.server(), QString::fromLatin1(SimulatorProcess::DemoOperation), m_token, {}));
        QCOMPARE(r.outcome, Outcome::Success);
        const TokenInformation info = TokenInformation::fromData(r.data);
        QCOMPARE(info.limit, 100);
        QCOMPARE(info.usedToday, 2); // the update and this call
        QCOMPARE(info.remaining(), 98);
        QVERIFY(info.hoursToRestart >= 0);
    }
};

QTEST_GUILESS_MAIN(TestCasesClient)
#include "tst_casesclient.moc"
