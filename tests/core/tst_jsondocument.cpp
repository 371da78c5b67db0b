// The compact Document against the tree parser, which follows Python's json.loads: on every input
// both must agree on success, the error and its position, and the value, member order and number
// texts included; the Document's writer must write what the tree's does.
#include "json/document.h"
#include "json/parser.h"
#include "json/writer.h"
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace zd;

namespace {

const json::WriteOptions writeOptions[] = {
    json::WriteOptions{},         json::WriteOptions{false, -1},      json::WriteOptions{true, 4},
    json::WriteOptions{false, 4}, json::WriteOptions{true, -1, true},
};

// Hand-written inputs for each rule of parse(), valid and not.
QList<QByteArray> handWritten()
{
    return {
        "",
        "   ",
        "\xef\xbb\xbf{}",
        "null",
        "true",
        "false",
        "nul",
        "[tru]",
        "0",
        "-0",
        "-0.0",
        "-",
        "-x",
        "01",
        "1.",
        "1.e5",
        "1e",
        "1e+",
        "1E-7",
        "2.5e308",
        "123456789012345678901234567890",
        "-123456789012345678901234567890.5e-3",
        "NaN",
        "-NaN",
        "Infinity",
        "-Infinity",
        "-Inf",
        "[NaN, Infinity, -Infinity]",
        "\"abc\"",
        "\"\"",
        "\"a/b\\/c\"",
        "\"del\x7f\"",
        "\"\\u00e9\\u20ac\\ud83d\\ude00\"",
        "\"\\ud800\"",
        "\"\\udc00\\ud800\"",
        "\"\\ud800\\u0041\"",
        "\"\\ud800\\uZZZZ\"",
        "\"\\ud800\\u12\"",
        "\"\\u12\"",
        "\"\\x\"",
        "\"\\",
        "\"abc",
        "\"tab\there\"",
        "\"\xc3\xa9 \xff\xfe \xe2\x82\"",
        "\"\xe2\x82\\n\xac\"",
        "{\"\xff\": 1, \"\xfe\": 2}",
        "{\"a\": 1, \"b\": 2, \"a\": 3}",
        "{\"a\": 1, \"\\u0061\": 2}",
        "{\"a\": {\"x\": 1, \"x\": [1, 2]}, \"b\": [], \"c\": {}}",
        "{\"a\" 1}",
        "{\"a\": 1,}",
        "{\"a\": 1 \"b\": 2}",
        "{1: 2}",
        "{",
        "[",
        "[1,]",
        "[1 2]",
        "[] []",
        "{} x",
        " \t\n{\"a\" : 1 }\r\n",
        "\"\xe2\x82\xac\"\n\n  x",
        "[\"\xc3\xa9\", \"\xc3\xa9\xc3\xa9\", {\"\xc3\xa9\": \"v\", \"\xc3\xa9\": \"w\"}] ?",
        QByteArray(1000, '[') + QByteArray(1000, ']'),
        QByteArray(1001, '[') + QByteArray(1001, ']'),
        QByteArray(1001, '{'),
    };
}

// An object of n members whose keys repeat every period members.
QByteArray largeObject(int n, int period)
{
    QByteArray text = "{";
    for (int i = 0; i < n; ++i) {
        if (i)
            text += ", ";
        text += "\"key" + QByteArray::number(i % period) + "\": " + QByteArray::number(i);
    }
    return text + "}";
}

QList<QByteArray> filesUnder(const QString &folder, const QStringList &filters)
{
    QList<QByteArray> inputs;
    QDirIterator it(folder, filters, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            inputs.append(file.readAll());
    }
    return inputs;
}

// Compares parse() and the Document on input; returns an empty string when they agree.
QString disagreement(const QByteArray &input)
{
    const json::ParseResult tree = json::parse(input);
    const json::ParseResult lazy = json::parseDocument(input);
    if (tree.ok != lazy.ok || tree.error != lazy.error || tree.errorChar != lazy.errorChar)
        return QStringLiteral("result: tree %1 \"%2\", document %3 \"%4\"")
            .arg(tree.ok)
            .arg(tree.error)
            .arg(lazy.ok)
            .arg(lazy.error);
    if (!tree.ok)
        return {};
    if (!identical(tree.value, lazy.value))
        return QStringLiteral("values differ");
    for (const json::WriteOptions &options : writeOptions) {
        // The Document's writer reads the bytes; a fresh parse has not been opened by identical().
        const QByteArray fromDocument = json::dumps(json::parseDocument(input).value, options);
        if (fromDocument != json::dumps(tree.value, options))
            return QStringLiteral("written differently with indent %1, ensure_ascii %2, compact %3")
                .arg(options.indent)
                .arg(options.ensureAscii)
                .arg(options.compact);
    }
    return {};
}

} // namespace

class tst_JsonDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithTheParser_data();
    void agreesWithTheParser();
    void agreesOnEveryPrefixAndMutation();
    void keepsTheBytesOnce();
    void opensOneLevelAtATime();
    void duplicateKeysInLargeObjects();
    void startOfALongString();
    void countsWithoutOpening();
    void writesLargeValuesInOneAllocation();
};

void tst_JsonDocument::agreesWithTheParser_data()
{
    QTest::addColumn<QByteArray>("input");
    int i = 0;
    for (const QByteArray &input : handWritten())
        QTest::addRow("hand %d: %s", i++, input.left(40).toHex().constData()) << input;
    const QString data = QStringLiteral(ZD_TEST_DATA_DIR);
    i = 0;
    for (const QByteArray &input : filesUnder(data + u"/../fuzz/corpus", {QStringLiteral("*")}) +
                                       filesUnder(data, {QStringLiteral("*.json")}))
        QTest::addRow("file %d", i++) << input;
    QTest::newRow("large object") << largeObject(100, 100);
    QTest::newRow("large object, repeated keys") << largeObject(100, 7);
}

void tst_JsonDocument::agreesWithTheParser()
{
    QFETCH(QByteArray, input);
    const QString difference = disagreement(input);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

// Every prefix of a document with every kind of value fails where the parser fails; so does each
// of 2,000 random one-byte changes.
void tst_JsonDocument::agreesOnEveryPrefixAndMutation()
{
    const QByteArray sample =
        "{\"id\": -12345678901234567890, \"f\": 1.5e-7, \"n\": null, \"t\": true, \"x\": false, "
        "\"s\": \"caf\xc3\xa9 \\\"q\\\" \\ud83d\\ude00\", \"a\": [NaN, -Infinity, {}, [], 0], "
        "\"s\": {\"k\": \"\\u0041\"}}";
    QVERIFY(json::parse(sample).ok);
    for (qsizetype n = 0; n <= sample.size(); ++n) {
        const QString difference = disagreement(sample.left(n));
        QVERIFY2(difference.isEmpty(), qPrintable(QString::number(n) + u": " + difference));
    }
    QRandomGenerator random(19);
    const char alphabet[] = "{}[]\":,\\ u0123456789eE.-+ntfNI\x01\x7f\xc3\xff";
    for (int i = 0; i < 2000; ++i) {
        QByteArray mutated = sample;
        mutated[random.bounded(mutated.size())] = alphabet[random.bounded(int(sizeof alphabet - 1))];
        const QString difference = disagreement(mutated);
        QVERIFY2(difference.isEmpty(), qPrintable(QString::fromLatin1(mutated) + u": " + difference));
    }
}

// The Document shares the body it is given rather than copying it, and its tape is a few bytes per
// value.
void tst_JsonDocument::keepsTheBytesOnce()
{
    QByteArray body = "[";
    for (int i = 0; i < 10000; ++i)
        body += QByteArray(i ? "," : "") + "{\"id\": " + QByteArray::number(i) + ", \"name\": \"n\"}";
    body += "]";
    json::ParseResult result;
    const auto document = json::Document::build(body, &result);
    QVERIFY(result.ok);
    QCOMPARE(document->bytes().constData(), body.constData());
    QCOMPARE(document->size(0), 10000);
    // 1 array + 10,000 objects of 2 keys and 2 values: 50,001 values of 8 bytes.
    QCOMPARE(document->tapeSize(), 50001);
}

// A document value is opened one level at a time: its children stay document values until asked.
void tst_JsonDocument::opensOneLevelAtATime()
{
    const json::ParseResult result = json::parseDocument("{\"a\": {\"b\": [1, 2]}, \"s\": \"x\"}");
    QVERIFY(result.value.lazyNode());
    const json::Object &members = result.value.toObject();
    QCOMPARE(members.size(), 2u);
    QVERIFY(members[0].value.lazyNode());
    QVERIFY(!members[1].value.lazyNode()); // a short string is made with its object
    QCOMPARE(members[0].value.find(u"b")->toArray().size(), 2u);
    QVERIFY(json::parseDocument("[]").value.lazyNode());
    QVERIFY(!json::parseDocument("[]").value.isTruthy());
    QVERIFY(json::parseDocument("[0]").value.isTruthy());
    QVERIFY(!json::parseDocument("\"\"").value.isTruthy());
}

// The start of a long string, as a label shows it: read from the bytes when the string is plain (the
// string itself never made), decoded when it has escapes.
void tst_JsonDocument::startOfALongString()
{
    const json::ParseResult plain = json::parseDocument('"' + QByteArray(1000000, 'x') + "yz\"");
    QVERIFY(plain.value.lazyNode());
    QCOMPARE(json::stringStart(plain.value, 3), u"xxx"_qs);
    QVERIFY(!plain.value.lazyNode()->isOpened());
    QCOMPARE(json::stringStart(plain.value, 2000000), QString(1000000, u'x') + u"yz"_qs);
    QVERIFY(!plain.value.lazyNode()->isOpened());

    QByteArray escaped = "\"";
    for (int i = 0; i < 100000; ++i)
        escaped += "\\u00e9\\n";
    const json::ParseResult decoded = json::parseDocument(escaped + '"');
    QVERIFY(decoded.value.lazyNode());
    QCOMPARE(json::stringStart(decoded.value, 5), u"é\né\né"_qs);
    QCOMPARE(json::stringStart(json::parse(R"("Ada")").value, 2), u"Ad"_qs); // a tree's string
}

// A container's size read from the tape, as the result panel sums up a large list: nothing made.
void tst_JsonDocument::countsWithoutOpening()
{
    QByteArray list = "[0";
    for (int i = 1; i < 5000; ++i)
        list += ", {\"id\": " + QByteArray::number(i) + '}';
    const json::ParseResult items = json::parseDocument(list + ']');
    QCOMPARE(json::childCount(items.value), 5000);
    QVERIFY(!items.value.lazyNode()->isOpened());
    const json::ParseResult members = json::parseDocument(largeObject(40, 25));
    QCOMPARE(json::childCount(members.value), 25); // a repeated key counts once
    QVERIFY(!members.value.lazyNode()->isOpened());
    QCOMPARE(json::childCount(json::parse("[1, [2, 3]]").value), 2); // a tree's
    QCOMPARE(json::childCount(json::parseDocument(R"("[1, 2]")").value), 0);
}

void tst_JsonDocument::duplicateKeysInLargeObjects()
{
    const QByteArray input = largeObject(40, 25);
    const json::ParseResult result = json::parseDocument(input);
    QVERIFY(result.ok);
    const json::Object &members = result.value.toObject();
    QCOMPARE(members.size(), 25u);
    QCOMPARE(members[3].key, u"key3");
    QCOMPARE(members[3].value.toNumber().text, QByteArray("28")); // the last key3, at the first's place
    QCOMPARE(members[24].value.toNumber().text, QByteArray("24"));
}

// A large document value's text is what the tree's writer makes, in every option, and is made in one
// allocation of its size (no buffer doubled as it grows); handed on in pieces, it is the same text.
void tst_JsonDocument::writesLargeValuesInOneAllocation()
{
    QByteArray body = "[";
    for (int i = 0; i < 3000; ++i)
        body += QByteArray(i ? "," : "") + "{\"id\": " + QByteArray::number(i) +
                ", \"s\": \"caf\u00e9 \\\"q\\\" a/b \\ud83d\\ude00 \\u0041\", \"f\": 1.50e-7, \"k\": 1, "
                "\"k\": [true, null]}";
    // Strings longer than a piece, plain and escaped, and members deeper than a line of spaces.
    body += ", \"" + QByteArray(300000, 'p') + "\", \"" + QByteArray(30000, 'e') + "\\n" +
            QByteArray(70000, 'e') + "\"";
    body += ", 1, \"" + QByteArray(270000, 'q') + "\", {\"r\": \"" + QByteArray(260000, 'r') + "\"}, 2";
    body += ", " + QByteArray(40, '[') + "{\"deep\": 1}" + QByteArray(40, ']');
    body += "]";
    const json::ParseResult tree = json::parse(body);
    QVERIFY(tree.ok);
    for (const json::WriteOptions &options : writeOptions) {
        const json::ParseResult document = json::parseDocument(body);
        QVERIFY(document.value.lazyNode());
        const QByteArray text = json::dumps(document.value, options);
        QCOMPARE(text, json::dumps(tree.value, options));
        QCOMPARE(text.capacity(), text.size());
        QByteArray joined;
        int pieces = 0;
        json::writeDumps(document.value, options, [&](QByteArrayView piece) {
            joined += piece;
            ++pieces;
        });
        QCOMPARE(joined, text);
        QVERIFY2(pieces > 4, QByteArray::number(pieces).constData());
        // The same inside a container of the tree: the document value is counted where it starts.
        QByteArray wrapped = "x";
        json::appendDumps(
            wrapped, json::Value::fromObject({{QStringLiteral("data"), json::parseDocument(body).value}}),
            options);
        QCOMPARE(wrapped.sliced(1),
                 json::dumps(json::Value::fromObject({{QStringLiteral("data"), tree.value}}), options));
    }
}

QTEST_GUILESS_MAIN(tst_JsonDocument)
#include "tst_jsondocument.moc"
