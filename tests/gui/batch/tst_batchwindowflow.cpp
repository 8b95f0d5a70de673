#include "core/batch/batchstore.h"
#include "core/global.h"
#include "core/net/casesclient.h"
#include "core/profiles/settings.h"
#include "gui/batch/batchwindow.h"
#include "gui/widgets/messagebanner.h"
#include "support/simulatorprocess.h"
#include "support/testfiles.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QtTest>
#include <memory>

namespace {
constexpr int NetworkTimeout = 60000;
const QString Token = QString::fromLatin1(SimulatorProcess::DemoToken);
const QString Operation = QString::fromLatin1(SimulatorProcess::DemoOperation);
using State = BatchRow::State;

// Seeded cases and users of the simulator's demo operation (resources/sim/demo-operation.json).
const QStringList Cases{u"6074aaa0801374bbbbb781025ccc7d3"_s, u"64cb13ac9f0e1a7c2d5b8e4f6a1c0d2"_s,
                        u"5f7beb43e37a789eeffd3b2a3ee62f4"_s, u"53471299bf2b2c0058c5c89083ab21a"_s,
                        u"cf9d6a6d52313c6d1fd8dc04c4dcd40"_s, u"6fed0024251189960d22b4608238bd6"_s,
                        u"6c52d166963b0ac8e6ee15fc555ff99"_s, u"c775a8a86ff956ba1022ebc0daaf89b"_s,
                        u"9d59144a55a2fb8870aedbdd904ba73"_s, u"8204553bb6af93f39f739d5ed554c55"_s,
                        u"1c3e075d344fed2469e2b013439302e"_s, u"52f9c7ad19776af86b2134fa31bb559"_s};

// `count` valid rows, ';'-separated as a Spanish spreadsheet writes them.
QByteArray rows(int count)
{
    QByteArray csv = "id;tipo;responsable;estado;prioridad\n";
    for (int i = 0; i < count; ++i)
        csv += Cases.at(i).toLatin1() + ";Request;ana@modulodeprueba;in progress;low\n";
    return csv;
}

// The geometry of `widget` in its window's coordinates.
QRect inWindow(const QWidget *widget)
{
    return QRect(widget->mapTo(widget->window(), QPoint(0, 0)), widget->size());
}
} // namespace

// The bulk-correction window on its own, over a real batch database and the CRM simulator: reading large
// files without freezing, the keyboard, where the steps put their main button, sending what a cancel left,
// and what a malformed row's message says.
class TestBatchWindowFlow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SimulatorProcess m_sim;
    std::unique_ptr<SimulatorProcess> m_slowSim;
    int m_counter = 0;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<CasesClient> m_client;
    std::unique_ptr<BatchStore> m_batches;
    std::unique_ptr<BatchWindow> m_window;

    QString path(const QString &name) const { return m_dir.filePath(u"%1/%2"_s.arg(m_counter).arg(name)); }

    template <typename T> T *widget(const QString &name) const
    {
        T *found = m_window->findChild<T *>(name);
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

    void answer(const QString &boxName, const QString &buttonName)
    {
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(boxName)) && box->isVisible());
        auto *button = box->findChild<QAbstractButton *>(buttonName);
        QVERIFY2(button, qPrintable(buttonName));
        button->click();
        QTRY_VERIFY(!m_window->findChild<QMessageBox *>(boxName));
    }

    void openWindow(const QString &server)
    {
        m_window.reset();
        m_batches.reset();
        m_settings = std::make_unique<Settings>(path(u"settings.ini"_s));
        m_batches = std::make_unique<BatchStore>(path(u"history.sqlite"_s));
        QVERIFY2(m_batches->open(), qPrintable(m_batches->error()));
        m_window = std::make_unique<BatchWindow>(m_batches.get(), m_client.get(), nullptr, m_settings.get());
        m_window->setDefaultsProvider([server] {
            BatchDefaults defaults;
            defaults.server = server;
            defaults.operation = Operation;
            return defaults;
        });
        m_window->setTokenProvider([] { return Token; });
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    // `count` rows checked and on the send step, against a simulator that answers in 150 ms.
    void prepareSlowBatch(int count)
    {
        m_slowSim = std::make_unique<SimulatorProcess>();
        QVERIFY2(m_slowSim->start({u"--delay-ms"_s, u"150"_s}), qPrintable(m_slowSim->errorText()));
        openWindow(m_slowSim->server());
        m_window->openFile(TestFiles::write(path(u"slow.csv"_s), rows(count)));
        QCOMPARE(m_window->page(), BatchWindow::Page::Mapping);
        QVERIFY(m_window->setPage(BatchWindow::Page::Send));
    }

    MessageBanner *banner() const { return widget<MessageBanner>(u"batchBanner"_s); }

    // Every task of the pool has finished and its result was delivered to the window.
    static void settlePool()
    {
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<BatchRunner::FinishReason>();
        QVERIFY(m_dir.isValid());
        // Documents and the other standard folders of a user of our own.
        qputenv("HOME", m_dir.filePath(u"home"_s).toUtf8());
        qunsetenv("XDG_DOCUMENTS_DIR");
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"home/.config"_s).toUtf8());
        QVERIFY(QDir().mkpath(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)));
        QVERIFY2(m_sim.start(), qPrintable(m_sim.errorText()));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<CasesClient>(m_network.get());
    }

    void init()
    {
        ++m_counter;
        QVERIFY(QDir().mkpath(path(QString())));
        m_sim.admin(u"/__sim/reset"_s, "POST");
    }

    void cleanup()
    {
        m_window.reset();
        settlePool();
        m_batches.reset();
        m_settings.reset();
        m_slowSim.reset();
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_network.reset();
    }

    void largeFileIsReadWhileTheWindowAnswers()
    {
        openWindow(m_sim.server());
        // 64 MiB, the most a table may have: long notes make it a few thousand rows.
        const QString big = path(u"large.csv"_s);
        {
            QFile file(big);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("id;tipo;responsable;estado;prioridad;notas\n");
            const QByteArray notes(16000, 'n');
            for (int i = 0;; ++i) {
                const QByteArray line
                    = u"case%1;Request;ana@modulodeprueba;in progress;low;"_s.arg(i, 6, 10, QChar(u'0'))
                          .toLatin1()
                    + notes + '\n';
                if (file.size() + line.size() > CsvReader::MaxBytes)
                    break;
                file.write(line);
            }
        }
        QVERIFY(QFileInfo(big).size() > (CsvReader::MaxBytes - 20000));

        // The event loop keeps turning while the file is read: a zero timer fires, a button can be pressed.
        int ticksWhileReading = 0;
        QTimer zero;
        zero.setInterval(0);
        connect(&zero, &QTimer::timeout, this, [&] {
            if (!m_window->hasImport())
                ++ticksWhileReading;
        });
        zero.start();
        m_window->openFile(big);
        QVERIFY2(!m_window->hasImport(), "the file was read before openFile() returned");
        QTRY_VERIFY(ticksWhileReading >= 3);
        // The wait is shown, and nothing else can be done with the previous table meanwhile.
        auto *cancel = widget<QPushButton>(u"cancelReadingButton"_s);
        QVERIFY(cancel && cancel->isVisible());
        QVERIFY(widget<QPushButton>(u"openFileButton"_s)->isEnabled());
        click(u"cancelReadingButton"_s);
        QVERIFY(!cancel->isVisible());
        settlePool(); // its result arrives, and is dropped
        QVERIFY(!m_window->hasImport());
        QCOMPARE(m_window->page(), BatchWindow::Page::Source);

        // Waited for, it shows the columns of every row.
        ticksWhileReading = 0;
        m_window->openFile(big);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->hasImport(), NetworkTimeout);
        QVERIFY(ticksWhileReading >= 1);
        QCOMPARE(m_window->page(), BatchWindow::Page::Mapping);
        QVERIFY(m_window->currentImport().rowCount() > 4000);
        QCOMPARE(m_window->currentImport().sourceName(), u"large.csv"_s);
    }

    void newerFileWinsOverOneStillBeingRead()
    {
        openWindow(m_sim.server());
        m_window->session()->setInlineReadLimit(0); // every file in the background
        const QString first = TestFiles::write(path(u"first.csv"_s), rows(3));
        const QString second = TestFiles::write(path(u"second.csv"_s), rows(2));
        m_window->openFile(first);
        m_window->openFile(second);
        QVERIFY(m_window->isReading());
        settlePool();
        QVERIFY(!m_window->isReading());
        QCOMPARE(m_window->currentImport().sourceName(), u"second.csv"_s);
        QCOMPARE(m_window->currentImport().rowCount(), 2);

        // Esc stops the reading, and leaves the window open.
        m_window->session()->newBatch();
        m_window->openFile(first);
        QVERIFY(m_window->isReading());
        QTest::keyClick(m_window.get(), Qt::Key_Escape);
        QVERIFY(!m_window->isReading());
        QVERIFY(m_window->isVisible());
        settlePool();
        QVERIFY(!m_window->hasImport());

        // Closing the window while a file is read drops it too.
        m_window->openFile(first);
        m_window->close();
        settlePool();
        QVERIFY(!m_window->hasImport());
    }

    void escapeClosesTheWindowUnlessItSends()
    {
        openWindow(m_sim.server());
        widget<QPushButton>(u"openFileButton"_s)->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!m_window->isVisible());

        // While sending, Esc asks as closing does; Esc again keeps sending.
        prepareSlowBatch(6);
        QSignalSpy finished(m_window->runner(), &BatchRunner::finished);
        click(u"startButton"_s);
        QTRY_VERIFY(m_window->isSending());
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClick(focus ? focus : m_window.get(), Qt::Key_Escape);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"closeWhileSendingBox"_s))
                    && box->isVisible());
        QTest::keyClick(box, Qt::Key_Escape);
        QTRY_VERIFY(!m_window->findChild<QMessageBox *>(u"closeWhileSendingBox"_s));
        QVERIFY(m_window->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, NetworkTimeout);
        QCOMPARE(m_window->runner()->finishReason(), BatchRunner::FinishReason::Completed);
    }

    void sendButtonSitsWhereTheOtherStepsPutTheirs()
    {
        openWindow(m_sim.server());
        m_window->openFile(TestFiles::write(path(u"three.csv"_s), rows(3)));
        QCoreApplication::processEvents(); // the page is laid out
        const QRect columnsNext = inWindow(widget<QPushButton>(u"checkRowsButton"_s));
        QVERIFY(m_window->setPage(BatchWindow::Page::Check));
        QCoreApplication::processEvents();
        const QRect checkNext = inWindow(widget<QPushButton>(u"sendValidButton"_s));
        QVERIFY(m_window->setPage(BatchWindow::Page::Send));
        QCoreApplication::processEvents();
        const QRect start = inWindow(widget<QPushButton>(u"startButton"_s));
        // Bottom right, as on the steps before.
        QCOMPARE(columnsNext.right(), checkNext.right());
        QCOMPARE(start.right(), checkNext.right());
        QCOMPARE(start.bottom(), checkNext.bottom());
        QCOMPARE(start.bottom(), columnsNext.bottom());
    }

    void cancelledRowsCanBeSentLater()
    {
        prepareSlowBatch(10);
        QSignalSpy finished(m_window->runner(), &BatchRunner::finished);
        click(u"startButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_batches->counts(m_window->batchId()).value(State::Done) >= 1,
                                 NetworkTimeout);
        click(u"cancelSendButton"_s);
        answer(u"cancelBatchBox"_s, u"cancelBatchConfirmButton"_s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, NetworkTimeout);
        QCOMPARE(m_window->runner()->finishReason(), BatchRunner::FinishReason::Cancelled);
        const int cancelled = m_batches->counts(m_window->batchId()).value(State::Cancelled);
        QVERIFY2(cancelled > 0, "nothing was left to cancel");

        // The banner offers the rest, and so does the results step for as long as it is left.
        QTRY_COMPARE(m_window->page(), BatchWindow::Page::Results);
        auto *offer = banner()->findChild<QPushButton *>(u"bannerSendRemainingButton"_s);
        QVERIFY(offer && offer->isVisible());
        QVERIFY2(offer->text().contains(QString::number(cancelled)), qPrintable(offer->text()));
        auto *button = widget<QPushButton>(u"sendRemainingButton"_s);
        QVERIFY(button && button->isVisible() && button->isEnabled());
        QVERIFY2(button->text().contains(QString::number(cancelled)), qPrintable(button->text()));

        click(u"sendRemainingButton"_s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, NetworkTimeout);
        QCOMPARE(m_window->runner()->finishReason(), BatchRunner::FinishReason::Completed);
        const QHash<State, int> counts = m_batches->counts(m_window->batchId());
        QCOMPARE(counts.value(State::Done), 10);
        QCOMPARE(counts.value(State::Cancelled), 0);
        // Each case once: the cancelled rows had not been sent.
        QCOMPARE(m_slowSim->stats().value(u"updates_ok"_s).toInteger(), 10);
        QCOMPARE(m_slowSim->stats().value(u"requests"_s).toInteger(), 10);
        QTRY_VERIFY(!widget<QPushButton>(u"sendRemainingButton"_s)->isVisible());
    }

    void raggedRowNamesAnUnquotedSeparator()
    {
        openWindow(m_sim.server());
        // A solution with a ';' of its own and no quotes around it; and a cell too many with no such sign.
        const QByteArray csv = "id;tipo;responsable;estado;prioridad;solución\n" + Cases.at(0).toLatin1()
            + ";Request;ana@modulodeprueba;closed;low;Router replaced; customer happy\n"
            + Cases.at(1).toLatin1() + ";Request;ana@modulodeprueba;closed;low;\"Cable; replaced\"\n"
            + Cases.at(2).toLatin1() + ";Request;ana@modulodeprueba;closed;low;Fixed;extra\n";
        m_window->openFile(TestFiles::write(path(u"unquoted.csv"_s), csv));
        QVERIFY(m_window->setPage(BatchWindow::Page::Check));
        QTRY_VERIFY(banner()->isVisible());
        const QStringList lines = banner()->text().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).contains(u"Row 1 (line 2)"_s) && lines.at(0).contains(u"“solución”"_s)
                     && lines.at(0).contains(u"quote"_s)
                     && lines.at(0).contains(u"“Router replaced; customer happy”"_s),
                 qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).contains(u"Row 3 (line 4)"_s) && !lines.at(1).contains(u"quote"_s),
                 qPrintable(lines.at(1)));
        QCOMPARE(m_window->currentImport().validCount(), 1);
    }

    void fileDialogsStartInTheLastFolderElseDocuments()
    {
        openWindow(m_sim.server());
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        click(u"openFileButton"_s);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QFileDialog *>(u"openCsvDialog"_s)) && dialog->isVisible());
        QCOMPARE(QDir(dialog->directory()).canonicalPath(), QDir(documents).canonicalPath());
        const QString file = TestFiles::write(path(u"tables/march.csv"_s), rows(2));
        dialog->selectFile(file);
        QTest::keyClick(dialog, Qt::Key_Return);
        QTRY_VERIFY(!m_window->findChild<QFileDialog *>(u"openCsvDialog"_s));
        QCOMPARE(m_window->currentImport().sourceName(), u"march.csv"_s);

        // The next file is looked for where the last one was.
        QVERIFY(m_window->setPage(BatchWindow::Page::Source));
        click(u"openFileButton"_s);
        QTRY_VERIFY((dialog = m_window->findChild<QFileDialog *>(u"openCsvDialog"_s)) && dialog->isVisible());
        QCOMPARE(QDir(dialog->directory()).canonicalPath(), QFileInfo(file).canonicalPath());
        dialog->reject();
        QTRY_VERIFY(!m_window->findChild<QFileDialog *>(u"openCsvDialog"_s));
    }
};

QTEST_MAIN(TestBatchWindowFlow)
#include "tst_batchwindowflow.moc"
