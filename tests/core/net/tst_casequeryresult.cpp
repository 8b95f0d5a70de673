#include "core/global.h"
#include "core/model/caserecord.h"
#include "core/model/jsonkeyorder.h"
#include "core/net/casequeryresult.h"

#include <QJsonArray>
#include <QtTest>

using Outcome = ApiResult::Outcome;
using Field = CaseRecord::Field;

// queryCases.php's answer is not published (docs/QUERY-CONTRACT.md): every plausible shape the API family
// suggests, and what proxies and broken servers send instead.
class TestCaseQueryResult : public QObject
{
    Q_OBJECT

private:
    static QByteArray vendorCase(const QByteArray &id, const QByteArray &number = "1001")
    {
        return "{\"wolkvox_id\":\"" + id + "\",\"idCase\":" + number
            + R"(,"type case":"Request","status":"open","priority":"low","responsible user":"ana@op",)"
              R"("responsible name":"ana","solution":"","form":{"zona":"Norte","canal":"WhatsApp"}})";
    }
    static QByteArray answer(const QByteArray &data, const QByteArray &code = "200")
    {
        return R"({"code":)" + code + R"(,"error":"null","msg":"1 records were are found","data":)" + data
            + '}';
    }
    static CaseQueryResult parse(const QByteArray &body, int http = 200,
                                 const QByteArray &type = "application/json")
    {
        return CaseQueryResult::fromHttpAnswer(http, body, type);
    }

private Q_SLOTS:
    void vendorShape()
    {
        const CaseQueryResult r = parse(answer('[' + vendorCase("6074aaa") + ']'));
        QCOMPARE(r.api.outcome, Outcome::Success);
        QCOMPARE(r.records.size(), 1);
        const CaseRecord &c = r.records.constFirst();
        QCOMPARE(c.wolkvoxId, u"6074aaa"_s);
        QCOMPARE(c.caseNumber, u"1001"_s);
        QCOMPARE(c.caseType, u"Request"_s);
        QCOMPARE(c.status, u"open"_s);
        QCOMPARE(c.priority, u"low"_s);
        QCOMPARE(c.responsible, u"ana@op"_s); // "responsible user", never "responsible name"
        QVERIFY(c.solution.isEmpty());
        QVERIFY(c.has(Field::Solution));
        // The CRM's order, not QJsonObject's sorted one.
        const QList<CustomField> expected{{u"zona"_s, u"Norte"_s}, {u"canal"_s, u"WhatsApp"_s}};
        QCOMPARE(c.customFields, expected);
        QCOMPARE(c.raw.value(u"responsible name"_s).toString(), u"ana"_s);
        QCOMPARE(r.api.wolkvoxId, u"6074aaa"_s);
        QVERIFY(!r.explanation().isEmpty());
    }

    void severalMatchesKeepTheirOrder()
    {
        const CaseQueryResult r
            = parse(answer('[' + vendorCase("ccc", "1042") + ',' + vendorCase("aaa", "1042") + ','
                           + vendorCase("bbb", "1042") + ']'));
        QCOMPARE(r.api.outcome, Outcome::Success);
        QCOMPARE(r.records.size(), 3);
        QCOMPARE(r.records.at(0).wolkvoxId, u"ccc"_s);
        QCOMPARE(r.records.at(1).wolkvoxId, u"aaa"_s);
        QCOMPARE(r.records.at(2).wolkvoxId, u"bbb"_s);
        QCOMPARE(r.records.at(2).customFields.constFirst().name, u"zona"_s);
        QVERIFY(r.api.wolkvoxId.isEmpty()); // no single record id to report
        QCOMPARE(r.withId(u"AAA"_s).size(), 1);
    }

    void nothingMatched_data()
    {
        QTest::addColumn<int>("http");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty array")
            << 200 << QByteArray(R"({"code":200,"error":"null","msg":"0 records were are found","data":[]})");
        QTest::newRow("null")
            << 200
            << QByteArray(R"({"code":200,"error":"null","msg":"0 records were are found","data":null})");
        QTest::newRow("absent") << 200
                                << QByteArray(
                                       R"({"code":"200","error":"null","msg":"0 records were are found"})");
        QTest::newRow("empty object") << 200 << QByteArray(R"({"code":200,"error":null,"msg":"","data":{}})");
        QTest::newRow("empty string")
            << 200 << QByteArray(R"({"code":200,"error":"null","msg":"","data":""})");
        QTest::newRow("404 does not exist")
            << 404 << QByteArray(R"({"code":404,"error":"NOT FOUND","msg":"THE RECORD DOES NOT EXIST"})");
        QTest::newRow("200 with code 404")
            << 200 << QByteArray(R"({"code":"404","error":"NOT FOUND","msg":"0 records were are found"})");
    }
    void nothingMatched()
    {
        QFETCH(int, http);
        QFETCH(QByteArray, body);
        const CaseQueryResult r = parse(body, http);
        QCOMPARE(r.api.outcome, Outcome::Success);
        QCOMPARE(r.api.vendorError, ApiResult::VendorError::None);
        QVERIFY(r.records.isEmpty());
        QVERIFY(!r.found());
        QVERIFY(!r.explanation().isEmpty());
    }

    void otherShapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("caseNumber");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("responsible");
        QTest::addColumn<QString>("caseType");
        QTest::addColumn<QStringList>("fieldNames");
        QTest::newRow("one match as an object")
            << answer(vendorCase("x")) << u"1001"_s << u"open"_s << u"ana@op"_s << u"Request"_s
            << QStringList{u"zona"_s, u"canal"_s};
        QTest::newRow("numbers as strings")
            << QByteArray(
                   R"({"code":"200","error":"null","msg":"1","data":[{"wolkvox_id":"x","idCase":"1001",)"
                   R"("type case":"Request","status":"open","priority":"low","responsible user":"ana@op"}]})")
            << u"1001"_s << u"open"_s << u"ana@op"_s << u"Request"_s << QStringList();
        QTest::newRow("update's key names")
            << QByteArray(
                   R"({"code":200,"error":"null","msg":"","data":[{"wolkvox-id":"x","case-type":"Request",)"
                   R"("responsible":"ana@op","status":"open","priority":"low","form":{"b":"1","a":"2"}}]})")
            << QString() << u"open"_s << u"ana@op"_s << u"Request"_s << QStringList{u"b"_s, u"a"_s};
        QTest::newRow("nested list values") << QByteArray(
            R"({"code":200,"error":"null","msg":"","data":[{"wolkvox_id":"x","idCase":1001,)"
            R"("type case":{"value":"Request","value_id":12},"status":{"value":"open","value_id":"3"},)"
            R"("priority":{"value":"low"},"responsible user":{"value":"ana@op","value_id":7}}]})")
                                            << u"1001"_s << u"open"_s << u"ana@op"_s << u"Request"_s
                                            << QStringList();
        QTest::newRow("form as a JSON string")
            << QByteArray(
                   R"({"code":200,"error":"null","msg":"","data":[{"wolkvox_id":"x","type case":"Request",)"
                   "\"status\":\"open\",\"responsible "
                   "user\":\"ana@op\",\"form\":\"{\\\"zeta\\\":\\\"1\\\",\\\"alfa\\\":\\\"2\\\"}\"}]}")
            << QString() << u"open"_s << u"ana@op"_s << u"Request"_s << QStringList{u"zeta"_s, u"alfa"_s};
        QTest::newRow("spellings: case, accents, separators")
            << QByteArray(
                   R"({"code":200,"error":"null","msg":"","data":[{"Wolkvox ID":"x","ID_CASE":"77",)"
                   R"("Type_Case":"Request","STATUS":"open","Responsible-User":"ana@op","Solución":"s"}]})")
            << u"77"_s << u"open"_s << u"ana@op"_s << u"Request"_s << QStringList();
        QTest::newRow("PHP's object of cases")
            << QByteArray(
                   R"({"code":200,"error":"null","msg":"","data":{"3":{"wolkvox_id":"x","idCase":1001,)"
                   R"("type case":"Request","status":"open","responsible user":"ana@op"}}})")
            << u"1001"_s << u"open"_s << u"ana@op"_s << u"Request"_s << QStringList();
        QTest::newRow("blanks around values")
            << QByteArray(
                   R"({"code":200,"error":"null","msg":"","data":[{"wolkvox_id":" x ","idCase":1001.0,)"
                   "\"type case\":\" Request \",\"status\":\"open\\n\",\"responsible user\":\"ana@op\"}]}")
            << u"1001"_s << u"open"_s << u"ana@op"_s << u"Request"_s << QStringList();
    }
    void otherShapes()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, caseNumber);
        QFETCH(QString, status);
        QFETCH(QString, responsible);
        QFETCH(QString, caseType);
        QFETCH(QStringList, fieldNames);
        const CaseQueryResult r = parse(body);
        QCOMPARE(r.api.outcome, Outcome::Success);
        QCOMPARE(r.records.size(), 1);
        const CaseRecord &c = r.records.constFirst();
        QCOMPARE(c.wolkvoxId, u"x"_s);
        QCOMPARE(c.caseNumber, caseNumber);
        QCOMPARE(c.status, status);
        QCOMPARE(c.responsible, responsible);
        QCOMPARE(c.caseType, caseType);
        QStringList names;
        for (const CustomField &f : c.customFields)
            names.append(f.name);
        QCOMPARE(names, fieldNames);
    }

    void missingFieldsAreKnownToBeMissing()
    {
        const CaseQueryResult r = parse(answer(R"([{"wolkvox_id":"x","status":"open"}])"));
        QCOMPARE(r.records.size(), 1);
        const CaseRecord &c = r.records.constFirst();
        QVERIFY(c.has(Field::Status));
        QVERIFY(!c.has(Field::Priority));
        QVERIFY(!c.has(Field::CaseType));
        QVERIFY(!c.has(Field::CustomFields));
        const QJsonObject json = c.toJson();
        QCOMPARE(json.value(u"status"_s).toString(), u"open"_s);
        QVERIFY(json.value(u"priority"_s).isNull());
        QVERIFY(json.value(u"case_number"_s).isNull());
        QCOMPARE(json.value(u"custom_fields"_s).toArray().size(), 0);
    }

    void customFieldValues()
    {
        const CaseQueryResult r = parse(answer(
            R"([{"wolkvox_id":"x","form":{"monto":{"value":"1750905","symbol":"COP"},"activo":true,"n":12,)"
            R"("tabla":[{"a":1}],"vacio":null}}])"));
        QCOMPARE(r.records.size(), 1);
        const CaseRecord &c = r.records.constFirst();
        QCOMPARE(c.customField(u"monto"_s).value_or(u"?"_s), u"1750905"_s);
        QCOMPARE(c.customField(u"activo"_s).value_or(u"?"_s), u"true"_s);
        QCOMPARE(c.customField(u"n"_s).value_or(u"?"_s), u"12"_s);
        QCOMPARE(c.customField(u"tabla"_s).value_or(u"?"_s), u"[{\"a\":1}]"_s);
        QCOMPARE(c.customField(u"vacio"_s).value_or(u"?"_s), QString());
        QVERIFY(!c.customField(u"nope"_s));
    }

    void keysBeyondTheBmpAndRepeatedKeys()
    {
        // Keys beyond U+FFFF elsewhere in the object, and repeated keys (Qt 6.4 keeps both copies), read as
        // any.
        CaseQueryResult r
            = parse(answer("[{\"\\ud83d\\ude00\":\"x\",\"wolkvox_id\":\"id1\",\"status\":\"open\","
                           "\"form\":{\"\\ud83d\\ude00\":\"y\",\"canal\":\"z\"}}]"));
        QCOMPARE(r.records.size(), 1);
        QCOMPARE(r.records.constFirst().wolkvoxId, u"id1"_s);
        QCOMPARE(r.records.constFirst().status, u"open"_s);
        QCOMPARE(r.records.constFirst().customField(u"canal"_s).value_or(u"?"_s), u"z"_s);
        QCOMPARE(r.records.constFirst().customFields.size(), 2);
        // A repeated key: one value, the same every time, and one custom field per name.
        r = parse(answer(
            "[{\"wolkvox_id\":\"x\",\"status\":\"a\",\"status\":\"b\",\"form\":{\"k\":\"1\",\"k\":\"2\"}}]"));
        QCOMPARE(r.records.size(), 1);
        QVERIFY(r.records.constFirst().status == u"a"_s || r.records.constFirst().status == u"b"_s);
        QCOMPARE(r.records.constFirst().customFields.size(), 1);
        QCOMPARE(parse(r.api.rawBody).records, r.records);
    }

    void emptyFormFromPhp()
    {
        const CaseQueryResult r = parse(answer(R"([{"wolkvox_id":"x","form":[]}])"));
        QCOMPARE(r.records.size(), 1);
        QVERIFY(r.records.constFirst().has(Field::CustomFields));
        QVERIFY(r.records.constFirst().customFields.isEmpty());
    }

    void entriesThatAreNotCasesAreSkipped()
    {
        const CaseQueryResult r = parse(answer('[' + vendorCase("x") + R"(,"y",{"status":"open"},null])"));
        QCOMPARE(r.api.outcome, Outcome::Success);
        QCOMPARE(r.records.size(), 1);
        QCOMPARE(r.skipped, 3);
    }

    void dataThatHoldsNoCaseIsUnreadable_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("numbers") << QByteArray("[1,2]");
        QTest::newRow("ids only") << QByteArray(R"(["6074aaa"])");
        QTest::newRow("objects without id") << QByteArray(R"([{"status":"open"}])");
        QTest::newRow("a number") << QByteArray("42");
        QTest::newRow("a text") << QByteArray(R"("6074aaa")");
        QTest::newRow("true") << QByteArray("true");
        QTest::newRow("object of scalars") << QByteArray(R"({"a":1})");
    }
    void dataThatHoldsNoCaseIsUnreadable()
    {
        QFETCH(QByteArray, data);
        const CaseQueryResult r = parse(answer(data));
        QCOMPARE(r.api.outcome, Outcome::UnreadableAnswer);
        QCOMPARE(r.api.unreadable, ApiResult::Unreadable::WrongTypes);
        QVERIFY(!r.api.code);
        QVERIFY(r.records.isEmpty());
        QVERIFY(r.explanation().contains(u"Nothing was changed"_s));
    }

    void vendorErrors_data()
    {
        QTest::addColumn<int>("http");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ApiResult::VendorError>("error");
        QTest::newRow("no token")
            << 401
            << QByteArray(R"({"code":401,"error":"UNAUTHORIZED","msg":"PLEASE ENTER THE WOLKVOX-TOKEN"})")
            << ApiResult::VendorError::MissingToken;
        QTest::newRow("bad token") << 403
                                   << QByteArray(
                                          R"({"code":403,"error":"FORBIDDEN","msg":"PLEASE VALIDATE TOKEN"})")
                                   << ApiResult::VendorError::InvalidToken;
        QTest::newRow("quota") << 403
                               << QByteArray(
                                      R"({"code":"403","error":"FORBIDDEN","msg":"TOKEN LIMIT EXCEEDED"})")
                               << ApiResult::VendorError::DailyLimitExceeded;
        QTest::newRow("two in flight")
            << 403
            << QByteArray("{\"code\":403,\"error\":\"FORBIDDEN\",\"msg\":\"EXCEEDS THE LIMIT OF SIMULTANEOUS "
                          "REQUESTS PER TOKEN (2)\"}")
            << ApiResult::VendorError::ConcurrencyLimit;
        QTest::newRow("maintenance")
            << 403
            << QByteArray(
                   R"({"code":403,"error":"FORBIDDEN","msg":"THE API IS TEMPORARILY DISABLED DUE TO MAINTENANCE"})")
            << ApiResult::VendorError::Maintenance;
        QTest::newRow("parameters")
            << 400 << QByteArray(R"({"code":400,"error":"BAD REQUEST","msg":"SOME PARAMETERS ARE REQUIRED"})")
            << ApiResult::VendorError::MissingParameters;
        QTest::newRow("unknown field")
            << 400
            << QByteArray(
                   R"({"code":400,"error":"BAD REQUEST","msg":"THE FIELD TO SEARCH BY DOES NOT EXIST"})")
            << ApiResult::VendorError::Other;
        QTest::newRow("error text on a 200")
            << 200 << QByteArray(R"({"code":200,"error":"BAD FIELD","msg":"x","data":[]})")
            << ApiResult::VendorError::Other;
    }
    void vendorErrors()
    {
        QFETCH(int, http);
        QFETCH(QByteArray, body);
        QFETCH(ApiResult::VendorError, error);
        const CaseQueryResult r = parse(body, http);
        QCOMPARE(r.api.outcome, Outcome::Rejected);
        QCOMPARE(r.api.vendorError, error);
        QVERIFY(r.records.isEmpty());
        QVERIFY(!r.explanation().isEmpty());
        QCOMPARE(r.api.isRetryable(),
                 error == ApiResult::VendorError::ConcurrencyLimit
                     || error == ApiResult::VendorError::Maintenance);
    }

    void notTheCrmsAnswer_data()
    {
        QTest::addColumn<int>("http");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<ApiResult::Unreadable>("unreadable");
        QTest::newRow("nginx 502") << 502
                                   << QByteArray("<html><head><title>502 Bad Gateway</title></head></html>")
                                   << QByteArray("text/html") << ApiResult::Unreadable::HtmlPage;
        QTest::newRow("empty") << 200 << QByteArray() << QByteArray("application/json")
                               << ApiResult::Unreadable::EmptyBody;
        QTest::newRow("truncated") << 200 << answer('[' + vendorCase("x") + ']').left(60)
                                   << QByteArray("application/json") << ApiResult::Unreadable::InvalidJson;
        QTest::newRow("an array") << 200 << QByteArray('[' + vendorCase("x") + ']')
                                  << QByteArray("application/json") << ApiResult::Unreadable::NotAnObject;
        QTest::newRow("code object") << 200 << QByteArray(R"({"code":{"x":1},"error":"null","data":[]})")
                                     << QByteArray("application/json") << ApiResult::Unreadable::WrongTypes;
        QTest::newRow("invalid UTF-8")
            << 200 << QByteArray("{\"code\":200,\"msg\":\"Actualizaci\xf3n \xff\",\"data\":[]}")
            << QByteArray("application/json") << ApiResult::Unreadable::InvalidJson;
    }
    void notTheCrmsAnswer()
    {
        QFETCH(int, http);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, type);
        QFETCH(ApiResult::Unreadable, unreadable);
        const CaseQueryResult r = parse(body, http, type);
        QCOMPARE(r.api.outcome, Outcome::UnreadableAnswer);
        QCOMPARE(r.api.unreadable, unreadable);
        QVERIFY(r.records.isEmpty());
        QVERIFY(!r.explanation().isEmpty());
        QVERIFY(!r.explanation().contains(u"applied"_s)); // a read changes nothing
    }

    void toUpdateIsTheCaseAsItIs()
    {
        const CaseQueryResult r = parse(answer('[' + vendorCase("6074aaa") + ']'));
        const CaseUpdate u = r.records.constFirst().toUpdate(u"crm.example"_s, u"op"_s);
        QCOMPARE(u.server, u"crm.example"_s);
        QCOMPARE(u.operation, u"op"_s);
        QCOMPARE(u.wolkvoxId, u"6074aaa"_s);
        QCOMPARE(u.caseType, u"Request"_s);
        QCOMPARE(u.status, u"open"_s);
        QCOMPARE(u.formJson(), QByteArray(R"({"zona":"Norte","canal":"WhatsApp"})"));
    }

    void keyOrderScanner()
    {
        const QByteArray text = "{\"b\":1,\"a\":{\"z\\u00f3\":[{\"y\":1,\"x\":2},{\"k\":\"v\"}],\"m\":null},"
                                "\"b\":2,\"c\":\"}\"}";
        const JsonKeyOrder order = JsonKeyOrder::scan(text);
        QCOMPARE(order.keys({}), (QStringList{u"b"_s, u"a"_s, u"c"_s}));
        QCOMPARE(order.keys({u"a"_s}), (QStringList{u"zó"_s, u"m"_s}));
        QCOMPARE(order.keys({u"a"_s, u"zó"_s, u"0"_s}), (QStringList{u"y"_s, u"x"_s}));
        QCOMPARE(order.keys({u"a"_s, u"zó"_s, u"1"_s}), (QStringList{u"k"_s}));
        QVERIFY(order.keys({u"nope"_s}).isEmpty());
        // Malformed or hostile input: no crash, no hang, whatever was read before the fault.
        QCOMPARE(JsonKeyOrder::scan(R"({"a":1,"b":{"c":)").keys({}), (QStringList{u"a"_s, u"b"_s}));
        QVERIFY(JsonKeyOrder::scan(QByteArray(100000, '[')).keys({}).isEmpty());
        QVERIFY(JsonKeyOrder::scan("\"\\").keys({}).isEmpty());
    }

    void normalisedKeys()
    {
        QCOMPARE(CaseRecord::normaliseKey(u"Type Case"), u"typecase"_s);
        QCOMPARE(CaseRecord::normaliseKey(u"wolkvox_id"), u"wolkvoxid"_s);
        QCOMPARE(CaseRecord::normaliseKey(u"Solución"), u"solucion"_s);
        QCOMPARE(CaseRecord::normaliseKey(u"Responsável"), u"responsavel"_s);
        // Every spelling in the table is already normalised, and no spelling names two fields.
        QSet<QString> seen;
        for (const CaseRecord::KeySpelling &spelling : CaseRecord::keyTable()) {
            for (const QString &key : spelling.keys) {
                QCOMPARE(CaseRecord::normaliseKey(key), key);
                QVERIFY2(!seen.contains(key), qPrintable(key));
                seen.insert(key);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCaseQueryResult)
#include "tst_casequeryresult.moc"
