#include "processhardening.h"

#include <csignal>
#include <cstring>
#include <sys/resource.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

namespace zd {

namespace {

void zero(void *data, size_t size)
{
    if (size == 0)
        return;
#if defined(__GLIBC__) || defined(__OpenBSD__) || defined(__FreeBSD__)
    explicit_bzero(data, size);
#else
    volatile auto *bytes = static_cast<volatile unsigned char *>(data);
    while (size--)
        *bytes++ = 0;
#endif
}

} // namespace

void hardenProcess()
{
#ifdef SIGXFSZ
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    rlimit core{};
    if (getrlimit(RLIMIT_CORE, &core) == 0) {
        core.rlim_cur = 0; // the hard limit stays, for the programs this one starts
        setrlimit(RLIMIT_CORE, &core);
    }
#ifdef __linux__
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        zero(bytes.data(), size_t(bytes.size()));
}

void wipe(QString &text)
{
    if (!text.isEmpty())
        zero(text.data(), size_t(text.size()) * sizeof(QChar));
}

} // namespace zd
