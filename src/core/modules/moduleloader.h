#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace zd {

// Where a program finds a module of its own (a library it loads only when it needs it).
struct ModulePlaces
{
    // An environment variable naming the module's file: when set, the only place tried.
    const char *environment;
    // The module's path relative to the program's directory, once installed.
    QString installed;
    // The module in the build tree, and the build tree: tried by programs run from inside it.
    QString built;
    QString buildDir;
};

// The files to try, in order.
[[nodiscard]] QStringList moduleCandidates(const ModulePlaces &places);

namespace detail {
// The entry point of the module at path, loaded and kept loaded; nullptr, with why, when it has none.
QFunctionPointer moduleEntry(const QString &path, const char *entryPoint, QStringList *failures);
// Why a module was passed over: its answer was not of this program's version.
[[nodiscard]] QString otherVersion(const QString &path);
} // namespace detail

// The first candidate whose entry point answers an Api of abiVersion (Api's first member is its
// int abiVersion), kept loaded for the rest of the process; nullptr, with why each candidate was
// passed over in failures, when none does.
template <typename Api>
const Api *loadModule(const QStringList &candidates, const char *entryPoint, int abiVersion,
                      QStringList *failures)
{
    for (const QString &path : candidates) {
        const QFunctionPointer entry = detail::moduleEntry(path, entryPoint, failures);
        if (!entry)
            continue;
        const Api *api = reinterpret_cast<const Api *(*)()>(entry)();
        if (api && api->abiVersion == abiVersion)
            return api;
        failures->append(detail::otherVersion(path));
    }
    return nullptr;
}

} // namespace zd
