#include "core/global.h"
#include "core/net/serveraddress.h"

#include <QtTest>

// Whatever shape the agent pastes, Casedesk talks to one origin, over HTTPS unless it is loopback.
class TestServerAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalise_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("origin");
        QTest::addColumn<int>("notices");
        QTest::newRow("bare host") << u"crm0001.wolkvox.com"_s << u"https://crm0001.wolkvox.com"_s << 0;
        QTest::newRow("https with slash")
            << u"https://crm0001.wolkvox.com/"_s << u"https://crm0001.wolkvox.com"_s << 0;
        QTest::newRow("full endpoint URL") << u"https://crm.wolkvox.com/server/API/v2/cases/update.php"_s
                                           << u"https://crm.wolkvox.com"_s << 0;
        QTest::newRow("host with path, no scheme")
            << u"crm0001.wolkvox.com/server/API/v2/cases/update.php?x=1"_s << u"https://crm0001.wolkvox.com"_s
            << 0;
        QTest::newRow("https twice") << u"https://https://crm0000.wolkvox.com"_s
                                     << u"https://crm0000.wolkvox.com"_s << 0;
        QTest::newRow("https:// then http://")
            << u"https://http://crm.wolkvox.com/"_s << u"https://crm.wolkvox.com"_s << 0;
        QTest::newRow("upper case") << u"  HTTPS://CRM.Wolkvox.COM  "_s << u"https://crm.wolkvox.com"_s << 0;
        QTest::newRow("https:/ typo") << u"https:/crm.wolkvox.com"_s << u"https://crm.wolkvox.com"_s << 0;
        QTest::newRow("with port") << u"crm.wolkvox.com:8443"_s << u"https://crm.wolkvox.com:8443"_s << 0;
        QTest::newRow("legacy sv0001") << u"sv0001.crmvox.com"_s << u"https://crm0001.wolkvox.com"_s << 1;
        QTest::newRow("legacy sv0000 as URL") << u"https://sv0000.crmvox.com/server/API/v2/cases/update.php"_s
                                              << u"https://crm0000.wolkvox.com"_s << 1;
        QTest::newRow("plain http upgraded")
            << u"http://crm.wolkvox.com"_s << u"https://crm.wolkvox.com"_s << 1;
        QTest::newRow("loopback http kept") << u"http://127.0.0.1:8080/"_s << u"http://127.0.0.1:8080"_s << 0;
        QTest::newRow("localhost http kept") << u"http://localhost:9000"_s << u"http://localhost:9000"_s << 0;
        QTest::newRow("IPv6 loopback") << u"http://[::1]:9000/x"_s << u"http://[::1]:9000"_s << 0;
        QTest::newRow("loopback without scheme is https")
            << u"127.0.0.1:8443"_s << u"https://127.0.0.1:8443"_s << 0;
    }
    void normalise()
    {
        QFETCH(QString, input);
        QFETCH(QString, origin);
        QFETCH(int, notices);
        const ServerAddress server = ServerAddress::parse(input);
        QVERIFY2(server.isValid(), qPrintable(server.error()));
        QCOMPARE(server.origin().toString(), origin);
        QCOMPARE(server.notices().size(), notices);
        QCOMPARE(server.updateEndpoint().toString(), origin + u"/server/API/v2/cases/update.php"_s);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << u"   "_s;
        QTest::newRow("only scheme") << u"https://"_s;
        QTest::newRow("spaces inside") << u"crm wolkvox com"_s;
        QTest::newRow("credentials") << u"https://user:pass@crm.wolkvox.com"_s;
        QTest::newRow("bad port") << u"crm.wolkvox.com:99999"_s;
        QTest::newRow("garbage") << u"%%%"_s;
        QTest::newRow("port 0 (found by fuzzing)") << u"crm.wolkvox.com:0"_s;
        // A punycode label that decodes to a name too long to encode again (found by fuzzing).
        QTest::newRow("host that cannot be written back")
            << u"xn--kvoxeEeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeecrmp0002."_s;
    }
    void rejects()
    {
        QFETCH(QString, input);
        const ServerAddress server = ServerAddress::parse(input);
        QVERIFY(!server.isValid());
        QVERIFY(!server.error().isEmpty());
    }

    void legacyHostIsReportedWithItsReplacement()
    {
        const ServerAddress server = ServerAddress::parse(u"https://sv0001.crmvox.com/"_s);
        QCOMPARE(server.replacedLegacyHost(), u"sv0001.crmvox.com"_s);
        QCOMPARE(server.host(), u"crm0001.wolkvox.com"_s);
        QVERIFY(server.notices().constFirst().contains(u"crm0001.wolkvox.com"_s));
        QCOMPARE(ServerAddress::replacementFor(u"SV0000.CRMVOX.COM"_s), u"crm0000.wolkvox.com"_s);
        QVERIFY(ServerAddress::replacementFor(u"crm.wolkvox.com"_s).isEmpty());
    }

    void tokenInformationEndpoint()
    {
        const ServerAddress server = ServerAddress::parse(u"crm.wolkvox.com"_s);
        QCOMPARE(
            server.tokenInformationEndpoint(u"mi operación"_s).toString(QUrl::FullyEncoded),
            u"https://crm.wolkvox.com/server/API/v2/token/tokenInformation.php?operation=mi%20operaci%C3%B3n"_s);
        // PHP reads "+" as a space and "&" as the next parameter: both arrive as typed (found by fuzzing).
        QCOMPARE(server.tokenInformationEndpoint(u"a+b&c=d"_s).query(QUrl::FullyEncoded),
                 u"operation=a%2Bb%26c%3Dd"_s);
    }

    void displayString()
    {
        QCOMPARE(ServerAddress::parse(u"https://crm.wolkvox.com/"_s).displayString(), u"crm.wolkvox.com"_s);
        QCOMPARE(ServerAddress::parse(u"http://127.0.0.1:80/"_s).displayString(), u"http://127.0.0.1:80"_s);
        // An IPv6 host keeps its brackets, so what the window shows reads back as the same server (fuzzing).
        const ServerAddress v6 = ServerAddress::parse(u"http://[::2]/x"_s);
        QCOMPARE(v6.displayString(), u"[::2]"_s);
        QCOMPARE(ServerAddress::parse(v6.displayString()).origin(), v6.origin());
    }

    void internationalHostIsStable()
    {
        // QString::toLower() maps Cherokee to its small letters, IDNA to the capitals: the host must be the
        // one QUrl writes, or the origin would differ from the host shown (found by fuzzing: "xn--cbe0.").
        const ServerAddress server = ServerAddress::parse(u"xn--cbe0."_s);
        QVERIFY2(server.isValid(), qPrintable(server.error()));
        QCOMPARE(server.origin().host(), server.host());
        const ServerAddress again = ServerAddress::parse(server.displayString());
        QCOMPARE(again.host(), server.host());
        QCOMPARE(again.origin(), server.origin());
        QCOMPARE(ServerAddress::parse(u"CRM.Wolkvox.COM"_s).host(), u"crm.wolkvox.com"_s);
    }
};

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
