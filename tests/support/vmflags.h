#pragma once

// What the kernel says of this process's mappings in /proc/self/smaps: the VmFlags of the one that
// holds an address, and the bytes of those asked to be backed by large pages ("hg").
#include <QFile>
#include <QList>

namespace zd::test {

namespace detail {

// Calls seen(from, to, flags) for each mapping in /proc/self/smaps; false if it cannot be read.
template <typename Seen> bool forEachMapping(Seen seen)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return false;
    quintptr from = 0;
    quintptr to = 0;
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        const qsizetype dash = line.indexOf('-');
        const qsizetype space = line.indexOf(' ');
        if (dash > 0 && space > dash && !line.startsWith("VmFlags")) {
            bool okFrom = false;
            bool okTo = false;
            from = line.left(dash).toULongLong(&okFrom, 16);
            to = line.mid(dash + 1, space - dash - 1).toULongLong(&okTo, 16);
            if (!okFrom || !okTo)
                from = to = 0;
        } else if (line.startsWith("VmFlags:")) {
            seen(from, to, line.mid(8).simplified().split(' '));
        }
    }
    return true;
}

} // namespace detail

// The VmFlags of the mapping that holds the address; empty if none does.
inline QList<QByteArray> flagsAt(const void *address)
{
    const auto at = quintptr(address);
    QList<QByteArray> found;
    detail::forEachMapping([&](quintptr from, quintptr to, const QList<QByteArray> &flags) {
        if (from <= at && at < to)
            found = flags;
    });
    return found;
}

// The bytes of every mapping asked to be backed by large pages; -1 if smaps cannot be read.
inline qint64 advisedBytes()
{
    qint64 total = 0;
    if (!detail::forEachMapping([&](quintptr from, quintptr to, const QList<QByteArray> &flags) {
            if (flags.contains("hg"))
                total += qint64(to - from);
        }))
        return -1;
    return total;
}

} // namespace zd::test
