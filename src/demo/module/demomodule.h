#pragma once

#include <QObject>
#include <QString>

namespace zd::demo {

// The boundary between zato-desk and its demo module (libzd_demo_module.so), which holds the demo
// servers and what only they link (OpenSSL's libcrypto, for their RS256 tokens). zato-desk loads it
// for --demo only, so a start without it never maps that library. Plain functions and
// Qt types only: nothing of zd_demo crosses the boundary.
struct ModuleApi
{
    int abiVersion;
    // Starts the two demo servers, Zato 3.2's and 4.1's, on loopback ports of their own: returns
    // the object that owns them (deleting it stops them) and their addresses, or nullptr and why.
    QObject *(*start)(QString *address32, QString *address41, QString *error);
};

inline constexpr int ModuleAbiVersion = 1;
inline constexpr const char *ModuleEntryPoint = "zd_demo_module";

} // namespace zd::demo
