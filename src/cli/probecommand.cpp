#include "probecommand.h"

#include "invoke/networkpool.h"
#include "probe/serverprobe.h"
#include "syncsecrets.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QUrl>

namespace zd::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(zato_invoke)
};

CommandOutput usage(const QString &message)
{
    return CommandOutput::usageError(QStringLiteral("probe"), message);
}

int exitCodeFor(ProbeVerdict verdict)
{
    switch (verdict) {
    case ProbeVerdict::Zato32:
    case ProbeVerdict::Zato41Legacy:
    case ProbeVerdict::Zato41:
        return 0;
    case ProbeVerdict::Unreachable:
        return 3;
    case ProbeVerdict::NotZato:
    case ProbeVerdict::ZatoUnknown:
        return 1;
    }
    return 1;
}

QByteArray formatText(const ProbeReport &report)
{
    QString text = report.summary() + u"\n\n";
    for (const ProbeStep &step : report.steps)
        text +=
            QStringLiteral("  %1  %2  %3\n")
                .arg(step.request, -36)
                .arg(step.status > 0 ? QString::number(step.status) : QStringLiteral("---"), step.finding);
    return text.toUtf8();
}

} // namespace

CommandOutput runProbeCommand(const QStringList &arguments, const StdinReader &readStdin)
{
    QCommandLineParser parser;
    const QCommandLineOption address(QStringLiteral("address"), Text::tr("The server: http://host:port."),
                                     QStringLiteral("URL"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  Text::tr("The invoke API's user: admin.invoke (Zato 4.1) or pubapi (3.2)."),
                                  QStringLiteral("USER"));
    const QCommandLineOption passwordEnv(QStringLiteral("password-env"),
                                         Text::tr("Read the password from this environment variable."),
                                         QStringLiteral("VAR"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           Text::tr("Read the password from standard input."));
    const QCommandLineOption methodCheck(QStringLiteral("method-check"),
                                         Text::tr("A channel path with one fixed method: shows how a wrong "
                                                  "method is answered."),
                                         QStringLiteral("PATH"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), Text::tr("Seconds each check may take (10)."),
                                     QStringLiteral("SECONDS"), QStringLiteral("10"));
    const QCommandLineOption format(QStringLiteral("format"), Text::tr("text (default) or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOptions({address, user, passwordEnv, passwordStdin, methodCheck, timeout, format});
    QStringList args = arguments;
    args.removeAt(1); // "probe"
    if (!parser.parse(args))
        return usage(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usage(Text::tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));

    ProbeSpec spec;
    spec.address = parser.value(address);
    const QUrl url(spec.address);
    if (spec.address.isEmpty() || !url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") ||
        url.host().isEmpty())
        return usage(Text::tr("--address must be an http:// or https:// address with a host, such as "
                              "http://127.0.0.1:17010."));
    if (parser.value(format) != u"text" && parser.value(format) != u"json")
        return usage(Text::tr("--format must be text or json."));
    bool ok = false;
    const double seconds = parser.value(timeout).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 3600)
        return usage(Text::tr("--timeout must be a number of seconds between 0 and 3600."));
    spec.timeout = std::chrono::milliseconds(qint64(seconds * 1000));
    spec.methodCheckPath = parser.value(methodCheck);
    if (!spec.methodCheckPath.isEmpty() && !spec.methodCheckPath.startsWith(u'/'))
        return usage(Text::tr("--method-check must be a path starting with /."));
    spec.user = parser.value(user);
    if (parser.isSet(passwordEnv) && parser.isSet(passwordStdin))
        return usage(Text::tr("--password-env and --password-stdin cannot be used together."));
    if (parser.isSet(passwordEnv) || parser.isSet(passwordStdin)) {
        QString error;
        const std::optional<QString> password =
            passwordFromFlags(parser.value(passwordEnv), parser.isSet(passwordStdin), readStdin, &error);
        if (!password)
            return usage(error);
        spec.password = *password;
    } else if (!spec.user.isEmpty()) {
        return usage(
            Text::tr("--user needs a password: give it with --password-env VAR or --password-stdin."));
    }

    QNetworkAccessManager network;
    NetworkPool networks(&network);
    ServerProbe probe(&networks);
    ProbeReport report;
    waitFor([&](QObject *context, const std::function<void()> &finish) {
        QObject::connect(&probe, &ServerProbe::finished, context, [&report, finish](const ProbeReport &r) {
            report = r;
            finish();
        });
        probe.start(spec);
    });
    CommandOutput output;
    output.out = parser.value(format) == u"json" ? report.toJson() : formatText(report);
    output.exitCode = exitCodeFor(report.verdict);
    return output;
}

} // namespace zd::cli
