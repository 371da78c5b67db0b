#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <cstring>
#include <functional>
#include <memory>
#include <vector>

namespace zd::json::detail {

// Where the writers put their text, a few bytes at a time. Either gathered in blocks and joined once
// into a QByteArray when finished (a large text is written once and made in one allocation of its
// size, with no doubling buffer beside it), or handed on in pieces as it is made, so it is never held
// whole: pieces of up to PieceBytes, and a run of more than half of that passed on at once.
class Sink
{
public:
    static constexpr qsizetype PieceBytes = 64 * 1024;

    explicit Sink(QByteArray &out);
    explicit Sink(std::function<void(QByteArrayView)> write);
    ~Sink();
    Sink(const Sink &) = delete;
    Sink &operator=(const Sink &) = delete;

    void put(char c)
    {
        if (m_pos == m_end)
            makeRoom(1);
        *m_pos++ = c;
    }
    void put(QByteArrayView bytes)
    {
        if (bytes.size() > m_end - m_pos) {
            putLarge(bytes);
            return;
        }
        std::memcpy(m_pos, bytes.data(), size_t(bytes.size()));
        m_pos += bytes.size();
    }
    // Room for bytes (at most PieceBytes) at the returned position; advance() past what was written.
    char *room(qsizetype bytes)
    {
        if (m_end - m_pos < bytes)
            makeRoom(bytes);
        return m_pos;
    }
    void advance(qsizetype bytes) { m_pos += bytes; }
    // The same as put(), for bytes that outlive the Sink (a document's): a large run of them is
    // copied once, when the text is joined, and not held a second time in a block meanwhile.
    void putLasting(QByteArrayView bytes);
    // Hands on all that was written: joined into the QByteArray, or passed to write. The destructor
    // does it too.
    void finish();

private:
    struct Block
    {
        std::unique_ptr<char[]> data; // empty for the first buffer and for lasting bytes
        const char *from = nullptr;
        qsizetype used = 0;
    };
    void makeRoom(qsizetype bytes);
    void putLarge(QByteArrayView bytes);
    void startBlock(qsizetype bytes);
    void closeBlock();

    QByteArray *m_out = nullptr;
    std::function<void(QByteArrayView)> m_write;
    std::vector<Block> m_blocks;
    qsizetype m_nextBlockBytes = 16 * 1024;
    char m_first[1024]; // the whole text of most requests, with no allocation
    char *m_start = m_first;
    char *m_pos = m_first;
    char *m_end = m_first + sizeof m_first;
};

} // namespace zd::json::detail
