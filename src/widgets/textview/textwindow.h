#pragma once

#include "view/textsource.h"

#include <QByteArray>
#include <memory>

namespace zd {

// What a view reads of a TextSource, a range at a time, on one thread: a text held whole is read in
// place; one made on demand is read with some of what is around the range asked, and kept until a
// range beyond it is asked.
class TextWindow
{
public:
    TextWindow();
    void reset(std::shared_ptr<const TextSource> source);
    [[nodiscard]] const std::shared_ptr<const TextSource> &source() const { return m_source; }
    [[nodiscard]] qint64 size() const { return m_size; }
    // The bytes [from, to) (within the text), valid until the next call.
    [[nodiscard]] const char *bytes(qint64 from, qint64 to) const;
    [[nodiscard]] char at(qint64 offset) const { return *bytes(offset, offset + 1); }

private:
    std::shared_ptr<const TextSource> m_source;
    qint64 m_size = 0;
    const char *m_whole = nullptr;
    mutable QByteArray m_kept;
    mutable qint64 m_keptFrom = 0;
};

} // namespace zd
