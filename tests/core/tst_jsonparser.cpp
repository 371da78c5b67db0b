// The parser must accept and reject exactly what Python 3.11's json.loads does, with the same
// messages; every expected value below was produced by CPython 3.11.
#include "json/parser.h"
#include "json/writer.h"
#include <QTest>

using namespace zd;

class tst_JsonParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void errors_data();
    void errors();
    void keepsKeyOrderAndExactIntegers();
    void duplicateKeysKeepFirstPositionLastValue();
    void duplicateKeysInLargeObjects();
    void surrogates();
    void invalidUtf8BecomesReplacementCharacter();
    void nestingDepthIsBounded();
    void truthiness_data();
    void truthiness();
};

void tst_JsonParser::roundTrip_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("dumped"); // Python's json.dumps(json.loads(input))

    QTest::newRow("object with whitespace")
        << QByteArray(" \t\n{\"a\" : 1 }\r\n") << QByteArray("{\"a\": 1}");
    QTest::newRow("top-level string") << QByteArray("\"abc\"") << QByteArray("\"abc\"");
    QTest::newRow("top-level number") << QByteArray("123") << QByteArray("123");
    QTest::newRow("null") << QByteArray("null") << QByteArray("null");
    QTest::newRow("true") << QByteArray("true") << QByteArray("true");
    QTest::newRow("beyond 64 bits") << QByteArray("123456789012345678901234567890")
                                    << QByteArray("123456789012345678901234567890");
    QTest::newRow("int64 max + 1") << QByteArray("9223372036854775808") << QByteArray("9223372036854775808");
    QTest::newRow("negative zero int") << QByteArray("-0") << QByteArray("0");
    QTest::newRow("negative zero float") << QByteArray("-0.0") << QByteArray("-0.0");
    QTest::newRow("exponent") << QByteArray("1E5") << QByteArray("100000.0");
    QTest::newRow("trailing zero") << QByteArray("1.10") << QByteArray("1.1");
    QTest::newRow("overflow") << QByteArray("1e400") << QByteArray("Infinity");
    QTest::newRow("negative overflow") << QByteArray("-1e400") << QByteArray("-Infinity");
    QTest::newRow("underflow") << QByteArray("1e-400") << QByteArray("0.0");
    QTest::newRow("NaN") << QByteArray("NaN") << QByteArray("NaN");
    QTest::newRow("-Infinity") << QByteArray("[-Infinity, Infinity]") << QByteArray("[-Infinity, Infinity]");
    QTest::newRow("non-ASCII escaped")
        << QByteArray("{\"name\":\"\xc5\x81ukasz\"}") << QByteArray("{\"name\": \"\\u0141ukasz\"}");
    QTest::newRow("escapes") << QByteArray(R"("\"\\\/\b\f\n\r\t\u0001")")
                             << QByteArray(R"("\"\\/\b\f\n\r\t\u0001")");
    QTest::newRow("empty containers") << QByteArray("[{}, [], \"\"]") << QByteArray("[{}, [], \"\"]");
    QTest::newRow("nested") << QByteArray("{\"a\":[1,{\"b\":null}],\"c\":{}}")
                            << QByteArray("{\"a\": [1, {\"b\": null}], \"c\": {}}");
}

void tst_JsonParser::roundTrip()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, dumped);
    const json::ParseResult result = json::parse(input);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(json::dumps(result.value), dumped);
}

void tst_JsonParser::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QByteArray() << QStringLiteral("Expecting value: line 1 column 1 (char 0)");
    QTest::newRow("plain text") << QByteArray("Victoria Murray")
                                << QStringLiteral("Expecting value: line 1 column 1 (char 0)");
    QTest::newRow("trailing comma in array")
        << QByteArray("[1, 2,]") << QStringLiteral("Expecting value: line 1 column 7 (char 6)");
    QTest::newRow("missing colon") << QByteArray("{\"a\" 1}")
                                   << QStringLiteral("Expecting ':' delimiter: line 1 column 6 (char 5)");
    QTest::newRow("missing comma") << QByteArray("{\"a\": 1 \"b\": 2}")
                                   << QStringLiteral("Expecting ',' delimiter: line 1 column 9 (char 8)");
    QTest::newRow("unquoted key")
        << QByteArray("{a: 1}")
        << QStringLiteral("Expecting property name enclosed in double quotes: line 1 column 2 (char 1)");
    QTest::newRow("trailing comma in object")
        << QByteArray("{\"a\": 1,}")
        << QStringLiteral("Expecting property name enclosed in double quotes: line 1 column 9 (char 8)");
    QTest::newRow("unterminated string")
        << QByteArray("\"abc") << QStringLiteral("Unterminated string starting at: line 1 column 1 (char 0)");
    QTest::newRow("control character")
        << QByteArray("\"a\tb\"") << QStringLiteral("Invalid control character at: line 1 column 3 (char 2)");
    QTest::newRow("bad escape") << QByteArray("\"\\x\"")
                                << QStringLiteral("Invalid \\escape: line 1 column 2 (char 1)");
    QTest::newRow("short \\u") << QByteArray("\"\\u12\"")
                               << QStringLiteral("Invalid \\uXXXX escape: line 1 column 3 (char 2)");
    QTest::newRow("short second \\u") << QByteArray("\"\\ud800\\u12\"")
                                      << QStringLiteral("Invalid \\uXXXX escape: line 1 column 9 (char 8)");
    QTest::newRow("extra data") << QByteArray("1 2")
                                << QStringLiteral("Extra data: line 1 column 3 (char 2)");
    QTest::newRow("extra data, second line")
        << QByteArray("[1]\n x") << QStringLiteral("Extra data: line 2 column 2 (char 5)");
    QTest::newRow("positions count code points")
        << QByteArray("\"\xc3\xa9\" x") << QStringLiteral("Extra data: line 1 column 5 (char 4)");
    QTest::newRow("leading zero") << QByteArray("01")
                                  << QStringLiteral("Extra data: line 1 column 2 (char 1)");
    QTest::newRow("dangling point") << QByteArray("1.")
                                    << QStringLiteral("Extra data: line 1 column 2 (char 1)");
    QTest::newRow("dangling exponent")
        << QByteArray("1e") << QStringLiteral("Extra data: line 1 column 2 (char 1)");
    QTest::newRow("lone minus") << QByteArray("-")
                                << QStringLiteral("Expecting value: line 1 column 1 (char 0)");
    QTest::newRow("open bracket") << QByteArray("[")
                                  << QStringLiteral("Expecting value: line 1 column 2 (char 1)");
    QTest::newRow("truncated null") << QByteArray("nul")
                                    << QStringLiteral("Expecting value: line 1 column 1 (char 0)");
    QTest::newRow("extra brace") << QByteArray("{\"a\":1}}")
                                 << QStringLiteral("Extra data: line 1 column 8 (char 7)");
    QTest::newRow("multi-line") << QByteArray("[1,\n2,\n]")
                                << QStringLiteral("Expecting value: line 3 column 1 (char 7)");
    QTest::newRow("BOM") << QByteArray("\xef\xbb\xbf"
                                       "1")
                         << QStringLiteral(
                                "Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)");
}

void tst_JsonParser::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    const json::ParseResult result = json::parse(input);
    QVERIFY(!result.ok);
    QCOMPARE(result.error, message);
}

void tst_JsonParser::keepsKeyOrderAndExactIntegers()
{
    const json::ParseResult result =
        json::parse("{\"z\": 18446744073709551617, \"a\": 9007199254740993, \"m\": 1}");
    QVERIFY(result.ok);
    const json::Object &object = result.value.toObject();
    QCOMPARE(object.size(), size_t(3));
    QCOMPARE(object[0].key, QStringLiteral("z"));
    QCOMPARE(object[1].key, QStringLiteral("a"));
    QCOMPARE(object[2].key, QStringLiteral("m"));
    QCOMPARE(object[0].value.toNumber().text, QByteArray("18446744073709551617"));
    QVERIFY(!object[0].value.toNumber().toInt64());
    QCOMPARE(object[1].value.toNumber().toInt64(), std::optional<qint64>(9007199254740993LL));
}

void tst_JsonParser::duplicateKeysKeepFirstPositionLastValue()
{
    const json::ParseResult result = json::parse("{\"a\": 1, \"b\": 2, \"a\": 3}");
    QVERIFY(result.ok);
    QCOMPARE(json::dumps(result.value), QByteArray("{\"a\": 3, \"b\": 2}"));
}

void tst_JsonParser::duplicateKeysInLargeObjects()
{
    QByteArray input = "{";
    for (int i = 0; i < 40; ++i)
        input += "\"k" + QByteArray::number(i) + "\": " + QByteArray::number(i) + ", ";
    input += "\"k3\": \"last\"}";
    const json::ParseResult result = json::parse(input);
    QVERIFY(result.ok);
    QCOMPARE(result.value.toObject().size(), size_t(40));
    QCOMPARE(result.value.toObject()[3].value.toString(), QStringLiteral("last"));
}

void tst_JsonParser::surrogates()
{
    const json::ParseResult pair = json::parse("\"\\ud83d\\ude00\"");
    QVERIFY(pair.ok);
    QCOMPARE(pair.value.toString(), QString::fromUtf8("\xf0\x9f\x98\x80"));
    QCOMPARE(json::dumps(pair.value), QByteArray("\"\\ud83d\\ude00\""));

    const json::ParseResult lone = json::parse("\"\\ud800x\"");
    QVERIFY(lone.ok);
    QCOMPARE(lone.value.toString().size(), 2);
    QCOMPARE(json::dumps(lone.value), QByteArray("\"\\ud800x\""));
}

void tst_JsonParser::invalidUtf8BecomesReplacementCharacter()
{
    const json::ParseResult result = json::parse("\"a\xff"
                                                 "b\"");
    QVERIFY(result.ok);
    QCOMPARE(result.value.toString(), QStringView(u"a\ufffdb").toString());
}

void tst_JsonParser::nestingDepthIsBounded()
{
    const QByteArray deepest = QByteArray(json::MaxDepth, '[') + QByteArray(json::MaxDepth, ']');
    QVERIFY(json::parse(deepest).ok);
    const QByteArray tooDeep = QByteArray(json::MaxDepth + 1, '[') + QByteArray(json::MaxDepth + 1, ']');
    const json::ParseResult result = json::parse(tooDeep);
    QVERIFY(!result.ok);
    QVERIFY(result.error.startsWith(u"Maximum nesting depth exceeded"));
}

void tst_JsonParser::truthiness_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("truthy");
    QTest::newRow("null") << QByteArray("null") << false;
    QTest::newRow("false") << QByteArray("false") << false;
    QTest::newRow("true") << QByteArray("true") << true;
    QTest::newRow("0") << QByteArray("0") << false;
    QTest::newRow("0.0") << QByteArray("0.0") << false;
    QTest::newRow("-0.0") << QByteArray("-0.0") << false;
    QTest::newRow("0e5") << QByteArray("0e5") << false;
    QTest::newRow("1") << QByteArray("1") << true;
    QTest::newRow("NaN") << QByteArray("NaN") << true;
    QTest::newRow("empty string") << QByteArray("\"\"") << false;
    QTest::newRow("string") << QByteArray("\" \"") << true;
    QTest::newRow("empty array") << QByteArray("[]") << false;
    QTest::newRow("array") << QByteArray("[0]") << true;
    QTest::newRow("empty object") << QByteArray("{}") << false;
    QTest::newRow("object") << QByteArray("{\"a\": null}") << true;
}

void tst_JsonParser::truthiness()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, truthy);
    const json::ParseResult result = json::parse(input);
    QVERIFY(result.ok);
    QCOMPARE(result.value.isTruthy(), truthy);
}

QTEST_GUILESS_MAIN(tst_JsonParser)
#include "tst_jsonparser.moc"
