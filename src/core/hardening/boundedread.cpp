#include "boundedread.h"

#include <QCoreApplication>
#include <QFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace zd {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BoundedRead)
};

constexpr qint64 FirstChunk = 1024 * 1024;

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Why a file of this type is not read, or "" when it is.
QString refusedType(mode_t mode, Fifo fifo)
{
    if (S_ISREG(mode) || (S_ISFIFO(mode) && fifo == Fifo::Accepted))
        return QString();
    if (S_ISDIR(mode))
        return Text::tr("it is a directory");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return Text::tr("it is a device, not a file");
    if (S_ISFIFO(mode))
        return Text::tr("it is a FIFO (a named pipe), not a regular file");
    return Text::tr("it is not a regular file");
}

QString tooLarge(qint64 limit)
{
    return Text::tr("it is larger than %1, the most that is read").arg(byteLimitText(limit));
}

// Reads fd to its end or to limit + 1 bytes. The buffer starts at sizeHint + 1 (or the first chunk)
// and grows only when it must.
BoundedRead readToEnd(int fd, qint64 limit, qint64 sizeHint)
{
    BoundedRead read;
    const qint64 first = sizeHint >= 0 ? sizeHint + 1 : FirstChunk;
    read.bytes.resize(qsizetype(std::min(limit + 1, std::max<qint64>(first, 1))));
    qint64 total = 0;
    for (;;) {
        if (total == read.bytes.size()) {
            if (total > limit)
                break;
            read.bytes.resize(qsizetype(std::min(limit + 1, total * 2)));
        }
        const ssize_t got = ::read(fd, read.bytes.data() + total, size_t(read.bytes.size() - total));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            read.error = systemError(errno);
            read.bytes.clear();
            return read;
        }
        if (got == 0)
            break;
        total += got;
    }
    if (total > limit) {
        read.error = tooLarge(limit);
        read.bytes.clear();
        return read;
    }
    read.bytes.truncate(qsizetype(total));
    return read;
}

} // namespace

QString byteLimitText(qint64 bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return Text::tr("%1 MB").arg(bytes / (1024 * 1024));
    if (bytes >= 1024 && bytes % 1024 == 0)
        return Text::tr("%1 KB").arg(bytes / 1024);
    return Text::tr("%1 bytes").arg(bytes);
}

BoundedRead readFileBounded(const QString &fileName, qint64 limit, Fifo fifo)
{
    BoundedRead read;
    const QByteArray path = QFile::encodeName(fileName);
    struct stat before = {};
    if (::stat(path.constData(), &before) != 0) {
        read.error = systemError(errno);
        return read;
    }
    if (read.error = refusedType(before.st_mode, fifo); !read.error.isEmpty())
        return read;
    if (S_ISREG(before.st_mode) && before.st_size > limit) {
        read.error = tooLarge(limit);
        return read;
    }
    // O_NONBLOCK unless a FIFO is wanted: if a FIFO took the file's place since the check, opening it
    // does not wait for a writer, and the check below refuses it.
    const int flags = O_RDONLY | O_CLOEXEC | O_NOCTTY | (S_ISFIFO(before.st_mode) ? 0 : O_NONBLOCK);
    int fd = -1;
    do {
        fd = ::open(path.constData(), flags);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        read.error = systemError(errno);
        return read;
    }
    struct stat opened = {};
    if (::fstat(fd, &opened) != 0) {
        read.error = systemError(errno);
    } else if (read.error = refusedType(opened.st_mode, fifo); read.error.isEmpty()) {
        if (S_ISREG(opened.st_mode) && opened.st_size > limit) {
            read.error = tooLarge(limit);
        } else {
            if (!S_ISREG(opened.st_mode) && (flags & O_NONBLOCK))
                ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
            read = readToEnd(fd, limit, S_ISREG(opened.st_mode) ? opened.st_size : -1);
        }
    }
    ::close(fd);
    return read;
}

BoundedRead readStdinBounded(qint64 limit)
{
    BoundedRead read;
    struct stat in = {};
    if (::fstat(STDIN_FILENO, &in) != 0) {
        read.error = systemError(errno);
        return read;
    }
    const bool accepted = S_ISREG(in.st_mode) || S_ISFIFO(in.st_mode) || S_ISSOCK(in.st_mode) ||
                          (S_ISCHR(in.st_mode) && ::isatty(STDIN_FILENO));
    if (!accepted) {
        read.error = refusedType(in.st_mode, Fifo::Accepted);
        return read;
    }
    // A regular file may be read from where the shell left its offset: the hint is only a start.
    return readToEnd(STDIN_FILENO, limit, S_ISREG(in.st_mode) ? in.st_size : -1);
}

} // namespace zd
