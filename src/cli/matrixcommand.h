#pragma once

#include "profilescommand.h"

namespace zd::cli {

// zato-invoke matrix FILE | --from-enmasse FILE [--env-file FILE] --address URL | --discover --address
// URL --user U --password-env VAR [--secret DEFINITION=VAR]..., with [--junit OUT] [--csv OUT]
// [--format text|json] [--concurrency N]: runs a saved matrix, or the one a server's enmasse file or
// admin services make with derived expectations, prints each cell, and exits 1 when any cell differs
// from its expectation (2 for bad input or refused admin credentials, 3 when the server cannot be
// reached at all).
[[nodiscard]] CommandOutput runMatrixCommand(const QStringList &arguments, ProfileStore &store,
                                             SecretStore &secrets);

} // namespace zd::cli
