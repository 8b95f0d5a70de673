// casedesk-bench-history: opens the history pane on a generated database and applies search filters,
// timing each step with QElapsedTimer up to the moment the table has been repainted and the event loop is
// idle again. Prints one line per case: "case=NAME median_ms=M runs_ms=a,b,c rows=R".
//
//   casedesk-bench-history [--rows N] [--runs N] [--db PATH]
//
// Without --db a database of --rows attempts (default 100000) is generated in a temporary folder.
#include "core/global.h"
#include "historygenerator.h"
#include "gui/history/historymodel.h"
#include "gui/history/historypane.h"
#include "core/history/sqlitehistorystore.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>

namespace {
// Runs the event loop until `widget` has been painted after now, then until a zero-timeout timer fires
// (everything the paint queued is handled): what an agent sees as "done".
bool waitForRepaint(QWidget *widget)
{
    QEventLoop loop;
    struct PaintWatcher : QObject
    {
        QEventLoop *loop = nullptr;
        bool painted = false;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint && !painted) {
                painted = true;
                QTimer::singleShot(0, loop, [l = loop] { l->exit(0); });
            }
            return false;
        }
    } watcher;
    watcher.loop = &loop;
    widget->installEventFilter(&watcher);
    QTimer::singleShot(30000, &loop, [&loop] { loop.exit(1); });
    const bool ok = loop.exec() == 0;
    widget->removeEventFilter(&watcher);
    if (!ok)
        std::fprintf(stderr, "no repaint within 30 s\n");
    return ok;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

struct Filter
{
    QString name;
    QString search;
    int outcomeIndex = 0; // historyOutcomeCombo index; 0 is "any outcome"
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {u"rows"_s, u"Attempts to generate (default 100000)."_s, u"N"_s, u"100000"_s},
        {u"runs"_s, u"Times each case is measured (default 5)."_s, u"N"_s, u"5"_s},
        {u"db"_s, u"Use this history file instead of generating one."_s, u"PATH"_s},
    });
    parser.process(app);
    const int rows = parser.value(u"rows"_s).toInt();
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());

    QTemporaryDir dir;
    QString path = parser.value(u"db"_s);
    if (path.isEmpty()) {
        path = dir.filePath(u"history.sqlite"_s);
        QElapsedTimer clock;
        clock.start();
        const QString error = generateHistory(path, rows);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "cannot generate the history: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("generated rows=%d ms=%lld bytes=%lld\n", rows, clock.elapsed(), QFileInfo(path).size());
        std::fflush(stdout);
    }

    // Case ids and names are substrings an agent types; "ventas" and "soporte" match a third of the rows
    // each, "succes" most of them, "40" is two characters (the LIKE path), an outcome is a combo choice.
    const QList<Filter> filters{
        {u"search_case_id"_s, u"6074000"_s},  {u"search_person"_s, u"maria.perez"_s},
        {u"search_operation"_s, u"ventas"_s}, {u"search_broad"_s, u"succes"_s},
        {u"search_two_chars"_s, u"40"_s},     {u"filter_outcome"_s, {}, 2},
        {u"search_no_match"_s, u"zzzz"_s},
    };
    std::map<QString, std::vector<double>> times;
    std::map<QString, int> matches;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        SqliteHistoryStore store(path);
        if (!store.open()) {
            std::fprintf(stderr, "cannot open the history: %s\n", qPrintable(store.error()));
            return 1;
        }
        HistoryPane pane;
        pane.resize(1100, 500);
        pane.setStore(&store);
        pane.show();
        if (!waitForRepaint(pane.view()->viewport()))
            return 1;
        times[u"open"_s].push_back(double(clock.nsecsElapsed()) / 1e6);
        matches[u"open"_s] = store.count();

        auto *search = pane.findChild<QLineEdit *>(u"historySearchEdit"_s);
        auto *outcome = pane.findChild<QComboBox *>(u"historyOutcomeCombo"_s);
        if (!search || !outcome)
            return 1;
        for (const Filter &filter : filters) {
            clock.restart();
            search->setText(filter.search);
            outcome->setCurrentIndex(filter.outcomeIndex);
            Q_EMIT search->returnPressed(); // Enter skips the typing delay
            if (!waitForRepaint(pane.view()->viewport()))
                return 1;
            times[filter.name].push_back(double(clock.nsecsElapsed()) / 1e6);
            matches[filter.name] = store.count();
            // Back to every attempt, not timed.
            search->clear();
            outcome->setCurrentIndex(0);
            Q_EMIT search->returnPressed();
            waitForRepaint(pane.view()->viewport());
        }
    }
    for (const auto &[name, values] : times) {
        QStringList list;
        for (const double v : values)
            list.append(QString::number(v, 'f', 1));
        std::printf("case=%s median_ms=%.1f rows=%d runs_ms=%s\n", qPrintable(name), median(values),
                    matches[name], qPrintable(list.join(u',')));
    }
    return 0;
}
