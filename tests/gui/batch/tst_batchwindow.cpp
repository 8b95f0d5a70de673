#include "core/batch/batchstore.h"
#include "core/csv/csvreader.h"
#include "core/global.h"
#include "core/history/sqlitehistorystore.h"
#include "core/profiles/profilestore.h"
#include "core/profiles/secretstore.h"
#include "core/profiles/settings.h"
#include "core/translations.h"
#include "gui/batch/batchrowsmodel.h"
#include "gui/batch/batchwindow.h"
#include "gui/batch/columnmappingmodel.h"
#include "gui/batch/plannedrowsmodel.h"
#include "gui/history/historymodel.h"
#include "gui/history/historypane.h"
#include "gui/main/mainwindow.h"
#include "gui/widgets/messagebanner.h"
#include "support/simulatorprocess.h"
#include "support/testfiles.h"
#include "support/windowdriver.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QtTest>
#include <memory>

namespace {
using WindowDriver::type;
constexpr int NetworkTimeout = 60000;
const QString Token = QString::fromLatin1(SimulatorProcess::DemoToken);
const QString Operation = QString::fromLatin1(SimulatorProcess::DemoOperation);
using Target = ColumnMapping::Target;
using State = BatchRow::State;

// The demo operation's seeded cases and users (resources/sim/demo-operation.json).
const QStringList Cases{u"6074aaa0801374bbbbb781025ccc7d3"_s, u"64cb13ac9f0e1a7c2d5b8e4f6a1c0d2"_s,
                        u"5f7beb43e37a789eeffd3b2a3ee62f4"_s, u"53471299bf2b2c0058c5c89083ab21a"_s,
                        u"cf9d6a6d52313c6d1fd8dc04c4dcd40"_s, u"6fed0024251189960d22b4608238bd6"_s,
                        u"6c52d166963b0ac8e6ee15fc555ff99"_s, u"c775a8a86ff956ba1022ebc0daaf89b"_s,
                        u"9d59144a55a2fb8870aedbdd904ba73"_s, u"8204553bb6af93f39f739d5ed554c55"_s,
                        u"1c3e075d344fed2469e2b013439302e"_s, u"52f9c7ad19776af86b2134fa31bb559"_s,
                        u"db47132dd8b75035de0c3c52ce028ab"_s, u"062e114b0f26afef802c2f46bb29950"_s,
                        u"53bc4cf01a756cdb04ae95e0f950b7a"_s, u"ae13511633ebaf3b63d0251ddd94e6c"_s,
                        u"43ccb616c82ab1c990ec71a6ac91ae7"_s, u"49e01ddc86b4f656023c3d54bb95a3e"_s,
                        u"6763e98f4ea5f69f727003c50a95b8f"_s, u"386e0c064488e39ababc2973452cc79"_s};
const QStringList Users{u"ana@modulodeprueba"_s, u"carlos@modulodeprueba"_s, u"maria.jose@modulodeprueba"_s,
                        u"juan.perez@modulodeprueba"_s};

struct Row
{
    QString id;
    QString responsible;
    QString status;
    QString priority;
    QString solution;
    QString channel;
    QString city;
};

// A valid row for seeded case `i`: every other one closed, with its solution.
Row goodRow(int i)
{
    const bool closed = i % 2 == 1;
    return {Cases.at(i),
            Users.at(i % Users.size()),
            closed ? u"closed"_s : u"in progress"_s,
            i % 3 == 0 ? u"high"_s : u"low"_s,
            closed ? u"Reasignado; el cliente confirmó"_s : QString(),
            i % 2 ? u"WhatsApp"_s : u"Teléfono"_s,
            u"Bogotá"_s};
}

QString csvCell(const QString &text)
{
    if (!text.contains(u';') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}

// What a Spanish Excel writes: ';' separators, a BOM, CRLF line ends, Spanish headers.
QByteArray spanishCsv(const QList<Row> &rows)
{
    QStringList lines{u"ID;Tipo;Responsable;Estado;Prioridad;Solución;Canal;Ciudad"_s};
    for (const Row &r : rows) {
        lines.append(QStringList{csvCell(r.id), u"Request"_s, csvCell(r.responsible), r.status, r.priority,
                                 csvCell(r.solution), csvCell(r.channel), csvCell(r.city)}
                         .join(u';'));
    }
    return "\xef\xbb\xbf" + lines.join(u"\r\n"_s).toUtf8() + "\r\n";
}

QList<Row> goodRows(int count, int from = 0)
{
    QList<Row> rows;
    for (int i = from; i < from + count; ++i)
        rows.append(goodRow(i));
    return rows;
}

// The letter after a single '&' in `text`, lower case; null when there is none.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}
} // namespace

// The bulk-correction window, driven offscreen through its widgets against the CRM simulator, over a real
// history database: import, mapping, check, sending at the CRM's pace, results, and resuming after a crash.
class TestBatchWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SimulatorProcess m_sim;
    int m_counter = 0;
    std::unique_ptr<SimulatorProcess> m_otherSim; // with faults or limits, for one test
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SqliteHistoryStore> m_history;
    std::unique_ptr<BatchStore> m_batches;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MainWindow> m_window;
    QPointer<BatchWindow> m_batch;

    QString path(const QString &name) const { return m_dir.filePath(u"%1-%2"_s.arg(m_counter).arg(name)); }
    QString databasePath() const { return path(u"history.sqlite"_s); }

    template <typename T> T *widget(const QString &name) const
    {
        QWidget *root = m_batch ? static_cast<QWidget *>(m_batch.data()) : m_window.get();
        T *found = root->findChild<T *>(name);
        if (!found)
            qWarning("no widget named %s", qPrintable(name));
        return found;
    }

    void click(const QString &name)
    {
        auto *button = widget<QAbstractButton>(name);
        QVERIFY2(button, qPrintable(name));
        QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(name + u" is not clickable"_s));
        QTest::mouseClick(button, Qt::LeftButton);
    }

    // A message box the window opened, once it is shown; then its button `buttonName` is clicked.
    void answer(const QString &boxName, const QString &buttonName)
    {
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_batch->findChild<QMessageBox *>(boxName)) && box->isVisible());
        QAbstractButton *button
            = buttonName.isEmpty() ? nullptr : box->findChild<QAbstractButton *>(buttonName);
        if (!button) {
            for (QAbstractButton *b : box->buttons()) {
                if (box->buttonRole(b) == QMessageBox::RejectRole)
                    button = b;
            }
        }
        QVERIFY2(button, qPrintable(buttonName));
        button->click();
        QTRY_VERIFY(!m_batch->findChild<QMessageBox *>(boxName));
    }

    void openWindow(const QString &server)
    {
        m_window.reset();
        m_batches.reset();
        m_history.reset();
        m_settings = std::make_unique<Settings>(path(u"settings.ini"_s));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_history = std::make_unique<SqliteHistoryStore>(databasePath());
        QVERIFY2(m_history->open(), qPrintable(m_history->error()));
        m_batches = std::make_unique<BatchStore>(databasePath());
        QVERIFY2(m_batches->open(), qPrintable(m_batches->error()));
        m_window = std::make_unique<MainWindow>(m_network.get(), m_settings.get(), m_history.get());
        m_window->setBatchStore(m_batches.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_batch = nullptr;
        type(widget<QComboBox>(u"serverCombo"_s), server);
        type(widget<QLineEdit>(u"operationEdit"_s), Operation);
        type(widget<QLineEdit>(u"tokenEdit"_s), Token);
    }

    void openBatchWindow()
    {
        // Ctrl+B, as a team lead would.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_B, Qt::ControlModifier);
        QTRY_VERIFY(m_window->batchWindow() && m_window->batchWindow()->isVisible());
        m_batch = m_window->batchWindow();
        QVERIFY(QTest::qWaitForWindowExposed(m_batch));
    }

    QString writeCsv(const QString &name, const QByteArray &content)
    {
        return TestFiles::write(path(name), content);
    }

    // `rows` good rows checked and ready to send, against a simulator that answers in 150 ms, so a test
    // can act while they are being sent; the caller presses Start.
    void prepareSlowBatch(int rows)
    {
        m_otherSim = std::make_unique<SimulatorProcess>();
        QVERIFY2(m_otherSim->start({u"--delay-ms"_s, u"150"_s}), qPrintable(m_otherSim->errorText()));
        openWindow(m_otherSim->server());
        openBatchWindow();
        m_batch->openFile(writeCsv(u"slow-%1.csv"_s.arg(rows), spanishCsv(goodRows(rows))));
        click(u"checkRowsButton"_s);
        click(u"sendValidButton"_s);
    }

    void openThroughDialog(const QString &file)
    {
        click(u"openFileButton"_s);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_batch->findChild<QFileDialog *>(u"openCsvDialog"_s)) && dialog->isVisible());
        dialog->selectFile(file);
        QTest::keyClick(dialog, Qt::Key_Return);
        QTRY_VERIFY(!m_batch->findChild<QFileDialog *>(u"openCsvDialog"_s));
    }

    QTableView *mappingView() const { return widget<QTableView>(u"mappingView"_s); }
    ColumnMappingModel *mappingModel() const
    {
        return qobject_cast<ColumnMappingModel *>(mappingView()->model());
    }
    int mappingRow(const QString &header) const
    {
        for (int row = 0; row < mappingModel()->rowCount(); ++row) {
            if (mappingModel()->index(row, ColumnMappingModel::HeaderColumn).data().toString() == header)
                return row;
        }
        return -1;
    }
    Target targetOf(const QString &header) const
    {
        return Target(
            mappingModel()->index(mappingRow(header), 0).data(ColumnMappingModel::TargetRole).toInt());
    }

    // Picks `target` in the column's combo the way a user does: open the list, move to the item, Enter.
    void chooseTarget(const QString &header, Target target)
    {
        const int row = mappingRow(header);
        QVERIFY2(row >= 0, qPrintable(header));
        auto *combo = qobject_cast<QComboBox *>(
            mappingView()->indexWidget(mappingModel()->index(row, ColumnMappingModel::TargetColumn)));
        QVERIFY2(combo && combo->isVisible(), "the column's combo is not shown");
        const int item = combo->findData(int(target));
        QVERIFY(item >= 0);
        combo->showPopup();
        QAbstractItemView *list = combo->view();
        QTRY_VERIFY(list->isVisible());
        list->setCurrentIndex(list->model()->index(item, 0));
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_COMPARE(targetOf(header), target);
    }

    QSortFilterProxyModel *checkProxy() const
    {
        return qobject_cast<QSortFilterProxyModel *>(widget<QTableView>(u"checkView"_s)->model());
    }
    QSortFilterProxyModel *resultsProxy() const
    {
        return qobject_cast<QSortFilterProxyModel *>(widget<QTableView>(u"resultsView"_s)->model());
    }
    BatchRowsModel *resultsModel() const
    {
        return qobject_cast<BatchRowsModel *>(resultsProxy()->sourceModel());
    }
    MessageBanner *banner() const { return widget<MessageBanner>(u"batchBanner"_s); }

    // Presses Start (or Resume) sending and waits for the runner to stop.
    BatchRunner::FinishReason sendAndWait(const QString &button = u"startButton"_s)
    {
        QSignalSpy finished(m_batch->runner(), &BatchRunner::finished);
        click(button);
        if (!QTest::qWaitFor([&] { return finished.size() == 1; }, NetworkTimeout))
            return BatchRunner::FinishReason::None;
        return m_batch->runner()->finishReason();
    }

    QHash<State, int> storedCounts() const { return m_batches->counts(m_batch->batchId()); }

    qint64 simValue(const SimulatorProcess &sim, const QString &key) const
    {
        return sim.stats().value(key).toInteger();
    }

    // The mnemonic letters of every visible button and buddy label of the batch window: none twice.
    void verifyMnemonicsUnique(const QString &where)
    {
        QHash<QChar, QString> seen;
        const auto widgets = m_batch->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (w->window() != m_batch || !w->isVisibleTo(m_batch))
                continue;
            QString text;
            if (auto *button = qobject_cast<QAbstractButton *>(w))
                text = button->text();
            else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
                text = label->text();
            else if (auto *group = qobject_cast<QGroupBox *>(w))
                text = group->title();
            const QChar letter = mnemonicOf(text);
            if (letter.isNull())
                continue;
            QVERIFY2(!seen.contains(letter),
                     qPrintable(u"%1: “%2” and “%3” share Alt+%4"_s.arg(where, seen.value(letter), text,
                                                                        QString(letter))));
            seen.insert(letter, text);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<BatchRunner::FinishReason>();
        qRegisterMetaType<BatchRunner::Progress>();
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sim.start(), qPrintable(m_sim.errorText()));
    }

    void init()
    {
        ++m_counter;
        m_sim.admin(u"/__sim/reset"_s, "POST");
    }

    void cleanup()
    {
        // The window first: its runner writes to the stores as it goes.
        m_window.reset();
        m_profiles.reset();
        m_secrets.reset();
        m_batches.reset();
        m_history.reset();
        m_network.reset();
        m_settings.reset();
        m_otherSim.reset();
    }

    void spanishCsvIsCheckedSentAndReported()
    {
        openWindow(m_sim.server());
        // A single update from the form earlier in the day: not part of any batch.
        HistoryEntry single;
        single.time = QDateTime::currentDateTimeUtc();
        single.update.wolkvoxId = Cases.at(19);
        single.state = HistoryEntry::State::Done;
        single.result.outcome = ApiResult::Outcome::Success;
        QVERIFY(m_history->add(single) > 0);

        openBatchWindow();
        QCOMPARE(m_batch->page(), BatchWindow::Page::Source);
        QVERIFY(widget<QLabel>(u"noUnfinishedLabel"_s)->isVisible());

        QList<Row> rows = goodRows(12);
        Row badResponsible = goodRow(12);
        badResponsible.responsible = u"carlos"_s; // not user@operation
        Row closedWithoutSolution = goodRow(13);
        closedWithoutSolution.status = u"closed"_s;
        closedWithoutSolution.solution.clear();
        Row noId = goodRow(14);
        noId.id.clear();
        rows.insert(3, badResponsible);
        rows.insert(7, closedWithoutSolution);
        rows.append(noId);
        const QString file = writeCsv(u"reasignacion.csv"_s, spanishCsv(rows));
        openThroughDialog(file);

        // Step 2: every known Spanish header is recognised; the others are not sent by default.
        QCOMPARE(m_batch->page(), BatchWindow::Page::Mapping);
        QCOMPARE(targetOf(u"ID"_s), Target::WolkvoxId);
        QCOMPARE(targetOf(u"Tipo"_s), Target::CaseType);
        QCOMPARE(targetOf(u"Responsable"_s), Target::Responsible);
        QCOMPARE(targetOf(u"Estado"_s), Target::Status);
        QCOMPARE(targetOf(u"Prioridad"_s), Target::Priority);
        QCOMPARE(targetOf(u"Solución"_s), Target::Solution);
        QCOMPARE(targetOf(u"Canal"_s), Target::Ignore);
        QCOMPARE(targetOf(u"Ciudad"_s), Target::Ignore);
        QCOMPARE(mappingModel()
                     ->index(mappingRow(u"Ciudad"_s), ColumnMappingModel::SampleColumn)
                     .data()
                     .toString(),
                 u"Bogotá"_s);
        const QString summary = widget<QLabel>(u"sourceSummaryLabel"_s)->text();
        QVERIFY2(summary.contains(u"semicolon"_s) && summary.contains(u"Windows line endings"_s),
                 qPrintable(summary));
        // Fields a column fills are not asked for as defaults.
        QVERIFY(!widget<QLineEdit>(u"statusDefaultEdit"_s)->isEnabled());

        // The user sends the channel as a custom field, then every unknown column, then ignores the city.
        chooseTarget(u"Canal"_s, Target::CustomField);
        auto *unknown = widget<QComboBox>(u"unknownColumnsCombo"_s);
        unknown->setFocus();
        QTest::keyClick(unknown, Qt::Key_Down); // "Sent as custom fields"
        QTRY_COMPARE(targetOf(u"Ciudad"_s), Target::CustomField);
        chooseTarget(u"Ciudad"_s, Target::Ignore);
        QCOMPARE(targetOf(u"Canal"_s), Target::CustomField);

        // Step 3: the same rules as the form; each bad row says why.
        click(u"checkRowsButton"_s);
        QCOMPARE(m_batch->page(), BatchWindow::Page::Check);
        QTRY_COMPARE(checkProxy()->rowCount(), 15);
        const QString counts = widget<QLabel>(u"checkSummaryLabel"_s)->text();
        QVERIFY2(counts.contains(u"12"_s) && counts.contains(u"3"_s), qPrintable(counts));
        widget<QCheckBox>(u"onlyProblemsCheck"_s)->click();
        QTRY_COMPARE(checkProxy()->rowCount(), 3);
        QStringList problems;
        for (int row = 0; row < 3; ++row)
            problems.append(checkProxy()->index(row, PlannedRowsModel::ProblemsColumn).data().toString());
        QVERIFY2(problems.at(0).contains(u"carlos"_s), qPrintable(problems.at(0)));
        QVERIFY2(problems.at(1).contains(u"closed"_s), qPrintable(problems.at(1)));
        QVERIFY2(problems.at(2).contains(u"wolkvox-id"_s), qPrintable(problems.at(2)));
        QCOMPARE(checkProxy()->index(0, PlannedRowsModel::RowColumn).data().toInt(), 4);
        // Selecting a row spells out its problems below the table.
        auto *checkView = widget<QTableView>(u"checkView"_s);
        checkView->setCurrentIndex(checkProxy()->index(0, PlannedRowsModel::CaseColumn));
        QVERIFY(widget<QLabel>(u"checkDetailsLabel"_s)->text().contains(u"carlos"_s));
        QVERIFY(widget<QPushButton>(u"sendValidButton"_s)->text().contains(u"12"_s));

        // Step 4: nothing is stored or sent before Start.
        click(u"sendValidButton"_s);
        QCOMPARE(m_batch->page(), BatchWindow::Page::Send);
        QCOMPARE(m_batches->batches().size(), 0);
        QCOMPARE(simValue(m_sim, u"requests"_s), 0);
        QCOMPARE(sendAndWait(), BatchRunner::FinishReason::Completed);

        // Step 5: the results match what the CRM received.
        QTRY_COMPARE(m_batch->page(), BatchWindow::Page::Results);
        const QHash<State, int> stored = storedCounts();
        QCOMPARE(stored.value(State::Done), 12);
        QCOMPARE(stored.value(State::Skipped), 3);
        QCOMPARE(stored.value(State::Failed), 0);
        QCOMPARE(simValue(m_sim, u"updates_ok"_s), 12);
        QCOMPARE(simValue(m_sim, u"requests"_s), 12);
        QVERIFY(simValue(m_sim, u"max_in_flight"_s) <= 2);
        QCOMPARE(resultsModel()->rowCount(), 15);
        QCOMPARE(resultsModel()->counts().value(State::Done), 12);
        QVERIFY(widget<QLabel>(u"resultsSummaryLabel"_s)->text().contains(u"Done: 12"_s));
        QCOMPARE(banner()->title(), u"Batch finished"_s);
        for (int i = 0; i < resultsModel()->rowCount(); ++i) {
            const BatchRow &row = resultsModel()->row(i);
            if (row.state != State::Done)
                continue;
            QCOMPARE(row.resultWolkvoxId, row.update.wolkvoxId);
            QCOMPARE(resultsModel()->index(i, BatchRowsModel::CodeColumn).data().toInt(), 200);
            const QJsonObject stored = m_sim.storedCase(Operation, row.update.wolkvoxId);
            QCOMPARE(stored.value(u"status"_s).toString(), row.update.status);
            QCOMPARE(stored.value(u"responsible"_s).toString(), row.update.responsible);
            const QJsonObject form = stored.value(u"form"_s).toObject();
            QVERIFY(form.contains(u"Canal"_s));
            QVERIFY2(!form.contains(u"Ciudad"_s), "an ignored column was sent");
        }
        // The invalid rows never reached the CRM.
        QCOMPARE(m_sim.storedCase(Operation, Cases.at(12)).value(u"updates"_s).toInt(), 0);
        verifyMnemonicsUnique(u"results"_s);

        // Each attempt is in the history with its batch; Show in history filters the pane to it.
        HistoryModel *history = m_window->historyPane()->model();
        QTRY_COMPARE(history->rowCount(), 13);
        int inBatch = 0;
        for (int row = 0; row < history->rowCount(); ++row) {
            const QString batchCell = history->index(row, HistoryModel::BatchColumn).data().toString();
            if (!batchCell.isEmpty()) {
                ++inBatch;
                QVERIFY2(batchCell.startsWith(QString::number(m_batch->batchId())), qPrintable(batchCell));
            }
        }
        QCOMPARE(inBatch, 12);
        click(u"showHistoryButton"_s);
        QTRY_COMPARE(m_window->historyPane()->batchFilter(), m_batch->batchId());
        QTRY_COMPARE(history->rowCount(), 12);
        auto *clear = m_window->findChild<QToolButton *>(u"historyBatchFilterButton"_s);
        QVERIFY(clear && clear->isVisible());
        clear->click();
        QTRY_COMPARE(history->rowCount(), 13);
    }

    void pasteFromSpreadsheet()
    {
        openWindow(m_sim.server());
        openBatchWindow();
        QStringList lines{u"wolkvox-id\tstatus\tprioridade\tresponsável\tcase-type"_s};
        for (int i = 0; i < 4; ++i)
            lines.append(
                QStringList{Cases.at(i), u"in progress"_s, u"medium"_s, Users.at(i), u"Request"_s}.join(
                    u'\t'));
        QGuiApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
        click(u"pasteButton"_s);
        QCOMPARE(m_batch->page(), BatchWindow::Page::Mapping);
        QCOMPARE(m_batch->currentImport().table().separator, QChar(u'\t'));
        // From the table, Tab reaches each column's combo in order, then the next control.
        mappingView()->setFocus();
        for (int row = 0; row < 5; ++row) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(
                QApplication::focusWidget(),
                mappingView()->indexWidget(mappingModel()->index(row, ColumnMappingModel::TargetColumn)));
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), widget<QComboBox>(u"unknownColumnsCombo"_s));
        QCOMPARE(targetOf(u"prioridade"_s), Target::Priority);
        QCOMPARE(targetOf(u"responsável"_s), Target::Responsible);
        verifyMnemonicsUnique(u"columns"_s);
        click(u"checkRowsButton"_s);
        QCOMPARE(checkProxy()->rowCount(), 4);
        verifyMnemonicsUnique(u"check"_s);
        // Reload is for files; pasted text has none.
        QVERIFY(!widget<QPushButton>(u"reloadButton"_s)->isVisible());
        click(u"sendValidButton"_s);
        verifyMnemonicsUnique(u"send"_s);
        QCOMPARE(sendAndWait(), BatchRunner::FinishReason::Completed);
        QCOMPARE(storedCounts().value(State::Done), 4);
        QCOMPARE(simValue(m_sim, u"updates_ok"_s), 4);
        QCOMPARE(m_sim.storedCase(Operation, Cases.at(2)).value(u"responsible"_s).toString(), Users.at(2));

        // An empty clipboard explains itself and stays on the first step.
        click(u"newBatchButton"_s);
        QCOMPARE(m_batch->page(), BatchWindow::Page::Source);
        verifyMnemonicsUnique(u"source"_s);
        QGuiApplication::clipboard()->setText(QString());
        click(u"pasteButton"_s);
        QTRY_VERIFY(banner()->isVisible());
        QCOMPARE(banner()->title(), u"Nothing to paste"_s);
        QCOMPARE(m_batch->page(), BatchWindow::Page::Source);
    }

    void missingColumnsAreFilledFromDefaults()
    {
        openWindow(m_sim.server());
        openBatchWindow();
        // Only the case and its status: the rest must come from the defaults.
        QStringList lines{u"id,estado"_s};
        for (int i = 0; i < 3; ++i)
            lines.append(Cases.at(i) + u",in progress"_s);
        m_batch->openFile(writeCsv(u"status-sweep.csv"_s, lines.join(u'\n').toUtf8()));
        QCOMPARE(m_batch->page(), BatchWindow::Page::Mapping);
        QCOMPARE(m_batch->currentImport().validCount(), 0);
        QVERIFY(widget<QLabel>(u"mappingProblemsLabel"_s)->text().contains(u"responsible"_s));
        type(widget<QLineEdit>(u"caseTypeDefaultEdit"_s), u"Request"_s);
        type(widget<QLineEdit>(u"responsibleDefaultEdit"_s), u"supervisor@modulodeprueba"_s);
        type(widget<QLineEdit>(u"priorityDefaultEdit"_s), u"medium"_s);
        QTRY_COMPARE(m_batch->currentImport().validCount(), 3);
        click(u"checkRowsButton"_s);
        QCOMPARE(checkProxy()->index(0, PlannedRowsModel::ResponsibleColumn).data().toString(),
                 u"supervisor@modulodeprueba"_s);
        click(u"sendValidButton"_s);
        QCOMPARE(sendAndWait(), BatchRunner::FinishReason::Completed);
        QCOMPARE(m_sim.storedCase(Operation, Cases.at(1)).value(u"responsible"_s).toString(),
                 u"supervisor@modulodeprueba"_s);
    }

    void profileDefaultsFillMissingColumns()
    {
        m_secrets = std::make_unique<SecretStore>(SecretStore::Mode::MemoryOnly);
        m_profiles = std::make_unique<ProfileStore>(path(u"profiles.json"_s), m_secrets.get());
        ConnectionProfile profile;
        profile.name = u"Supervisores"_s;
        profile.server = m_sim.server();
        profile.operation = Operation;
        profile.defaultCaseType = u"Request"_s;
        profile.defaultStatus = u"in progress"_s;
        profile.defaultPriority = u"medium"_s;
        const QString id = m_profiles->add(profile);
        m_profiles->setCurrent(id);
        {
            QSignalSpy written(m_secrets.get(), &SecretStore::tokenWritten);
            m_secrets->writeToken(id, Token);
            QVERIFY(written.wait(5000));
        }
        openWindow(m_sim.server());
        m_window->setProfiles(m_profiles.get(), m_secrets.get());
        QTRY_COMPARE(widget<QLineEdit>(u"tokenEdit"_s)->text(), Token);
        openBatchWindow();

        // A reassignment sheet: the case and its new responsible; the profile gives the rest.
        QStringList lines{u"id;responsable"_s};
        for (int i = 0; i < 3; ++i)
            lines.append(Cases.at(i) + u';' + Users.at(3));
        m_batch->openFile(writeCsv(u"reassign.csv"_s, lines.join(u"\r\n"_s).toUtf8()));
        QCOMPARE(m_batch->page(), BatchWindow::Page::Mapping);
        QCOMPARE(widget<QLineEdit>(u"caseTypeDefaultEdit"_s)->text(), u"Request"_s);
        QCOMPARE(widget<QLineEdit>(u"statusDefaultEdit"_s)->text(), u"in progress"_s);
        QCOMPARE(widget<QLineEdit>(u"priorityDefaultEdit"_s)->text(), u"medium"_s);
        QVERIFY(!widget<QLineEdit>(u"responsibleDefaultEdit"_s)->isEnabled());
        QCOMPARE(m_batch->currentImport().validCount(), 3);
        QVERIFY(widget<QLabel>(u"connectionLabel"_s)->text().contains(Operation));
        click(u"checkRowsButton"_s);
        click(u"sendValidButton"_s);
        QCOMPARE(sendAndWait(), BatchRunner::FinishReason::Completed);
        for (int i = 0; i < 3; ++i) {
            const QJsonObject stored = m_sim.storedCase(Operation, Cases.at(i));
            QCOMPARE(stored.value(u"responsible"_s).toString(), Users.at(3));
            QCOMPARE(stored.value(u"status"_s).toString(), u"in progress"_s);
            QCOMPARE(stored.value(u"priority"_s).toString(), u"medium"_s);
        }
    }

    void reloadAfterFixingTheFile()
    {
        openWindow(m_sim.server());
        openBatchWindow();
        QList<Row> rows = goodRows(3);
        rows[1].responsible = u"juan"_s;
        const QString file = writeCsv(u"fix-me.csv"_s, spanishCsv(rows));
        m_batch->openFile(file);
        chooseTarget(u"Canal"_s, Target::CustomField);
        click(u"checkRowsButton"_s);
        QVERIFY(widget<QLabel>(u"checkSummaryLabel"_s)->text().contains(u"problems"_s));
        QCOMPARE(m_batch->currentImport().invalidCount(), 1);

        // Fixed in the spreadsheet and saved again: the check runs again with the same column choices.
        rows[1].responsible = u"juan.perez@modulodeprueba"_s;
        TestFiles::write(file, spanishCsv(rows));
        click(u"reloadButton"_s);
        QCOMPARE(m_batch->page(), BatchWindow::Page::Check);
        QCOMPARE(m_batch->currentImport().invalidCount(), 0);
        QCOMPARE(m_batch->currentImport().validCount(), 3);
        QVERIFY(!widget<QLabel>(u"checkSummaryLabel"_s)->text().contains(u"problems"_s));
        QCOMPARE(m_batch->currentImport().mapping().column(6).target, Target::CustomField);
    }

    void malformedFilesAreExplained()
    {
        openWindow(m_sim.server());
        openBatchWindow();
        // Latin-1: refused with the line, nothing mangled.
        const QByteArray latin1 = QByteArray("id;estado\r\n") + Cases.at(0).toLatin1()
            + QByteArray("\x3bresoluci\xf3"
                         "n\r\n");
        m_batch->openFile(writeCsv(u"latin1.csv"_s, latin1));
        QTRY_VERIFY(banner()->isVisible());
        QCOMPARE(banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY2(banner()->text().contains(u"Line 2"_s), qPrintable(banner()->text()));
        QCOMPARE(m_batch->page(), BatchWindow::Page::Source);
        QVERIFY(!m_batch->isReachable(BatchWindow::Page::Mapping));

        // A row with a cell too many: the banner of the check names its line; the other rows go on.
        QList<Row> rows = goodRows(3);
        QByteArray ragged = spanishCsv(rows);
        const QByteArray next = Cases.at(1).toLatin1();
        const QByteArray before = QByteArray("Bogot\xc3\xa1\r\n") + next;
        const QByteArray after = QByteArray("Bogot\xc3\xa1;extra\r\n") + next;
        ragged.replace(before, after);
        QVERIFY(ragged.contains(";extra"));
        m_batch->openFile(writeCsv(u"ragged.csv"_s, ragged));
        QCOMPARE(m_batch->page(), BatchWindow::Page::Mapping);
        click(u"checkRowsButton"_s);
        QTRY_VERIFY(banner()->isVisible());
        QCOMPARE(banner()->kind(), MessageBanner::Kind::Warning);
        QVERIFY2(banner()->text().contains(u"line 2"_s), qPrintable(banner()->text()));
        QCOMPARE(m_batch->currentImport().invalidCount(), 1);
        QCOMPARE(m_batch->currentImport().validCount(), 2);
    }

    void droppedFileIsImported()
    {
        openWindow(m_sim.server());
        openBatchWindow();
        const QString file = writeCsv(u"dropped.csv"_s, spanishCsv(goodRows(2)));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file)});
        const QPoint at = m_batch->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_batch, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_batch, &drop);
        QCOMPARE(m_batch->page(), BatchWindow::Page::Mapping);
        QCOMPARE(m_batch->currentImport().sourceName(), QFileInfo(file).fileName());
        // Anything but a table is refused at the door.
        QMimeData other;
        other.setUrls({QUrl::fromLocalFile(TestFiles::write(path(u"photo.png"_s), "png"))});
        QDragEnterEvent refused(at, Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
        refused.setAccepted(false);
        QApplication::sendEvent(m_batch, &refused);
        QVERIFY(!refused.isAccepted());
    }

    void startWritesTheRowsOffTheWindowsThread()
    {
        prepareSlowBatch(10);
        click(u"startButton"_s);
        // The rows are written in a pool thread; meanwhile Start cannot be pressed again, and another batch
        // cannot be opened.
        QVERIFY(m_batch->isSaving());
        QVERIFY(m_batch->isBusy());
        QVERIFY(!widget<QPushButton>(u"startButton"_s)->isEnabled());
        QVERIFY(!widget<QToolButton>(u"stepSourceButton"_s)->isEnabled());
        // Closed before they are stored: the batch is kept, queued, and nothing is sent behind the user.
        m_batch->close();
        QTRY_VERIFY(!m_batch->isSaving());
        QVERIFY(m_batch->batchId() > 0);
        QCOMPARE(storedCounts().value(State::Queued), 10);
        QTest::qWait(300); // two request times: a closed window must stay silent
        QCOMPARE(m_batch->runner()->state(), BatchRunner::State::Idle);
        QCOMPARE(simValue(*m_otherSim, u"requests"_s), 0);
        // Reopened, it waits on the Send page to be started.
        openBatchWindow();
        QCOMPARE(m_batch->page(), BatchWindow::Page::Send);
        QVERIFY(widget<QPushButton>(u"startButton"_s)->isEnabled());
        QCOMPARE(sendAndWait(), BatchRunner::FinishReason::Completed);
        QCOMPARE(storedCounts().value(State::Done), 10);
        QCOMPARE(simValue(*m_otherSim, u"updates_ok"_s), 10);
    }

    void pauseAndResume()
    {
        prepareSlowBatch(20);
        QSignalSpy finished(m_batch->runner(), &BatchRunner::finished);
        click(u"startButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(storedCounts().value(State::Done) >= 2, NetworkTimeout);
        QCOMPARE(widget<QPushButton>(u"pauseButton"_s)->text(), u"&Pause"_s);
        click(u"pauseButton"_s);
        // The requests already sent are answered; then nothing more goes out.
        QTRY_COMPARE_WITH_TIMEOUT(m_batch->runner()->state(), BatchRunner::State::Paused, NetworkTimeout);
        QVERIFY(widget<QLabel>(u"sendStatusLabel"_s)->text().contains(u"Paused"_s));
        QCOMPARE(widget<QPushButton>(u"pauseButton"_s)->text(), u"&Resume"_s);
        const qint64 sentAtPause = simValue(*m_otherSim, u"requests"_s);
        const int queued = storedCounts().value(State::Queued);
        QVERIFY2(queued > 0 && queued < 20, qPrintable(QString::number(queued)));
        QCOMPARE(storedCounts().value(State::Sending), 0);
        QTest::qWait(600); // four request times: a paused batch must stay silent
        QCOMPARE(simValue(*m_otherSim, u"requests"_s), sentAtPause);
        QCOMPARE(storedCounts().value(State::Queued), queued);
        // Another batch cannot be opened while this one waits.
        QVERIFY(!widget<QToolButton>(u"stepSourceButton"_s)->isEnabled());

        click(u"pauseButton"_s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, NetworkTimeout);
        QCOMPARE(m_batch->runner()->finishReason(), BatchRunner::FinishReason::Completed);
        QCOMPARE(storedCounts().value(State::Done), 20);
        // Every case exactly once.
        QCOMPARE(simValue(*m_otherSim, u"updates_ok"_s), 20);
        QCOMPARE(simValue(*m_otherSim, u"requests"_s), 20);
    }

    void cancelAsksThenStops()
    {
        prepareSlowBatch(20);
        QSignalSpy finished(m_batch->runner(), &BatchRunner::finished);
        click(u"startButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(storedCounts().value(State::Done) >= 1, NetworkTimeout);

        // Keep sending: the question changes nothing.
        click(u"cancelSendButton"_s);
        answer(u"cancelBatchBox"_s, u"keepBatchButton"_s);
        QVERIFY(m_batch->runner()->isActive());

        click(u"cancelSendButton"_s);
        answer(u"cancelBatchBox"_s, u"cancelBatchConfirmButton"_s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, NetworkTimeout);
        QCOMPARE(m_batch->runner()->finishReason(), BatchRunner::FinishReason::Cancelled);
        QTRY_COMPARE(m_batch->page(), BatchWindow::Page::Results);
        const QHash<State, int> counts = storedCounts();
        QVERIFY2(counts.value(State::Cancelled) > 0, "nothing was left to cancel");
        QCOMPARE(counts.value(State::Done) + counts.value(State::Cancelled), 20);
        QCOMPARE(counts.value(State::Queued), 0);
        QCOMPARE(counts.value(State::Interrupted), 0);
        QCOMPARE(simValue(*m_otherSim, u"updates_ok"_s), counts.value(State::Done));
        QCOMPARE(banner()->title(), u"Batch cancelled"_s);
        // The filter shows just the cancelled rows.
        auto *filter = widget<QComboBox>(u"resultsFilterCombo"_s);
        const int item = filter->findData(BatchRow::stateId(State::Cancelled));
        QVERIFY(item > 0);
        filter->setCurrentIndex(item);
        Q_EMIT filter->activated(item);
        QCOMPARE(resultsProxy()->rowCount(), counts.value(State::Cancelled));
        // A cancelled batch is not offered for resuming.
        QVERIFY(m_batches->unfinishedBatches().isEmpty());
    }

    void quotaExhaustionStopsAndKeepsRowsQueued()
    {
        m_otherSim = std::make_unique<SimulatorProcess>();
        QVERIFY2(m_otherSim->start({u"--daily-quota"_s, u"5"_s}), qPrintable(m_otherSim->errorText()));
        openWindow(m_otherSim->server());
        openBatchWindow();
        m_batch->openFile(writeCsv(u"ten.csv"_s, spanishCsv(goodRows(10))));
        click(u"checkRowsButton"_s);
        click(u"sendValidButton"_s);
        QCOMPARE(sendAndWait(), BatchRunner::FinishReason::QuotaExhausted);

        // Stopped, told clearly, nothing lost: the rest waits in the queue on the send step.
        QCOMPARE(m_batch->page(), BatchWindow::Page::Send);
        QVERIFY(banner()->isVisible());
        QCOMPARE(banner()->kind(), MessageBanner::Kind::Error);
        QCOMPARE(banner()->title(), u"The token's daily quota is used up"_s);
        QVERIFY2(banner()->text().contains(u"queue"_s), qPrintable(banner()->text()));
        const QHash<State, int> counts = storedCounts();
        QCOMPARE(counts.value(State::Done), 5);
        QCOMPARE(counts.value(State::Queued), 5);
        QCOMPARE(counts.value(State::Failed), 0);
        QCOMPARE(simValue(*m_otherSim, u"updates_ok"_s), 5);
        QCOMPARE(widget<QPushButton>(u"startButton"_s)->text(), u"&Resume sending"_s);
        QCOMPARE(m_batches->unfinishedBatches().size(), 1);

        // A new day: Resume sending sends exactly the five that were left.
        m_otherSim->admin(u"/__sim/new-day"_s, "POST");
        QCOMPARE(sendAndWait(), BatchRunner::FinishReason::Completed);
        QCOMPARE(storedCounts().value(State::Done), 10);
        QCOMPARE(simValue(*m_otherSim, u"updates_ok"_s), 10);
    }

    void busyCrmIsShownAndRetried()
    {
        // The CRM lets one request in at a time although two are allowed: the second gets the busy 403.
        m_otherSim = std::make_unique<SimulatorProcess>();
        QVERIFY2(m_otherSim->start({u"--max-concurrent"_s, u"1"_s, u"--delay-ms"_s, u"300"_s}),
                 qPrintable(m_otherSim->errorText()));
        openWindow(m_otherSim->server());
        openBatchWindow();
        m_batch->openFile(writeCsv(u"four.csv"_s, spanishCsv(goodRows(4))));
        click(u"checkRowsButton"_s);
        click(u"sendValidButton"_s);
        QCOMPARE(widget<QSpinBox>(u"concurrencySpin"_s)->value(), 2);
        QSignalSpy waiting(m_batch->runner(), &BatchRunner::waiting);
        QSignalSpy finished(m_batch->runner(), &BatchRunner::finished);
        QString statusWhileWaiting;
        const auto watch = connect(m_batch->runner(), &BatchRunner::waiting, this, [&] {
            if (statusWhileWaiting.isEmpty())
                statusWhileWaiting = widget<QLabel>(u"sendStatusLabel"_s)->text();
        });
        click(u"startButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(waiting.size() >= 1, NetworkTimeout);
        QVERIFY2(statusWhileWaiting.startsWith(u"CRM busy, retrying in"_s), qPrintable(statusWhileWaiting));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, NetworkTimeout);
        QCOMPARE(m_batch->runner()->finishReason(), BatchRunner::FinishReason::Completed);
        QCOMPARE(storedCounts().value(State::Done), 4);
        QCOMPARE(simValue(*m_otherSim, u"updates_ok"_s), 4);
        QVERIFY(simValue(*m_otherSim, u"rejected_concurrency"_s) >= 1);
        disconnect(watch);
    }

    void concurrencyIsRememberedAndRespected()
    {
        m_otherSim = std::make_unique<SimulatorProcess>();
        QVERIFY2(m_otherSim->start({u"--delay-ms"_s, u"100"_s}), qPrintable(m_otherSim->errorText()));
        openWindow(m_otherSim->server());
        openBatchWindow();
        m_batch->openFile(writeCsv(u"six.csv"_s, spanishCsv(goodRows(6))));
        click(u"checkRowsButton"_s);
        click(u"sendValidButton"_s);
        auto *spin = widget<QSpinBox>(u"concurrencySpin"_s);
        QCOMPARE(spin->maximum(), 2);
        spin->setFocus();
        QTest::keyClick(spin, Qt::Key_Down);
        QCOMPARE(spin->value(), 1);
        QCOMPARE(m_settings->batchConcurrency(), 1);
        QCOMPARE(sendAndWait(), BatchRunner::FinishReason::Completed);
        QCOMPARE(simValue(*m_otherSim, u"max_in_flight"_s), 1);
        QCOMPARE(simValue(*m_otherSim, u"updates_ok"_s), 6);
    }

    void resumeAfterCrashNeverResendsBlindly()
    {
        // A previous session stored a batch of six and died with two rows on their way.
        qint64 batchId = 0;
        QList<qint64> inFlight;
        {
            BatchStore crashed(databasePath());
            QVERIFY(crashed.open());
            BatchDefaults defaults;
            defaults.server = m_sim.server();
            defaults.operation = Operation;
            const BatchImport import
                = BatchImport::fromBytes(spanishCsv(goodRows(6)), path(u"crashed.csv"_s), defaults);
            QCOMPARE(import.validCount(), 6);
            batchId = crashed.create(import);
            QVERIFY2(batchId > 0, qPrintable(crashed.error()));
            QVERIFY(crashed.claim(batchId));
            const QList<BatchRow> rows = crashed.rows(batchId);
            for (int i : {0, 1}) {
                QVERIFY(crashed.markSending(rows.at(i).id, 0));
                inFlight.append(rows.at(i).id);
            }
        }
        {
            // The store's destructor tidied up; a crash would not have: put the rows back in flight under a
            // session whose process is gone.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"crash"_s);
            db.setDatabaseName(databasePath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(
                q.exec(u"UPDATE batch_rows SET state = 'sending' WHERE id IN (%1, %2)"_s.arg(inFlight.at(0))
                           .arg(inFlight.at(1))));
            QVERIFY(
                q.exec(u"UPDATE batches SET session = 'a-session-that-died' WHERE id = %1"_s.arg(batchId)));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"crash"_s);

        openWindow(m_sim.server());
        QCOMPARE(m_batches->interruptedOnOpen(), 2);
        // The main window offers the batch without blocking anything.
        m_window->offerBatchResume();
        auto *mainBanner = m_window->findChild<MessageBanner *>(u"banner"_s);
        QTRY_VERIFY(mainBanner->isVisible());
        QCOMPARE(mainBanner->title(), u"A bulk correction was not finished"_s);
        QVERIFY2(mainBanner->text().contains(u"check those cases"_s), qPrintable(mainBanner->text()));
        auto *open = mainBanner->findChild<QPushButton *>(u"bannerActionButton"_s);
        QVERIFY(open && open->isVisible());
        open->click();
        QTRY_VERIFY(m_window->batchWindow() && m_window->batchWindow()->isVisible());
        m_batch = m_window->batchWindow();
        QCOMPARE(m_batch->page(), BatchWindow::Page::Source);
        auto *list = widget<QTreeWidget>(u"unfinishedList"_s);
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(6), u"2"_s); // interrupted
        QCOMPARE(list->topLevelItem(0)->text(5), u"4"_s); // queued
        QCOMPARE(simValue(m_sim, u"requests"_s), 0);

        // Show: the two rows are marked for checking, with a tick box each; nothing was sent.
        click(u"showBatchButton"_s);
        QCOMPARE(m_batch->page(), BatchWindow::Page::Results);
        QCOMPARE(resultsModel()->counts().value(State::Interrupted), 2);
        QVERIFY(banner()->title().contains(u"interrupted"_s));
        const int interruptedRow = resultsModel()->indexOfId(inFlight.at(0));
        QCOMPARE(resultsModel()->index(interruptedRow, BatchRowsModel::OutcomeColumn).data().toString(),
                 u"Interrupted — check the case"_s);
        QCOMPARE(
            resultsModel()->index(interruptedRow, BatchRowsModel::RowColumn).data(Qt::CheckStateRole).toInt(),
            int(Qt::Unchecked));
        QVERIFY(widget<QPushButton>(u"resendInterruptedButton"_s)->isVisible());
        QVERIFY(!widget<QPushButton>(u"resendInterruptedButton"_s)->isEnabled());

        // Resume sends the four queued rows only.
        widget<QToolButton>(u"stepSourceButton"_s)->click();
        QCOMPARE(m_batch->page(), BatchWindow::Page::Source);
        QCOMPARE(sendAndWait(u"resumeBatchButton"_s), BatchRunner::FinishReason::Completed);
        QCOMPARE(simValue(m_sim, u"requests"_s), 4);
        QCOMPARE(storedCounts().value(State::Done), 4);
        QCOMPARE(storedCounts().value(State::Interrupted), 2);
        for (int i : {0, 1})
            QCOMPARE(m_sim.storedCase(Operation, Cases.at(i)).value(u"updates"_s).toInt(), 0);

        // The user checked case 0 in the CRM: ticks it (Space on its row) and confirms.
        QVERIFY(m_batch->setPage(BatchWindow::Page::Results));
        auto *view = widget<QTableView>(u"resultsView"_s);
        const QModelIndex tick
            = resultsProxy()->mapFromSource(resultsModel()->index(interruptedRow, BatchRowsModel::RowColumn));
        view->setFocus();
        view->setCurrentIndex(tick);
        QTest::keyClick(view, Qt::Key_Space);
        QTRY_COMPARE(resultsModel()->checkedIds(), QList<qint64>{inFlight.at(0)});
        QTRY_VERIFY(widget<QPushButton>(u"resendInterruptedButton"_s)->isEnabled());
        // Cancel first: still nothing sent.
        click(u"resendInterruptedButton"_s);
        answer(u"resendInterruptedBox"_s, QString());
        QCOMPARE(simValue(m_sim, u"requests"_s), 4);
        QSignalSpy finished(m_batch->runner(), &BatchRunner::finished);
        click(u"resendInterruptedButton"_s);
        answer(u"resendInterruptedBox"_s, u"resendConfirmButton"_s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, NetworkTimeout);
        QCOMPARE(simValue(m_sim, u"requests"_s), 5);
        QCOMPARE(m_sim.storedCase(Operation, Cases.at(0)).value(u"updates"_s).toInt(), 1);
        QCOMPARE(m_sim.storedCase(Operation, Cases.at(1)).value(u"updates"_s).toInt(), 0);
        QCOMPARE(storedCounts().value(State::Done), 5);
        QCOMPARE(storedCounts().value(State::Interrupted), 1);
    }

    void exportResultsCsv()
    {
        openWindow(m_sim.server());
        openBatchWindow();
        QList<Row> rows = goodRows(2);
        Row bad = goodRow(2);
        bad.responsible = u"nadie"_s;
        rows.append(bad);
        Row unknownUser = goodRow(3);
        unknownUser.responsible
            = u"maria.perez@modulodeprueba"_s; // well-formed, but the CRM has no such user
        rows.append(unknownUser);
        m_batch->openFile(writeCsv(u"export-me.csv"_s, spanishCsv(rows)));
        click(u"checkRowsButton"_s);
        click(u"sendValidButton"_s);
        QCOMPARE(sendAndWait(), BatchRunner::FinishReason::Completed);

        const QString out = path(u"results.csv"_s);
        click(u"exportResultsButton"_s);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_batch->findChild<QFileDialog *>(u"exportResultsDialog"_s))
                    && dialog->isVisible());
        dialog->selectFile(out);
        QTest::keyClick(dialog, Qt::Key_Return);
        QTRY_VERIFY(QFileInfo::exists(out));
        QTRY_COMPARE(banner()->title(), u"Results exported"_s);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xef\xbb\xbf"));
        const CsvTable table = CsvReader::read(bytes);
        QVERIFY(table.isUsable());
        QCOMPARE(table.header,
                 (QStringList{u"row"_s, u"line"_s, u"case_id"_s, u"state"_s, u"outcome"_s, u"http_status"_s,
                              u"code"_s, u"message"_s, u"wolkvox_id"_s, u"attempts"_s}));
        QCOMPARE(table.rows.size(), 4);
        for (int i = 0; i < 2; ++i) {
            const QStringList cells = table.rows.at(i).cells;
            QCOMPARE(cells.at(2), Cases.at(i));
            QCOMPARE(cells.at(3), u"done"_s);
            QCOMPARE(cells.at(4), u"success"_s);
            QCOMPARE(cells.at(5), u"200"_s);
            QCOMPARE(cells.at(8), Cases.at(i));
            QCOMPARE(cells.at(9), u"1"_s);
        }
        QCOMPARE(table.rows.at(2).cells.at(3), u"skipped"_s);
        QVERIFY(table.rows.at(2).cells.at(7).contains(u"nadie"_s));
        QCOMPARE(table.rows.at(3).cells.at(3), u"failed"_s);
        QCOMPARE(table.rows.at(3).cells.at(4), u"rejected"_s);
        QVERIFY(table.rows.at(3).cells.at(5).toInt() >= 400);

        // The failed row: shown by the filter, with the CRM's words, and offered for a retry.
        auto *filter = widget<QComboBox>(u"resultsFilterCombo"_s);
        const int failedItem = filter->findData(BatchRow::stateId(State::Failed));
        QVERIFY(failedItem > 0);
        filter->setCurrentIndex(failedItem);
        Q_EMIT filter->activated(failedItem);
        QCOMPARE(resultsProxy()->rowCount(), 1);
        QCOMPARE(resultsProxy()->index(0, BatchRowsModel::CaseColumn).data().toString(), Cases.at(3));
        QCOMPARE(resultsProxy()->index(0, BatchRowsModel::OutcomeColumn).data().toString(),
                 u"Rejected by the CRM"_s);
        QVERIFY(widget<QPushButton>(u"retryFailedButton"_s)->isVisible());
        filter->setCurrentIndex(0);
        Q_EMIT filter->activated(0);
        QCOMPARE(resultsProxy()->rowCount(), 4);

        // Copy puts the rows on the clipboard for a spreadsheet (all of them when none is selected).
        widget<QTableView>(u"resultsView"_s)->clearSelection();
        click(u"copyResultsButton"_s);
        const QStringList copied = QGuiApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(copied.size(), 5);
        QVERIFY(copied.at(1).startsWith(u"1\t"_s + Cases.at(0)));

        // Retry sends the failed row, and only it, once more.
        const qint64 before = simValue(m_sim, u"requests"_s);
        QCOMPARE(sendAndWait(u"retryFailedButton"_s), BatchRunner::FinishReason::Completed);
        QCOMPARE(simValue(m_sim, u"requests"_s), before + 1);
        const int failed = resultsModel()->indexOfId(resultsModel()->row(3).id);
        QCOMPARE(resultsModel()->row(failed).state, State::Failed);
        QCOMPARE(resultsModel()->row(failed).attempts, 2);
        QCOMPARE(storedCounts().value(State::Done), 2);
    }

    void closingWhileSendingAsksAndPauses()
    {
        prepareSlowBatch(10);
        click(u"startButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(storedCounts().value(State::Done) >= 1, NetworkTimeout);
        m_batch->close();
        QVERIFY(m_batch->isVisible());
        answer(u"closeWhileSendingBox"_s, u"pauseAndCloseButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!m_batch->isVisible(), NetworkTimeout);
        QCOMPARE(m_batch->runner()->state(), BatchRunner::State::Paused);
        // Nothing was left in flight or interrupted; the rest waits for the user.
        QCOMPARE(storedCounts().value(State::Sending), 0);
        QCOMPARE(storedCounts().value(State::Interrupted), 0);
        QVERIFY(storedCounts().value(State::Queued) > 0);
        // Reopened, it is still there to resume.
        openBatchWindow();
        QCOMPARE(m_batch->page(), BatchWindow::Page::Send);
        QCOMPARE(widget<QPushButton>(u"pauseButton"_s)->text(), u"&Resume"_s);
        QSignalSpy finished(m_batch->runner(), &BatchRunner::finished);
        click(u"pauseButton"_s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, NetworkTimeout);
        QCOMPARE(storedCounts().value(State::Done), 10);
        QCOMPARE(simValue(*m_otherSim, u"requests"_s), 10);
    }

    void languageSwitchKeepsEveryChoice()
    {
        openWindow(m_sim.server());
        openBatchWindow();
        m_batch->openFile(writeCsv(u"lang.csv"_s, spanishCsv(goodRows(3))));
        chooseTarget(u"Canal"_s, Target::CustomField);
        click(u"checkRowsButton"_s);
        const QString english = widget<QPushButton>(u"openFileButton"_s)->text();
        Translations::install(u"es"_s, QLocale(QLocale::Spanish, QLocale::Colombia));
        Translations::install(u"en"_s, QLocale(QLocale::English, QLocale::UnitedStates));
        // Rebuilt texts, same state: the step, the rows, the column choices and their combos.
        QCOMPARE(widget<QPushButton>(u"openFileButton"_s)->text(), english);
        QCOMPARE(m_batch->page(), BatchWindow::Page::Check);
        QCOMPARE(checkProxy()->rowCount(), 3);
        QCOMPARE(targetOf(u"Canal"_s), Target::CustomField);
        auto *combo = qobject_cast<QComboBox *>(mappingView()->indexWidget(
            mappingModel()->index(mappingRow(u"Canal"_s), ColumnMappingModel::TargetColumn)));
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toInt(), int(Target::CustomField));
        QCOMPARE(combo->count(), int(ColumnMapping::targets().size()));
        QCOMPARE(widget<QComboBox>(u"unknownColumnsCombo"_s)->count(), 2);
        QVERIFY(widget<QPushButton>(u"sendValidButton"_s)->text().contains(u"3"_s));
    }

    void tenThousandRowsStayResponsive()
    {
        // The check table holds every row of a large file; building and filtering it is quick enough for a
        // person (not timed: a view over 10,000 rows must simply work, and filter in one step).
        openWindow(m_sim.server());
        openBatchWindow();
        QStringList lines{u"wolkvox-id,estado,prioridad,responsable,tipo"_s};
        for (int i = 0; i < 10000; ++i) {
            lines.append(u"%1,in progress,low,%2,Request"_s.arg(
                u"case%1"_s.arg(i, 6, 10, QChar(u'0')), i % 1000 == 0 ? u"nobody"_s : Users.at(i % 4)));
        }
        m_batch->openFile(writeCsv(u"large.csv"_s, lines.join(u'\n').toUtf8()));
        // Half a megabyte is read and checked in a pool thread.
        QTRY_VERIFY(!m_batch->isReading());
        click(u"checkRowsButton"_s);
        QCOMPARE(checkProxy()->rowCount(), 10000);
        widget<QCheckBox>(u"onlyProblemsCheck"_s)->click();
        QCOMPARE(checkProxy()->rowCount(), 10);
        QVERIFY(widget<QPushButton>(u"sendValidButton"_s)->text().contains(u"9990"_s)
                || widget<QPushButton>(u"sendValidButton"_s)->text().contains(u"9,990"_s));
    }
};

QTEST_MAIN(TestBatchWindow)
#include "tst_batchwindow.moc"
