// The pretty text made a few lines at a time (PrettyLines) and page by page (PrettyText) against
// json.dumps(value, indent=N) as Python writes it, and as the tree writer writes it on every input of
// the test data and the fuzz corpus: whole, and in any range asked.
#include "view/prettybody.h"
#include "view/prettytext.h"

#include "json/document.h"
#include "json/parser.h"
#include "json/prettylines.h"
#include "json/writer.h"
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <atomic>
#include <thread>

using namespace zd;

namespace {

std::shared_ptr<const json::Document> documentOf(const QByteArray &input)
{
    json::ParseResult result;
    std::shared_ptr<const json::Document> document = json::Document::build(input, &result);
    if (!document)
        qFatal("not JSON: %s", result.error.toUtf8().constData());
    return document;
}

// All of the text, written in one go.
QByteArray linesOf(const QByteArray &input, const json::WriteOptions &options)
{
    QByteArray text;
    json::PrettyLines(documentOf(input), 0, options)
        .writeAll(
            1, [](qint64, const json::PrettyLines &) {}, [&text](QByteArrayView piece) { text += piece; });
    return text;
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

// [{"id": 1, "name": "Customer 1", "tags": ["a", {}], ...}, ...] of about bytes.
QByteArray records(qsizetype bytes)
{
    QByteArray text = "[";
    for (int i = 1; text.size() < bytes; ++i) {
        if (i > 1)
            text += ", ";
        const QByteArray n = QByteArray::number(i);
        text += R"({"id": )" + n + R"(, "name": "Customer \u00e9)" + n + R"(", "balance": )" + n +
                R"(.25, "tags": ["a", {}, []], "nested": {"k": [1, {"x": null}]}, "k": 1, "k": 2})";
    }
    return text + "]";
}

} // namespace

class tst_PrettyText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void likePython_data();
    void likePython();
    void likeTheTreeWriter_data();
    void likeTheTreeWriter();
    void anyRangeOfManyPages();
    void resumesFromAKeptState();
    void longLinesAreHeldWhole();
    void readFromManyThreadsAtOnce();
};

// Texts json.dumps(json.loads(input), indent=N, ensure_ascii=...) gives in Python 3.
void tst_PrettyText::likePython_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("indent");
    QTest::addColumn<bool>("ascii");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("scalar") << QByteArray("12") << 4 << true << QByteArray("12");
    QTest::newRow("empty containers")
        << QByteArray("[[], {}]") << 4 << true << QByteArray("[\n    [],\n    {}\n]");
    QTest::newRow("nested") << QByteArray(R"({"a": [1, {"b": null}], "c": "x"})") << 2 << true
                            << QByteArray("{\n  \"a\": [\n    1,\n    {\n      \"b\": null\n    }\n  ],\n"
                                          "  \"c\": \"x\"\n}");
    QTest::newRow("indent 0") << QByteArray("[1, [2]]") << 0 << true << QByteArray("[\n1,\n[\n2\n]\n]");
    QTest::newRow("repeated key") << QByteArray(R"({"k": 1, "j": 2, "k": 3})") << 4 << true
                                  << QByteArray("{\n    \"k\": 3,\n    \"j\": 2\n}");
    QTest::newRow("unicode kept") << QByteArray("[\"caf\xc3\xa9\", 1.50]") << 4 << false
                                  << QByteArray("[\n    \"caf\xc3\xa9\",\n    1.5\n]");
    QTest::newRow("unicode escaped") << QByteArray("{\"\xc3\xa9\": NaN}") << 4 << true
                                     << QByteArray("{\n    \"\\u00e9\": NaN\n}");
}

void tst_PrettyText::likePython()
{
    QFETCH(QByteArray, input);
    QFETCH(int, indent);
    QFETCH(bool, ascii);
    QFETCH(QByteArray, expected);
    QCOMPARE(linesOf(input, json::WriteOptions{ascii, indent}), expected);
}

void tst_PrettyText::likeTheTreeWriter_data()
{
    QTest::addColumn<QByteArray>("input");
    const QString data = QStringLiteral(ZD_TEST_DATA_DIR);
    int i = 0;
    for (const QByteArray &input : filesUnder(data + u"/../fuzz/corpus", {QStringLiteral("*")}) +
                                       filesUnder(data, {QStringLiteral("*.json")})) {
        if (json::parse(input).ok)
            QTest::addRow("file %d", i++) << input;
    }
    QVERIFY(i > 5);
    QByteArray deep;
    for (int level = 0; level < 300; ++level)
        deep += level % 2 ? "{\"k\": " : "[";
    deep += "0";
    for (int level = 299; level >= 0; --level)
        deep += level % 2 ? "}" : "]";
    QTest::newRow("300 levels") << deep;
    QTest::newRow("records") << records(100 * 1024);
}

// The tree writer (parse(), then dumps of the Value) is another writer of the same text.
void tst_PrettyText::likeTheTreeWriter()
{
    QFETCH(QByteArray, input);
    for (const json::WriteOptions options : {json::WriteOptions{false, 4}, json::WriteOptions{true, 2}})
        QCOMPARE(linesOf(input, options), json::dumps(json::parse(input).value, options));
}

// A text of many pages read in ranges: every range is the same bytes as the whole text has there.
void tst_PrettyText::anyRangeOfManyPages()
{
    const QByteArray head = "HTTP/1.1 200 OK\nContent-Type: application/json\n\n";
    const QByteArray input = records(600 * 1024);
    const QByteArray whole = head + json::dumps(json::parse(input).value, json::WriteOptions{false, 4});
    const PrettyText text(head, json::PrettyLines(documentOf(input), 0, json::WriteOptions{false, 4}));
    QCOMPARE(text.size(), whole.size());
    QVERIFY(text.size() > 50 * PrettyText::PageBytes);
    QCOMPARE(text.read(0, text.size()), whole);
    QCOMPARE(text.read(0, 5), whole.left(5));
    QCOMPARE(text.read(head.size() - 3, head.size() + 7), whole.mid(head.size() - 3, 10));
    QCOMPARE(text.read(text.size() - 9, text.size()), whole.right(9));
    QCOMPARE(text.read(text.size(), text.size() + 10), QByteArray());
    QRandomGenerator random(19);
    for (int i = 0; i < 300; ++i) {
        const qint64 from = random.bounded(text.size());
        const qint64 length = random.bounded(i % 3 ? 200 : 3 * PrettyText::PageBytes);
        QCOMPARE(text.read(from, from + length), whole.mid(from, length));
    }
}

// A state kept before a line writes the rest of the text from there, however far the original went on.
void tst_PrettyText::resumesFromAKeptState()
{
    const QByteArray input = records(50 * 1024);
    const json::WriteOptions options{false, 4};
    const QByteArray whole = json::dumps(json::parse(input).value, options);
    std::vector<std::pair<qint64, json::PrettyLines>> kept;
    json::PrettyLines lines(documentOf(input), 0, options);
    QCOMPARE(lines.writeAll(
                 1000, [&kept](qint64 at, const json::PrettyLines &state) { kept.emplace_back(at, state); }),
             whole.size());
    QVERIFY(lines.atEnd());
    QVERIFY(kept.size() > 40);
    for (auto &[at, state] : kept) {
        QCOMPARE(whole.at(at), at > 0 ? '\n' : '['); // a line starts with its line feed
        QByteArray rest;
        state.write(rest, whole.size());
        QVERIFY(state.atEnd());
        QCOMPARE(rest, whole.mid(at));
    }
}

// The Response panel's text: made on demand from the document when its lines are short, held whole
// when a line is longer than a megabyte; the same bytes either way, and handed to write as made.
void tst_PrettyText::longLinesAreHeldWhole()
{
    HttpResponseData response;
    response.status = 200;
    response.reason = "OK";
    const QByteArray head = "HTTP/1.1 200 OK\n\n";
    const auto check = [&](const QByteArray &body, bool whole, qint64 longestAtLeast) {
        response.body = body;
        QByteArray written;
        const std::shared_ptr<const TextSource> text = prettyResponseText(
            response, json::parseDocument(body), [&written](QByteArrayView piece) { written += piece; });
        const QByteArray expected = head + json::dumps(json::parse(body).value, json::WriteOptions{false, 4});
        QCOMPARE(text->whole() != nullptr, whole);
        QCOMPARE(text->read(0, text->size()), expected);
        QCOMPARE(written, expected);
        const PrettyText made(head, json::PrettyLines(documentOf(body), 0, json::WriteOptions{false, 4}));
        QVERIFY2(made.longestPage() >= longestAtLeast, QByteArray::number(made.longestPage()).constData());
        QVERIFY(made.longestPage() < longestAtLeast + 2 * PrettyText::PageBytes);
    };
    check(records(400 * 1024), false, PrettyText::PageBytes);
    const QByteArray string = '"' + QByteArray(70 * 1024, 'x') + '"';
    check("[1, " + string + ", 2]", true, string.size());
    check("[1, " + string.left(40 * 1024) + "\", 2]", false, 40 * 1024);
    // Deeper than a page's state may be kept: one page, as long as the text, which is held whole.
    QByteArray deep = QByteArray(400, '[') + QByteArray(400, ']');
    check(deep, true, 620 * 1000); // of the 637 kB, all but the lines of the first and last levels
    // A body that is not JSON is held whole, as it came, and written to nothing.
    response.body = "not json";
    QByteArray written;
    const std::shared_ptr<const TextSource> text = prettyResponseText(
        response, json::parseDocument(response.body), [&written](QByteArrayView piece) { written += piece; });
    QCOMPARE(text->read(0, text->size()), head + "not json");
    QVERIFY(written.isEmpty());
}

// Views and Find read one text from the GUI thread and workers at once.
void tst_PrettyText::readFromManyThreadsAtOnce()
{
    const QByteArray input = records(2 * 1024 * 1024);
    const QByteArray whole = json::dumps(json::parse(input).value, json::WriteOptions{false, 4});
    const PrettyText text({}, json::PrettyLines(documentOf(input), 0, json::WriteOptions{false, 4}));
    std::atomic<int> wrong = 0;
    std::vector<std::thread> readers;
    for (int t = 0; t < 4; ++t) {
        readers.emplace_back([&text, &whole, &wrong, t] {
            QRandomGenerator random{quint32(t)};
            for (int i = 0; i < 300; ++i) {
                const qint64 from = random.bounded(text.size());
                const qint64 length = random.bounded(4 * PrettyText::PageBytes);
                if (text.read(from, from + length) != whole.mid(from, length))
                    ++wrong;
            }
        });
    }
    for (std::thread &reader : readers)
        reader.join();
    QCOMPARE(wrong.load(), 0);
}

QTEST_GUILESS_MAIN(tst_PrettyText)
#include "tst_prettytext.moc"
