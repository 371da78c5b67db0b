#pragma once

#include "profile/secretstore.h"

#include <optional>

namespace zd::cli {

// The CLI waits for the keychain: these run a local event loop until the asynchronous job answers.
[[nodiscard]] std::optional<QString> readSecret(SecretStore &store, const QString &key, QString *error);
[[nodiscard]] bool writeSecret(SecretStore &store, const QString &key, const QString &secret, QString *error);
bool removeSecret(SecretStore &store, const QString &key);

} // namespace zd::cli
