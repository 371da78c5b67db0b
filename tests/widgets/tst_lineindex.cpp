// The line index of the text views: each line's start, end and limit, and the line of each offset,
// and the longest line, as a plain walk over the text finds them, over a text read in several chunks
// by the worker (held whole, and read a range at a time as a text made on demand is), and over a text
// whose lines were found as it was written, in pieces of many sizes.
#include "textview/lineindex.h"
#include "view/textsource.h"

#include <QSignalSpy>
#include <QTest>

using namespace zd;

namespace {

// A fake for unit tests: the bytes given, read only a range at a time (never in place), as a text made
// on demand is read.
class OnDemandFake final : public TextSource
{
public:
    explicit OnDemandFake(QByteArray bytes) : m_bytes(std::move(bytes)) {}
    qint64 size() const override { return m_bytes.size(); }
    QByteArray read(qint64 from, qint64 to) const override { return m_bytes.mid(from, to - from); }

private:
    QByteArray m_bytes;
};

} // namespace

class tst_LineIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void agreesWithAWalkOverTheText_data();
    void agreesWithAWalkOverTheText();
};

void tst_LineIndex::agreesWithAWalkOverTheText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("how");
    QList<std::pair<const char *, QByteArray>> texts{
        {"empty", QByteArray()},
        {"one line", QByteArray("abc")},
        {"feeds only", QByteArray(40, '\n')},
        {"ends with a feed", QByteArray("a\nbb\r\nccc\n")},
    };
    // Lines of 0 to 60 bytes, some ended by CRLF, with two- and three-byte characters and one line of
    // 1 MB: about 13 MB, read in four chunks after the first screen.
    QByteArray mixed;
    for (int i = 0; mixed.size() < 13 * 1024 * 1024; ++i) {
        mixed += QByteArray(i % 61, char('a' + i % 26));
        if (i % 7 == 0)
            mixed += "\xc5\x81\xe2\x82\xac";
        if (i == 200000)
            mixed += QByteArray(1024 * 1024, 'L'); // a long line among short ones
        mixed += i % 5 == 0 ? "\r\n" : "\n";
    }
    texts.append({"13 MB of mixed lines", mixed});
    // Lines of 4 to 74 kB, every start kept, and a stretch of short ones among them.
    QByteArray longLines;
    for (int i = 0; longLines.size() < 9 * 1024 * 1024; ++i) {
        longLines += QByteArray(4096 + (i * 7919) % 70000, char('a' + i % 26));
        longLines += i % 3 == 0 ? "\r\n" : "\n";
        if (i == 40)
            longLines += QByteArray(300, '\n');
    }
    texts.append({"9 MB of long lines", longLines});
    // A line of 6 MB of two-byte characters, longer than a chunk, then a short one.
    texts.append(
        {"one line over two chunks", QString(u"\u00e9"_qs).repeated(3 * 1024 * 1024).toUtf8() + "\nab"});
    for (const auto &[name, text] : texts) {
        QTest::addRow("%s, held whole", name) << text << 0;
        QTest::addRow("%s, made on demand", name) << text << 1;
        QTest::addRow("%s, scanned as written", name) << text << 2;
    }
}

void tst_LineIndex::agreesWithAWalkOverTheText()
{
    QFETCH(QByteArray, text);
    QFETCH(int, how);
    LineIndex index;
    QSignalSpy completed(&index, &LineIndex::completed);
    if (how == 0) {
        index.reset(std::make_shared<WholeText>(text));
    } else if (how == 1) {
        index.reset(std::make_shared<OnDemandFake>(text));
    } else {
        LineScanner scanner;
        for (qint64 at = 0, piece = 1; at < text.size(); at += piece, piece = (piece * 7 + 13) % 100000)
            scanner.add(QByteArrayView(text).sliced(at, std::min(piece, text.size() - at)));
        index.reset(std::make_shared<OnDemandFake>(text), scanner.finish());
        QVERIFY(index.isComplete());
    }
    if (!index.isComplete())
        QVERIFY(completed.wait(20000));
    QVERIFY(index.isComplete());

    QList<qint64> starts{0};
    for (qint64 i = 0; i < text.size(); ++i) {
        if (text.at(i) == '\n')
            starts.append(i + 1);
    }
    QCOMPARE(index.lineCount(), starts.size());
    qint64 longest = 0; // in code points, a carriage return before a feed included
    for (qint64 line = 0; line < starts.size(); ++line) {
        const qint64 end = line + 1 < starts.size() ? starts[line + 1] - 1 : text.size();
        longest = std::max(
            longest, qint64(QString::fromUtf8(text.mid(starts[line], end - starts[line])).toUcs4().size()));
    }
    QCOMPARE(index.longestLine(), longest);
    for (qint64 line = 0; line < starts.size(); ++line) {
        QCOMPARE(index.lineStart(line), starts[line]);
        const qint64 limit = line + 1 < starts.size() ? starts[line + 1] : text.size();
        QCOMPARE(index.lineLimit(line), limit);
        qint64 end = line + 1 < starts.size() ? limit - 1 : limit;
        if (line + 1 < starts.size() && end > starts[line] && text.at(end - 1) == '\r')
            --end;
        QCOMPARE(index.lineEnd(line), end);
    }
    qint64 line = 0;
    for (qint64 offset = 0; offset < text.size(); offset += 1 + offset % 3) {
        while (line + 1 < starts.size() && starts[line + 1] <= offset)
            ++line;
        QCOMPARE(index.lineOf(offset), line);
    }
}

QTEST_GUILESS_MAIN(tst_LineIndex)
#include "tst_lineindex.moc"
