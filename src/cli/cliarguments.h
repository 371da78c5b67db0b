#pragma once

#include "invoke/calltypes.h"

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
};

struct ParseOutcome
{
    enum class Action { Run, ShowHelp, ShowVersion, UsageError };
    Action action = Action::UsageError;
    CliArguments arguments;
    QString text;                             // the help or version text, or the usage error
    OutputFormat format = OutputFormat::Text; // known even for usage errors, when given
};

// Parses zato-invoke's command line. readStdin is called only for --password-stdin.
[[nodiscard]] ParseOutcome parseArguments(const QStringList &arguments,
                                          const std::function<QByteArray()> &readStdin);

} // namespace zd::cli
