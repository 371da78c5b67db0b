#pragma once

#include <QByteArrayView>
#include <vector>

namespace zd {

// Where lines are short (under LongLineBytes on average in a chunk), one line start in LineStride is
// kept: the others are found from it, a few line feeds on. Where they are long, every one is.
constexpr qint64 LineStride = 16;
constexpr qint64 LongLineBytes = 4096;

// A code point inside a line, and its column (code points before it in its line): kept every MarkBytes
// or so along a long line, and where a chunk starts inside a line, so that a column far along a line
// is found by counting from the mark before it, not from the line's start.
constexpr qint64 MarkBytes = 1024 * 1024;
struct ColumnMark
{
    qint64 offset = 0;
    qint64 column = 0;
};

// The lines that start after a line feed in the bytes of a text from base on: their count, and the
// start of the first of them and of every stride-th after it, as offsets from base, which a chunk of at
// most 4 GB keeps in four bytes each. longest is the longest line (in characters) ended there, the
// line base is in counting carried characters before base, or ended by the end of the text (ends).
// tail is the characters of the last line so far; marks are the ColumnMarks of the lines in the bytes.
struct LineChunk
{
    qint64 base = 0;
    qint64 lines = 0;
    qint64 stride = 1;
    std::vector<quint32> starts;
    qint64 scannedTo = 0;
    qint64 longest = 0;
    qint64 tail = 0;
    std::vector<ColumnMark> marks;
};
[[nodiscard]] LineChunk scanLines(QByteArrayView bytes, qint64 base, qint64 carried, bool ends);

// The lines of a text found while it is written, a piece at a time in order, so that it need not be
// read again to index it (LineIndex::reset with finish()).
class LineScanner
{
public:
    void add(QByteArrayView piece);
    [[nodiscard]] std::vector<LineChunk> finish();

private:
    std::vector<LineChunk> m_chunks;
    qint64 m_at = 0;
    qint64 m_tail = 0;
};

} // namespace zd
