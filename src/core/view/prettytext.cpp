#include "prettytext.h"

#include <algorithm>

namespace zd {

PrettyText::PrettyText(QByteArray head, json::PrettyLines lines,
                       const std::function<void(QByteArrayView)> &write)
    : m_head(std::move(head))
{
    const qint64 base = m_head.size();
    if (write)
        write(m_head);
    const auto mark = [this, base](qint64 offset, const json::PrettyLines &state) {
        m_pages.push_back(Page{base + offset, state});
    };
    m_size = base + lines.writeAll(PageBytes, mark, write);
    m_pages.shrink_to_fit(); // kept for as long as the text is shown
    for (size_t i = 0; i < m_pages.size(); ++i) {
        const qint64 end = i + 1 < m_pages.size() ? m_pages[i + 1].offset : m_size;
        m_longestPage = std::max(m_longestPage, end - m_pages[i].offset);
    }
}

QByteArray PrettyText::read(qint64 from, qint64 to) const
{
    from = std::clamp<qint64>(from, 0, m_size);
    to = std::clamp<qint64>(to, from, m_size);
    const qint64 base = m_head.size();
    QByteArray out;
    if (from < base) {
        out = m_head.mid(from, std::min(to, base) - from);
        from = base;
    }
    if (from >= to || m_pages.empty())
        return out;
    const auto after = std::upper_bound(m_pages.begin(), m_pages.end(), from,
                                        [](qint64 wanted, const Page &page) { return wanted < page.offset; });
    const Page &page = *(after - 1);
    json::PrettyLines lines = page.lines;
    // Written from the page's start after what out holds; what comes before from is then cut out.
    const qsizetype at = out.size();
    out.reserve(at + (to - page.offset) + 4096); // grown once: lines pass the end by a little, unless long
    lines.write(out, to - page.offset);
    out.remove(at, from - page.offset);
    out.truncate(at + (to - from));
    return out;
}

} // namespace zd
