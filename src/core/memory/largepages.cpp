#include "largepages.h"

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace zd {

void adviseLargePages(const char *data, qsizetype size)
{
#ifdef Q_OS_LINUX
    constexpr quintptr LargePage = 2 * 1024 * 1024;
    const quintptr from = (quintptr(data) + LargePage - 1) & ~(LargePage - 1);
    const quintptr to = (quintptr(data) + quintptr(size)) & ~(LargePage - 1);
    if (to > from) // a hint: if it is refused, the room is as it was
        madvise(reinterpret_cast<void *>(from), to - from, MADV_HUGEPAGE);
#else
    Q_UNUSED(data)
    Q_UNUSED(size)
#endif
}

void reserveOnLargePages(QByteArray &bytes, qsizetype size)
{
    const char *before = bytes.constData();
    const qsizetype room = bytes.capacity();
    bytes.reserve(size);
    if (bytes.constData() == before && bytes.capacity() == room)
        return; // the room it had: advised already, if it was taken here
    // From the bytes on: capacity() counts any free space before them too.
    adviseLargePages(bytes.constData(), bytes.size() + bytes.data_ptr().freeSpaceAtEnd());
}

} // namespace zd
