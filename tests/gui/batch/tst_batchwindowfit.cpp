#include "core/batch/batchstore.h"
#include "core/global.h"
#include "core/net/casesclient.h"
#include "core/profiles/settings.h"
#include "core/translations.h"
#include "gui/batch/batchwindow.h"
#include "support/fitcheck.h"
#include "support/testfiles.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTreeView>
#include <QtTest>
#include <memory>

namespace {
using State = BatchRow::State;

// A file that makes every step show all it can: custom fields, attachments, a solution, rows with problems.
QByteArray table()
{
    QByteArray csv = "wolkvox-id;tipo de caso;responsable;estado;prioridad;solución;adjuntos;form:canal\n";
    for (int i = 0; i < 8; ++i) {
        csv += QByteArray::number(0x6074aaa0 + i, 16) + "801374bbbbb781025ccc7d3;Request;"
            + (i == 3 ? "nadie" : "maria.jose@modulodeprueba") + ";closed;high;Router replaced;;WhatsApp\n";
    }
    return csv;
}

} // namespace

// The bulk-correction window at 1024 × 700 and at half a 1366 screen (683 px), in each language: no label
// or button is cut, no input is narrower than it needs, and the last column of each table can be reached.
class TestBatchWindowFit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<CasesClient> m_client;
    std::unique_ptr<BatchStore> m_batches;
    std::unique_ptr<BatchWindow> m_window;
    qint64 m_batchId = 0;
    QSize m_wanted;

    // Everything the page shown and the window's own bar show, measured against the room it got.
    QStringList cutWidgets(const QString &where) const
    {
        auto *pages = m_window->findChild<QStackedWidget *>(u"pages"_s);
        return FitCheck::cutWidgets(m_window.get(), where, [pages](QWidget *w) {
            return w->isAncestorOf(pages)
                || (pages->isAncestorOf(w) && !pages->currentWidget()->isAncestorOf(w));
        });
    }

    // Scrolled to its last column, a table shows it.
    QStringList unreachableColumns(const QString &where) const
    {
        QStringList out;
        const auto views = m_window->findChildren<QAbstractItemView *>();
        for (QAbstractItemView *view : views) {
            if (!view->isVisibleTo(m_window.get()) || !view->model() || view->model()->rowCount() == 0)
                continue;
            const QHeaderView *header = nullptr;
            if (auto *table = qobject_cast<QTableView *>(view))
                header = table->horizontalHeader();
            else if (auto *tree = qobject_cast<QTreeView *>(view))
                header = tree->header();
            if (!header)
                continue;
            int last = -1;
            for (int visual = header->count() - 1; visual >= 0 && last < 0; --visual) {
                if (!header->isSectionHidden(header->logicalIndex(visual)))
                    last = header->logicalIndex(visual);
            }
            const QModelIndex index = view->model()->index(0, last);
            view->scrollTo(index);
            const QRect cell = view->visualRect(index);
            if (!cell.intersects(view->viewport()->rect()))
                out.append(u"%1: the last column of %2 cannot be reached"_s.arg(where, view->objectName()));
            view->horizontalScrollBar()->setValue(0);
        }
        return out;
    }

    // Who holds the window wider than it was asked to be.
    QString widthNeeds() const
    {
        QStringList needs;
        const auto pages = m_window->findChild<QStackedWidget *>(u"pages"_s);
        for (int i = 0; i < pages->count(); ++i)
            needs.append(u"%1 %2"_s.arg(pages->widget(i)->objectName())
                             .arg(pages->widget(i)->minimumSizeHint().width()));
        for (const char *name : {"stepsLayout", "batchLayout"}) {
            if (const auto *layout = m_window->findChild<QLayout *>(QString::fromLatin1(name)))
                needs.append(u"%1 %2"_s.arg(QString::fromLatin1(name)).arg(layout->minimumSize().width()));
        }
        const auto layouts = pages->currentWidget()->findChildren<QLayout *>();
        for (const QLayout *layout : layouts)
            needs.append(u"%1 %2"_s.arg(layout->objectName()).arg(layout->minimumSize().width()));
        return needs.join(u", "_s);
    }

    void verifyPage(BatchWindow::Page page, const QString &where)
    {
        QVERIFY2(m_window->setPage(page), qPrintable(where));
        QCoreApplication::processEvents(); // laid out
        QStringList problems = cutWidgets(where);
        problems += unreachableColumns(where);
        if (m_window->width() != m_wanted.width())
            problems.append(u"%1: the window is %2 px wide, not %3: %4"_s.arg(where)
                                .arg(m_window->width())
                                .arg(m_wanted.width())
                                .arg(widthNeeds()));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<CasesClient>(m_network.get());
        m_batches = std::make_unique<BatchStore>(m_dir.filePath(u"history.sqlite"_s));
        QVERIFY2(m_batches->open(), qPrintable(m_batches->error()));

        // A stored batch with a row in every state the results can show.
        BatchDefaults defaults;
        defaults.server = u"https://crm0001.wolkvox.com"_s;
        defaults.operation = u"modulodeprueba"_s;
        const BatchImport import
            = BatchImport::fromBytes(table(), m_dir.filePath(u"reasignacion-marzo.csv"_s), defaults);
        m_batchId = m_batches->create(import);
        QVERIFY2(m_batchId > 0, qPrintable(m_batches->error()));
        QVERIFY(m_batches->claim(m_batchId));
        const QList<BatchRow> rows = m_batches->rows(m_batchId, {State::Queued});
        QVERIFY(rows.size() >= 6);
        ApiResult done;
        done.outcome = ApiResult::Outcome::Success;
        done.httpStatus = 200;
        done.code = 200;
        done.msg = u"Succesfully update record"_s;
        ApiResult refused;
        refused.outcome = ApiResult::Outcome::Rejected;
        refused.httpStatus = 400;
        refused.code = 400;
        refused.error = u"THE STATUS DOES NOT EXIST FOR THIS CASE TYPE"_s;
        ApiResult timeout;
        timeout.outcome = ApiResult::Outcome::Timeout;
        for (int i = 0; i < 4; ++i)
            QVERIFY(m_batches->markSending(rows.at(i).id, 0));
        QVERIFY(m_batches->markAnswered(rows.at(0).id, done, 0));
        QVERIFY(m_batches->markAnswered(rows.at(1).id, refused, 0));
        QVERIFY(m_batches->markAnswered(rows.at(2).id, timeout, 0));
        QVERIFY(m_batches->markInterrupted(rows.at(3).id));
        QVERIFY(m_batches->cancelQueued(m_batchId) > 0);
        m_batches->release(m_batchId);

        m_window = std::make_unique<BatchWindow>(m_batches.get(), m_client.get(), nullptr, m_settings.get());
        m_window->setDefaultsProvider([defaults] { return defaults; });
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        Translations::install(u"en"_s, QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void everyStepFits_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const QString &language : {u"en"_s, u"es"_s, u"pt_BR"_s}) {
            QTest::addRow("%s 1024x700", qPrintable(language)) << language << QSize(1024, 700);
            QTest::addRow("%s 683x700", qPrintable(language)) << language << QSize(683, 700);
        }
    }

    void everyStepFits()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        Translations::install(language);
        QCoreApplication::processEvents(); // the language change reaches every widget
        m_wanted = size;
        m_window->resize(size);
        QCoreApplication::processEvents();

        // A file being prepared: source, columns, check and send.
        m_window->session()->newBatch();
        verifyPage(BatchWindow::Page::Source, language + u" source"_s);
        m_window->openFile(TestFiles::write(m_dir.filePath(u"reasignacion-abril.csv"_s), table()));
        verifyPage(BatchWindow::Page::Mapping, language + u" columns"_s);
        verifyPage(BatchWindow::Page::Check, language + u" check"_s);
        verifyPage(BatchWindow::Page::Send, language + u" send"_s);
        // The stored batch: sent, refused, timed out, interrupted and cancelled rows.
        m_window->showBatch(m_batchId, BatchWindow::Page::Results);
        verifyPage(BatchWindow::Page::Results, language + u" results"_s);
        verifyPage(BatchWindow::Page::Send, language + u" send, stored"_s);
        m_window->session()->newBatch();
        verifyPage(BatchWindow::Page::Source, language + u" source, unfinished"_s);
    }
};

QTEST_MAIN(TestBatchWindowFit)
#include "tst_batchwindowfit.moc"
