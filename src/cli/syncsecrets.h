#pragma once

#include "profile/secretstore.h"

#include <functional>
#include <optional>

namespace zd::cli {

// Runs a local event loop until the asynchronous job that start() begins calls finish. The loop is
// the job's context: start() passes it to the job. A finish that came before the loop ran (even from
// inside start()) ends the wait at once, so no answer is ever missed.
void waitFor(const std::function<void(QObject *context, const std::function<void()> &finish)> &start);

// The CLI waits for the keychain: these return once the asynchronous job has answered.
[[nodiscard]] std::optional<QString> readSecret(SecretStore &store, const QString &key, QString *error);
[[nodiscard]] bool writeSecret(SecretStore &store, const QString &key, const QString &secret, QString *error);
bool removeSecret(SecretStore &store, const QString &key);

} // namespace zd::cli
