#include "bodysource.h"

#include <QString>

namespace zd::demo {

namespace {

// '"' + (size - 2) times 'x' + '"'.
class StringBody : public BodySource
{
public:
    explicit StringBody(qint64 size) : m_size(size) {}
    qint64 size() const override { return m_size; }
    QByteArray next(qint64 maxBytes) override
    {
        const qint64 count = std::min(maxBytes, m_size - m_offset);
        if (count <= 0)
            return {};
        QByteArray out(qsizetype(count), 'x');
        if (m_offset == 0)
            out[0] = '"';
        if (m_offset + count == m_size)
            out[out.size() - 1] = '"';
        m_offset += count;
        return out;
    }

private:
    qint64 m_size;
    qint64 m_offset = 0;
};

// [{"id": 1, "name": "Customer 1", ...}, ...]: as many records as fit with the closing ']'.
class RecordsBody : public BodySource
{
public:
    explicit RecordsBody(qint64 limit)
    {
        // The record for n is a fixed text plus n written four times.
        qint64 total = 1;
        for (qint64 i = 1;; ++i) {
            const qint64 length = (i > 1 ? 2 : 0) + fixedLength + 4 * digits(i);
            if (total + length + 1 > limit)
                break;
            total += length;
            m_count = i;
        }
        m_size = total + 1;
    }
    qint64 size() const override { return m_size; }
    QByteArray next(qint64 maxBytes) override
    {
        QByteArray out;
        if (m_done)
            return out;
        out.reserve(qsizetype(maxBytes + 256));
        if (m_next == 0) {
            out += '[';
            m_next = 1;
        }
        while (m_next <= m_count && out.size() < maxBytes) {
            const QByteArray n = QByteArray::number(m_next);
            if (m_next > 1)
                out += ", ";
            out += QByteArray(R"({"id": )") + n + R"(, "name": "Customer )" + n + R"(", "email": "customer)" +
                   n + R"(@example.com", "active": true, "balance": )" + n + R"(.25, "tags": ["a", "b"]})";
            ++m_next;
        }
        if (m_next > m_count && out.size() < maxBytes) {
            out += ']';
            m_done = true;
        }
        return out;
    }

private:
    static qint64 digits(qint64 n)
    {
        qint64 count = 1;
        while (n >= 10) {
            n /= 10;
            ++count;
        }
        return count;
    }
    static constexpr qint64 fixedLength =
        qint64(sizeof(R"({"id": , "name": "Customer ", "email": "customer@example.com", "active": true, )"
                      R"("balance": .25, "tags": ["a", "b"]})") -
               1);

    qint64 m_size = 0;
    qint64 m_count = 0;
    qint64 m_next = 0;
    bool m_done = false;
};

} // namespace

QByteArray BodySource::readAll()
{
    QByteArray out;
    out.reserve(qsizetype(size()));
    for (QByteArray piece = next(1 << 20); !piece.isEmpty(); piece = next(1 << 20))
        out += piece;
    return out;
}

std::shared_ptr<BodySource> sizedStringBody(qint64 size)
{
    return std::make_shared<StringBody>(size);
}

std::shared_ptr<BodySource> sizedRecordsBody(qint64 size)
{
    return std::make_shared<RecordsBody>(size);
}

} // namespace zd::demo
