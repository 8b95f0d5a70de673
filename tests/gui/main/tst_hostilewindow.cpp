#include "core/history/sqlitehistorystore.h"
#include "core/net/apijob.h"
#include "core/profiles/profilestore.h"
#include "core/profiles/secretstore.h"
#include "core/profiles/settings.h"
#include "core/storage/historydatabase.h"
#include "core/translations.h"
#include "gui/dialogs/settingsdialog.h"
#include "gui/history/historymodel.h"
#include "gui/history/historypane.h"
#include "gui/main/attachmentsmodel.h"
#include "gui/main/mainwindow.h"
#include "gui/widgets/messagebanner.h"
#include "support/hostiletest.h"
#include "support/testcertificates.h"
#include "support/testfiles.h"
#include "support/windowdriver.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>
#include <malloc.h>
#include <memory>

using Outcome = ApiResult::Outcome;
using Kind = MessageBanner::Kind;
using namespace HostileTest;

namespace {
using WindowDriver::type;
constexpr int NetworkTimeout = 60000;
const QString CaseId = QString::fromLatin1(SimulatorProcess::DemoCase);
} // namespace

// The agent's window against hostile servers, bad certificates and bad files: the banner and the history say
// what happened in the window's language, the form keeps everything, and the window never freezes.
class TestHostileWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestCertificates::Set m_certs;
    int m_counter = 0;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SqliteHistoryStore> m_history;
    std::unique_ptr<MainWindow> m_window;

    QString path(const QString &name) const { return m_dir.filePath(u"%1-%2"_s.arg(m_counter).arg(name)); }

    template <typename T> T *widget(const QString &name) const
    {
        T *found = m_window->findChild<T *>(name);
        if (!found)
            qWarning("no widget named %s", qPrintable(name));
        return found;
    }

    void openWindow(const ConnectionSettings &connection = {})
    {
        m_window.reset();
        m_history.reset();
        m_settings = std::make_unique<Settings>(path(u"settings.ini"_s));
        m_settings->setConnectionSettings(connection);
        m_network = std::make_unique<QNetworkAccessManager>();
        m_history = std::make_unique<SqliteHistoryStore>(path(u"history.sqlite"_s));
        QVERIFY2(m_history->open(), qPrintable(m_history->error()));
        m_window = std::make_unique<MainWindow>(m_network.get(), m_settings.get(), m_history.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void fill(const QString &server)
    {
        type(widget<QComboBox>(u"serverCombo"_s), server);
        type(widget<QLineEdit>(u"operationEdit"_s), QString::fromLatin1(SimulatorProcess::DemoOperation));
        type(widget<QLineEdit>(u"tokenEdit"_s), Token);
        type(widget<QLineEdit>(u"wolkvoxIdEdit"_s), CaseId);
        type(widget<QComboBox>(u"caseTypeCombo"_s), u"Request"_s);
        type(widget<QLineEdit>(u"responsibleEdit"_s), u"ana@modulodeprueba"_s);
        type(widget<QComboBox>(u"statusCombo"_s), u"open"_s);
        type(widget<QComboBox>(u"priorityCombo"_s), u"high"_s);
    }

    bool updateEnabled() const { return widget<QPushButton>(u"updateButton"_s)->isEnabled(); }
    MessageBanner *banner() const { return widget<MessageBanner>(u"banner"_s); }
    HistoryModel *historyModel() const { return m_window->historyPane()->model(); }
    QString historyOutcome(int row = 0) const
    {
        return historyModel()->data(historyModel()->index(row, HistoryModel::OutcomeColumn)).toString();
    }
    QString attachmentCheck(int row = 0) const
    {
        const auto *model = widget<QTreeView>(u"attachmentsView"_s)->model();
        return model->index(row, AttachmentsModel::ProblemColumn).data().toString();
    }

    // Presses Update and waits for the outcome; returns it with the time it took.
    ApiResult pressUpdate(qint64 *elapsedMs = nullptr)
    {
        QSignalSpy finished(m_window.get(), &MainWindow::updateFinished);
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(widget<QPushButton>(u"updateButton"_s), Qt::LeftButton);
        if (!finished.wait(NetworkTimeout))
            return {};
        if (elapsedMs)
            *elapsedMs = clock.elapsed();
        return finished.constFirst().constFirst().value<ApiResult>();
    }

    // The largest gap between the ticks of a 20 ms timer: the event loop never stood still for long.
    struct Probe
    {
        QTimer timer;
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 worstGap = 0;
        Probe()
        {
            clock.start();
            QObject::connect(&timer, &QTimer::timeout, &timer, [this] {
                worstGap = std::max(worstGap, clock.elapsed() - last);
                last = clock.elapsed();
            });
            timer.start(20);
        }
    };

    SettingsDialog *openSettings()
    {
        m_window->findChild<QAction *>(u"actionSettings"_s)->trigger();
        SettingsDialog *dialog = nullptr;
        if (!QTest::qWaitFor(
                [&] { return (dialog = m_window->findChild<SettingsDialog *>()) && dialog->isVisible(); }))
            return nullptr;
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ApiResult>();
        QVERIFY(m_dir.isValid());
        QString error;
        m_certs = TestCertificates::makeSet(m_dir.filePath(u"certs"_s), &error);
        QVERIFY2(m_certs.isValid(), qPrintable(error));
    }

    void init() { ++m_counter; }

    void cleanup()
    {
        m_window.reset();
        m_history.reset();
        m_network.reset();
        m_settings.reset();
        Translations::install(u"en"_s);
    }

    void hostileAnswers_data()
    {
        QTest::addColumn<QStringList>("simArgs");
        QTest::addColumn<int>("timeoutSeconds");
        QTest::addColumn<int>("attachmentBytes");
        QTest::addColumn<QStringList>(
            "titles"); // banner title = history outcome; alternatives when Qt may see either
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("explained");
        QTest::newRow("stall") << QStringList{u"--fault"_s, u"stall"_s} << 2 << 0
                               << QStringList{u"Timed out"_s} << Kind::Warning << u"stopped answering"_s;
        QTest::newRow("slow trickle, in time")
            << QStringList{u"--fault"_s, u"slow"_s, u"--slow-interval-ms"_s, u"20"_s} << 2 << 0
            << QStringList{u"Case %1 updated"_s.arg(CaseId)} << Kind::Success
            << u"Succesfully update record"_s;
        QTest::newRow("slow trickle, too slow")
            << QStringList{u"--fault"_s, u"slow"_s, u"--slow-interval-ms"_s, u"3000"_s} << 1 << 0
            << QStringList{u"Timed out"_s} << Kind::Warning << u"stopped answering"_s;
        QTest::newRow("HTML page") << QStringList{u"--fault"_s, u"html502"_s} << 60 << 0
                                   << QStringList{u"Unreadable answer"_s} << Kind::Warning << u"web page"_s;
        QTest::newRow("truncated") << QStringList{u"--fault"_s, u"truncated"_s} << 60 << 0
                                   << QStringList{u"Unreadable answer"_s} << Kind::Warning
                                   << u"incomplete or not in the CRM's format"_s;
        QTest::newRow("enormous") << QStringList{u"--fault"_s, u"huge"_s} << 60 << 0
                                  << QStringList{u"Unreadable answer"_s} << Kind::Warning << u"cut off"_s;
        QTest::newRow("invalid UTF-8")
            << QStringList{u"--fault"_s, u"invalid-utf8"_s} << 60 << 0 << QStringList{u"Unreadable answer"_s}
            << Kind::Warning << u"not in the CRM's format"_s;
        QTest::newRow("code as object")
            << QStringList{u"--fault"_s, u"code-object"_s} << 60 << 0 << QStringList{u"Unreadable answer"_s}
            << Kind::Warning << u"not in the CRM's format"_s;
        QTest::newRow("data as array")
            << QStringList{u"--fault"_s, u"data-array"_s} << 60 << 0 << QStringList{u"Unreadable answer"_s}
            << Kind::Warning << u"not in the CRM's format"_s;
        QTest::newRow("reset mid-upload")
            << QStringList{u"--fault"_s, u"reset"_s} << 60 << (2 << 20) << QStringList{u"Network failure"_s}
            << Kind::Error << u"check the case"_s;
        QTest::newRow("closed before reading the body")
            << QStringList{u"--fault"_s, u"early-close"_s} << 60 << (8 << 20)
            << QStringList{u"Network failure"_s, u"Unreadable answer"_s} << Kind::Error
            << u"check the case"_s;
    }
    void hostileAnswers()
    {
        QFETCH(QStringList, simArgs);
        QFETCH(int, timeoutSeconds);
        QFETCH(int, attachmentBytes);
        QFETCH(QStringList, titles);
        QFETCH(Kind, kind);
        QFETCH(QString, explained);
        SimulatorProcess sim;
        QVERIFY2(sim.start(simArgs), qPrintable(sim.errorText()));
        ConnectionSettings connection;
        connection.timeoutSeconds = timeoutSeconds;
        openWindow(connection);
        fill(sim.server());
        type(widget<QPlainTextEdit>(u"solutionEdit"_s), u"Se reinició el router."_s);
        if (attachmentBytes > 0)
            m_window->addAttachments(
                {TestFiles::write(path(u"evidencia.zip"_s), QByteArray(attachmentBytes, 'z'))});
        QVERIFY(updateEnabled());
        const CaseUpdate before = m_window->currentUpdate();

        Probe probe;
        qint64 elapsed = 0;
        const ApiResult r = pressUpdate(&elapsed);
        qInfo("%s after %lld ms; longest event-loop gap %lld ms", qPrintable(ApiResult::outcomeId(r.outcome)),
              elapsed, probe.worstGap);
        QVERIFY2(probe.worstGap < 500, qPrintable(u"the window froze for %1 ms"_s.arg(probe.worstGap)));
        if (r.outcome == Outcome::Timeout)
            QVERIFY2(elapsed <= timeoutSeconds * 1000 + 1000, qPrintable(u"%1 ms"_s.arg(elapsed)));

        // The banner names the classification; the early-close row may be either of two.
        QTRY_VERIFY(banner()->isVisible());
        QVERIFY2(titles.contains(banner()->title()), qPrintable(banner()->title()));
        if (banner()->title() != u"Unreadable answer"_s || kind != Kind::Error)
            QCOMPARE(banner()->kind(), kind);
        QVERIFY2(banner()->text().contains(explained, Qt::CaseInsensitive), qPrintable(banner()->text()));
        QVERIFY(!banner()->text().contains(u"Unknown error"_s));

        // The history keeps the attempt with the same classification and what came back.
        QCOMPARE(historyModel()->rowCount(), 1);
        const QString historyText = historyOutcome();
        if (r.isSuccess())
            QCOMPARE(historyText, u"Updated"_s);
        else
            QCOMPARE(historyText, banner()->title());
        const HistoryEntry stored = m_history->entry(0);
        QCOMPARE(stored.result.outcome, r.outcome);
        QCOMPARE(stored.update, before);
        QVERIFY(stored.result.rawBody.size() <= ApiResult::MaxBodyBytes);

        // Nothing typed is lost and the agent can send again.
        QCOMPARE(m_window->currentUpdate(), before);
        QVERIFY(updateEnabled());
        QVERIFY(!m_window->isSending());
    }

    void stalledServerLeavesTheWindowResponsive()
    {
        SimulatorProcess sim;
        QVERIFY2(sim.start({u"--fault"_s, u"stall"_s}), qPrintable(sim.errorText()));
        ConnectionSettings connection;
        connection.timeoutSeconds = 3;
        openWindow(connection);
        fill(sim.server());
        QSignalSpy finished(m_window.get(), &MainWindow::updateFinished);
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(widget<QPushButton>(u"updateButton"_s), Qt::LeftButton);
        QTRY_VERIFY(m_window->isSending());

        // While the server says nothing the window answers and repaints, and the form, read-only, goes on
        // showing what is being sent (issue 17: typing no longer lands in a case on its way).
        Probe probe;
        const CaseUpdate sending = m_window->currentUpdate();
        auto *solution = widget<QPlainTextEdit>(u"solutionEdit"_s);
        QVERIFY(solution->isReadOnly());
        QTest::keyClicks(solution, u"typed while waiting"_s);
        QVERIFY(!widget<QAbstractButton>(u"addFieldButton"_s)->isEnabled());
        QTRY_VERIFY(probe.last > 0); // its timer ticks
        QCOMPARE(m_window->currentUpdate(), sending);
        QVERIFY(m_window->isSending());
        QVERIFY(widget<QPushButton>(u"cancelButton"_s)->isEnabled());

        QVERIFY(finished.wait(NetworkTimeout));
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(elapsed <= 3000 + 1000, qPrintable(u"%1 ms"_s.arg(elapsed)));
        QVERIFY(probe.worstGap < 500);
        QCOMPARE(banner()->title(), u"Timed out"_s);
        QCOMPARE(historyOutcome(), u"Timed out"_s);
        // The form is the case that was sent, editable again, and the history keeps it.
        QCOMPARE(m_window->currentUpdate(), sending);
        QVERIFY(!solution->isReadOnly());
        QCOMPARE(m_history->entry(0).update, sending);
    }

    void classificationFollowsTheLanguage()
    {
        Translations::install(u"es"_s);
        SimulatorProcess sim;
        QVERIFY2(sim.start({u"--fault"_s, u"html502"_s}), qPrintable(sim.errorText()));
        openWindow();
        fill(sim.server());
        const ApiResult r = pressUpdate();
        QCOMPARE(r.outcome, Outcome::UnreadableAnswer);
        const QString spanish = QCoreApplication::translate("ApiResult", "Unreadable answer");
        QVERIFY2(spanish != u"Unreadable answer"_s, "no Spanish translation installed");
        QTRY_COMPARE(banner()->title(), spanish);
        QCOMPARE(historyOutcome(), spanish);
        QCOMPARE(banner()->text(), r.explanation());
        QVERIFY(!banner()->text().contains(u"web page"_s));
    }

    void enormousAnswerKeepsMemoryBounded()
    {
        SimulatorProcess healthy;
        QVERIFY2(healthy.start(), qPrintable(healthy.errorText()));
        SimulatorProcess sim;
        QVERIFY2(sim.start({u"--fault"_s, u"huge"_s}), qPrintable(sim.errorText()));
        openWindow();
        // One ordinary update first, so what is measured is the answer, not the first use of the window.
        fill(healthy.server());
        QVERIFY(pressUpdate().isSuccess());
        type(widget<QComboBox>(u"serverCombo"_s), sim.server());
        const qint64 before = TestFiles::currentRss();
        qint64 peak = before;
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this, [&] { peak = std::max(peak, TestFiles::currentRss()); });
        sampler.start(5);
        const ApiResult r = pressUpdate();
        QTest::qWait(200); // the reply and its buffers are released from the event loop
        // Freed memory may stay in malloc's arenas and count as resident; hand it back so what is measured
        // is what the window still holds.
        malloc_trim(0);
        const qint64 settled = TestFiles::currentRss() - before;
        peak = std::max(peak, TestFiles::currentRss());
        QCOMPARE(r.unreadable, ApiResult::Unreadable::TooLarge);
        // The answer is never held: what remains is the 1 MiB the client kept, and the history's 64 KiB.
        // The peak is logged, not asserted: while the details pane shows that 64 KiB it sometimes briefly
        // reaches tens of MiB, which a 5 ms sampler catches only now and then.
        qInfo("window RSS: +%lld KiB once settled, peak +%lld KiB, for a 64 MiB answer", settled / 1024,
              (peak - before) / 1024);
        if (TestFiles::RssBoundsApply)
            QVERIFY2(settled < (qint64(16) << 20), qPrintable(u"%1 MiB"_s.arg(settled >> 20)));
        // The history keeps at most its 64 KiB of the body, not the megabyte the client read.
        QVERIFY(m_history->entry(0).result.rawBody.size() <= 64 * 1024);
    }

    void badCertificateIsRefusedInTheWindow()
    {
        SimulatorProcess sim;
        QVERIFY2(sim.start(TestCertificates::serverArguments(m_certs.selfSigned)),
                 qPrintable(sim.errorText()));
        openWindow();
        fill(u"127.0.0.1:%1"_s.arg(sim.port()));
        const CaseUpdate before = m_window->currentUpdate();
        const ApiResult r = pressUpdate();
        QCOMPARE(r.outcome, Outcome::NetworkFailure);
        QCOMPARE(banner()->kind(), Kind::Error);
        QCOMPARE(banner()->title(), u"Network failure"_s);
        QVERIFY2(banner()->text().contains(u"is self-signed"_s), qPrintable(banner()->text()));
        QCOMPARE(historyOutcome(), u"Network failure"_s);
        QVERIFY(!m_history->entry(0).result.tlsErrors.isEmpty());
        QCOMPARE(m_window->currentUpdate(), before);
        QCOMPARE(sim.stats().value(u"requests"_s).toInt(), 0);
    }

    void caBundleInTheSettingsDialog()
    {
        SimulatorProcess sim;
        QVERIFY2(sim.start(TestCertificates::serverArguments(m_certs.server)), qPrintable(sim.errorText()));
        openWindow();
        fill(u"127.0.0.1:%1"_s.arg(sim.port()));
        QCOMPARE(pressUpdate().outcome, Outcome::NetworkFailure);
        QVERIFY(banner()->text().contains(u"choose its CA bundle in Settings"_s));

        SettingsDialog *dialog = openSettings();
        QVERIFY(dialog);
        auto *edit = dialog->findChild<QLineEdit *>(u"caBundleEdit"_s);
        auto *problem = dialog->findChild<QLabel *>(u"caBundleProblemLabel"_s);
        QVERIFY(edit && problem);
        QVERIFY(edit->text().isEmpty());
        QVERIFY(!problem->isVisible());
        auto *label = dialog->findChild<QLabel *>(u"caBundleLabel"_s);
        QCOMPARE(label->buddy(), edit);
        QVERIFY(!edit->accessibleName().isEmpty());

        // A wrong file keeps the dialog open and says why, next to the field.
        const QString missing = path(u"no-such-ca.pem"_s);
        type(edit, missing);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(u"does not exist"_s), qPrintable(problem->text()));
        QCOMPARE(dialog->focusWidget(), edit);
        QVERIFY(m_settings->connectionSettings().caBundlePath.isEmpty());

        // Browse… picks the file through a file dialog.
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"caBundleBrowseButton"_s), Qt::LeftButton);
        QFileDialog *files = nullptr;
        QTRY_VERIFY((files = dialog->findChild<QFileDialog *>(u"caBundleDialog"_s)) && files->isVisible());
        files->selectFile(m_certs.authority.certificate);
        QTest::keyClick(files, Qt::Key_Return);
        QTRY_COMPARE(edit->text(), QDir::toNativeSeparators(m_certs.authority.certificate));
        QCOMPARE(problem->text(),
                 QCoreApplication::translate(
                     "SettingsDialog", "%n certificate(s) trusted in addition to the system's.", nullptr, 1));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<SettingsDialog *>());
        QCOMPARE(m_settings->connectionSettings().caBundlePath, m_certs.authority.certificate);

        // Now the private authority's server is trusted.
        const ApiResult r = pressUpdate();
        QVERIFY2(r.isSuccess(), qPrintable(r.explanation()));
        QCOMPARE(banner()->kind(), Kind::Success);

        // The setting comes back in a new window, and a bundle that disappears stops sending, with the
        // reason.
        m_window->close();
        openWindow(m_settings->connectionSettings());
        dialog = openSettings();
        QCOMPARE(dialog->findChild<QLineEdit *>(u"caBundleEdit"_s)->text(),
                 QDir::toNativeSeparators(m_certs.authority.certificate));
        dialog->reject();
        const QString moved = path(u"moved-ca.pem"_s);
        QVERIFY(QFile::copy(m_certs.authority.certificate, moved));
        ConnectionSettings connection = m_settings->connectionSettings();
        connection.caBundlePath = moved;
        m_settings->setConnectionSettings(connection);
        fill(u"127.0.0.1:%1"_s.arg(sim.port()));
        QVERIFY(updateEnabled());
        QVERIFY(QFile::remove(moved));
        type(widget<QLineEdit>(u"wolkvoxIdEdit"_s), CaseId); // any edit revalidates
        QVERIFY(!updateEnabled());
        QVERIFY(widget<QPushButton>(u"updateButton"_s)->toolTip().contains(u"does not exist"_s));
    }

    void caBundleIsKeptInTheProfile()
    {
        SecretStore secrets(SecretStore::Mode::MemoryOnly);
        const QString profilesFile = path(u"profiles.json"_s);
        {
            ProfileStore profiles(profilesFile, &secrets);
            ConnectionProfile profile;
            profile.name = u"CRM privado"_s;
            profile.server = u"crm0001.wolkvox.com"_s;
            profiles.setCurrent(profiles.add(profile));
            openWindow();
            m_window->setProfiles(&profiles, &secrets);
            SettingsDialog *dialog = openSettings();
            QVERIFY(dialog);
            type(dialog->findChild<QLineEdit *>(u"caBundleEdit"_s), m_certs.authority.certificate);
            dialog->accept();
            QTRY_VERIFY(!m_window->findChild<SettingsDialog *>());
            QCOMPARE(profiles.current().caBundlePath, m_certs.authority.certificate);
            QVERIFY(m_settings->connectionSettings().caBundlePath.isEmpty()); // the profile's, not global
            m_window.reset();
        }
        QFile file(profilesFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        QVERIFY(json.contains("\"ca_bundle\""));
        QVERIFY(!json.contains("BEGIN CERTIFICATE"));
        ProfileStore reloaded(profilesFile, &secrets);
        QVERIFY2(reloaded.load(), qPrintable(reloaded.error()));
        QCOMPARE(reloaded.current().caBundlePath, m_certs.authority.certificate);
    }

    void badLocalFilesInTheWindow()
    {
        SimulatorProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorText()));
        openWindow();
        fill(sim.server());
        auto *attachments = widget<QTreeView>(u"attachmentsView"_s);

        m_window->addAttachments({TestFiles::write(path(u"vacio.pdf"_s), {})});
        QCOMPARE(attachmentCheck(), u"Empty"_s);
        QVERIFY(!updateEnabled());
        QVERIFY(widget<QPushButton>(u"updateButton"_s)->toolTip().contains(u"is empty (0 bytes)"_s));
        m_window->loadUpdate([&] {
            CaseUpdate u = m_window->currentUpdate();
            u.attachments.clear();
            return u;
        }());
        QCOMPARE(attachments->model()->rowCount(), 0);

        m_window->addAttachments({TestFiles::sparse(path(u"grabacion.mp4"_s), qint64(3) << 30)});
        QCOMPARE(attachmentCheck(), u"Too large"_s);
        QVERIFY(!updateEnabled());
        m_window->loadUpdate([&] {
            CaseUpdate u = m_window->currentUpdate();
            u.attachments.clear();
            return u;
        }());

        const QString locked = TestFiles::write(path(u"privado.pdf"_s), "%PDF-1.4 private");
        QVERIFY(QFile::setPermissions(locked, QFileDevice::WriteOwner));
        const WithoutReadOverride guard;
        if (!WithoutReadOverride::permissionsApply(guard))
            QSKIP("running as root with CAP_DAC_OVERRIDE that cannot be dropped: every file is readable");
        m_window->addAttachments({locked});
        if (geteuid() != 0) {
            QCOMPARE(attachmentCheck(), u"Cannot be read"_s);
            QVERIFY(!updateEnabled());
        } else {
            // As root, access() still says yes; the send itself refuses the file and names it.
            QVERIFY(updateEnabled());
            const CaseUpdate before = m_window->currentUpdate();
            const ApiResult r = pressUpdate();
            QCOMPARE(r.outcome, Outcome::InvalidInput);
            QCOMPARE(banner()->title(), u"Not sent"_s);
            QVERIFY2(banner()->text().contains(u"“%1” cannot be read"_s.arg(locked)),
                     qPrintable(banner()->text()));
            QCOMPARE(historyOutcome(), u"Not sent"_s);
            QCOMPARE(m_window->currentUpdate(), before);
        }
        QCOMPARE(sim.stats().value(u"requests"_s).toInt(), 0);
    }

    void fileRemovedDuringUploadInTheWindow()
    {
        SimulatorProcess sim;
        QVERIFY2(sim.start({u"--read-rate"_s, QString::number(4 << 20)}), qPrintable(sim.errorText()));
        openWindow();
        fill(sim.server());
        const QString recording = TestFiles::write(path(u"llamada.mp3"_s), QByteArray(24 << 20, 'm'));
        m_window->addAttachments({recording});
        QVERIFY(updateEnabled());
        const CaseUpdate before = m_window->currentUpdate();

        QSignalSpy finished(m_window.get(), &MainWindow::updateFinished);
        QTest::mouseClick(widget<QPushButton>(u"updateButton"_s), Qt::LeftButton);
        // A large upload on a token not yet seen to work checks it first (one call), then uploads.
        QTRY_VERIFY(m_window->isSending());
        QTRY_COMPARE(m_window->findChildren<ApiJob *>().size(), 1);
        QCOMPARE(sim.stats().value(u"token_info_calls"_s).toInt(), 1);
        ApiJob *job = m_window->findChildren<ApiJob *>().constFirst();
        bool removed = false;
        connect(job, &ApiJob::uploadProgress, this, [&](qint64 sent, qint64) {
            if (!removed && sent >= (qint64(2) << 20))
                removed = QFile::remove(recording);
        });
        QVERIFY(finished.wait(NetworkTimeout));
        QVERIFY(removed);
        const ApiResult r = finished.constFirst().constFirst().value<ApiResult>();
        QCOMPARE(r.outcome, Outcome::InvalidInput);
        QCOMPARE(banner()->title(), u"Not sent"_s);
        QVERIFY2(banner()->text().contains(u"was removed while it was being sent"_s),
                 qPrintable(banner()->text()));
        QVERIFY(banner()->text().contains(u"llamada.mp3"_s));
        QCOMPARE(historyOutcome(), u"Not sent"_s);
        // The form keeps the attachment, now shown missing, and the rest of the case.
        QCOMPARE(m_window->currentUpdate(), before);
        QTRY_COMPARE(attachmentCheck(), u"Missing"_s);
        QVERIFY(!updateEnabled());
        QCOMPARE(sim.stats().value(u"updates_ok"_s).toInt(), 0);
        QCOMPARE(sim.lastRequest().value(u"body_complete"_s).toBool(), false);
    }

    void fullDiskWhileWritingHistory()
    {
        SimulatorProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorText()));
        openWindow();
        fill(sim.server());
        QCOMPARE(pressUpdate().outcome, Outcome::Success); // an earlier attempt that must survive
        const HistoryEntry earlier = m_history->entry(0);

        // The file may not grow: the next attempt needs new pages and meets SQLITE_FULL, the real full-disk
        // error path. A long solution (200 lines) is what needs them.
        {
            QSqlQuery q(m_history->database()->connection());
            QVERIFY(q.exec(u"PRAGMA page_count"_s) && q.next());
            QVERIFY(q.exec(u"PRAGMA max_page_count = %1"_s.arg(q.value(0).toInt())));
        }
        CaseUpdate longer = m_window->currentUpdate();
        QStringList lines;
        for (int i = 1; i <= 200; ++i)
            lines.append(
                u"%1. Se revisó el equipo del cliente y se documentó cada paso de la visita."_s.arg(i));
        longer.solution = lines.join(u'\n');
        m_window->loadUpdate(longer);
        const CaseUpdate before = m_window->currentUpdate();
        QCOMPARE(before.solution, longer.solution);
        QSignalSpy failed(m_history.get(), &SqliteHistoryStore::writeFailed);
        const ApiResult r = pressUpdate();
        QVERIFY(r.isSuccess()); // the CRM got the update all the same
        QVERIFY(failed.size() >= 1);
        QVERIFY(failed.at(0).at(0).toString().contains(u"disk is full"_s));

        QTRY_VERIFY(banner()->isVisible());
        QCOMPARE(banner()->kind(), Kind::Warning);
        QCOMPARE(banner()->title(), u"Case %1 updated"_s.arg(CaseId));
        const QString text = banner()->text();
        QVERIFY2(text.contains(u"Succesfully update record"_s), qPrintable(text));
        QVERIFY(text.contains(u"The history could not record this attempt."_s));
        QVERIFY(text.contains(u"The disk is full"_s));
        QCOMPARE(m_window->currentUpdate(), before); // nothing typed is lost

        // Nothing corrupted: the earlier attempt is intact and the file checks out.
        HistoryDatabase reader(m_history->path());
        QVERIFY(reader.open());
        QCOMPARE(reader.count({}), 1);
        {
            QSqlQuery check(reader.connection());
            QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
            QCOMPARE(check.value(0).toString(), u"ok"_s);
        }
        QCOMPARE(reader.entryById(earlier.id)->update, earlier.update);
        QCOMPARE(reader.entryById(earlier.id)->result.outcome, Outcome::Success);
        reader.close();

        // Once there is room again, the next attempt is recorded.
        {
            QSqlQuery q(m_history->database()->connection());
            QVERIFY(q.exec(u"PRAGMA max_page_count = 1073741823"_s));
        }
        // The same case again: the window asks first, as for any update identical to a successful one.
        QSignalSpy again(m_window.get(), &MainWindow::updateFinished);
        QTest::mouseClick(widget<QPushButton>(u"updateButton"_s), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"sameUpdateAgainBox"_s)) && box->isVisible());
        QTest::mouseClick(box->findChild<QPushButton *>(u"sendAgainButton"_s), Qt::LeftButton);
        QVERIFY(again.wait(NetworkTimeout));
        QVERIFY(again.constFirst().constFirst().value<ApiResult>().isSuccess());
        QTRY_COMPARE(banner()->kind(), Kind::Success);
        QCOMPARE(m_history->totalCount(), 2);
        QCOMPARE(m_history->entry(0).update.solution, before.solution);
    }
};

QTEST_MAIN(TestHostileWindow)
#include "tst_hostilewindow.moc"
