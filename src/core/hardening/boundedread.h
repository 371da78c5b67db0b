#pragma once

#include <QByteArray>
#include <QString>

namespace zd {

// What a bounded read got: the bytes, or why nothing was read.
struct BoundedRead
{
    QByteArray bytes;
    QString error; // non-empty: the reason, to follow "Cannot read FILE: "
    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

// Besides a regular file, whether a FIFO (a named pipe) is read: one is opened only when asked for,
// since opening it waits for a writer, and it is read up to the limit.
enum class Fifo { Refused, Accepted };

// Reads at most `limit` bytes of a file, following symbolic links. Only a regular file (or a FIFO when
// accepted) is opened: a directory, a device such as /dev/zero or a socket is refused before it is
// opened, so reading never hangs on it nor runs without end. A file larger than the limit is refused,
// and so is a FIFO that sends more.
[[nodiscard]] BoundedRead readFileBounded(const QString &fileName, qint64 limit, Fifo fifo);

// Reads standard input to its end, at most `limit` bytes: a regular file, a pipe, a socket or a
// terminal; a device such as /dev/zero is refused. The buffer is allocated once for a limit up to
// 1 MB, so a secret read this way leaves no copy behind in memory freed while it grew.
[[nodiscard]] BoundedRead readStdinBounded(qint64 limit);

// "16 MB", "64 KB": a limit as the messages give it.
[[nodiscard]] QString byteLimitText(qint64 bytes);

} // namespace zd
