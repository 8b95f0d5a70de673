// casedesk-bench-client: the rows of a batch CSV sent through CasesClient alone — the same requests as
// `casedesk-cli batch`, with nothing written before or after them (no history, no batch rows). bench/run.sh
// runs it beside curl and the CLI, so the round trip's figures show what the network path costs and what
// keeping every row costs. Token from WOLKVOX_TOKEN. Prints "sent=N ok=M ms=T"; exits 0 when every row
// succeeded.
//
// With --each, the rows go one at a time and each one's time from updateCase() (the press of Update) to its
// answer is printed too ("each_ms=a,b,..."): the first update of the day against the tenth. --preconnect
// opens the connection first (CasesClient::preconnect, as the window would while the agent types); either
// way the updates start after --typing-ms (default 1500), so both runs wait alike.

#include "core/batch/batchimport.h"
#include "core/global.h"
#include "core/net/apijob.h"
#include "core/net/apiresult.h"
#include "core/net/casesclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QStringList>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <functional>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(u"csv"_s, u"The batch CSV (wire names as column headers)."_s);
    parser.addOption({u"server"_s, u"CRM server."_s, u"url"_s});
    parser.addOption({u"operation"_s, u"Operation."_s, u"name"_s});
    parser.addOption({u"concurrency"_s, u"Requests in flight (1 or 2)."_s, u"n"_s, u"1"_s});
    parser.addOption({u"ca-bundle"_s, u"Extra certificate authorities (PEM)."_s, u"file"_s});
    parser.addOption({u"each"_s, u"One row at a time; print each row's time."_s});
    parser.addOption({u"preconnect"_s, u"Open the connection before the first update."_s});
    parser.addOption({u"typing-ms"_s, u"Wait before the first update (with --each)."_s, u"ms"_s, u"1500"_s});
    parser.process(app);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(u"server"_s)) {
        std::fputs("usage: casedesk-bench-client CSV --server URL --operation NAME [--concurrency N]\n",
                   stderr);
        return 2;
    }
    BatchDefaults defaults;
    defaults.server = parser.value(u"server"_s);
    defaults.operation = parser.value(u"operation"_s);
    defaults.settings.maxInFlightPerToken = std::clamp(parser.value(u"concurrency"_s).toInt(), 1, 2);
    defaults.settings.caBundlePath = parser.value(u"ca-bundle"_s);
    const bool each = parser.isSet(u"each"_s);
    if (each)
        defaults.settings.maxInFlightPerToken = 1;
    const BatchImport import = BatchImport::fromFile(parser.positionalArguments().constFirst(), defaults);
    if (!import.fileProblems().isEmpty() || import.validCount() != import.rowCount()) {
        std::fputs("casedesk-bench-client: the CSV has problems\n", stderr);
        return 2;
    }
    const QString token = qEnvironmentVariable("WOLKVOX_TOKEN");

    QNetworkAccessManager network;
    CasesClient client(&network);
    const QList<PlannedRow> &rows = import.rows();
    qsizetype next = 0;
    int inFlight = 0;
    int ok = 0;
    int answered = 0;
    QElapsedTimer clock;
    QList<double> eachMs;
    QElapsedTimer rowClock;
    // Keeps `concurrency` requests in flight, the next row sent as soon as one is answered.
    std::function<void()> pump = [&] {
        while (inFlight < defaults.settings.maxInFlightPerToken && next < rows.size()) {
            rowClock.start();
            ApiJob *job = client.updateCase(rows.at(next++).update, token, defaults.settings);
            ++inFlight;
            QObject::connect(job, &ApiJob::finished, &app, [&, job](const ApiResult &result) {
                job->deleteLater();
                if (each)
                    eachMs.append(double(rowClock.nsecsElapsed()) / 1e6);
                --inFlight;
                ++answered;
                if (result.isSuccess())
                    ++ok;
                if (answered == rows.size())
                    QCoreApplication::quit();
                else
                    pump();
            });
        }
    };
    if (rows.isEmpty())
        return 0;
    if (each) {
        if (parser.isSet(u"preconnect"_s))
            client.preconnect(defaults.server, defaults.settings);
        QTimer::singleShot(parser.value(u"typing-ms"_s).toInt(), &app, [&] {
            clock.start();
            pump();
        });
    } else {
        clock.start();
        QMetaObject::invokeMethod(&app, pump, Qt::QueuedConnection);
    }
    app.exec();
    std::printf("sent=%d ok=%d ms=%.1f", answered, ok, double(clock.nsecsElapsed()) / 1e6);
    if (each) {
        QStringList times;
        for (double ms : eachMs)
            times.append(QString::number(ms, 'f', 1));
        std::printf(" each_ms=%s", qPrintable(times.join(u',')));
    }
    std::printf("\n");
    return ok == answered ? 0 : 1;
}
