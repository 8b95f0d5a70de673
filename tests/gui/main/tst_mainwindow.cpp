#include "core/global.h"
#include "core/history/historystore.h"
#include "core/net/apijob.h"
#include "core/profiles/settings.h"
#include "gui/dialogs/settingsdialog.h"
#include "gui/history/historymodel.h"
#include "gui/history/historypane.h"
#include "gui/main/attachmentsmodel.h"
#include "gui/main/customfieldsmodel.h"
#include "gui/main/mainwindow.h"
#include "gui/widgets/messagebanner.h"
#include "support/mnemonics.h"
#include "support/simulatorprocess.h"
#include "support/testfiles.h"
#include "support/windowdriver.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>
#include <memory>

namespace {
using WindowDriver::type;
constexpr int NetworkTimeout = 30000;
const QString Token = QString::fromLatin1(SimulatorProcess::DemoToken);
const QString Operation = QString::fromLatin1(SimulatorProcess::DemoOperation);
const QString CaseId = QString::fromLatin1(SimulatorProcess::DemoCase);
} // namespace

// The agent's window, driven offscreen through its widgets (found by objectName) against the CRM simulator.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SimulatorProcess m_sim;
    int m_counter = 0;

    // One window per test, on its own settings file, history and network.
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<MemoryHistoryStore> m_history;
    std::unique_ptr<MainWindow> m_window;

    template <typename T> T *widget(const QString &name) const
    {
        T *found = m_window->findChild<T *>(name);
        if (!found)
            qWarning("no widget named %s", qPrintable(name));
        return found;
    }

    QString settingsPath() const { return m_dir.filePath(u"settings-%1.ini"_s.arg(m_counter)); }

    void openWindow()
    {
        m_window.reset();
        m_settings = std::make_unique<Settings>(settingsPath());
        m_network = std::make_unique<QNetworkAccessManager>();
        m_history = std::make_unique<MemoryHistoryStore>();
        m_window = std::make_unique<MainWindow>(m_network.get(), m_settings.get(), m_history.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    static void closePopups(QWidget *window = nullptr) { WindowDriver::closePopups(window); }

    void click(const QString &name)
    {
        QAbstractButton *button = widget<QAbstractButton>(name);
        QVERIFY2(button, qPrintable(name));
        QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(name + u" is not clickable"_s));
        QTest::mouseClick(button, Qt::LeftButton);
    }

    void fillConnection(const QString &server)
    {
        type(widget<QComboBox>(u"serverCombo"_s), server);
        type(widget<QLineEdit>(u"operationEdit"_s), Operation);
        type(widget<QLineEdit>(u"tokenEdit"_s), Token);
    }

    void fillCase(const QString &status = u"open"_s)
    {
        type(widget<QLineEdit>(u"wolkvoxIdEdit"_s), CaseId);
        type(widget<QComboBox>(u"caseTypeCombo"_s), u"Request"_s);
        type(widget<QLineEdit>(u"responsibleEdit"_s), u"ana@modulodeprueba"_s);
        type(widget<QComboBox>(u"statusCombo"_s), status);
        type(widget<QComboBox>(u"priorityCombo"_s), u"high"_s);
    }

    void paste(const QString &text)
    {
        QGuiApplication::clipboard()->setText(text);
        click(u"pasteFieldsButton"_s);
    }

    void addAttachmentThroughDialog(const QString &path)
    {
        click(u"addAttachmentButton"_s);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QFileDialog *>(u"attachmentsDialog"_s))
                    && dialog->isVisible());
        dialog->selectFile(path);
        QTest::keyClick(dialog, Qt::Key_Return);
        QTRY_VERIFY(!m_window->findChild<QFileDialog *>(u"attachmentsDialog"_s)
                    || !m_window->findChild<QFileDialog *>(u"attachmentsDialog"_s)->isVisible());
    }

    bool updateEnabled() const { return widget<QPushButton>(u"updateButton"_s)->isEnabled(); }
    QString problemsText() const { return widget<QLabel>(u"problemsLabel"_s)->text(); }
    QString updateToolTip() const { return widget<QPushButton>(u"updateButton"_s)->toolTip(); }
    MessageBanner *banner() const { return widget<MessageBanner>(u"banner"_s); }
    HistoryModel *historyModel() const { return m_window->historyPane()->model(); }

    QString historyCell(int row, int column) const
    {
        return historyModel()->data(historyModel()->index(row, column)).toString();
    }

    // Sends with the Update button and waits for the outcome banner.
    void pressUpdateAndWait()
    {
        QSignalSpy finished(m_window.get(), &MainWindow::updateFinished);
        click(u"updateButton"_s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, NetworkTimeout);
        QTRY_VERIFY(banner()->isVisible());
    }

    qint64 simRequests() const { return m_sim.stats().value(u"requests"_s).toInteger(); }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ApiResult>();
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sim.start(), qPrintable(m_sim.errorText()));
    }

    void init()
    {
        ++m_counter;
        m_sim.admin(u"/__sim/reset"_s, "POST");
        openWindow();
    }

    void cleanup()
    {
        m_window.reset();
        m_history.reset();
        m_network.reset();
        m_settings.reset();
    }

    void everyNamedWidgetExists()
    {
        const QStringList names{u"serverCombo"_s,       u"operationEdit"_s,        u"tokenEdit"_s,
                                u"showTokenButton"_s,   u"testConnectionButton"_s, u"wolkvoxIdEdit"_s,
                                u"caseTypeCombo"_s,     u"responsibleEdit"_s,      u"statusCombo"_s,
                                u"priorityCombo"_s,     u"solutionEdit"_s,         u"customFieldsView"_s,
                                u"formPreview"_s,       u"attachmentsView"_s,      u"updateButton"_s,
                                u"cancelButton"_s,      u"progressBar"_s,          u"banner"_s,
                                u"problemsLabel"_s,     u"historyView"_s,          u"historyDetails"_s,
                                u"loadIntoFormButton"_s};
        for (const QString &name : names)
            QVERIFY2(m_window->findChild<QWidget *>(name), qPrintable(name));
        // A fresh window is calm: nothing sent, nothing to cancel, Update waits for a complete form.
        QVERIFY(!updateEnabled());
        QVERIFY(!widget<QProgressBar>(u"progressBar"_s)->isVisible());
        QVERIFY(!widget<QPushButton>(u"cancelButton"_s)->isVisible());
        QVERIFY(!banner()->isVisible());
        QCOMPARE(widget<QLineEdit>(u"tokenEdit"_s)->echoMode(), QLineEdit::Password);
        // About 1280×800 by default, never larger than the screen.
        const QSize expected = QSize(1280, 800)
                                   .boundedTo(m_window->screen()->availableSize() * 0.92)
                                   .expandedTo(m_window->minimumSizeHint());
        QCOMPARE(m_window->size(), expected);
    }

    void sendsAnUpdateAndShowsTheAnswer()
    {
        fillConnection(m_sim.server());
        fillCase();
        type(widget<QPlainTextEdit>(u"solutionEdit"_s), u"Se reinició el módem."_s);

        // Custom fields: two rows pasted from a spreadsheet, one typed into a new row.
        paste(u"canal\tWhatsApp\nciudad\tBogotá\n"_s);
        click(u"addFieldButton"_s);
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(qobject_cast<QLineEdit *>(editor));
        QTest::keyClicks(editor, u"contrato"_s);
        QTest::keyClick(editor, Qt::Key_Tab); // commits the name, opens the value
        editor = QApplication::focusWidget();
        QVERIFY(qobject_cast<QLineEdit *>(editor));
        QTest::keyClicks(editor, u"CT-931"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        const QByteArray form = R"({"canal":"WhatsApp","ciudad":"Bogotá","contrato":"CT-931"})";
        QTRY_COMPARE(widget<QPlainTextEdit>(u"formPreview"_s)->toPlainText(), QString::fromUtf8(form));

        const QString pdf = TestFiles::write(m_dir.filePath(u"informe_año.pdf"_s), "%PDF-1.4 demo");
        addAttachmentThroughDialog(pdf);
        auto *attachments = widget<QTreeView>(u"attachmentsView"_s);
        QTRY_COMPARE(attachments->model()->rowCount(), 1);
        QCOMPARE(attachments->model()->index(0, AttachmentsModel::NameColumn).data().toString(),
                 u"informe_año.pdf"_s);
        QCOMPARE(attachments->model()->index(0, AttachmentsModel::ProblemColumn).data().toString(),
                 u"Ready"_s);

        QVERIFY2(updateEnabled(), qPrintable(updateToolTip()));
        QVERIFY(problemsText().contains(u"Ready to send"_s));
        pressUpdateAndWait();

        QCOMPARE(banner()->kind(), MessageBanner::Kind::Success);
        QVERIFY2(banner()->title().contains(CaseId),
                 qPrintable(banner()->title())); // the returned wolkvox_id
        QVERIFY(banner()->text().contains(u"Succesfully update record"_s));

        // The history row carries the parsed answer.
        QCOMPARE(historyModel()->rowCount(), 1);
        QCOMPARE(historyCell(0, HistoryModel::HttpColumn), u"200"_s);
        QCOMPARE(historyCell(0, HistoryModel::CodeColumn), u"200"_s);
        QCOMPARE(historyCell(0, HistoryModel::MessageColumn), u"Succesfully update record"_s);
        QCOMPARE(historyCell(0, HistoryModel::OutcomeColumn), u"Updated"_s);
        QCOMPARE(historyCell(0, HistoryModel::CaseColumn), CaseId);
        QCOMPARE(historyCell(0, HistoryModel::OperationColumn), Operation);
        QVERIFY(historyCell(0, HistoryModel::ServerColumn).contains(u"127.0.0.1"_s));
        auto *history = widget<QTableView>(u"historyView"_s);
        QCOMPARE(history->currentIndex().row(), 0);
        const QString details = widget<QTextBrowser>(u"historyDetails"_s)->toPlainText();
        QVERIFY2(details.contains(u"\"wolkvox_id\": \"%1\""_s.arg(CaseId)),
                 qPrintable(details)); // pretty-printed
        QVERIFY(details.contains(u"Succesfully update record"_s));
        QVERIFY(details.contains(QString::fromUtf8(form)));
        QVERIFY(details.contains(u"informe_año.pdf"_s));
        QVERIFY(!details.contains(Token));

        // What arrived is what the form showed.
        const QJsonObject last = m_sim.lastRequest();
        const QJsonObject fields = last.value(u"fields"_s).toObject();
        QCOMPARE(fields.value(u"wolkvox-id"_s).toString(), CaseId);
        QCOMPARE(fields.value(u"case-type"_s).toString(), u"Request"_s);
        QCOMPARE(fields.value(u"status"_s).toString(), u"open"_s);
        QCOMPARE(fields.value(u"priority"_s).toString(), u"high"_s);
        QCOMPARE(fields.value(u"solution"_s).toString(), u"Se reinició el módem."_s);
        QCOMPARE(fields.value(u"form"_s).toString().toUtf8(), form);
        QCOMPARE(last.value(u"files"_s).toArray().at(0)[u"filename"_s].toString(), u"informe_año.pdf"_s);

        // The successful values are remembered for the next case, the token never.
        m_settings->sync();
        QCOMPARE(m_settings->responsibles().value(0), u"ana@modulodeprueba"_s);
        QCOMPARE(m_settings->lastOperation(), Operation);
        QFile ini(settingsPath());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(Token.toLatin1()));
    }

    void invalidInputKeepsUpdateDisabled()
    {
        fillConnection(m_sim.server());
        QVERIFY(!updateEnabled());
        QVERIFY2(problemsText().contains(u"Still needed"_s), qPrintable(problemsText()));
        QVERIFY(problemsText().contains(u"wolkvox-id"_s));
        QVERIFY(updateToolTip().contains(u"Enter the case's wolkvox-id."_s));
        // Empty required fields are listed, not painted red.
        QVERIFY(!widget<QLineEdit>(u"wolkvoxIdEdit"_s)->property("problem").toBool());

        fillCase();
        QVERIFY2(updateEnabled(), qPrintable(updateToolTip()));

        // A malformed responsible is flagged on the field, in the list and in the tooltip.
        type(widget<QLineEdit>(u"responsibleEdit"_s), u"ana"_s);
        const QString message
            = u"The responsible must be a wolkvox e-mail shaped user@operation, not “ana”."_s;
        QVERIFY(!updateEnabled());
        QVERIFY2(updateToolTip().contains(message), qPrintable(updateToolTip()));
        QVERIFY(problemsText().contains(message));
        QVERIFY(widget<QLineEdit>(u"responsibleEdit"_s)->property("problem").toBool());
        QCOMPARE(widget<QLineEdit>(u"responsibleEdit"_s)->toolTip(), message);
        type(widget<QLineEdit>(u"responsibleEdit"_s), u"ana@modulodeprueba"_s);
        QVERIFY(updateEnabled());
        QVERIFY(!widget<QLineEdit>(u"responsibleEdit"_s)->property("problem").toBool());

        // Duplicate and empty custom-field names are flagged on their rows.
        paste(u"canal\tWhatsApp\ncanal\tweb\n\tsin nombre\n"_s);
        auto *fields = widget<QTableView>(u"customFieldsView"_s);
        QCOMPARE(fields->model()->rowCount(), 2); // the nameless row is reported, not added
        QTRY_VERIFY(banner()->isVisible());
        QCOMPARE(banner()->kind(), MessageBanner::Kind::Warning);
        QVERIFY(banner()->text().contains(u"Row 3"_s));
        QVERIFY(!updateEnabled());
        QVERIFY(fields->model()->index(0, 0).data(Qt::DecorationRole).isNull());
        QVERIFY(!fields->model()->index(1, 0).data(Qt::DecorationRole).isNull());
        QVERIFY(fields->model()
                    ->index(1, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"appears more than once"_s));
        click(u"addFieldButton"_s);
        closePopups();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // leave the new name empty
        QTRY_COMPARE(QApplication::focusWidget(), fields);
        QCOMPARE(fields->model()->rowCount(), 3);
        QTRY_VERIFY(fields->model()->index(2, 0).data(Qt::ToolTipRole).toString().contains(u"has no name"_s));
        fields->setFocus();
        fields->selectionModel()->clearSelection();
        fields->setCurrentIndex(fields->model()->index(2, 0));
        click(u"removeFieldButton"_s);
        fields->setCurrentIndex(fields->model()->index(1, 0));
        QTest::keyClick(fields, Qt::Key_Delete);
        QTRY_COMPARE(fields->model()->rowCount(), 1);
        QVERIFY2(updateEnabled(), qPrintable(updateToolTip()));

        // Attachments: a disallowed type, then a file that disappears, shown on their rows.
        auto *attachments = widget<QTreeView>(u"attachmentsView"_s);
        const QString exe = TestFiles::write(m_dir.filePath(u"setup.exe"_s), "MZ");
        m_window->addAttachments({exe});
        QCOMPARE(attachments->model()->index(0, AttachmentsModel::ProblemColumn).data().toString(),
                 u"Type not accepted"_s);
        QVERIFY(!updateEnabled());
        QVERIFY(updateToolTip().contains(u"does not accept .exe files"_s));
        attachments->setFocus();
        attachments->setCurrentIndex(attachments->model()->index(0, 0));
        click(u"removeAttachmentButton"_s);
        QCOMPARE(attachments->model()->rowCount(), 0);
        QVERIFY(updateEnabled());

        const QString pdf = TestFiles::write(m_dir.filePath(u"va-a-desaparecer.pdf"_s), "%PDF");
        m_window->addAttachments({pdf});
        QVERIFY(updateEnabled());
        QFile::remove(pdf);
        QTRY_COMPARE(attachments->model()->index(0, AttachmentsModel::ProblemColumn).data().toString(),
                     u"Missing"_s);
        QVERIFY(!updateEnabled());

        // Nothing was sent by any shortcut while the form had problems.
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
        QTest::qWait(50);
        QCOMPARE(historyModel()->rowCount(), 0);
        QCOMPARE(simRequests(), 0);
    }

    void settingsChangeTheChecks()
    {
        fillConnection(m_sim.server());
        fillCase();
        const QString big = TestFiles::sparse(m_dir.filePath(u"grabacion.mp3"_s), 3 * 1024 * 1024);
        m_window->addAttachments({big});
        QVERIFY(updateEnabled());

        m_window->findChild<QAction *>(u"actionSettings"_s)->trigger();
        SettingsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<SettingsDialog *>()) && dialog->isVisible());
        auto *size = dialog->findChild<QSpinBox *>(u"maxFileSizeSpin"_s);
        size->setFocus();
        size->selectAll();
        QTest::keyClicks(size, u"2"_s);
        auto *closed = dialog->findChild<QLineEdit *>(u"closedStatusesEdit"_s);
        closed->selectAll();
        QTest::keyClicks(closed, u"closed, Finalizado"_s);
        QTest::keyClick(dialog, Qt::Key_Return);
        QTRY_VERIFY(!m_window->findChild<SettingsDialog *>());

        QCOMPARE(m_settings->connectionSettings().maxAttachmentBytes, qint64(2) * 1024 * 1024);
        auto *attachments = widget<QTreeView>(u"attachmentsView"_s);
        QCOMPARE(attachments->model()->index(0, AttachmentsModel::ProblemColumn).data().toString(),
                 u"Too large"_s);
        QVERIFY(!updateEnabled());
        QVERIFY(updateToolTip().contains(u"the limit is"_s));

        type(widget<QComboBox>(u"statusCombo"_s), u"finalizado"_s);
        QVERIFY(widget<QPlainTextEdit>(u"solutionEdit"_s)->property("required").toBool());
    }

    void closedStatusRequiresASolution()
    {
        fillConnection(m_sim.server());
        fillCase(u"open"_s);
        auto *solution = widget<QPlainTextEdit>(u"solutionEdit"_s);
        auto *label = widget<QLabel>(u"solutionLabel"_s);
        QVERIFY(updateEnabled());
        QVERIFY(!solution->property("required").toBool());
        QVERIFY(!label->text().contains(u"required"_s));

        // The moment the status is a closed one, the solution is required and highlighted.
        type(widget<QComboBox>(u"statusCombo"_s), u"closed"_s);
        QVERIFY(solution->property("required").toBool());
        QVERIFY(label->text().contains(u"required"_s));
        QVERIFY(label->font().bold());
        QVERIFY(solution->property("problem").toBool());
        QVERIFY(!updateEnabled());
        const QString message = u"The status “closed” closes the case: describe the solution."_s;
        QVERIFY2(updateToolTip().contains(message), qPrintable(updateToolTip()));
        QVERIFY(problemsText().contains(message));

        type(solution, u"Se cambió el router."_s);
        QVERIFY(updateEnabled());
        QVERIFY(!solution->property("problem").toBool());
        QVERIFY(solution->property("required").toBool());

        // Any spelling a CRM uses for a closed status counts.
        type(widget<QComboBox>(u"statusCombo"_s), u"Cerrado"_s);
        QVERIFY(solution->property("required").toBool());
        type(widget<QComboBox>(u"statusCombo"_s), u"closed"_s);

        // Sent with the keyboard shortcut, and stored closed with its solution.
        QSignalSpy finished(m_window.get(), &MainWindow::updateFinished);
        QTest::keyClick(solution, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, NetworkTimeout);
        QCOMPARE(finished.at(0).at(0).value<ApiResult>().outcome, ApiResult::Outcome::Success);
        QVERIFY(solution->toPlainText().endsWith(u"router."_s)); // Ctrl+Return did not add a line
        const QJsonObject stored = m_sim.storedCase(Operation, CaseId);
        QCOMPARE(stored.value(u"status"_s).toString(), u"closed"_s);
        QCOMPARE(stored.value(u"solution"_s).toString(), u"Se cambió el router."_s);
    }

    void rejectionIsExplained()
    {
        fillConnection(m_sim.server());
        fillCase();
        type(widget<QLineEdit>(u"responsibleEdit"_s), u"nadie@modulodeprueba"_s);
        pressUpdateAndWait();
        QCOMPARE(banner()->kind(), MessageBanner::Kind::Error);
        // Explained in the agent's words, with what to do; the CRM's own words are in the details.
        QCOMPARE(banner()->title(), u"The CRM has no user “nadie@modulodeprueba”"_s);
        QVERIFY2(banner()->text().contains(u"must exist in the CRM"_s), qPrintable(banner()->text()));
        QVERIFY(!banner()->text().contains(u"THE RESPONSIBLE USER DOES NOT EXIST"_s));
        click(u"bannerFixFieldButton"_s);
        QCOMPARE(QApplication::focusWidget(), widget<QWidget>(u"responsibleEdit"_s));
        click(u"bannerShowDetailsButton"_s);
        QCOMPARE(QApplication::focusWidget(), widget<QWidget>(u"historyDetails"_s));
        QVERIFY(widget<QTextBrowser>(u"historyDetails"_s)
                    ->toPlainText()
                    .contains(u"THE RESPONSIBLE USER DOES NOT EXIST"_s));
        QCOMPARE(historyCell(0, HistoryModel::HttpColumn), u"400"_s);
        QCOMPARE(historyCell(0, HistoryModel::OutcomeColumn), u"Rejected by the CRM"_s);
        // A rejected responsible is not offered for completion later.
        QVERIFY(!m_settings->responsibles().contains(u"nadie@modulodeprueba"_s));
    }

    void stalledServerCanBeCancelled()
    {
        SimulatorProcess stalled;
        QVERIFY2(stalled.start({u"--fault"_s, u"stall"_s}), qPrintable(stalled.errorText()));
        fillConnection(stalled.server());
        fillCase();
        m_window->addAttachments(
            {TestFiles::write(m_dir.filePath(u"captura.png"_s), QByteArray(300000, 'p'))});
        QVERIFY(updateEnabled());

        click(u"updateButton"_s);
        auto *progress = widget<QProgressBar>(u"progressBar"_s);
        auto *cancel = widget<QPushButton>(u"cancelButton"_s);
        QTRY_VERIFY(progress->isVisible());
        QVERIFY(cancel->isVisible() && cancel->isEnabled());
        QVERIFY(!updateEnabled());
        QCOMPARE(historyCell(0, HistoryModel::OutcomeColumn), u"Sending"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            widget<QLabel>(u"progressLabel"_s)->text().contains(u"waiting for the CRM"_s), NetworkTimeout);

        // The window keeps working while the server says nothing: timers tick. The form cannot be edited
        // while its update is on its way, so it always shows what is being sent.
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(20);
        QTRY_VERIFY(ticks >= 10);
        QVERIFY(widget<QLineEdit>(u"responsibleEdit"_s)->isReadOnly());
        QVERIFY(!widget<QComboBox>(u"statusCombo"_s)->isEnabled());
        QVERIFY(!widget<QWidget>(u"customFieldsView"_s)->isEnabled());
        QVERIFY(!widget<QWidget>(u"attachmentsView"_s)->isEnabled());
        QTest::keyClicks(widget<QLineEdit>(u"responsibleEdit"_s), u"x"_s);
        QCOMPARE(widget<QLineEdit>(u"responsibleEdit"_s)->text(), u"ana@modulodeprueba"_s);
        QVERIFY(m_window->isSending());

        // Progress shows bytes and rate (a slow upload, reported the way ApiJob reports it).
        const auto jobs = m_window->findChildren<ApiJob *>();
        QCOMPARE(jobs.size(), 1);
        Q_EMIT jobs.constFirst()->uploadProgress(qint64(1) << 20, qint64(4) << 20);
        QCOMPARE(progress->maximum(), 1000);
        QCOMPARE(progress->value(), 250);
        const QString bytes = widget<QLabel>(u"progressLabel"_s)->text();
        QVERIFY2(bytes.contains(QLocale().formattedDataSize(qint64(1) << 20, 1))
                     && bytes.contains(QLocale().formattedDataSize(qint64(4) << 20, 1))
                     && bytes.contains(u"/s"_s),
                 qPrintable(bytes));

        // Closing now asks first; keeping the upload going leaves everything as it was.
        m_window->close();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"closeWhileSendingBox"_s))
                    && box->isVisible());
        QVERIFY(m_window->isVisible());
        QTest::mouseClick(box->findChild<QPushButton *>(u"keepSendingButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<QMessageBox *>(u"closeWhileSendingBox"_s));
        QVERIFY(m_window->isVisible());
        QVERIFY(m_window->isSending());
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

        // Esc cancels.
        QSignalSpy finished(m_window.get(), &MainWindow::updateFinished);
        QTest::keyClick(widget<QLineEdit>(u"wolkvoxIdEdit"_s), Qt::Key_Escape);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<ApiResult>().outcome, ApiResult::Outcome::Cancelled);
        QTRY_VERIFY(banner()->isVisible());
        QCOMPARE(banner()->title(), u"Update cancelled"_s);
        QCOMPARE(historyCell(0, HistoryModel::OutcomeColumn), u"Cancelled"_s);
        QVERIFY(!progress->isVisible());
        QVERIFY(!cancel->isVisible());
        QVERIFY(updateEnabled());
        QVERIFY(!widget<QLineEdit>(u"responsibleEdit"_s)->isReadOnly()); // editable again
        QCOMPARE(historyModel()->entry(0).update.responsible, u"ana@modulodeprueba"_s);

        // Closing anyway cancels the upload, and the history says so.
        click(u"updateButton"_s);
        QTRY_VERIFY(m_window->isSending());
        m_window->close();
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"closeWhileSendingBox"_s))
                    && box->isVisible());
        QTest::mouseClick(box->findChild<QPushButton *>(u"closeAnywayButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!m_window->isVisible());
        QVERIFY(!m_window->isSending());
        QCOMPARE(historyModel()->rowCount(), 2);
        QCOMPARE(historyCell(0, HistoryModel::OutcomeColumn), u"Cancelled"_s);
    }

    void loadIntoFormRestoresEveryField()
    {
        // Both files in one request ("file[]"), so that each update is one attempt of the history.
        ConnectionSettings oneRequest = m_settings->connectionSettings();
        oneRequest.attachmentPartName = u"file[]"_s;
        m_settings->setConnectionSettings(oneRequest);
        fillConnection(m_sim.server());
        fillCase(u"closed"_s);
        type(widget<QPlainTextEdit>(u"solutionEdit"_s), u"Línea 1\nLínea 2"_s);
        paste(QString::fromUtf8(R"({"zeta":"1","alfa":"São Paulo","nota":"a\tb"})"));
        const QString png = TestFiles::write(m_dir.filePath(u"captura.png"_s), "\x89PNG\r\n\x1a\n");
        const QString pdf = TestFiles::write(m_dir.filePath(u"informe.pdf"_s), "%PDF");
        m_window->addAttachments({png, pdf});
        const CaseUpdate sent = m_window->currentUpdate();
        QCOMPARE(sent.customFields.size(), 3);
        QCOMPARE(sent.customFields.at(1).value, u"São Paulo"_s);
        pressUpdateAndWait();
        QCOMPARE(banner()->kind(), MessageBanner::Kind::Success);

        // A new case empties the form (Ctrl+N)...
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(widget<QLineEdit>(u"wolkvoxIdEdit"_s)->text(), QString());
        QCOMPARE(widget<QPlainTextEdit>(u"solutionEdit"_s)->toPlainText(), QString());
        QCOMPARE(widget<QTableView>(u"customFieldsView"_s)->model()->rowCount(), 0);
        QCOMPARE(widget<QTreeView>(u"attachmentsView"_s)->model()->rowCount(), 0);
        type(widget<QComboBox>(u"serverCombo"_s), u"crm0001.wolkvox.com"_s);
        type(widget<QLineEdit>(u"operationEdit"_s), u"otra"_s);
        type(widget<QLineEdit>(u"responsibleEdit"_s), u"x@y"_s);
        type(widget<QComboBox>(u"caseTypeCombo"_s), u"Claims"_s);

        // ...and Load into form brings every field of the attempt back.
        auto *history = widget<QTableView>(u"historyView"_s);
        history->setFocus();
        history->setCurrentIndex(history->model()->index(0, 0));
        click(u"loadIntoFormButton"_s);
        // Issue 17: the two files already reached the CRM with this case. They are listed again, unticked,
        // and are sent again only once ticked (before, Load into form attached them again at once).
        auto *attachments = widget<QTreeView>(u"attachmentsView"_s);
        QCOMPARE(attachments->model()->rowCount(), 2);
        CaseUpdate withoutFiles = sent;
        withoutFiles.attachments.clear();
        QCOMPARE(m_window->currentUpdate(), withoutFiles);
        for (int row = 0; row < 2; ++row) {
            const QModelIndex name = attachments->model()->index(row, AttachmentsModel::NameColumn);
            QCOMPARE(name.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
            QCOMPARE(attachments->model()->index(row, AttachmentsModel::ProblemColumn).data().toString(),
                     u"Already sent"_s);
            QVERIFY(attachments->model()->setData(name, Qt::Checked, Qt::CheckStateRole));
        }
        QCOMPARE(m_window->currentUpdate(), sent);
        QCOMPARE(widget<QComboBox>(u"serverCombo"_s)->currentText(), sent.server);
        QCOMPARE(widget<QLineEdit>(u"operationEdit"_s)->text(), Operation);
        QCOMPARE(widget<QLineEdit>(u"wolkvoxIdEdit"_s)->text(), CaseId);
        QCOMPARE(widget<QComboBox>(u"caseTypeCombo"_s)->currentText(), u"Request"_s);
        QCOMPARE(widget<QLineEdit>(u"responsibleEdit"_s)->text(), u"ana@modulodeprueba"_s);
        QCOMPARE(widget<QComboBox>(u"statusCombo"_s)->currentText(), u"closed"_s);
        QCOMPARE(widget<QComboBox>(u"priorityCombo"_s)->currentText(), u"high"_s);
        QCOMPARE(widget<QPlainTextEdit>(u"solutionEdit"_s)->toPlainText(), u"Línea 1\nLínea 2"_s);
        QCOMPARE(widget<QPlainTextEdit>(u"formPreview"_s)->toPlainText(),
                 QString::fromUtf8(R"({"zeta":"1","alfa":"São Paulo","nota":"a\tb"})"));
        QCOMPARE(attachments->model()->index(1, 0).data(AttachmentsModel::PathRole).toString(), pdf);
        QCOMPARE(widget<QLineEdit>(u"tokenEdit"_s)->text(), Token); // the token stays as typed
        QVERIFY(updateEnabled());
        QCOMPARE(banner()->kind(), MessageBanner::Kind::Information);

        // Enter on an attempt does the same; the same case goes out again once the agent says so.
        type(widget<QLineEdit>(u"wolkvoxIdEdit"_s), u"otro"_s);
        history->setFocus();
        QTest::keyClick(history, Qt::Key_Return);
        QCOMPARE(widget<QLineEdit>(u"wolkvoxIdEdit"_s)->text(), CaseId);
        for (int row = 0; row < 2; ++row) {
            attachments->model()->setData(attachments->model()->index(row, AttachmentsModel::NameColumn),
                                          Qt::Checked, Qt::CheckStateRole);
        }
        QSignalSpy finished(m_window.get(), &MainWindow::updateFinished);
        click(u"updateButton"_s);
        QMessageBox *again = nullptr;
        QTRY_VERIFY((again = m_window->findChild<QMessageBox *>(u"sameUpdateAgainBox"_s))
                    && again->isVisible());
        QVERIFY(again->informativeText().contains(u"uploads its 2 file"_s));
        QTest::mouseClick(again->findChild<QPushButton *>(u"sendAgainButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, NetworkTimeout);
        QCOMPARE(historyModel()->rowCount(), 2);
        QCOMPARE(historyModel()->entry(0).update, sent);
    }

    void aLongUnbrokenTextIsKeptWholeAndStaysEditable()
    {
        // A base64 blob or a minified log line pasted into the solution: one 300,000-character word. Laid
        // out at word boundaries it froze the window for minutes (22 s to paste, 25 s per key).
        fillConnection(m_sim.server());
        fillCase(u"closed"_s);
        const QString blob = u"Log: "_s + QString(300000, u'Q');
        auto *solution = widget<QPlainTextEdit>(u"solutionEdit"_s);
        QCOMPARE(solution->wordWrapMode(), QTextOption::WrapAtWordBoundaryOrAnywhere);
        solution->setFocus(Qt::OtherFocusReason);
        QGuiApplication::clipboard()->setText(blob);
        QTest::keyClick(solution, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(solution->toPlainText(), blob);
        QCOMPARE(solution->wordWrapMode(), QTextOption::WrapAnywhere);
        QTest::keyClicks(solution, u"!"_s);
        QCOMPARE(solution->toPlainText(), blob + u'!');
        // The same in a custom field's value, shown in the form's JSON.
        paste(u"traza\t"_s + QString(100000, u'7'));
        auto *preview = widget<QPlainTextEdit>(u"formPreview"_s);
        QTRY_VERIFY(preview->toPlainText().contains(QString(100000, u'7')));
        QCOMPARE(preview->wordWrapMode(), QTextOption::WrapAnywhere);

        // Sent whole, and shown whole in the attempt's details.
        QVERIFY2(updateEnabled(), qPrintable(updateToolTip()));
        pressUpdateAndWait();
        QCOMPARE(banner()->kind(), MessageBanner::Kind::Success);
        QCOMPARE(m_sim.storedCase(Operation, CaseId).value(u"solution"_s).toString(), blob + u'!');
        auto *details = widget<QTextBrowser>(u"historyDetails"_s);
        QTRY_VERIFY(details->toPlainText().contains(blob));
        QCOMPARE(details->wordWrapMode(), QTextOption::WrapAnywhere);

        // Once the long word is gone, lines break between words again.
        type(solution, u"Se reinició el módem y se confirmó el servicio."_s);
        QCOMPARE(solution->wordWrapMode(), QTextOption::WrapAtWordBoundaryOrAnywhere);
    }

    void historyDetailsCanBeCopied()
    {
        fillConnection(m_sim.server());
        fillCase();
        pressUpdateAndWait();
        QGuiApplication::clipboard()->clear();
        click(u"copyHistoryButton"_s);
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY(copied.contains(u"Succesfully update record"_s));
        QVERIFY(copied.contains(CaseId));
        QVERIFY(!copied.contains(Token));
        QGuiApplication::clipboard()->clear();
        auto *history = widget<QTableView>(u"historyView"_s);
        history->setFocus();
        QTest::keyClick(history, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), copied);
    }

    void testConnectionShowsTheQuota()
    {
        fillConnection(m_sim.server());
        QSignalSpy tested(m_window.get(), &MainWindow::connectionTested);
        click(u"testConnectionButton"_s);
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, NetworkTimeout);
        const QString quota = widget<QLabel>(u"quotaLabel"_s)->text();
        QVERIFY2(quota.contains(u"calls left today"_s), qPrintable(quota));
        QVERIFY(quota.contains(QLocale().toString(4800)));

        type(widget<QLineEdit>(u"tokenEdit"_s), u"WRONG"_s);
        QVERIFY(widget<QLabel>(u"quotaLabel"_s)->text().isEmpty()); // a new token is not yet tested
        click(u"testConnectionButton"_s);
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 2, NetworkTimeout);
        QCOMPARE(widget<QLabel>(u"quotaLabel"_s)->text(), u"Not connected"_s);
        QVERIFY(banner()->isVisible());
        QCOMPARE(banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY(banner()->text().contains(u"token"_s));
    }

    void serverIsNormalised()
    {
        auto *server = widget<QComboBox>(u"serverCombo"_s);
        QVERIFY(server->findText(u"crm0001.wolkvox.com"_s) >= 0);
        type(server, u"https://https://crm0001.wolkvox.com/server/API/v2/cases/update.php"_s);
        QCOMPARE(server->currentText(), u"crm0001.wolkvox.com"_s);
        QVERIFY(!widget<QLabel>(u"serverNoticeLabel"_s)->isVisible());

        // A host the vendor switched off is replaced by its successor, and the agent is told.
        type(server, u"sv0001.crmvox.com"_s);
        QCOMPARE(server->currentText(), u"crm0001.wolkvox.com"_s);
        auto *notice = widget<QLabel>(u"serverNoticeLabel"_s);
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(u"switched off"_s));
        QCOMPARE(m_window->currentUpdate().server, u"crm0001.wolkvox.com"_s);

        type(server, u"no es un servidor"_s);
        QVERIFY(server->property("problem").toBool());
        QVERIFY(updateToolTip().contains(u"is not a server address"_s));
    }

    void tokenIsMaskedUntilShown()
    {
        auto *token = widget<QLineEdit>(u"tokenEdit"_s);
        type(token, Token);
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        click(u"showTokenButton"_s);
        QCOMPARE(token->echoMode(), QLineEdit::Normal);
        QCOMPARE(widget<QToolButton>(u"showTokenButton"_s)->text(), u"Hide"_s);
        click(u"showTokenButton"_s);
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        m_window->setToken(u"  spaced  "_s);
        QCOMPARE(token->text(), u"spaced"_s);
    }

    void keyboardOnly()
    {
        // Tab walks the form in visual order.
        widget<QComboBox>(u"serverCombo"_s)->setFocus();
        QStringList visited;
        for (int i = 0; i < 40; ++i) {
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            while (focus && focus->objectName().isEmpty())
                focus = focus->parentWidget(); // a combo's line edit belongs to the combo
            const QString name = focus ? focus->objectName() : QString();
            if (visited.contains(name))
                break;
            visited.append(name);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        const QStringList expected{u"serverCombo"_s,      u"operationEdit"_s,  u"tokenEdit"_s,
                                   u"showTokenButton"_s,  u"wolkvoxIdEdit"_s,  u"caseTypeCombo"_s,
                                   u"responsibleEdit"_s,  u"statusCombo"_s,    u"priorityCombo"_s,
                                   u"solutionEdit"_s,     u"addFieldButton"_s, u"pasteFieldsButton"_s,
                                   u"customFieldsView"_s, u"formPreview"_s,    u"addAttachmentButton"_s,
                                   u"attachmentsView"_s,  u"historyView"_s,    u"historyDetails"_s};
        // Disabled buttons (nothing to test, remove or move yet) are skipped, as Qt does.
        QCOMPARE(visited.mid(0, expected.size()), expected);

        // Mnemonics reach the fields through their labels.
        QTest::keyClick(m_window.get(), Qt::Key_W, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), widget<QWidget>(u"wolkvoxIdEdit"_s));
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), widget<QWidget>(u"solutionEdit"_s));
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), widget<QWidget>(u"customFieldsView"_s));

        // Custom fields from the keyboard: Insert adds and edits, Alt+Down moves, Ctrl+D duplicates, Delete
        // removes.
        auto *fields = widget<QTableView>(u"customFieldsView"_s);
        auto *model = qobject_cast<CustomFieldsModel *>(fields->model());
        QTest::keyClick(fields, Qt::Key_Insert);
        QTest::keyClicks(QApplication::focusWidget(), u"uno"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // the view commits on its next turn
        QTRY_COMPARE(model->field(0).name, u"uno"_s);
        QTest::keyClick(fields, Qt::Key_Insert);
        QTest::keyClicks(QApplication::focusWidget(), u"dos"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(model->field(1).name, u"dos"_s);
        QCOMPARE(model->fields(), (QList<CustomField>{{u"uno"_s, {}}, {u"dos"_s, {}}}));
        QCOMPARE(fields->currentIndex().row(), 1);
        QTest::keyClick(fields, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(model->fields(), (QList<CustomField>{{u"dos"_s, {}}, {u"uno"_s, {}}}));
        QTest::keyClick(fields, Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(model->rowCount(), 3);
        QTest::keyClick(fields, Qt::Key_Delete);
        QCOMPARE(model->fields(), (QList<CustomField>{{u"dos"_s, {}}, {u"uno"_s, {}}}));

        // Every input has an accessible name and a label buddy.
        QList<QWidget *> buddies;
        const auto labels = m_window->findChildren<QLabel *>();
        for (QLabel *label : labels) {
            if (label->buddy())
                buddies.append(label->buddy());
        }
        for (const QString &name :
             {u"serverCombo"_s, u"operationEdit"_s, u"tokenEdit"_s, u"wolkvoxIdEdit"_s, u"caseTypeCombo"_s,
              u"responsibleEdit"_s, u"statusCombo"_s, u"priorityCombo"_s, u"solutionEdit"_s,
              u"customFieldsView"_s, u"formPreview"_s, u"attachmentsView"_s, u"historyView"_s,
              u"historyDetails"_s}) {
            QWidget *input = widget<QWidget>(name);
            QVERIFY2(buddies.contains(input), qPrintable(name + u" has no label"_s));
            QVERIFY2(!input->accessibleName().isEmpty(), qPrintable(name + u" has no accessible name"_s));
        }
    }

    void mnemonicsAreUnique()
    {
        // Every label and button counts, shown or not: the profile bar, the history filters and the date
        // range appear only in some states of the window.
        QCOMPARE(Mnemonics::clashes(m_window.get()), QStringList());
        QCOMPARE(Mnemonics::of(u"Profi&le:"_s), u'l');
        QCOMPARE(Mnemonics::of(u"Fish && &Chips"_s), u'c');
        QCOMPARE(Mnemonics::duplicates({u"&Priority:"_s, u"&Profile:"_s}).size(), 1); // the check can fail

        m_window->showSettings();
        SettingsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<SettingsDialog *>()) && dialog->isVisible());
        QCOMPARE(Mnemonics::clashes(dialog), QStringList());
        dialog->reject();
    }

    void attachmentsByDragAndDrop()
    {
        const QString a = TestFiles::write(m_dir.filePath(u"arrastrado.pdf"_s), "%PDF");
        const QString b = TestFiles::write(m_dir.filePath(u"otro.png"_s), "png");
        auto *view = widget<QTreeView>(u"attachmentsView"_s);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(a)});
        const QPoint at = view->viewport()->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(at, Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &drop);
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(drop.dropAction(), Qt::CopyAction); // the file manager keeps its file

        // Anywhere else on the window works too.
        QMimeData second;
        second.setUrls({QUrl::fromLocalFile(b)});
        QWidget *target = widget<QWidget>(u"historyView"_s)->window();
        QDragEnterEvent enterWindow(QPoint(5, 5), Qt::CopyAction, &second, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enterWindow);
        QVERIFY(enterWindow.isAccepted());
        QDropEvent dropWindow(QPointF(5, 5), Qt::CopyAction, &second, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &dropWindow);
        QCOMPARE(view->model()->rowCount(), 2);
        QCOMPARE(view->model()->index(1, 0).data(AttachmentsModel::PathRole).toString(), b);
    }

    void remembersValuesPerOperationAndCaseType()
    {
        fillConnection(m_sim.server());
        type(widget<QLineEdit>(u"wolkvoxIdEdit"_s), CaseId);
        type(widget<QComboBox>(u"caseTypeCombo"_s), u"Incidentes"_s); // a custom type of the demo operation
        type(widget<QLineEdit>(u"responsibleEdit"_s), u"lucia.ramirez@modulodeprueba"_s);
        type(widget<QComboBox>(u"statusCombo"_s), u"En proceso"_s);
        type(widget<QComboBox>(u"priorityCombo"_s), u"Crítica"_s);
        pressUpdateAndWait();
        QCOMPARE(banner()->kind(), MessageBanner::Kind::Success);

        // A new window on the same settings offers what worked, for this operation and case type.
        m_window->close();
        openWindow();
        QCOMPARE(widget<QLineEdit>(u"operationEdit"_s)->text(), Operation);
        QVERIFY(widget<QComboBox>(u"serverCombo"_s)->currentText().contains(u"127.0.0.1"_s));
        auto *caseType = widget<QComboBox>(u"caseTypeCombo"_s);
        QVERIFY(caseType->findText(u"Request"_s) >= 0);
        QVERIFY(caseType->findText(u"Incidentes"_s) >= 0);
        type(caseType, u"Incidentes"_s);
        QCOMPARE(widget<QComboBox>(u"statusCombo"_s)->itemText(0), u"En proceso"_s);
        QCOMPARE(widget<QComboBox>(u"priorityCombo"_s)->itemText(0), u"Crítica"_s);
        type(caseType, u"Request"_s);
        QCOMPARE(widget<QComboBox>(u"statusCombo"_s)->findText(u"En proceso"_s), -1);
        type(widget<QLineEdit>(u"operationEdit"_s), u"otra"_s);
        QCOMPARE(widget<QComboBox>(u"caseTypeCombo"_s)->findText(u"Incidentes"_s), -1);

        // The responsible is offered for completion.
        QCompleter *completer = widget<QLineEdit>(u"responsibleEdit"_s)->completer();
        QVERIFY(completer);
        completer->setCompletionPrefix(u"lucia"_s);
        QCOMPARE(completer->currentCompletion(), u"lucia.ramirez@modulodeprueba"_s);
    }

    void languageChangeKeepsTheState()
    {
        fillConnection(m_sim.server());
        fillCase(u"closed"_s);
        paste(u"a\t1\na\t2\n\tsin nombre"_s);
        const QString problems = problemsText();
        QVERIFY(problems.contains(u"appears more than once"_s));
        QEvent change(QEvent::LanguageChange);
        QApplication::sendEvent(m_window.get(), &change);
        QCOMPARE(problemsText(), problems);
        QVERIFY(widget<QLabel>(u"solutionLabel"_s)->text().contains(u"required"_s));
        QVERIFY(!updateEnabled());
        QCOMPARE(widget<QToolButton>(u"showTokenButton"_s)->text(), u"Show"_s);
        QVERIFY(banner()->isVisible()); // the paste remark is shown again, not lost
    }

    void layoutIsRemembered()
    {
        m_window->resize(1100, 700);
        auto *splitter = widget<QSplitter>(u"mainSplitter"_s);
        QTRY_VERIFY(splitter->sizes().value(1) > 0);
        splitter->setSizes({300, 300});
        const QList<int> sizes = splitter->sizes();
        auto *header = widget<QTableView>(u"historyView"_s)->horizontalHeader();
        header->resizeSection(HistoryModel::MessageColumn, 333);
        m_window->close();

        openWindow(); // same settings file
        QCOMPARE(m_window->size(), QSize(1100, 700));
        QCOMPARE(widget<QSplitter>(u"mainSplitter"_s)->sizes(), sizes);
        QCOMPARE(widget<QTableView>(u"historyView"_s)
                     ->horizontalHeader()
                     ->sectionSize(HistoryModel::MessageColumn),
                 333);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
