#include "core/global.h"
#include "core/model/caseupdate.h"

#include <QJsonDocument>
#include <QtTest>

// The `form` part and the lossless JSON round trip.
class TestCaseUpdate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyFormIsBraces() { QCOMPARE(CaseUpdate().formJson(), QByteArray("{}")); }

    void formKeepsTableOrder()
    {
        CaseUpdate u;
        u.customFields = {{u"zeta"_s, u"1"_s}, {u"alfa"_s, u"2"_s}, {u"medio"_s, u""_s}};
        QCOMPARE(u.formJson(), QByteArray(R"({"zeta":"1","alfa":"2","medio":""})"));
    }

    void formEscapes()
    {
        CaseUpdate u;
        u.customFields = {{u"quote\"back\\slash"_s, u"line1\nline2\ttab\r"_s},
                          {u"ctrl"_s, QString(QChar(0x01))},
                          {u"ciudad"_s, u"São Paulo — Bogotá 😀"_s}};
        const QByteArray json = u.formJson();
        QCOMPARE(json,
                 QByteArray("{\"quote\\\"back\\\\slash\":\"line1\\nline2\\ttab\\r\",\"ctrl\":\"\\u0001\","
                            "\"ciudad\":\"")
                     + u"São Paulo — Bogotá 😀"_s.toUtf8() + "\"}");
        // And any JSON parser reads it back to the same values.
        QJsonParseError error;
        const QJsonObject parsed = QJsonDocument::fromJson(json, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(parsed.value(u"quote\"back\\slash"_s).toString(), u"line1\nline2\ttab\r"_s);
        QCOMPARE(parsed.value(u"ciudad"_s).toString(), u"São Paulo — Bogotá 😀"_s);
    }

    void jsonRoundTrip()
    {
        CaseUpdate u;
        u.server = u"crm.wolkvox.com"_s;
        u.operation = u"op"_s;
        u.wolkvoxId = u"abc"_s;
        u.caseType = u"Claims"_s;
        u.responsible = u"a@op"_s;
        u.status = u"Cerrado"_s;
        u.priority = u"Alta"_s;
        u.solution = u"Se cambió el equipo"_s;
        u.customFields = {{u"b"_s, u"1"_s}, {u"a"_s, u"2"_s}};
        u.attachments = {u"/tmp/x.pdf"_s, u"/tmp/ñ.png"_s};
        const QByteArray text = QJsonDocument(u.toJson()).toJson();
        QCOMPARE(CaseUpdate::fromJson(QJsonDocument::fromJson(text).object()), u);
        QVERIFY(!text.contains("token"));
    }
};

QTEST_GUILESS_MAIN(TestCaseUpdate)
#include "tst_caseupdate.moc"
