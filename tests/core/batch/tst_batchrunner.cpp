#include "core/batch/batchimport.h"
#include "core/batch/batchrunner.h"
#include "core/batch/batchstore.h"
#include "core/global.h"
#include "core/history/sqlitehistorystore.h"
#include "core/net/casesclient.h"
#include "core/storage/historydatabase.h"
#include "support/commitveto.h"
#include "support/simulatorprocess.h"
#include "support/testcertificates.h"
#include "support/testfiles.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using State = BatchRow::State;
using Reason = BatchRunner::FinishReason;

// Sends for real (to the simulator); runs a check just before each POST leaves.
class WatchingNetwork final : public QNetworkAccessManager
{
public:
    std::function<void()> beforeEachPost;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *body) override
    {
        if (op == PostOperation && beforeEachPost)
            beforeEachPost();
        return QNetworkAccessManager::createRequest(op, request, body);
    }
};

// The runner against the CRM simulator over loopback: pace, retries, quota, pause, cancel, abort.
class TestBatchRunner : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    int m_serial = 0;
    const QString m_token = QString::fromLatin1(SimulatorProcess::DemoToken);
    const QString m_operation = QString::fromLatin1(SimulatorProcess::DemoOperation);

    // A wolkvox-id shaped like the CRM's: 31 hex digits, different for every row.
    static QString caseId(int row)
    {
        return QString::fromLatin1(
            QCryptographicHash::hash(QByteArray::number(row), QCryptographicHash::Sha1).toHex().left(31));
    }

    static QByteArray csvOf(int rows, int firstRow = 1)
    {
        QByteArray csv = "wolkvox-id;tipo de caso;responsable;estado;prioridad;form:lote\r\n";
        for (int i = firstRow; i < firstRow + rows; ++i) {
            csv += caseId(i).toLatin1() + ";Request;ana@modulodeprueba;in progress;high;lote "
                + QByteArray::number(i) + "\r\n";
        }
        return csv;
    }

    struct Setup
    {
        std::unique_ptr<SqliteHistoryStore> history;
        std::unique_ptr<BatchStore> store;
        std::unique_ptr<CasesClient> client;
        std::unique_ptr<BatchRunner> runner;
        qint64 batchId = 0;
    };

    // Separate connections for the history and the batch by default; `oneConnection` shares the
    // history's, as the window and the CLI do.
    void setUp(Setup &s, const SimulatorProcess &sim, const QByteArray &csv, const QString &path = {},
               bool oneConnection = false, QNetworkAccessManager *network = nullptr)
    {
        BatchDefaults defaults;
        defaults.server = sim.server();
        defaults.operation = m_operation;
        setUpWith(s, defaults, csv, path, oneConnection, network);
    }

    // The same with `defaults` as given (read first, connection settings, ...); the runner gets its settings.
    void setUpWith(Setup &s, const BatchDefaults &defaults, const QByteArray &csv, const QString &path = {},
                   bool oneConnection = true, QNetworkAccessManager *network = nullptr)
    {
        const QString db = m_dir.filePath(u"history-%1.sqlite"_s.arg(++m_serial));
        s.history = std::make_unique<SqliteHistoryStore>(db);
        QVERIFY(s.history->open());
        s.store = oneConnection ? std::make_unique<BatchStore>(s.history->database(), s.history->session())
                                : std::make_unique<BatchStore>(db);
        QVERIFY(s.store->open());
        const BatchImport import
            = BatchImport::fromBytes(csv, path.isEmpty() ? m_dir.filePath(u"batch.csv"_s) : path, defaults);
        QVERIFY2(import.isUsable(),
                 qPrintable(import.fileProblems().join(u' ') + import.mappingProblems().join(u' ')));
        s.batchId = s.store->create(import);
        QVERIFY(s.batchId > 0);
        s.client = std::make_unique<CasesClient>(network ? network : &m_network);
        s.runner = std::make_unique<BatchRunner>(s.store.get(), s.client.get(), s.history.get());
        s.runner->setToken(m_token);
        s.runner->setSettings(defaults.settings);
        BatchRunner::RetryPolicy fast;
        fast.busyDelayMs = 20;
        fast.maintenanceDelayMs = 20;
        fast.maxDelayMs = 200;
        s.runner->setRetryPolicy(fast);
    }

    // `rows` rows sent one at a time, each update held `delayMs` by the CRM.
    void setUpOneAtATime(SimulatorProcess &sim, Setup &s, int rows, int delayMs,
                         QNetworkAccessManager *network = nullptr)
    {
        startSim(sim, {u"--accept-unknown-ids"_s, u"--delay-ms"_s, QString::number(delayMs)});
        setUp(s, sim, csvOf(rows), {}, true, network);
        s.runner->setConcurrency(1);
    }

    static bool runToEnd(BatchRunner &runner, qint64 batchId, int timeoutMs = 120000)
    {
        QSignalSpy finished(&runner, &BatchRunner::finished);
        if (!runner.start(batchId))
            return false;
        return finished.wait(timeoutMs);
    }

    static void startSim(SimulatorProcess &sim, const QStringList &args)
    {
        QVERIFY2(sim.start(QStringList{u"--quiet"_s} + args), qPrintable(sim.errorText()));
    }

    // How many times the simulator stored each case of the operation.
    QHash<QString, int> updatesPerCase(const SimulatorProcess &sim) const
    {
        QHash<QString, int> out;
        const QJsonArray cases = sim.storedCases(m_operation);
        for (const QJsonValue &c : cases) {
            if (c[u"updates"_s].toInt() > 0)
                out.insert(c[u"wolkvox_id"_s].toString(), c[u"updates"_s].toInt());
        }
        return out;
    }

    // The demo configuration with `count` more cases, caseId(1) to caseId(count), for --config: read
    // before write needs cases the CRM already has.
    QString configWithCases(int count)
    {
        QProcess print;
        print.start(SimulatorProcess::executable(), {u"--print-demo-config"_s});
        if (!print.waitForFinished(10000))
            return {};
        QJsonObject config = QJsonDocument::fromJson(print.readAllStandardOutput()).object();
        QJsonArray operations = config.value(u"operations"_s).toArray();
        QJsonObject demo = operations.at(0).toObject();
        QJsonArray cases = demo.value(u"cases"_s).toArray();
        for (int i = 1; i <= count; ++i) {
            cases.append(QJsonObject{{u"id"_s, caseId(i)},
                                     {u"case_number"_s, 5000 + i},
                                     {u"case_type"_s, u"Request"_s},
                                     {u"responsible"_s, u"ana@modulodeprueba"_s},
                                     {u"status"_s, u"in progress"_s},
                                     {u"priority"_s, u"low"_s},
                                     {u"form"_s, QJsonObject{{u"canal"_s, u"web"_s}}}});
        }
        demo.insert(u"cases"_s, cases);
        operations.replace(0, demo);
        config.insert(u"operations"_s, operations);
        const QString path = m_dir.filePath(u"config-%1.json"_s.arg(++m_serial));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QJsonDocument(config).toJson());
        return path;
    }

    // Changes a case behind the client's back (POST /__sim/case).
    static void changeCase(const SimulatorProcess &sim, const QJsonObject &change)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(sim.baseUrl().resolved(QUrl(u"/__sim/case"_s)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = network.post(request, QJsonDocument(change).toJson(QJsonDocument::Compact));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }

    static QJsonObject byCase(const SimulatorProcess &sim, const QString &id)
    {
        return sim.stats()
            .value(u"by_case"_s)
            .toObject()
            .value(QString::fromLatin1(SimulatorProcess::DemoOperation) + u'/' + id)
            .toObject();
    }

    BatchDefaults readFirstDefaults(const SimulatorProcess &sim) const
    {
        BatchDefaults defaults;
        defaults.server = sim.server();
        defaults.operation = m_operation;
        defaults.fromCrm = true;
        return defaults;
    }

    static QByteArray reassignment(int rows)
    {
        QByteArray csv = "wolkvox-id;responsable\r\n";
        for (int i = 1; i <= rows; ++i)
            csv += caseId(i).toLatin1() + ";carlos@modulodeprueba\r\n";
        return csv;
    }

    int historyAttempts(Setup &s)
    {
        HistoryQuery query;
        query.batchId = s.batchId;
        s.history->setQuery(query);
        return s.history->count();
    }

private Q_SLOTS:
    void thousandRowsOneRequestEachNeverMoreThanTwoInFlight()
    {
        SimulatorProcess sim;
        startSim(sim, {u"--accept-unknown-ids"_s});
        Setup s;
        setUp(s, sim, csvOf(1000));
        QSignalSpy progress(s.runner.get(), &BatchRunner::progressChanged);
        int maxInFlight = 0;
        connect(s.runner.get(), &BatchRunner::progressChanged, this,
                [&](const BatchRunner::Progress &p) { maxInFlight = std::max(maxInFlight, p.inFlight); });
        QVERIFY(runToEnd(*s.runner, s.batchId, 280000));
        QCOMPARE(s.runner->finishReason(), Reason::Completed);
        QVERIFY(s.runner->error().isEmpty());

        const BatchRunner::Progress last = s.runner->progress();
        QCOMPARE(last.total, 1000);
        QCOMPARE(last.done, 1000);
        QCOMPARE(last.queued, 0);
        QCOMPARE(last.failed, 0);
        QCOMPARE(last.retries, 0);
        QVERIFY(last.rowsPerMinute > 0);
        QVERIFY(maxInFlight <= 2);
        QVERIFY(progress.size() >= 1000);

        const QJsonObject stats = sim.stats();
        QCOMPARE(stats.value(u"requests"_s).toInt(), 1000); // exactly one request per row
        QCOMPARE(stats.value(u"updates_ok"_s).toInt(), 1000);
        QVERIFY(stats.value(u"max_in_flight"_s).toInt() <= 2);
        QCOMPARE(stats.value(u"rejected_concurrency"_s).toInt(), 0);

        const QHash<QString, int> updates = updatesPerCase(sim);
        QCOMPARE(updates.size(), 1000);
        for (auto it = updates.cbegin(); it != updates.cend(); ++it)
            QCOMPARE(it.value(), 1);

        const QList<BatchRow> rows = s.store->rows(s.batchId);
        for (const BatchRow &row : rows) {
            QCOMPARE(row.state, State::Done);
            QCOMPARE(row.attempts, 1);
            QCOMPARE(row.code, 200);
            QCOMPARE(row.resultWolkvoxId, row.update.wolkvoxId);
            QVERIFY(row.lastAttemptId > 0);
        }
        QCOMPARE(
            sim.storedCase(m_operation, caseId(500)).value(u"form"_s).toObject().value(u"lote"_s).toString(),
            u"lote 500"_s);
        // Each row's attempt is in the history, with its batch and row.
        QCOMPARE(historyAttempts(s), 1000);
        const HistoryEntry entry = s.history->database()->entryById(rows.at(41).lastAttemptId).value();
        QCOMPARE(entry.batchId, s.batchId);
        QCOMPARE(entry.batchRow, 42);
        QCOMPARE(entry.state, HistoryEntry::State::Done);
        QCOMPARE(entry.update.wolkvoxId, caseId(42));
        QVERIFY(!s.store->batch(s.batchId)->isUnfinished());
    }

    void eachRequestLeavesOnlyOnceItsAttemptAndRowAreInTheFile()
    {
        // On one connection a row's answer and the next row's start share a commit; the request must
        // still wait for it. Another connection sees only what is committed.
        SimulatorProcess sim;
        startSim(sim, {u"--accept-unknown-ids"_s});
        WatchingNetwork network;
        Setup s;
        setUp(s, sim, csvOf(40), {}, true, &network);
        HistoryDatabase observer(s.history->path());
        QVERIFY(observer.open());
        int posts = 0;
        QStringList early;
        network.beforeEachPost = [&] {
            ++posts;
            QSqlQuery q(observer.connection());
            QVERIFY(q.exec(u"SELECT (SELECT count(*) FROM attempts),"
                           " (SELECT count(*) FROM batch_rows WHERE state <> 'queued')"_s));
            QVERIFY(q.next());
            if (q.value(0).toInt() < posts || q.value(1).toInt() < posts) {
                early << u"request %1 left with %2 attempts and %3 rows started in the file"_s.arg(posts)
                             .arg(q.value(0).toInt())
                             .arg(q.value(1).toInt());
            }
        };
        QVERIFY(runToEnd(*s.runner, s.batchId));
        QCOMPARE(s.runner->finishReason(), Reason::Completed);
        QVERIFY2(early.isEmpty(), qPrintable(early.join(u"; "_s)));
        QCOMPARE(posts, 40);
        QCOMPARE(sim.stats().value(u"requests"_s).toInt(), 40);
        const QList<BatchRow> rows = s.store->rows(s.batchId);
        QCOMPARE(rows.size(), 40);
        for (const BatchRow &row : rows)
            QCOMPARE(row.state, State::Done);
        QCOMPARE(historyAttempts(s), 40);
    }

    void aCommitThatFailsSendsNothingMoreAndRequeuesWhatItStarted_data()
    {
        QTest::addColumn<bool>("holdsAnAnswer");
        // Commits alternate, one row at a time: the next row's start, sent once it is in the file; then,
        // once that request has left, the answer that came before it.
        QTest::newRow("the commit of an answer") << true;
        QTest::newRow("the commit of a start") << false;
    }
    void aCommitThatFailsSendsNothingMoreAndRequeuesWhatItStarted()
    {
        QFETCH(bool, holdsAnAnswer);
        SimulatorProcess sim;
        startSim(sim, {u"--accept-unknown-ids"_s});
        Setup s;
        setUp(s, sim, csvOf(10), {}, true);
        s.runner->setConcurrency(1);
        CommitVeto veto(s.history->database()->connectionName());
        QVERIFY(veto.isAttached());
        QSignalSpy historyReset(s.history.get(), &HistoryStore::reset);
        QSignalSpy rowsChanged(s.store.get(), &BatchStore::rowsChanged);
        int started = 0;
        int finished = 0;
        // Refused: row 2's answer, written once row 3 left; or row 4's start, after row 3's answer.
        connect(s.runner.get(), &BatchRunner::rowStarted, this, [&] {
            if (++started == 3 && holdsAnAnswer)
                veto.refuseNext();
        });
        connect(s.runner.get(), &BatchRunner::rowFinished, this, [&] {
            if (++finished == 2 && !holdsAnAnswer)
                veto.refuseNext();
        });
        QVERIFY(runToEnd(*s.runner, s.batchId));
        QCOMPARE(veto.refused(), 1);
        QCOMPARE(s.runner->finishReason(), Reason::StorageFailed);
        QVERIFY(!s.runner->error().isEmpty());
        QCOMPARE(started, 3);
        QCOMPARE(sim.stats().value(u"requests"_s).toInt(), 3); // row 4 never left

        const QList<BatchRow> rows = s.store->rows(s.batchId);
        QCOMPARE(rows.size(), 10);
        QCOMPARE(rows.at(0).state, State::Done);
        // An answer that went with the refused commit is not in the file, which still says the row was
        // being sent, so it is "interrupted — check the case", never silently resent. Row 3's answer came
        // after the stop: with nothing to send after it, it is written at once.
        QCOMPARE(rows.at(1).state, holdsAnAnswer ? State::Sending : State::Done);
        QCOMPARE(rows.at(2).state, State::Done);
        for (qsizetype i = 3; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i).state, State::Queued);
            QCOMPARE(rows.at(i).attempts, 0);
        }
        QCOMPARE(historyAttempts(s), 3); // row 4's attempt, if it was written, went with the refused commit
        // Both stores told their readers to read the file again.
        QVERIFY(!historyReset.isEmpty());
        QVERIFY(std::any_of(rowsChanged.cbegin(), rowsChanged.cend(), [&](const QList<QVariant> &args) {
            return args.at(0).toLongLong() == s.batchId;
        }));

        // Sent again later, the rest goes out once each.
        veto.refuseNext(0);
        QVERIFY(runToEnd(*s.runner, s.batchId));
        QCOMPARE(s.runner->finishReason(), Reason::Completed);
        QCOMPARE(sim.stats().value(u"requests"_s).toInt(), 10);
        QCOMPARE(s.store->rows(s.batchId).at(9).state, State::Done);
    }

    void busyAnswersAreRetriedAndEveryRowIsDoneOnce()
    {
        SimulatorProcess sim;
        // The CRM allows one request at a time; the runner starts with two in flight.
        startSim(sim, {u"--accept-unknown-ids"_s, u"--max-concurrent"_s, u"1"_s, u"--delay-ms"_s, u"40"_s});
        Setup s;
        setUp(s, sim, csvOf(40));
        QSignalSpy waiting(s.runner.get(), &BatchRunner::waiting);
        QCOMPARE(s.runner->concurrency(), 2);
        QVERIFY(runToEnd(*s.runner, s.batchId));
        QCOMPARE(s.runner->finishReason(), Reason::Completed);

        const QJsonObject stats = sim.stats();
        const int busy = stats.value(u"rejected_concurrency"_s).toInt();
        QVERIFY(busy >= 1);
        QCOMPARE(stats.value(u"updates_ok"_s).toInt(), 40);
        QCOMPARE(stats.value(u"requests"_s).toInt(), 40 + busy);
        QCOMPARE(s.runner->progress().retries, busy);
        QCOMPARE(waiting.size(), busy);
        QVERIFY(waiting.at(0).at(0).toInt() >= 20);
        QCOMPARE(s.runner->progress().concurrency, 1); // it slowed down to what the CRM allows

        const QHash<QString, int> updates = updatesPerCase(sim);
        QCOMPARE(updates.size(), 40);
        for (auto it = updates.cbegin(); it != updates.cend(); ++it)
            QCOMPARE(it.value(), 1);
        int attempts = 0;
        const QList<BatchRow> rows = s.store->rows(s.batchId);
        for (const BatchRow &row : rows) {
            QCOMPARE(row.state, State::Done);
            attempts += row.attempts;
        }
        QCOMPARE(attempts, 40 + busy);
        QCOMPARE(historyAttempts(s), 40 + busy); // the refused attempts are in the history too
    }

    void maintenanceIsRetriedThenTheBatchStopsAndResumes()
    {
        auto sim = std::make_unique<SimulatorProcess>();
        startSim(*sim, {u"--accept-unknown-ids"_s, u"--fault"_s, u"maintenance"_s});
        const int port = sim->port();
        Setup s;
        setUp(s, *sim, csvOf(6));
        s.runner->setConcurrency(1);
        BatchRunner::RetryPolicy policy = s.runner->retryPolicy();
        policy.maxConsecutiveRetries = 3;
        s.runner->setRetryPolicy(policy);
        QSignalSpy waiting(s.runner.get(), &BatchRunner::waiting);
        QVERIFY(runToEnd(*s.runner, s.batchId));
        QCOMPARE(s.runner->finishReason(), Reason::RetriesExhausted);
        QVERIFY(s.runner->error().contains(u"maintenance"_s));
        QCOMPARE(waiting.size(), 3);
        // Waits grow: 20, 40, 80 ms.
        QCOMPARE(waiting.at(1).at(0).toInt(), 2 * waiting.at(0).at(0).toInt());
        QCOMPARE(sim->stats().value(u"requests"_s).toInt(), 4);
        QCOMPARE(s.store->counts(s.batchId).value(State::Queued), 6); // nothing failed, nothing lost
        QVERIFY(s.store->batch(s.batchId)->isUnfinished());

        // Again; while it waits, the CRM comes back (a new simulator on the same port, without the fault).
        bool swapped = false;
        connect(s.runner.get(), &BatchRunner::waiting, this, [&] {
            if (swapped)
                return;
            swapped = true;
            s.runner->pause();
            sim = std::make_unique<SimulatorProcess>();
            startSim(*sim, {u"--accept-unknown-ids"_s, u"--port"_s, QString::number(port)});
            s.runner->resume();
        });
        QVERIFY(runToEnd(*s.runner, s.batchId));
        QVERIFY(swapped);
        QCOMPARE(s.runner->finishReason(), Reason::Completed);
        QCOMPARE(s.store->counts(s.batchId).value(State::Done), 6);
        QCOMPARE(sim->stats().value(u"updates_ok"_s).toInt(), 6);
        QCOMPARE(sim->stats().value(u"requests"_s).toInt(), 6);
    }

    void exhaustedQuotaStopsAndLeavesTheRestQueued()
    {
        SimulatorProcess sim;
        startSim(sim, {u"--accept-unknown-ids"_s, u"--daily-quota"_s, u"8"_s});
        Setup s;
        setUp(s, sim, csvOf(12));
        QSignalSpy finished(s.runner.get(), &BatchRunner::finished);
        QVERIFY(runToEnd(*s.runner, s.batchId));
        QCOMPARE(s.runner->finishReason(), Reason::QuotaExhausted);
        QCOMPARE(finished.at(0).at(0).value<Reason>(), Reason::QuotaExhausted);
        QVERIFY(finished.at(0).at(1).toString().contains(u"today"_s));
        const QHash<State, int> counts = s.store->counts(s.batchId);
        QCOMPARE(counts.value(State::Done), 8);
        QCOMPARE(counts.value(State::Queued), 4);
        QCOMPARE(counts.value(State::Failed), 0);
        QCOMPARE(sim.stats().value(u"updates_ok"_s).toInt(), 8);
        QVERIFY(sim.stats().value(u"rejected_quota"_s).toInt() >= 1);

        // The next day the same batch finishes, sending only what was left.
        sim.admin(u"/__sim/new-day"_s, "POST");
        QVERIFY(runToEnd(*s.runner, s.batchId));
        QCOMPARE(s.runner->finishReason(), Reason::Completed);
        QCOMPARE(s.store->counts(s.batchId).value(State::Done), 12);
        const QHash<QString, int> updates = updatesPerCase(sim);
        QCOMPARE(updates.size(), 12);
        for (auto it = updates.cbegin(); it != updates.cend(); ++it)
            QCOMPARE(it.value(), 1);
    }

    void refusedTokenStopsTheBatch()
    {
        SimulatorProcess sim;
        startSim(sim, {u"--accept-unknown-ids"_s});
        Setup s;
        setUp(s, sim, csvOf(10));
        s.runner->setToken(u"NOT-A-TOKEN"_s);
        QVERIFY(runToEnd(*s.runner, s.batchId));
        QCOMPARE(s.runner->finishReason(), Reason::TokenRejected);
        QVERIFY(s.runner->error().contains(u"token"_s));
        QCOMPARE(s.store->counts(s.batchId).value(State::Queued), 10);
        QVERIFY(sim.stats().value(u"requests"_s).toInt() <= 2);
    }

    void unreachableCrmStopsTheBatch()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        SimulatorProcess sim;
        startSim(sim, {});
        Setup s;
        setUp(s, sim, csvOf(4));
        // Point the stored rows at the closed port.
        QSqlQuery q(s.store->database()->connection());
        QVERIFY(
            q.exec(u"UPDATE batch_rows SET update_json = replace(update_json, '%1', 'http://127.0.0.1:%2')"_s
                       .arg(sim.server())
                       .arg(port)));
        QVERIFY(runToEnd(*s.runner, s.batchId));
        QCOMPARE(s.runner->finishReason(), Reason::Unreachable);
        QVERIFY(s.runner->error().contains(u"refused"_s));
        QCOMPARE(s.store->counts(s.batchId).value(State::Queued), 4);
    }

    void rejectedRowsFailAndAreRetriedOnlyWhenAsked()
    {
        SimulatorProcess sim;
        startSim(sim, {}); // unknown ids are refused: only the demo's own cases exist
        Setup s;
        const QByteArray csv
            = "id,case type,responsible,status,priority\n"
              "6074aaa0801374bbbbb781025ccc7d3,Request,ana@modulodeprueba,open,low\n"
              "ffffffffffffffffffffffffffffff0,Request,ana@modulodeprueba,open,low\n"
              "64cb13ac9f0e1a7c2d5b8e4f6a1c0d2,Request,ana@modulodeprueba,no such status,low\n"
              "5f7beb43e37a789eeffd3b2a3ee62f4,Request,nobody@modulodeprueba,open,low\n";
        setUp(s, sim, csv);
        QVERIFY(runToEnd(*s.runner, s.batchId));
        QCOMPARE(s.runner->finishReason(), Reason::Completed); // failed rows do not stop a batch
        const QList<BatchRow> rows = s.store->rows(s.batchId);
        QCOMPARE(rows.at(0).state, State::Done);
        QCOMPARE(rows.at(1).state, State::Failed);
        QCOMPARE(rows.at(1).outcome, ApiResult::Outcome::Rejected);
        QCOMPARE(rows.at(1).httpStatus, 404);
        QCOMPARE(rows.at(1).vendorError, ApiResult::VendorError::RecordNotFound);
        QVERIFY(!rows.at(1).message.isEmpty());
        QCOMPARE(rows.at(2).state, State::Failed);
        QCOMPARE(rows.at(2).code, 400);
        QCOMPARE(rows.at(2).message, u"THE STATUS DOES NOT EXIST FOR THIS CASE TYPE"_s);
        QCOMPARE(rows.at(3).state, State::Failed);
        QCOMPARE(s.runner->progress().failed, 3);

        // Retrying the failed rows sends those three and nothing else.
        sim.admin(u"/__sim/reset"_s, "POST");
        QCOMPARE(s.store->requeue(s.batchId, {State::Failed}), 3);
        QVERIFY(runToEnd(*s.runner, s.batchId));
        QCOMPARE(sim.stats().value(u"requests"_s).toInt(), 3);
        QCOMPARE(s.store->row(rows.at(1).id)->attempts, 2);
        QCOMPARE(s.store->row(rows.at(0).id)->attempts, 1);
    }

    void invalidRowsAreNeverSent()
    {
        SimulatorProcess sim;
        startSim(sim, {u"--accept-unknown-ids"_s});
        Setup s;
        QByteArray csv = csvOf(3);
        csv += "abc def;Request;ana;open;low;x\r\n"; // a space in the id and a bad responsible
        setUp(s, sim, csv);
        QCOMPARE(s.store->counts(s.batchId).value(State::Skipped), 1);
        QVERIFY(runToEnd(*s.runner, s.batchId));
        QCOMPARE(s.runner->progress().skipped, 1);
        QCOMPARE(s.runner->progress().done, 3);
        QCOMPARE(sim.stats().value(u"requests"_s).toInt(), 3);
    }

    void pauseResumeAndCancel()
    {
        SimulatorProcess sim;
        startSim(sim, {u"--accept-unknown-ids"_s, u"--delay-ms"_s, u"30"_s});
        Setup s;
        setUp(s, sim, csvOf(30));
        QSignalSpy states(s.runner.get(), &BatchRunner::stateChanged);
        int answered = 0;
        connect(s.runner.get(), &BatchRunner::rowFinished, this, [&] {
            if (++answered == 5)
                s.runner->pause();
        });
        QVERIFY(s.runner->start(s.batchId));
        QTRY_COMPARE_WITH_TIMEOUT(s.runner->state(), BatchRunner::State::Paused, 30000);
        const int sentWhenPaused = sim.stats().value(u"requests"_s).toInt();
        QCOMPARE(sentWhenPaused, answered); // requests in flight were answered, nothing new went out
        QCOMPARE(s.runner->progress().inFlight, 0);
        QTest::qWait(200); // a paused runner stays quiet
        QCOMPARE(sim.stats().value(u"requests"_s).toInt(), sentWhenPaused);

        disconnect(s.runner.get(), &BatchRunner::rowFinished, this, nullptr);
        connect(s.runner.get(), &BatchRunner::rowFinished, this, [&] {
            if (++answered == 12)
                s.runner->cancel();
        });
        QSignalSpy finished(s.runner.get(), &BatchRunner::finished);
        s.runner->resume();
        QVERIFY(finished.wait(30000));
        QCOMPARE(s.runner->finishReason(), Reason::Cancelled);
        const QHash<State, int> counts = s.store->counts(s.batchId);
        QCOMPARE(counts.value(State::Done), answered);
        QCOMPARE(counts.value(State::Done) + counts.value(State::Cancelled), 30);
        QCOMPARE(counts.value(State::Queued), 0);
        QCOMPARE(counts.value(State::Sending), 0);
        QCOMPARE(sim.stats().value(u"updates_ok"_s).toInt(), answered);
        QVERIFY(!s.store->batch(s.batchId)->isUnfinished());
        QList<BatchRunner::State> seen;
        for (const QList<QVariant> &args : std::as_const(states))
            seen.append(args.at(0).value<BatchRunner::State>());
        QVERIFY(seen.contains(BatchRunner::State::Paused));
        QVERIFY(seen.contains(BatchRunner::State::Cancelling));
        QCOMPARE(seen.constLast(), BatchRunner::State::Finished);
    }

    void rowsReadAheadAndThenCancelledAreNotStarted()
    {
        // One request at a time, each held by the CRM: while the second is out, the third row was read
        // ahead; cancelling the queued rows then must leave it unsent, with no attempt in the history.
        SimulatorProcess sim;
        Setup s;
        setUpOneAtATime(sim, s, 4, 400);
        QSignalSpy finished(s.runner.get(), &BatchRunner::finished);
        QVERIFY(s.runner->start(s.batchId));
        QTRY_COMPARE_WITH_TIMEOUT(sim.stats().value(u"requests"_s).toInt(), 2, 20000);
        QTest::qWait(100); // its body has left; the answer is 300 ms away
        QCOMPARE(s.store->cancelQueued(s.batchId), 2);
        QVERIFY(finished.wait(20000));
        QCOMPARE(sim.stats().value(u"requests"_s).toInt(), 2);
        const QHash<State, int> counts = s.store->counts(s.batchId);
        QCOMPARE(counts.value(State::Done), 2);
        QCOMPARE(counts.value(State::Cancelled), 2);
        QCOMPARE(s.history->count(), 2);
    }

    void abortLeavesRowsInFlightInterruptedAndResendsThemOnlyWhenAsked()
    {
        SimulatorProcess sim;
        startSim(sim, {u"--accept-unknown-ids"_s, u"--delay-ms"_s, u"3000"_s});
        Setup s;
        setUp(s, sim, csvOf(5));
        QVERIFY(s.runner->start(s.batchId));
        QTRY_COMPARE_WITH_TIMEOUT(sim.stats().value(u"in_flight"_s).toInt(), 2, 20000);
        s.runner->abort();
        QCOMPARE(s.runner->state(), BatchRunner::State::Finished);
        QCOMPARE(s.runner->finishReason(), Reason::Aborted);
        QHash<State, int> counts = s.store->counts(s.batchId);
        QCOMPARE(counts.value(State::Interrupted), 2);
        QCOMPARE(counts.value(State::Queued), 3);
        HistoryQuery query;
        query.batchId = s.batchId;
        query.includeInterrupted = true;
        s.history->setQuery(query);
        QCOMPARE(s.history->count(), 2);

        // The simulator still applies what it had received: check, then resume without the interrupted rows.
        QTRY_COMPARE_WITH_TIMEOUT(sim.stats().value(u"updates_ok"_s).toInt(), 2, 20000);
        s.runner->setConcurrency(2);
        QVERIFY(runToEnd(*s.runner, s.batchId));
        counts = s.store->counts(s.batchId);
        QCOMPARE(counts.value(State::Done), 3);
        QCOMPARE(counts.value(State::Interrupted), 2);
        QVERIFY(s.store->batch(s.batchId)->isUnfinished()); // the user still has to decide about two rows
        QHash<QString, int> updates = updatesPerCase(sim);
        QCOMPARE(updates.size(), 5);
        for (auto it = updates.cbegin(); it != updates.cend(); ++it)
            QCOMPARE(it.value(), 1);

        // The user asks: the interrupted rows are sent again (and so updated twice, knowingly).
        QCOMPARE(s.store->requeue(s.batchId, {State::Interrupted}), 2);
        QVERIFY(runToEnd(*s.runner, s.batchId));
        QCOMPARE(s.store->counts(s.batchId).value(State::Done), 5);
        updates = updatesPerCase(sim);
        int twice = 0;
        for (auto it = updates.cbegin(); it != updates.cend(); ++it)
            twice += it.value() == 2;
        QCOMPARE(twice, 2);
    }

    void oneRunnerPerBatch()
    {
        SimulatorProcess sim;
        startSim(sim, {u"--accept-unknown-ids"_s, u"--delay-ms"_s, u"200"_s});
        Setup s;
        setUp(s, sim, csvOf(4));
        QVERIFY(s.runner->start(s.batchId));
        BatchStore other(s.store->path());
        QVERIFY(other.open());
        CasesClient client(&m_network);
        BatchRunner second(&other, &client, nullptr);
        second.setToken(m_token);
        QVERIFY(!second.start(s.batchId));
        QCOMPARE(second.finishReason(), Reason::ClaimFailed);
        QVERIFY(!second.error().isEmpty());
        QSignalSpy finished(s.runner.get(), &BatchRunner::finished);
        QVERIFY(finished.wait(30000));
        QCOMPARE(sim.stats().value(u"requests"_s).toInt(), 4);
    }

    void fromCrmReadsEachCaseThenSendsTheUpdateDecidedFromIt()
    {
        SimulatorProcess sim;
        startSim(sim, {u"--config"_s, configWithCases(7)});
        // Row 7's case is closed in the CRM without a solution; row 8's case is not in the CRM at all.
        changeCase(sim, {{u"operation"_s, m_operation}, {u"id"_s, caseId(7)}, {u"status"_s, u"closed"_s}});
        Setup s;
        setUpWith(s, readFirstDefaults(sim), reassignment(8));
        const BatchImport check
            = BatchImport::fromBytes(reassignment(8), m_dir.filePath(u"x.csv"_s), readFirstDefaults(sim));
        QCOMPARE(check.validCount(), 8); // no column gives the status: the read will
        QCOMPARE(check.callsNeeded(), 16);
        QCOMPARE(BatchRunner::callsLeft(s.store->rows(s.batchId), {}), 16);

        QVERIFY(runToEnd(*s.runner, s.batchId));
        QCOMPARE(s.runner->finishReason(), Reason::Completed);
        QCOMPARE(s.runner->progress().readsThisRun, 8);
        QCOMPARE(s.runner->progress().sentThisRun, 6);

        const QList<BatchRow> rows = s.store->rows(s.batchId);
        for (int i = 0; i < 6; ++i) {
            const BatchRow &row = rows.at(i);
            QCOMPARE(row.state, State::Done);
            QCOMPARE(row.read, BatchRow::Read::Done);
            QCOMPARE(row.decided.responsible, u"carlos@modulodeprueba"_s);
            QCOMPARE(row.decided.status, u"in progress"_s); // the CRM's
            QCOMPARE(row.baseline.value(u"responsible"_s).toString(), u"ana@modulodeprueba"_s);
            // What the CRM has now: the new responsible, and everything else as it was.
            const QJsonObject stored = sim.storedCase(m_operation, caseId(i + 1));
            QCOMPARE(stored.value(u"responsible"_s).toString(), u"carlos@modulodeprueba"_s);
            QCOMPARE(stored.value(u"status"_s).toString(), u"in progress"_s);
            QCOMPARE(stored.value(u"priority"_s).toString(), u"low"_s);
            QCOMPARE(stored.value(u"case_type"_s).toString(), u"Request"_s);
            QCOMPARE(stored.value(u"form"_s).toObject().value(u"canal"_s).toString(), u"web"_s);
            const QJsonObject counts = byCase(sim, caseId(i + 1));
            QCOMPARE(counts.value(u"queries"_s).toInt(), 1);
            QCOMPARE(counts.value(u"update_requests"_s).toInt(), 1);
            // The attempt keeps the case as read: the "before" of its change list.
            const HistoryEntry attempt = s.history->database()->entryById(row.lastAttemptId).value();
            QCOMPARE(attempt.baseline.value(u"responsible"_s).toString(), u"ana@modulodeprueba"_s);
            QCOMPARE(attempt.baseline.value(u"form:canal"_s).toString(), u"web"_s);
            QCOMPARE(attempt.update.status, u"in progress"_s);
        }
        // As read, row 7 cannot be sent; row 8 has no case. Neither was sent, and both say why.
        QCOMPARE(rows.at(6).state, State::Failed);
        QVERIFY(rows.at(6).failedReading());
        QCOMPARE(rows.at(6).outcome, ApiResult::Outcome::InvalidInput);
        QVERIFY2(rows.at(6).message.contains(u"solution"_s), qPrintable(rows.at(6).message));
        QCOMPARE(byCase(sim, caseId(7)).value(u"update_requests"_s).toInt(), 0);
        QCOMPARE(rows.at(7).state, State::Failed);
        QVERIFY(rows.at(7).failedReading());
        QCOMPARE(rows.at(7).outcome, ApiResult::Outcome::Rejected);
        QVERIFY2(rows.at(7).message.contains(caseId(8)), qPrintable(rows.at(7).message));
        QCOMPARE(historyAttempts(s), 6);

        // Reads and updates shared the token's two requests in flight.
        const QJsonArray requests = sim.admin(u"/__sim/requests"_s).value(u"requests"_s).toArray();
        QCOMPARE(requests.size(), 14);
        for (const QJsonValue &request : requests)
            QVERIFY(request[u"in_flight"_s].toInt() <= 2);

        // Sent again, a failed row reads its case again: fixed in the CRM meanwhile, it goes through.
        changeCase(sim, {{u"operation"_s, m_operation}, {u"id"_s, caseId(7)}, {u"solution"_s, u"Hecho"_s}});
        QCOMPARE(s.store->requeue(s.batchId, {State::Failed}), 2);
        QVERIFY(runToEnd(*s.runner, s.batchId));
        QCOMPARE(s.store->row(rows.at(6).id)->state, State::Done);
        QCOMPARE(byCase(sim, caseId(7)).value(u"queries"_s).toInt(), 2);
        QCOMPARE(sim.storedCase(m_operation, caseId(7)).value(u"solution"_s).toString(), u"Hecho"_s);
    }

    void aRowReadBeforeAStopSendsExactlyWhatWasDecided()
    {
        SimulatorProcess sim;
        startSim(sim, {u"--config"_s, configWithCases(3)});
        Setup s;
        setUpWith(s, readFirstDefaults(sim), reassignment(3));
        const QList<BatchRow> rows = s.store->rows(s.batchId);
        // As a run killed between a read's commit and its update's would leave them: row 1 read and decided,
        // row 2's read on its way, row 3 not started.
        CaseUpdate decided = rows.at(0).update;
        decided.caseType = u"Request"_s;
        decided.status = u"in progress"_s;
        decided.priority = u"high"_s;
        QVERIFY(s.store->markReading(rows.at(0).id));
        QVERIFY(s.store->markRead(rows.at(0).id, decided, {{u"priority"_s, u"low"_s}}));
        QVERIFY(s.store->markReading(rows.at(1).id));
        QCOMPARE(BatchRunner::callsLeft(s.store->rows(s.batchId), {}), 5);
        // Someone changes row 1's case meanwhile: the decision was taken, it is what goes out.
        changeCase(sim, {{u"operation"_s, m_operation}, {u"id"_s, caseId(1)}, {u"priority"_s, u"medium"_s}});

        QVERIFY(runToEnd(*s.runner, s.batchId));
        QCOMPARE(s.runner->finishReason(), Reason::Completed);
        QCOMPARE(byCase(sim, caseId(1)).value(u"queries"_s).toInt(), 0); // not read again
        QCOMPARE(sim.storedCase(m_operation, caseId(1)).value(u"priority"_s).toString(), u"high"_s);
        const HistoryEntry attempt
            = s.history->database()->entryById(s.store->row(rows.at(0).id)->lastAttemptId).value();
        QCOMPARE(attempt.baseline.value(u"priority"_s).toString(), u"low"_s);
        // The read nobody waited for any more is made again, once.
        for (int i = 2; i <= 3; ++i) {
            QCOMPARE(byCase(sim, caseId(i)).value(u"queries"_s).toInt(), 1);
            QCOMPARE(byCase(sim, caseId(i)).value(u"updates"_s).toInt(), 1);
        }
        for (const BatchRow &row : s.store->rows(s.batchId))
            QCOMPARE(row.state, State::Done);
    }

    void busyReadsAreRetriedAndEveryCaseIsUpdatedOnce()
    {
        SimulatorProcess sim;
        startSim(sim,
                 {u"--config"_s, configWithCases(20), u"--max-concurrent"_s, u"1"_s, u"--query-delay-ms"_s,
                  u"20"_s});
        Setup s;
        setUpWith(s, readFirstDefaults(sim), reassignment(20));
        QVERIFY(runToEnd(*s.runner, s.batchId));
        QCOMPARE(s.runner->finishReason(), Reason::Completed);
        QVERIFY(sim.stats().value(u"rejected_concurrency"_s).toInt() >= 1);
        QVERIFY(s.runner->progress().retries >= 1);
        for (int i = 1; i <= 20; ++i) {
            QCOMPARE(byCase(sim, caseId(i)).value(u"updates"_s).toInt(), 1);
            QCOMPARE(sim.storedCase(m_operation, caseId(i)).value(u"responsible"_s).toString(),
                     u"carlos@modulodeprueba"_s);
        }
    }

    void anAnswerIsInTheFileWhileTheNextRequestIsOnItsWay()
    {
        // An answer's writes wait for the next request's body to leave, never for that request's answer:
        // a crash while the CRM holds the next row finds this one done, and the window has been told.
        SimulatorProcess sim;
        Setup s;
        setUpOneAtATime(sim, s, 2, 3000);
        const QList<BatchRow> rows = s.store->rows(s.batchId);
        QList<qint64> finished;
        connect(s.runner.get(), &BatchRunner::rowFinished, this,
                [&finished](const BatchRow &row) { finished.append(row.id); });
        QVERIFY(s.runner->start(s.batchId));
        // Each request is held 3 s. Written late, row 1 would be done only with row 2's answer.
        QTRY_COMPARE_WITH_TIMEOUT(s.store->row(rows.at(0).id)->state, State::Done, 30000);
        QCOMPARE(sim.stats().value(u"requests"_s).toInt(), 2);
        QCOMPARE(finished, QList<qint64>{rows.at(0).id});
        QCOMPARE(s.store->row(rows.at(1).id)->state, State::Sending);
        QCOMPARE(s.runner->progress().inFlight, 1);
        s.runner->abort();
        QCOMPARE(s.store->row(rows.at(1).id)->state, State::Interrupted);
    }

    void anAnswerIsWrittenWhenTheNextRequestCannotLeave()
    {
        // The next request's connection does not open: the simulator's only worker is busy, and its TLS
        // handshake waits for it. The answer before it is written all the same, after a moment.
        QTemporaryDir dir;
        QString error;
        const TestCertificates::Set certs = TestCertificates::makeSet(dir.path(), &error);
        QVERIFY2(certs.isValid(), qPrintable(error));
        SimulatorProcess sim;
        startSim(sim,
                 QStringList{u"--accept-unknown-ids"_s, u"--threads"_s, u"1"_s, u"--keep-alive-requests"_s,
                             u"1"_s, u"--delay-ms"_s, u"2000"_s}
                     + TestCertificates::serverArguments(certs.server));
        BatchDefaults defaults;
        defaults.server = u"127.0.0.1:%1"_s.arg(sim.port());
        defaults.operation = m_operation;
        defaults.settings.caBundlePath = certs.authority.certificate;
        Setup s;
        setUpWith(s, defaults, csvOf(4));
        int answers = 0; // replies the client has had
        const auto count = [&answers](QNetworkReply *) { ++answers; };
        QList<qint64> finished;
        int answersThen = 0;
        connect(s.runner.get(), &BatchRunner::rowFinished, this, [&](const BatchRow &row) {
            if (finished.isEmpty())
                answersThen = answers;
            finished.append(row.id);
        });
        // The bundle's own manager exists once the first request is made.
        bool counting = false;
        connect(s.runner.get(), &BatchRunner::rowStarted, this, [&] {
            if (std::exchange(counting, true))
                return;
            for (QNetworkAccessManager *manager : s.client->findChildren<QNetworkAccessManager *>())
                connect(manager, &QNetworkAccessManager::finished, this, count);
        });
        QVERIFY(s.runner->start(s.batchId));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        // The first answer was written while the other lane's row was still held: before its answer.
        QCOMPARE(answersThen, 1);
        QCOMPARE(s.store->row(finished.constFirst())->state, State::Done);
        s.runner->abort();
    }

    void abortRightAfterAnAnswerStoresThatAnswer()
    {
        // Answers are stored once per pass of the event loop, together; an abort that comes first (here,
        // queued by Qt's own signal for the answer) must not take an answered row for one in flight.
        SimulatorProcess sim;
        QNetworkAccessManager network;
        Setup s;
        setUpOneAtATime(sim, s, 3, 300, &network);
        connect(&network, &QNetworkAccessManager::finished, s.runner.get(),
                [&s] { QTimer::singleShot(0, s.runner.get(), [&s] { s.runner->abort(); }); });
        QVERIFY(s.runner->start(s.batchId));
        QTRY_COMPARE_WITH_TIMEOUT(s.runner->state(), BatchRunner::State::Finished, 20000);
        QCOMPARE(s.runner->finishReason(), Reason::Aborted);
        const QHash<State, int> counts = s.store->counts(s.batchId);
        QCOMPARE(counts.value(State::Done), 1);
        QCOMPARE(counts.value(State::Interrupted), 0);
        QCOMPARE(counts.value(State::Queued), 2);
        HistoryQuery query;
        query.batchId = s.batchId;
        s.history->setQuery(query);
        QCOMPARE(s.history->count(), 1);
        QCOMPARE(s.history->entry(0).state, HistoryEntry::State::Done);
        QCOMPARE(s.history->entry(0).result.outcome, ApiResult::Outcome::Success);
    }

    void abortDuringReadsLeavesThoseRowsToReadAgain()
    {
        SimulatorProcess sim;
        startSim(sim, {u"--config"_s, configWithCases(3), u"--query-delay-ms"_s, u"3000"_s});
        Setup s;
        setUpWith(s, readFirstDefaults(sim), reassignment(3));
        QVERIFY(s.runner->start(s.batchId));
        QTRY_COMPARE_WITH_TIMEOUT(sim.stats().value(u"in_flight"_s).toInt(), 2, 20000);
        s.runner->abort();
        QCOMPARE(s.runner->finishReason(), Reason::Aborted);
        // A read changes nothing: nothing is "interrupted", every row waits to be read again.
        const QHash<State, int> counts = s.store->counts(s.batchId);
        QCOMPARE(counts.value(State::Queued), 3);
        QCOMPARE(counts.value(State::Interrupted), 0);
        for (const BatchRow &row : s.store->rows(s.batchId))
            QCOMPARE(row.read, BatchRow::Read::Pending);
        QCOMPARE(historyAttempts(s), 0);
    }

    void everyFileArrivesOrTheRowIsIncomplete_data()
    {
        QTest::addColumn<QString>("partName");
        QTest::addColumn<QString>("deliveryId");
        for (const QString &part : ConnectionSettings::attachmentPartNames()) {
            for (const QString &delivery : {u"automatic"_s, u"one-per-file"_s, u"one-request"_s})
                QTest::addRow("%s, %s", qPrintable(part), qPrintable(delivery)) << part << delivery;
        }
    }

    void everyFileArrivesOrTheRowIsIncomplete()
    {
        QFETCH(QString, partName);
        QFETCH(QString, deliveryId);
        const ConnectionSettings::AttachmentDelivery delivery
            = ConnectionSettings::deliveryFromId(deliveryId).value();
        SimulatorProcess sim;
        startSim(sim, {u"--accept-unknown-ids"_s});
        // Two rows: two files, then three, each file its own bytes.
        const QString folder = m_dir.filePath(u"files-%1"_s.arg(++m_serial));
        QList<QStringList> files(2);
        QByteArray csv = "wolkvox-id;case-type;responsible;status;priority;adjuntos\r\n";
        for (int row = 0; row < 2; ++row) {
            for (int f = 0; f < row + 2; ++f) {
                const QByteArray bytes = QByteArray("file ") + QByteArray::number(row) + '.'
                    + QByteArray::number(f) + ' ' + QByteArray(100 * (f + 1) + row, char('a' + f));
                files[row].append(TestFiles::write(u"%1/r%2-%3.%4"_s.arg(folder).arg(row).arg(f).arg(
                                                       QStringList{u"pdf"_s, u"png"_s, u"jpg"_s}[f]),
                                                   bytes));
            }
            csv += caseId(900 + row).toLatin1() + ";Request;ana@modulodeprueba;open;low;"
                + files[row].join(u'|').toUtf8() + "\r\n";
        }
        BatchDefaults defaults;
        defaults.server = sim.server();
        defaults.operation = m_operation;
        defaults.settings.attachmentPartName = partName;
        defaults.settings.attachmentDelivery = delivery;
        Setup s;
        setUpWith(s, defaults, csv);
        const bool keepsAll = partName.endsWith(u"[]"_s);
        const bool split = delivery == ConnectionSettings::AttachmentDelivery::OneUpdatePerFile
            || (delivery == ConnectionSettings::AttachmentDelivery::Automatic && !keepsAll);
        const bool lossy = !split && !keepsAll;
        QCOMPARE(BatchRunner::callsLeft(s.store->rows(s.batchId), defaults.settings), split ? 5 : 2);
        QVERIFY(runToEnd(*s.runner, s.batchId));
        QCOMPARE(s.runner->finishReason(), Reason::Completed);

        const QList<BatchRow> rows = s.store->rows(s.batchId);
        for (int row = 0; row < 2; ++row) {
            const QStringList &sent = files.at(row);
            const QJsonObject stored = sim.storedCase(m_operation, caseId(900 + row));
            const QJsonArray arrived = stored.value(u"files"_s).toArray();
            QCOMPARE(stored.value(u"update_requests"_s).toInt(), split ? sent.size() : 1);
            if (lossy) {
                // One request under a plain name: PHP keeps the last file only, and the row says so.
                QCOMPARE(rows.at(row).state, State::Failed);
                QCOMPARE(rows.at(row).outcome, ApiResult::Outcome::Incomplete);
                QCOMPARE(arrived.size(), 1);
                QCOMPARE(arrived.at(0)[u"sha256"_s].toString().toLatin1(),
                         TestFiles::sha256(sent.constLast()));
            } else {
                QCOMPARE(rows.at(row).state, State::Done);
                QCOMPARE(arrived.size(), sent.size());
                for (int f = 0; f < sent.size(); ++f) {
                    QCOMPARE(arrived.at(f)[u"sha256"_s].toString().toLatin1(), TestFiles::sha256(sent.at(f)));
                    QCOMPARE(arrived.at(f)[u"size"_s].toInteger(), QFileInfo(sent.at(f)).size());
                }
            }
            // The history says which files went in which request.
            QList<HistoryEntry> attempts;
            const HistoryEntry last = s.history->database()->entryById(rows.at(row).lastAttemptId).value();
            if (split) {
                QVERIFY(last.deliveryGroup > 0);
                attempts = s.history->database()->deliveryGroup(last.deliveryGroup);
            } else {
                attempts = {last};
            }
            QCOMPARE(attempts.size(), split ? sent.size() : 1);
            for (int i = 0; i < attempts.size(); ++i) {
                const HistoryEntry &attempt = attempts.at(i);
                QCOMPARE(attempt.update.attachments, split ? QStringList{sent.at(i)} : sent);
                QCOMPARE(attempt.deliveryPart, split ? i + 1 : 0);
                QCOMPARE(attempt.deliveryParts, split ? int(sent.size()) : 0);
                QCOMPARE(attempt.deliveryGroup, split ? attempts.constFirst().id : 0);
                QCOMPARE(attempt.result.outcome,
                         lossy ? ApiResult::Outcome::Incomplete : ApiResult::Outcome::Success);
            }
        }
    }

    void startRefusesWithoutAToken()
    {
        SimulatorProcess sim;
        startSim(sim, {});
        Setup s;
        setUp(s, sim, csvOf(1));
        s.runner->setToken(QString());
        QVERIFY(!s.runner->start(s.batchId));
        QVERIFY(s.runner->error().contains(u"token"_s));
        QCOMPARE(s.runner->state(), BatchRunner::State::Idle);
    }
};

QTEST_GUILESS_MAIN(TestBatchRunner)
#include "tst_batchrunner.moc"
