#pragma once

#include "view/textsource.h"

#include <QByteArray>
#include <functional>

namespace zd {

// Finding a string in UTF-8 bytes, in chunks so that a worker can stop between them. Letters are
// matched without case by their ASCII forms only (other letters must match exactly).
struct TextSearch
{
    QByteArray needle;
    bool caseSensitive = false;
    bool backward = false;
    // Asked between chunks: true stops the search (it then finds nothing).
    std::function<bool()> stopped = [] { return false; };

    // The first match starting at or after from (forward), or the last starting before from
    // (backward), going round the text once; -1 when there is none. wrapped says it went round.
    [[nodiscard]] qint64 find(const TextSource &text, qint64 from, bool *wrapped = nullptr) const;

private:
    // The first (last) match lying wholly within text[begin, end).
    [[nodiscard]] qint64 first(const TextSource &text, qint64 begin, qint64 end) const;
    [[nodiscard]] qint64 last(const TextSource &text, qint64 begin, qint64 end) const;
    [[nodiscard]] QByteArray window(const TextSource &text, qint64 begin, qint64 end) const;
};

} // namespace zd
