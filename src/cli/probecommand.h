#pragma once

#include "profilescommand.h"

namespace zd::cli {

// zato-invoke probe --address URL [--user U --password-env VAR | --password-stdin] [--method-check PATH]
// [--timeout S] [--format text|json]: says what the server is and which clients will work with it.
// Exits 0 for a Zato server of a known version, 1 for another answer, 3 when nothing answers, 2 for
// bad input.
[[nodiscard]] CommandOutput runProbeCommand(const QStringList &arguments, const StdinReader &readStdin);

} // namespace zd::cli
