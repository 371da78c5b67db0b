#pragma once

#include "linescan.h"
#include "textwindow.h"

#include <QByteArray>
#include <QObject>
#include <memory>
#include <vector>

namespace zd {

class WorkerLink;

// Where each line of a UTF-8 text starts. The first lines are found at once, the rest by a worker
// thread in chunks, so a view can show its first screen before the whole text is read; grown()
// says more lines are known, completed() that all are.
class LineIndex : public QObject
{
    Q_OBJECT
public:
    explicit LineIndex(QObject *parent = nullptr);
    ~LineIndex() override;

    // Starts over on text (shared, not copied); an earlier worker is told to stop.
    void reset(std::shared_ptr<const TextSource> text);
    // The same with all of its lines, found as it was written (a LineScanner's): complete at once.
    void reset(std::shared_ptr<const TextSource> text, std::vector<LineChunk> lines);
    [[nodiscard]] bool isComplete() const { return m_complete; }
    // The text, read through the range it last read (which a view reading it too shares).
    [[nodiscard]] const TextWindow &text() const { return m_text; }
    // Lines known so far (at least one); the last may still grow until isComplete().
    [[nodiscard]] qint64 lineCount() const { return m_lineCount; }
    [[nodiscard]] qint64 lineStart(qint64 line) const;
    // Where the line's text ends: before its line feed (and a carriage return before that).
    [[nodiscard]] qint64 lineEnd(qint64 line) const;
    // Where the next line starts (after the line feed), or the end of what is read.
    [[nodiscard]] qint64 lineLimit(qint64 line) const;
    // The line an offset is in.
    [[nodiscard]] qint64 lineOf(qint64 offset) const;
    // The longest line known, in characters (code points).
    [[nodiscard]] qint64 longestLine() const;
    // Where to count a column from in the line that starts at start: the last mark (ColumnMark) of the
    // line at or before offset, or the last before column; the line's start (column 0) if none is.
    [[nodiscard]] ColumnMark markAtOrBefore(qint64 start, qint64 offset) const;
    [[nodiscard]] ColumnMark markBeforeColumn(qint64 start, qint64 end, qint64 column) const;
    // How far the text is read.
    [[nodiscard]] qint64 indexedBytes() const { return m_scannedTo; }

Q_SIGNALS:
    void grown();
    void completed();

private:
    void startOver(std::shared_ptr<const TextSource> text);
    void append(LineChunk &&chunk);
    // The start of the line count lines after the one that starts at from.
    [[nodiscard]] qint64 skipLines(qint64 from, qint64 count) const;

    // The line starts as they were found (by the worker, or as the text was written), block by block:
    // never copied again as they grow.
    struct Block
    {
        qint64 firstLine = 0;
        qint64 base = 0;
        qint64 lines = 0;
        qint64 stride = 1;
        std::vector<quint32> starts; // from base: lines firstLine, firstLine + stride, ...
        [[nodiscard]] qint64 start(size_t i) const { return base + qint64(starts[i]); }
    };
    [[nodiscard]] const Block &blockOfLine(qint64 line) const;
    TextWindow m_text;
    std::vector<Block> m_blocks{{0, 0, 1, 1, {0}}};
    qint64 m_lineCount = 1;
    qint64 m_scannedTo = 0;
    qint64 m_longest = 0;
    qint64 m_tail = 0;               // characters of the last line so far
    std::vector<ColumnMark> m_marks; // in the order of their offsets
    bool m_complete = true;
    std::shared_ptr<WorkerLink> m_worker;
};

} // namespace zd
