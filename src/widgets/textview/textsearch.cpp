#include "textsearch.h"

#include <QByteArrayMatcher>
#include <algorithm>

namespace zd {

namespace {

// A text held whole is searched in place 8 MiB at a time; one made on demand is read 1 MiB at a time,
// which is all of it held at once.
qint64 chunkBytes(const TextSource &text)
{
    return text.whole() ? 8 * 1024 * 1024 : 1024 * 1024;
}

QByteArray foldAscii(QByteArray bytes)
{
    for (char &c : bytes)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    return bytes;
}

} // namespace

QByteArray TextSearch::window(const TextSource &text, qint64 begin, qint64 end) const
{
    // A text held whole is read in place; folding copies it. One made on demand is read anew, and
    // folded where it is read.
    const QByteArray *whole = text.whole();
    QByteArray raw =
        whole ? QByteArray::fromRawData(whole->constData() + begin, end - begin) : text.read(begin, end);
    return caseSensitive ? raw : foldAscii(std::move(raw));
}

qint64 TextSearch::first(const TextSource &text, qint64 begin, qint64 end) const
{
    const qint64 n = needle.size();
    const qint64 chunk = chunkBytes(text);
    const QByteArrayMatcher matcher(caseSensitive ? needle : foldAscii(needle));
    for (qint64 start = begin; start + n <= end; start += chunk) {
        if (stopped())
            return -1;
        // Matches starting in [start, start + chunk), read to their end.
        const qint64 stop = std::min(end, start + chunk + n - 1);
        const QByteArray bytes = window(text, start, stop);
        const qint64 at = matcher.indexIn(bytes);
        if (at >= 0)
            return start + at;
    }
    return -1;
}

qint64 TextSearch::last(const TextSource &text, qint64 begin, qint64 end) const
{
    const qint64 n = needle.size();
    const QByteArray wanted = caseSensitive ? needle : foldAscii(needle);
    const qint64 chunk = chunkBytes(text);
    for (qint64 stop = end; stop - begin >= n;) {
        if (stopped())
            return -1;
        // Matches starting in [start, stop - n + 1).
        const qint64 start = std::max(begin, stop - chunk - n + 1);
        const QByteArray bytes = window(text, start, stop);
        const qint64 at = bytes.lastIndexOf(wanted);
        if (at >= 0)
            return start + at;
        stop = start + n - 1;
    }
    return -1;
}

qint64 TextSearch::find(const TextSource &text, qint64 from, bool *wrapped) const
{
    if (wrapped)
        *wrapped = false;
    const qint64 size = text.size();
    const qint64 n = needle.size();
    if (n == 0 || n > size)
        return -1;
    from = std::clamp<qint64>(from, 0, size);
    qint64 at = backward ? last(text, 0, std::min(size, from + n - 1)) : first(text, from, size);
    if (at < 0 && !stopped()) {
        at = backward ? last(text, from, size) : first(text, 0, std::min(size, from + n - 1));
        if (wrapped)
            *wrapped = at >= 0;
    }
    return at;
}

} // namespace zd
