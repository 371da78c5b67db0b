// The writer must produce Python's json.dumps bytes; expected values were produced by CPython 3.11.
#include "json/parser.h"
#include "json/writer.h"
#include <QTest>
#include <cmath>
#include <limits>

using namespace zd;

class tst_JsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void floatRepr_data();
    void floatRepr();
    void escapesLikeEnsureAscii();
    void withoutEnsureAscii();
    void separatorsAndOrder();
    void indent();
    void compactLikeUjson();
    void valuesBuiltInCode();
    void equalityIsPythonEquality();
};

void tst_JsonWriter::floatRepr_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("repr");
    QTest::newRow("1e16") << 1e16 << QByteArray("1e+16");
    QTest::newRow("1e15") << 1e15 << QByteArray("1000000000000000.0");
    QTest::newRow("1e-5") << 1e-5 << QByteArray("1e-05");
    QTest::newRow("1e-4") << 1e-4 << QByteArray("0.0001");
    QTest::newRow("0.1") << 0.1 << QByteArray("0.1");
    QTest::newRow("-0.0") << -0.0 << QByteArray("-0.0");
    QTest::newRow("0.0") << 0.0 << QByteArray("0.0");
    QTest::newRow("1e22") << 1e22 << QByteArray("1e+22");
    QTest::newRow("1.5e-7") << 1.5e-7 << QByteArray("1.5e-07");
    QTest::newRow("123.456") << 123.456 << QByteArray("123.456");
    QTest::newRow("1e100") << 1e100 << QByteArray("1e+100");
    QTest::newRow("100.0") << 100.0 << QByteArray("100.0");
    QTest::newRow("denormal") << 5e-324 << QByteArray("5e-324");
    QTest::newRow("max") << 1.7976931348623157e308 << QByteArray("1.7976931348623157e+308");
    QTest::newRow("0.1+0.2") << 0.30000000000000004 << QByteArray("0.30000000000000004");
    QTest::newRow("16 digits") << 1234567890123456.7 << QByteArray("1234567890123456.8");
    QTest::newRow("17 digits") << 12345678901234567.0 << QByteArray("1.2345678901234568e+16");
    QTest::newRow("inf") << std::numeric_limits<double>::infinity() << QByteArray("Infinity");
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << QByteArray("NaN");
}

void tst_JsonWriter::floatRepr()
{
    QFETCH(double, value);
    QFETCH(QByteArray, repr);
    QCOMPARE(json::floatRepr(value), repr);
}

void tst_JsonWriter::escapesLikeEnsureAscii()
{
    const json::Value value = json::Value::fromObject({
        {QStringLiteral("name"), json::Value::fromString(QString::fromUtf8("\xc5\x81ukasz"))},
        {QStringLiteral("e"), json::Value::fromString(QString::fromUtf8("\xf0\x9f\x98\x80"))},
        {QStringLiteral("c"), json::Value::fromString(QStringView(u"\x7f\x01").toString())},
        {QStringLiteral("q"), json::Value::fromString(QStringLiteral("\"\\/"))},
    });
    QCOMPARE(
        json::dumps(value),
        QByteArray(R"({"name": "\u0141ukasz", "e": "\ud83d\ude00", "c": "\u007f\u0001", "q": "\"\\/"})"));
}

void tst_JsonWriter::withoutEnsureAscii()
{
    const json::Value value = json::Value::fromString(QString::fromUtf8("\xc5\x81\n\x01"));
    QCOMPARE(json::dumps(value, {false, -1}), QByteArray("\"\xc5\x81\\n\\u0001\""));
}

void tst_JsonWriter::separatorsAndOrder()
{
    const json::ParseResult parsed = json::parse("{\"cust_id\":\"123\",\"b\":[1,2.5,true,null]}");
    QVERIFY(parsed.ok);
    QCOMPARE(json::dumps(parsed.value), QByteArray(R"({"cust_id": "123", "b": [1, 2.5, true, null]})"));
}

void tst_JsonWriter::indent()
{
    const json::ParseResult parsed = json::parse(R"({"a": [1, {"b": null}], "c": {}})");
    QVERIFY(parsed.ok);
    QCOMPARE(json::dumps(parsed.value, {true, 4}),
             QByteArray("{\n    \"a\": [\n        1,\n        {\n            \"b\": null\n        }\n    ],\n"
                        "    \"c\": {}\n}"));
}

void tst_JsonWriter::compactLikeUjson()
{
    const json::ParseResult parsed = json::parse(R"({"url": "/a/b", "name": "\u0141", "list": [1, 2.5]})");
    QVERIFY(parsed.ok);
    QCOMPARE(json::dumps(parsed.value, {true, -1, true}),
             QByteArray(R"({"url":"\/a\/b","name":"\u0141","list":[1,2.5]})"));
}

void tst_JsonWriter::valuesBuiltInCode()
{
    QCOMPARE(json::dumps(json::Value::fromInteger(-42)), QByteArray("-42"));
    QCOMPARE(json::dumps(json::Value::fromDouble(2.0)), QByteArray("2.0"));
    QCOMPARE(json::dumps(json::Value::fromDouble(std::nan(""))), QByteArray("NaN"));
    QCOMPARE(json::dumps(json::Value::fromString(QString())), QByteArray("\"\""));
    QCOMPARE(json::dumps(json::Value()), QByteArray("null"));
}

void tst_JsonWriter::equalityIsPythonEquality()
{
    const auto v = [](const char *text) { return json::parse(text).value; };
    QVERIFY(v(R"({"a": 1, "b": [1, 2]})") == v(R"({"b": [1, 2], "a": 1.0})"));
    QVERIFY(!(v(R"({"a": 1})") == v(R"({"a": 1, "b": 2})")));
    QVERIFY(!(v("[1, 2]") == v("[2, 1]")));
    QVERIFY(!(v("\"1\"") == v("1")));
    QVERIFY(v("null") == json::Value());
}

QTEST_GUILESS_MAIN(tst_JsonWriter)
#include "tst_jsonwriter.moc"
