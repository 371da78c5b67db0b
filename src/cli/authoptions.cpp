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
      tokenStdin(QStringLiteral("token-stdin"), Cli::tr("Read the bearer token from standard input.")),
      tokenUrl(QStringLiteral("token-url"), Cli::tr("oauth2: the identity provider's token endpoint."),
               QStringLiteral("URL")),
      clientId(QStringLiteral("client-id"), Cli::tr("oauth2: the client id."), QStringLiteral("ID")),
      clientSecretEnv(QStringLiteral("client-secret-env"),
                      Cli::tr("oauth2: read the client secret from environment variable VAR."),
                      QStringLiteral("VAR")),
      clientSecretStdin(QStringLiteral("client-secret-stdin"),
                        Cli::tr("oauth2: read the client secret from standard input.")),
      scope(QStringLiteral("scope"), Cli::tr("oauth2: a scope to ask for (repeatable)."),
            QStringLiteral("S")),
      tokenFormat(QStringLiteral("token-format"),
                  Cli::tr("oauth2: send the token request as a form (default) or as JSON."),
                  QStringLiteral("form|json")),
      clientIdField(QStringLiteral("client-id-field"),
                    Cli::tr("oauth2: the client id's field name (default client_id)."),
                    QStringLiteral("NAME")),
      clientSecretField(QStringLiteral("client-secret-field"),
                        Cli::tr("oauth2: the client secret's field name (default client_secret)."),
                        QStringLiteral("NAME")),
      tokenField(
          QStringLiteral("token-field"),
          Cli::tr("oauth2: one more field of the token request, such as audience=https://api (repeatable)."),
          QStringLiteral("name=value"))
{}

QList<QCommandLineOption> AuthOptions::all() const
{
    return {auth,       apiKeyHeader, apiKeyEnv,     apiKeyStdin,       tokenEnv,
            tokenStdin, tokenUrl,     clientId,      clientSecretEnv,   clientSecretStdin,
            scope,      tokenFormat,  clientIdField, clientSecretField, tokenField};
}

QList<const QCommandLineOption *> AuthOptions::oauth2() const
{
    return {&tokenUrl,    &clientId,      &clientSecretEnv,   &clientSecretStdin, &scope,
            &tokenFormat, &clientIdField, &clientSecretField, &tokenField};
}

QString oauth2FromFlags(const QCommandLineParser &parser, const AuthOptions &a, OAuth2Settings &settings)
{
    if (parser.isSet(a.tokenUrl))
        settings.tokenUrl = parser.value(a.tokenUrl).trimmed();
    if (parser.isSet(a.clientId))
        settings.clientId = parser.value(a.clientId);
    if (parser.isSet(a.scope))
        settings.scopes = parser.values(a.scope);
    if (parser.isSet(a.clientIdField))
        settings.clientIdField = parser.value(a.clientIdField).trimmed();
    if (parser.isSet(a.clientSecretField))
        settings.clientSecretField = parser.value(a.clientSecretField).trimmed();
    if (parser.isSet(a.tokenFormat)) {
        const QString format = parser.value(a.tokenFormat);
        if (format != u"form" && format != u"json")
            return Cli::tr("Unknown --token-format \"%1\": use form or json.").arg(format);
        settings.format = format == u"json" ? OAuth2Settings::Format::Json : OAuth2Settings::Format::Form;
    }
    if (parser.isSet(a.tokenField)) {
        QString error;
        const std::optional<QList<NamedValue>> fields =
            namedValues(parser.values(a.tokenField), dashed(a.tokenField), &error);
        if (!fields)
            return error;
        settings.extraFields = *fields;
    }
    if (settings.tokenUrl.isEmpty())
        return Cli::tr("--auth oauth2 needs --token-url: the identity provider's token endpoint.");
    if (settings.clientId.isEmpty())
        return Cli::tr("--auth oauth2 needs --client-id: the id the identity provider gave the client.");
    return QString();
}

std::optional<AuthKind> authOption(const QString &value, QString *error)
{
    if (const std::optional<AuthKind> kind = authKindFromKey(value))
        return kind;
    *error = Cli::tr("Unknown --auth \"%1\": use basic, apikey, bearer, oauth2 or none.").arg(value);
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
    if (kind != AuthKind::OAuth2) {
        for (const QCommandLineOption *option : o.oauth2()) {
            if (parser.isSet(*option))
                return Cli::tr(
                           "%1 is for --auth oauth2, and this call authenticates with --auth %2: leave it "
                           "out, or give --auth oauth2.")
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

namespace {

// Where the secret of a kind comes from (its two flags, then the profile's keychain entry), and what
// to say when it cannot be read (%1 the profile, %2 the keychain's error) or is nowhere.
struct SecretSource
{
    const QCommandLineOption &env;
    const QCommandLineOption &fromStdin;
    QString keychainKey; // empty without a profile
    QString unreadable;
    QString missing;
};

// The secret into secret; an error, or "".
QString secretOf(const QCommandLineParser &parser, const SecretSource &source, const StdinReader &readStdin,
                 const std::optional<Profile> &profile, const ProfileAccess &profiles, QString &secret)
{
    QString error;
    const std::optional<QString> given =
        secretFromFlags(parser, source.env, source.fromStdin, readStdin, &error);
    if (!error.isEmpty())
        return error;
    if (given) {
        secret = *given;
        return QString();
    }
    if (profile && profiles.secret) {
        if (const std::optional<QString> saved = profiles.secret(source.keychainKey, &error)) {
            secret = *saved;
            return QString();
        }
        if (!error.isEmpty())
            return source.unreadable.arg(profile->name, error);
    }
    return source.missing;
}

} // namespace

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
    case AuthKind::OAuth2: {
        if (profile)
            spec.auth.oauth2 = profile->oauth2;
        if (QString problem = oauth2FromFlags(parser, a, spec.auth.oauth2); !problem.isEmpty())
            return problem;
        return secretOf(
            parser,
            SecretSource{a.clientSecretEnv, a.clientSecretStdin,
                         profile ? profileClientSecretKey(profile->id) : QString(),
                         Cli::tr("The client secret of profile \"%1\" cannot be read from the "
                                 "keychain (%2): give it with --client-secret-env VAR or "
                                 "--client-secret-stdin."),
                         Cli::tr("No client secret: give it with --client-secret-env VAR or "
                                 "--client-secret-stdin, or save it with zato-invoke profiles save.")},
            readStdin, profile, profiles, spec.auth.secret);
    }
    case AuthKind::ApiKey: {
        spec.auth.apiKeyHeader = profile ? profile->apiKeyHeader : QByteArrayLiteral("X-API-Key");
        if (parser.isSet(a.apiKeyHeader)) {
            const std::optional<QByteArray> header = apiKeyHeaderOption(parser.value(a.apiKeyHeader), &error);
            if (!header)
                return error;
            spec.auth.apiKeyHeader = *header;
        }
        return secretOf(
            parser,
            SecretSource{a.apiKeyEnv, a.apiKeyStdin, profile ? profileApiKeyKey(profile->id) : QString(),
                         Cli::tr("The API key of profile \"%1\" cannot be read from the keychain (%2): "
                                 "give it with --api-key-env VAR or --api-key-stdin."),
                         Cli::tr("No API key: give it with --api-key-env VAR or --api-key-stdin, or save "
                                 "it with zato-invoke profiles save.")},
            readStdin, profile, profiles, spec.auth.secret);
    }
    case AuthKind::Bearer:
        return secretOf(
            parser,
            SecretSource{a.tokenEnv, a.tokenStdin, profile ? profileTokenKey(profile->id) : QString(),
                         Cli::tr("The bearer token of profile \"%1\" cannot be read from the keychain "
                                 "(%2): give it with --token-env VAR or --token-stdin."),
                         Cli::tr("No bearer token: give it with --token-env VAR or --token-stdin, or "
                                 "save it with zato-invoke profiles save.")},
            readStdin, profile, profiles, spec.auth.secret);
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
