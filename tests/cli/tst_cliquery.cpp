#include "core/global.h"
#include "support/simulatorprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QtTest>

// casedesk-cli show, update --from-crm and update --if-unchanged against the simulator: what is printed,
// the exit codes, and what the CRM saw (one query, then one update or none).
class TestCliQuery : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QJsonDocument json;
        QByteArray out;
        QString err;
    };

    SimulatorProcess m_sim;
    const QString m_op = QString::fromLatin1(SimulatorProcess::DemoOperation);
    const QString m_case = QString::fromLatin1(SimulatorProcess::DemoCase);
    // Seeded Request cases (resources/sim/demo-operation.json): open/low/ana, and closed/low with a solution.
    const QString m_closedCase = u"c775a8a86ff956ba1022ebc0daaf89b"_s;

    static Run cli(const QStringList &arguments,
                   const QString &token = QString::fromLatin1(SimulatorProcess::DemoToken))
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"WOLKVOX_TOKEN"_s);
        if (!token.isNull())
            env.insert(u"WOLKVOX_TOKEN"_s, token);
        process.setProcessEnvironment(env);
        process.start(QString::fromUtf8(CASEDESK_CLI_PATH), arguments);
        Run run;
        if (!process.waitForFinished(60000))
            return run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = QString::fromUtf8(process.readAllStandardError());
        run.json = QJsonDocument::fromJson(run.out);
        return run;
    }
    QStringList common(const SimulatorProcess &sim) const
    {
        return {u"--server"_s, sim.server(), u"--operation"_s, m_op};
    }
    QJsonObject caseStats(const QString &id) const
    {
        return m_sim.stats().value(u"by_case"_s).toObject().value(m_op + u'/' + id).toObject();
    }
    void changeBehindTheClientsBack(const QJsonObject &change)
    {
        QNetworkAccessManager network;
        QUrl url = m_sim.baseUrl();
        url.setPath(u"/__sim/case"_s);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = network.post(request, QJsonDocument(change).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sim.start(), qPrintable(m_sim.errorText())); }
    void init() { m_sim.admin(u"/__sim/reset"_s, "POST"); }

    void showById()
    {
        const Run run = cli(QStringList{u"show"_s, u"--id"_s, m_case} + common(m_sim));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count('\n'), 1);
        QVERIFY(run.json.isObject());
        const QJsonObject c = run.json.object();
        QCOMPARE(c.value(u"wolkvox_id"_s).toString(), m_case);
        QCOMPARE(c.value(u"case_number"_s).toString(), u"1001"_s);
        QCOMPARE(c.value(u"case_type"_s).toString(), u"Request"_s);
        QCOMPARE(c.value(u"responsible"_s).toString(), u"ana@modulodeprueba"_s);
        QCOMPARE(c.value(u"status"_s).toString(), u"open"_s);
        QCOMPARE(c.value(u"priority"_s).toString(), u"low"_s);
        const QJsonArray fields = c.value(u"custom_fields"_s).toArray();
        QCOMPARE(fields.size(), 2);
        QCOMPARE(fields.at(0)[u"name"_s].toString(), u"canal"_s);
        QCOMPARE(fields.at(1)[u"value"_s].toString(), u"Bogotá"_s);
        QCOMPARE(c.value(u"raw"_s).toObject().value(u"type case"_s).toString(), u"Request"_s);
        QCOMPARE(caseStats(m_case).value(u"queries"_s).toInt(), 1);
    }

    void showByCaseNumberIsAnArray()
    {
        Run run = cli(QStringList{u"show"_s, u"--case-number"_s, u"1042"_s} + common(m_sim));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.json.isArray());
        QCOMPARE(run.json.array().size(), 3);
        QVERIFY(run.err.contains(u"--id"_s));
        run = cli(QStringList{u"show"_s, u"--case-number"_s, u"1001"_s} + common(m_sim));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json.array().size(), 1);
        QCOMPARE(run.json.array().at(0)[u"wolkvox_id"_s].toString(), m_case);
    }

    void showNothingFoundExitsOne()
    {
        const Run run
            = cli(QStringList{u"show"_s, u"--id"_s, u"ffffffffffffffffffffffffffffff0"_s} + common(m_sim));
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json.object().value(u"outcome"_s).toString(), u"not_found"_s);
        QCOMPARE(run.json.object().value(u"count"_s).toInt(), 0);
        QVERIFY(!run.err.trimmed().isEmpty());
    }

    void showInvalidInputSendsNothing()
    {
        for (const QStringList &args :
             {QStringList{u"show"_s}, QStringList{u"show"_s, u"--id"_s, m_case, u"--case-number"_s, u"1"_s},
              QStringList{u"show"_s, u"--id"_s, u"a b"_s}}) {
            const Run run = cli(args + common(m_sim));
            QCOMPARE(run.exitCode, 2);
            QCOMPARE(run.json.object().value(u"outcome"_s).toString(), u"invalid_input"_s);
        }
        QCOMPARE(cli({u"show"_s, u"--id"_s, m_case, u"--server"_s, m_sim.server()}).exitCode,
                 2); // no operation
        QCOMPARE(cli(QStringList{u"show"_s, u"--id"_s, m_case} + common(m_sim), QString()).exitCode,
                 2); // no token
        QCOMPARE(m_sim.stats().value(u"requests"_s).toInt(), 0);
    }

    void showFailures()
    {
        Run run = cli(QStringList{u"show"_s, u"--id"_s, m_case} + common(m_sim), u"NOT-A-TOKEN"_s);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json.object().value(u"outcome"_s).toString(), u"rejected"_s);
        QCOMPARE(run.json.object().value(u"msg"_s).toString(), u"PLEASE VALIDATE TOKEN"_s);

        SimulatorProcess broken;
        QVERIFY2(broken.start({u"--query-fault"_s, u"html502"_s}), qPrintable(broken.errorText()));
        run = cli(QStringList{u"show"_s, u"--id"_s, m_case} + common(broken));
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.json.object().value(u"outcome"_s).toString(), u"unreadable_answer"_s);
    }

    void updateFromCrmTakesWhatIsNotGiven()
    {
        const Run run
            = cli(QStringList{u"update"_s, u"--id"_s, m_case, u"--priority"_s, u"high"_s, u"--from-crm"_s}
                  + common(m_sim));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json.object();
        QCOMPARE(json.value(u"outcome"_s).toString(), u"success"_s);
        const QJsonArray changes = json.value(u"changes"_s).toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0)[u"field"_s].toString(), u"priority"_s);
        QCOMPARE(changes.at(0)[u"before"_s].toString(), u"low"_s);
        QCOMPARE(changes.at(0)[u"after"_s].toString(), u"high"_s);

        const QJsonObject fields = m_sim.lastRequest().value(u"fields"_s).toObject();
        QCOMPARE(fields.value(u"case-type"_s).toString(), u"Request"_s);
        QCOMPARE(fields.value(u"responsible"_s).toString(), u"ana@modulodeprueba"_s);
        QCOMPARE(fields.value(u"status"_s).toString(), u"open"_s);
        QCOMPARE(fields.value(u"priority"_s).toString(), u"high"_s);
        QCOMPARE(fields.value(u"form"_s).toString(), u"{}"_s); // the CRM keeps its custom fields
        const QJsonObject stats = caseStats(m_case);
        QCOMPARE(stats.value(u"queries"_s).toInt(), 1);
        QCOMPARE(stats.value(u"update_requests"_s).toInt(), 1);
        QCOMPARE(m_sim.storedCase(m_op, m_case).value(u"form"_s).toObject().value(u"canal"_s).toString(),
                 u"WhatsApp"_s);
    }

    void updateFromCrmKeepsTheSolutionOfAClosedCase()
    {
        const Run run = cli(QStringList{u"update"_s, u"--id"_s, m_closedCase, u"--responsible"_s,
                                        u"carlos@modulodeprueba"_s, u"--from-crm"_s}
                            + common(m_sim));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject fields = m_sim.lastRequest().value(u"fields"_s).toObject();
        QCOMPARE(fields.value(u"status"_s).toString(), u"closed"_s);
        QCOMPARE(fields.value(u"solution"_s).toString(), u"Se reinició el módem y el servicio volvió."_s);
    }

    void updateFromCrmOfAMissingCaseSendsNothing()
    {
        const Run run = cli(QStringList{u"update"_s, u"--id"_s, u"ffffffffffffffffffffffffffffff0"_s,
                                        u"--priority"_s, u"high"_s, u"--from-crm"_s}
                            + common(m_sim));
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json.object().value(u"outcome"_s).toString(), u"not_found"_s);
        QCOMPARE(m_sim.stats().value(u"updates_ok"_s).toInt(), 0);
        QCOMPARE(m_sim.admin(u"/__sim/requests"_s).value(u"requests"_s).toArray().size(), 1);
    }

    void ifUnchangedSendsWhenTheBaselineHolds()
    {
        const Run run
            = cli(QStringList{u"update"_s, u"--id"_s, m_case, u"--priority"_s, u"medium"_s, u"--from-crm"_s,
                              u"--if-unchanged"_s, u"--expect"_s, u"status=open"_s, u"--expect"_s,
                              u"priority=low"_s, u"--expect"_s, u"form:canal=WhatsApp"_s, u"--expect"_s,
                              u"responsible=ANA@modulodeprueba"_s}
                  + common(m_sim));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(m_sim.storedCase(m_op, m_case).value(u"priority"_s).toString(), u"medium"_s);
    }

    void ifUnchangedRefusesWhenSomeoneElseChangedIt()
    {
        changeBehindTheClientsBack(
            {{u"operation"_s, m_op}, {u"id"_s, m_case}, {u"status"_s, u"escalated"_s}});
        const Run run
            = cli(QStringList{u"update"_s, u"--id"_s, m_case, u"--case-type"_s, u"Request"_s,
                              u"--responsible"_s, u"ana@modulodeprueba"_s, u"--status"_s, u"closed"_s,
                              u"--priority"_s, u"low"_s, u"--solution"_s, u"Listo"_s, u"--if-unchanged"_s,
                              u"--expect"_s, u"status=open"_s, u"--expect"_s, u"priority=low"_s}
                  + common(m_sim));
        QCOMPARE(run.exitCode, 1);
        const QJsonObject json = run.json.object();
        QCOMPARE(json.value(u"outcome"_s).toString(), u"conflict"_s);
        const QJsonArray mismatches = json.value(u"mismatches"_s).toArray();
        QCOMPARE(mismatches.size(), 1);
        QCOMPARE(mismatches.at(0)[u"field"_s].toString(), u"status"_s);
        QCOMPARE(mismatches.at(0)[u"expected"_s].toString(), u"open"_s);
        QCOMPARE(mismatches.at(0)[u"actual"_s].toString(), u"escalated"_s);
        QVERIFY(run.err.contains(u"escalated"_s));
        // Nothing was sent: one query, no update.
        const QJsonObject stats = caseStats(m_case);
        QCOMPARE(stats.value(u"queries"_s).toInt(), 1);
        QCOMPARE(stats.value(u"update_requests"_s).toInt(), 0);
        QCOMPARE(m_sim.storedCase(m_op, m_case).value(u"status"_s).toString(), u"escalated"_s);
    }

    void expectationsNeedEachOther()
    {
        const QStringList base
            = QStringList{u"update"_s, u"--id"_s, m_case, u"--priority"_s, u"high"_s, u"--from-crm"_s}
            + common(m_sim);
        QCOMPARE(cli(base + QStringList{u"--expect"_s, u"status=open"_s}).exitCode, 2);
        QCOMPARE(cli(base + QStringList{u"--if-unchanged"_s}).exitCode, 2);
        QCOMPARE(cli(base + QStringList{u"--if-unchanged"_s, u"--expect"_s, u"colour=red"_s}).exitCode, 2);
        QCOMPARE(cli(base + QStringList{u"--if-unchanged"_s, u"--expect"_s, u"status"_s}).exitCode, 2);
        // A read with a bad server sends nothing either.
        QCOMPARE(cli({u"update"_s, u"--id"_s, m_case, u"--from-crm"_s, u"--server"_s, u"http://"_s,
                      u"--operation"_s, m_op})
                     .exitCode,
                 2);
        QCOMPARE(m_sim.stats().value(u"requests"_s).toInt(), 0);
    }

    void help()
    {
        Run run = cli({u"--help"_s});
        QVERIFY(run.out.contains("show"));
        run = cli({u"show"_s, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        for (const char *needle : {"--id", "--case-number", "JSON array", "not_found"})
            QVERIFY2(run.out.contains(needle), needle);
        run = cli({u"update"_s, u"--help"_s});
        for (const char *needle : {"--from-crm", "--if-unchanged", "--expect"})
            QVERIFY2(run.out.contains(needle), needle);
    }
};

QTEST_GUILESS_MAIN(TestCliQuery)
#include "tst_cliquery.moc"
