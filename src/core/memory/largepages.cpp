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
    bytes.reserve(size);
    adviseLargePages(bytes.constData(), bytes.capacity());
}

} // namespace zd
