#include "authoptions.h"

#include "hardening/processhardening.h"
#include "invoke/authheaders.h"
#include "invoke/callcheck.h"
#include "profile/secretstore.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace zd::cli {

namespace {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(zato_invoke)
};

QString dashed(const QCommandLineOption &option)
{
    return u"--" + option.names().constFirst();
}

} // namespace

AuthOptions::AuthOptions()
    : auth(QStringLiteral("auth"),
           Cli::tr("How to authenticate: basic (HTTP Basic, the default with --user), apikey, bearer or none "
                   "(the default without --user)."),
           QStringLiteral("basic|apikey|bearer|none")),
      apiKeyHeader(QStringLiteral("api-key-header"),
                   Cli::tr("The header the API key goes in (default X-API-Key)."), QStringLiteral("NAME")),
      apiKeyEnv(QStringLiteral("api-key-env"), Cli::tr("Read the API key from environment variable VAR."),
                QStringLiteral("VAR")),
      apiKeyStdin(QStringLiteral("api-key-stdin"), Cli::tr("Read the API key from standard input.")),
      tokenEnv(QStringLiteral("token-env"), Cli::tr("Read the bearer token from environment variable VAR."),
               QStringLiteral("VAR")),
      tokenStdin(QStringLiteral("token-stdin"), Cli::tr("Read the bearer token from standard input."))
{}

QList<QCommandLineOption> AuthOptions::all() const
{
    return {auth, apiKeyHeader, apiKeyEnv, apiKeyStdin, tokenEnv, tokenStdin};
}

std::optional<AuthKind> authOption(const QString &value, QString *error)
{
    if (const std::optional<AuthKind> kind = authKindFromKey(value))
        return kind;
    *error = Cli::tr("Unknown --auth \"%1\": use basic, apikey, bearer or none.").arg(value);
    return std::nullopt;
}

QString flagOfAnotherKind(const QCommandLineParser &parser, const AuthOptions &o, AuthKind kind,
                          const QStringList &basicFlags)
{
    const QString chosen = authKindKey(kind);
    if (kind != AuthKind::Basic && !basicFlags.isEmpty())
        return Cli::tr("%1 is for --auth basic, and this call authenticates with --auth %2: leave it out, or "
                       "give --auth basic.")
            .arg(basicFlags.constFirst(), chosen);
    if (kind != AuthKind::ApiKey) {
        for (const QCommandLineOption *option : {&o.apiKeyHeader, &o.apiKeyEnv, &o.apiKeyStdin}) {
            if (parser.isSet(*option))
                return Cli::tr(
                           "%1 is for --auth apikey, and this call authenticates with --auth %2: leave it "
                           "out, or give --auth apikey.")
                    .arg(dashed(*option), chosen);
        }
    }
    if (kind != AuthKind::Bearer) {
        for (const QCommandLineOption *option : {&o.tokenEnv, &o.tokenStdin}) {
            if (parser.isSet(*option))
                return Cli::tr(
                           "%1 is for --auth bearer, and this call authenticates with --auth %2: leave it "
                           "out, or give --auth bearer.")
                    .arg(dashed(*option), chosen);
        }
    }
    return QString();
}

std::optional<QString> secretFromFlags(const QCommandLineParser &parser, const QCommandLineOption &env,
                                       const QCommandLineOption &fromStdin, const StdinReader &readStdin,
                                       QString *error)
{
    if (parser.isSet(env) && parser.isSet(fromStdin)) {
        *error = Cli::tr("%1 and %2 cannot be used together.").arg(dashed(env), dashed(fromStdin));
        return std::nullopt;
    }
    if (parser.isSet(env)) {
        const QString name = parser.value(env);
        const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (name.isEmpty() || !environment.contains(name)) {
            *error = Cli::tr("%1: the environment variable %2 is not set.").arg(dashed(env), name);
            return std::nullopt;
        }
        return environment.value(name);
    }
    if (parser.isSet(fromStdin)) {
        StdinText in = readStdin();
        if (!in.error.isEmpty()) {
            *error = Cli::tr("%1: cannot read standard input: %2.").arg(dashed(fromStdin), in.error);
            return std::nullopt;
        }
        QByteArrayView text(in.bytes);
        if (text.endsWith('\n'))
            text.chop(1);
        if (text.endsWith('\r'))
            text.chop(1);
        QString secret = QString::fromUtf8(text);
        wipe(in.bytes);
        return secret;
    }
    return std::nullopt;
}

std::optional<QByteArray> apiKeyHeaderOption(const QString &value, QString *error)
{
    const QByteArray name = value.trimmed().toLatin1();
    if (!headerProblem(HttpHeader{name, QByteArray()}).isEmpty() ||
        value.trimmed().toLatin1() != value.trimmed().toUtf8()) {
        *error = Cli::tr("--api-key-header \"%1\" is not an HTTP header name such as X-API-Key.").arg(value);
        return std::nullopt;
    }
    return name;
}

std::optional<QList<NamedValue>> namedValues(const QStringList &values, const QString &flag, QString *error)
{
    QList<NamedValue> pairs;
    for (const QString &value : values) {
        const qsizetype equals = value.indexOf(u'=');
        if (equals <= 0) {
            *error = Cli::tr("%1 \"%2\" is not of the form name=value.").arg(flag, value);
            return std::nullopt;
        }
        pairs.append({value.left(equals), value.mid(equals + 1)});
    }
    return pairs;
}

QString credentials(const QCommandLineParser &parser, const ConnectionOptions &o, const AuthOptions &a,
                    CliArguments &args, const StdinReader &readStdin, const std::optional<Profile> &profile,
                    const ProfileAccess &profiles)
{
    CallSpec &spec = args.spec;
    QStringList basicFlags;
    for (const QCommandLineOption *option : {&o.user, &o.passwordEnv, &o.passwordStdin}) {
        if (parser.isSet(*option))
            basicFlags << u"--" + option->names().constFirst();
    }
    const bool profileApiUser = profile && args.client == ClientKind::Api && !profile->apiUser.isEmpty();
    AuthKind kind = AuthKind::None;
    QString error;
    if (parser.isSet(a.auth)) {
        const std::optional<AuthKind> chosen = authOption(parser.value(a.auth), &error);
        if (!chosen)
            return error;
        kind = *chosen;
    } else if (!basicFlags.isEmpty() || profileApiUser) {
        kind = AuthKind::Basic;
    } else if (profile) {
        kind = profile->auth;
    }
    if (QString other = flagOfAnotherKind(parser, a, kind, basicFlags); !other.isEmpty())
        return other;
    spec.auth.kind = kind;
    switch (kind) {
    case AuthKind::None:
        return QString();
    case AuthKind::Basic:
        break;
    case AuthKind::ApiKey:
    case AuthKind::Bearer: {
        const bool apiKey = kind == AuthKind::ApiKey;
        if (apiKey) {
            spec.auth.apiKeyHeader = profile ? profile->apiKeyHeader : QByteArrayLiteral("X-API-Key");
            if (parser.isSet(a.apiKeyHeader)) {
                const std::optional<QByteArray> header =
                    apiKeyHeaderOption(parser.value(a.apiKeyHeader), &error);
                if (!header)
                    return error;
                spec.auth.apiKeyHeader = *header;
            }
        }
        const std::optional<QString> secret =
            apiKey ? secretFromFlags(parser, a.apiKeyEnv, a.apiKeyStdin, readStdin, &error)
                   : secretFromFlags(parser, a.tokenEnv, a.tokenStdin, readStdin, &error);
        if (!error.isEmpty())
            return error;
        if (secret) {
            spec.auth.secret = *secret;
            return QString();
        }
        if (profile && profiles.secret) {
            const std::optional<QString> saved = profiles.secret(
                apiKey ? profileApiKeyKey(profile->id) : profileTokenKey(profile->id), &error);
            if (saved) {
                spec.auth.secret = *saved;
                return QString();
            }
            if (!error.isEmpty())
                return (apiKey
                            ? Cli::tr("The API key of profile \"%1\" cannot be read from the keychain (%2): "
                                      "give it with --api-key-env VAR or --api-key-stdin.")
                            : Cli::tr("The bearer token of profile \"%1\" cannot be read from the keychain "
                                      "(%2): give it with --token-env VAR or --token-stdin."))
                    .arg(profile->name, error);
        }
        return apiKey
                   ? Cli::tr("No API key: give it with --api-key-env VAR or --api-key-stdin, or save it with "
                             "zato-invoke profiles save.")
                   : Cli::tr("No bearer token: give it with --token-env VAR or --token-stdin, or save it "
                             "with zato-invoke profiles save.");
    }
    }

    if (!parser.isSet(o.user) && !profile)
        return Cli::tr("--user is missing: give the user name of the channel's security definition.");
    // The Invoke API's own user of the profile, where it has one, with its own saved password.
    const bool apiCredential = profileApiUser && !parser.isSet(o.user);
    spec.user = parser.isSet(o.user) ? parser.value(o.user)
                : apiCredential      ? profile->apiUser
                                     : profile->user;
    if (parser.isSet(o.passwordEnv) && parser.isSet(o.passwordStdin))
        return Cli::tr("--password-env and --password-stdin cannot be used together.");
    const std::optional<QString> password =
        passwordFromFlags(parser.value(o.passwordEnv), parser.isSet(o.passwordStdin), readStdin, &error);
    if (!error.isEmpty())
        return error;
    if (password) {
        spec.password = *password;
    } else if (profile && profiles.secret) {
        const std::optional<QString> saved = profiles.secret(
            apiCredential ? profileApiPasswordKey(profile->id) : profilePasswordKey(profile->id), &error);
        if (!saved && !error.isEmpty())
            return Cli::tr("The password of profile \"%1\" cannot be read from the keychain (%2): give it "
                           "with --password-env VAR or --password-stdin.")
                .arg(profile->name, error);
        if (!saved)
            return Cli::tr("No password is saved for profile \"%1\": give it with --password-env VAR or "
                           "--password-stdin, or save it with zato-invoke profiles save.")
                .arg(profile->name);
        spec.password = *saved;
    } else {
        return Cli::tr("No password: give it with --password-env VAR or --password-stdin.");
    }
    return QString();
}

} // namespace zd::cli
