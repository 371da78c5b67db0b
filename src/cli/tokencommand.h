#pragma once

#include "profilescommand.h"

namespace zd::cli {

// zato-invoke token (--profile NAME | --token-url URL --client-id ID --client-secret-env VAR |
// --client-secret-stdin) [--scope S]... [--token-format form|json] [--token-field name=value]...
// [--timeout S] [--format text|json]: gets a token by the OAuth2 client credentials grant and prints
// its type, scopes, expiry and, for a JWT, its header and claims; never the token itself. Exits 0 with
// a token, 1 when the endpoint refuses or gives none, 3 when it cannot be reached, 2 for bad input.
[[nodiscard]] CommandOutput runTokenCommand(const QStringList &arguments, ProfileStore &store,
                                            SecretStore &secrets, const StdinReader &readStdin);

} // namespace zd::cli
