// The compact Document against the tree parser, which follows Python's json.loads: on every input
// both must agree on success, the error and its position, and the value, member order and number
// texts included; the Document's writer must write what the tree's does.
#include "json/arrivingdocument.h"
#include "json/document.h"
#include "json/parser.h"
#include "json/writer.h"
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <cmath>

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
    void writesLargeValuesWithNoSpareRoom();
    void verbatimContainers_data();
    void verbatimContainers();
    void verbatimSpansAreTheOutermost();
    void floatTextsThatAreTheirRepr();
    void lengthsBeyondTheTape();
    void largeTapesOfChangingDensity();
    void agreesWhileItArrives_data() { agreesWithTheParser_data(); }
    void agreesWhileItArrives();
    void stopsWhenItsBodyDoesNotComeWhole();
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
    // A long string stays unmade (lazy) and is not a container either.
    QCOMPARE(json::childCount(json::parseDocument('"' + QByteArray(5000, 'x') + '"').value), 0);
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

// A large document value's text is what the tree's writer makes, in every option, and is left with no
// spare room in its buffer; handed on in pieces, it is the same text.
void tst_JsonDocument::writesLargeValuesWithNoSpareRoom()
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

void tst_JsonDocument::verbatimContainers_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("verbatim");
    // As json.dumps writes: ", " and ": ", nothing else between values, every scalar as it reads.
    QTest::newRow("records") << QByteArray(
                                    R"([{"id": 1, "name": "Ada", "ok": true, "none": null, "f": 1.25}, )"
                                    R"({"id": -2, "tags": [], "meta": {}, "big": 123456789012345678901234}])")
                             << true;
    QTest::newRow("floats repr keeps")
        << QByteArray("[0.0, -0.0, 100.0, 0.0001, -0.5, 1000000000000000.0, 123456789012.345, NaN, "
                      "-Infinity, Infinity]")
        << true;
    // Each differs from json.dumps's text in one way; "[]" is written as it is, with no span.
    const std::pair<const char *, QByteArray> notVerbatim[] = {
        {"empty array", "[]"},
        {"compact", R"({"a":1})"},
        {"compact items", "[1,2]"},
        {"space after [", "[ 1]"},
        {"space before ]", "[1 ]"},
        {"two spaces", "[1,  2]"},
        {"tab", "[1,\t2]"},
        {"space before :", R"({"a" : 1})"},
        {"space before ,", "[1 , 2]"},
        {"empty inner spaced", "[[ ], 1]"},
        {"trailing zero", "[1.50]"},
        {"zeros", "[0.00]"},
        {"exponent", "[1e5]"},
        {"exponent with fraction", "[1.5e-7]"},
        {"below 1e-4", "[0.00001]"},
        {"from 1e16", "[10000000000000000.0]"},
        {"17 digits", "[0.30000000000000004]"},
        {"16 digits", "[1234567890123456.5]"},
        {"minus zero integer", "[-0]"},
        {"escape", R"(["\u0041"])"},
        {"escaped slash", R"(["a\/b"])"},
        {"non-ASCII", "[\"caf\xc3\xa9\"]"},
        {"DEL", "[\"a\x7f\"]"},
        {"DEL after eight bytes", "[\"abcdefghij\x7fk\"]"},
        {"DEL in a long run", "[\"abcdefgh\x7fijklmnopqrstuvwxyz\"]"},
        {"DEL before the closing quote", "[\"abcdef\x7f\"]"},
        {"DEL before a key's closing quote", "{\"abcdef\x7f\": 1}"},
        {"DEL in a key", "{\"\x7f\": 1}"},
        {"repeated key", R"({"a": 1, "a": 2})"},
        {"key escape", R"({"\u0061": 1})"},
    };
    for (const auto &[name, input] : notVerbatim)
        QTest::newRow(name) << input << false;
}

// A container is kept as its own text exactly when json.dumps writes those bytes: a span is kept for
// it, and every writer option still writes what the tree writes.
void tst_JsonDocument::verbatimContainers()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, verbatim);
    json::ParseResult result;
    const auto document = json::Document::build(input, &result);
    QVERIFY(result.ok);
    const std::optional<QByteArrayView> text = document->verbatimText(0);
    QCOMPARE(text.has_value(), verbatim);
    if (verbatim) {
        QCOMPARE(text->toByteArray(), input);
        QCOMPARE(json::dumps(json::parse(input).value), input); // what Python writes, by the tree writer
    }
    const QString difference = disagreement(input);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

// Spans are kept for the outermost verbatim containers only, so a 20 MB list of records holds one;
// a container that is not verbatim keeps those of its verbatim items, which are written from them.
void tst_JsonDocument::verbatimSpansAreTheOutermost()
{
    const QByteArray input = R"([[1, 2], [1,2], {"a": [3, {"b": 4}]}])";
    json::ParseResult result;
    const auto document = json::Document::build(input, &result);
    QVERIFY(result.ok);
    QVERIFY(!document->verbatimText(0));
    const std::vector<json::Document::Index> items = document->items(0);
    QCOMPARE(document->verbatimText(items[0])->toByteArray(), QByteArray("[1, 2]"));
    QVERIFY(!document->verbatimText(items[1]));
    QCOMPARE(document->verbatimText(items[2])->toByteArray(), QByteArray(R"({"a": [3, {"b": 4}]})"));
    QVERIFY(!document->verbatimText(items[2] + 2)); // [3, {"b": 4}], inside the object's span
    QCOMPARE(json::dumps(json::parseDocument(input).value),
             QByteArray(R"([[1, 2], [1, 2], {"a": [3, {"b": 4}]}])"));
}

// A float's text is taken as its repr() only when it is: checked against the writer's repr() of the
// parsed double on random texts, and every fixed-notation repr() of 15 digits or fewer is taken.
void tst_JsonDocument::floatTextsThatAreTheirRepr()
{
    QRandomGenerator random(7);
    int taken = 0;
    for (int i = 0; i < 20000; ++i) {
        QByteArray text = random.bounded(4) == 0 ? "-" : "";
        const int whole = random.bounded(18);
        text += whole == 0 ? QByteArray("0") : QByteArray::number(random.bounded(1, 10));
        for (int d = 1; d < whole; ++d)
            text += char('0' + random.bounded(10));
        text += '.';
        const int fraction = random.bounded(1, 18);
        for (int d = 0; d < fraction; ++d)
            text += char('0' + (random.bounded(3) == 0 ? 0 : random.bounded(10)));
        json::ParseResult result;
        const auto document = json::Document::build(text, &result);
        QVERIFY(result.ok);
        const QByteArray repr = json::floatRepr(text.toDouble());
        if (document->isVerbatim(0)) {
            QCOMPARE(repr, text);
            ++taken;
        }
    }
    QVERIFY2(taken > 2000, QByteArray::number(taken).constData());
    for (int i = 0; i < 20000; ++i) {
        const double value =
            std::ldexp(random.generateDouble(), random.bounded(-16, 56)) * (random.bounded(2) ? 1 : -1);
        const QByteArray repr =
            json::floatRepr(QByteArray::number(value, 'g', random.bounded(1, 16)).toDouble());
        QByteArray digits = repr;
        digits.replace('-', "").replace('.', "");
        while (digits.startsWith('0'))
            digits.remove(0, 1);
        while (digits.endsWith('0'))
            digits.chop(1);
        if (repr.contains('e') || digits.size() > 15)
            continue;
        json::ParseResult result;
        QVERIFY2(json::Document::build(repr, &result)->isVerbatim(0), repr.constData());
    }
}

// A string or number too long for the tape to hold its length (16 MiB or more) is measured on the
// bytes when asked, and reads the same as a short one.
void tst_JsonDocument::lengthsBeyondTheTape()
{
    const qsizetype n = 17 * 1024 * 1024;
    const QByteArray input = "[\"" + QByteArray(n, 's') + "\", \"x\", " + QByteArray(n, '7') + ".5, 1.5]";
    json::ParseResult result;
    const auto document = json::Document::build(input, &result);
    QVERIFY(result.ok);
    QCOMPARE(document->plainString(1)->size(), n);
    QVERIFY(!document->isShortString(1, n));
    QVERIFY(document->isShortString(1, n + 1));
    QCOMPARE(document->string(2), u"x"_qs);
    QCOMPARE(document->numberText(3).size(), n + 2);
    QCOMPARE(document->numberText(4), QByteArrayView("1.5"));
    QCOMPARE(document->string(1).size(), n);
    QCOMPARE(document->size(1), 0);
    QCOMPARE(document->size(3), 0);
}

// A tape sized from the start of its document, when the rest is denser (numbers after a long string)
// or has no scalar to measure by (empty arrays): every value is still on it, as the parser reads it.
void tst_JsonDocument::largeTapesOfChangingDensity()
{
    QByteArray dense = "[\"" + QByteArray(2 * 1024 * 1024, 's') + "\"";
    for (int i = 0; i < 300000; ++i)
        dense += ", " + QByteArray::number(i % 10);
    dense += ", {\"last\": [true, null]}]";
    QByteArray empty = "[[]";
    for (int i = 0; i < 200000; ++i)
        empty += ",[]";
    empty += "]";
    for (const QByteArray &input : {dense, empty}) {
        const QString difference = disagreement(input);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
    json::ParseResult result;
    const auto document = json::Document::build(dense, &result);
    QVERIFY(result.ok);
    QCOMPARE(document->size(0), 300002);
    QCOMPARE(document->tapeSize(), 1 + 1 + 300000 + 1 + 1 + 1 + 2);
    QCOMPARE(document->numberText(300001), QByteArrayView("9"));
    QCOMPARE(json::Document::build(empty, &result)->tapeSize(), 200002);
}

// The Document built while its bytes arrive, in pieces of one byte (small inputs) and of random sizes,
// each read by the builder before the next is written: the same result as a build over all the
// bytes, errors and their places included.
void tst_JsonDocument::agreesWhileItArrives()
{
    QFETCH(QByteArray, input);
    const json::ParseResult whole = json::parseDocument(input);
    QRandomGenerator random(19);
    for (const qsizetype most : {qsizetype(1), qsizetype(7), qsizetype(4096)}) {
        if (most == 1 && input.size() > 20000)
            continue;
        QByteArray bytes(input.size(), Qt::Uninitialized);
        json::ArrivingDocument arriving(bytes.constData(), input.size());
        for (qsizetype in = 0; in < input.size();) {
            const qsizetype piece = qMin(input.size() - in, 1 + qsizetype(random.bounded(quint32(most))));
            std::memcpy(bytes.data() + in, input.constData() + in, size_t(piece));
            in += piece;
            arriving.arrivedAndRead(in);
        }
        QCOMPARE(bytes.constData(), arriving.begin()); // written in place: never moved
        const json::ParseResult result = arriving.finish(bytes);
        QCOMPARE(result.ok, whole.ok);
        QCOMPARE(result.error, whole.error);
        QCOMPARE(result.errorChar, whole.errorChar);
        if (!whole.ok)
            continue;
        // Written from the tape (verbatim spans and flags too) before identical() opens the values.
        for (const json::WriteOptions &options : writeOptions)
            QCOMPARE(json::dumps(result.value, options),
                     json::dumps(json::parseDocument(input).value, options));
        QVERIFY(identical(result.value, whole.value));
    }
}

// A body that stops coming (a call cancelled or timed out) leaves no builder waiting; bytes that
// moved before the end are parsed anew, and a body shorter than announced is read as what came.
void tst_JsonDocument::stopsWhenItsBodyDoesNotComeWhole()
{
    const QByteArray input = R"({"a": [1, 2, 3], "b": "x"})";
    QByteArray bytes(input.size(), Qt::Uninitialized);
    std::memcpy(bytes.data(), input.constData(), 10);
    {
        json::ArrivingDocument abandoned(bytes.constData(), input.size());
        abandoned.arrived(10);
    } // returns: its builder was told to stop
    {
        json::ArrivingDocument moved(bytes.constData(), input.size());
        moved.arrived(10);
        const json::ParseResult result = moved.finish(input); // other bytes than those at begin
        QVERIFY(result.ok);
        QCOMPARE(json::dumps(result.value), input);
    }
    json::ArrivingDocument shorter(bytes.constData(), input.size());
    shorter.arrivedAndRead(10);
    const json::ParseResult result = shorter.finish(QByteArray::fromRawData(bytes.constData(), 10));
    QVERIFY(!result.ok);
    QCOMPARE(result.error, json::parse(input.left(10)).error);
    QCOMPARE(result.errorChar, json::parse(input.left(10)).errorChar);
    // Fewer bytes than had arrived, in the same place: read anew, not by a tape made over more.
    json::ArrivingDocument fewer(bytes.constData(), input.size());
    fewer.arrivedAndRead(10);
    QCOMPARE(fewer.finish(QByteArray::fromRawData(bytes.constData(), 5)).error,
             json::parse(input.left(5)).error);
}

QTEST_GUILESS_MAIN(tst_JsonDocument)
#include "tst_jsondocument.moc"
