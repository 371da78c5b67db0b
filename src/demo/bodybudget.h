#pragma once

#include <QtGlobal>

namespace zd::demo {

// The memory all connections together may claim for request bodies being read. A body claims its
// Content-Length as soon as its header is complete (a chunked one, what it has read so far); past
// the budget it gets 503 before more of it is read.
class BodyBudget
{
public:
    explicit BodyBudget(qint64 limit) : m_limit(limit) {}

    [[nodiscard]] bool claim(qint64 bytes)
    {
        if (m_used + bytes > m_limit)
            return false;
        m_used += bytes;
        return true;
    }
    void release(qint64 bytes) { m_used -= bytes; }
    [[nodiscard]] qint64 used() const { return m_used; }
    [[nodiscard]] qint64 limit() const { return m_limit; }

private:
    qint64 m_limit;
    qint64 m_used = 0;
};

} // namespace zd::demo
