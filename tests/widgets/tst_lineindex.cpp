// The line index of the text views: each line's start, end and limit, the line of its first, middle and last
// byte, and the longest line, as a plain walk over the text finds them, over a text read in several chunks by
// the worker (held whole, and read a range at a time as a text made on demand is), and over a text whose
// lines were found as it was written, in pieces of many sizes.
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

// What a plain walk over the text finds: each line's start, and the longest line in code points (a
// carriage return before a feed included).
struct Walk
{
    QList<qint64> starts{0};
    qint64 longest = 0;
};

Walk walkOver(const QByteArray &text)
{
    Walk walk;
    for (qint64 i = 0; i < text.size(); ++i) {
        if (text.at(i) == '\n')
            walk.starts.append(i + 1);
    }
    for (qint64 line = 0; line < walk.starts.size(); ++line) {
        const qint64 end = line + 1 < walk.starts.size() ? walk.starts[line + 1] - 1 : text.size();
        const QByteArray bytes = text.mid(walk.starts[line], end - walk.starts[line]);
        walk.longest = std::max(walk.longest, qint64(QString::fromUtf8(bytes).toUcs4().size()));
    }
    return walk;
}

} // namespace

Q_DECLARE_METATYPE(Walk)

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
    QTest::addColumn<Walk>("walk");
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
        const Walk walk = walkOver(text); // once for the three ways of reading it
        QTest::addRow("%s, held whole", name) << text << walk << 0;
        QTest::addRow("%s, made on demand", name) << text << walk << 1;
        QTest::addRow("%s, scanned as written", name) << text << walk << 2;
    }
}

void tst_LineIndex::agreesWithAWalkOverTheText()
{
    QFETCH(QByteArray, text);
    QFETCH(Walk, walk);
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

    const QList<qint64> &starts = walk.starts;
    QCOMPARE(index.lineCount(), starts.size());
    QCOMPARE(index.longestLine(), walk.longest);
    // Each line and offset is compared in plain code, and only the first that differs through QCOMPARE:
    // a QCOMPARE for each of a million lines is slow in the sanitizers' build.
    for (qint64 line = 0; line < starts.size(); ++line) {
        const qint64 limit = line + 1 < starts.size() ? starts[line + 1] : text.size();
        qint64 end = line + 1 < starts.size() ? limit - 1 : limit;
        if (line + 1 < starts.size() && end > starts[line] && text.at(end - 1) == '\r')
            --end;
        if (index.lineStart(line) != starts[line] || index.lineLimit(line) != limit ||
            index.lineEnd(line) != end) {
            qWarning("line %lld of %lld differs", line, qint64(starts.size()));
            QCOMPARE(index.lineStart(line), starts[line]);
            QCOMPARE(index.lineLimit(line), limit);
            QCOMPARE(index.lineEnd(line), end);
        }
        // The line of its first, middle and last byte (its feed): lineOf counts feeds from the start
        // kept before the offset, so these are where a count off by one shows.
        for (const qint64 offset : {starts[line], (starts[line] + limit) / 2, limit - 1}) {
            if (offset >= starts[line] && offset < limit && index.lineOf(offset) != line) {
                qWarning("the line of offset %lld differs", offset);
                QCOMPARE(index.lineOf(offset), line);
            }
        }
    }
}

QTEST_GUILESS_MAIN(tst_LineIndex)
#include "tst_lineindex.moc"
