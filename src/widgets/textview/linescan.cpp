#include "linescan.h"

#include "utf8columns.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace zd {

LineChunk scanLines(QByteArrayView bytes, qint64 base, qint64 carried, bool ends)
{
    Q_ASSERT(bytes.size() <= qint64(UINT32_MAX));
    LineChunk chunk;
    chunk.base = base;
    chunk.scannedTo = base + bytes.size();
    const char *data = bytes.data();
    const qint64 size = bytes.size();
    // A line's part that starts the chunk, after characters in the chunks before it, gets a mark.
    const auto continues = [](qint64 before, qint64 start) { return start == 0 && before > 0; };
    // The characters of a line's part [start, end), before characters before it: counted MarkBytes
    // at a time, with a mark after each, and one at the first code point of a line the chunk starts in.
    const auto count = [&chunk, &continues, data, base](qint64 before, qint64 start, qint64 end) {
        qint64 at = start;
        if (continues(before, start)) {
            while (at < end && utf8::continuation(data[at]))
                ++at; // none of these starts a code point
            if (at < end)
                chunk.marks.push_back({base + at, before});
        }
        qint64 column = before;
        while (end - at > MarkBytes) {
            qint64 next = at + MarkBytes;
            while (next < end && utf8::continuation(data[next]))
                ++next;
            column += utf8::countColumns(data, at, next);
            at = next;
            if (at < end)
                chunk.marks.push_back({base + at, column});
        }
        return column + utf8::countColumns(data, at, end);
    };
    // A line has at most as many characters as bytes: only a line longer in bytes is counted, or one
    // that is marked.
    const auto measure = [&chunk, &count, &continues](qint64 before, qint64 start, qint64 end) {
        if (before + end - start > chunk.longest || end - start > MarkBytes || continues(before, start))
            chunk.longest = std::max(chunk.longest, count(before, start, end));
    };
    qint64 start = 0;
    qint64 before = carried;
    for (qint64 pos = 0; pos < size;) {
        const void *found = std::memchr(data + pos, '\n', size_t(size - pos));
        if (!found)
            break;
        const qint64 feed = static_cast<const char *>(found) - data;
        measure(before, start, feed);
        before = 0;
        start = feed + 1;
        chunk.starts.push_back(quint32(start));
        ++chunk.lines;
        pos = start;
    }
    chunk.tail = count(before, start, size);
    if (chunk.lines > 0 && size / chunk.lines < LongLineBytes) { // short lines: one start in LineStride
        chunk.stride = LineStride;
        for (qint64 i = 0; i * LineStride < chunk.lines; ++i)
            chunk.starts[size_t(i)] = chunk.starts[size_t(i * LineStride)];
        chunk.starts.resize(size_t((chunk.lines + LineStride - 1) / LineStride));
    }
    if (ends) // the last line ends with the text
        chunk.longest = std::max(chunk.longest, chunk.tail);
    chunk.starts.shrink_to_fit(); // kept for as long as the text is shown
    chunk.marks.shrink_to_fit();
    return chunk;
}

void LineScanner::add(QByteArrayView piece)
{
    if (piece.isEmpty())
        return;
    m_chunks.push_back(scanLines(piece, m_at, m_tail, false));
    m_tail = m_chunks.back().tail;
    m_at += piece.size();
}

std::vector<LineChunk> LineScanner::finish()
{
    if (!m_chunks.empty()) // the last line ends with the text
        m_chunks.back().longest = std::max(m_chunks.back().longest, m_tail);
    return std::move(m_chunks);
}

} // namespace zd
