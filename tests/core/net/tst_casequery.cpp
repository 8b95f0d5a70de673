#include "core/global.h"
#include "core/model/casecomparison.h"
#include "core/net/apijob.h"
#include "core/net/casequeryjob.h"
#include "core/net/casesclient.h"
#include "support/simulatorprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtTest>

using Outcome = ApiResult::Outcome;

// Reading cases through CasesClient against the CRM simulator over loopback: the request as the vendor
// documents it, every answer shape the simulator can give, its faults, the gates shared with updates.
class TestCaseQuery : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    const QString m_token = QString::fromLatin1(SimulatorProcess::DemoToken);
    const QString m_op = QString::fromLatin1(SimulatorProcess::DemoOperation);
    const QString m_case = QString::fromLatin1(SimulatorProcess::DemoCase);
    SimulatorProcess m_sim; // the plain one, reset before each test that counts

    static CaseQueryResult run(CaseQueryJob *job, int timeoutMs = 30000)
    {
        QSignalSpy finished(job, &CaseQueryJob::queryFinished);
        if (!finished.wait(timeoutMs))
            return {};
        return finished.constFirst().constFirst().value<CaseQueryResult>();
    }
    static ApiResult runUpdate(ApiJob *job)
    {
        QSignalSpy finished(job, &ApiJob::finished);
        if (!finished.wait(30000))
            return {};
        return finished.constFirst().constFirst().value<ApiResult>();
    }
    CaseQueryResult load(CasesClient &client, const SimulatorProcess &sim, const QString &id,
                         ConnectionSettings settings = {})
    {
        return run(client.loadCase(sim.server(), m_op, id, m_token, settings));
    }
    // A POST of JSON to the simulator's admin endpoint /__sim/case.
    QJsonObject changeBehindTheClientsBack(const SimulatorProcess &sim, const QJsonObject &change)
    {
        QUrl url = sim.baseUrl();
        url.setPath(u"/__sim/case"_s);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = m_network.post(request, QJsonDocument(change).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }
    CaseUpdate updateOf(const CaseRecord &record, const SimulatorProcess &sim) const
    {
        return record.toUpdate(sim.server(), m_op);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ApiResult>();
        qRegisterMetaType<CaseQueryResult>();
        QVERIFY2(m_sim.start(), qPrintable(m_sim.errorText()));
    }
    void init() { m_sim.admin(u"/__sim/reset"_s, "POST"); }

    void loadsTheCaseAsTheVendorDocumentsTheRequest()
    {
        CasesClient client(&m_network);
        const CaseQueryResult r = load(client, m_sim, m_case);
        QCOMPARE(r.api.outcome, Outcome::Success);
        QCOMPARE(r.records.size(), 1);
        const CaseRecord &c = r.records.constFirst();
        QCOMPARE(c.wolkvoxId, m_case);
        QCOMPARE(c.caseNumber, u"1001"_s);
        QCOMPARE(c.caseType, u"Request"_s);
        QCOMPARE(c.responsible, u"ana@modulodeprueba"_s);
        QCOMPARE(c.status, u"open"_s);
        QCOMPARE(c.priority, u"low"_s);
        const QList<CustomField> form{{u"canal"_s, u"WhatsApp"_s}, {u"ciudad"_s, u"Bogotá"_s}};
        QCOMPARE(c.customFields, form);
        QCOMPARE(r.query.field, u"wolkvox-id"_s);
        QVERIFY(r.explanation().contains(m_case));

        const QJsonObject last = m_sim.admin(u"/__sim/last-query"_s);
        QCOMPARE(last.value(u"method"_s).toString(), u"POST"_s);
        QCOMPARE(last.value(u"path"_s).toString(), u"/server/API/v2/cases/queryCases.php"_s);
        QCOMPARE(
            last.value(u"body"_s).toString(),
            u"{\"operation\":\"modulodeprueba\",\"field\":\"wolkvox-id\",\"value\":\"%1\"}"_s.arg(m_case));
        const QJsonObject headers = last.value(u"headers"_s).toObject();
        QCOMPARE(headers.value(u"content-type"_s).toString(), u"application/json"_s);
        QVERIFY(headers.value(u"wolkvox-token-present"_s).toBool());
        QCOMPARE(headers.value(u"user-agent"_s).toString(), QString::fromLatin1(CasesClient::userAgent()));
        QVERIFY(!QJsonDocument(last).toJson().contains(m_token.toUtf8()));
    }

    void severalCasesShareANumber()
    {
        CasesClient client(&m_network);
        const CaseQueryResult r = run(client.queryCases(
            m_sim.server(), m_op, CaseQuery::fieldName(CaseQuery::By::CaseNumber), u"1042"_s, m_token, {}));
        QCOMPARE(r.api.outcome, Outcome::Success);
        QCOMPARE(r.records.size(), 3);
        for (const CaseRecord &c : r.records)
            QCOMPARE(c.caseNumber, u"1042"_s);
        QVERIFY(r.explanation().contains(u"3"_s));
    }

    void nothingMatches()
    {
        CasesClient client(&m_network);
        const CaseQueryResult r = load(client, m_sim, u"ffffffffffffffffffffffffffffff0"_s);
        QCOMPARE(r.api.outcome, Outcome::Success);
        QVERIFY(r.records.isEmpty());
        QVERIFY(!r.explanation().isEmpty());
    }

    void anUpdateIsVisibleToTheNextQuery()
    {
        CasesClient client(&m_network);
        const CaseRecord before = load(client, m_sim, m_case).records.value(0);
        CaseUpdate u = updateOf(before, m_sim);
        u.priority = u"high"_s;
        u.responsible = u"carlos@modulodeprueba"_s;
        u.customFields = {{u"ciudad"_s, u"Cali"_s}, {u"nota"_s, u"llamar"_s}};
        QCOMPARE(CaseComparison::summary(CaseComparison::changes(before, u)),
                 u"responsible: ana@modulodeprueba → carlos@modulodeprueba; priority: low → high; ciudad: "
                 u"Bogotá → "
                 "Cali; nota: (empty) → llamar"_s);
        QCOMPARE(runUpdate(client.updateCase(u, m_token, {})).outcome, Outcome::Success);

        const CaseRecord after = load(client, m_sim, m_case).records.value(0);
        QCOMPARE(after.priority, u"high"_s);
        QCOMPARE(after.responsible, u"carlos@modulodeprueba"_s);
        // Fields not sent keep their values, in their place; new ones come last.
        const QList<CustomField> form{
            {u"canal"_s, u"WhatsApp"_s}, {u"ciudad"_s, u"Cali"_s}, {u"nota"_s, u"llamar"_s}};
        QCOMPARE(after.customFields, form);
        QVERIFY(CaseComparison::changes(after, u).isEmpty());
        const QJsonObject stats
            = m_sim.stats().value(u"by_case"_s).toObject().value(m_op + u'/' + m_case).toObject();
        QCOMPARE(stats.value(u"queries"_s).toInt(), 2);
        QCOMPARE(stats.value(u"update_requests"_s).toInt(), 1);
    }

    void someoneElseChangedIt()
    {
        CasesClient client(&m_network);
        const CaseRecord loaded = load(client, m_sim, m_case).records.value(0);
        CaseUpdate mine = updateOf(loaded, m_sim);
        mine.priority = u"medium"_s;
        const QJsonObject changed
            = changeBehindTheClientsBack(m_sim,
                                         {{u"operation"_s, m_op},
                                          {u"id"_s, m_case},
                                          {u"status"_s, u"in progress"_s},
                                          {u"responsible"_s, u"lucia.ramirez@modulodeprueba"_s}});
        QCOMPARE(changed.value(u"admin_changes"_s).toInt(), 1);

        const CaseRecord now = load(client, m_sim, m_case).records.value(0);
        const QList<FieldChange> drift = CaseComparison::drift(loaded, now);
        QCOMPARE(drift.size(), 2);
        QCOMPARE(drift.at(0).field, u"responsible"_s);
        QCOMPARE(drift.at(1), (FieldChange{u"status"_s, u"open"_s, u"in progress"_s}));
        const CaseUpdate rebased
            = CaseComparison::rebase(mine, loaded, now, CaseComparison::Resolution::KeepTheirs);
        QCOMPARE(runUpdate(client.updateCase(rebased, m_token, {})).outcome, Outcome::Success);
        const QJsonObject stored = m_sim.storedCase(m_op, m_case);
        QCOMPARE(stored.value(u"status"_s).toString(), u"in progress"_s);
        QCOMPARE(stored.value(u"responsible"_s).toString(), u"lucia.ramirez@modulodeprueba"_s);
        QCOMPARE(stored.value(u"priority"_s).toString(), u"medium"_s);
        QCOMPARE(stored.value(u"updates"_s).toInt(), 1); // the admin change is not an API update
    }

    void everyShapeReadsTheSame_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::newRow("object-when-one") << u"object-when-one"_s;
        QTest::newRow("strings") << u"strings"_s;
        QTest::newRow("update-keys") << u"update-keys"_s;
        QTest::newRow("nested-values") << u"nested-values"_s;
        QTest::newRow("form-string") << u"form-string"_s;
        QTest::newRow("all at once") << u"object-when-one,strings,update-keys,nested-values,form-string"_s;
    }
    void everyShapeReadsTheSame()
    {
        QFETCH(QString, shape);
        SimulatorProcess sim;
        QVERIFY2(sim.start({u"--query-shape"_s, shape}), qPrintable(sim.errorText()));
        CasesClient client(&m_network);
        const CaseQueryResult r = load(client, sim, m_case);
        QCOMPARE(r.api.outcome, Outcome::Success);
        QCOMPARE(r.records.size(), 1);
        const CaseRecord &c = r.records.constFirst();
        QCOMPARE(c.wolkvoxId, m_case);
        QCOMPARE(c.caseType, u"Request"_s);
        QCOMPARE(c.responsible, u"ana@modulodeprueba"_s);
        QCOMPARE(c.status, u"open"_s);
        QCOMPARE(c.priority, u"low"_s);
        const QList<CustomField> form{{u"canal"_s, u"WhatsApp"_s}, {u"ciudad"_s, u"Bogotá"_s}};
        QCOMPARE(c.customFields, form);
        if (!shape.contains(u"update-keys"_s))
            QCOMPARE(c.caseNumber, u"1001"_s);
        // Several matches in the same shapes.
        const CaseQueryResult many
            = run(client.queryCases(sim.server(), m_op, u"idCase"_s, u"1042"_s, m_token, {}));
        QCOMPARE(many.records.size(), 3);
    }

    void noMatchAsA404()
    {
        SimulatorProcess sim;
        QVERIFY2(sim.start({u"--query-shape"_s, u"not-found-404"_s}), qPrintable(sim.errorText()));
        CasesClient client(&m_network);
        const CaseQueryResult r = load(client, sim, u"ffffffffffffffffffffffffffffff0"_s);
        QCOMPARE(r.api.outcome, Outcome::Success);
        QCOMPARE(r.api.httpStatus, 404);
        QVERIFY(r.records.isEmpty());
    }

    void faults_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<int>("detail"); // Unreadable or VendorError, by outcome
        QTest::newRow("html502") << u"html502"_s << Outcome::UnreadableAnswer
                                 << int(ApiResult::Unreadable::HtmlPage);
        QTest::newRow("truncated") << u"truncated"_s << Outcome::UnreadableAnswer
                                   << int(ApiResult::Unreadable::InvalidJson);
        QTest::newRow("empty") << u"empty"_s << Outcome::UnreadableAnswer
                               << int(ApiResult::Unreadable::EmptyBody);
        QTest::newRow("wrong-types") << u"wrong-types"_s << Outcome::UnreadableAnswer
                                     << int(ApiResult::Unreadable::WrongTypes);
        QTest::newRow("data-array") << u"data-array"_s << Outcome::UnreadableAnswer
                                    << int(ApiResult::Unreadable::WrongTypes);
        QTest::newRow("code-object") << u"code-object"_s << Outcome::UnreadableAnswer
                                     << int(ApiResult::Unreadable::WrongTypes);
        QTest::newRow("invalid-utf8")
            << u"invalid-utf8"_s << Outcome::UnreadableAnswer << int(ApiResult::Unreadable::InvalidJson);
        QTest::newRow("huge") << u"huge"_s << Outcome::UnreadableAnswer
                              << int(ApiResult::Unreadable::TooLarge);
        QTest::newRow("maintenance") << u"maintenance"_s << Outcome::Rejected
                                     << int(ApiResult::VendorError::Maintenance);
        QTest::newRow("redirect") << u"redirect"_s << Outcome::NetworkFailure << 0;
        QTest::newRow("stall") << u"stall"_s << Outcome::Timeout << 0;
        QTest::newRow("code-as-string") << u"code-as-string"_s << Outcome::Success << 0;
    }
    void faults()
    {
        QFETCH(QString, fault);
        QFETCH(Outcome, outcome);
        QFETCH(int, detail);
        SimulatorProcess sim;
        QVERIFY2(sim.start({u"--query-fault"_s, fault}), qPrintable(sim.errorText()));
        CasesClient client(&m_network);
        ConnectionSettings settings;
        settings.timeoutSeconds = 1;
        const CaseQueryResult r = load(client, sim, m_case, settings);
        QCOMPARE(r.api.outcome, outcome);
        if (outcome == Outcome::UnreadableAnswer)
            QCOMPARE(int(r.api.unreadable), detail);
        if (outcome == Outcome::Rejected)
            QCOMPARE(int(r.api.vendorError), detail);
        QCOMPARE(r.records.isEmpty(), outcome != Outcome::Success);
        QVERIFY(!r.explanation().isEmpty());
        // A read changes nothing, and says so instead of "may have been applied".
        if (outcome != Outcome::Success)
            QVERIFY(!r.explanation().contains(u"applied"_s));
    }

    void theGatesAreUpdates()
    {
        SimulatorProcess sim;
        QVERIFY2(sim.start({u"--daily-quota"_s, u"3"_s}), qPrintable(sim.errorText()));
        CasesClient client(&m_network);
        const CaseQueryResult wrongToken
            = run(client.loadCase(sim.server(), m_op, m_case, u"WRONG123"_s, {}));
        QCOMPARE(wrongToken.api.vendorError, ApiResult::VendorError::InvalidToken);
        const CaseQueryResult noToken = run(client.loadCase(sim.server(), m_op, m_case, QString(), {}));
        QCOMPARE(noToken.api.vendorError, ApiResult::VendorError::MissingToken);

        // A query costs one call like an update: two queries and an update use up a quota of three.
        const CaseRecord c = load(client, sim, m_case).records.value(0);
        QCOMPARE(load(client, sim, m_case).api.outcome, Outcome::Success);
        QCOMPARE(runUpdate(client.updateCase(updateOf(c, sim), m_token, {})).outcome, Outcome::Success);
        const CaseQueryResult over = load(client, sim, m_case);
        QCOMPARE(over.api.outcome, Outcome::Rejected);
        QCOMPARE(over.api.vendorError, ApiResult::VendorError::DailyLimitExceeded);
        QVERIFY(over.records.isEmpty());
    }

    void queriesAndUpdatesShareTheTwoSlots()
    {
        SimulatorProcess sim;
        // Slow enough that the client always has more waiting than the vendor allows in flight.
        QVERIFY2(sim.start({u"--query-delay-ms"_s, u"150"_s, u"--delay-ms"_s, u"150"_s}),
                 qPrintable(sim.errorText()));
        CasesClient client(&m_network);
        const CaseRecord c = load(client, sim, m_case).records.value(0);
        QList<QSignalSpy *> spies;
        for (int i = 0; i < 6; ++i) {
            spies.append(
                new QSignalSpy(client.loadCase(sim.server(), m_op, m_case, m_token, {}), &ApiJob::finished));
            spies.append(new QSignalSpy(client.updateCase(updateOf(c, sim), m_token, {}), &ApiJob::finished));
            QVERIFY(client.runningCount(m_token) <= 2);
        }
        for (QSignalSpy *spy : std::as_const(spies)) {
            QVERIFY(client.runningCount(m_token) <= 2);
            QVERIFY(spy->count() > 0 || spy->wait(30000));
            QCOMPARE(spy->constFirst().constFirst().value<ApiResult>().outcome, Outcome::Success);
        }
        qDeleteAll(spies);
        const QJsonObject stats = sim.stats();
        QCOMPARE(stats.value(u"rejected_concurrency"_s).toInt(), 0);
        QCOMPARE(stats.value(u"by_token"_s)
                     .toObject()
                     .value(u"A8…F2"_s)
                     .toObject()
                     .value(u"max_in_flight"_s)
                     .toInt(),
                 2);
        QCOMPARE(stats.value(u"queries"_s).toInt(), 7);
        QCOMPARE(stats.value(u"updates_ok"_s).toInt(), 6);
        // The simulator saw the lane: never more than two of the token's requests in flight, queries
        // included.
        const QJsonArray requests = sim.admin(u"/__sim/requests"_s).value(u"requests"_s).toArray();
        QCOMPARE(requests.size(), 13);
        for (const QJsonValue &request : requests)
            QVERIFY(request[u"in_flight"_s].toInt() <= 2);
    }

    void cancelAndNothingSent()
    {
        SimulatorProcess sim;
        QVERIFY2(sim.start({u"--query-fault"_s, u"stall"_s}), qPrintable(sim.errorText()));
        CasesClient client(&m_network);
        CaseQueryJob *job = client.loadCase(sim.server(), m_op, m_case, m_token, {});
        QSignalSpy started(job, &ApiJob::started);
        QSignalSpy finished(job, &CaseQueryJob::queryFinished);
        QVERIFY(started.wait(10000));
        job->cancel();
        QVERIFY(finished.count() == 1 || finished.wait(10000));
        QCOMPARE(finished.constFirst().constFirst().value<CaseQueryResult>().api.outcome, Outcome::Cancelled);

        const CaseQueryResult invalid = run(client.loadCase(u"http://"_s, m_op, m_case, m_token, {}));
        QCOMPARE(invalid.api.outcome, Outcome::InvalidInput);
        QVERIFY(!invalid.explanation().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCaseQuery)
#include "tst_casequery.moc"
