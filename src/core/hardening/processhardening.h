#pragma once

#include <QByteArray>
#include <QString>

namespace zd {

// Called first thing in main() by the window and the CLI, which hold passwords in memory:
// - no core dump and, on Linux, not dumpable (PR_SET_DUMPABLE 0): no core file holds a secret, and
//   other processes of the same user cannot attach to it or read its memory;
// - SIGXFSZ ignored: a write past the file-size limit (ulimit -f) fails with EFBIG, which the atomic
//   save reports, keeping the previous file, instead of the process being killed mid-write.
void hardenProcess();

// Overwrites the bytes in place with zeros, in a way the compiler does not optimise away: a buffer
// that held a secret, cleared once the secret has been taken from it. Only this copy: a copy that
// shares the data is detached first and keeps it.
void wipe(QByteArray &bytes);
void wipe(QString &text);

} // namespace zd
