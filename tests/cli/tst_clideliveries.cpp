#include "core/global.h"
#include "core/history/historyentry.h"
#include "core/model/connectionsettings.h"
#include "core/storage/historydatabase.h"
#include "support/simulatorprocess.h"
#include "support/testfiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// Several attachments through casedesk-cli update and batch, against the simulator reading them as PHP
// does: under each part name and delivery mode every file arrives byte-exact, or the outcome says it
// cannot have (exit 4), and the history says which files went in which request.
class TestCliDeliveries : public QObject
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
    SimulatorProcess m_sim;
    int m_serial = 0;
    const QString m_operation = QString::fromLatin1(SimulatorProcess::DemoOperation);

    Run cli(const QStringList &arguments) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"WOLKVOX_TOKEN"_s, QString::fromLatin1(SimulatorProcess::DemoToken));
        env.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        process.setProcessEnvironment(env);
        process.start(QString::fromUtf8(CASEDESK_CLI_PATH), arguments);
        Run run;
        if (!process.waitForFinished(120000))
            return run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.json = QJsonDocument::fromJson(run.out).object();
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    QString newCase()
    {
        return QString::fromLatin1(
            QCryptographicHash::hash(QByteArray("deliveries" + QByteArray::number(++m_serial)),
                                     QCryptographicHash::Sha1)
                .toHex()
                .left(31));
    }

    // `count` files with bytes of their own (and sizes of their own), in a folder of their own.
    QStringList files(int count)
    {
        static const QStringList extensions{u"pdf"_s, u"png"_s, u"jpg"_s};
        const QString folder = m_dir.filePath(u"files-%1"_s.arg(++m_serial));
        QStringList out;
        for (int i = 0; i < count; ++i) {
            QByteArray bytes = "file " + QByteArray::number(m_serial) + '.' + QByteArray::number(i) + '\n';
            for (int b = 0; b < 300 * (i + 1); ++b)
                bytes += char((b * 31 + i * 7) & 0xff); // binary, NULs included
            out.append(
                TestFiles::write(u"%1/adjunto-%2.%3"_s.arg(folder).arg(i).arg(extensions.at(i)), bytes));
        }
        return out;
    }

    QStringList updateArgs(const QString &id, const QStringList &paths) const
    {
        QStringList args{u"update"_s,
                         u"--server"_s,
                         m_sim.server(),
                         u"--operation"_s,
                         m_operation,
                         u"--id"_s,
                         id,
                         u"--case-type"_s,
                         u"Request"_s,
                         u"--responsible"_s,
                         u"ana@modulodeprueba"_s,
                         u"--status"_s,
                         u"open"_s,
                         u"--priority"_s,
                         u"low"_s};
        for (const QString &path : paths)
            args << u"--file"_s << path;
        return args;
    }

    // The files the CRM stored for the case, as (sha256, size), in the order they arrived.
    QList<QPair<QByteArray, qint64>> arrived(const QString &id) const
    {
        QList<QPair<QByteArray, qint64>> out;
        const QJsonArray list = m_sim.storedCase(m_operation, id).value(u"files"_s).toArray();
        for (const QJsonValue &file : list)
            out.append({file[u"sha256"_s].toString().toLatin1(), file[u"size"_s].toInteger()});
        return out;
    }
    static QList<QPair<QByteArray, qint64>> local(const QStringList &paths)
    {
        QList<QPair<QByteArray, qint64>> out;
        for (const QString &path : paths)
            out.append({TestFiles::sha256(path), QFileInfo(path).size()});
        return out;
    }

    static QStringList strings(const QJsonValue &array)
    {
        QStringList out;
        const QJsonArray list = array.toArray();
        for (const QJsonValue &value : list)
            out.append(value.toString());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sim.start({u"--quiet"_s, u"--accept-unknown-ids"_s}), qPrintable(m_sim.errorText()));
    }

    void helpDocumentsTheDeliveries()
    {
        for (const char *command : {"update", "batch"}) {
            const Run run = cli({QString::fromLatin1(command), u"--help"_s});
            QCOMPARE(run.exitCode, 0);
            for (const char *needle :
                 {"--attachments", "--file-field", "one-per-file", "one-request", "file[]"})
                QVERIFY2(run.out.contains(needle), needle);
        }
        const Run top = cli({u"--help"_s});
        QCOMPARE(top.exitCode, 0);
        QVERIFY(top.out.contains("4  ") && top.out.contains("incomplete"));
        const Run bad = cli(updateArgs(newCase(), files(2)) + QStringList{u"--attachments"_s, u"both"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(u"one-per-file"_s), qPrintable(bad.err));
        QCOMPARE(m_sim.stats().value(u"requests"_s).toInt(), 0);
    }

    void updateDeliversEveryFileOrSaysIncomplete_data()
    {
        QTest::addColumn<QString>("partName");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("count");
        for (const QString &part : ConnectionSettings::attachmentPartNames()) {
            for (const QString &mode : {u"auto"_s, u"one-per-file"_s, u"one-request"_s}) {
                for (const int count : {2, 3})
                    QTest::addRow("%s, %s, %d files", qPrintable(part), qPrintable(mode), count)
                        << part << mode << count;
            }
        }
    }

    void updateDeliversEveryFileOrSaysIncomplete()
    {
        QFETCH(QString, partName);
        QFETCH(QString, mode);
        QFETCH(int, count);
        const QString id = newCase();
        const QStringList paths = files(count);
        const QString db = m_dir.filePath(u"history-%1.sqlite"_s.arg(++m_serial));
        const Run run
            = cli(updateArgs(id, paths)
                  + QStringList{u"--file-field"_s, partName, u"--attachments"_s, mode, u"--database"_s, db});

        const bool keepsAll = partName.endsWith(u"[]"_s);
        const bool split = mode == u"one-per-file"_s || (mode == u"auto"_s && !keepsAll);
        const bool lossy = !split && !keepsAll;
        const QJsonArray requests = run.json.value(u"requests"_s).toArray();
        QCOMPARE(requests.size(), split ? count : 1);
        for (int i = 0; i < requests.size(); ++i) {
            QCOMPARE(requests.at(i)[u"request"_s].toInt(), i + 1);
            QCOMPARE(strings(requests.at(i)[u"attachments"_s]), split ? QStringList{paths.at(i)} : paths);
        }
        if (lossy) {
            // Said before sending, and after: only the last file can have arrived.
            QCOMPARE(run.exitCode, 4);
            QCOMPARE(run.json.value(u"outcome"_s).toString(), u"incomplete"_s);
            QCOMPARE(strings(run.json.value(u"files_not_kept"_s)), paths.mid(0, count - 1));
            QVERIFY2(run.err.contains(u"keeps only the last one"_s), qPrintable(run.err));
            QCOMPARE(arrived(id), local({paths.constLast()}));
        } else {
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QCOMPARE(run.json.value(u"outcome"_s).toString(), u"success"_s);
            QCOMPARE(strings(run.json.value(u"delivered"_s)), paths);
            QCOMPARE(arrived(id), local(paths)); // byte-exact, every one
            if (split)
                QVERIFY2(run.err.contains(u"one file each"_s), qPrintable(run.err));
        }
        QCOMPARE(m_sim.storedCase(m_operation, id).value(u"update_requests"_s).toInt(), split ? count : 1);

        // The history file has one attempt per request, each with its files and its place in the group.
        HistoryDatabase history(db);
        QVERIFY(history.open());
        HistoryQuery everything;
        QCOMPARE(history.count(everything), split ? count : 1);
        const QList<HistoryEntry> attempts = history.entries(history.ids(everything, 0, 10));
        QList<HistoryEntry> ordered = attempts;
        std::sort(ordered.begin(), ordered.end(),
                  [](const HistoryEntry &a, const HistoryEntry &b) { return a.id < b.id; });
        for (int i = 0; i < ordered.size(); ++i) {
            const HistoryEntry &attempt = ordered.at(i);
            QCOMPARE(attempt.update.attachments, split ? QStringList{paths.at(i)} : paths);
            QCOMPARE(attempt.deliveryPart, split ? i + 1 : 0);
            QCOMPARE(attempt.deliveryParts, split ? count : 0);
            QCOMPARE(attempt.deliveryGroup, split ? ordered.constFirst().id : 0);
        }
        if (split)
            QCOMPARE(history.deliveryGroup(ordered.constFirst().id).size(), count);
    }

    void aFailureAfterAPartialDeliverySaysWhatArrived()
    {
        // The quota allows one call: the first file's update goes through, the second is refused.
        SimulatorProcess sim;
        QVERIFY2(sim.start({u"--quiet"_s, u"--accept-unknown-ids"_s, u"--daily-quota"_s, u"1"_s}),
                 qPrintable(sim.errorText()));
        const QString id = newCase();
        const QStringList paths = files(3);
        QStringList args = updateArgs(id, paths);
        args[2] = sim.server();
        const Run run = cli(args);
        QCOMPARE(run.exitCode, 1); // the refused request's code
        QCOMPARE(run.json.value(u"outcome"_s).toString(), u"rejected"_s);
        QCOMPARE(strings(run.json.value(u"delivered"_s)), QStringList{paths.at(0)});
        QCOMPARE(strings(run.json.value(u"not_sent"_s)), QStringList{paths.at(2)});
        const QJsonArray requests = run.json.value(u"requests"_s).toArray();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0)[u"outcome"_s].toString(), u"success"_s);
        QCOMPARE(requests.at(1)[u"outcome"_s].toString(), u"rejected"_s);
        // Which files the CRM has, and which were never sent.
        const QStringList lines = run.err.split(u'\n');
        const auto line = [&lines](const QString &needle) {
            for (const QString &l : lines) {
                if (l.contains(needle))
                    return l;
            }
            return QString();
        };
        QVERIFY2(line(u"from the updates before"_s).contains(u"adjunto-0.pdf"_s), qPrintable(run.err));
        QVERIFY2(line(u"not sent"_s).contains(u"adjunto-2.jpg"_s), qPrintable(run.err));
        const QJsonArray stored = sim.storedCase(m_operation, id).value(u"files"_s).toArray();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.at(0)[u"sha256"_s].toString().toLatin1(), TestFiles::sha256(paths.at(0)));
    }

    void batchCountsTheCallsAndDeliversEveryFile()
    {
        const QList<QStringList> rows{files(2), files(3)};
        const QStringList ids{newCase(), newCase()};
        QByteArray csv = "wolkvox-id;case-type;responsible;status;priority;attachments\n";
        for (int i = 0; i < 2; ++i)
            csv += ids.at(i).toLatin1() + ";Request;ana@modulodeprueba;open;low;"
                + rows.at(i).join(u'|').toUtf8() + '\n';
        const QString file = TestFiles::write(m_dir.filePath(u"batch-%1.csv"_s.arg(++m_serial)), csv);
        const QStringList base{
            u"batch"_s,        file,        u"--server"_s,   m_sim.server(),
            u"--operation"_s,  m_operation, u"--database"_s, m_dir.filePath(u"batch.sqlite"_s),
            u"--file-field"_s, u"files"_s};

        // The dry run counts one call per file where the files go one update per file.
        const int updatesBefore = m_sim.stats().value(u"updates_ok"_s).toInt();
        Run run = cli(base + QStringList{u"--dry-run"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json.value(u"quota"_s)[u"calls"_s].toInt(), 5);
        QVERIFY2(run.err.contains(u"one update per file"_s), qPrintable(run.err));
        run = cli(base + QStringList{u"--dry-run"_s, u"--attachments"_s, u"one-request"_s});
        QCOMPARE(run.json.value(u"quota"_s)[u"calls"_s].toInt(), 2);
        QVERIFY2(run.err.contains(u"keeps only the last file"_s), qPrintable(run.err));
        QCOMPARE(m_sim.stats().value(u"updates_ok"_s).toInt(), updatesBefore);

        run = cli(base);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json.value(u"done"_s).toInt(), 2);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(arrived(ids.at(i)), local(rows.at(i)));
    }

    void batchRowOfLostFilesIsNotDone()
    {
        const QStringList paths = files(2);
        const QString id = newCase();
        const QString file = TestFiles::write(m_dir.filePath(u"lossy-%1.csv"_s.arg(++m_serial)),
                                              "wolkvox-id;case-type;responsible;status;priority;attachments\n"
                                                  + id.toLatin1() + ";Request;ana@modulodeprueba;open;low;"
                                                  + paths.join(u'|').toUtf8() + '\n');
        const QString results = m_dir.filePath(u"lossy-results.csv"_s);
        const Run run = cli({u"batch"_s, file, u"--server"_s, m_sim.server(), u"--operation"_s, m_operation,
                             u"--database"_s, m_dir.filePath(u"lossy.sqlite"_s), u"--attachments"_s,
                             u"one-request"_s, u"--results"_s, results});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json.value(u"done"_s).toInt(), 0);
        QCOMPARE(run.json.value(u"failed"_s).toInt(), 1);
        QFile csv(results);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().contains(",failed,incomplete,"));
        QCOMPARE(arrived(id), local({paths.constLast()}));
    }
};

QTEST_GUILESS_MAIN(TestCliDeliveries)
#include "tst_clideliveries.moc"
