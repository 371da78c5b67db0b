#include "lineindex.h"

#include "workerlink.h"

#include <QThreadPool>
#include <algorithm>
#include <cstdint>
#include <cstring>

namespace zd {

namespace {

// Read at once on the GUI thread: enough for the first screens of any text.
constexpr qint64 FirstBytes = 256 * 1024;
// Handed back by the worker at a time: read in place from a text held whole, or read (and so held)
// from one made on demand.
constexpr qint64 ChunkBytes = 4 * 1024 * 1024;
constexpr qint64 ReadChunkBytes = 1024 * 1024;

} // namespace

LineIndex::LineIndex(QObject *parent) : QObject(parent) {}

LineIndex::~LineIndex()
{
    if (m_worker)
        m_worker->cut();
}

void LineIndex::reset(std::shared_ptr<const TextSource> text, std::vector<LineChunk> lines)
{
    startOver(std::move(text));
    for (LineChunk &chunk : lines)
        append(std::move(chunk));
    Q_ASSERT(m_scannedTo == m_text.size());
    m_complete = true;
}

void LineIndex::startOver(std::shared_ptr<const TextSource> text)
{
    if (m_worker)
        m_worker->cut();
    m_worker.reset();
    m_text.reset(std::move(text));
    m_blocks.assign(1, Block{0, 0, 1, 1, {0}});
    m_lineCount = 1;
    m_scannedTo = 0;
    m_longest = 0;
    m_tail = 0;
    m_marks.clear();
    m_complete = m_text.size() == 0;
}

void LineIndex::reset(std::shared_ptr<const TextSource> text)
{
    startOver(std::move(text));
    const qint64 size = m_text.size();
    const qint64 first = std::min(size, FirstBytes);
    append(scanLines(QByteArrayView(m_text.bytes(0, first), first), 0, 0, first == size));
    m_complete = m_scannedTo >= size;
    if (m_complete)
        return;
    const std::shared_ptr<WorkerLink> link = WorkerLink::to(this);
    m_worker = link;
    QThreadPool::globalInstance()->start([this, link, source = m_text.source(), from = m_scannedTo,
                                          carried = m_tail] {
        const qint64 size = source->size();
        const QByteArray *whole = source->whole();
        const qint64 step = whole ? ChunkBytes : ReadChunkBytes;
        qint64 pos = from;
        qint64 before = carried;
        while (pos < size && !link->isCut()) {
            const qint64 to = std::min(size, pos + step);
            const QByteArray read = whole ? QByteArray() : source->read(pos, to);
            const QByteArrayView bytes = whole ? QByteArrayView(whole->constData() + pos, to - pos) : read;
            auto chunk = std::make_shared<LineChunk>(scanLines(bytes, pos, before, to == size));
            before = chunk->tail;
            pos = to;
            link->post([this, link, chunk] {
                if (link->isCut()) // reset since
                    return;
                append(std::move(*chunk));
                Q_EMIT grown();
                if (m_scannedTo >= m_text.size()) {
                    m_complete = true;
                    m_worker.reset();
                    Q_EMIT completed();
                }
            });
        }
    });
}

void LineIndex::append(LineChunk &&chunk)
{
    m_scannedTo = chunk.scannedTo;
    m_longest = std::max(m_longest, chunk.longest);
    m_tail = chunk.tail;
    m_marks.insert(m_marks.end(), chunk.marks.begin(), chunk.marks.end());
    if (chunk.lines == 0)
        return;
    m_blocks.push_back(Block{m_lineCount, chunk.base, chunk.lines, chunk.stride, std::move(chunk.starts)});
    m_lineCount += chunk.lines;
}

const LineIndex::Block &LineIndex::blockOfLine(qint64 line) const
{
    const auto after =
        std::upper_bound(m_blocks.begin(), m_blocks.end(), line,
                         [](qint64 wanted, const Block &block) { return wanted < block.firstLine; });
    return *(after - 1);
}

qint64 LineIndex::skipLines(qint64 from, qint64 count) const
{
    // Read on in growing spans: a line may be long.
    qint64 at = from;
    for (qint64 span = 4096; count > 0 && at < m_scannedTo; span *= 2) {
        const qint64 to = std::min(m_scannedTo, at + span);
        const char *data = m_text.bytes(at, to);
        const char *pos = data;
        for (; count > 0; --count) {
            const void *feed = std::memchr(pos, '\n', size_t(to - at - (pos - data)));
            if (!feed)
                break;
            pos = static_cast<const char *>(feed) + 1;
            from = at + (pos - data);
        }
        at = to;
    }
    return from;
}

qint64 LineIndex::lineStart(qint64 line) const
{
    const Block &block = blockOfLine(line);
    const qint64 i = line - block.firstLine;
    return skipLines(block.start(size_t(i / block.stride)), i % block.stride);
}

qint64 LineIndex::lineLimit(qint64 line) const
{
    return line + 1 < lineCount() ? lineStart(line + 1) : m_scannedTo;
}

qint64 LineIndex::lineEnd(qint64 line) const
{
    const bool fed = line + 1 < lineCount();
    qint64 end = fed ? lineStart(line + 1) - 1 : m_scannedTo;
    if (fed && end > lineStart(line) && m_text.at(end - 1) == '\r')
        --end;
    return end;
}

qint64 LineIndex::lineOf(qint64 offset) const
{
    const auto after =
        std::upper_bound(m_blocks.begin(), m_blocks.end(), offset,
                         [](qint64 wanted, const Block &block) { return wanted < block.start(0); });
    const Block &block = *(after - 1);
    const auto next =
        std::upper_bound(block.starts.begin(), block.starts.end(), offset,
                         [&block](qint64 wanted, quint32 start) { return wanted < block.base + start; });
    const qint64 kept = qint64(next - block.starts.begin()) - 1;
    // Counted on from the kept start before offset: the line feeds before it, within the block.
    qint64 line = block.firstLine + kept * block.stride;
    if (block.stride == 1)
        return line;
    const qint64 lastLine = block.firstLine + block.lines - 1;
    const qint64 from = block.start(size_t(kept));
    const char *data = m_text.bytes(from, offset);
    for (qint64 at = 0; line < lastLine;) {
        const void *feed = std::memchr(data + at, '\n', size_t(offset - from - at));
        if (!feed)
            break;
        at = static_cast<const char *>(feed) - data + 1;
        ++line;
    }
    return line;
}

ColumnMark LineIndex::markAtOrBefore(qint64 start, qint64 offset) const
{
    const auto after =
        std::upper_bound(m_marks.begin(), m_marks.end(), offset,
                         [](qint64 wanted, const ColumnMark &mark) { return wanted < mark.offset; });
    if (after != m_marks.begin() && (after - 1)->offset > start) // no line feed between: the same line
        return *(after - 1);
    return {start, 0};
}

ColumnMark LineIndex::markBeforeColumn(qint64 start, qint64 end, qint64 column) const
{
    const auto byOffset = [](const ColumnMark &mark, qint64 wanted) { return mark.offset < wanted; };
    const auto first = std::lower_bound(m_marks.begin(), m_marks.end(), start + 1, byOffset);
    const auto last = std::lower_bound(first, m_marks.end(), end + 1, byOffset); // the line's: [first, last)
    const auto after = std::upper_bound(
        first, last, column, [](qint64 wanted, const ColumnMark &mark) { return wanted < mark.column; });
    if (after != first)
        return *(after - 1);
    return {start, 0};
}

qint64 LineIndex::longestLine() const
{
    return m_complete ? m_longest : std::max(m_longest, m_tail);
}

} // namespace zd
