#pragma once

#include "cliarguments.h"
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

    // "zato-invoke COMMAND: message" on standard error, exit 2: bad arguments or a bad file.
    [[nodiscard]] static CommandOutput usageError(const QString &command, const QString &message)
    {
        return CommandOutput{QByteArray(), (u"zato-invoke " + command + u": " + message + u'\n').toUtf8(), 2};
    }
};

// zato-invoke profiles list | show NAME | save NAME [flags] | remove NAME, on the same store and
// keychain as the window. Passwords go to the keychain only; without one, save says so and exits 3.
// A profile file that cannot be used (unreadable, or from another version) fails every action with
// exit 3 and is left as it is.
[[nodiscard]] CommandOutput runProfilesCommand(const QStringList &arguments, ProfileStore &store,
                                               SecretStore &secrets, const StdinReader &readStdin);

} // namespace zd::cli
