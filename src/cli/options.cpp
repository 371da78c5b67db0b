#include "options.h"

#include "profile/profile.h"

#include <QCoreApplication>

namespace zd::cli {

namespace {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(zato_invoke)
};

} // namespace

ConnectionOptions::ConnectionOptions()
    : address(QStringLiteral("address"), Cli::tr("Server address, e.g. http://localhost:17010."),
              QStringLiteral("URL")),
      client(QStringLiteral("client"),
             Cli::tr("any (AnyServiceInvoker, default), json (JSONClient) or api (the invoke API: pubapi on "
                     "3.2, admin.invoke on 4.1)."),
             QStringLiteral("any|json|api")),
      path(QStringLiteral("path"),
           Cli::tr("Channel path (for --client api the prefix, default /zato/api/invoke)."),
           QStringLiteral("PATH")),
      service(QStringLiteral("service"), Cli::tr("Service name (any, api; default customer.get1)."),
              QStringLiteral("NAME")),
      user(QStringLiteral("user"), Cli::tr("User name for HTTP Basic Auth."), QStringLiteral("USER")),
      passwordEnv(QStringLiteral("password-env"), Cli::tr("Read the password from environment variable VAR."),
                  QStringLiteral("VAR")),
      passwordStdin(QStringLiteral("password-stdin"), Cli::tr("Read the password from standard input.")),
      timeout(QStringLiteral("timeout"), Cli::tr("Give up after SECONDS (default 60)."),
              QStringLiteral("SECONDS"))
{}

std::optional<ClientKind> clientOption(const QString &value, QString *error)
{
    if (const std::optional<ClientKind> kind = clientFromKey(value))
        return kind;
    *error = Cli::tr("Unknown --client \"%1\": use any, json or api.").arg(value);
    return std::nullopt;
}

std::optional<std::chrono::milliseconds> timeoutOption(const QString &value, QString *error)
{
    bool ok = false;
    const double seconds = value.toDouble(&ok);
    if (!ok || !(seconds > 0) || seconds > 86400) {
        *error = Cli::tr("--timeout \"%1\" is not a number of seconds above 0 and up to 86400.").arg(value);
        return std::nullopt;
    }
    return std::chrono::milliseconds(qMax<qint64>(1, qint64(seconds * 1000.0 + 0.5)));
}

} // namespace zd::cli
