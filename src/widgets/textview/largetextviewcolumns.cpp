// LargeTextView: columns (code points from a line's start) and the byte offsets they are at, counted
// from the nearest point known, and the row of a line that the screen's columns show.
#include "largetextview.h"
#include "lineindex.h"
#include "utf8columns.h"

#include <algorithm>

namespace zd {

using utf8::continuation;

qint64 LargeTextView::offsetAt(qint64 line, qint64 column) const
{
    const qint64 start = m_index->lineStart(line);
    const qint64 end = m_index->lineEnd(line);
    // From the nearest point known: the line's start, the index's mark before the column, or the last
    // column looked up (before it, or after it and nearer).
    const ColumnMark kept = m_index->markBeforeColumn(start, end, column);
    qint64 offset = kept.offset;
    qint64 at = kept.column;
    if (m_mark.line == line && m_mark.offset <= end &&
        (m_mark.column <= column ? m_mark.column >= at : m_mark.column - column < column - at)) {
        offset = m_mark.offset;
        at = m_mark.column;
    }
    // Read on only as far as the columns wanted can reach (4 bytes at most a code point).
    while (at < column && offset < end) {
        const qint64 limit = std::min(end, offset + 4 * (column - at));
        qint64 moved = 0;
        offset += utf8::advance(window().bytes(offset, limit), 0, limit - offset, column - at, &moved);
        at += moved;
    }
    if (at > column) {
        const qint64 from = std::max(start, offset - 4 * (at - column)); // 4 bytes at most a code point
        const char *data = window().bytes(from, offset);                 // data[i] is the byte at from + i
        while (at > column && offset > from) {
            --offset;
            while (offset > from && continuation(data[offset - from]))
                --offset;
            --at;
        }
    }
    m_mark = {line, at, offset};
    return offset;
}

qint64 LargeTextView::columnOf(qint64 offset) const
{
    const qint64 line = m_index->lineOf(offset);
    const qint64 start = m_index->lineStart(line);
    offset = std::min(offset, m_index->lineEnd(line));
    qint64 column = 0;
    const auto columns = [this](qint64 from, qint64 to) {
        return utf8::countColumns(window().bytes(from, to), 0, to - from);
    };
    // Counted from the nearest point known: the line's start, the index's mark before the offset, or
    // the last column looked up (before it, or after it and nearer).
    const ColumnMark kept = m_index->markAtOrBefore(start, offset);
    if (m_mark.line == line && m_mark.offset <= offset && m_mark.offset >= kept.offset)
        column = m_mark.column + columns(m_mark.offset, offset);
    else if (m_mark.line == line && m_mark.offset > offset && m_mark.offset - offset < offset - kept.offset)
        column = m_mark.column - columns(offset, m_mark.offset);
    else
        column = kept.column + columns(kept.offset, offset);
    m_mark = {line, column, offset};
    return column;
}

LargeTextView::Row LargeTextView::row(qint64 line) const
{
    Row row;
    const qint64 begin = offsetAt(line, firstVisibleColumn());
    row.column = m_mark.column;
    const qint64 columns = visibleColumns() + 1;
    const qint64 end =
        std::min(m_index->lineEnd(line), begin + 4 * columns); // a code point has 4 bytes at most
    const char *data = window().bytes(begin, end);             // data[i] is the byte at begin + i
    qint64 offset = begin;
    for (qint64 i = 0; i < columns && offset < end; ++i) {
        row.offsets.push_back(offset);
        ++offset;
        while (offset < end && continuation(data[offset - begin]))
            ++offset;
    }
    row.offsets.push_back(offset);
    row.text = QString::fromUtf8(data, offset - begin);
    for (qsizetype i = 0; i < row.text.size(); ++i) {
        const QChar c = row.text.at(i);
        row.positions.push_back(int(i));
        if (c.isHighSurrogate() && i + 1 < row.text.size())
            ++i;
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            row.text[i] = u' '; // tabs and other controls take one column
    }
    row.positions.push_back(int(row.text.size()));
    // Bytes that are not UTF-8 decode to fewer characters: keep both lists the same length.
    const size_t n = std::min(row.offsets.size(), row.positions.size());
    row.offsets.resize(n);
    row.positions.resize(n);
    return row;
}

} // namespace zd
