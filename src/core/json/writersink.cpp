#include "writersink.h"

#include <algorithm>

namespace zd::json::detail {

Sink::Sink(QByteArray &out) : m_out(&out), m_base(out.size()) {}

Sink::Sink(std::function<void(QByteArrayView)> write)
    : m_write(std::move(write)), m_piece(new char[size_t(PieceBytes)])
{
    m_start = m_pos = m_piece.get();
    m_end = m_start + PieceBytes;
}

Sink::~Sink()
{
    finish();
}

void Sink::hand(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    m_write(bytes);
    m_base += bytes.size();
}

void Sink::makeRoom(qsizetype bytes)
{
    if (m_write) {
        Q_ASSERT(bytes <= PieceBytes);
        hand(QByteArrayView(m_start, m_pos - m_start));
        m_pos = m_start;
        return;
    }
    // The QByteArray's size is all the room there is, so what is written is always within its size
    // and kept as it grows; bytes past what is written are not touched until they are.
    const qsizetype used = m_pos - m_start;
    const qsizetype room = std::max(bytes, std::max<qsizetype>(used, 16 * 1024));
    const bool first = m_start == m_first;
    m_out->resize(m_base + used + room);
    char *start = m_out->data() + m_base;
    if (first)
        std::memcpy(start, m_first, size_t(used));
    m_start = start;
    m_pos = start + used;
    m_end = m_out->data() + m_out->size();
}

void Sink::putLarge(QByteArrayView bytes)
{
    if (m_write) {
        makeRoom(0);
        if (bytes.size() > PieceBytes / 2) {
            hand(bytes);
            return;
        }
    } else {
        makeRoom(bytes.size());
    }
    std::memcpy(m_pos, bytes.data(), size_t(bytes.size()));
    m_pos += bytes.size();
}

void Sink::finish()
{
    if (m_write) {
        hand(QByteArrayView(m_start, m_pos - m_start));
        m_pos = m_start;
        return;
    }
    const qsizetype used = m_pos - m_start;
    if (m_start == m_first) {
        m_out->append(m_first, used);
    } else {
        m_out->resize(m_base + used);
        m_out->squeeze(); // no spare room: a large buffer gives it back in place
    }
    m_base = m_out->size();
    m_start = m_pos = m_first;
    m_end = m_first + sizeof m_first;
}

} // namespace zd::json::detail
