#include "core/batch/batchstore.h"
#include "core/global.h"
#include "core/profiles/profilestore.h"
#include "support/simulatorprocess.h"
#include "core/history/sqlitehistorystore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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

    static void startSim(SimulatorProcess &sim, const QStringList &extra = {})
    {
        QVERIFY2(sim.start(QStringList{u"--quiet"_s, u"--accept-unknown-ids"_s} + extra),
                 qPrintable(sim.errorText()));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void helpDocumentsOptionsAndExitCodes()
    {
        const Run run = cli({u"batch"_s, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        for (const char *needle :
             {"--dry-run", "--concurrency", "--results", "--resume", "--resend-interrupted", "--map",
              "--ignore", "--profile", "--token-file", "0  ", "1  ", "2  ", "3  ", "4  "})
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
        QTRY_VERIFY_WITH_TIMEOUT(sim.stats().value(u"updates_ok"_s).toInt() >= 6
                                     && sim.stats().value(u"in_flight"_s).toInt() > 0,
                                 60000);
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
            QVERIFY(interrupted <= 2);
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
