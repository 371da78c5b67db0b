#pragma once

#include <QString>
#include <functional>

namespace zd::keychain {

// The boundary between the processes and the keychain module (libzd_keychain_backend.so), which is
// the only code linking QtKeychain, libsecret and GLib. The module is loaded on the first keychain
// call, so a process that never touches a password (one zato-invoke call with --password-env, the
// demo server) never pays for those libraries. Plain functions, Qt value types and std::function
// only: nothing of zd_core crosses the boundary.
enum class BackendStatus { Ok = 0, NotFound = 1, Unavailable = 2 };

using BackendReadDone =
    std::function<void(BackendStatus status, const QString &secret, const QString &error)>;
using BackendWriteDone = std::function<void(BackendStatus status, const QString &error)>;

struct Backend
{
    int abiVersion;
    void (*read)(const QString &service, const QString &key, BackendReadDone done);
    void (*write)(const QString &service, const QString &key, const QString &secret, BackendWriteDone done);
    void (*remove)(const QString &service, const QString &key, BackendWriteDone done);
};

inline constexpr int BackendAbiVersion = 1;
inline constexpr const char *BackendEntryPoint = "zd_keychain_backend";

} // namespace zd::keychain
