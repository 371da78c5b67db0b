#pragma once

#include "profile/profilestore.h"
#include "profile/secretstore.h"

#include <QStringList>
#include <functional>

namespace zd::cli {

struct CommandOutput
{
    QByteArray out;
    QByteArray err;
    int exitCode = 0;
};

// zato-invoke profiles list | show NAME | save NAME [flags] | remove NAME, on the same store and
// keychain as the window. Passwords go to the keychain only; without one, save says so and exits 3.
[[nodiscard]] CommandOutput runProfilesCommand(const QStringList &arguments, ProfileStore &store,
                                               SecretStore &secrets,
                                               const std::function<QByteArray()> &readStdin);

} // namespace zd::cli
