#include "core/csv/customfieldparser.h"
#include "core/global.h"

#include <QtTest>

using Format = CustomFieldPaste::Format;
using Fields = QList<CustomField>;

// Pasting custom fields: spreadsheet rows and JSON objects, order kept, every problem reported.
class TestCustomFieldParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aQuotedCellKeepsItsLineBreaksAsTheyCame()
    {
        // Spreadsheets quote a cell holding line breaks; its value is pasted exactly, CR and CRLF included
        // (files read as CSV turn them into LF, a paste must not: found by fuzzing).
        const QString text = u"nota\t%1a\rb\r\nc%1\r\nx\t%1unclosed\n"_s.arg(QChar(u'"'));
        const CustomFieldPaste paste = CustomFieldParser::parse(text);
        QCOMPARE(paste.fields.size(), 2);
        QCOMPARE(paste.fields.at(0), (CustomField{u"nota"_s, u"a\rb\r\nc"_s}));
        // A quote that is never closed is an ordinary character of its cell.
        QCOMPARE(paste.fields.at(1), (CustomField{u"x"_s, QChar(u'"') + u"unclosed"_s}));
    }

    // Defined after the class: its raw string literals hold braces that moc would count as the class's
    // end, leaving every slot after this one unregistered (they never ran until this was found).
    void parses_data();
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(int, format);
        QFETCH(Fields, fields);
        QFETCH(int, errors);
        const CustomFieldPaste paste = CustomFieldParser::parse(text);
        QCOMPARE(int(paste.format), format);
        QCOMPARE(paste.fields, fields);
        QCOMPARE(paste.errors.size(), errors);
        for (const QString &error : paste.errors)
            QVERIFY(!error.trimmed().isEmpty());
    }

    void errorsNameTheRow()
    {
        const CustomFieldPaste paste = CustomFieldParser::parse(u"a\t1\n\tlost"_s);
        QCOMPARE(paste.errors.size(), 1);
        QVERIFY2(paste.errors.constFirst().contains(u"Row 2"_s), qPrintable(paste.errors.constFirst()));
    }

    void deepNestingIsNotRecursive()
    {
        // A fuzzer's favourite: deep nesting must neither crash nor recurse.
        const QString deep = u"{\"a\":"_s + QString(200000, u'[') + QString(200000, u']') + u"}"_s;
        const CustomFieldPaste paste = CustomFieldParser::parse(deep);
        QCOMPARE(paste.fields.size(), 0);
        QCOMPARE(paste.errors.size(), 1);
    }

    void garbageNeverCrashes()
    {
        const QString samples[]
            = {u"{"_s,           u"{\""_s, u"{\"a\""_s, u"{\"a\":"_s, u"{\"a\":\"\\u12"_s,
               u"{\"a\":\"\\"_s, u"\""_s,  u"\"\t\""_s, u"\t\t\t"_s,  u"{\"a\":[\"\\\"]"_s};
        for (const QString &sample : samples)
            CustomFieldParser::parse(sample);
    }
};

void TestCustomFieldParser::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("format");
    QTest::addColumn<Fields>("fields");
    QTest::addColumn<int>("errors");

    QTest::newRow("empty") << u""_s << int(Format::Empty) << Fields{} << 0;
    QTest::newRow("blank") << u"  \n\t\n"_s << int(Format::Empty) << Fields{} << 0;
    QTest::newRow("two rows") << u"canal\tWhatsApp\nciudad\tBogotá\n"_s << int(Format::Rows)
                              << Fields{{u"canal"_s, u"WhatsApp"_s}, {u"ciudad"_s, u"Bogotá"_s}} << 0;
    QTest::newRow("windows line ends")
        << u"a\t1\r\nb\t2\r\n"_s << int(Format::Rows) << Fields{{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}} << 0;
    QTest::newRow("order kept") << u"zeta\t1\nalfa\t2"_s << int(Format::Rows)
                                << Fields{{u"zeta"_s, u"1"_s}, {u"alfa"_s, u"2"_s}} << 0;
    QTest::newRow("name only") << u"canal\nciudad\t"_s << int(Format::Rows)
                               << Fields{{u"canal"_s, u""_s}, {u"ciudad"_s, u""_s}} << 0;
    QTest::newRow("header skipped") << u"Name\tValue\ncanal\tWhatsApp"_s << int(Format::Rows)
                                    << Fields{{u"canal"_s, u"WhatsApp"_s}} << 0;
    QTest::newRow("spanish header") << u"campo\tvalor\ncanal\tWhatsApp"_s << int(Format::Rows)
                                    << Fields{{u"canal"_s, u"WhatsApp"_s}} << 0;
    QTest::newRow("quoted multi-line cell")
        << u"nota\t\"línea 1\nlínea \"\"2\"\"\"\ncanal\tweb"_s << int(Format::Rows)
        << Fields{{u"nota"_s, u"línea 1\nlínea \"2\""_s}, {u"canal"_s, u"web"_s}} << 0;
    QTest::newRow("unclosed quote is text") << u"nota\t\"abc\ncanal\tweb"_s << int(Format::Rows)
                                            << Fields{{u"nota"_s, u"\"abc"_s}, {u"canal"_s, u"web"_s}} << 0;
    QTest::newRow("value keeps spaces")
        << u"  canal \t  Whats App  "_s << int(Format::Rows) << Fields{{u"canal"_s, u"  Whats App  "_s}} << 0;
    QTest::newRow("extra columns") << u"a\t1\tx\nb\t2\t\t"_s << int(Format::Rows)
                                   << Fields{{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}} << 1;
    QTest::newRow("value without name")
        << u"\tlost\nb\t2"_s << int(Format::Rows) << Fields{{u"b"_s, u"2"_s}} << 1;
    QTest::newRow("duplicates kept for the table to flag")
        << u"a\t1\na\t2"_s << int(Format::Rows) << Fields{{u"a"_s, u"1"_s}, {u"a"_s, u"2"_s}} << 0;

    QTest::newRow("json") << QString::fromUtf8(R"({"zeta":"1","alfa":"São Paulo"})") << int(Format::Json)
                          << Fields{{u"zeta"_s, u"1"_s}, {u"alfa"_s, u"São Paulo"_s}} << 0;
    QTest::newRow("json empty") << u" {} "_s << int(Format::Json) << Fields{} << 0;
    QTest::newRow("json pretty") << u"{\n  \"a\": \"x\",\n  \"b\": \"y\"\n}\n"_s << int(Format::Json)
                                 << Fields{{u"a"_s, u"x"_s}, {u"b"_s, u"y"_s}} << 0;
    QTest::newRow("json escapes") << QString::fromUtf8(R"({"q\"k":"a\nb\t\u00e9\ud83d\ude00\/"})")
                                  << int(Format::Json) << Fields{{u"q\"k"_s, u"a\nb\té😀/"_s}} << 0;
    QTest::newRow("json scalars")
        << QString::fromUtf8(R"({"n":12.50,"t":true,"f":false,"z":null})") << int(Format::Json)
        << Fields{{u"n"_s, u"12.50"_s}, {u"t"_s, u"true"_s}, {u"f"_s, u"false"_s}, {u"z"_s, u""_s}} << 0;
    QTest::newRow("json nested kept as text")
        << QString::fromUtf8(R"({"a":{"x":[1,"}"]},"b":"c"})") << int(Format::Json)
        << Fields{{u"a"_s, QString::fromUtf8(R"({"x":[1,"}"]})")}, {u"b"_s, u"c"_s}} << 1;
    QTest::newRow("json duplicate keys kept")
        << QString::fromUtf8(R"({"a":"1","a":"2"})") << int(Format::Json)
        << Fields{{u"a"_s, u"1"_s}, {u"a"_s, u"2"_s}} << 0;
    QTest::newRow("json list refused") << u"[1,2]"_s << int(Format::Json) << Fields{} << 1;
    QTest::newRow("json unterminated")
        << QString::fromUtf8(R"({"a":"1")") << int(Format::Json) << Fields{} << 1;
    QTest::newRow("json trailing comma")
        << QString::fromUtf8(R"({"a":"1",})") << int(Format::Json) << Fields{} << 1;
    QTest::newRow("json bad literal")
        << QString::fromUtf8(R"({"a":tru})") << int(Format::Json) << Fields{} << 1;
    QTest::newRow("json trailing text")
        << QString::fromUtf8(R"({"a":"1"} x)") << int(Format::Json) << Fields{} << 1;
    QTest::newRow("json unclosed string")
        << QString::fromUtf8(R"({"a":"1)") << int(Format::Json) << Fields{} << 1;
    // Half a surrogate pair is not text; it would reach the CRM as "?" (found by fuzzing).
    QTest::newRow("json lone high surrogate")
        << u"{\"a\":\"\\ud800\"}"_s << int(Format::Json) << Fields{} << 1;
    QTest::newRow("json lone low surrogate")
        << u"{\"a\":\"\\udc00x\"}"_s << int(Format::Json) << Fields{} << 1;
    QTest::newRow("json high surrogate then text")
        << u"{\"a\":\"\\ud83dx\"}"_s << int(Format::Json) << Fields{} << 1;
    QTest::newRow("json escape not hex") << u"{\"a\":\"\\u+0041\"}"_s << int(Format::Json) << Fields{} << 1;
    // A field without a name cannot be stored; like a row without one, it is left out and named.
    QTest::newRow("json empty names left out")
        << u"{\"\":\"x\",\"b\":\"y\",\"  \":\"z\"}"_s << int(Format::Json) << Fields{{u"b"_s, u"y"_s}} << 2;
    QTest::newRow("json bad nested") << QString::fromUtf8(R"({"a":[1,,2]})") << int(Format::Json) << Fields{}
                                     << 1;
}

QTEST_GUILESS_MAIN(TestCustomFieldParser)
#include "tst_customfieldparser.moc"
