#pragma once

#include "cliarguments.h"
#include "options.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace zd::cli {

// How a call (and "profiles save") authenticates, defined once: --auth basic|apikey|bearer|oauth2|none,
// --api-key-header NAME, --api-key-env VAR | --api-key-stdin, --token-env VAR | --token-stdin, and for
// oauth2 --token-url URL --client-id ID --client-secret-env VAR | --client-secret-stdin [--scope S]...
// [--token-format form|json] [--client-id-field NAME] [--client-secret-field NAME] [--token-field
// name=value]... A secret is never an argument.
struct AuthOptions
{
    AuthOptions();
    [[nodiscard]] QList<QCommandLineOption> all() const;

    QCommandLineOption auth;
    QCommandLineOption apiKeyHeader;
    QCommandLineOption apiKeyEnv;
    QCommandLineOption apiKeyStdin;
    QCommandLineOption tokenEnv;
    QCommandLineOption tokenStdin;
    QCommandLineOption tokenUrl;
    QCommandLineOption clientId;
    QCommandLineOption clientSecretEnv;
    QCommandLineOption clientSecretStdin;
    QCommandLineOption scope;
    QCommandLineOption tokenFormat;
    QCommandLineOption clientIdField;
    QCommandLineOption clientSecretField;
    QCommandLineOption tokenField;
    // The oauth2 flags, for the check that no flag of another kind is given.
    [[nodiscard]] QList<const QCommandLineOption *> oauth2() const;
};

// The OAuth2 settings from the flags, over base (a profile's, or none): an error or "".
[[nodiscard]] QString oauth2FromFlags(const QCommandLineParser &parser, const AuthOptions &a,
                                      OAuth2Settings &settings);

// --auth VALUE; nullopt with error for anything else.
[[nodiscard]] std::optional<AuthKind> authOption(const QString &value, QString *error);

// A flag given for another kind than kind (--token-env with --auth apikey, --user with --auth none):
// the error that names it, or "". basicFlags: the flags of HTTP Basic that were given.
[[nodiscard]] QString flagOfAnotherKind(const QCommandLineParser &parser, const AuthOptions &o, AuthKind kind,
                                        const QStringList &basicFlags);

// The API key or token from its flags: nullopt when neither is given, or an error (a variable not
// set, both flags given, standard input unreadable).
[[nodiscard]] std::optional<QString> secretFromFlags(const QCommandLineParser &parser,
                                                     const QCommandLineOption &env,
                                                     const QCommandLineOption &fromStdin,
                                                     const StdinReader &readStdin, QString *error);

// --api-key-header NAME: a valid header name; nullopt with error.
[[nodiscard]] std::optional<QByteArray> apiKeyHeaderOption(const QString &value, QString *error);

// --query / --path-param 'name=value', repeatable: the pairs in order, or an error naming the flag.
[[nodiscard]] std::optional<QList<NamedValue>> namedValues(const QStringList &values, const QString &flag,
                                                           QString *error);

// The credential of a call, into args.spec: --auth; else HTTP Basic when a Basic flag (--user,
// --password-env, --password-stdin) is given or the profile's Invoke API user serves the call; else the
// profile's kind; else none. Then the flags and secrets of that kind, from the flags or the profile's
// keychain entries. Returns an error or "".
[[nodiscard]] QString credentials(const QCommandLineParser &parser, const ConnectionOptions &o,
                                  const AuthOptions &a, CliArguments &args, const StdinReader &readStdin,
                                  const std::optional<Profile> &profile, const ProfileAccess &profiles);

} // namespace zd::cli
