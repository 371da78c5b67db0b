#pragma once

#include "invoke/calltypes.h"
#include "profile/profile.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace zd::cli {

enum class OutputFormat { Text, Json };

struct CliArguments
{
    ClientKind client = ClientKind::AnyService;
    CallSpec spec;
    OutputFormat format = OutputFormat::Text;
    // Load mode: --repeat N and/or --duration SECONDS, --concurrency C.
    bool load = false;
    qint64 repeat = 0;
    std::chrono::milliseconds duration{0};
    int concurrency = 1;
};

struct ParseOutcome
{
    enum class Action { Run, ShowHelp, ShowVersion, UsageError };
    Action action = Action::UsageError;
    CliArguments arguments;
    QString text;                             // the help or version text, or the usage error
    OutputFormat format = OutputFormat::Text; // known even for usage errors, when given
};

// How the parser reaches saved profiles: by name, and their passwords in the keychain.
struct ProfileAccess
{
    std::function<std::optional<Profile>(const QString &name, QString *error)> find;
    // The secret saved under key, nullopt when there is none (error says why, when it is not just absent).
    std::function<std::optional<QString>(const QString &key, QString *error)> secret;
};

// The most --password-stdin and --payload-file read; more is refused with a message that says so.
inline constexpr qint64 MaxPasswordStdinBytes = 64 * 1024;
inline constexpr qint64 MaxPayloadFileBytes = 64 * 1024 * 1024;

// What standard input held, or why it was not read (error non-empty).
struct StdinText
{
    QByteArray bytes;
    QString error;
};
using StdinReader = std::function<StdinText()>;

// Parses zato-invoke's command line. readStdin is called only for --password-stdin. With
// --profile NAME, the profile fills every connection setting the flags leave out.
[[nodiscard]] ParseOutcome parseArguments(const QStringList &arguments, const StdinReader &readStdin,
                                          const ProfileAccess &profiles = {});

// --password-env VAR or --password-stdin: the password, nullopt when neither is given, or an error.
// The buffer standard input was read into is cleared once the password is taken from it.
[[nodiscard]] std::optional<QString> passwordFromFlags(const QString &env, bool fromStdin,
                                                       const StdinReader &readStdin, QString *error);

} // namespace zd::cli
