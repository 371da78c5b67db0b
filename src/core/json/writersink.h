#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <cstring>
#include <functional>
#include <memory>

namespace zd::json::detail {

// Where the writers put their text, a few bytes at a time. Either written straight into a QByteArray,
// which grows as a large text comes (a large buffer grows in place: its pages are moved, not copied)
// and is left with no spare room, so a text is held once; or handed on in pieces as it is made, so it
// is never held whole: pieces of up to PieceBytes, and a run of more than half of that passed on at
// once.
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
    // All written so far: the QByteArray's size once finished (with what it held before), or what was
    // handed on and what is still to be.
    [[nodiscard]] qsizetype size() const { return m_base + (m_pos - m_start); }
    // Hands on all that was written: left in the QByteArray at its size, or passed to write. The
    // destructor does it too.
    void finish();

private:
    void makeRoom(qsizetype bytes);
    void putLarge(QByteArrayView bytes);
    void hand(QByteArrayView bytes);

    QByteArray *m_out = nullptr;
    qsizetype m_base = 0; // what the QByteArray held before, or what was handed on
    std::function<void(QByteArrayView)> m_write;
    std::unique_ptr<char[]> m_piece; // handed on when full
    char m_first[1024];              // the whole text of most requests, before the QByteArray is grown
    char *m_start = m_first;
    char *m_pos = m_first;
    char *m_end = m_first + sizeof m_first;
};

} // namespace zd::json::detail
