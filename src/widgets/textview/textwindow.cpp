#include "textwindow.h"

#include <algorithm>

namespace zd {

namespace {

// Read on each side of a range that is not kept: the lines around what is on screen.
constexpr qint64 AroundBytes = 32 * 1024;

} // namespace

TextWindow::TextWindow()
{
    reset(nullptr);
}

void TextWindow::reset(std::shared_ptr<const TextSource> source)
{
    m_source = source ? std::move(source) : std::make_shared<WholeText>(QByteArray());
    m_size = m_source->size();
    const QByteArray *whole = m_source->whole();
    m_whole = whole ? whole->constData() : nullptr;
    m_kept.clear();
    m_keptFrom = 0;
}

const char *TextWindow::bytes(qint64 from, qint64 to) const
{
    Q_ASSERT(0 <= from && from <= to && to <= m_size);
    if (m_whole)
        return m_whole + from;
    if (from < m_keptFrom || to > m_keptFrom + m_kept.size()) {
        m_keptFrom = std::max<qint64>(0, from - AroundBytes);
        m_kept = m_source->read(m_keptFrom, std::min(m_size, to + AroundBytes));
    }
    return m_kept.constData() + (from - m_keptFrom);
}

} // namespace zd
