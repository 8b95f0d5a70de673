#include "core/global.h"
#include "core/net/apijob.h"
#include "core/net/casesclient.h"
#include "support/simulatorprocess.h"
#include "support/testfiles.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>

using Outcome = ApiResult::Outcome;
using Unreadable = ApiResult::Unreadable;

// Whatever a hostile or broken server sends back, the core ends every call with one classified, explained
// result: no hang past the timeout, no unbounded memory, nothing misread as a success.
class TestHostileAnswers : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    const QString m_token = QString::fromLatin1(SimulatorProcess::DemoToken);

    static CaseUpdate demoUpdate(const SimulatorProcess &sim)
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

    static ApiResult run(ApiJob *job, int timeoutMs = 60000)
    {
        QSignalSpy finished(job, &ApiJob::finished);
        if (!finished.wait(timeoutMs))
            return {};
        return finished.constFirst().constFirst().value<ApiResult>();
    }

    // The event loop keeps turning while a call is under way: the largest gap between 20 ms ticks.
    struct Probe
    {
        QTimer timer;
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 worstGap = 0;
        int ticks = 0;
        Probe()
        {
            clock.start();
            QObject::connect(&timer, &QTimer::timeout, &timer, [this] {
                const qint64 now = clock.elapsed();
                worstGap = std::max(worstGap, now - last);
                last = now;
                ++ticks;
            });
            timer.start(20);
        }
    };

    void startSim(SimulatorProcess &sim, const QStringList &args)
    {
        QVERIFY2(sim.start(args), qPrintable(sim.errorText()));
    }

    // After any fault, the same client and access manager still work against a healthy server.
    void clientStillWorks(CasesClient &client)
    {
        SimulatorProcess healthy;
        startSim(healthy, {});
        const ApiResult r = run(client.updateCase(demoUpdate(healthy), m_token, {}));
        QCOMPARE(r.outcome, Outcome::Success);
    }

    static void connectionLostIsExplained(const ApiResult &r)
    {
        const QString text = r.explanation();
        QVERIFY2(text.contains(u"broke off before it answered"_s)
                     || text.contains(u"closed the connection"_s),
                 qPrintable(text));
        QVERIFY(text.contains(u"check the case"_s));
        QVERIFY(!text.contains(u"Unknown error"_s));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ApiResult>();
        QVERIFY(m_dir.isValid());
    }

    void stallTimesOutWithinTheSetting_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<bool>("withUpload");
        QTest::newRow("1 s, small form") << 1 << false;
        QTest::newRow("2 s, small form") << 2 << false;
        QTest::newRow("2 s, after a 3 MiB upload") << 2 << true;
    }
    void stallTimesOutWithinTheSetting()
    {
        // The issue states this as behaviour: a stalled server ends the call within the timeout + 1 s.
        QFETCH(int, seconds);
        QFETCH(bool, withUpload);
        SimulatorProcess sim;
        startSim(sim, {u"--fault"_s, u"stall"_s});
        CasesClient client(&m_network);
        CaseUpdate u = demoUpdate(sim);
        if (withUpload)
            u.attachments = {TestFiles::write(m_dir.filePath(u"stall.zip"_s), QByteArray(3 << 20, 'z'))};
        ConnectionSettings settings;
        settings.timeoutSeconds = seconds;

        Probe probe;
        QElapsedTimer clock;
        clock.start();
        const ApiResult r = run(client.updateCase(u, m_token, settings));
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(r.outcome, Outcome::Timeout);
        qInfo("stall with a %d s timeout ended after %lld ms; longest event-loop gap %lld ms", seconds,
              elapsed, probe.worstGap);
        // Qt's transfer timer is a coarse timer, which may fire up to 5 % early.
        QVERIFY2(elapsed >= seconds * 900, qPrintable(u"gave up early: %1 ms"_s.arg(elapsed)));
        QVERIFY2(elapsed <= seconds * 1000 + 1000, qPrintable(u"took %1 ms"_s.arg(elapsed)));
        QVERIFY2(probe.worstGap < 500,
                 qPrintable(u"the event loop stood still for %1 ms"_s.arg(probe.worstGap)));
        QVERIFY(probe.ticks >= seconds * 1000 / 20 / 2);
        QVERIFY(r.explanation().contains(u"stopped answering"_s));
        QVERIFY(r.explanation().contains(u"timeout"_s));
        if (withUpload)
            QCOMPARE(sim.lastRequest().value(u"body_complete"_s).toBool(), true);
        clientStillWorks(client);
    }

    void slowTrickle_data()
    {
        QTest::addColumn<int>("intervalMs");
        QTest::addColumn<int>("timeoutSeconds");
        QTest::addColumn<Outcome>("outcome");
        QTest::newRow("a byte every 200 ms under a 1 s timeout") << 200 << 1 << Outcome::Success;
        QTest::newRow("a byte every 2.5 s over a 1 s timeout") << 2500 << 1 << Outcome::Timeout;
    }
    void slowTrickle()
    {
        // The timeout is about silence, not total time: a steady trickle succeeds however long it takes, a
        // trickle with gaps longer than the timeout is abandoned at the first such gap.
        QFETCH(int, intervalMs);
        QFETCH(int, timeoutSeconds);
        QFETCH(Outcome, outcome);
        SimulatorProcess sim;
        startSim(sim, {u"--fault"_s, u"slow"_s, u"--slow-interval-ms"_s, QString::number(intervalMs)});
        CasesClient client(&m_network);
        ConnectionSettings settings;
        settings.timeoutSeconds = timeoutSeconds;
        Probe probe;
        QElapsedTimer clock;
        clock.start();
        const ApiResult r = run(client.updateCase(demoUpdate(sim), m_token, settings), 120000);
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(r.outcome, outcome);
        QVERIFY(probe.worstGap < 500);
        if (outcome == Outcome::Success) {
            QVERIFY(elapsed > timeoutSeconds * 1000); // far longer than the timeout in total
            QCOMPARE(r.wolkvoxId, QString::fromLatin1(SimulatorProcess::DemoCase));
        } else {
            QVERIFY2(elapsed <= timeoutSeconds * 1000 + 1000, qPrintable(u"took %1 ms"_s.arg(elapsed)));
        }
    }

    void hostileAnswers_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<Unreadable>("unreadable");
        QTest::addColumn<int>("http");
        QTest::addColumn<QString>("explained");
        QTest::newRow("html502") << u"html502"_s << Outcome::UnreadableAnswer << Unreadable::HtmlPage << 502
                                 << u"web page instead of the CRM's answer"_s;
        QTest::newRow("truncated") << u"truncated"_s << Outcome::UnreadableAnswer << Unreadable::InvalidJson
                                   << 200 << u"incomplete or not in the CRM's format"_s;
        QTest::newRow("empty") << u"empty"_s << Outcome::UnreadableAnswer << Unreadable::EmptyBody << 200
                               << u"empty page"_s;
        QTest::newRow("invalid-utf8")
            << u"invalid-utf8"_s << Outcome::UnreadableAnswer << Unreadable::InvalidJson << 200
            << u"incomplete or not in the CRM's format"_s;
        QTest::newRow("wrong-types") << u"wrong-types"_s << Outcome::UnreadableAnswer
                                     << Unreadable::WrongTypes << 200 << u"not in the CRM's format"_s;
        QTest::newRow("code-object") << u"code-object"_s << Outcome::UnreadableAnswer
                                     << Unreadable::WrongTypes << 200 << u"not in the CRM's format"_s;
        QTest::newRow("data-array") << u"data-array"_s << Outcome::UnreadableAnswer << Unreadable::WrongTypes
                                    << 200 << u"not in the CRM's format"_s;
        QTest::newRow("huge") << u"huge"_s << Outcome::UnreadableAnswer << Unreadable::TooLarge << 200
                              << u"was cut off"_s;
        QTest::newRow("maintenance") << u"maintenance"_s << Outcome::Rejected << Unreadable::None << 403
                                     << u"switched off"_s;
    }
    void hostileAnswers()
    {
        QFETCH(QString, fault);
        QFETCH(Outcome, outcome);
        QFETCH(Unreadable, unreadable);
        QFETCH(int, http);
        QFETCH(QString, explained);
        SimulatorProcess sim;
        startSim(sim, {u"--fault"_s, fault});
        CasesClient client(&m_network);
        const ApiResult r = run(client.updateCase(demoUpdate(sim), m_token, {}));
        QCOMPARE(r.outcome, outcome);
        QCOMPARE(r.unreadable, unreadable);
        QCOMPARE(r.httpStatus, http);
        QVERIFY(!r.isSuccess());
        QVERIFY(r.wolkvoxId.isEmpty()); // never a record id read out of a broken answer
        QCOMPARE(r.rawBody.isEmpty(), fault == u"empty"_s); // kept for the history pane
        QVERIFY(r.rawBody.size() <= ApiResult::MaxBodyBytes);
        QVERIFY2(r.explanation().contains(explained), qPrintable(r.explanation()));
        if (outcome == Outcome::UnreadableAnswer)
            QVERIFY(r.explanation().contains(u"check the case"_s, Qt::CaseInsensitive));
        clientStillWorks(client);
    }

    void enormousAnswerIsCappedWithBoundedMemory()
    {
        // 64 MiB streamed at loopback speed: the client keeps 1 MiB, stops reading, and memory stays flat.
        SimulatorProcess sim;
        startSim(sim, {u"--fault"_s, u"huge"_s});
        CasesClient client(&m_network);
        const qint64 before = TestFiles::currentRss();
        ApiJob *job = client.updateCase(demoUpdate(sim), m_token, {});
        qint64 peak = before;
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this, [&] { peak = std::max(peak, TestFiles::currentRss()); });
        sampler.start(5);
        const ApiResult r = run(job);
        peak = std::max(peak, TestFiles::currentRss());
        QCOMPARE(r.outcome, Outcome::UnreadableAnswer);
        QCOMPARE(r.unreadable, Unreadable::TooLarge);
        QCOMPARE(r.rawBody.size(), ApiResult::MaxBodyBytes);
        const qint64 growth = peak - before;
        qInfo("RSS grew by %lld KiB while a 64 MiB answer was refused", growth / 1024);
        if (TestFiles::RssBoundsApply)
            QVERIFY2(growth < (qint64(16) << 20), qPrintable(u"memory grew by %1 MiB"_s.arg(growth >> 20)));
    }

    void resetMidUpload()
    {
        // The server resets the connection after 256 KiB of a 4 MiB upload.
        SimulatorProcess sim;
        startSim(sim, {u"--fault"_s, u"reset"_s});
        CasesClient client(&m_network);
        CaseUpdate u = demoUpdate(sim);
        u.attachments = {TestFiles::write(m_dir.filePath(u"reset.zip"_s), QByteArray(4 << 20, 'r'))};
        const ApiResult r = run(client.updateCase(u, m_token, {}));
        QCOMPARE(r.outcome, Outcome::NetworkFailure);
        QCOMPARE(r.httpStatus, 0);
        // Qt 6.4 reports a reset during the upload as an unknown error; the explanation must still say it.
        QVERIFY2(r.networkError == QNetworkReply::UnknownNetworkError
                     || r.networkError == QNetworkReply::RemoteHostClosedError,
                 qPrintable(r.networkErrorString));
        connectionLostIsExplained(r);
        const QJsonObject last = sim.lastRequest();
        QCOMPARE(last.value(u"body_complete"_s).toBool(), false);
        QVERIFY(last.value(u"payload_bytes"_s).toInteger() < (4 << 20));
        QCOMPARE(sim.stats().value(u"updates_ok"_s).toInt(), 0);
        clientStillWorks(client);
    }

    void closeBeforeReadingTheBody_data()
    {
        QTest::addColumn<int>("attachmentBytes");
        QTest::newRow("form only") << 0;
        QTest::newRow("8 MiB upload") << (8 << 20);
    }
    void closeBeforeReadingTheBody()
    {
        // A proxy answers 413 from the headers alone and closes without reading the upload. Depending on
        // how much of the body was on its way, Qt reads the 413 page or sees the connection torn down;
        // either way the call ends at once, is not a success, and says what happened.
        QFETCH(int, attachmentBytes);
        SimulatorProcess sim;
        startSim(sim, {u"--fault"_s, u"early-close"_s});
        CasesClient client(&m_network);
        CaseUpdate u = demoUpdate(sim);
        if (attachmentBytes > 0)
            u.attachments
                = {TestFiles::write(m_dir.filePath(u"early.zip"_s), QByteArray(attachmentBytes, 'e'))};
        QElapsedTimer clock;
        clock.start();
        const ApiResult r = run(client.updateCase(u, m_token, {}));
        qInfo("early close: %s, HTTP %d, %s, after %lld ms", qPrintable(ApiResult::outcomeId(r.outcome)),
              r.httpStatus, qPrintable(r.networkErrorString), clock.elapsed());
        QVERIFY(clock.elapsed() < 10000);
        if (r.outcome == Outcome::UnreadableAnswer) {
            QCOMPARE(r.httpStatus, 413);
            QCOMPARE(r.unreadable, Unreadable::HtmlPage);
            QVERIFY(r.explanation().contains(u"HTTP 413"_s));
        } else {
            QCOMPARE(r.outcome, Outcome::NetworkFailure);
            QVERIFY2(r.networkError == QNetworkReply::UnknownNetworkError
                         || r.networkError == QNetworkReply::RemoteHostClosedError,
                     qPrintable(r.networkErrorString));
            connectionLostIsExplained(r);
        }
        QCOMPARE(sim.lastRequest().value(u"payload_bytes"_s).toInteger(), 0);
        QCOMPARE(sim.stats().value(u"updates_ok"_s).toInt(), 0);
        clientStillWorks(client);
    }
};

QTEST_GUILESS_MAIN(TestHostileAnswers)
#include "tst_hostileanswers.moc"
