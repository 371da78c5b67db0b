#include "writersink.h"

#include <algorithm>

namespace zd::json::detail {

namespace {

constexpr qsizetype LargestBlockBytes = 4 * 1024 * 1024;

} // namespace

Sink::Sink(QByteArray &out) : m_out(&out) {}

Sink::Sink(std::function<void(QByteArrayView)> write) : m_write(std::move(write))
{
    startBlock(PieceBytes);
}

Sink::~Sink()
{
    finish();
}

void Sink::startBlock(qsizetype bytes)
{
    m_blocks.push_back({std::unique_ptr<char[]>(new char[size_t(bytes)]), 0});
    m_start = m_pos = m_blocks.back().data.get();
    m_end = m_start + bytes;
}

void Sink::makeRoom(qsizetype bytes)
{
    if (m_write) {
        m_write(QByteArrayView(m_start, m_pos - m_start));
        m_pos = m_start;
        return;
    }
    if (!m_blocks.empty())
        m_blocks.back().used = m_pos - m_start;
    else
        m_blocks.push_back({nullptr, m_pos - m_start}); // the first buffer, m_first
    startBlock(std::max(bytes, m_nextBlockBytes));
    m_nextBlockBytes = std::min(m_nextBlockBytes * 2, LargestBlockBytes);
}

void Sink::putLarge(QByteArrayView bytes)
{
    if (m_write) {
        makeRoom(0);
        if (bytes.size() > PieceBytes / 2) {
            m_write(bytes);
            return;
        }
    } else {
        const qsizetype fits = m_end - m_pos;
        std::memcpy(m_pos, bytes.data(), size_t(fits));
        m_pos += fits;
        bytes = bytes.sliced(fits);
        makeRoom(bytes.size());
    }
    std::memcpy(m_pos, bytes.data(), size_t(bytes.size()));
    m_pos += bytes.size();
}

void Sink::finish()
{
    if (m_write) {
        if (m_pos != m_start)
            m_write(QByteArrayView(m_start, m_pos - m_start));
        m_pos = m_start;
        return;
    }
    if (m_blocks.empty()) {
        m_out->append(m_first, m_pos - m_first);
    } else {
        m_blocks.back().used = m_pos - m_start;
        qsizetype total = 0;
        for (const Block &block : m_blocks)
            total += block.used;
        m_out->reserve(m_out->size() + total);
        // Each block is let go once copied, so the text is held about once.
        for (Block &block : m_blocks) {
            m_out->append(block.data ? block.data.get() : m_first, block.used);
            block.data.reset();
        }
        m_blocks.clear();
    }
    m_nextBlockBytes = 16 * 1024;
    m_start = m_pos = m_first;
    m_end = m_first + sizeof m_first;
}

} // namespace zd::json::detail
