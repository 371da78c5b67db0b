#pragma once

#include "profilescommand.h"

namespace zd::cli {

// zato-invoke matrix FILE [--junit OUT] [--csv OUT] [--concurrency N]: runs a saved matrix, prints
// one line per cell, and exits 1 when any cell differs from its expectation (2 for bad input).
[[nodiscard]] CommandOutput runMatrixCommand(const QStringList &arguments, ProfileStore &store,
                                             SecretStore &secrets);

} // namespace zd::cli
