#include "writersink.h"

#include <algorithm>

namespace zd::json::detail {

namespace {

constexpr qsizetype LargestBlockBytes = 4 * 1024 * 1024;
constexpr qsizetype LastingRunBytes = 256 * 1024;

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
    Block block{std::unique_ptr<char[]>(new char[size_t(bytes)])};
    block.from = m_start = m_pos = block.data.get();
    m_end = m_start + bytes;
    m_blocks.push_back(std::move(block));
}

// Records what the block being written holds (the first buffer becomes a block of its own).
void Sink::closeBlock()
{
    if (m_blocks.empty() || m_blocks.back().from != m_start)
        m_blocks.push_back({nullptr, m_start});
    m_blocks.back().used = m_pos - m_start;
}

void Sink::putLasting(QByteArrayView bytes)
{
    if (m_write || bytes.size() < LastingRunBytes) {
        put(bytes);
        return;
    }
    closeBlock();
    // The rest of the block being written follows the lasting bytes: its owner moves along, so it
    // is let go after its last part is copied.
    Block rest{std::move(m_blocks.back().data), m_pos};
    m_blocks.push_back({nullptr, bytes.data(), bytes.size()});
    m_blocks.push_back(std::move(rest));
    m_start = m_pos;
}

void Sink::makeRoom(qsizetype bytes)
{
    if (m_write) {
        Q_ASSERT(bytes <= PieceBytes);
        if (m_pos != m_start)
            m_write(QByteArrayView(m_start, m_pos - m_start));
        m_pos = m_start;
        return;
    }
    closeBlock();
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
        closeBlock();
        qsizetype total = 0;
        for (const Block &block : m_blocks)
            total += block.used;
        m_out->reserve(m_out->size() + total);
        // Each block is let go once copied, so the text is held about once.
        for (Block &block : m_blocks) {
            m_out->append(block.from, block.used);
            block.data.reset();
        }
        m_blocks.clear();
    }
    m_nextBlockBytes = 16 * 1024;
    m_start = m_pos = m_first;
    m_end = m_first + sizeof m_first;
}

} // namespace zd::json::detail
