#pragma once

#include "textsource.h"

#include "json/prettylines.h"
#include <functional>
#include <vector>

namespace zd {

// A head (held whole) and the pretty text of a JSON value after it, made again a page at a time when a
// range is asked: only where each page starts is kept, so a text larger than the body it comes from
// is never held whole.
class PrettyText final : public TextSource
{
public:
    // Where pages start: a range is written from the page it starts in.
    static constexpr qint64 PageBytes = 16 * 1024;

    // Writes the text once to count it and mark its pages (a worker does it for a large value),
    // handing it to write, if given, in pieces as it goes.
    PrettyText(QByteArray head, json::PrettyLines lines,
               const std::function<void(QByteArrayView)> &write = {});

    [[nodiscard]] qint64 size() const override { return m_size; }
    // The most bytes from the start of a page to the next (or the end): at least PageBytes, more where
    // a line is longer.
    [[nodiscard]] qint64 longestPage() const { return m_longestPage; }
    [[nodiscard]] QByteArray read(qint64 from, qint64 to) const override;

private:
    struct Page
    {
        qint64 offset; // in the whole text
        json::PrettyLines lines;
    };
    QByteArray m_head;
    std::vector<Page> m_pages;
    qint64 m_size = 0;
    qint64 m_longestPage = 0;
};

} // namespace zd
