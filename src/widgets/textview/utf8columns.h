#pragma once

#include <QtGlobal>
#include <cstring>

namespace zd::utf8 {

// Columns are code points: a byte starts one unless it is a continuation byte (10xxxxxx). Long lines
// are read eight bytes at a time.

[[nodiscard]] inline bool continuation(char c)
{
    return (uchar(c) & 0xC0) == 0x80;
}

// The bytes of data[at, at + 8) that start a code point.
[[nodiscard]] inline int startsIn(const char *data, qint64 at)
{
    quint64 word = 0;
    std::memcpy(&word, data + at, sizeof word);
    const quint64 continuations = word & ~(word << 1) & 0x8080808080808080ULL; // bit 7 set, bit 6 clear
    // Each byte is now 0 or 1 (after the shift); a multiply sums them into the top byte, which
    // costs one instruction where std::popcount is a library call on the baseline x86-64.
    return 8 - int(((continuations >> 7) * 0x0101010101010101ULL) >> 56);
}

// The code points that start in data[from, to).
[[nodiscard]] inline qint64 countColumns(const char *data, qint64 from, qint64 to)
{
    qint64 count = 0;
    qint64 at = from;
    for (; at + 8 <= to; at += 8)
        count += startsIn(data, at);
    for (; at < to; ++at)
        count += continuation(data[at]) ? 0 : 1;
    return count;
}

// From a code point boundary, columns code points on: where the next one starts (or end). *moved
// says how many were passed (fewer when the end comes first).
[[nodiscard]] inline qint64 advance(const char *data, qint64 from, qint64 end, qint64 columns, qint64 *moved)
{
    qint64 counted = 0; // code points started in [from, at)
    qint64 at = from;
    for (; at + 8 <= end; at += 8) {
        const int starts = startsIn(data, at);
        if (counted + starts > columns)
            break; // the one wanted starts in these eight bytes
        counted += starts;
    }
    for (; at < end; ++at) {
        if (continuation(data[at]))
            continue;
        if (counted == columns)
            break;
        ++counted;
    }
    *moved = counted;
    return at;
}

} // namespace zd::utf8
