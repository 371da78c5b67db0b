#include "lineindex.h"

#include "workerlink.h"

#include <QThreadPool>
#include <algorithm>
#include <cstring>

namespace zd {

namespace {

// Read at once on the GUI thread: enough for the first screens of any text.
constexpr qint64 FirstBytes = 256 * 1024;
// Handed back by the worker at a time.
constexpr qint64 ChunkBytes = 4 * 1024 * 1024;

} // namespace

LineIndex::LineIndex(QObject *parent) : QObject(parent) {}

LineIndex::~LineIndex()
{
    if (m_worker)
        m_worker->cut();
}

LineIndex::Chunk LineIndex::scan(const QByteArray &text, qint64 from, qint64 to, qint64 lineStart)
{
    Chunk chunk;
    chunk.scannedTo = to;
    const char *data = text.constData();
    qint64 start = lineStart;
    for (qint64 pos = from; pos < to;) {
        const void *found = std::memchr(data + pos, '\n', size_t(to - pos));
        if (!found)
            break;
        const qint64 feed = static_cast<const char *>(found) - data;
        chunk.longest = std::max(chunk.longest, feed - start);
        start = feed + 1;
        chunk.starts.push_back(start);
        pos = start;
    }
    return chunk;
}

void LineIndex::reset(const QByteArray &text)
{
    if (m_worker)
        m_worker->cut();
    m_worker.reset();
    m_text = text;
    m_starts.assign(1, 0);
    m_scannedTo = 0;
    m_longest = 0;
    const qint64 size = text.size();
    append(scan(text, 0, std::min(size, FirstBytes), 0));
    m_complete = m_scannedTo >= size;
    if (m_complete)
        return;
    const std::shared_ptr<WorkerLink> link = WorkerLink::to(this);
    m_worker = link;
    QThreadPool::globalInstance()->start([this, link, text, from = m_scannedTo, start = m_starts.back()] {
        qint64 pos = from;
        qint64 lineStart = start;
        while (pos < text.size() && !link->isCut()) {
            auto chunk =
                std::make_shared<Chunk>(scan(text, pos, std::min(text.size(), pos + ChunkBytes), lineStart));
            if (!chunk->starts.empty())
                lineStart = chunk->starts.back();
            pos = chunk->scannedTo;
            link->post([this, link, chunk] {
                if (link->isCut()) // reset since
                    return;
                append(*chunk);
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

void LineIndex::append(const Chunk &chunk)
{
    m_starts.insert(m_starts.end(), chunk.starts.begin(), chunk.starts.end());
    m_scannedTo = chunk.scannedTo;
    m_longest = std::max(m_longest, chunk.longest);
}

qint64 LineIndex::lineLimit(qint64 line) const
{
    return line + 1 < lineCount() ? m_starts[size_t(line + 1)] : m_scannedTo;
}

qint64 LineIndex::lineEnd(qint64 line) const
{
    const bool fed = line + 1 < lineCount();
    qint64 end = fed ? m_starts[size_t(line + 1)] - 1 : m_scannedTo;
    if (fed && end > lineStart(line) && m_text.at(end - 1) == '\r')
        --end;
    return end;
}

qint64 LineIndex::lineOf(qint64 offset) const
{
    const auto next = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
    return qint64(next - m_starts.begin()) - 1;
}

qint64 LineIndex::longestLine() const
{
    return std::max(m_longest, m_scannedTo - m_starts.back());
}

} // namespace zd
