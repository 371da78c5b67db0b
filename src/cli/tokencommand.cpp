#include "tokencommand.h"

#include "authoptions.h"
#include "invoke/networkpool.h"
#include "oauth/tokeninfo.h"
#include "profile/profilestore.h"
#include "syncsecrets.h"

#include "json/writer.h"
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace zd::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(zato_invoke)
};

CommandOutput usage(const QString &message)
{
    return CommandOutput::usageError(QStringLiteral("token"), message);
}

int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return 0;
    case ErrorKind::Transport:
    case ErrorKind::Timeout:
        return 3;
    case ErrorKind::Usage:
    case ErrorKind::Protocol:
    case ErrorKind::Cancelled:
        break;
    }
    return 1;
}

} // namespace

CommandOutput runTokenCommand(const QStringList &arguments, ProfileStore &store, SecretStore &secrets,
                              const StdinReader &readStdin)
{
    QCommandLineParser parser;
    const AuthOptions a;
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), Text::tr("Take the token endpoint and the client from this profile."),
        QStringLiteral("NAME"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     Text::tr("Seconds the request may take (30)."),
                                     QStringLiteral("SECONDS"), QStringLiteral("30"));
    const QCommandLineOption format(QStringLiteral("format"), Text::tr("text (default) or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  Text::tr("Show this help."));
    parser.addOptions({profileOption, timeout, format, help});
    for (const QCommandLineOption *option : a.oauth2())
        parser.addOption(*option);
    QStringList args = arguments;
    args.removeAt(1); // "token"
    if (!parser.parse(args))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        const QString text = Text::tr(
            "Usage: zato-invoke token (--profile NAME | --token-url URL --client-id ID\n"
            "           (--client-secret-env VAR | --client-secret-stdin)) [--scope S]...\n"
            "           [--token-format form|json] [--token-field name=value]... [--timeout S]\n"
            "           [--format text|json]\n"
            "Gets a token by the OAuth2 client credentials grant and prints its type, scopes, expiry\n"
            "and JWT header and claims, never the token. Exit codes: 0 a token, 1 refused or no\n"
            "token, 2 bad input, 3 the endpoint cannot be reached.\n");
        return CommandOutput{(text + u'\n' + parser.helpText()).toUtf8(), QByteArray(), 0};
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(Text::tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    if (parser.value(format) != u"text" && parser.value(format) != u"json")
        return usage(Text::tr("--format must be text or json."));
    bool ok = false;
    const double seconds = parser.value(timeout).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 3600)
        return usage(Text::tr("--timeout must be a number of seconds between 0 and 3600."));

    CallSpec spec;
    spec.auth.kind = AuthKind::OAuth2;
    spec.timeout = std::chrono::milliseconds(qint64(seconds * 1000));
    std::optional<Profile> profile;
    if (parser.isSet(profileOption)) {
        store.load();
        profile = store.byName(parser.value(profileOption));
        if (!profile)
            return usage(Text::tr("there is no profile named \"%1\".").arg(parser.value(profileOption)));
        spec.auth.oauth2 = profile->oauth2;
        spec.tls = profile->tls;
        spec.proxy = profile->proxy;
    }
    if (const QString problem = oauth2FromFlags(parser, a, spec.auth.oauth2); !problem.isEmpty())
        return usage(
            profile ? Text::tr("profile \"%1\" has no OAuth2 token endpoint: %2").arg(profile->name, problem)
                    : problem);
    QString error;
    const std::optional<QString> secret =
        secretFromFlags(parser, a.clientSecretEnv, a.clientSecretStdin, readStdin, &error);
    if (!error.isEmpty())
        return usage(error);
    if (secret) {
        spec.auth.secret = *secret;
    } else if (profile) {
        const std::optional<QString> saved = readSecret(secrets, profileClientSecretKey(profile->id), &error);
        if (!saved)
            return usage(error.isEmpty()
                             ? Text::tr("no client secret is saved for profile \"%1\": give it with "
                                        "--client-secret-env VAR or --client-secret-stdin.")
                                   .arg(profile->name)
                             : Text::tr("the client secret of profile \"%1\" cannot be read from the "
                                        "keychain (%2): give it with --client-secret-env VAR or "
                                        "--client-secret-stdin.")
                                   .arg(profile->name, error));
        spec.auth.secret = *saved;
    } else {
        return usage(
            Text::tr("no client secret: give it with --client-secret-env VAR or --client-secret-stdin."));
    }

    QNetworkAccessManager network;
    NetworkPool networks(&network);
    TokenProvider tokens(&networks);
    TokenResult result;
    waitFor([&](QObject *context, const std::function<void()> &finish) {
        tokens.get(
            spec, context,
            [&result, finish](const TokenResult &r) {
                result = r;
                finish();
            },
            true);
    });
    const QString url = spec.auth.oauth2.tokenUrl;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CommandOutput output;
    output.exitCode = exitCodeFor(result.answer.errorKind);
    if (!result.answer.ok()) {
        output.err = (u"zato-invoke token: " + result.answer.error + u'\n').toUtf8();
        return output;
    }
    output.out = parser.value(format) == u"json"
                     ? json::dumps(tokenSummaryJson(result, url, now), json::WriteOptions{false, 2}) + '\n'
                     : tokenSummaryText(result, url, now).toUtf8();
    return output;
}

} // namespace zd::cli
