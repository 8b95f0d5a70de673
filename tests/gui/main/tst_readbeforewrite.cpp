#include "core/global.h"
#include "core/history/historystore.h"
#include "core/profiles/settings.h"
#include "core/vocabulary/vocabularystore.h"
#include "gui/history/historymodel.h"
#include "gui/history/historypane.h"
#include "gui/main/mainwindow.h"
#include "gui/widgets/messagebanner.h"
#include "support/simulatorprocess.h"
#include "support/testfiles.h"
#include "support/windowdriver.h"

#include <QAction>
#include <QFileDialog>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolButton>
#include <QtTest>
#include <memory>

namespace {
using namespace WindowDriver;
constexpr int NetworkTimeout = 30000;
const QString Token = QString::fromLatin1(SimulatorProcess::DemoToken);
const QString Operation = QString::fromLatin1(SimulatorProcess::DemoOperation);
const QString CaseId = QString::fromLatin1(SimulatorProcess::DemoCase); // Request, ana, open, low
const QString Incidente = u"6fed0024251189960d22b4608238bd6"_s; // Incidentes, Abierto, Alta
} // namespace

// Issue 16 in the window: Load from CRM, what will change, someone else changed it, the operation's values.
// Driven offscreen by objectName against the simulator, with a real SQLite vocabulary.
class TestReadBeforeWrite : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SimulatorProcess m_sim;
    int m_counter = 0;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<MemoryHistoryStore> m_history;
    std::unique_ptr<VocabularyStore> m_vocabulary;
    std::unique_ptr<MainWindow> m_window;

    template <typename T> T *widget(const QString &name) const { return find<T>(m_window.get(), name); }
    MessageBanner *banner() const { return widget<MessageBanner>(u"banner"_s); }
    QString text(const QString &name) const { return widget<QLabel>(name)->text(); }
    QString comboText(const QString &name) const { return widget<QComboBox>(name)->currentText(); }
    bool updateEnabled() const { return widget<QPushButton>(u"updateButton"_s)->isEnabled(); }
    QJsonObject stored(const QString &id = CaseId) const { return m_sim.storedCase(Operation, id); }
    int queries() const { return m_sim.stats().value(u"queries"_s).toInt(); }
    // Update requests that reached the simulator for the case (queries are counted apart).
    int updateRequests(const QString &id = CaseId) const
    {
        return caseStats(m_sim, Operation, id).value(u"update_requests"_s).toInt();
    }

    void openWindow(const ConnectionSettings &connection = {})
    {
        m_window.reset();
        ++m_counter;
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings-%1.ini"_s.arg(m_counter)));
        m_settings->setConnectionSettings(connection);
        m_network = std::make_unique<QNetworkAccessManager>();
        m_history = std::make_unique<MemoryHistoryStore>();
        m_vocabulary
            = std::make_unique<VocabularyStore>(m_dir.filePath(u"history-%1.sqlite"_s.arg(m_counter)));
        QVERIFY2(m_vocabulary->open(), qPrintable(m_vocabulary->error()));
        m_window = std::make_unique<MainWindow>(m_network.get(), m_settings.get(), m_history.get());
        m_window->setVocabulary(m_vocabulary.get());
        m_window->setServer(m_sim.server());
        m_window->setOperation(Operation);
        m_window->setToken(Token);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    // Types `id` and presses Load from CRM (its button); waits for the load to end.
    bool load(const QString &id)
    {
        type(widget<QLineEdit>(u"wolkvoxIdEdit"_s), id);
        QSignalSpy done(m_window.get(), &MainWindow::caseLoadFinished);
        click(m_window.get(), u"loadFromCrmButton"_s);
        if (!done.wait(NetworkTimeout))
            return false;
        return done.constFirst().constFirst().toBool();
    }

    ApiResult pressUpdate()
    {
        QSignalSpy finished(m_window.get(), &MainWindow::updateFinished);
        click(m_window.get(), u"updateButton"_s);
        if (!finished.wait(NetworkTimeout))
            return {};
        return finished.constFirst().constFirst().value<ApiResult>();
    }

    // The sign beside a field changed since the load, if shown: its tooltip ("Loaded: low").
    QString changeMark(const QString &field) const
    {
        QObject *sign = m_window->findChild<QObject *>(field + u"ChangedSign"_s);
        if (!sign)
            return {};
        if (auto *action = qobject_cast<QAction *>(sign))
            return action->isVisible() ? action->toolTip() : QString();
        auto *button = qobject_cast<QWidget *>(sign);
        return button && button->isVisibleTo(m_window.get()) ? button->toolTip() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ApiResult>();
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sim.start(), qPrintable(m_sim.errorText()));
    }

    void init()
    {
        m_sim.admin(u"/__sim/reset"_s, "POST");
        openWindow();
    }

    void cleanup()
    {
        m_window.reset();
        m_vocabulary.reset();
        m_history.reset();
        m_network.reset();
        m_settings.reset();
    }

    void loadsOneCaseIntoTheForm()
    {
        QVERIFY(!widget<QPushButton>(u"loadFromCrmButton"_s)->isEnabled()); // nothing to load yet
        QVERIFY(load(CaseId));
        QCOMPARE(comboText(u"caseTypeCombo"_s), u"Request"_s);
        QCOMPARE(widget<QLineEdit>(u"responsibleEdit"_s)->text(), u"ana@modulodeprueba"_s);
        QCOMPARE(comboText(u"statusCombo"_s), u"open"_s);
        QCOMPARE(comboText(u"priorityCombo"_s), u"low"_s);
        QCOMPARE(m_window->currentUpdate().customFields,
                 (QList<CustomField>{{u"canal"_s, u"WhatsApp"_s}, {u"ciudad"_s, u"Bogotá"_s}}));
        QCOMPARE(banner()->kind(), MessageBanner::Kind::Information);
        QCOMPARE(banner()->title(), u"Case 1001 (%1) loaded from the CRM"_s.arg(CaseId));
        QVERIFY2(banner()->text().contains(u"As the CRM had it at "_s), qPrintable(banner()->text()));
        QCOMPARE(queries(), 1);
        QVERIFY(m_window->loadedCase().has_value());
        QVERIFY(!m_window->hasUnsentChanges()); // the CRM's values are not the agent's edits

        // Enter in the id field and the shortcut do the same.
        QSignalSpy done(m_window.get(), &MainWindow::caseLoadFinished);
        QTest::keyClick(widget<QLineEdit>(u"wolkvoxIdEdit"_s), Qt::Key_Return);
        QVERIFY(done.wait(NetworkTimeout));
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
        QVERIFY(done.wait(NetworkTimeout));
        QCOMPARE(queries(), 3);
    }

    void severalMatchesOpenAChooser()
    {
        // Digits only: a case number. Three cases share 1042.
        type(widget<QLineEdit>(u"wolkvoxIdEdit"_s), u"1042"_s);
        QVERIFY(widget<QLabel>(u"wolkvoxIdWarningLabel"_s)->isVisible()); // "looks like a case number"
        QSignalSpy done(m_window.get(), &MainWindow::caseLoadFinished);
        QTest::keyClick(widget<QLineEdit>(u"wolkvoxIdEdit"_s), Qt::Key_Return);
        QDialog *chooser = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((chooser = m_window->findChild<QDialog *>(u"caseChooserDialog"_s))
                                     && chooser->isVisible(),
                                 NetworkTimeout);
        auto *view = chooser->findChild<QTableWidget *>(u"caseChooserView"_s);
        QCOMPARE(view->rowCount(), 3);
        QVERIFY(chooser->findChild<QLabel *>(u"chooserIntroLabel"_s)->text().contains(u"“1042”"_s));
        // The keyboard alone: the arrows, then Enter.
        QTRY_COMPARE(QApplication::focusWidget(), view);
        QTest::keyClick(view, Qt::Key_Down);
        const QString second = view->item(1, 1)->text();
        QTest::keyClick(view, Qt::Key_Return); // chooses at once: the case is already read
        QCOMPARE(done.size(), 1);
        QVERIFY(done.constFirst().constFirst().toBool());
        QCOMPARE(widget<QLineEdit>(u"wolkvoxIdEdit"_s)->text(), second);
        QCOMPARE(m_window->loadedCase()->record.caseNumber, u"1042"_s);
        const QString body = m_sim.admin(u"/__sim/last-query"_s).value(u"body"_s).toString();
        QCOMPARE(QJsonDocument::fromJson(body.toUtf8()).object().value(u"field"_s).toString(), u"idCase"_s);
    }

    void noMatchAndHostileAnswersLeaveTheFormAsItWas()
    {
        QVERIFY(!load(u"ffffeeee0000111122223333444455"_s));
        QCOMPARE(banner()->kind(), MessageBanner::Kind::Warning);
        QCOMPARE(banner()->title(), u"No case found"_s);
        QVERIFY(banner()->text().contains(u"ffffeeee0000111122223333444455"_s));
        QVERIFY(comboText(u"statusCombo"_s).isEmpty());
        QCOMPARE(QApplication::focusWidget(), widget<QWidget>(u"wolkvoxIdEdit"_s));

        for (const QString &fault : {u"html502"_s, u"truncated"_s}) {
            SimulatorProcess hostile;
            QVERIFY2(hostile.start({u"--query-fault"_s, fault}), qPrintable(hostile.errorText()));
            m_window->setServer(hostile.server());
            type(widget<QComboBox>(u"priorityCombo"_s), u"medium"_s);
            type(widget<QLineEdit>(u"wolkvoxIdEdit"_s), CaseId);
            QSignalSpy done(m_window.get(), &MainWindow::caseLoadFinished);
            click(m_window.get(), u"loadFromCrmButton"_s);
            // The typed priority would be replaced by the case's: the window asks first.
            answer(m_window.get(), u"loadOverEditsBox"_s, u"loadAndReplaceButton"_s);
            QVERIFY(done.wait(NetworkTimeout));
            QVERIFY(!done.constFirst().constFirst().toBool());
            QCOMPARE(banner()->kind(), MessageBanner::Kind::Error);
            QCOMPARE(banner()->title(), u"The case could not be loaded"_s);
            QVERIFY2(banner()->text().contains(u"Nothing was changed"_s), qPrintable(banner()->text()));
            QCOMPARE(comboText(u"priorityCombo"_s), u"medium"_s); // nothing lost
            QVERIFY(!m_window->loadedCase());
            QVERIFY(!widget<QLineEdit>(u"responsibleEdit"_s)->isReadOnly());
        }
    }

    void aSlowLoadKeepsTheFormReadOnlyAndCanBeCancelled()
    {
        SimulatorProcess slow;
        QVERIFY2(slow.start({u"--query-delay-ms"_s, u"20000"_s}), qPrintable(slow.errorText()));
        m_window->setServer(slow.server());
        type(widget<QLineEdit>(u"wolkvoxIdEdit"_s), CaseId);
        QSignalSpy done(m_window.get(), &MainWindow::caseLoadFinished);
        click(m_window.get(), u"loadFromCrmButton"_s);
        QTRY_VERIFY(widget<QProgressBar>(u"progressBar"_s)->isVisible());
        QVERIFY(m_window->isBusy());
        QVERIFY(widget<QLineEdit>(u"wolkvoxIdEdit"_s)->isReadOnly());
        QVERIFY(!widget<QComboBox>(u"statusCombo"_s)->isEnabled());
        QVERIFY(!updateEnabled());
        QVERIFY(text(u"progressLabel"_s).contains(CaseId));
        QTest::keyClick(widget<QLineEdit>(u"wolkvoxIdEdit"_s), Qt::Key_Escape); // Esc cancels
        QTRY_COMPARE(done.size(), 1);
        QVERIFY(!done.constFirst().constFirst().toBool());
        QCOMPARE(banner()->title(), u"Loading cancelled"_s);
        QVERIFY(!m_window->isBusy());
        QVERIFY(!widget<QLineEdit>(u"wolkvoxIdEdit"_s)->isReadOnly());
        QVERIFY(!widget<QProgressBar>(u"progressBar"_s)->isVisible());
    }

    void loadingOverUnsentEditsAsksFirst()
    {
        QVERIFY(load(CaseId));
        type(widget<QComboBox>(u"priorityCombo"_s), u"high"_s);
        QSignalSpy done(m_window.get(), &MainWindow::caseLoadFinished);
        click(m_window.get(), u"loadFromCrmButton"_s);
        // Cancel keeps the edit and reads nothing; "Load and replace" reads the case again.
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"loadOverEditsBox"_s)) && box->isVisible());
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!m_window->findChild<QMessageBox *>(u"loadOverEditsBox"_s));
        QCOMPARE(comboText(u"priorityCombo"_s), u"high"_s);
        QCOMPARE(queries(), 1);
        click(m_window.get(), u"loadFromCrmButton"_s);
        answer(m_window.get(), u"loadOverEditsBox"_s, u"loadAndReplaceButton"_s);
        QVERIFY(done.wait(NetworkTimeout));
        QCOMPARE(comboText(u"priorityCombo"_s), u"low"_s);
        QCOMPARE(queries(), 2);
    }

    void changesAreMarkedSummedUpAndNeededToSend()
    {
        QVERIFY(load(CaseId));
        // Nothing changed: nothing to send.
        QVERIFY(!updateEnabled());
        QVERIFY(text(u"changeSummaryLabel"_s).contains(u"No change yet"_s));
        QVERIFY(text(u"problemsLabel"_s).contains(u"Nothing to send yet"_s));
        QVERIFY(changeMark(u"priorityCombo"_s).isEmpty());

        type(widget<QComboBox>(u"priorityCombo"_s), u"high"_s);
        type(widget<QLineEdit>(u"responsibleEdit"_s), u"carlos@modulodeprueba"_s);
        type(widget<QPlainTextEdit>(u"solutionEdit"_s), u"Se cambió el plan."_s);
        QVERIFY(updateEnabled());
        const QString summary = text(u"changeSummaryLabel"_s);
        QVERIFY2(summary.contains(u"priority: low → high"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"responsible: ana@modulodeprueba → carlos@modulodeprueba"_s),
                 qPrintable(summary));
        // Marked in place, not by colour alone: a sign whose tooltip says what was loaded.
        QCOMPARE(changeMark(u"priorityCombo"_s), u"Loaded: low"_s);
        QCOMPARE(changeMark(u"responsibleEdit"_s), u"Loaded: ana@modulodeprueba"_s);
        QCOMPARE(changeMark(u"solutionEdit"_s), u"Loaded empty"_s);
        QVERIFY(changeMark(u"statusCombo"_s).isEmpty());
        QVERIFY(widget<QWidget>(u"priorityCombo"_s)->accessibleDescription().contains(u"Loaded: low"_s));

        // Back to the loaded values: nothing to send again, no marks.
        type(widget<QComboBox>(u"priorityCombo"_s), u"low"_s);
        type(widget<QLineEdit>(u"responsibleEdit"_s), u"ana@modulodeprueba"_s);
        type(widget<QPlainTextEdit>(u"solutionEdit"_s), QString());
        QVERIFY(!updateEnabled());
        QVERIFY(changeMark(u"priorityCombo"_s).isEmpty());
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier); // does nothing
        QCOMPARE(updateRequests(), 0);
    }

    void someoneElseChangedIt_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("priority");
        QTest::addColumn<int>("updates");
        QTest::newRow("keep theirs") << u"keepTheirsButton"_s << u"in progress"_s << u"high"_s << 1;
        QTest::newRow("overwrite") << u"overwriteButton"_s << u"open"_s << u"high"_s << 1;
        QTest::newRow("cancel") << u"cancelConflictButton"_s << u"in progress"_s << u"low"_s << 0;
    }
    void someoneElseChangedIt()
    {
        QFETCH(QString, choice);
        QFETCH(QString, status);
        QFETCH(QString, priority);
        QFETCH(int, updates);
        QVERIFY(load(CaseId));
        type(widget<QComboBox>(u"priorityCombo"_s), u"high"_s);
        // Another agent moves the case on between the load and the press of Update.
        QCOMPARE(changeCase(m_sim,
                            {{u"operation"_s, Operation}, {u"id"_s, CaseId}, {u"status"_s, u"in progress"_s}})
                     .value(u"status"_s)
                     .toString(),
                 u"in progress"_s);

        QSignalSpy finished(m_window.get(), &MainWindow::updateFinished);
        click(m_window.get(), u"updateButton"_s);
        QDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<QDialog *>(u"conflictDialog"_s))
                                     && dialog->isVisible(),
                                 NetworkTimeout);
        // Nothing is sent until the agent chooses: the load and the check before sending were the only calls.
        QCOMPARE(caseStats(m_sim, Operation, CaseId).value(u"queries"_s).toInt(), 2);
        QCOMPARE(updateRequests(), 0);
        auto *view = dialog->findChild<QTableWidget *>(u"conflictView"_s);
        QStringList rows;
        for (int row = 0; row < view->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < view->columnCount(); ++column)
                cells.append(view->item(row, column)->text());
            rows.append(cells.join(u" | "_s));
        }
        QVERIFY2(rows.contains(u"status | open | in progress | open"_s), qPrintable(rows.join(u'\n')));
        QVERIFY2(rows.contains(u"priority | low | low | high"_s), qPrintable(rows.join(u'\n')));
        QTest::mouseClick(dialog->findChild<QPushButton *>(choice), Qt::LeftButton);

        if (updates > 0) {
            QVERIFY(finished.wait(NetworkTimeout));
            QVERIFY(finished.constFirst().constFirst().value<ApiResult>().isSuccess());
            // The attempt keeps the case as read just before sending as its "before".
            QCOMPARE(m_history->entry(0).baseline.value(u"status"_s).toString(), u"in progress"_s);
        } else {
            QTRY_COMPARE(banner()->title(), u"Nothing was sent"_s);
            QCOMPARE(m_history->count(), 0);
        }
        QCOMPARE(stored().value(u"status"_s).toString(), status);
        QCOMPARE(stored().value(u"priority"_s).toString(), priority);
        QCOMPARE(caseStats(m_sim, Operation, CaseId).value(u"update_requests"_s).toInt(), updates);
        QCOMPARE(caseStats(m_sim, Operation, CaseId).value(u"queries"_s).toInt(), 2);
        // Keeping theirs shows their value in the form, under what was sent.
        if (choice == u"keepTheirsButton"_s)
            QCOMPARE(comboText(u"statusCombo"_s), u"in progress"_s);
        // The dialog gone, the window has the keyboard again: its shortcuts work without a click into it.
        QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
    }

    void theCheckBeforeSendingCanBeTurnedOff()
    {
        ConnectionSettings noCheck;
        noCheck.checkCaseBeforeSending = false;
        openWindow(noCheck);
        QVERIFY(load(CaseId));
        type(widget<QComboBox>(u"priorityCombo"_s), u"medium"_s);
        changeCase(m_sim, {{u"operation"_s, Operation}, {u"id"_s, CaseId}, {u"status"_s, u"in progress"_s}});
        QVERIFY(pressUpdate().isSuccess());
        QCOMPARE(caseStats(m_sim, Operation, CaseId).value(u"queries"_s).toInt(), 1); // the load only
        QCOMPARE(stored().value(u"status"_s).toString(), u"open"_s); // what the form said, as asked
    }

    void theListsOfferWhatTheOperationUses()
    {
        // An operation's own values, learned from a loaded case, come first for its case type.
        QVERIFY(load(Incidente));
        auto *status = widget<QComboBox>(u"statusCombo"_s);
        auto *priority = widget<QComboBox>(u"priorityCombo"_s);
        QCOMPARE(status->itemText(0), u"Abierto"_s);
        QCOMPARE(status->findText(u"open"_s), -1); // the generic suggestions are gone for this type
        QCOMPARE(priority->itemText(0), u"Alta"_s);
        QVERIFY(widget<QComboBox>(u"caseTypeCombo"_s)->findText(u"Incidentes"_s) >= 0);

        // A status the CRM refuses for the type is not offered again, and the banner says so in the
        // agent's words with a button to the field; the CRM's words stay in the details.
        m_vocabulary->recordCase(Operation, [] {
            CaseRecord r;
            r.wolkvoxId = Incidente;
            r.caseType = u"Incidentes"_s;
            r.status = u"Pendiente"_s;
            r.setPresent(CaseRecord::Field::CaseType);
            r.setPresent(CaseRecord::Field::Status);
            return r;
        }());
        type(widget<QComboBox>(u"caseTypeCombo"_s), u"Incidentes"_s);
        QVERIFY(status->findText(u"Pendiente"_s) >= 0);
        type(status, u"Pendiente"_s);
        QCOMPARE(pressUpdate().outcome, ApiResult::Outcome::Rejected);
        QCOMPARE(banner()->title(), u"The CRM has no status “Pendiente” for the case type “Incidentes”"_s);
        QVERIFY(!banner()->text().contains(u"DOES NOT EXIST"_s));
        QCOMPARE(status->findText(u"Pendiente"_s), -1);
        click(m_window.get(), u"bannerFixFieldButton"_s);
        QCOMPARE(QApplication::focusWidget(), status); // its line edit has the combo as focus proxy

        // Whether a status closes is learned from the CRM asking for a solution, and then asked for first.
        // "rejected" closes a complaint in this CRM but is not among the profile's closed statuses.
        type(widget<QComboBox>(u"caseTypeCombo"_s), u"Complaints"_s);
        type(status, u"rejected"_s);
        type(priority, u"high"_s);
        QVERIFY(!widget<QPlainTextEdit>(u"solutionEdit"_s)->property("required").toBool());
        QCOMPARE(pressUpdate().outcome, ApiResult::Outcome::Rejected);
        QCOMPARE(banner()->title(), u"The status “rejected” needs a solution"_s);
        QVERIFY(widget<QPlainTextEdit>(u"solutionEdit"_s)->property("required").toBool());
        QVERIFY(!updateEnabled());
        QCOMPARE(m_vocabulary->isClosed(Operation, u"Complaints"_s, u"rejected"_s),
                 std::optional<bool>(true));
        // ...and it can be set by hand.
        QAction *closes = m_window->findChild<QAction *>(u"actionStatusCloses"_s);
        QVERIFY(closes->isEnabled() && closes->isChecked());
        closes->trigger();
        QCOMPARE(m_vocabulary->isClosed(Operation, u"Complaints"_s, u"rejected"_s),
                 std::optional<bool>(false));
        QVERIFY(!widget<QPlainTextEdit>(u"solutionEdit"_s)->property("required").toBool());
    }

    void theValueListsTravelAsAFile()
    {
        QVERIFY(load(Incidente)); // something to export
        const QString exported = m_dir.filePath(u"equipo.csv"_s);
        m_window->findChild<QAction *>(u"actionExportValueLists"_s)->trigger();
        QFileDialog *save = nullptr;
        QTRY_VERIFY((save = m_window->findChild<QFileDialog *>(u"valueListsExportDialog"_s))
                    && save->isVisible());
        save->selectFile(exported);
        QTest::keyClick(save, Qt::Key_Return);
        QTRY_COMPARE(banner()->title(), u"Value lists exported"_s);
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.contains("modulodeprueba,status,Incidentes,Abierto"));

        // A team's file with a problem is refused whole, saying where; nothing is learned from it.
        const QString broken = TestFiles::write(
            m_dir.filePath(u"roto.csv"_s),
            "operation,kind,case_type,value,uses,last_used_ms,refused,closed,closed_by_hand\n"
            "modulodeprueba,status,Incidentes,En espera,3,0,no,,no\n"
            "modulodeprueba,colour,Incidentes,rojo,1,0,no,,no\n");
        const auto importFile = [this](const QString &path) {
            m_window->findChild<QAction *>(u"actionImportValueLists"_s)->trigger();
            QFileDialog *open = nullptr;
            QTRY_VERIFY((open = m_window->findChild<QFileDialog *>(u"valueListsImportDialog"_s))
                        && open->isVisible());
            // The path typed into the name field (selectFile() leaves a focused field alone), then Open.
            auto *name = open->findChild<QLineEdit *>(u"fileNameEdit"_s);
            QVERIFY(name);
            name->setText(path);
            const QPointer<QFileDialog> dialog = open; // it deletes itself once closed
            static_cast<QDialog *>(open)->accept(); // Return would go to the name completer's popup
            QTRY_VERIFY(!dialog || !dialog->isVisible());
        };
        importFile(broken);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY(banner()->title().startsWith(u"Nothing was imported"_s));
        QCOMPARE(banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY2(banner()->text().contains(u"3"_s), qPrintable(banner()->text())); // the line
        QVERIFY(!m_vocabulary->statuses(Operation, u"Incidentes"_s).contains(u"En espera"_s));

        TestFiles::write(broken,
                         "operation,kind,case_type,value,uses,last_used_ms,refused,closed,closed_by_hand\n"
                         "modulodeprueba,status,Incidentes,En espera,3,0,no,,no\n");
        importFile(broken);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY2(banner()->title().startsWith(u"Value lists imported"_s), qPrintable(banner()->title()));
        QVERIFY2(banner()->text().startsWith(u"1 new value"_s), qPrintable(banner()->text()));
        type(widget<QComboBox>(u"caseTypeCombo"_s), u"Incidentes"_s);
        QVERIFY(widget<QComboBox>(u"statusCombo"_s)->findText(u"En espera"_s) >= 0);
    }

    void theHistoryShowsTheChangesAndLoadsTheBaselineBack()
    {
        QVERIFY(load(CaseId));
        type(widget<QComboBox>(u"priorityCombo"_s), u"high"_s);
        QVERIFY(pressUpdate().isSuccess());
        // Sent: the CRM has these values now, so the form has nothing left to send.
        QVERIFY(!updateEnabled());
        QCOMPARE(m_history->entry(0).baseline.value(u"priority"_s).toString(), u"low"_s);
        const QString details = widget<QTextBrowser>(u"historyDetails"_s)->toPlainText();
        QVERIFY2(details.contains(u"Changes to the case as loaded"_s), qPrintable(details));
        QVERIFY2(details.contains(u"low → high"_s), qPrintable(details));

        // Load into form brings the attempt back over the case as it was loaded before it.
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(!m_window->loadedCase());
        auto *history = widget<QTableView>(u"historyView"_s);
        history->setCurrentIndex(history->model()->index(0, 0));
        click(m_window.get(), u"loadIntoFormButton"_s);
        QVERIFY(m_window->loadedCase());
        QCOMPARE(m_window->loadedCase()->record.priority, u"low"_s);
        QVERIFY(text(u"changeSummaryLabel"_s).contains(u"priority: low → high"_s));
        QCOMPARE(changeMark(u"priorityCombo"_s), u"Loaded: low"_s);
    }
};

QTEST_MAIN(TestReadBeforeWrite)
#include "tst_readbeforewrite.moc"
