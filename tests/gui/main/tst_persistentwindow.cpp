#include "core/global.h"
#include "core/history/historyexporter.h"
#include "core/history/sqlitehistorystore.h"
#include "core/profiles/draftstore.h"
#include "core/profiles/profilestore.h"
#include "core/profiles/secretstore.h"
#include "core/profiles/settings.h"
#include "core/storage/historydatabase.h"
#include "gui/history/historymodel.h"
#include "gui/history/historypane.h"
#include "gui/main/mainwindow.h"
#include "gui/widgets/messagebanner.h"
#include "support/persistencetest.h"
#include "support/simulatorprocess.h"
#include "support/windowdriver.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
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

HistoryEntry attempt(const QString &caseId, ApiResult::Outcome outcome, const QDateTime &time,
                     const QString &responsible = u"ana"_s)
{
    HistoryEntry e;
    e.time = time;
    e.update.server = u"crm.example.com"_s;
    e.update.operation = u"op"_s;
    e.update.wolkvoxId = caseId;
    e.update.responsible = responsible;
    e.state = HistoryEntry::State::Done;
    e.result.outcome = outcome;
    e.result.msg = u"answer for %1"_s.arg(caseId);
    return e;
}
} // namespace

// The window over the real persistence: the history database, filters and export, and drafts.
class TestPersistentWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SimulatorProcess m_sim;
    int m_counter = 0;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SqliteHistoryStore> m_history;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<MainWindow> m_window;

    QString path(const QString &name) const { return m_dir.filePath(u"%1-%2"_s.arg(m_counter).arg(name)); }
    QString databasePath() const { return path(u"history.sqlite"_s); }

    template <typename T> T *widget(const QString &name) const
    {
        T *found = m_window->findChild<T *>(name);
        if (!found)
            qWarning("no widget named %s", qPrintable(name));
        return found;
    }

    void openWindow(bool withDrafts = false)
    {
        m_window.reset();
        m_history.reset();
        m_settings = std::make_unique<Settings>(path(u"settings.ini"_s));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_history = std::make_unique<SqliteHistoryStore>(databasePath());
        QVERIFY2(m_history->open(), qPrintable(m_history->error()));
        m_window = std::make_unique<MainWindow>(m_network.get(), m_settings.get(), m_history.get());
        if (withDrafts) {
            m_drafts = std::make_unique<DraftStore>(path(u"draft.json"_s));
            m_window->setDraftStore(m_drafts.get());
            m_window->setDraftDelay(20);
        }
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void fillAll()
    {
        type(widget<QComboBox>(u"serverCombo"_s), m_sim.server());
        type(widget<QLineEdit>(u"operationEdit"_s), Operation);
        type(widget<QLineEdit>(u"tokenEdit"_s), Token);
        type(widget<QLineEdit>(u"wolkvoxIdEdit"_s), CaseId);
        type(widget<QComboBox>(u"caseTypeCombo"_s), u"Request"_s);
        type(widget<QLineEdit>(u"responsibleEdit"_s), u"ana@modulodeprueba"_s);
        type(widget<QComboBox>(u"statusCombo"_s), u"open"_s);
        type(widget<QComboBox>(u"priorityCombo"_s), u"high"_s);
    }

    // The token `secrets` holds for `id`, empty when none (waits for the asynchronous answer).
    QString tokenOf(SecretStore &secrets, const QString &id)
    {
        QSignalSpy read(&secrets, &SecretStore::tokenRead);
        secrets.readToken(id);
        if (!read.wait(5000))
            return u"<no answer>"_s;
        const auto result = read.at(0).at(0).value<SecretStore::Result>();
        return result.ok() ? result.token : QString();
    }

    HistoryModel *model() const { return m_window->historyPane()->model(); }

    // Ten attempts over three days, written before the window opens.
    void seedHistory()
    {
        SqliteHistoryStore seed(databasePath());
        QVERIFY(seed.open());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 10; ++i) {
            const auto outcome = i % 3 == 0 ? ApiResult::Outcome::Rejected : ApiResult::Outcome::Success;
            QVERIFY(seed.add(attempt(u"case-%1"_s.arg(i, 2, 10, QChar(u'0')), outcome,
                                     now.addDays(-(i % 3) * 10), i == 4 ? u"zoé"_s : u"ana"_s))
                    > 0);
        }
    }

    // Every part of the form, typed, pasted and dropped as an agent would; returns the case as typed.
    CaseUpdate editEveryField()
    {
        const QString evidence = path(u"evidencia.pdf"_s);
        {
            QFile file(evidence);
            if (!file.open(QIODevice::WriteOnly))
                qWarning("cannot write %s", qPrintable(evidence));
            file.write("%PDF-1.4");
        }
        type(widget<QLineEdit>(u"wolkvoxIdEdit"_s), u"draft-case"_s);
        type(widget<QComboBox>(u"caseTypeCombo"_s), u"Claims"_s);
        type(widget<QLineEdit>(u"responsibleEdit"_s), u"ana@modulodeprueba"_s);
        type(widget<QComboBox>(u"statusCombo"_s), u"closed"_s);
        type(widget<QComboBox>(u"priorityCombo"_s), u"high"_s);
        auto *solution = widget<QPlainTextEdit>(u"solutionEdit"_s);
        solution->setFocus(Qt::OtherFocusReason);
        QTest::keyClicks(solution, u"Replaced the router"_s);
        QTest::keyClick(solution, Qt::Key_Return);
        QTest::keyClicks(solution, u"and tested it"_s);
        QGuiApplication::clipboard()->setText(u"ciudad\tMedellin\nnota\tllamar luego"_s);
        QTest::mouseClick(widget<QToolButton>(u"pasteFieldsButton"_s), Qt::LeftButton);
        m_window->addAttachments({evidence, path(u"moved-away.png"_s)});
        const CaseUpdate typed = m_window->currentUpdate();
        if (typed.customFields.size() != 2 || typed.attachments.size() != 2
            || typed.solution != u"Replaced the router\nand tested it"_s)
            qWarning("the form was not filled as expected");
        return typed;
    }

    static CaseUpdate casePart(CaseUpdate update)
    {
        update.server.clear();
        update.operation.clear();
        return update;
    }

    void restoreOfferedDraft()
    {
        m_window->offerDraftRestore();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"restoreDraftBox"_s)) && box->isVisible());
        QVERIFY(box->text().startsWith(u"Restore the unsent case from "_s));
        QVERIFY(box->informativeText().contains(u"draft-case"_s));
        QTest::mouseClick(box->findChild<QPushButton *>(u"restoreDraftButton"_s), Qt::LeftButton);
        QTRY_COMPARE(widget<QLineEdit>(u"wolkvoxIdEdit"_s)->text(), u"draft-case"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ApiResult>();
        qRegisterMetaType<HistoryExporter::Result>();
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sim.start(), qPrintable(m_sim.errorText()));
    }

    void init() { ++m_counter; }

    void cleanup()
    {
        m_window.reset();
        m_history.reset();
        m_drafts.reset();
        m_network.reset();
        m_settings.reset();
    }

    void attemptIsWrittenBeforeSendingAndHashed()
    {
        openWindow();
        const QString file = path(u"evidence.csv"_s);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("evidence");
        }
        fillAll();
        m_window->addAttachments({file});
        QTRY_VERIFY2(widget<QPushButton>(u"updateButton"_s)->isEnabled(),
                     qPrintable(widget<QLabel>(u"problemsLabel"_s)->text()));

        QSignalSpy finished(m_window.get(), &MainWindow::updateFinished);
        m_window->sendUpdate();
        // Before the event loop ran a single network step, the attempt is in the file as "sending".
        {
            SqliteHistoryStore reader(databasePath());
            QVERIFY(reader.open());
            QCOMPARE(reader.totalCount(), 1);
            QCOMPARE(reader.entry(0).state, HistoryEntry::State::Sending);
            QCOMPARE(reader.entry(0).update.wolkvoxId, CaseId);
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, NetworkTimeout);
        const QString sha
            = QString::fromLatin1(QCryptographicHash::hash("evidence", QCryptographicHash::Sha256).toHex());
        QTRY_COMPARE(m_history->entry(0).attachmentSha256, QStringList{sha});
        QCOMPARE(m_history->entry(0).state, HistoryEntry::State::Done);
        QCOMPARE(m_history->entry(0).attachmentSizes, QList<qint64>{8});
    }

    void interruptedAttemptsAreAnnounced()
    {
        seedHistory();
        {
            // A session that died while sending: its lock is gone, its row still says "sending".
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"crasher"_s);
            db.setDatabaseName(databasePath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(
                u"UPDATE attempts SET state = 'sending', session = 'gone' WHERE wolkvox_id = 'case-01'"_s));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"crasher"_s);

        openWindow();
        QCOMPARE(m_history->interruptedOnOpen(), 1);
        auto *banner = widget<MessageBanner>(u"banner"_s);
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(banner->kind(), MessageBanner::Kind::Warning);
        QVERIFY(banner->text().contains(u"Interrupted — check the case"_s));

        int interruptedRow = -1;
        for (int r = 0; r < model()->rowCount(); ++r) {
            if (model()->entry(r).isInterrupted())
                interruptedRow = r;
        }
        QVERIFY(interruptedRow >= 0);
        QCOMPARE(model()->data(model()->index(interruptedRow, HistoryModel::OutcomeColumn)).toString(),
                 u"Interrupted — check the case"_s);
        QVERIFY(!model()
                     ->data(model()->index(interruptedRow, HistoryModel::TimeColumn), Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
    }

    void searchFilterAndSortGoThroughTheQuery()
    {
        seedHistory();
        openWindow();
        auto *search = widget<QLineEdit>(u"historySearchEdit"_s);
        auto *outcome = widget<QComboBox>(u"historyOutcomeCombo"_s);
        auto *dates = widget<QComboBox>(u"historyDateCombo"_s);
        QVERIFY(search && outcome && dates);
        QVERIFY(search->isVisible() && outcome->isVisible() && dates->isVisible());
        QVERIFY(!m_window->historyPane()->view()->isSortingEnabled());
        QCOMPARE(model()->rowCount(), 10);

        type(search, u"case-0"_s);
        QTRY_COMPARE(m_history->query().search, u"case-0"_s);
        QCOMPARE(model()->rowCount(), 10);
        type(search, u"zoé"_s);
        QTRY_COMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->entry(0).update.wolkvoxId, u"case-04"_s);
        type(search, QString());
        QTRY_COMPARE(model()->rowCount(), 10);

        // Outcome: rejected ones are 0, 3, 6, 9.
        outcome->setCurrentIndex(outcome->findText(u"All outcomes"_s) + 2); // Success, then Rejected
        Q_EMIT outcome->activated(outcome->currentIndex());
        QCOMPARE(m_history->query().outcomes, QList<ApiResult::Outcome>{ApiResult::Outcome::Rejected});
        QCOMPARE(model()->rowCount(), 4);
        outcome->setCurrentIndex(0);
        Q_EMIT outcome->activated(0);
        QCOMPARE(model()->rowCount(), 10);

        // Dates: today holds i % 3 == 0 (0, 3, 6, 9); the last 30 days hold everything.
        dates->setCurrentIndex(dates->findText(u"Today"_s));
        Q_EMIT dates->activated(dates->currentIndex());
        QVERIFY(m_history->query().from.isValid());
        QCOMPARE(model()->rowCount(), 4);
        dates->setCurrentIndex(dates->findText(u"Last 7 days"_s));
        Q_EMIT dates->activated(dates->currentIndex());
        QCOMPARE(model()->rowCount(), 4);
        dates->setCurrentIndex(dates->findText(u"Last 30 days"_s));
        Q_EMIT dates->activated(dates->currentIndex());
        QCOMPARE(model()->rowCount(), 10);

        // A click on the Case header sorts in the database, not in the view.
        QHeaderView *header = m_window->historyPane()->view()->horizontalHeader();
        const int x = header->sectionViewportPosition(HistoryModel::CaseColumn)
            + header->sectionSize(HistoryModel::CaseColumn) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QCOMPARE(m_history->query().sortColumn, HistoryQuery::Column::CaseId);
        const Qt::SortOrder first = m_history->query().sortOrder;
        const QString top = model()->entry(0).update.wolkvoxId;
        QCOMPARE(top, first == Qt::AscendingOrder ? u"case-00"_s : u"case-09"_s);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QVERIFY(m_history->query().sortOrder != first);
        QCOMPARE(model()->entry(0).update.wolkvoxId,
                 first == Qt::AscendingOrder ? u"case-09"_s : u"case-00"_s);
    }

    void exportWritesTheFilteredRows_data()
    {
        QTest::addColumn<HistoryExporter::Format>("format");
        QTest::newRow("csv") << HistoryExporter::Format::Csv;
        QTest::newRow("json") << HistoryExporter::Format::Json;
    }

    void exportWritesTheFilteredRows()
    {
        QFETCH(HistoryExporter::Format, format);
        seedHistory();
        openWindow();
        QVERIFY(widget<QPushButton>(u"exportCsvButton"_s)->isVisible());
        QVERIFY(widget<QPushButton>(u"exportJsonButton"_s)->isVisible());
        type(widget<QLineEdit>(u"historySearchEdit"_s), u"zoé"_s);

        HistoryPane *pane = m_window->historyPane();
        QSignalSpy done(pane, &HistoryPane::exportFinished);
        const QString out = path(u"export.out"_s);
        // The search is still waiting for its delay: the export applies it first.
        QVERIFY(pane->exportTo(format, out));
        QVERIFY(pane->isExporting());
        QVERIFY(!widget<QPushButton>(u"exportCsvButton"_s)->isEnabled());
        QVERIFY(done.wait(10000));
        const auto result = done.at(0).at(0).value<HistoryExporter::Result>();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rows, 1);
        QVERIFY(widget<QPushButton>(u"exportCsvButton"_s)->isEnabled());
        QVERIFY(widget<QLabel>(u"historyExportLabel"_s)->text().contains(u"Exported 1 attempt"_s));

        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("case-04"));
        QVERIFY(!bytes.contains("case-05"));
    }

    void customDateRangeFiltersAndExports()
    {
        // The agent is five hours behind UTC: the local days' edges fall on other UTC days.
        const PersistenceTest::LocalZone local("<-05>5");
        const QDate first(2024, 3, 4);
        const QDate last(2024, 3, 6);
        const auto at = [](QDate day, QTime time) { return QDateTime(day, time, Qt::LocalTime).toUTC(); };
        {
            SqliteHistoryStore seed(databasePath());
            QVERIFY(seed.open());
            const QList<std::pair<QString, QDateTime>> attempts{
                {u"before-first"_s, at(first.addDays(-1), QTime(23, 59, 59))},
                {u"first-0000"_s, at(first, QTime(0, 0))},
                {u"first-2359"_s, at(first, QTime(23, 59, 59))},
                {u"last-0000"_s, at(last, QTime(0, 0))},
                {u"last-2359"_s, at(last, QTime(23, 59, 59))},
                {u"after-last"_s, at(last.addDays(1), QTime(0, 0))},
            };
            for (const auto &[id, time] : attempts)
                QVERIFY(seed.add(attempt(id, ApiResult::Outcome::Success, time)) > 0);
        }
        openWindow();
        auto *dates = widget<QComboBox>(u"historyDateCombo"_s);
        auto *range = widget<QWidget>(u"historyRangeWidget"_s);
        auto *from = widget<QDateEdit>(u"historyFromEdit"_s);
        auto *to = widget<QDateEdit>(u"historyToEdit"_s);
        QVERIFY(dates && range && from && to);
        QVERIFY(!range->isVisible());
        QCOMPARE(model()->rowCount(), 6);
        const auto ids = [this] {
            QStringList list;
            for (int row = 0; row < model()->rowCount(); ++row)
                list.append(model()->entry(row).update.wolkvoxId);
            list.sort();
            return list;
        };

        // Last 7 days, then a custom range: it starts as those seven days, with calendars and full years.
        dates->setCurrentIndex(dates->findText(u"Last 7 days"_s));
        Q_EMIT dates->activated(dates->currentIndex());
        const int custom = dates->findText(u"Custom range…"_s);
        QVERIFY(custom > 0);
        dates->setCurrentIndex(custom);
        Q_EMIT dates->activated(custom);
        QVERIFY(range->isVisible());
        QVERIFY(from->calendarPopup() && to->calendarPopup());
        QVERIFY2(from->displayFormat().contains(u"yyyy"_s), qPrintable(from->displayFormat()));
        QCOMPARE(from->date(), QDate::currentDate().addDays(-6));
        QCOMPARE(to->date(), QDate::currentDate());
        QCOMPARE(QApplication::focusWidget(), from); // the agent adjusts it next

        from->setDate(first);
        to->setDate(last);
        QTRY_COMPARE(ids(), (QStringList{u"first-0000"_s, u"first-2359"_s, u"last-0000"_s, u"last-2359"_s}));
        QCOMPARE(m_history->query().from, first.startOfDay());
        QCOMPARE(m_history->query().to, last.addDays(1).startOfDay()); // the whole last day, local time

        // The start can never pass the end: whichever moves pushes the other.
        from->setDate(last.addDays(2));
        QCOMPARE(to->date(), last.addDays(2));
        QTRY_COMPARE(model()->rowCount(), 0);
        to->setDate(first);
        QCOMPARE(from->date(), first);
        QTRY_COMPARE(ids(), (QStringList{u"first-0000"_s, u"first-2359"_s}));

        // From the keyboard: a step up in the focused date section, applied when the field is left.
        to->setFocus(Qt::TabFocusReason);
        const QDate before = to->date();
        QTest::keyClick(to, Qt::Key_Up);
        QVERIFY(to->date() > before);
        Q_EMIT to->editingFinished();
        QCOMPARE(m_history->query().to, to->date().addDays(1).startOfDay());
        to->setDate(last);
        Q_EMIT to->editingFinished();
        QCOMPARE(model()->rowCount(), 4);

        // The export writes the rows of the range.
        HistoryPane *pane = m_window->historyPane();
        QSignalSpy done(pane, &HistoryPane::exportFinished);
        const QString out = path(u"range.csv"_s);
        QVERIFY(pane->exportTo(HistoryExporter::Format::Csv, out));
        QVERIFY(done.wait(10000));
        const auto result = done.at(0).at(0).value<HistoryExporter::Result>();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rows, 4);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("first-0000") && bytes.contains("last-2359"));
        QVERIFY(!bytes.contains("before-first") && !bytes.contains("after-last"));

        // A preset hides the range; coming back keeps the agent's dates.
        dates->setCurrentIndex(dates->findText(u"All dates"_s));
        Q_EMIT dates->activated(dates->currentIndex());
        QVERIFY(!range->isVisible());
        QCOMPARE(model()->rowCount(), 6);
        dates->setCurrentIndex(custom);
        Q_EMIT dates->activated(custom);
        QCOMPARE(from->date(), first);
        QCOMPARE(to->date(), last);
        QCOMPARE(model()->rowCount(), 4);

        // Another language brings its own date format, still with four-digit years.
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::Portuguese, QLocale::Brazil));
        QEvent change(QEvent::LanguageChange);
        QApplication::sendEvent(pane, &change);
        QLocale::setDefault(previous);
        QCOMPARE(from->displayFormat(), u"dd/MM/yyyy"_s);
        QCOMPARE(to->locale().language(), QLocale::Portuguese);
        QCOMPARE(from->date(), first); // the range itself is untouched
    }

    void hundredThousandAttemptsStayLazy()
    {
        constexpr int Rows = 100000;
        qint64 richId = 0;
        const HistoryEntry rich = PersistenceTest::fullEntry(u"rich-case"_s); // the newest, every field set
        {
            HistoryDatabase db(databasePath());
            QVERIFY2(db.open(), qPrintable(db.error()));
            const QDateTime base(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
            const bool written = db.transaction([&] {
                for (int i = 0; i < Rows; ++i) {
                    const auto outcome = i % 5 ? ApiResult::Outcome::Success : ApiResult::Outcome::Rejected;
                    if (db.insert(attempt(u"case-%1"_s.arg(i, 6, 10, QChar(u'0')), outcome,
                                          base.addSecs(60LL * i), i % 7 ? u"ana"_s : u"zoé"_s))
                        == 0)
                        return false;
                }
                return (richId = db.insert(rich)) > 0;
            });
            QVERIFY2(written, qPrintable(db.error()));
        }
        openWindow();
        const int window = SqliteHistoryStore::PageSize * SqliteHistoryStore::MaxCachedPages;
        QCOMPARE(model()->rowCount(), Rows + 1);
        QVERIFY(m_history->cachedRowCount() <= window); // shown, not loaded

        // Scrolling to the end reads the oldest attempts, still only a window of them.
        QTableView *view = m_window->historyPane()->view();
        view->scrollToBottom();
        QCOMPARE(view->indexAt(QPoint(5, view->viewport()->height() - 5)).row(), Rows);
        QCOMPARE(model()->entry(Rows).update.wolkvoxId, u"case-000000"_s);
        QVERIFY(m_history->cachedRowCount() <= window);

        // Search, outcome filter and date range from the pane's own controls.
        auto *search = widget<QLineEdit>(u"historySearchEdit"_s);
        type(search, u"case-099999"_s);
        QTRY_COMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->entry(0).update.wolkvoxId, u"case-099999"_s);
        type(search, u"zoé"_s);
        QTRY_COMPARE(model()->rowCount(), (Rows + 6) / 7);
        type(search, QString());
        QTRY_COMPARE(model()->rowCount(), Rows + 1);
        auto *outcome = widget<QComboBox>(u"historyOutcomeCombo"_s);
        outcome->setCurrentIndex(outcome->findText(u"Rejected by the CRM"_s));
        Q_EMIT outcome->activated(outcome->currentIndex());
        QCOMPARE(model()->rowCount(), Rows / 5 + 1); // the rich attempt was rejected too
        outcome->setCurrentIndex(0);
        Q_EMIT outcome->activated(0);
        QVERIFY(m_history->cachedRowCount() <= window);

        // "Load into form" brings back every field of an attempt read from the file.
        QVERIFY(m_window->historyPane()->selectEntry(richId));
        QTest::mouseClick(widget<QPushButton>(u"loadIntoFormButton"_s), Qt::LeftButton);
        QCOMPARE(m_window->currentUpdate(), rich.update);
    }

    void memoryStoreHidesQueryControls()
    {
        Settings settings(path(u"settings.ini"_s));
        QNetworkAccessManager network;
        MemoryHistoryStore memory;
        MainWindow window(&network, &settings, &memory);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const QString &name : {u"historySearchEdit"_s, u"historyOutcomeCombo"_s, u"historyDateCombo"_s,
                                    u"historyRangeWidget"_s, u"exportCsvButton"_s, u"exportJsonButton"_s}) {
            auto *w = window.findChild<QWidget *>(name);
            QVERIFY2(w, qPrintable(name));
            QVERIFY2(!w->isVisible(), qPrintable(name));
        }
    }

    void historyFallbackIsAnnounced()
    {
        openWindow();
        m_window->setHistoryUnavailable(u"The disk is gone."_s);
        auto *banner = widget<MessageBanner>(u"banner"_s);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(u"The disk is gone."_s));
    }

    void draftIsAutosavedAndRestored()
    {
        openWindow(true);
        QVERIFY(!m_drafts->hasDraft());
        const CaseUpdate typed = editEveryField();
        QCOMPARE(typed.customFields,
                 (QList<CustomField>{{u"ciudad"_s, u"Medellin"_s}, {u"nota"_s, u"llamar luego"_s}}));
        QTRY_VERIFY(m_drafts->hasDraft());
        QTRY_COMPARE(casePart(m_drafts->load()->update), casePart(typed));
        QVERIFY(m_window->hasUnsentChanges());

        // A new window (the next start) offers it, and every field comes back.
        m_window.reset();
        QVERIFY(m_drafts->hasDraft());
        openWindow(true);
        restoreOfferedDraft();
        QCOMPARE(casePart(m_window->currentUpdate()), casePart(typed));
        QCOMPARE(widget<QTreeView>(u"attachmentsView"_s)->model()->rowCount(), 2);
        QVERIFY(m_window->hasUnsentChanges());

        // New case: nothing unsent, no draft.
        m_window->newCase();
        QVERIFY(!m_window->hasUnsentChanges());
        QVERIFY(!m_drafts->hasDraft());
    }

    // Each part of the form alone is an unsent change: autosaved, and asked about on closing.
    void everyPartOfTheFormIsAnUnsentChange_data()
    {
        QTest::addColumn<QString>("part");
        for (const char *part : {"wolkvox-id", "case-type", "responsible", "status", "priority", "solution",
                                 "custom-field", "attachment"})
            QTest::newRow(part) << QString::fromLatin1(part);
    }

    void everyPartOfTheFormIsAnUnsentChange()
    {
        QFETCH(QString, part);
        openWindow(true);
        QVERIFY(!m_window->hasUnsentChanges());
        if (part == u"wolkvox-id"_s)
            type(widget<QLineEdit>(u"wolkvoxIdEdit"_s), u"x-1"_s);
        else if (part == u"case-type"_s)
            type(widget<QComboBox>(u"caseTypeCombo"_s), u"Claims"_s);
        else if (part == u"responsible"_s)
            type(widget<QLineEdit>(u"responsibleEdit"_s), u"ana"_s);
        else if (part == u"status"_s)
            type(widget<QComboBox>(u"statusCombo"_s), u"open"_s);
        else if (part == u"priority"_s)
            type(widget<QComboBox>(u"priorityCombo"_s), u"low"_s);
        else if (part == u"solution"_s)
            QTest::keyClicks(widget<QPlainTextEdit>(u"solutionEdit"_s), u"done"_s);
        else if (part == u"custom-field"_s) {
            QGuiApplication::clipboard()->setText(u"ciudad\tCali"_s);
            QTest::mouseClick(widget<QToolButton>(u"pasteFieldsButton"_s), Qt::LeftButton);
        } else {
            m_window->addAttachments({path(u"only-a-file.pdf"_s)});
        }
        const CaseUpdate typed = m_window->currentUpdate();
        QVERIFY(m_window->hasUnsentChanges());
        QTRY_VERIFY(m_drafts->hasDraft());
        QCOMPARE(casePart(m_drafts->load()->update), casePart(typed));
        QVERIFY(!m_window->close());
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"unsentChangesBox"_s)) && box->isVisible());
        QTest::mouseClick(box->findChild<QPushButton *>(u"saveDraftButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!m_window->isVisible());
        QCOMPARE(casePart(m_drafts->load()->update), casePart(typed));
    }

    void discardedDraftIsGone()
    {
        openWindow(true);
        type(widget<QLineEdit>(u"wolkvoxIdEdit"_s), u"draft-case"_s);
        QTRY_VERIFY(m_drafts->hasDraft());
        m_window.reset();
        openWindow(true);
        m_window->offerDraftRestore();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"restoreDraftBox"_s)) && box->isVisible());
        QTest::mouseClick(box->findChild<QPushButton *>(u"discardDraftButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!m_drafts->hasDraft());
        QVERIFY(widget<QLineEdit>(u"wolkvoxIdEdit"_s)->text().isEmpty());
    }

    void successfulSendClearsTheDraft()
    {
        openWindow(true);
        fillAll();
        QTRY_VERIFY(m_drafts->hasDraft());
        QSignalSpy finished(m_window.get(), &MainWindow::updateFinished);
        m_window->sendUpdate();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, NetworkTimeout);
        QVERIFY(finished.at(0).at(0).value<ApiResult>().isSuccess());
        QVERIFY(!m_drafts->hasDraft());
        QVERIFY(!m_window->hasUnsentChanges());
    }

    void closingWithUnsentChangesAsks_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<bool>("closed");
        QTest::addColumn<bool>("draftKept");
        QTest::newRow("save") << u"saveDraftButton"_s << true << true;
        QTest::newRow("discard") << u"discardChangesButton"_s << true << false;
        QTest::newRow("cancel") << QString() << false << true;
    }

    void closingWithUnsentChangesAsks()
    {
        QFETCH(QString, button);
        QFETCH(bool, closed);
        QFETCH(bool, draftKept);
        openWindow(true);
        const CaseUpdate typed = editEveryField();
        QTRY_VERIFY(m_drafts->hasDraft());
        QVERIFY(!m_window->close());
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"unsentChangesBox"_s)) && box->isVisible());
        if (button.isEmpty())
            QTest::keyClick(box, Qt::Key_Escape);
        else
            QTest::mouseClick(box->findChild<QPushButton *>(button), Qt::LeftButton);
        if (closed)
            QTRY_VERIFY(!m_window->isVisible());
        else
            QTRY_VERIFY(!m_window->findChild<QMessageBox *>(u"unsentChangesBox"_s));
        QCOMPARE(m_window->isVisible(), !closed);
        QCOMPARE(m_drafts->hasDraft(), draftKept);
        if (!closed) {
            QCOMPARE(casePart(m_window->currentUpdate()), casePart(typed)); // nothing lost by cancelling
            return;
        }
        // The next start offers what was saved, every field of it, or nothing after Discard.
        m_window.reset();
        openWindow(true);
        if (!draftKept) {
            m_window->offerDraftRestore();
            QTest::qWait(50);
            QVERIFY(!m_window->findChild<QMessageBox *>(u"restoreDraftBox"_s));
            return;
        }
        restoreOfferedDraft();
        QCOMPARE(casePart(m_window->currentUpdate()), casePart(typed));
    }

    void profilesDriveTheConnectionAndToken()
    {
        SecretStore secrets(SecretStore::Mode::MemoryOnly);
        ProfileStore profiles(path(u"profiles.json"_s), &secrets);
        ConnectionProfile a;
        a.name = u"Alpha"_s;
        a.server = u"alpha.example.com"_s;
        a.operation = u"alphaop"_s;
        a.defaultPriority = u"low"_s;
        a.closedStatuses = {u"finished"_s};
        ConnectionProfile b;
        b.name = u"Beta"_s;
        b.server = u"beta.example.com"_s;
        b.operation = u"betaop"_s;
        const QString idA = profiles.add(a);
        const QString idB = profiles.add(b);
        profiles.setCurrent(idA);
        {
            QSignalSpy written(&secrets, &SecretStore::tokenWritten);
            secrets.writeToken(idB, u"beta-token"_s);
            QVERIFY(written.wait(5000));
        }

        openWindow();
        m_window->setProfiles(&profiles, &secrets);
        auto *combo = widget<QComboBox>(u"profileCombo"_s);
        QVERIFY(combo && combo->isVisible());
        QVERIFY(widget<QToolButton>(u"profileMenuButton"_s)->menu());
        QCOMPARE(combo->count(), 2);
        QCOMPARE(combo->currentText(), u"Alpha"_s);
        QCOMPARE(widget<QComboBox>(u"serverCombo"_s)->currentText(), u"alpha.example.com"_s);
        QCOMPARE(widget<QLineEdit>(u"operationEdit"_s)->text(), u"alphaop"_s);
        QCOMPARE(widget<QComboBox>(u"priorityCombo"_s)->currentText(), u"low"_s);
        QVERIFY(!m_window->hasUnsentChanges()); // a profile's defaults are not edits
        m_window->newCase();
        QCOMPARE(widget<QComboBox>(u"priorityCombo"_s)->currentText(), u"low"_s);
        // Memory only: the window says so, calmly, next to the token.
        QTRY_VERIFY(widget<QLabel>(u"tokenStorageLabel"_s)->isVisible());
        QCOMPARE(widget<QLabel>(u"tokenStorageLabel"_s)->text(),
                 u"No keychain is available: the token is kept only until Casedesk closes."_s);

        // A typed token is written for the current profile.
        type(widget<QLineEdit>(u"tokenEdit"_s), u"alpha-token"_s);
        QTRY_COMPARE(tokenOf(secrets, idA), u"alpha-token"_s);

        // Switching fills the connection and reads that profile's token.
        combo->setCurrentIndex(combo->findText(u"Beta"_s));
        Q_EMIT combo->activated(combo->currentIndex());
        QCOMPARE(profiles.currentId(), idB);
        QCOMPARE(widget<QLineEdit>(u"operationEdit"_s)->text(), u"betaop"_s);
        QTRY_COMPARE(widget<QLineEdit>(u"tokenEdit"_s)->text(), u"beta-token"_s);

        combo->setCurrentIndex(combo->findText(u"Alpha"_s));
        Q_EMIT combo->activated(combo->currentIndex());
        QTRY_COMPARE(widget<QLineEdit>(u"tokenEdit"_s)->text(), u"alpha-token"_s);

        // Editing the operation updates the profile.
        type(widget<QLineEdit>(u"operationEdit"_s), u"alphaop2"_s);
        QCOMPARE(profiles.profile(idA).operation, u"alphaop2"_s);

        // Removing a profile removes its token.
        QVERIFY(profiles.remove(idB));
        QTRY_COMPARE(combo->count(), 1);
        QCOMPARE(tokenOf(secrets, idB), QString());
    }

    void closingWithoutChangesDoesNotAsk()
    {
        openWindow(true);
        QVERIFY(m_window->close());
        QVERIFY(!m_drafts->hasDraft());
    }
};

QTEST_MAIN(TestPersistentWindow)
#include "tst_persistentwindow.moc"
