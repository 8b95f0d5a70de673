#include "core/model/validator.h"
#include "core/net/cabundle.h"
#include "core/net/casesclient.h"
#include "core/profiles/connectionprofile.h"
#include "core/profiles/settings.h"
#include "support/hostiletest.h"
#include "support/testcertificates.h"
#include "support/testfiles.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>

using Outcome = ApiResult::Outcome;
using namespace HostileTest;

// HTTPS against the simulator with certificates made by the test: every bad certificate is refused with a
// message naming the problem, a profile's CA bundle makes a private authority work and weakens nothing else,
// and no switch exists that would ignore certificate errors.
class TestTls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestCertificates::Set m_certs;
    QNetworkAccessManager m_network;

    void startTls(SimulatorProcess &sim, const TestCertificates::Issued &cert)
    {
        QVERIFY2(sim.start(TestCertificates::serverArguments(cert)), qPrintable(sim.errorText()));
        QCOMPARE(sim.baseUrl().scheme(), u"https"_s);
    }

    // What an agent types: host and port, no scheme (HTTPS is the default for every host).
    static QString typed(const SimulatorProcess &sim, const QString &host = u"127.0.0.1"_s)
    {
        return u"%1:%2"_s.arg(host).arg(sim.port());
    }

    ConnectionSettings withBundle(bool bundle) const
    {
        ConnectionSettings settings;
        if (bundle)
            settings.caBundlePath = m_certs.authority.certificate;
        return settings;
    }

    static QString cliPath() { return QString::fromUtf8(CASEDESK_CLI_PATH); }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ApiResult>();
        QVERIFY(m_dir.isValid());
        QString error;
        m_certs = TestCertificates::makeSet(m_dir.path(), &error);
        QVERIFY2(m_certs.isValid(), qPrintable(error));
    }

    void badCertificatesAreRefusedAndNamed_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<bool>("bundle");
        QTest::addColumn<QString>("named");
        QTest::newRow("self-signed") << u"selfSigned"_s << false << u"is self-signed"_s;
        QTest::newRow("self-signed, with the bundle") << u"selfSigned"_s << true << u"is self-signed"_s;
        QTest::newRow("private authority without the bundle")
            << u"server"_s << false
            << u"was issued by “Casedesk Test Private CA”, an authority this computer does not trust"_s;
        QTest::newRow("expired") << u"expired"_s << true << u"expired on"_s;
        QTest::newRow("expired, untrusted too") << u"expired"_s << false << u"expired on"_s;
        QTest::newRow("wrong host") << u"wrongHost"_s << true << u"is for other.example, not for 127.0.0.1"_s;
    }
    void badCertificatesAreRefusedAndNamed()
    {
        QFETCH(QString, certificate);
        QFETCH(bool, bundle);
        QFETCH(QString, named);
        const TestCertificates::Issued cert = certificate == u"selfSigned"_s ? m_certs.selfSigned
            : certificate == u"server"_s                                     ? m_certs.server
            : certificate == u"expired"_s                                    ? m_certs.expired
                                                                             : m_certs.wrongHost;
        SimulatorProcess sim;
        startTls(sim, cert);
        CasesClient client(&m_network);
        const ApiResult r = run(client.updateCase(demoUpdate(typed(sim)), Token, withBundle(bundle)));
        QCOMPARE(r.outcome, Outcome::NetworkFailure);
        QVERIFY(!r.tlsErrors.isEmpty());
        const QString text = r.explanation();
        qInfo("%s", qPrintable(text));
        QVERIFY2(text.startsWith(u"Casedesk refused the server's certificate, so nothing was sent."_s),
                 qPrintable(text));
        QVERIFY2(text.contains(named), qPrintable(text));
        QVERIFY(!text.contains(Token));
        // Refused during the handshake: the CRM never saw the request, let alone the token.
        QCOMPARE(sim.stats().value(u"requests"_s).toInt(), 0);
    }

    void privateAuthorityWorksWithTheBundle()
    {
        SimulatorProcess sim;
        startTls(sim, m_certs.server);
        CasesClient client(&m_network);
        const CaseUpdate u = demoUpdate(typed(sim));

        ApiResult r = run(client.updateCase(u, Token, withBundle(true)));
        QVERIFY2(r.outcome == Outcome::Success, qPrintable(r.explanation()));
        QCOMPARE(r.wolkvoxId, u.wolkvoxId);
        QCOMPARE(sim.lastRequest().value(u"fields"_s).toObject().value(u"wolkvox-id"_s).toString(),
                 u.wolkvoxId);

        // The trusted connection is not reused for a request without the bundle: it is refused again...
        r = run(client.updateCase(u, Token, withBundle(false)));
        QCOMPARE(r.outcome, Outcome::NetworkFailure);
        QVERIFY(r.explanation().contains(u"does not trust"_s));
        // ...and the bundle still works afterwards, by name as well as by address.
        QCOMPARE(run(client.updateCase(u, Token, withBundle(true))).outcome, Outcome::Success);
        r = run(client.updateCase(demoUpdate(typed(sim, u"localhost"_s)), Token, withBundle(true)));
        QVERIFY2(r.outcome == Outcome::Success, qPrintable(r.explanation()));
        QCOMPARE(sim.stats().value(u"updates_ok"_s).toInt(), 3);

        // The token-information call goes through the same connection rules.
        r = run(client.tokenInformation(typed(sim), u.operation, Token, withBundle(true)));
        QCOMPARE(r.outcome, Outcome::Success);
    }

    void unusableBundleSendsNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("named");
        QTest::newRow("missing") << u"missing.pem"_s << u"does not exist"_s;
        QTest::newRow("a folder") << u"folder.pem"_s << u"is not a file"_s;
        QTest::newRow("empty") << u"empty.pem"_s << u"holds no certificate"_s;
        QTest::newRow("not PEM") << u"notes.pem"_s << u"holds no certificate"_s;
        QTest::newRow("a private key, no certificate") << u"key-only.pem"_s << u"holds no certificate"_s;
        QTest::newRow("far too large") << u"video.pem"_s << u"too large"_s;
        QTest::newRow("unreadable") << u"locked.pem"_s << u"cannot be read"_s;
    }
    void unusableBundleSendsNothing()
    {
        QFETCH(QString, file);
        QFETCH(QString, named);
        const QString path = m_dir.filePath(file);
        QDir().mkpath(m_dir.filePath(u"folder.pem"_s));
        TestFiles::write(m_dir.filePath(u"empty.pem"_s), {});
        TestFiles::write(m_dir.filePath(u"notes.pem"_s), "our CA is the one IT mailed last week\n");
        QFile::remove(m_dir.filePath(u"key-only.pem"_s));
        QFile::copy(m_certs.authority.key, m_dir.filePath(u"key-only.pem"_s));
        TestFiles::sparse(m_dir.filePath(u"video.pem"_s), CaBundle::MaxBytes + 1);
        QFile::remove(m_dir.filePath(u"locked.pem"_s));
        QFile::copy(m_certs.authority.certificate, m_dir.filePath(u"locked.pem"_s));
        QFile::setPermissions(m_dir.filePath(u"locked.pem"_s), QFileDevice::WriteOwner);

        WithoutReadOverride guard;
        if (file == u"locked.pem"_s && !WithoutReadOverride::permissionsApply(guard))
            QSKIP("running as root with CAP_DAC_OVERRIDE that cannot be dropped: every file is readable");

        const CaBundle::Loaded loaded = CaBundle::load(path);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error.contains(named), qPrintable(loaded.error));
        QVERIFY(loaded.error.contains(QDir::toNativeSeparators(path)));

        ConnectionSettings settings;
        settings.caBundlePath = path;
        SimulatorProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorText()));
        const CaseUpdate u = demoUpdate(sim.server());
        const QList<ValidationIssue> issues = Validator::validate(u, settings);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.at(0).field, u"server"_s);
        QCOMPARE(issues.at(0).rule, u"ca-bundle"_s);
        QCOMPARE(issues.at(0).message, loaded.error);

        CasesClient client(&m_network);
        const ApiResult r = run(client.updateCase(u, Token, settings));
        QCOMPARE(r.outcome, Outcome::InvalidInput);
        QVERIFY(r.explanation().contains(loaded.error));
        QCOMPARE(sim.stats().value(u"requests"_s).toInt(), 0);
    }

    void bundleAddsToTheSystemAuthorities()
    {
        const CaBundle::Loaded loaded = CaBundle::load(m_certs.authority.certificate);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.certificates.size(), 1);
        const QSslConfiguration configuration
            = CaBundle::configuration(m_certs.authority.certificate, loaded.certificates);
        // The default's authorities and the bundle's; the system's are found on demand (tst_systemtrust
        // proves they are still trusted), or listed in the default where Qt cannot look them up.
        const QList<QSslCertificate> defaults = QSslConfiguration::defaultConfiguration().caCertificates();
        QCOMPARE(configuration.caCertificates(), defaults + loaded.certificates);
        QCOMPARE(configuration.peerVerifyMode(), QSslConfiguration::defaultConfiguration().peerVerifyMode());

        // A bundle of several certificates (a chain file) keeps them all.
        const QString chain = m_dir.filePath(u"chain.pem"_s);
        QFile a(m_certs.authority.certificate);
        QFile b(m_certs.selfSigned.certificate);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        TestFiles::write(chain, a.readAll() + "\n# comment lines between blocks are fine\n" + b.readAll());
        QCOMPARE(CaBundle::load(chain).certificates.size(), 2);
    }

    void profileAndSettingsKeepThePathNotTheContent()
    {
        ConnectionProfile profile;
        profile.id = u"p1"_s;
        profile.name = u"Private CRM"_s;
        profile.caBundlePath = m_certs.authority.certificate;
        const QJsonObject json = profile.toJson();
        QCOMPARE(json.value(u"ca_bundle"_s).toString(), m_certs.authority.certificate);
        QVERIFY(!QJsonDocument(json).toJson().contains("BEGIN CERTIFICATE"));
        QStringList problems;
        const ConnectionProfile back = ConnectionProfile::fromJson(json, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(back.caBundlePath, profile.caBundlePath);
        QCOMPARE(back.connectionSettings().caBundlePath, profile.caBundlePath);
        // A profile without one keeps the system's authorities only.
        QVERIFY(!ConnectionProfile().toJson().contains(u"ca_bundle"_s));
        QJsonObject wrongType = json;
        wrongType.insert(u"ca_bundle"_s, 42);
        problems.clear();
        QVERIFY(ConnectionProfile::fromJson(wrongType, &problems).caBundlePath.isEmpty());
        QCOMPARE(problems.size(), 1);

        const QString ini = m_dir.filePath(u"settings.ini"_s);
        {
            Settings settings(ini);
            ConnectionSettings connection = settings.connectionSettings();
            QVERIFY(connection.caBundlePath.isEmpty());
            connection.caBundlePath = m_certs.authority.certificate;
            settings.setConnectionSettings(connection);
        }
        QCOMPARE(Settings(ini).connectionSettings().caBundlePath, m_certs.authority.certificate);
    }

    void commandLine()
    {
        SimulatorProcess sim;
        startTls(sim, m_certs.server);
        const QStringList update = cliUpdateArguments(typed(sim));

        CliRun r = cli(cliPath(), update);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.json.value(u"outcome"_s).toString(), u"network_failure"_s);
        QVERIFY2(r.err.contains(u"an authority this computer does not trust"_s), qPrintable(r.err));

        r = cli(cliPath(), update + QStringList{u"--ca-bundle"_s, m_certs.authority.certificate});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(u"outcome"_s).toString(), u"success"_s);

        r = cli(cliPath(),
                {u"token-info"_s, u"--server"_s, typed(sim), u"--operation"_s,
                 QString::fromLatin1(SimulatorProcess::DemoOperation), u"--ca-bundle"_s,
                 m_certs.authority.certificate});
        QCOMPARE(r.exitCode, 0);

        // An unusable bundle is invalid input: nothing is sent.
        const QString missing = m_dir.filePath(u"nowhere.pem"_s);
        r = cli(cliPath(), update + QStringList{u"--ca-bundle"_s, missing});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"does not exist"_s), qPrintable(r.err));
        QCOMPARE(sim.stats().value(u"updates_ok"_s).toInt(), 1);

        // A bad certificate stays refused whatever is passed: there is no option to ignore it.
        SimulatorProcess wrong;
        startTls(wrong, m_certs.wrongHost);
        r = cli(cliPath(),
                cliUpdateArguments(typed(wrong))
                    + QStringList{u"--ca-bundle"_s, m_certs.authority.certificate});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(u"is for other.example"_s));
        for (const QString &option : {u"--insecure"_s, u"-k"_s, u"--ignore-ssl-errors"_s}) {
            r = cli(cliPath(), cliUpdateArguments(typed(wrong)) + QStringList{option});
            QCOMPARE(r.exitCode, 2); // unknown option
        }
        QCOMPARE(wrong.stats().value(u"requests"_s).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
