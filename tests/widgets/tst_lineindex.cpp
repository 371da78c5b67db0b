// The line index of the text views: each line's start, end and limit, and the line of each offset,
// as a plain walk over the text finds them, over a text read in several chunks by the worker.
#include "textview/lineindex.h"

#include <QSignalSpy>
#include <QTest>

using namespace zd;

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
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one line") << QByteArray("abc");
    QTest::newRow("feeds only") << QByteArray(40, '\n');
    QTest::newRow("ends with a feed") << QByteArray("a\nbb\r\nccc\n");
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
    QTest::newRow("13 MB of mixed lines") << mixed;
    // Lines of 4 to 74 kB, every start kept, and a stretch of short ones among them.
    QByteArray longLines;
    for (int i = 0; longLines.size() < 9 * 1024 * 1024; ++i) {
        longLines += QByteArray(4096 + (i * 7919) % 70000, char('a' + i % 26));
        longLines += i % 3 == 0 ? "\r\n" : "\n";
        if (i == 40)
            longLines += QByteArray(300, '\n');
    }
    QTest::newRow("9 MB of long lines") << longLines;
}

void tst_LineIndex::agreesWithAWalkOverTheText()
{
    QFETCH(QByteArray, text);
    LineIndex index;
    QSignalSpy completed(&index, &LineIndex::completed);
    index.reset(text);
    if (!index.isComplete())
        QVERIFY(completed.wait(20000));
    QVERIFY(index.isComplete());

    QList<qint64> starts{0};
    for (qint64 i = 0; i < text.size(); ++i) {
        if (text.at(i) == '\n')
            starts.append(i + 1);
    }
    QCOMPARE(index.lineCount(), starts.size());
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
