#include "core/model/validator.h"
#include "core/net/casesclient.h"
#include "support/hostiletest.h"
#include "support/testfiles.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>

using Outcome = ApiResult::Outcome;
using namespace HostileTest;

// Bad local input: files that are empty, too large, unreadable, gone before sending, or changed while
// being uploaded. Each is refused or stopped with a message naming the file; no damaged copy reaches the CRM.
class TestLocalInput : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    SimulatorProcess m_sim;

    static QString cliPath() { return QString::fromUtf8(CASEDESK_CLI_PATH); }
    qint64 simRequests() const { return m_sim.stats().value(u"requests"_s).toInteger(); }

    static QList<ValidationIssue> fileIssues(const QString &path, const ConnectionSettings &settings = {})
    {
        return Validator::validateAttachment(path, 0, settings);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ApiResult>();
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sim.start(), qPrintable(m_sim.errorText()));
    }

    void init() { m_sim.admin(u"/__sim/reset"_s, "POST"); }

    void zeroByteFileIsRefused()
    {
        const QString empty = TestFiles::write(m_dir.filePath(u"export.csv"_s), {});
        const QList<ValidationIssue> issues = fileIssues(empty);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.at(0).rule, u"attachment-empty"_s);
        QCOMPARE(issues.at(0).message, u"“export.csv” is empty (0 bytes). Attach the complete file."_s);

        const CliRun r = cli(cliPath(), cliUpdateArguments(m_sim.server()) + QStringList{u"--file"_s, empty});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"is empty (0 bytes)"_s), qPrintable(r.err));
        QCOMPARE(simRequests(), 0);
    }

    void fileOverTheLimitIsRefusedBeforeSending()
    {
        // 3 GiB on disk costs nothing (sparse) and is over the default 2 GiB limit.
        const QString video = TestFiles::sparse(m_dir.filePath(u"grabacion.mp4"_s), qint64(3) << 30);
        const QList<ValidationIssue> issues = fileIssues(video);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.at(0).rule, u"attachment-too-large"_s);
        const QLocale locale;
        QCOMPARE(issues.at(0).message,
                 u"“grabacion.mp4” is %1; the limit is %2."_s.arg(
                     locale.formattedDataSize(qint64(3) << 30),
                     locale.formattedDataSize(ConnectionSettings::DefaultMaxAttachmentBytes)));

        CliRun r = cli(cliPath(), cliUpdateArguments(m_sim.server()) + QStringList{u"--file"_s, video});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"the limit is"_s), qPrintable(r.err));
        const QString small = TestFiles::write(m_dir.filePath(u"nota.pdf"_s), QByteArray(2048, 'n'));
        r = cli(cliPath(),
                cliUpdateArguments(m_sim.server())
                    + QStringList{u"--file"_s, small, u"--max-file-size"_s, u"1000"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(simRequests(), 0);
    }

    void unreadableFileIsNotSent()
    {
        const QString locked = TestFiles::write(m_dir.filePath(u"privado.pdf"_s), "%PDF-1.4 private");
        QVERIFY(QFile::setPermissions(locked, QFileDevice::WriteOwner));
        const WithoutReadOverride guard;
        if (!WithoutReadOverride::permissionsApply(guard))
            QSKIP("running as root with CAP_DAC_OVERRIDE that cannot be dropped: every file is readable");
        QFile probe(locked);
        QVERIFY(!probe.open(QIODevice::ReadOnly));

        // Validation checks access() with the real user; as root that still says yes, so only an agent's
        // account sees the file flagged early. Either way the send refuses it and names it.
        const QList<ValidationIssue> issues = fileIssues(locked);
        if (geteuid() != 0) {
            QCOMPARE(issues.size(), 1);
            QCOMPARE(issues.at(0).rule, u"attachment-unreadable"_s);
        }
        CasesClient client(&m_network);
        CaseUpdate u = demoUpdate(m_sim.server());
        u.attachments = {locked};
        const ApiResult r = run(client.updateCase(u, Token, {}));
        QCOMPARE(r.outcome, Outcome::InvalidInput);
        QVERIFY2(r.explanation().contains(u"“%1” cannot be read"_s.arg(locked)), qPrintable(r.explanation()));
        QVERIFY(r.explanation().contains(u"Permission denied"_s));
        QCOMPARE(simRequests(), 0);
    }

    void fileGoneBetweenAddingAndSending()
    {
        const QString pdf = TestFiles::write(m_dir.filePath(u"se-va.pdf"_s), "%PDF-1.4 gone");
        CasesClient client(&m_network);
        CaseUpdate u = demoUpdate(m_sim.server());
        u.attachments = {pdf};
        QVERIFY(Validator::validate(u, {}).isEmpty());
        // Queued but not started: the file disappears before the request is built.
        ApiJob *job = client.updateCase(u, Token, {});
        QVERIFY(QFile::remove(pdf));
        const ApiResult r = run(job);
        QCOMPARE(r.outcome, Outcome::InvalidInput);
        QVERIFY2(r.explanation().contains(u"“%1” cannot be read"_s.arg(pdf)), qPrintable(r.explanation()));
        QCOMPARE(simRequests(), 0);
    }

    void fileChangedDuringUpload_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("named");
        QTest::newRow("unchanged") << u"none"_s << QString();
        QTest::newRow("removed") << u"remove"_s << u"was removed while it was being sent"_s;
        QTest::newRow("truncated") << u"truncate"_s << u"changed size while it was being sent"_s;
        QTest::newRow("still growing") << u"append"_s << u"changed size while it was being sent"_s;
        QTest::newRow("modified in place") << u"modify"_s << u"was modified while it was being sent"_s;
        QTest::newRow("replaced by a new file") << u"replace"_s << u"was replaced by another file"_s;
    }
    void fileChangedDuringUpload()
    {
        // The simulator reads at 4 MiB/s, so the 24 MiB upload is mid-way for seconds when the file changes.
        QFETCH(QString, change);
        QFETCH(QString, named);
        SimulatorProcess slow;
        QVERIFY2(slow.start({u"--read-rate"_s, QString::number(4 << 20)}), qPrintable(slow.errorText()));
        const qint64 size = qint64(24) << 20;
        QByteArray content(size, Qt::Uninitialized);
        for (qint64 i = 0; i < size; ++i)
            content[i] = char('a' + (i * 7919) % 26);
        const QString path = TestFiles::write(m_dir.filePath(u"llamada-%1.mp3"_s.arg(change)), content);
        const QByteArray originalSha = TestFiles::sha256(path);

        CasesClient client(&m_network);
        CaseUpdate u = demoUpdate(slow.server());
        u.attachments = {path};
        ApiJob *job = client.updateCase(u, Token, {});
        bool changed = false;
        connect(job, &ApiJob::uploadProgress, this, [&](qint64 sent, qint64) {
            if (changed || sent < (qint64(2) << 20))
                return;
            changed = true;
            if (change == u"remove"_s) {
                QFile::remove(path);
            } else if (change == u"truncate"_s) {
                QFile(path).resize(size / 2);
            } else if (change == u"append"_s) {
                QFile file(path);
                if (file.open(QIODevice::Append))
                    file.write("one more second of the call");
            } else if (change == u"modify"_s) {
                QFile file(path);
                if (file.open(QIODevice::ReadWrite)) {
                    file.seek(size - 100);
                    file.write("edited"); // same size, new modification time
                }
            } else if (change == u"replace"_s) {
                // What editors and downloaders do: write a new file, rename it over the old one.
                const QString fresh = TestFiles::write(path + u".part"_s, content);
                QFile::remove(path);
                QFile::rename(fresh, path);
            }
        });
        QElapsedTimer clock;
        clock.start();
        const ApiResult r = run(job, 120000);
        const QJsonObject last = slow.lastRequest();
        if (change == u"none"_s) {
            QCOMPARE(r.outcome, Outcome::Success);
            QCOMPARE(last.value(u"files"_s).toArray().at(0)[u"sha256"_s].toString().toLatin1(), originalSha);
            return;
        }
        QVERIFY(changed);
        qInfo("%s: stopped after %lld ms, %lld bytes reported sent", qPrintable(change), clock.elapsed(),
              r.bytesSent);
        QCOMPARE(r.outcome, Outcome::InvalidInput);
        const QString text = r.explanation();
        QVERIFY2(text.contains(named), qPrintable(text));
        QVERIFY(text.contains(QDir::toNativeSeparators(path)));
        // Stopped at once, long before the whole file would have gone out at the simulator's pace.
        QVERIFY2(r.bytesSent < size, qPrintable(QString::number(r.bytesSent)));
        QVERIFY(clock.elapsed() < 5000);
        QTRY_COMPARE(slow.lastRequest().value(u"body_complete"_s).toBool(), false);
        QCOMPARE(slow.stats().value(u"updates_ok"_s).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLocalInput)
#include "tst_localinput.moc"
