#include "core/batch/batchstore.h"
#include "core/global.h"
#include "core/history/sqlitehistorystore.h"
#include "core/profiles/profilestore.h"
#include "support/simulatorprocess.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using State = BatchRow::State;

// casedesk-cli batch as a team lead's script runs it, including a SIGKILL in the middle of a batch.
class TestCliBatch : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QJsonObject json;
        QByteArray out;
        QString err;
    };

    QTemporaryDir m_dir;
    int m_serial = 0;
    const QString m_operation = QString::fromLatin1(SimulatorProcess::DemoOperation);

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"WOLKVOX_TOKEN"_s, QString::fromLatin1(SimulatorProcess::DemoToken));
        // Nothing a test starts may touch the real user's files.
        env.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        return env;
    }

    Run cli(const QStringList &arguments, const QByteArray &input = {}) const
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QString::fromUtf8(CASEDESK_CLI_PATH), arguments);
        if (!input.isNull()) {
            process.write(input);
            process.closeWriteChannel();
        }
        Run run;
        if (!process.waitForFinished(240000))
            return run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = QString::fromUtf8(process.readAllStandardError());
        run.json = QJsonDocument::fromJson(run.out).object();
        return run;
    }

    static QString caseId(int row)
    {
        return QString::fromLatin1(
            QCryptographicHash::hash(QByteArray("cli" + QByteArray::number(row)), QCryptographicHash::Sha1)
                .toHex()
                .left(31));
    }

    QString writeCsv(int rows, const QByteArray &extra = {})
    {
        QByteArray csv = "\xef\xbb\xbfwolkvox-id;Tipo de caso;Responsável;Situação;Prioridade;Canal\r\n";
        for (int i = 1; i <= rows; ++i)
            csv += caseId(i).toLatin1() + ";Request;ana@modulodeprueba;open;low;web\r\n";
        csv += extra;
        return writeFile(u"cases-%1.csv"_s.arg(++m_serial), csv);
    }

    QString writeFile(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        return path;
    }

    QString newDatabase() { return m_dir.filePath(u"db-%1/history.sqlite"_s.arg(++m_serial)); }

    static QStringList args(const SimulatorProcess &sim, const QString &file, const QString &database)
    {
        return {u"batch"_s,       file,
                u"--server"_s,    sim.server(),
                u"--operation"_s, QString::fromLatin1(SimulatorProcess::DemoOperation),
                u"--database"_s,  database};
    }

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

    static QStringList rules(const QJsonObject &json)
    {
        QStringList out;
        const QJsonArray issues = json.value(u"issues"_s).toArray();
        for (const QJsonValue &issue : issues)
            out.append(issue[u"rule"_s].toString());
        return out;
    }

    // The demo configuration with `count` more cases, caseId(1) to caseId(count), for --config: a
    // --from-crm batch reads cases the CRM already has.
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
                                     {u"case_type"_s, u"Request"_s},
                                     {u"responsible"_s, u"ana@modulodeprueba"_s},
                                     {u"status"_s, u"in progress"_s},
                                     {u"priority"_s, u"low"_s},
                                     {u"form"_s, QJsonObject{{u"canal"_s, u"web"_s}}}});
        }
        demo.insert(u"cases"_s, cases);
        operations.replace(0, demo);
        config.insert(u"operations"_s, operations);
        return writeFile(u"config-%1.json"_s.arg(++m_serial), QJsonDocument(config).toJson());
    }

    // A reassignment: only the id and the new responsible.
    QString writeReassignment(int rows)
    {
        QByteArray csv = "wolkvox-id;responsable\r\n";
        for (int i = 1; i <= rows; ++i)
            csv += caseId(i).toLatin1() + ";carlos@modulodeprueba\r\n";
        return writeFile(u"reassign-%1.csv"_s.arg(++m_serial), csv);
    }

    static QJsonObject byCase(const SimulatorProcess &sim)
    {
        return sim.stats().value(u"by_case"_s).toObject();
    }
    static QString caseKey(int row)
    {
        return QString::fromLatin1(SimulatorProcess::DemoOperation) + u'/' + caseId(row);
    }

    static void startSim(SimulatorProcess &sim, const QStringList &extra = {})
    {
        QVERIFY2(sim.start(QStringList{u"--quiet"_s, u"--accept-unknown-ids"_s} + extra),
                 qPrintable(sim.errorText()));
    }

    // What a killed batch can leave "sending": the requests in flight, and the rows whose answer had come
    // but whose write waited for the next request to leave (BatchRunner::storeAnswered), one per slot.
    static constexpr int leftSendingAtMost = 2 * Casedesk::MaxRequestsInFlightPerToken;

    // Waits until `done` updates succeeded and another is in flight, from one snapshot of the simulator's
    // counters (two reads could straddle the moment between two requests, and QTRY_VERIFY reads its
    // expression again after the loop).
    static bool midBatch(const SimulatorProcess &sim, int done)
    {
        QDeadlineTimer deadline(60000);
        while (!deadline.hasExpired()) {
            const QJsonObject stats = sim.stats();
            if (stats.value(u"updates_ok"_s).toInt() >= done && stats.value(u"in_flight"_s).toInt() > 0)
                return true;
            QTest::qWait(10);
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void helpDocumentsOptionsAndExitCodes()
    {
        const Run run = cli({u"batch"_s, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        for (const char *needle :
             {"--dry-run", "--concurrency", "--results", "--resume", "--resend-interrupted", "--map",
              "--ignore", "--profile", "--token-file", "--from-crm", "--allow-over-quota", "--attachments",
              "tokenInformation", "0  ", "1  ", "2  ", "3  ", "4  "})
            QVERIFY2(run.out.contains(needle), needle);
        QVERIFY(cli({u"--help"_s}).out.contains("batch"));
        const Run argv = cli({u"batch"_s, u"x.csv"_s, u"--token"_s, u"A8K3J7F2"_s});
        QCOMPARE(argv.exitCode, 2);
        QVERIFY(argv.err.contains(u"WOLKVOX_TOKEN"_s));
    }

    void dryRunChecksEveryRowAndSendsNothing()
    {
        SimulatorProcess sim;
        startSim(sim);
        const QString file = writeCsv(3, "abc def;Request;ana;closed;low;web\r\n");
        const QString results = m_dir.filePath(u"check.csv"_s);
        const Run run
            = cli(args(sim, file, newDatabase()) + QStringList{u"--dry-run"_s, u"--results"_s, results});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.json.value(u"outcome"_s).toString(), u"dry_run"_s);
        QCOMPARE(run.json.value(u"rows"_s).toInt(), 4);
        QCOMPARE(run.json.value(u"invalid"_s).toInt(), 1);
        QCOMPARE(rules(run.json),
                 (QStringList{u"id-format"_s, u"responsible-format"_s, u"solution-required"_s}));
        QCOMPARE(run.json.value(u"issues"_s).toArray().at(0)[u"row"_s].toInt(), 4);
        QCOMPARE(run.json.value(u"issues"_s).toArray().at(0)[u"line"_s].toInt(), 5);
        QVERIFY(run.err.contains(u"Row 4 (line 5)"_s));
        QVERIFY(run.err.contains(u"Situação"_s)); // the mapping is shown
        QVERIFY(QFile::exists(results));
        QCOMPARE(sim.stats().value(u"requests"_s).toInt(), 0);

        const Run valid = cli(args(sim, writeCsv(3), newDatabase()) + QStringList{u"--dry-run"_s});
        QCOMPARE(valid.exitCode, 0);
        QCOMPARE(valid.json.value(u"valid"_s).toInt(), 3);
        QCOMPARE(sim.stats().value(u"requests"_s).toInt(), 0);
    }

    void malformedFilesAreRefusedWithTheirLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unbalanced quote")
            << QByteArray("wolkvox-id,status\na1,open\na2,\"open\na3,x\n") << u"line 3"_s;
        QTest::newRow("latin-1") << QByteArray("wolkvox-id,solution\na1,Soluci\xf3n\n") << u"Line 2"_s;
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QTest::newRow("header only") << QByteArray("wolkvox-id;estado\r\n") << u"no rows"_s;
    }

    void malformedFilesAreRefusedWithTheirLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mentions);
        SimulatorProcess sim;
        startSim(sim);
        const QString file = writeFile(u"bad-%1.csv"_s.arg(++m_serial), bytes);
        const Run run = cli(args(sim, file, newDatabase()));
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.json.value(u"outcome"_s).toString(), u"invalid_input"_s);
        QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
        QVERIFY(run.err.contains(QFileInfo(file).fileName()));
        QCOMPARE(sim.stats().value(u"requests"_s).toInt(), 0);
    }

    void raggedRowsBlockTheBatchUnlessSkipped()
    {
        SimulatorProcess sim;
        startSim(sim);
        const QString file = writeCsv(4, "ffff;Request;ana@modulodeprueba;open\r\n");
        const QString db = newDatabase();
        Run run = cli(args(sim, file, db));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(rules(run.json).contains(u"ragged-row"_s));
        QVERIFY(run.err.contains(u"--skip-invalid"_s));
        QCOMPARE(sim.stats().value(u"requests"_s).toInt(), 0);

        run = cli(args(sim, file, db) + QStringList{u"--skip-invalid"_s});
        QCOMPARE(run.exitCode, 1); // a row was not updated
        QCOMPARE(run.json.value(u"done"_s).toInt(), 4);
        QCOMPARE(run.json.value(u"skipped"_s).toInt(), 1);
        QCOMPARE(sim.stats().value(u"requests"_s).toInt(), 4);
    }

    void mappingOptionsAndPastedText()
    {
        SimulatorProcess sim;
        startSim(sim);
        const QByteArray tsv = "Código\tEstado\tPrioridad\tNotas\tCiudad\n"
                               "c0ffee00000000000000000000000001\topen\thigh\tinterno\tBogotá\n";
        QStringList base{u"batch"_s,       u"-"_s,       u"--server"_s,      sim.server(),
                         u"--operation"_s, m_operation,  u"--database"_s,    newDatabase(),
                         u"--case-type"_s, u"Request"_s, u"--responsible"_s, u"ana@modulodeprueba"_s};
        Run run = cli(base + QStringList{u"--map"_s, u"Nope=status"_s}, tsv);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"“Código”"_s)); // lists the real columns

        run = cli(base
                      + QStringList{u"--map"_s, u"codigo=wolkvox-id"_s, u"--custom-fields"_s, u"--ignore"_s,
                                    u"Notas"_s, u"--map"_s, u"Ciudad=form:ciudad"_s},
                  tsv);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json.value(u"done"_s).toInt(), 1);
        const QJsonObject stored = sim.storedCase(m_operation, u"c0ffee00000000000000000000000001"_s);
        QCOMPARE(stored.value(u"status"_s).toString(), u"open"_s);
        QCOMPARE(stored.value(u"priority"_s).toString(), u"high"_s);
        QCOMPARE(stored.value(u"form"_s).toObject(), (QJsonObject{{u"ciudad"_s, u"Bogotá"_s}}));
    }

    void sendsEveryRowAndWritesTheResults()
    {
        SimulatorProcess sim;
        startSim(sim);
        const QString file = writeCsv(60);
        const QString results = m_dir.filePath(u"results.csv"_s);
        const QString db = newDatabase();
        const Run run
            = cli(args(sim, file, db) + QStringList{u"--results"_s, results, u"--concurrency"_s, u"1"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count('\n'), 1); // one JSON object
        QCOMPARE(run.json.value(u"outcome"_s).toString(), u"completed"_s);
        QCOMPARE(run.json.value(u"done"_s).toInt(), 60);
        QCOMPARE(run.json.value(u"sent"_s).toInt(), 60);
        QVERIFY(run.err.contains(u"60 of 60 rows"_s)); // the progress line
        QCOMPARE(sim.stats().value(u"requests"_s).toInt(), 60);
        QCOMPARE(sim.stats().value(u"max_in_flight"_s).toInt(), 1);
        QFile csv(results);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.size(), 62); // header, 60 rows, the last line break
        QVERIFY(lines.at(1).startsWith(QByteArray("1,2," + caseId(1).toLatin1() + ",done,success,200,200,")));

        // The same file again is refused: nothing is sent twice by accident.
        Run again = cli(args(sim, file, db));
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.err.contains(u"--new"_s));
        QCOMPARE(sim.stats().value(u"requests"_s).toInt(), 60);
        again = cli(args(sim, file, db) + QStringList{u"--new"_s});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(updatesPerCase(sim).value(caseId(7)), 2);
    }

    void rejectedRowsExitOne()
    {
        SimulatorProcess sim;
        QVERIFY(sim.start({u"--quiet"_s})); // unknown ids are refused
        const QString file = writeCsv(2);
        const Run run = cli(args(sim, file, newDatabase()));
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json.value(u"failed"_s).toInt(), 2);
        QVERIFY(run.err.contains(caseId(1)));
    }

    void exhaustedQuotaExitsFourAndResumesNextDay()
    {
        SimulatorProcess sim;
        startSim(sim, {u"--daily-quota"_s, u"5"_s});
        const QString file = writeCsv(8);
        const QString db = newDatabase();
        Run run = cli(args(sim, file, db));
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(run.json.value(u"outcome"_s).toString(), u"quota_exhausted"_s);
        QCOMPARE(run.json.value(u"done"_s).toInt(), 5);
        QCOMPARE(run.json.value(u"queued"_s).toInt(), 3);
        QVERIFY(run.err.contains(u"--resume"_s));

        sim.admin(u"/__sim/new-day"_s, "POST");
        run = cli(args(sim, file, db) + QStringList{u"--resume"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json.value(u"done"_s).toInt(), 8);
        QCOMPARE(run.json.value(u"sent"_s).toInt(), 3);
        const QHash<QString, int> updates = updatesPerCase(sim);
        QCOMPARE(updates.size(), 8);
        for (auto it = updates.cbegin(); it != updates.cend(); ++it)
            QCOMPARE(it.value(), 1);
    }

    void killedMidBatchResumesWithoutSendingAnyRowTwice()
    {
        SimulatorProcess sim;
        startSim(sim, {u"--delay-ms"_s, u"150"_s});
        const int rows = 40;
        const QString file = writeCsv(rows);
        const QString db = newDatabase();

        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QString::fromUtf8(CASEDESK_CLI_PATH), args(sim, file, db));
        QVERIFY(process.waitForStarted());
        // Kill it while requests are in flight, a few rows in.
        QVERIFY(midBatch(sim, 6));
        process.kill(); // SIGKILL: no destructor, no signal handler runs
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        // The simulator finishes what it had received, as a real server would.
        QTRY_COMPARE_WITH_TIMEOUT(sim.stats().value(u"in_flight"_s).toInt(), 0, 20000);
        const int appliedBeforeResume = sim.stats().value(u"updates_ok"_s).toInt();

        int interrupted = 0;
        {
            // Reopening finds the rows the dead process left "sending": each row is in exactly one state.
            BatchStore store(db);
            QVERIFY(store.open());
            const QList<BatchInfo> unfinished = store.unfinishedBatches();
            QCOMPARE(unfinished.size(), 1);
            const QHash<State, int> counts = store.counts(unfinished.at(0).id);
            interrupted = counts.value(State::Interrupted);
            QVERIFY(interrupted >= 1);
            QVERIFY2(interrupted <= leftSendingAtMost, qPrintable(QString::number(interrupted)));
            QCOMPARE(counts.value(State::Sending), 0);
            QCOMPARE(counts.value(State::Done) + counts.value(State::Interrupted)
                         + counts.value(State::Queued),
                     rows);
            for (const BatchRow &row : store.rows(unfinished.at(0).id))
                QCOMPARE(row.attempts, row.state == State::Queued ? 0 : 1);
            SqliteHistoryStore history(db);
            QVERIFY(history.open());
            HistoryQuery query;
            query.includeInterrupted = true;
            history.setQuery(query);
            QVERIFY(history.count() >= 1); // the killed attempts show as interrupted in the history too
        }

        // Resume: the queued rows are sent, the interrupted ones reported and left alone.
        Run run = cli(args(sim, file, db) + QStringList{u"--resume"_s});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.json.value(u"interrupted"_s).toInt(), interrupted);
        QCOMPARE(run.json.value(u"done"_s).toInt(), rows - interrupted);
        QCOMPARE(run.json.value(u"queued"_s).toInt(), 0);
        QVERIFY(run.err.contains(u"--resend-interrupted"_s));
        QHash<QString, int> updates = updatesPerCase(sim);
        for (auto it = updates.cbegin(); it != updates.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key())); // no case updated twice
        const int sentOnResume = run.json.value(u"sent"_s).toInt();
        QCOMPARE(sim.stats().value(u"updates_ok"_s).toInt(), appliedBeforeResume + sentOnResume);

        // Only when asked are the interrupted rows sent again.
        run = cli(args(sim, file, db) + QStringList{u"--resume"_s, u"--resend-interrupted"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json.value(u"sent"_s).toInt(), interrupted);
        QCOMPARE(run.json.value(u"done"_s).toInt(), rows);
        updates = updatesPerCase(sim);
        QCOMPARE(updates.size(), rows);
        int twice = 0;
        for (auto it = updates.cbegin(); it != updates.cend(); ++it) {
            QVERIFY(it.value() <= 2);
            twice += it.value() == 2;
        }
        QVERIFY(twice <= interrupted); // at most the rows the user chose to resend
    }

    void terminateStopsCleanlyAndResumes()
    {
        SimulatorProcess sim;
        startSim(sim, {u"--delay-ms"_s, u"100"_s});
        const QString file = writeCsv(30);
        const QString db = newDatabase();
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QString::fromUtf8(CASEDESK_CLI_PATH), args(sim, file, db));
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(sim.stats().value(u"updates_ok"_s).toInt() >= 4, 60000);
        process.terminate(); // SIGTERM, like Ctrl-C: finish the requests in flight, keep the rest
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 4);
        const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(json.value(u"outcome"_s).toString(), u"stopped"_s);
        QCOMPARE(json.value(u"interrupted"_s).toInt(), 0);
        QVERIFY(json.value(u"queued"_s).toInt() > 0);
        QCOMPARE(json.value(u"done"_s).toInt(), sim.stats().value(u"updates_ok"_s).toInt());

        const Run run = cli(args(sim, file, db) + QStringList{u"--resume"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json.value(u"done"_s).toInt(), 30);
        const QHash<QString, int> updates = updatesPerCase(sim);
        QCOMPARE(updates.size(), 30);
        for (auto it = updates.cbegin(); it != updates.cend(); ++it)
            QCOMPARE(it.value(), 1);
    }

    void profileSuppliesTheServerAndDefaults()
    {
        SimulatorProcess sim;
        startSim(sim);
        // The window's profiles file, in the isolated data folder the CLI is started with.
        ProfileStore profiles(m_dir.filePath(u"data/Casedesk/Casedesk/profiles.json"_s), nullptr);
        ConnectionProfile profile;
        profile.name = u"Simulador"_s;
        profile.server = sim.server();
        profile.operation = m_operation;
        profile.defaultCaseType = u"Request"_s;
        profile.defaultStatus = u"in progress"_s;
        profile.defaultPriority = u"medium"_s;
        QVERIFY(!profiles.add(profile).isEmpty());

        const QString file = writeFile(u"ids.csv"_s,
                                       "ID,Responsable\n"
                                       "beef0000000000000000000000000001,carlos@modulodeprueba\n");
        Run run = cli({u"batch"_s, file, u"--profile"_s, u"nope"_s, u"--database"_s, newDatabase()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"“Simulador”"_s));

        run = cli({u"batch"_s, file, u"--profile"_s, u"simulador"_s, u"--database"_s, newDatabase()});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject stored = sim.storedCase(m_operation, u"beef0000000000000000000000000001"_s);
        QCOMPARE(stored.value(u"status"_s).toString(), u"in progress"_s);
        QCOMPARE(stored.value(u"priority"_s).toString(), u"medium"_s);
        QCOMPARE(stored.value(u"responsible"_s).toString(), u"carlos@modulodeprueba"_s);
    }

    void fromCrmReadsAndUpdatesEachCaseOnceNeverMoreThanTwoInFlight()
    {
        const int rows = 500;
        SimulatorProcess sim;
        startSim(sim, {u"--config"_s, configWithCases(rows)});
        const QString file = writeReassignment(rows);
        const QString db = newDatabase();

        // Without --from-crm the file lacks the required columns, and says what would fill them.
        Run run = cli(args(sim, file, db));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"--from-crm"_s), qPrintable(run.err));

        // The dry run counts two calls a row against what is left, which costs one call to ask.
        run = cli(args(sim, file, db) + QStringList{u"--from-crm"_s, u"--dry-run"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json.value(u"valid"_s).toInt(), rows);
        const QJsonObject quota = run.json.value(u"quota"_s).toObject();
        QCOMPARE(quota.value(u"calls"_s).toInt(), 2 * rows);
        QCOMPARE(quota.value(u"left"_s).toInt(), 4800 - 1);
        QVERIFY(quota.value(u"enough"_s).toBool());
        QVERIFY2(run.err.contains(u"asking cost one call"_s), qPrintable(run.err));
        QCOMPARE(sim.stats().value(u"token_info_calls"_s).toInt(), 1);
        QCOMPARE(sim.stats().value(u"queries"_s).toInt(), 0);
        QCOMPARE(sim.stats().value(u"updates_ok"_s).toInt(), 0);

        // The client's connections (the test's admin calls have their own).
        const auto clientConnections = [&sim] {
            int opened = 0;
            const QJsonArray list = sim.admin(u"/__sim/connections"_s).value(u"connections"_s).toArray();
            for (const QJsonValue &c : list)
                opened += c[u"admin_requests"_s].toInt() == 0 && c[u"requests"_s].toInt() > 0;
            return opened;
        };
        const int connectionsBefore = clientConnections();
        run = cli(args(sim, file, db) + QStringList{u"--from-crm"_s, u"--concurrency"_s, u"2"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json.value(u"done"_s).toInt(), rows);
        QCOMPARE(run.json.value(u"reads"_s).toInt(), rows);
        QCOMPARE(run.json.value(u"sent"_s).toInt(), rows);

        // Exactly one query and one update per row, and the CRM's other values left as they were.
        const QJsonObject cases = byCase(sim);
        for (int i = 1; i <= rows; ++i) {
            const QJsonObject counts = cases.value(caseKey(i)).toObject();
            QVERIFY2(counts.value(u"queries"_s).toInt() == 1
                         && counts.value(u"update_requests"_s).toInt() == 1
                         && counts.value(u"updates"_s).toInt() == 1,
                     qPrintable(caseKey(i)));
        }
        const QJsonObject stored = sim.storedCase(m_operation, caseId(rows));
        QCOMPARE(stored.value(u"responsible"_s).toString(), u"carlos@modulodeprueba"_s);
        QCOMPARE(stored.value(u"status"_s).toString(), u"in progress"_s);
        QCOMPARE(stored.value(u"form"_s).toObject().value(u"canal"_s).toString(), u"web"_s);

        // Never more than two in flight on the token, reads and updates together.
        QVERIFY(sim.stats().value(u"max_in_flight"_s).toInt() <= 2);
        QCOMPARE(sim.stats().value(u"rejected_concurrency"_s).toInt(), 0);
        const QJsonArray requests = sim.admin(u"/__sim/requests"_s).value(u"requests"_s).toArray();
        QCOMPARE(requests.size(), 2 * rows);
        int queries = 0;
        for (const QJsonValue &request : requests) {
            QVERIFY(request[u"in_flight"_s].toInt() <= 2);
            queries += request[u"endpoint"_s].toString() == u"query"_s;
        }
        QCOMPARE(queries, rows);

        // A thousand requests on the connections of two in flight: the server keeps them open (nginx's
        // keepalive_requests), as a real CRM would, instead of closing each after 100.
        const int opened = clientConnections() - connectionsBefore;
        QVERIFY2(opened <= 3, qPrintable(QString::number(opened)));
    }

    void fromCrmKilledMidBatchResumesWithoutReadingAndUpdatingAnyRowTwice()
    {
        SimulatorProcess sim;
        const int rows = 40;
        startSim(sim,
                 {u"--config"_s, configWithCases(rows), u"--delay-ms"_s, u"150"_s, u"--query-delay-ms"_s,
                  u"60"_s});
        const QString file = writeReassignment(rows);
        const QString db = newDatabase();
        const QStringList fromCrm = args(sim, file, db) + QStringList{u"--from-crm"_s};

        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QString::fromUtf8(CASEDESK_CLI_PATH), fromCrm);
        QVERIFY(process.waitForStarted());
        QVERIFY(midBatch(sim, 6));
        process.kill(); // SIGKILL: between some row's read and its update, or during an update
        QVERIFY(process.waitForFinished());
        QTRY_COMPARE_WITH_TIMEOUT(sim.stats().value(u"in_flight"_s).toInt(), 0, 20000);

        // Each row is in one state: done, sending (now interrupted), or still to read or send.
        QSet<int> readingAtKill;
        int interrupted = 0;
        {
            BatchStore store(db);
            QVERIFY(store.open());
            const QList<BatchInfo> unfinished = store.unfinishedBatches();
            QCOMPARE(unfinished.size(), 1);
            for (const BatchRow &row : store.rows(unfinished.at(0).id)) {
                QVERIFY(row.readsFirst());
                QVERIFY(row.state == State::Done || row.state == State::Interrupted
                        || row.state == State::Queued);
                if (row.state != State::Queued)
                    QCOMPARE(row.read, BatchRow::Read::Done); // an update only ever left after its read
                if (row.read == BatchRow::Read::Reading)
                    readingAtKill.insert(row.number);
                interrupted += row.state == State::Interrupted;
            }
        }
        QVERIFY2(interrupted + readingAtKill.size() <= leftSendingAtMost, // what was in flight
                 qPrintable(QString::number(interrupted + readingAtKill.size())));

        const Run run = cli(fromCrm + QStringList{u"--resume"_s});
        QCOMPARE(run.exitCode, interrupted > 0 ? 3 : 0);
        QCOMPARE(run.json.value(u"done"_s).toInt(), rows - interrupted);
        QCOMPARE(run.json.value(u"interrupted"_s).toInt(), interrupted);
        const QJsonObject cases = byCase(sim);
        for (int i = 1; i <= rows; ++i) {
            const QJsonObject counts = cases.value(caseKey(i)).toObject();
            // Updated once; read once, or twice when its read was cut short by the kill (a read
            // changes nothing); never both read and updated twice.
            QCOMPARE(counts.value(u"update_requests"_s).toInt(), 1);
            QVERIFY2(counts.value(u"queries"_s).toInt() == 1
                         || (counts.value(u"queries"_s).toInt() == 2 && readingAtKill.contains(i)),
                     qPrintable(caseKey(i)));
        }
    }

    void fromCrmBatchTheQuotaCannotFinishDoesNotStart()
    {
        SimulatorProcess sim;
        startSim(sim, {u"--config"_s, configWithCases(5), u"--daily-quota"_s, u"8"_s});
        const QString file = writeReassignment(5); // ten calls
        const QString db = newDatabase();
        const QStringList fromCrm = args(sim, file, db) + QStringList{u"--from-crm"_s};

        Run run = cli(fromCrm + QStringList{u"--dry-run"_s});
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(run.json.value(u"outcome"_s).toString(), u"dry_run"_s);
        QCOMPARE(run.json.value(u"quota"_s)[u"calls"_s].toInt(), 10);
        QCOMPARE(run.json.value(u"quota"_s)[u"left"_s].toInt(), 7);
        QVERIFY(!run.json.value(u"quota"_s)[u"enough"_s].toBool());

        run = cli(fromCrm);
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(run.json.value(u"outcome"_s).toString(), u"quota_short"_s);
        QVERIFY2(run.err.contains(u"--allow-over-quota"_s), qPrintable(run.err));
        QCOMPARE(sim.stats().value(u"queries"_s).toInt(), 0);
        QCOMPARE(sim.stats().value(u"updates_ok"_s).toInt(), 0);

        // Told to, it sends what today's calls allow (six are left: three rows, one at a time) and keeps
        // the rest.
        run = cli(fromCrm + QStringList{u"--allow-over-quota"_s, u"--concurrency"_s, u"1"_s});
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(run.json.value(u"outcome"_s).toString(), u"quota_exhausted"_s);
        QCOMPARE(run.json.value(u"done"_s).toInt(), 3);
        QCOMPARE(run.json.value(u"queued"_s).toInt(), 2);
        QCOMPARE(sim.stats().value(u"token_info_calls"_s).toInt(), 2);

        sim.admin(u"/__sim/new-day"_s, "POST");
        run = cli(fromCrm + QStringList{u"--resume"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json.value(u"quota"_s)[u"calls"_s].toInt(), 4);
        QCOMPARE(run.json.value(u"done"_s).toInt(), 5);
        const QJsonObject cases = byCase(sim);
        for (int i = 1; i <= 5; ++i)
            QCOMPARE(cases.value(caseKey(i))[u"updates"_s].toInt(), 1);

        QCOMPARE(cli(args(sim, file, db) + QStringList{u"--allow-over-quota"_s}).exitCode, 2);
    }

    void resumeWithoutABatchIsRefused()
    {
        SimulatorProcess sim;
        startSim(sim);
        const Run run = cli(args(sim, writeCsv(2), newDatabase()) + QStringList{u"--resume"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"resume"_s));
        QCOMPARE(sim.stats().value(u"requests"_s).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliBatch)
#include "tst_clibatch.moc"
