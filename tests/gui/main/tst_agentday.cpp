#include "core/global.h"
#include "core/history/sqlitehistorystore.h"
#include "core/profiles/settings.h"
#include "gui/dialogs/settingsdialog.h"
#include "gui/history/historymodel.h"
#include "gui/history/historypane.h"
#include "gui/main/mainwindow.h"
#include "gui/widgets/messagebanner.h"
#include "support/simulatorprocess.h"
#include "support/testfiles.h"
#include "support/windowdriver.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>
#include <memory>

namespace {
using namespace WindowDriver;
constexpr int NetworkTimeout = 30000;
const QString Token = QString::fromLatin1(SimulatorProcess::DemoToken);
const QString Operation = QString::fromLatin1(SimulatorProcess::DemoOperation);
const QString CaseId = QString::fromLatin1(SimulatorProcess::DemoCase);
} // namespace

// Issue 17, the form and send flow: a sent state that never sends twice by accident, a token checked before a
// long upload, an id that cannot be one warned about, banners that tell the current state and carry what
// fixes it, the focus on start, the history pane's counts and empty state, the settings' Advanced section.
class TestAgentDay : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SimulatorProcess m_sim;
    int m_counter = 0;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SqliteHistoryStore> m_history;
    std::unique_ptr<MainWindow> m_window;

    template <typename T> T *widget(const QString &name) const { return find<T>(m_window.get(), name); }
    MessageBanner *banner() const { return widget<MessageBanner>(u"banner"_s); }
    QString text(const QString &name) const { return widget<QLabel>(name)->text(); }
    bool updateEnabled() const { return widget<QPushButton>(u"updateButton"_s)->isEnabled(); }
    int stat(const QString &key) const { return m_sim.stats().value(key).toInt(); }
    int updateRequests() const
    {
        return caseStats(m_sim, Operation, CaseId).value(u"update_requests"_s).toInt();
    }

    // A window on its own settings and history file; the connection filled in unless told otherwise.
    void openWindow(const QString &server, const QString &token = Token, const QString &operation = Operation)
    {
        m_window.reset();
        m_history.reset();
        ++m_counter;
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings-%1.ini"_s.arg(m_counter)));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_history
            = std::make_unique<SqliteHistoryStore>(m_dir.filePath(u"history-%1.sqlite"_s.arg(m_counter)));
        QVERIFY2(m_history->open(), qPrintable(m_history->error()));
        m_window = std::make_unique<MainWindow>(m_network.get(), m_settings.get(), m_history.get());
        m_window->setServer(server);
        m_window->setOperation(operation);
        m_window->setToken(token);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void fillCase(const QString &priority = u"high"_s, const QString &solution = {})
    {
        type(widget<QLineEdit>(u"wolkvoxIdEdit"_s), CaseId);
        type(widget<QComboBox>(u"caseTypeCombo"_s), u"Request"_s);
        type(widget<QLineEdit>(u"responsibleEdit"_s), u"ana@modulodeprueba"_s);
        type(widget<QComboBox>(u"statusCombo"_s), u"open"_s);
        type(widget<QComboBox>(u"priorityCombo"_s), priority);
        type(widget<QPlainTextEdit>(u"solutionEdit"_s), solution);
    }

    ApiResult pressUpdate()
    {
        QSignalSpy finished(m_window.get(), &MainWindow::updateFinished);
        click(m_window.get(), u"updateButton"_s);
        if (!finished.wait(NetworkTimeout))
            return {};
        return finished.constFirst().constFirst().value<ApiResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ApiResult>();
        QVERIFY(m_dir.isValid());
        // A user of our own, with no Documents folder yet: the dialogs must not touch the real one.
        qputenv("HOME", m_dir.filePath(u"home"_s).toUtf8());
        qunsetenv("XDG_DOCUMENTS_DIR");
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"home/.config"_s).toUtf8());
        QVERIFY(QDir().mkpath(m_dir.filePath(u"home"_s)));
        QVERIFY2(m_sim.start(), qPrintable(m_sim.errorText()));
    }

    void init() { m_sim.admin(u"/__sim/reset"_s, "POST"); }

    void cleanup()
    {
        m_window.reset();
        m_history.reset();
        m_network.reset();
        m_settings.reset();
    }

    void aSentCaseIsNotSentTwiceByAccident()
    {
        openWindow(m_sim.server());
        fillCase();
        QVERIFY(pressUpdate().isSuccess());
        QCOMPARE(banner()->kind(), MessageBanner::Kind::Success);
        QVERIFY(widget<QPushButton>(u"bannerNextCaseButton"_s));
        QVERIFY2(text(u"problemsLabel"_s).startsWith(u"Sent: the CRM has these values"_s),
                 qPrintable(text(u"problemsLabel"_s)));

        // An edit ends the sent state: the old success no longer describes the form and goes.
        type(widget<QComboBox>(u"priorityCombo"_s), u"medium"_s);
        QVERIFY(!banner()->isVisible());
        QVERIFY(!text(u"problemsLabel"_s).startsWith(u"Sent"_s));
        type(widget<QComboBox>(u"priorityCombo"_s), u"high"_s);
        QVERIFY(text(u"problemsLabel"_s).startsWith(u"Sent"_s));

        // The same content again asks first; saying no sends nothing.
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
        answer(m_window.get(), u"sameUpdateAgainBox"_s, u"dontSendAgainButton"_s);
        QTRY_COMPARE(banner()->title(), u"Nothing was sent"_s);
        QCOMPARE(updateRequests(), 1);

        // The window has the keyboard back once the box has closed, so its shortcuts work again. (A key a
        // person presses waits behind that activation; a synthetic one does not, so the test waits for it.)
        QTRY_COMPARE(QApplication::activeWindow(), m_window.get());

        // Next case: the case part cleared, the connection kept, the cursor in the id.
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(widget<QLineEdit>(u"wolkvoxIdEdit"_s)->text().isEmpty());
        QVERIFY(widget<QComboBox>(u"priorityCombo"_s)->currentText().isEmpty());
        QCOMPARE(m_window->currentUpdate().operation, Operation);
        QCOMPARE(widget<QLineEdit>(u"tokenEdit"_s)->text(), Token);
        QCOMPARE(QApplication::focusWidget(), widget<QWidget>(u"wolkvoxIdEdit"_s));

        // The banner's own Next case button does the same.
        fillCase(u"low"_s);
        QVERIFY(pressUpdate().isSuccess());
        QCOMPARE(updateRequests(), 2);
        click(m_window.get(), u"bannerNextCaseButton"_s);
        QVERIFY(widget<QLineEdit>(u"wolkvoxIdEdit"_s)->text().isEmpty());
        QCOMPARE(QApplication::focusWidget(), widget<QWidget>(u"wolkvoxIdEdit"_s));
    }

    void aLargeUploadChecksTheTokenFirst()
    {
        openWindow(m_sim.server(), u"WRONG-TOKEN"_s);
        fillCase();
        const QString big = TestFiles::sparse(m_dir.filePath(u"grabacion.mp3"_s), 6 * 1024 * 1024);
        m_window->addAttachments({big});
        QVERIFY(updateEnabled());

        // A wrong token is reported at once, before any byte of the file is sent: one call, the check. (The
        // simulator's token_info_calls counts only the calls its token gate let through, so all are counted.)
        click(m_window.get(), u"updateButton"_s);
        QTRY_COMPARE_WITH_TIMEOUT(banner()->title(), u"The token check failed before the upload"_s,
                                  NetworkTimeout);
        QCOMPARE(stat(u"requests"_s), 1);
        QCOMPARE(updateRequests(), 0);
        QCOMPARE(m_history->totalCount(), 0);
        click(m_window.get(), u"bannerEditTokenButton"_s);
        QCOMPARE(QApplication::focusWidget(), widget<QWidget>(u"tokenEdit"_s));

        // With the right token: one call to check it, said in the banner, then the upload.
        type(widget<QLineEdit>(u"tokenEdit"_s), Token);
        QVERIFY(pressUpdate().isSuccess());
        QCOMPARE(stat(u"token_info_calls"_s), 1);
        QCOMPARE(stat(u"requests"_s), 3);
        QVERIFY2(banner()->text().contains(u"used one call of today's quota"_s),
                 qPrintable(banner()->text()));
        // Checked once per session: the next large upload goes straight out.
        type(widget<QComboBox>(u"priorityCombo"_s), u"low"_s);
        QVERIFY(pressUpdate().isSuccess());
        QCOMPARE(stat(u"token_info_calls"_s), 1);
        QCOMPARE(stat(u"requests"_s), 4);
        QVERIFY(!banner()->text().contains(u"quota"_s));
    }

    void aTokenTheConnectionTestVerifiedIsNotCheckedAgain()
    {
        openWindow(m_sim.server());
        QSignalSpy tested(m_window.get(), &MainWindow::connectionTested);
        m_window->testConnection();
        QVERIFY(tested.wait(NetworkTimeout));
        QVERIFY(tested.constFirst().constFirst().value<ApiResult>().isSuccess());
        QCOMPARE(stat(u"token_info_calls"_s), 1);
        fillCase();
        m_window->addAttachments({TestFiles::sparse(m_dir.filePath(u"llamada.mp3"_s), 6 * 1024 * 1024)});
        QVERIFY(pressUpdate().isSuccess());
        QCOMPARE(stat(u"token_info_calls"_s), 1);
        QVERIFY(!banner()->text().contains(u"quota"_s));
    }

    void aTokenCheckWithoutAnAnswerDoesNotBlockTheUpload()
    {
        SimulatorProcess gone;
        QVERIFY2(gone.start(), qPrintable(gone.errorText()));
        const QString down = gone.server();
        gone.stop();
        openWindow(down);
        fillCase();
        m_window->addAttachments({TestFiles::sparse(m_dir.filePath(u"video.mp4"_s), 6 * 1024 * 1024)});

        // No verdict on the token: nothing is sent, and the banner says so.
        click(m_window.get(), u"updateButton"_s);
        QTRY_COMPARE_WITH_TIMEOUT(banner()->title(), u"The token could not be checked before the upload"_s,
                                  NetworkTimeout);
        QCOMPARE(banner()->kind(), MessageBanner::Kind::Warning);
        QCOMPARE(m_history->totalCount(), 0);
        QVERIFY(!m_window->isBusy());

        // Retry goes without the check: the upload itself is tried (and recorded) this time.
        QSignalSpy finished(m_window.get(), &MainWindow::updateFinished);
        click(m_window.get(), u"bannerRetryButton"_s);
        QVERIFY(finished.wait(NetworkTimeout));
        QCOMPARE(finished.constFirst().constFirst().value<ApiResult>().outcome,
                 ApiResult::Outcome::NetworkFailure);
        QTRY_COMPARE(m_history->totalCount(), 1);
    }

    void anIdThatCannotBeOneIsWarnedNotBlocked()
    {
        openWindow(m_sim.server());
        fillCase();
        auto *warning = widget<QLabel>(u"wolkvoxIdWarningLabel"_s);
        QVERIFY(!warning->isVisible());
        type(widget<QLineEdit>(u"wolkvoxIdEdit"_s), u"6074aaa0-80137-4bbbbb"_s);
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(u"0–9"_s), qPrintable(warning->text()));
        QVERIFY(updateEnabled()); // a warning: the CRM decides
        type(widget<QLineEdit>(u"wolkvoxIdEdit"_s), CaseId);
        QVERIFY(!warning->isVisible());
    }

    void failureBannersCarryWhatFixesThem()
    {
        SimulatorProcess gone;
        QVERIFY2(gone.start(), qPrintable(gone.errorText()));
        const QString down = gone.server();
        gone.stop();
        openWindow(down);
        fillCase();
        const ApiResult refused = pressUpdate();
        QCOMPARE(refused.outcome, ApiResult::Outcome::NetworkFailure);
        QCOMPARE(banner()->kind(), MessageBanner::Kind::Error);
        QCOMPARE(banner()->topic(), u"network"_s);
        // Translated explanations only: Qt's own English text stays in the details.
        QVERIFY(!refused.networkErrorString.isEmpty());
        QVERIFY(!banner()->text().contains(refused.networkErrorString));
        QVERIFY(widget<QPushButton>(u"bannerRetryButton"_s));
        click(m_window.get(), u"bannerShowDetailsButton"_s);
        QCOMPARE(QApplication::focusWidget(), widget<QWidget>(u"historyDetails"_s));
        QCOMPARE(m_window->historyPane()->currentEntry().result.outcome, ApiResult::Outcome::NetworkFailure);

        // Once a connection test works, the red failure no longer describes the window and goes.
        m_window->setServer(m_sim.server());
        QSignalSpy tested(m_window.get(), &MainWindow::connectionTested);
        m_window->testConnection();
        QVERIFY(tested.wait(NetworkTimeout));
        QVERIFY(!banner()->isVisible());

        // Retry sends the form again.
        m_window->setServer(down);
        QCOMPARE(pressUpdate().outcome, ApiResult::Outcome::NetworkFailure);
        m_window->setServer(m_sim.server());
        QSignalSpy finished(m_window.get(), &MainWindow::updateFinished);
        click(m_window.get(), u"bannerRetryButton"_s);
        QVERIFY(finished.wait(NetworkTimeout));
        QVERIFY(finished.constFirst().constFirst().value<ApiResult>().isSuccess());

        // A token the CRM refuses: the banner's button puts the cursor where it is fixed.
        type(widget<QLineEdit>(u"tokenEdit"_s), u"NOPE"_s);
        type(widget<QComboBox>(u"priorityCombo"_s), u"low"_s);
        QCOMPARE(pressUpdate().vendorError, ApiResult::VendorError::InvalidToken);
        click(m_window.get(), u"bannerEditTokenButton"_s);
        QCOMPARE(QApplication::focusWidget(), widget<QWidget>(u"tokenEdit"_s));
    }

    void theCursorStartsWhereTheAgentTypesFirst_data()
    {
        QTest::addColumn<bool>("withToken");
        QTest::addColumn<QString>("focus");
        QTest::newRow("complete") << true << u"wolkvoxIdEdit"_s;
        QTest::newRow("no token") << false << u"tokenEdit"_s;
    }
    void theCursorStartsWhereTheAgentTypesFirst()
    {
        QFETCH(bool, withToken);
        QFETCH(QString, focus);
        openWindow(m_sim.server(), withToken ? Token : QString());
        QTRY_COMPARE(QApplication::focusWidget(), widget<QWidget>(focus));
    }

    void theHistorySaysHowManyMatch()
    {
        openWindow(m_sim.server());
        const QStringList solutions{u"Se cambió el módem."_s, u"Se reinició el router del cliente."_s,
                                    u"El cliente confirmó el servicio."_s};
        for (const QString &solution : solutions) {
            fillCase(u"high"_s, solution);
            QVERIFY(pressUpdate().isSuccess());
        }
        auto *count = widget<QLabel>(u"historyCountLabel"_s);
        QTRY_COMPARE(count->text(), u"3 attempt(s)"_s);
        auto *empty = widget<QLabel>(u"historyEmptyLabel"_s);
        QVERIFY(!empty->isVisible());

        // The search reaches the solution text, through the pane.
        type(widget<QLineEdit>(u"historySearchEdit"_s), u"router"_s);
        QTest::keyClick(widget<QLineEdit>(u"historySearchEdit"_s), Qt::Key_Return);
        QTRY_COMPARE(m_window->historyPane()->model()->rowCount(), 1);
        QCOMPARE(m_window->historyPane()->model()->entry(0).update.solution, solutions.at(1));
        QTRY_COMPARE(count->text(), u"Shown: 1 of 3 attempt(s)"_s);
        type(widget<QLineEdit>(u"historySearchEdit"_s), u"nada parecido"_s);
        QTest::keyClick(widget<QLineEdit>(u"historySearchEdit"_s), Qt::Key_Return);
        QTRY_VERIFY(empty->isVisible());
        QVERIFY2(empty->text().startsWith(u"No attempt matches"_s), qPrintable(empty->text()));
        QCOMPARE(count->text(), u"Shown: 0 of 3 attempt(s)"_s);
        type(widget<QLineEdit>(u"historySearchEdit"_s), QString());
        QTest::keyClick(widget<QLineEdit>(u"historySearchEdit"_s), Qt::Key_Return);
        QTRY_COMPARE(count->text(), u"3 attempt(s)"_s);

        // At 1024 px the Batch column is on screen without scrolling.
        m_window->resize(1024, 700);
        QTRY_COMPARE(m_window->width(), 1024);
        auto *view = widget<QTableView>(u"historyView"_s);
        const QHeaderView *header = view->horizontalHeader();
        const int batchEnd = header->sectionViewportPosition(HistoryModel::BatchColumn)
            + header->sectionSize(HistoryModel::BatchColumn);
        QVERIFY2(header->sectionViewportPosition(HistoryModel::BatchColumn) >= 0
                     && batchEnd <= view->viewport()->width(),
                 qPrintable(u"%1 of %2"_s.arg(batchEnd).arg(view->viewport()->width())));

        // Its export dialog opens in Documents the first time (the home folder while the account has none),
        // never in the process's working folder, and without a nested event loop.
        const auto exportStartsIn = [this](const QString &expected) {
            click(m_window.get(), u"exportCsvButton"_s);
            QFileDialog *dialog = nullptr;
            QTRY_VERIFY((dialog = m_window->findChild<QFileDialog *>(u"historyExportDialog"_s))
                        && dialog->isVisible());
            const QPointer<QFileDialog> open = dialog; // it deletes itself once closed
            QCOMPARE(QDir(dialog->directory()).absolutePath(), QDir(expected).absolutePath());
            dialog->reject();
            QTRY_VERIFY(!open);
        };
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QVERIFY(!QFileInfo::exists(documents));
        exportStartsIn(QDir::homePath());
        QVERIFY(!QFileInfo::exists(documents)); // nothing made in the agent's home
        QVERIFY(QDir().mkpath(documents));
        exportStartsIn(documents);
    }

    void theSettingsKeepIntegratorOptionsApart()
    {
        openWindow(m_sim.server());
        m_window->showSettings();
        SettingsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<SettingsDialog *>()) && dialog->isVisible());
        auto *advanced = dialog->findChild<QGroupBox *>(u"advancedGroup"_s);
        QVERIFY(advanced);
        for (const QString &name :
             {u"timeoutSpin"_s, u"partNameCombo"_s, u"deliveryCombo"_s, u"caBundleEdit"_s})
            QVERIFY2(advanced->isAncestorOf(dialog->findChild<QWidget *>(name)), qPrintable(name));
        auto *delivery = dialog->findChild<QComboBox *>(u"deliveryCombo"_s);
        auto *note = dialog->findChild<QLabel *>(u"deliveryNoteLabel"_s);
        QVERIFY2(note->text().contains(u"one call of the daily quota per file"_s), qPrintable(note->text()));
        delivery->setCurrentIndex(2); // all in one request, under the plain "file"
        QVERIFY2(note->text().contains(u"the others are lost"_s), qPrintable(note->text()));
        auto *check = dialog->findChild<QCheckBox *>(u"checkCaseCheck"_s);
        QVERIFY(check->isChecked());
        QVERIFY(check->toolTip().contains(u"one call of the daily quota"_s));
        check->setChecked(false);
        dialog->accept();
        QTRY_VERIFY(!m_window->findChild<SettingsDialog *>());
        const ConnectionSettings saved = m_settings->connectionSettings();
        QVERIFY(!saved.checkCaseBeforeSending);
        QCOMPARE(saved.attachmentDelivery, ConnectionSettings::AttachmentDelivery::OneRequest);
    }
};

QTEST_MAIN(TestAgentDay)
#include "tst_agentday.moc"
