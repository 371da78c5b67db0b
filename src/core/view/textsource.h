#pragma once

#include <QByteArray>

namespace zd {

// A text of any size, read a range at a time: held whole, or made again from what it is written from
// when a range is asked. A source does not change once made, and is read from any thread.
class TextSource
{
public:
    virtual ~TextSource() = default;
    [[nodiscard]] virtual qint64 size() const = 0;
    // The bytes [from, to) (within the text).
    [[nodiscard]] virtual QByteArray read(qint64 from, qint64 to) const = 0;
    // The whole text when it is held, to be read in place; else nullptr.
    [[nodiscard]] virtual const QByteArray *whole() const { return nullptr; }
};

// A text held whole (shared, not copied).
class WholeText final : public TextSource
{
public:
    explicit WholeText(QByteArray bytes) : m_bytes(std::move(bytes)) {}
    [[nodiscard]] qint64 size() const override { return m_bytes.size(); }
    [[nodiscard]] QByteArray read(qint64 from, qint64 to) const override
    {
        Q_ASSERT(0 <= from && from <= to && to <= size());
        return m_bytes.mid(from, to - from);
    }
    [[nodiscard]] const QByteArray *whole() const override { return &m_bytes; }

private:
    QByteArray m_bytes;
};

} // namespace zd
