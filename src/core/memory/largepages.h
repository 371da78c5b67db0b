#pragma once

#include <QByteArray>
#include <vector>

namespace zd {

// Asks the kernel to back the room taken for a large body (or a large document's tape) with 2 MB pages
// where it can (transparent huge pages on request, Linux): a 20 MB body is then written in tens of page
// faults, not five thousand. Only the whole 2 MB pages inside [data, data + size) are asked for; a
// smaller room is left as it is.
void adviseLargePages(const char *data, qsizetype size);

// Room for at least size bytes (or items), taken at once and advised as above.
void reserveOnLargePages(QByteArray &bytes, qsizetype size);
template <typename T> void reserveOnLargePages(std::vector<T> &items, size_t count)
{
    if (count <= items.capacity())
        return;
    items.reserve(count);
    adviseLargePages(reinterpret_cast<const char *>(items.data()), qsizetype(items.capacity() * sizeof(T)));
}

} // namespace zd
