// The line index of the text views: each line's start, end and limit, the line of its first, middle and
// last byte, the longest line, and the column marks along long lines, as a plain walk over the text finds
// them, over a text read in several chunks by the worker (held whole, and read a range at a time as a
// text made on demand is), and over a text whose lines were found as it was written, in pieces of many
// sizes.
#include "textview/lineindex.h"
#include "view/textsource.h"

#include <QSignalSpy>
#include <QTest>
#include <vector>

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

// The index of text, read one of four ways: held whole or made on demand (by the worker), or scanned as
// written, in pieces of many sizes, or in pieces that end at every carriage return and line feed.
void indexText(LineIndex &index, const QByteArray &text, int how)
{
    QSignalSpy completed(&index, &LineIndex::completed);
    if (how == 0) {
        index.reset(std::make_shared<WholeText>(text));
    } else if (how == 1) {
        index.reset(std::make_shared<OnDemandFake>(text));
    } else {
        LineScanner scanner;
        qint64 at = 0;
        for (qint64 piece = 1; how == 2 && at < text.size(); at += piece, piece = (piece * 7 + 13) % 100000)
            scanner.add(QByteArrayView(text).sliced(at, std::min(piece, text.size() - at)));
        for (qint64 i = 0; how == 3 && i <= text.size(); ++i) {
            if (i == text.size() || text.at(i) == '\r' || text.at(i) == '\n') {
                scanner.add(QByteArrayView(text).sliced(at, i - at));
                at = i;
            }
        }
        index.reset(std::make_shared<OnDemandFake>(text), scanner.finish());
    }
    if (!index.isComplete())
        QVERIFY(completed.wait(20000));
}

} // namespace

Q_DECLARE_METATYPE(Walk)

class tst_LineIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void agreesWithAWalkOverTheText_data();
    void agreesWithAWalkOverTheText();
    void marksAlongLongLines_data();
    void marksAlongLongLines();
    void marksOfAnEarlierTextAreGone();
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

void tst_LineIndex::marksAlongLongLines_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<Walk>("walk");
    QTest::addColumn<int>("how");
    // Short lines of one- to three-byte characters, which the pieces and chunks start inside of; lines
    // of 4 to 74 kB; a line of 6 MB of two-byte characters; one of 5 MB of one- to four-byte ones.
    QByteArray shortLines;
    for (int i = 0; shortLines.size() < 1024 * 1024; ++i)
        shortLines += QString(u"a\u00e9\u20ac"_qs).repeated(i % 23).toUtf8() + (i % 5 == 0 ? "\r\n" : "\n");
    QByteArray longLines;
    for (int i = 0; longLines.size() < 2 * 1024 * 1024; ++i)
        longLines += QByteArray(4096 + (i * 7919) % 70000, char('a' + i % 26)) + (i % 3 == 0 ? "\r\n" : "\n");
    const QList<std::pair<const char *, QByteArray>> texts{
        {"short lines", shortLines},
        {"long lines", longLines},
        {"one line over two chunks", QString(u"\u00e9"_qs).repeated(3 * 1024 * 1024).toUtf8() + "\nab"},
        {"a long line of mixed characters",
         "a\nbc\n" + QString(u"a\u00e9\u20ac\U0001F600"_qs).repeated(512 * 1024).toUtf8() + "\nd"},
    };
    for (const auto &[name, text] : texts) {
        const Walk walk = walkOver(text);
        QTest::addRow("%s, held whole", name) << text << walk << 0;
        QTest::addRow("%s, made on demand", name) << text << walk << 1;
        QTest::addRow("%s, scanned as written", name) << text << walk << 2;
        QTest::addRow("%s, scanned in pieces ending at each CR and LF", name) << text << walk << 3;
    }
}

void tst_LineIndex::agreesWithAWalkOverTheText()
{
    QFETCH(QByteArray, text);
    QFETCH(Walk, walk);
    QFETCH(int, how);
    LineIndex index;
    indexText(index, text, how);
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

namespace {

// The code points in text from a line's start to an offset: counted on from the last offset asked, or
// from the count kept every 4 kB before one asked that is behind it.
class CodePoints
{
public:
    CodePoints(const QByteArray &text, qint64 start) : m_text(text.constData()), m_start(start), m_at(start)
    {}
    qint64 to(qint64 offset)
    {
        if (offset < m_at) {
            const qint64 kept = (offset - m_start) / Step;
            m_at = m_start + kept * Step;
            m_count = m_kept[size_t(kept)];
        }
        for (; m_at < offset; ++m_at) {
            if ((m_at - m_start) % Step == 0 && qint64(m_kept.size()) == (m_at - m_start) / Step)
                m_kept.push_back(m_count);
            m_count += (uchar(m_text[m_at]) & 0xC0) != 0x80 ? 1 : 0;
        }
        return m_count;
    }

private:
    static constexpr qint64 Step = 4096;
    const char *m_text;
    qint64 m_start;
    qint64 m_at;
    qint64 m_count = 0;
    std::vector<qint64> m_kept; // the count at m_start + i * Step
};

// The marks the index gives for an offset or a column of each line are in that line, at the start of
// a code point, carry the code points before them in the line, and lie at most MarkBytes (and a
// character) before what is asked.
void checkMarks(const LineIndex &index, const QByteArray &text, const QList<qint64> &starts)
{
    for (qint64 line = 0; line < starts.size(); ++line) {
        const qint64 start = starts[line];
        const qint64 end = index.lineEnd(line);
        CodePoints codePoints(text, start);
        // Short lines are asked at their end only; long ones every 64 kB along them, offset and column.
        QList<qint64> offsets;
        if (end - start > 65536) {
            for (qint64 at = start; at < end; at += 65536)
                offsets.append(at);
        }
        offsets.append(end);
        for (const qint64 offset : offsets) {
            const ColumnMark mark = index.markAtOrBefore(start, offset);
            const bool inLine = mark.offset >= start && mark.offset <= offset;
            const bool onCodePoint = mark.offset == start || (uchar(text.at(mark.offset)) & 0xC0) != 0x80;
            if (!inLine || !onCodePoint || mark.column != codePoints.to(mark.offset) ||
                offset - mark.offset > MarkBytes + 3) {
                qWarning("line %lld: the mark for offset %lld is at %lld, column %lld", line, offset,
                         mark.offset, mark.column);
                QVERIFY(inLine);
                QVERIFY(onCodePoint);
                QCOMPARE(mark.column, codePoints.to(mark.offset));
                QVERIFY(offset - mark.offset <= MarkBytes + 3);
            }
            const qint64 column = codePoints.to(offset);
            const ColumnMark before = index.markBeforeColumn(start, end, column);
            if (before.offset < start || before.offset > end || before.column > column ||
                before.column != codePoints.to(before.offset) || column - before.column > MarkBytes + 3) {
                qWarning("line %lld: the mark for column %lld is at %lld, column %lld", line, column,
                         before.offset, before.column);
                QVERIFY(before.offset >= start && before.offset <= end);
                QVERIFY(before.column <= column);
                QCOMPARE(before.column, codePoints.to(before.offset));
                QVERIFY(column - before.column <= MarkBytes + 3);
            }
        }
    }
}

} // namespace

void tst_LineIndex::marksAlongLongLines()
{
    QFETCH(QByteArray, text);
    QFETCH(Walk, walk);
    QFETCH(int, how);
    LineIndex index;
    indexText(index, text, how);
    QVERIFY(index.isComplete());
    checkMarks(index, text, walk.starts);
}

// An index reset on another text keeps none of the first one's marks.
void tst_LineIndex::marksOfAnEarlierTextAreGone()
{
    const QByteArray first = QString(u"\u00e9"_qs).repeated(3 * 1024 * 1024).toUtf8();
    const QByteArray second = "a\nbc\n" + QString(u"a\u20ac"_qs).repeated(1024 * 1024).toUtf8() + "\nd";
    LineIndex index;
    for (int how = 0; how < 4; ++how) {
        indexText(index, first, how);
        indexText(index, second, how);
        QVERIFY(index.isComplete());
        checkMarks(index, second, walkOver(second).starts);
        if (QTest::currentTestFailed())
            return;
    }
}

QTEST_GUILESS_MAIN(tst_LineIndex)
#include "tst_lineindex.moc"
