#pragma once

#include "invoke/calltypes.h"

#include <QCommandLineOption>
#include <chrono>
#include <optional>

namespace zd::cli {

// The options a call and "profiles save" share, defined once, with one parser each for the values
// that need one.
struct ConnectionOptions
{
    ConnectionOptions();

    QCommandLineOption address;
    QCommandLineOption client;
    QCommandLineOption path;
    QCommandLineOption service;
    QCommandLineOption user;
    QCommandLineOption passwordEnv;
    QCommandLineOption passwordStdin;
    QCommandLineOption timeout;
};

// --client any|json|api; nullopt with error for anything else.
[[nodiscard]] std::optional<ClientKind> clientOption(const QString &value, QString *error);
// --timeout SECONDS: a number above 0 and at most 86400 (fractions allowed); nullopt with error.
[[nodiscard]] std::optional<std::chrono::milliseconds> timeoutOption(const QString &value, QString *error);

} // namespace zd::cli
