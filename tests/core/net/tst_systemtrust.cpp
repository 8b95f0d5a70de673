#include "core/net/cabundle.h"
#include "core/net/casesclient.h"
#include "support/hostiletest.h"
#include "support/testcertificates.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>

#include <cerrno>
#include <cstring>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

using Outcome = ApiResult::Outcome;
using namespace HostileTest;

namespace {
// The first place Qt looks for the system's authorities (QSslSocketPrivate::unixRootCertDirectories(); on
// Debian /usr/lib/ssl/certs links to it).
constexpr char SystemStore[] = "/etc/ssl/certs";

// Gives this process a mount namespace of its own whose system store is an empty tmpfs, so the test can put
// an authority "in the system" without touching the machine's. Needs root; must run before any thread
// starts. Returns why it could not, or an empty string.
QString enterPrivateStore()
{
    if (geteuid() != 0)
        return u"needs root to give itself a private system certificate store"_s;
    const auto failed = [](const char *what) {
        return u"%1 failed: %2"_s.arg(QLatin1StringView(what), QString::fromLocal8Bit(std::strerror(errno)));
    };
    if (unshare(CLONE_NEWNS) != 0)
        return failed("unshare(CLONE_NEWNS)");
    if (mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        return failed("making / private");
    if (mount("tmpfs", SystemStore, "tmpfs", MS_NOSUID | MS_NODEV, "mode=0755") != 0)
        return failed("mounting a tmpfs on /etc/ssl/certs");
    return {};
}

QString g_noPrivateStore = u"not entered"_s;
} // namespace

// A profile's CA bundle is trusted in addition to the system's authorities, never instead of them: a team
// that adds its company's private authority can still reach a CRM with a public certificate. Proven by a
// handshake against an authority that is only in the system's store, which this test replaces by one of its
// own. And those authorities are found on demand, not listed in the configuration: listing them made Qt
// parse every system certificate on the first connection (84-130 ms on the window's thread).
class TestSystemTrust : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestCertificates::Issued m_systemCa; // in the private system store
    TestCertificates::Issued m_systemServer; // issued by it
    TestCertificates::Issued m_companyCa; // in the profile's bundle only
    TestCertificates::Issued m_companyServer; // issued by it

    static QString typed(const SimulatorProcess &sim) { return u"127.0.0.1:%1"_s.arg(sim.port()); }

    static bool startTls(SimulatorProcess &sim, const TestCertificates::Issued &cert)
    {
        return sim.start(TestCertificates::serverArguments(cert));
    }

    ConnectionSettings withBundle(bool bundle) const
    {
        ConnectionSettings settings;
        if (bundle)
            settings.caBundlePath = m_companyCa.certificate;
        return settings;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!g_noPrivateStore.isEmpty())
            QSKIP(qPrintable(u"Skipped: this test "_s + g_noPrivateStore));
        qRegisterMetaType<ApiResult>();
        QVERIFY(m_dir.isValid());
        QString error;
        TestCertificates::Spec ca;
        ca.authority = true;
        ca.validToDays = 365;
        TestCertificates::Spec server;
        server.commonName = u"127.0.0.1"_s;
        server.ipAddresses = {u"127.0.0.1"_s};
        ca.commonName = u"Casedesk Test System CA"_s;
        m_systemCa = TestCertificates::issue(m_dir.path(), u"system-ca"_s, ca, nullptr, &error);
        m_systemServer
            = TestCertificates::issue(m_dir.path(), u"system-server"_s, server, &m_systemCa, &error);
        ca.commonName = u"Casedesk Test Company CA"_s;
        m_companyCa = TestCertificates::issue(m_dir.path(), u"company-ca"_s, ca, nullptr, &error);
        m_companyServer
            = TestCertificates::issue(m_dir.path(), u"company-server"_s, server, &m_companyCa, &error);
        QVERIFY2(m_systemServer.isValid() && m_companyServer.isValid(), qPrintable(error));

        // As Debian's store holds each authority: under the hashed name OpenSSL looks up, and as a .pem
        // file, which is what Qt's listing of the system's authorities reads. Before Qt's TLS backend starts,
        // which decides once whether the store can be read on demand.
        // Written only into the empty tmpfs this process mounted, never into the machine's store.
        QVERIFY(QDir(QLatin1StringView(SystemStore)).isEmpty());
        const QString hashed = TestCertificates::hashedName(m_systemCa.certificate);
        QVERIFY(!hashed.isEmpty());
        for (const QString &name : {hashed, u"Casedesk_Test_System_CA.pem"_s}) {
            QVERIFY(
                QFile::copy(m_systemCa.certificate, u"%1/%2"_s.arg(QLatin1StringView(SystemStore), name)));
        }
    }

    void systemAuthorityIsTrustedBesideTheBundle()
    {
        QNetworkAccessManager network;
        CasesClient client(&network);
        SimulatorProcess system;
        QVERIFY2(startTls(system, m_systemServer), qPrintable(system.errorText()));
        SimulatorProcess company;
        QVERIFY2(startTls(company, m_companyServer), qPrintable(company.errorText()));

        // The private store stands in for the system's: its authority is trusted without a bundle...
        ApiResult r = run(client.updateCase(demoUpdate(typed(system)), Token, withBundle(false)));
        QVERIFY2(r.outcome == Outcome::Success, qPrintable(r.explanation()));
        // ...and the company's is not.
        r = run(client.updateCase(demoUpdate(typed(company)), Token, withBundle(false)));
        QCOMPARE(r.outcome, Outcome::NetworkFailure);
        QVERIFY2(r.explanation().contains(u"does not trust"_s), qPrintable(r.explanation()));

        // With the company's bundle, both are trusted.
        r = run(client.updateCase(demoUpdate(typed(company)), Token, withBundle(true)));
        QVERIFY2(r.outcome == Outcome::Success, qPrintable(r.explanation()));
        r = run(client.updateCase(demoUpdate(typed(system)), Token, withBundle(true)));
        QVERIFY2(r.outcome == Outcome::Success, qPrintable(r.explanation()));
        QCOMPARE(system.stats().value(u"updates_ok"_s).toInt(), 2);
        QCOMPARE(company.stats().value(u"updates_ok"_s).toInt(), 1);
    }

    void systemAuthoritiesAreFoundOnDemandNotListed()
    {
        const CaBundle::Loaded loaded = CaBundle::load(m_companyCa.certificate);
        QVERIFY(loaded.ok());
        const QList<QSslCertificate> system = QSslCertificate::fromPath(m_systemCa.certificate);
        QCOMPARE(system.size(), 1);
        const QList<QSslCertificate> trusted
            = CaBundle::configuration(m_companyCa.certificate, loaded.certificates).caCertificates();
        QVERIFY(trusted.contains(loaded.certificates.constFirst()));
        QVERIFY(!trusted.contains(system.constFirst()));

        // A file that changed since it was checked is not trusted by its new content: the certificates
        // as checked are, and then the system's are listed beside them.
        const QList<QSslCertificate> listed
            = CaBundle::configuration(m_systemServer.certificate, loaded.certificates).caCertificates();
        QVERIFY(listed.contains(loaded.certificates.constFirst()));
        QVERIFY(listed.contains(system.constFirst()));
        QVERIFY(!listed.contains(QSslCertificate::fromPath(m_systemServer.certificate).value(0)));
    }
};

int main(int argc, char **argv)
{
    g_noPrivateStore = enterPrivateStore(); // before QCoreApplication and its threads
    QCoreApplication app(argc, argv);
    TestSystemTrust test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_systemtrust.moc"
