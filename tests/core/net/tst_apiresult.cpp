#include "core/audience.h"
#include "core/global.h"
#include "core/model/caseupdate.h"
#include "core/model/connectionsettings.h"
#include "core/model/deliveryplan.h"
#include "core/net/apiresult.h"
#include "core/net/cabundle.h"
#include "core/net/casequeryresult.h"

#include <QScopeGuard>
#include <QSslError>
#include <QtTest>

using Outcome = ApiResult::Outcome;
using Vendor = ApiResult::VendorError;
using Unreadable = ApiResult::Unreadable;

// The CRM's answers, real-shaped and hostile, parsed and classified.
class TestApiResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<int>("http");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<Vendor>("vendor");
        QTest::addColumn<Unreadable>("unreadable");
        QTest::addColumn<int>("code"); // -1: none
        QTest::addColumn<QString>("wolkvoxId");

        const QByteArray json = "application/json";
        QTest::newRow("vendor success")
            << 200
            << QByteArray("{\"code\":200,\"error\":\"null\",\"msg\":\"Succesfully update "
                          "record\",\"data\":{\"wolkvox_id\":\"64cb\"}}")
            << json << Outcome::Success << Vendor::None << Unreadable::None << 200 << u"64cb"_s;
        QTest::newRow("code as string")
            << 200
            << QByteArray(
                   "{\"code\":\"200\",\"error\":\"null\",\"msg\":\"ok\",\"data\":{\"wolkvox_id\":\"a1\"}}")
            << json << Outcome::Success << Vendor::None << Unreadable::None << 200 << u"a1"_s;
        QTest::newRow("error JSON null")
            << 200
            << QByteArray("{\"code\":200,\"error\":null,\"msg\":\"ok\",\"data\":{\"wolkvox_id\":\"a1\"}}")
            << json << Outcome::Success << Vendor::None << Unreadable::None << 200 << u"a1"_s;
        QTest::newRow("error NULL upper case")
            << 200 << QByteArray("{\"code\":200,\"error\":\"NULL\",\"msg\":\"ok\"}") << json
            << Outcome::Success << Vendor::None << Unreadable::None << 200 << QString();
        QTest::newRow("numeric wolkvox_id")
            << 200 << QByteArray("{\"code\":200,\"error\":\"null\",\"data\":{\"wolkvox_id\":12345}}") << json
            << Outcome::Success << Vendor::None << Unreadable::None << 200 << u"12345"_s;
        QTest::newRow("text/html content type but JSON body")
            << 200 << QByteArray("{\"code\":200,\"error\":\"null\",\"msg\":\"ok\"}")
            << QByteArray("text/html") << Outcome::Success << Vendor::None << Unreadable::None << 200
            << QString();
        QTest::newRow("BOM and whitespace")
            << 200 << QByteArray("  \n{\"code\":200,\"error\":\"null\"}\n") << json << Outcome::Success
            << Vendor::None << Unreadable::None << 200 << QString();
        QTest::newRow("missing token 401")
            << 401
            << QByteArray(
                   "{\"code\":401,\"error\":\"UNAUTHORIZED\",\"msg\":\"PLEASE ENTER THE WOLKVOX-TOKEN\"}")
            << json << Outcome::Rejected << Vendor::MissingToken << Unreadable::None << 401 << QString();
        QTest::newRow("invalid token 403")
            << 403 << QByteArray("{\"code\":403,\"error\":\"FORBIDDEN\",\"msg\":\"PLEASE VALIDATE TOKEN\"}")
            << json << Outcome::Rejected << Vendor::InvalidToken << Unreadable::None << 403 << QString();
        QTest::newRow("daily quota 403")
            << 403
            << QByteArray("{\"code\":\"403\",\"error\":\"FORBIDDEN\",\"msg\":\"TOKEN LIMIT EXCEEDED\"}")
            << json << Outcome::Rejected << Vendor::DailyLimitExceeded << Unreadable::None << 403
            << QString();
        QTest::newRow("two requests 403")
            << 403
            << QByteArray("{\"code\":403,\"error\":\"FORBIDDEN\",\"msg\":\"EXCEEDS THE LIMIT OF SIMULTANEOUS "
                          "REQUESTS PER TOKEN (2)\"}")
            << json << Outcome::Rejected << Vendor::ConcurrencyLimit << Unreadable::None << 403 << QString();
        QTest::newRow("missing parameters 400")
            << 400
            << QByteArray("{\"code\":400,\"error\":\"BAD REQUEST\",\"msg\":\"SOME PARAMETERS ARE REQUIRED\"}")
            << json << Outcome::Rejected << Vendor::MissingParameters << Unreadable::None << 400 << QString();
        QTest::newRow("API does not exist")
            << 400
            << QByteArray("{\"code\":400,\"error\":\"BAD REQUEST\",\"msg\":\"THE API YOU WANT TO CONSULT "
                          "DOES NOT EXIST\"}")
            << json << Outcome::Rejected << Vendor::ApiDoesNotExist << Unreadable::None << 400 << QString();
        QTest::newRow("maintenance 403 without message")
            << 403 << QByteArray("{\"code\":403,\"error\":\"FORBIDDEN\"}") << json << Outcome::Rejected
            << Vendor::Maintenance << Unreadable::None << 403 << QString();
        QTest::newRow("maintenance message")
            << 403
            << QByteArray("{\"code\":403,\"error\":\"FORBIDDEN\",\"msg\":\"API DISABLED FOR MAINTENANCE\"}")
            << json << Outcome::Rejected << Vendor::Maintenance << Unreadable::None << 403 << QString();
        QTest::newRow("record not found")
            << 404
            << QByteArray("{\"code\":404,\"error\":\"NOT FOUND\",\"msg\":\"THE RECORD DOES NOT EXIST\"}")
            << json << Outcome::Rejected << Vendor::RecordNotFound << Unreadable::None << 404 << QString();
        QTest::newRow("other CRM rule")
            << 400
            << QByteArray("{\"code\":400,\"error\":\"BAD REQUEST\",\"msg\":\"THE STATUS DOES NOT EXIST\"}")
            << json << Outcome::Rejected << Vendor::Other << Unreadable::None << 400 << QString();
        QTest::newRow("code 200 but error text")
            << 200 << QByteArray("{\"code\":200,\"error\":\"SOMETHING\",\"msg\":\"partial\"}") << json
            << Outcome::Rejected << Vendor::Other << Unreadable::None << 200 << QString();
        QTest::newRow("HTTP 500 with success JSON")
            << 500 << QByteArray("{\"code\":200,\"error\":\"null\"}") << json << Outcome::Rejected
            << Vendor::Other << Unreadable::None << 200 << QString();
        QTest::newRow("no code uses HTTP status")
            << 200 << QByteArray("{\"error\":\"null\",\"msg\":\"ok\"}") << json << Outcome::Success
            << Vendor::None << Unreadable::None << -1 << QString();
        // A success that cannot say which record it updated is not one; PHP's empty array ([]) is no data.
        QTest::newRow("data as array")
            << 200 << QByteArray("{\"code\":200,\"error\":\"null\",\"data\":[1,2]}") << json
            << Outcome::UnreadableAnswer << Vendor::None << Unreadable::WrongTypes << -1 << QString();
        QTest::newRow("data as string")
            << 200 << QByteArray("{\"code\":200,\"error\":\"null\",\"data\":\"6074\"}") << json
            << Outcome::UnreadableAnswer << Vendor::None << Unreadable::WrongTypes << -1 << QString();
        QTest::newRow("data as PHP's empty array")
            << 200 << QByteArray("{\"code\":200,\"error\":\"null\",\"data\":[]}") << json << Outcome::Success
            << Vendor::None << Unreadable::None << 200 << QString();
        QTest::newRow("rejection with data as array")
            << 403
            << QByteArray(
                   "{\"code\":403,\"error\":\"FORBIDDEN\",\"msg\":\"PLEASE VALIDATE TOKEN\",\"data\":[1]}")
            << json << Outcome::Rejected << Vendor::InvalidToken << Unreadable::None << 403 << QString();

        QTest::newRow("empty body") << 200 << QByteArray() << json << Outcome::UnreadableAnswer
                                    << Vendor::None << Unreadable::EmptyBody << -1 << QString();
        QTest::newRow("whitespace body")
            << 502 << QByteArray(" \r\n ") << QByteArray() << Outcome::UnreadableAnswer << Vendor::None
            << Unreadable::EmptyBody << -1 << QString();
        QTest::newRow("nginx 502 page")
            << 502
            << QByteArray(
                   "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body><center><h1>502 Bad "
                   "Gateway</h1></center></body></html>")
            << QByteArray("text/html") << Outcome::UnreadableAnswer << Vendor::None << Unreadable::HtmlPage
            << -1 << QString();
        QTest::newRow("HTML without content type")
            << 200 << QByteArray("<!DOCTYPE html><p>Login</p>") << QByteArray() << Outcome::UnreadableAnswer
            << Vendor::None << Unreadable::HtmlPage << -1 << QString();
        QTest::newRow("truncated JSON")
            << 200 << QByteArray("{\"code\":200,\"error\":\"null\",\"msg\":\"Succesfully upd") << json
            << Outcome::UnreadableAnswer << Vendor::None << Unreadable::InvalidJson << -1 << QString();
        QTest::newRow("PHP warning before JSON")
            << 200 << QByteArray("Warning: Undefined index in update.php on line 3\n{\"code\":200}")
            << QByteArray("text/html") << Outcome::UnreadableAnswer << Vendor::None << Unreadable::HtmlPage
            << -1 << QString();
        QTest::newRow("array") << 200 << QByteArray("[1,2,3]") << json << Outcome::UnreadableAnswer
                               << Vendor::None << Unreadable::NotAnObject << -1 << QString();
        QTest::newRow("bare string (Qt 6.4 accepts only objects and arrays)")
            << 200 << QByteArray("\"ok\"") << json << Outcome::UnreadableAnswer << Vendor::None
            << Unreadable::InvalidJson << -1 << QString();
        QTest::newRow("code as object")
            << 200 << QByteArray("{\"code\":{\"x\":1},\"error\":\"null\",\"data\":[1,2]}") << json
            << Outcome::UnreadableAnswer << Vendor::None << Unreadable::WrongTypes << -1 << QString();
        QTest::newRow("code non-numeric string")
            << 200 << QByteArray("{\"code\":\"OK\",\"error\":\"null\"}") << json << Outcome::UnreadableAnswer
            << Vendor::None << Unreadable::WrongTypes << -1 << QString();
        QTest::newRow("code fractional")
            << 200 << QByteArray("{\"code\":200.5,\"error\":\"null\"}") << json << Outcome::UnreadableAnswer
            << Vendor::None << Unreadable::WrongTypes << -1 << QString();
        QTest::newRow("code beyond int (found by fuzzing)")
            << 200 << QByteArray("{\"code\":1e300,\"error\":\"null\"}") << json << Outcome::UnreadableAnswer
            << Vendor::None << Unreadable::WrongTypes << -1 << QString();
        QTest::newRow("empty object is not the CRM's answer")
            << 200 << QByteArray("{}") << json << Outcome::UnreadableAnswer << Vendor::None
            << Unreadable::WrongTypes << -1 << QString();
        QTest::newRow("object without code or error")
            << 200 << QByteArray("{\"msg\":\"Succesfully update record\",\"data\":{\"wolkvox_id\":\"x\"}}")
            << json << Outcome::UnreadableAnswer << Vendor::None << Unreadable::WrongTypes << -1 << QString();
        QTest::newRow("msg as object")
            << 200 << QByteArray("{\"code\":200,\"error\":\"null\",\"msg\":{}}") << json
            << Outcome::UnreadableAnswer << Vendor::None << Unreadable::WrongTypes << -1 << QString();
        QTest::newRow("invalid UTF-8")
            << 200 << QByteArray("{\"code\":200,\"error\":\"null\",\"msg\":\"\xff\xfe\"}") << json
            << Outcome::UnreadableAnswer << Vendor::None << Unreadable::InvalidJson << -1 << QString();
        QTest::newRow("NUL bytes") << 200 << QByteArray("{\"code\":200\0\0}", 14) << json
                                   << Outcome::UnreadableAnswer << Vendor::None << Unreadable::InvalidJson
                                   << -1 << QString();
    }
    void classify()
    {
        QFETCH(int, http);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(Outcome, outcome);
        QFETCH(Vendor, vendor);
        QFETCH(Unreadable, unreadable);
        QFETCH(int, code);
        QFETCH(QString, wolkvoxId);

        const ApiResult result = ApiResult::fromHttpAnswer(http, body, contentType);
        QCOMPARE(result.outcome, outcome);
        QCOMPARE(result.vendorError, vendor);
        QCOMPARE(result.unreadable, unreadable);
        QCOMPARE(result.code.value_or(-1), code);
        QCOMPARE(result.wolkvoxId, wolkvoxId);
        QCOMPARE(result.httpStatus, http);
        QCOMPARE(result.rawBody, body);
        QVERIFY(!result.explanation().isEmpty());
        QVERIFY(!result.outcomeText().isEmpty());
    }

    void errorNullMeansNone()
    {
        const ApiResult r = ApiResult::fromHttpAnswer(200, "{\"code\":200,\"error\":\"null\",\"msg\":\"x\"}");
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.msg, u"x"_s);
        const ApiResult e
            = ApiResult::fromHttpAnswer(403, "{\"code\":403,\"error\":\"FORBIDDEN\",\"msg\":\"y\"}");
        QCOMPARE(e.error, u"FORBIDDEN"_s);
    }

    void rawBodyIsCapped()
    {
        const QByteArray huge(ApiResult::MaxBodyBytes * 2, 'x');
        const ApiResult r = ApiResult::fromHttpAnswer(200, huge);
        QCOMPARE(r.rawBody.size(), ApiResult::MaxBodyBytes);
    }

    void explanationsAdviseTheAgent()
    {
        const ApiResult quota = ApiResult::fromHttpAnswer(
            403, "{\"code\":403,\"error\":\"FORBIDDEN\",\"msg\":\"TOKEN LIMIT EXCEEDED\"}");
        QVERIFY(quota.explanation().contains(u"today"_s));
        const ApiResult busy
            = ApiResult::fromHttpAnswer(403,
                                        "{\"code\":403,\"error\":\"FORBIDDEN\",\"msg\":\"EXCEEDS THE LIMIT "
                                        "OF SIMULTANEOUS REQUESTS PER TOKEN (2)\"}");
        QVERIFY(busy.isRetryable());
        QVERIFY(!quota.isRetryable());
        const ApiResult other = ApiResult::fromHttpAnswer(
            400, "{\"code\":400,\"error\":\"BAD REQUEST\",\"msg\":\"THE PRIORITY DOES NOT EXIST\"}");
        QVERIFY(other.explanation().contains(u"THE PRIORITY DOES NOT EXIST"_s));
        const ApiResult html = ApiResult::fromHttpAnswer(502, "<html>bad gateway</html>", "text/html");
        QVERIFY(html.explanation().contains(u"502"_s));
    }

    void jsonForScripts()
    {
        const ApiResult r = ApiResult::fromHttpAnswer(
            200, "{\"code\":\"200\",\"error\":\"null\",\"msg\":\"ok\",\"data\":{\"wolkvox_id\":\"z\"}}");
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(u"http"_s).toInt(), 200);
        QCOMPARE(json.value(u"code"_s).toInt(), 200);
        QVERIFY(json.value(u"error"_s).isNull());
        QCOMPARE(json.value(u"msg"_s).toString(), u"ok"_s);
        QCOMPARE(json.value(u"wolkvox_id"_s).toString(), u"z"_s);
        QCOMPARE(json.value(u"outcome"_s).toString(), u"success"_s);
    }

    void remediesNameWhatTheReaderCanChange_data()
    {
        QTest::addColumn<bool>("commandLine");
        QTest::newRow("window") << false;
        QTest::newRow("command line") << true;
    }
    void remediesNameWhatTheReaderCanChange()
    {
        QFETCH(bool, commandLine);
        Casedesk::setAudience(commandLine ? Casedesk::Audience::CommandLine : Casedesk::Audience::Window);
        const auto restore = qScopeGuard([] { Casedesk::setAudience(Casedesk::Audience::Window); });

        ApiResult timeout;
        timeout.outcome = Outcome::Timeout;
        ApiResult handshake;
        handshake.outcome = Outcome::NetworkFailure;
        handshake.networkError = QNetworkReply::SslHandshakeFailedError;
        ApiResult incomplete;
        incomplete.outcome = Outcome::Incomplete;
        incomplete.filesNotKept = {u"/tmp/a.pdf"_s, u"/tmp/b.pdf"_s};
        const QString selfSigned
            = ApiResult::describeTlsError(QSslError(QSslError::SelfSignedCertificate), u"crm.example"_s);
        const QString untrusted
            = ApiResult::describeTlsError(QSslError(QSslError::UnableToGetLocalIssuerCertificate), u"crm"_s);
        CaseQueryResult readTimeout;
        readTimeout.api.outcome = Outcome::Timeout;
        CaseUpdate twoFiles;
        twoFiles.attachments = {u"/tmp/a.pdf"_s, u"/tmp/b.pdf"_s};
        ConnectionSettings oneRequest;
        oneRequest.attachmentDelivery = ConnectionSettings::AttachmentDelivery::OneRequest;
        const DeliveryPlan lossy = DeliveryPlan::make(twoFiles, oneRequest);
        QVERIFY(lossy.isLossy());
        const struct
        {
            QString text;
            QString option;
        } remedies[] = {
            {readTimeout.explanation(), u"--timeout"_s},
            {lossy.summary(oneRequest.attachmentPartName), u"--attachments one-per-file"_s},
            {CaBundle::load(u"/nonexistent/company-ca.pem"_s).error, u"--ca-bundle"_s},
            {timeout.explanation(), u"--timeout"_s},
            {handshake.explanation(), u"--ca-bundle"_s},
            {incomplete.explanation(), u"--attachments one-per-file"_s},
            {selfSigned, u"--ca-bundle"_s},
            {untrusted, u"--ca-bundle"_s},
        };
        for (const auto &remedy : remedies) {
            // The command line has no Settings; the window has no options.
            QVERIFY2(remedy.text.contains(u"Settings"_s) != commandLine, qPrintable(remedy.text));
            QVERIFY2(remedy.text.contains(remedy.option) == commandLine, qPrintable(remedy.text));
        }
    }

    void outcomeIdsRoundTrip()
    {
        for (Outcome o : {Outcome::Success, Outcome::Rejected, Outcome::NetworkFailure, Outcome::Timeout,
                          Outcome::Cancelled, Outcome::UnreadableAnswer, Outcome::InvalidInput}) {
            QCOMPARE(ApiResult::outcomeFromId(ApiResult::outcomeId(o)), o);
        }
        QVERIFY(!ApiResult::outcomeFromId(u"nonsense").has_value());
    }
};

QTEST_GUILESS_MAIN(TestApiResult)
#include "tst_apiresult.moc"
