#include "core/global.h"
#include "core/net/apijob.h"
#include "core/net/casesclient.h"
#include "core/net/serveraddress.h"
#include "support/simulatorprocess.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>
#include <memory>

using Outcome = ApiResult::Outcome;

namespace {
const QString Token = QString::fromLatin1(SimulatorProcess::DemoToken);
const QString UpdatePath = u"/server/API/v2/cases/update.php"_s;

// A plain TCP listener that keeps every byte a client sends, and can answer with canned bytes.
class RawServer : public QObject
{
public:
    explicit RawServer(const QHostAddress &address, QByteArray answer = {})
        : m_answer(std::move(answer))
    {
        m_server.listen(address);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    m_received += socket->readAll();
                    // Answer once the request's head is complete; a TLS client never gets that far.
                    if (!m_answer.isEmpty() && m_received.contains("\r\n\r\n")) {
                        socket->write(m_answer);
                        socket->disconnectFromHost();
                    } else if (m_answer.isEmpty() && m_received.size() >= 5) {
                        socket->abort(); // seen enough: refuse whatever the client is attempting
                    }
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.serverPort(); }
    QByteArray received() const { return m_received; }
    int connections() const { return m_connections; }

private:
    QTcpServer m_server;
    QByteArray m_answer;
    QByteArray m_received;
    int m_connections = 0;
};

// An address of this machine that is not loopback: a real interface's, else 0.0.0.0, which Linux
// connects to the local host and which is not loopback either.
QHostAddress networkAddress()
{
    const QList<QHostAddress> addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &address : addresses) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback()
            && !address.isLinkLocal())
            return address;
    }
    return QHostAddress(QHostAddress::AnyIPv4);
}
} // namespace

// Token hygiene on the wire: a redirect to another origin never carries the token, plain HTTP is never
// used towards a network host, and a server that echoes the token back does not get it into the history.
class TestTokenNetwork : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    static CaseUpdate demoUpdate(const QString &server)
    {
        CaseUpdate u;
        u.server = server;
        u.operation = QString::fromLatin1(SimulatorProcess::DemoOperation);
        u.wolkvoxId = QString::fromLatin1(SimulatorProcess::DemoCase);
        u.caseType = u"Request"_s;
        u.responsible = u"ana@modulodeprueba"_s;
        u.status = u"open"_s;
        u.priority = u"low"_s;
        return u;
    }

    // The job's result once it has finished (it may have finished already); callers check the state.
    static ApiResult run(ApiJob *job)
    {
        if (job->state() != ApiJob::State::Finished) {
            QSignalSpy finished(job, &ApiJob::finished);
            finished.wait(30000);
        }
        return job->result();
    }

    static bool contains(const ApiResult &r, const QString &secret)
    {
        const QByteArray s = secret.toUtf8();
        return r.rawBody.contains(s) || r.contentType.contains(s) || r.msg.contains(secret)
            || r.error.contains(secret) || r.networkErrorString.contains(secret)
            || r.redirectTarget.toString().contains(secret) || r.explanation().contains(secret)
            || QJsonDocument(r.data).toJson().contains(s) || QJsonDocument(r.toJson()).toJson().contains(s);
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ApiResult>(); }

    // The redirect target is a second simulator, which says what arrived: nothing. The control shows that
    // Qt's own default policy would have delivered the token there, so the check can see a leak.
    void crossOriginRedirectNeverCarriesTheToken()
    {
        SimulatorProcess target;
        QVERIFY2(target.start(), qPrintable(target.errorText()));
        const QString targetUrl = target.server() + UpdatePath;
        SimulatorProcess redirecting;
        QVERIFY2(redirecting.start({u"--fault"_s, u"redirect"_s, u"--redirect-to"_s, targetUrl}),
                 qPrintable(redirecting.errorText()));

        CasesClient client(&m_network);
        ApiJob *job = client.updateCase(demoUpdate(redirecting.server()), Token, {});
        const ApiResult r = run(job);
        QCOMPARE(job->state(), ApiJob::State::Finished);
        QCOMPARE(r.outcome, Outcome::NetworkFailure);
        QCOMPARE(r.redirectTarget.port(), target.port());
        QCOMPARE(redirecting.lastRequest().value(u"headers"_s)[u"wolkvox-token-present"_s].toBool(), true);
        QCOMPARE(target.stats().value(u"requests"_s).toInt(), 0);
        QVERIFY(target.lastRequest().value(u"method"_s).isUndefined()); // "no update request received yet"

        // Control: the same request under Qt's default redirect policy reaches the target with the token.
        QNetworkRequest request(QUrl(redirecting.server() + UpdatePath));
        request.setRawHeader("Wolkvox-Token", Token.toUtf8());
        std::unique_ptr<QNetworkReply> reply(m_network.post(request, QByteArray("operation=x")));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        QVERIFY(done.wait(30000));
        QCOMPARE(target.lastRequest().value(u"headers"_s)[u"wolkvox-token-present"_s].toBool(), true);
    }

    // Not even within the same origin is a redirect followed: a case update is not re-sent on the server's
    // say-so (Qt 6.4 re-sending an upload after a 307 sometimes ends in "Unknown error" although the server
    // answered). The agent learns where the server pointed; the simulator saw one request only.
    void sameOriginRedirectIsReportedNotFollowed()
    {
        SimulatorProcess sim;
        QVERIFY2(
            sim.start({u"--fault"_s, u"redirect"_s, u"--redirect-to"_s, u"/server/API/v2/cases/moved.php"_s}),
            qPrintable(sim.errorText()));
        CasesClient client(&m_network);
        for (int attempt = 0; attempt < 20; ++attempt) { // the Qt failure came about one run in forty
            ApiJob *job = client.updateCase(demoUpdate(sim.server()), Token, {});
            const ApiResult r = run(job);
            QCOMPARE(job->state(), ApiJob::State::Finished);
            QCOMPARE(r.outcome, Outcome::NetworkFailure);
            QCOMPARE(r.httpStatus, 307);
            QCOMPARE(r.redirectTarget.path(), u"/server/API/v2/cases/moved.php"_s);
            QCOMPARE(r.redirectTarget.port(), sim.port());
            QVERIFY(r.explanation().contains(u"/server/API/v2/cases/moved.php"_s));
            job->deleteLater();
        }
        QCOMPARE(sim.stats().value(u"requests"_s).toInt(), 20);
    }

    // Plain HTTP towards anything but loopback is never used: the address is upgraded to HTTPS (with a
    // notice), so the first bytes on the wire are a TLS handshake, and no header or token goes in clear.
    void plainHttpIsNeverUsedForANetworkHost()
    {
        const QHostAddress address = networkAddress();
        RawServer listener(address == QHostAddress(QHostAddress::AnyIPv4) ? address : QHostAddress::AnyIPv4);
        QVERIFY(listener.isListening());
        const QString typed = u"http://%1:%2"_s.arg(address.toString()).arg(listener.port());

        const ServerAddress server = ServerAddress::parse(typed);
        QVERIFY(!ServerAddress::isLoopbackHost(server.host()));
        QCOMPARE(server.scheme(), u"https"_s);
        QCOMPARE(server.notices().size(), 1);
        QVERIFY(server.notices().constFirst().contains(u"Plain HTTP would expose the token"_s));

        CasesClient client(&m_network);
        for (ApiJob *job : {client.updateCase(demoUpdate(typed), Token, {}),
                            client.tokenInformation(typed, demoUpdate(typed).operation, Token, {})}) {
            const ApiResult r = run(job);
            QCOMPARE(job->state(), ApiJob::State::Finished);
            QCOMPARE(r.outcome, Outcome::NetworkFailure);
            QVERIFY(r.networkError != QNetworkReply::NoError);
            QVERIFY(!contains(r, Token));
        }
        QCOMPARE(listener.connections(), 2);
        const QByteArray wire = listener.received();
        QVERIFY(!wire.isEmpty());
        QCOMPARE(wire.at(0), char(0x16)); // a TLS handshake record, not "POST " or "GET "
        QVERIFY(!wire.contains("Wolkvox-Token"));
        QVERIFY(!wire.contains(Token.toUtf8()));
        QVERIFY(!wire.contains("HTTP/1.1"));
    }

    // A proxy or CRM that echoes the request back (body, status line, redirect) does not get the token
    // into the result, and so not into the history, the CLI's output or the clipboard.
    void echoedTokenIsCutFromTheAnswer_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<Outcome>("outcome");
        const QByteArray token = Token.toUtf8();
        const QByteArray body = "{\"code\":403,\"error\":\"FORBIDDEN\",\"msg\":\"PLEASE VALIDATE TOKEN "
            + token + "\",\"data\":{\"token\":\"" + token + "\"}}";
        QTest::newRow("JSON body") << QByteArray(
            "HTTP/1.1 403 Forbidden\r\nContent-Type: application/json\r\n"
            "Content-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body)
                                   << Outcome::Rejected;
        const QByteArray page = "<html><pre>Wolkvox-Token: " + token + "</pre></html>";
        QTest::newRow("HTML page") << QByteArray(
            "HTTP/1.1 502 Bad Gateway " + token + "\r\nContent-Type: text/html; x=" + token
            + "\r\nContent-Length: " + QByteArray::number(page.size()) + "\r\n\r\n" + page)
                                   << Outcome::UnreadableAnswer;
        QTest::newRow("redirect") << QByteArray("HTTP/1.1 307 Temporary Redirect\r\nLocation: "
                                                "http://127.0.0.2:9/leak?t="
                                                + token + "\r\nContent-Length: 0\r\n\r\n")
                                  << Outcome::NetworkFailure;
    }
    void echoedTokenIsCutFromTheAnswer()
    {
        QFETCH(QByteArray, answer);
        QFETCH(Outcome, outcome);
        RawServer server(QHostAddress::LocalHost, answer);
        QVERIFY(server.isListening());
        CasesClient client(&m_network);
        ApiJob *job = client.updateCase(demoUpdate(u"http://127.0.0.1:%1"_s.arg(server.port())), Token, {});
        const ApiResult r = run(job);
        QCOMPARE(job->state(), ApiJob::State::Finished);
        QCOMPARE(r.outcome, outcome);
        QVERIFY(server.received().contains(Token.toUtf8())); // it was sent, to the server it was meant for
        QVERIFY2(!contains(r, Token), r.rawBody.constData());
        QVERIFY(r.rawBody.contains("[Wolkvox-Token]")
                || r.redirectTarget.toString().contains(u"Wolkvox-Token"_s));
    }
};

QTEST_GUILESS_MAIN(TestTokenNetwork)
#include "tst_tokennetwork.moc"
