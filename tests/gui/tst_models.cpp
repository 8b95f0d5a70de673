#include "core/global.h"
#include "core/history/deferredhistorystore.h"
#include "core/history/historystore.h"
#include "core/history/sqlitehistorystore.h"
#include "gui/history/historymodel.h"
#include "gui/history/historypane.h"
#include "gui/main/attachmentsmodel.h"
#include "gui/main/customfieldsmodel.h"
#include "gui/widgets/icons.h"
#include "gui/widgets/messagebanner.h"
#include "gui/widgets/palette.h"
#include "gui/widgets/repaintthrottle.h"
#include "gui/widgets/textwrap.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QUrl>
#include <QtTest>

// The window's models on their own, each watched by QAbstractItemModelTester.
class TestModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString file(const QString &name, qint64 size = 10)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.resize(size);
        return path;
    }

private Q_SLOTS:
    // The window opens its history after the first frame: the pane paints that frame without rows, then
    // shows the file's rows, its search and filters and its export buttons once the store has opened.
    void historyPaneFillsOnceTheDeferredStoreOpens()
    {
        const QString path = m_dir.filePath(u"deferred-history.sqlite"_s);
        {
            SqliteHistoryStore file(path);
            QVERIFY(file.open());
            for (const QString &id : {u"first"_s, u"second"_s}) {
                HistoryEntry e;
                e.time = QDateTime::currentDateTimeUtc();
                e.update.wolkvoxId = id;
                e.state = HistoryEntry::State::Done;
                file.add(e);
            }
        }
        SqliteHistoryStore file(path);
        DeferredHistoryStore *self = nullptr;
        DeferredHistoryStore store([&] {
            QVERIFY(file.open());
            self->setTarget(&file);
        });
        self = &store;
        HistoryPane pane;
        pane.setStore(&store);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QTableView *view = pane.view();
        QCOMPARE(view->model()->rowCount(), 0);
        auto *search = pane.findChild<QLineEdit *>(u"historySearchEdit"_s);
        QVERIFY(search);
        QVERIFY(!search->isVisible());

        store.open();
        QCOMPARE(view->model()->rowCount(), 2);
        QCOMPARE(view->model()->index(0, 0).isValid(), true);
        QVERIFY(search->isVisible());
        QVERIFY(pane.findChild<QWidget *>(u"exportCsvButton"_s)->isVisible());
        QVERIFY(view->horizontalHeader()->sectionsClickable());
    }

    void badgesAreSvgFilesInThePalettesColours_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("icon");
        using R = Palette::Role;
        using I = Icons::Id;
        QTest::newRow("success") << u"success"_s << int(R::Success) << int(I::Success);
        QTest::newRow("failure") << u"failure"_s << int(R::Error) << int(I::Failure);
        QTest::newRow("warning") << u"warning"_s << int(R::Warning) << int(I::Warning);
        QTest::newRow("information") << u"information"_s << int(R::Information) << int(I::Information);
        QTest::newRow("sending") << u"sending"_s << int(R::Neutral) << int(I::Sending);
        QTest::newRow("cancelled") << u"cancelled"_s << int(R::Cancelled) << int(I::Cancelled);
        QTest::newRow("interrupted") << u"interrupted"_s << int(R::Interrupted) << int(I::Interrupted);
        QTest::newRow("pause") << u"pause"_s << int(R::Neutral) << int(I::Pause);
        QTest::newRow("resume") << u"resume"_s << int(R::Success) << int(I::Resume);
    }

    void badgesAreSvgFilesInThePalettesColours()
    {
        // The colours that carry meaning live in gui/widgets/palette.h; each badge's disc is drawn in its
        // role's colour, so the two cannot drift apart unnoticed.
        QFETCH(QString, file);
        QFETCH(int, role);
        QFETCH(int, icon);
        QFile svg(u":/badges/%1.svg"_s.arg(file));
        QVERIFY2(svg.open(QIODevice::ReadOnly), qPrintable(svg.fileName()));
        const QString text = QString::fromUtf8(svg.readAll());
        const QRegularExpressionMatch disc
            = QRegularExpression(u"<circle cx=\"50\" cy=\"50\" r=\"44\" fill=\"#([0-9a-f]{6})\""_s)
                  .match(text);
        QVERIFY2(disc.hasMatch(), qPrintable(text));
        QCOMPARE(disc.captured(1).toUInt(nullptr, 16), Palette::rgb(Palette::Role(role)) & 0xffffff);
        // And the icon is that drawing: the disc's colour above its glyph, at two scales.
        for (const int side : {16, 48}) {
            const QImage image = Icons::icon(Icons::Id(icon)).pixmap(side, side).toImage();
            QCOMPARE(image.size(), QSize(side, side));
            const QColor sampled = image.pixelColor(side / 2, side * 17 / 100);
            QCOMPARE(sampled.rgb() & 0xffffff, Palette::rgb(Palette::Role(role)) & 0xffffff);
        }
    }

    void theBannerShowsTheStartOfAHugeMessage()
    {
        MessageBanner banner;
        const QString answer = u"The CRM answered: "_s + QString(300000, u'Z');
        banner.showMessage(MessageBanner::Kind::Error, u"Rejected"_s, answer);
        QCOMPARE(banner.text().size(), MessageBanner::MaxShownCharacters + 1);
        QVERIFY(answer.startsWith(banner.text().chopped(1)));
        QVERIFY(banner.text().endsWith(u'…'));
        const QString exact(MessageBanner::MaxShownCharacters, u'a');
        banner.showMessage(MessageBanner::Kind::Information, u"Ok"_s, exact);
        QCOMPARE(banner.text(), exact);
    }

    void longWordsAreFoundAcrossEverySpaceAndLineBreak()
    {
        using TextWrap::hasLongWord;
        using TextWrap::LongestWord;
        QVERIFY(!hasLongWord(u""));
        QVERIFY(!hasLongWord(QString(LongestWord, u'x')));
        QVERIFY(hasLongWord(QString(LongestWord + 1, u'x')));
        QVERIFY(hasLongWord(QString(u"Se reinició "_s + QString(LongestWord + 1, u'é') + u" ok"_s)));
        // Any white space ends a word: spaces, tabs, line and paragraph breaks, the no-break space.
        for (const QChar gap : {QChar(u' '), QChar(u'\t'), QChar(u'\n'), QChar(0x2029), QChar(0x00a0)}) {
            const QString half(LongestWord / 2 + 1, u'x');
            QVERIFY2(!hasLongWord(QString(half + gap + half)),
                     qPrintable(QString::number(gap.unicode(), 16)));
        }
        QVERIFY(!hasLongWord(QString(5000, u'x'), 5000));
        QVERIFY(hasLongWord(QString(5001, u'x'), 5000));
    }

    void aTextBoxBreaksLinesAnywhereOnlyWhileItHoldsALongWord()
    {
        QPlainTextEdit plain;
        QTextBrowser rich;
        TextWrap::guard(&plain);
        TextWrap::guard(&rich);
        QCOMPARE(plain.wordWrapMode(), QTextOption::WrapAtWordBoundaryOrAnywhere);
        plain.setPlainText(u"antes "_s + QString(1000, u'x'));
        QCOMPARE(plain.wordWrapMode(), QTextOption::WrapAnywhere);
        QCOMPARE(plain.toPlainText().size(), 1006);
        plain.setPlainText(u"una línea normal"_s);
        QCOMPARE(plain.wordWrapMode(), QTextOption::WrapAtWordBoundaryOrAnywhere);
        rich.setHtml(u"<table><tr><td>msg</td><td>"_s + QString(1000, u'y') + u"</td></tr></table>"_s);
        QCOMPARE(rich.wordWrapMode(), QTextOption::WrapAnywhere);
        rich.clear();
        QCOMPARE(rich.wordWrapMode(), QTextOption::WrapAtWordBoundaryOrAnywhere);
    }

    void repaintThrottleHoldsBurstsAndPaintsTheirEnd()
    {
        // A view whose model changes every few milliseconds paints once per interval, not per change;
        // the end of a burst is always painted, and the user's input is shown at once.
        QStandardItemModel model(0, 1);
        QTableView view;
        view.setModel(&model);
        view.resize(300, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *throttle = new RepaintThrottle(&view, 300);
        QWidget *viewport = view.viewport();
        int paints = 0;
        struct PaintCounter : QObject
        {
            int *count;
            explicit PaintCounter(int *c)
                : count(c)
            { }
            bool eventFilter(QObject *, QEvent *event) override
            {
                if (event->type() == QEvent::Paint)
                    ++*count;
                return false;
            }
        } counter(&paints);
        viewport->installEventFilter(&counter);

        model.appendRow(new QStandardItem(u"first"_s)); // after a quiet while: painted as usual
        QVERIFY(!throttle->isHolding());
        QVERIFY(viewport->updatesEnabled());
        for (int i = 0; i < 50; ++i) // the burst
            model.appendRow(new QStandardItem(u"row %1"_s.arg(i)));
        QVERIFY(throttle->isHolding());
        QVERIFY(!viewport->updatesEnabled());
        QVERIFY(!view.verticalScrollBar()->updatesEnabled());
        QCoreApplication::processEvents();
        const int paintsWhileHeld = paints;
        QVERIFY(throttle->isHolding());
        // The interval over: everything is shown in one go.
        QTRY_VERIFY(!throttle->isHolding());
        QVERIFY(viewport->updatesEnabled());
        QVERIFY(view.verticalScrollBar()->updatesEnabled());
        QTRY_VERIFY(paints > paintsWhileHeld);

        // Held again, the user's wheel shows their view at once.
        model.item(0)->setText(u"changed"_s); // after the release: painted as usual
        model.item(1)->setText(u"changed"_s);
        QVERIFY(throttle->isHolding());
        QWheelEvent wheel(QPointF(10, 10), viewport->mapToGlobal(QPointF(10, 10)), {}, {0, -120},
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(viewport, &wheel);
        QVERIFY(!throttle->isHolding());
        QVERIFY(viewport->updatesEnabled());

        // Held again, a new order (what the user asked for) is painted at once.
        model.item(2)->setText(u"changed"_s);
        model.item(3)->setText(u"changed"_s);
        QVERIFY(throttle->isHolding());
        model.sort(0, Qt::DescendingOrder);
        QVERIFY(!throttle->isHolding());
        QVERIFY(viewport->updatesEnabled());

        // A new model: its changes are followed, the old one's are not.
        QStandardItemModel other(0, 1);
        view.setModel(&other);
        throttle->watchModel();
        QTest::qWait(350); // one interval of quiet
        model.appendRow(new QStandardItem(u"old"_s));
        model.appendRow(new QStandardItem(u"old"_s));
        QVERIFY(!throttle->isHolding());
        other.appendRow(new QStandardItem(u"new"_s));
        other.appendRow(new QStandardItem(u"new"_s));
        QVERIFY(throttle->isHolding());
    }

    void customFields()
    {
        CustomFieldsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &CustomFieldsModel::fieldsChanged);

        model.insertField({u"a"_s, u"1"_s});
        model.insertField({u"b"_s, u"2"_s});
        model.insertField({u"c"_s, u"3"_s}, 0);
        QCOMPARE(model.fields(), (QList<CustomField>{{u"c"_s, u"3"_s}, {u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}}));
        QVERIFY(model.moveField(0, 2));
        QCOMPARE(model.fields(), (QList<CustomField>{{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}, {u"c"_s, u"3"_s}}));
        QVERIFY(model.moveField(2, 1));
        QCOMPARE(model.fields(), (QList<CustomField>{{u"a"_s, u"1"_s}, {u"c"_s, u"3"_s}, {u"b"_s, u"2"_s}}));
        QVERIFY(!model.moveField(0, 3));
        QVERIFY(model.duplicateRow(0));
        QCOMPARE(model.field(1), (CustomField{u"a"_s, u"1"_s}));
        QVERIFY(model.setData(model.index(1, CustomFieldsModel::NameColumn), u"  d "_s));
        QCOMPARE(model.field(1).name, u"d"_s); // names are trimmed
        QVERIFY(model.setData(model.index(1, CustomFieldsModel::ValueColumn), u" v "_s));
        QCOMPARE(model.field(1).value, u" v "_s); // values are not
        QVERIFY(model.removeRows(0, 2));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(changed.size() >= 8);

        const int before = int(changed.size());
        model.setIssues(
            {{u"form"_s, 1, u"field-name-duplicate"_s, u"dup"_s}, {u"file"_s, 0, u"x"_s, u"other"_s}});
        QCOMPARE(changed.size(), before); // flags are not edits
        QCOMPARE(model.issuesAt(1), QStringList{u"dup"_s});
        QVERIFY(model.issuesAt(0).isEmpty());
        QVERIFY(!model.data(model.index(1, 0), Qt::DecorationRole).isNull());
        QCOMPARE(model.data(model.index(1, 1), Qt::ToolTipRole).toString(), u"dup"_s);
        QVERIFY(model.data(model.index(0, 0), Qt::DecorationRole).isNull());
    }

    void attachments()
    {
        AttachmentsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString pdf = file(u"informe.pdf"_s, 2048);
        const QString exe = file(u"virus.exe"_s);
        QCOMPARE(model.addPaths({pdf, exe, pdf}), 2); // duplicates ignored
        QCOMPARE(model.paths(), (QStringList{pdf, exe}));
        QCOMPARE(model.sizes(), (QList<qint64>{2048, 10}));
        QCOMPARE(model.data(model.index(0, AttachmentsModel::NameColumn)).toString(), u"informe.pdf"_s);
        QVERIFY(!model.data(model.index(0, AttachmentsModel::NameColumn), Qt::DecorationRole).isNull());
        QCOMPARE(model.data(model.index(0, AttachmentsModel::SizeColumn)).toString(),
                 QLocale().formattedDataSize(2048));
        QCOMPARE(model.data(model.index(0, AttachmentsModel::ProblemColumn)).toString(), u"Ready"_s);

        model.setIssues({{u"file"_s, 1, u"attachment-extension"_s, u"not accepted"_s}});
        QCOMPARE(model.data(model.index(1, AttachmentsModel::ProblemColumn)).toString(),
                 u"Type not accepted"_s);
        QVERIFY(model.data(model.index(1, 0), Qt::ToolTipRole).toString().contains(u"not accepted"_s));

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file(u"foto.png"_s)), QUrl(u"https://example.com/x.pdf"_s)});
        QVERIFY(model.canDropMimeData(&mime, Qt::CopyAction, -1, -1, {}));
        QVERIFY(model.dropMimeData(&mime, Qt::CopyAction, -1, -1, {}));
        QCOMPARE(model.rowCount(), 3); // the remote URL is not a file to attach
        QMimeData text;
        text.setText(u"hello"_s);
        QVERIFY(!model.canDropMimeData(&text, Qt::CopyAction, -1, -1, {}));

        QFile::remove(exe);
        model.refresh();
        QCOMPARE(model.data(model.index(1, AttachmentsModel::SizeColumn)).toString(), u"—"_s);
        QVERIFY(model.removeRows(0, 1));
        QCOMPARE(model.rowCount(), 2);
    }

    void history()
    {
        MemoryHistoryStore store;
        HistoryEntry first;
        first.time = QDateTime::currentDateTimeUtc();
        first.update.server = u"crm0001.wolkvox.com"_s;
        first.update.operation = u"op"_s;
        first.update.wolkvoxId = u"abc"_s;
        store.add(first);

        HistoryModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(HistoryModel::ColumnCount));
        QCOMPARE(model.data(model.index(0, HistoryModel::OutcomeColumn)).toString(), u"Sending"_s);
        QCOMPARE(model.data(model.index(0, HistoryModel::HttpColumn)).toString(), u"—"_s);

        HistoryEntry second = first;
        second.update.wolkvoxId = u"def"_s;
        const qint64 id = store.add(second);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, HistoryModel::CaseColumn)).toString(), u"def"_s);
        QCOMPARE(model.indexOfId(id).row(), 0);

        HistoryEntry done = store.entry(0);
        done.state = HistoryEntry::State::Done;
        done.result = ApiResult::fromHttpAnswer(
            200,
            R"({"code":200,"error":"null","msg":"Succesfully update record","data":{"wolkvox_id":"def"}})");
        done.result.elapsedMs = 1234;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(store.update(done));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.data(model.index(0, HistoryModel::HttpColumn)).toString(), u"200"_s);
        QCOMPARE(model.data(model.index(0, HistoryModel::CodeColumn)).toString(), u"200"_s);
        QCOMPARE(model.data(model.index(0, HistoryModel::MessageColumn)).toString(),
                 u"Succesfully update record"_s);
        QCOMPARE(model.data(model.index(0, HistoryModel::OutcomeColumn)).toString(), u"Updated"_s);
        QVERIFY(model.data(model.index(0, HistoryModel::DurationColumn)).toString().contains(u"1.23"_s));
        QVERIFY(!model.data(model.index(0, HistoryModel::TimeColumn), Qt::DecorationRole).isNull());
        QCOMPARE(model.data(model.index(0, 0), HistoryModel::EntryIdRole).toLongLong(), id);
    }

    void reportKeepsKeyOrderAndNoToken()
    {
        HistoryEntry e;
        e.id = 1;
        e.time = QDateTime::currentDateTimeUtc();
        e.state = HistoryEntry::State::Done;
        e.update.server = u"crm0001.wolkvox.com"_s;
        e.update.customFields = {{u"zeta"_s, u"1"_s}, {u"alfa"_s, u"2"_s}};
        e.result = ApiResult::fromHttpAnswer(
            200,
            R"({"msg":"Succesfully update record","code":200,"error":"null","data":{"wolkvox_id":"x"}})");
        const QString plain = HistoryPane::plainReport(e);
        QVERIFY(plain.contains(QString::fromUtf8(R"({"zeta":"1","alfa":"2"})")));
        // The raw body is indented but keeps the server's order.
        QVERIFY2(plain.indexOf(u"\"msg\": \"Succesfully update record\""_s)
                     < plain.indexOf(u"\"code\": 200"_s),
                 qPrintable(plain));
        QVERIFY(!plain.contains(u"Wolkvox-Token"_s, Qt::CaseInsensitive));
        QCOMPARE(HistoryPane::prettyBody("<html>oops</html>"), u"<html>oops</html>"_s);
        QCOMPARE(HistoryPane::prettyBody(R"({"a":[],"b":{}})"), u"{\n  \"a\": [],\n  \"b\": {}\n}"_s);
        QVERIFY(HistoryPane::htmlReport(e).contains(u"&quot;zeta&quot;"_s));
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
