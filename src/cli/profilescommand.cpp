#include "profilescommand.h"

#include "authoptions.h"
#include "cliarguments.h"
#include "invoke/authheaders.h"
#include "invoke/callcheck.h"
#include "options.h"
#include "profile/profilejson.h"
#include "syncsecrets.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace zd::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(zato_invoke)
};

CommandOutput usage(const QString &message)
{
    return CommandOutput{
        QByteArray(),
        (u"zato-invoke profiles: " + message + u"\nTry 'zato-invoke profiles --help'.\n").toUtf8(), 2};
}

CommandOutput list(const ProfileStore &store)
{
    QString out;
    for (const Profile &p : store.profiles())
        out += QStringLiteral("%1  %2  %3  %4\n")
                   .arg(p.name, -24)
                   .arg(p.address, -32)
                   .arg(p.user, -12)
                   .arg(clientKey(p.client));
    if (store.profiles().isEmpty())
        out =
            Text::tr("No saved profiles. Save one with: zato-invoke profiles save NAME --address URL ...\n");
    return CommandOutput{out.toUtf8(), QByteArray(), 0};
}

CommandOutput show(const ProfileStore &store, SecretStore &secrets, const QString &name)
{
    const std::optional<Profile> profile = store.byName(name);
    if (!profile)
        return usage(Text::tr("there is no profile named \"%1\".").arg(name));
    QString error;
    const bool saved = readSecret(secrets, profilePasswordKey(profile->id), &error).has_value();
    QString password = saved             ? Text::tr("password: saved in the keychain")
                       : error.isEmpty() ? Text::tr("password: not saved")
                                         : Text::tr("password: unknown, no keychain (%1)").arg(error);
    if (profile->auth == AuthKind::OAuth2) {
        QString secretError;
        const bool secretSaved =
            readSecret(secrets, profileClientSecretKey(profile->id), &secretError).has_value();
        password += u'\n' + (secretSaved ? Text::tr("client secret: saved in the keychain")
                             : secretError.isEmpty()
                                 ? Text::tr("client secret: not saved")
                                 : Text::tr("client secret: unknown, no keychain (%1)").arg(secretError));
    }
    if (profile->auth == AuthKind::ApiKey || profile->auth == AuthKind::Bearer) {
        const bool apiKey = profile->auth == AuthKind::ApiKey;
        QString secretError;
        const bool secretSaved =
            readSecret(secrets, apiKey ? profileApiKeyKey(profile->id) : profileTokenKey(profile->id),
                       &secretError)
                .has_value();
        password +=
            u'\n' + (secretSaved ? (apiKey ? Text::tr("API key: saved in the keychain")
                                           : Text::tr("bearer token: saved in the keychain"))
                     : secretError.isEmpty()
                         ? (apiKey ? Text::tr("API key: not saved") : Text::tr("bearer token: not saved"))
                         : Text::tr("%1: unknown, no keychain (%2)")
                               .arg(apiKey ? Text::tr("API key") : Text::tr("bearer token"), secretError));
    }
    return CommandOutput{writeProfiles({*profile}) + password.toUtf8() + '\n', QByteArray(), 0};
}

CommandOutput remove(ProfileStore &store, SecretStore &secrets, const QString &name)
{
    const std::optional<Profile> profile = store.byName(name);
    if (!profile)
        return usage(Text::tr("there is no profile named \"%1\".").arg(name));
    if (const QString error = store.remove(profile->id); !error.isEmpty())
        return CommandOutput{QByteArray(), (error + u'\n').toUtf8(), 3};
    for (const QString &key : profileSecretKeys(profile->id))
        removeSecret(secrets, key);
    return CommandOutput{Text::tr("Removed \"%1\".\n").arg(name).toUtf8(), QByteArray(), 0};
}

struct SaveOptions : ConnectionOptions
{
    QCommandLineOption anyPath{QStringLiteral("any-path"), QString(), QStringLiteral("PATH")};
    QCommandLineOption jsonPath{QStringLiteral("json-path"), QString(), QStringLiteral("PATH")};
    QCommandLineOption apiPath{QStringLiteral("api-path"), QString(), QStringLiteral("PATH")};
    QCommandLineOption apiUser{QStringLiteral("api-user"), QString(), QStringLiteral("USER")};
    QCommandLineOption apiPasswordEnv{QStringLiteral("api-password-env"), QString(), QStringLiteral("VAR")};
    QCommandLineOption caFile{QStringLiteral("ca-file"), QString(), QStringLiteral("FILE")};
    QCommandLineOption clientCert{QStringLiteral("client-cert"), QString(), QStringLiteral("FILE")};
    QCommandLineOption clientKey{QStringLiteral("client-key"), QString(), QStringLiteral("FILE")};
    QCommandLineOption noVerify{QStringLiteral("no-verify"), QString()};
    QCommandLineOption verify{QStringLiteral("verify"), QString()};
    QCommandLineOption frontEndHeaders{QStringLiteral("front-end-cert-headers"), QString()};
    QCommandLineOption noFrontEndHeaders{QStringLiteral("no-front-end-cert-headers"), QString()};
    QCommandLineOption proxy{QStringLiteral("proxy"), QString(), QStringLiteral("system|none|HOST:PORT")};
    QCommandLineOption proxyUser{QStringLiteral("proxy-user"), QString(), QStringLiteral("USER")};
    QCommandLineOption proxyPasswordEnv{QStringLiteral("proxy-password-env"), QString(),
                                        QStringLiteral("VAR")};
    AuthOptions authOptions;
};

// Applies the flags to the profile; returns an error or "".
QString apply(const QCommandLineParser &parser, const SaveOptions &o, Profile &p)
{
    const auto set = [&parser](const QCommandLineOption &option, QString &field) {
        if (parser.isSet(option))
            field = parser.value(option);
    };
    set(o.address, p.address);
    if (parser.isSet(o.client)) {
        QString error;
        const std::optional<ClientKind> kind = clientOption(parser.value(o.client), &error);
        if (!kind)
            return error;
        p.client = *kind;
    }
    if (parser.isSet(o.path))
        clientPath(p, p.client) = parser.value(o.path);
    set(o.anyPath, p.anyPath);
    set(o.jsonPath, p.jsonPath);
    set(o.apiPath, p.apiPath);
    set(o.service, p.anyService);
    set(o.user, p.user);
    set(o.apiUser, p.apiUser);
    if (parser.isSet(o.timeout)) {
        QString error;
        const std::optional<std::chrono::milliseconds> timeout =
            timeoutOption(parser.value(o.timeout), &error);
        if (!timeout)
            return error;
        p.timeoutSeconds = int((timeout->count() + 999) / 1000); // profiles keep whole seconds
    }
    set(o.caFile, p.tls.caFile);
    set(o.clientCert, p.tls.clientCertificateFile);
    set(o.clientKey, p.tls.clientKeyFile);
    if (parser.isSet(o.noVerify))
        p.tls.verify = false;
    if (parser.isSet(o.verify))
        p.tls.verify = true;
    if (parser.isSet(o.frontEndHeaders))
        p.tls.frontEndHeaders = true;
    if (parser.isSet(o.noFrontEndHeaders))
        p.tls.frontEndHeaders = false;
    if (parser.isSet(o.proxy)) {
        const QString proxy = parser.value(o.proxy);
        if (proxy == u"system") {
            p.proxy.mode = ProxySettings::Mode::System;
        } else if (proxy == u"none") {
            p.proxy.mode = ProxySettings::Mode::None;
        } else {
            const qsizetype colon = proxy.lastIndexOf(u':');
            bool ok = false;
            const uint port = proxy.mid(colon + 1).toUInt(&ok);
            if (colon <= 0 || !ok || port == 0 || port > 65535)
                return Text::tr("--proxy \"%1\" is not system, none or HOST:PORT.").arg(proxy);
            p.proxy.mode = ProxySettings::Mode::Manual;
            p.proxy.host = proxy.left(colon);
            p.proxy.port = quint16(port);
        }
    }
    set(o.proxyUser, p.proxy.user);
    QString error;
    if (parser.isSet(o.authOptions.auth)) {
        const std::optional<AuthKind> kind = authOption(parser.value(o.authOptions.auth), &error);
        if (!kind)
            return error;
        p.auth = *kind;
    }
    if (parser.isSet(o.authOptions.apiKeyHeader)) {
        const std::optional<QByteArray> header =
            apiKeyHeaderOption(parser.value(o.authOptions.apiKeyHeader), &error);
        if (!header)
            return error;
        p.apiKeyHeader = *header;
    }
    // A profile keeps its user name whatever its kind; a password is for HTTP Basic only.
    QStringList basicFlags;
    for (const QCommandLineOption *option : {&o.passwordEnv, &o.passwordStdin}) {
        if (parser.isSet(*option))
            basicFlags << u"--" + option->names().constFirst();
    }
    if (const QString other = flagOfAnotherKind(parser, o.authOptions, p.auth, basicFlags); !other.isEmpty())
        return other;
    if (p.auth == AuthKind::OAuth2) {
        if (const QString problem = oauth2FromFlags(parser, o.authOptions, p.oauth2); !problem.isEmpty())
            return problem;
    }
    if (p.address.isEmpty())
        return Text::tr("--address is missing: a profile needs the server address.");
    if (withoutUserInfo(p.address) != p.address)
        return Text::tr(
            "--address holds a user name or password (before @), which would be saved in clear: "
            "give the user with --user and the password with --password-env or --password-stdin.");
    return QString();
}

CommandOutput save(ProfileStore &store, SecretStore &secrets, const QStringList &arguments,
                   const StdinReader &readStdin)
{
    QCommandLineParser parser;
    const SaveOptions o;
    parser.addOptions({o.address,         o.client,      o.path,          o.anyPath, o.jsonPath,
                       o.apiPath,         o.service,     o.user,          o.apiUser, o.apiPasswordEnv,
                       o.timeout,         o.passwordEnv, o.passwordStdin, o.caFile,  o.clientCert,
                       o.clientKey,       o.noVerify,    o.verify,        o.proxy,   o.proxyUser,
                       o.proxyPasswordEnv});
    parser.addOptions({o.frontEndHeaders, o.noFrontEndHeaders});
    parser.addOptions(o.authOptions.all());
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    const QStringList names = parser.positionalArguments().mid(2); // "profiles", "save"
    if (names.size() != 1)
        return usage(Text::tr("save needs exactly one profile name."));
    const QString name = names.constFirst();

    Profile profile = store.byName(name).value_or(Profile());
    if (profile.id.isEmpty()) {
        profile.id = Profile::newId();
        profile.name = name;
    }
    if (const QString error = apply(parser, o, profile); !error.isEmpty())
        return usage(error);
    QString error;
    const std::optional<QString> password =
        passwordFromFlags(parser.value(o.passwordEnv), parser.isSet(o.passwordStdin), readStdin, &error);
    if (!error.isEmpty())
        return usage(error);
    const std::optional<QString> proxyPassword =
        passwordFromFlags(parser.value(o.proxyPasswordEnv), false, readStdin, &error);
    if (!error.isEmpty())
        return usage(error);
    const std::optional<QString> apiPassword =
        passwordFromFlags(parser.value(o.apiPasswordEnv), false, readStdin, &error);
    if (!error.isEmpty())
        return usage(error);
    const std::optional<QString> apiKey =
        secretFromFlags(parser, o.authOptions.apiKeyEnv, o.authOptions.apiKeyStdin, readStdin, &error);
    if (!error.isEmpty())
        return usage(error);
    const std::optional<QString> token =
        secretFromFlags(parser, o.authOptions.tokenEnv, o.authOptions.tokenStdin, readStdin, &error);
    if (!error.isEmpty())
        return usage(error);
    const std::optional<QString> clientSecret = secretFromFlags(
        parser, o.authOptions.clientSecretEnv, o.authOptions.clientSecretStdin, readStdin, &error);
    if (!error.isEmpty())
        return usage(error);
    if (apiPassword && profile.apiUser.isEmpty())
        return usage(Text::tr("--api-password-env needs --api-user: without its own user the Invoke API is "
                              "called with the main user and password."));

    if (const QString saveError = store.save(profile); !saveError.isEmpty())
        return CommandOutput{QByteArray(), (saveError + u'\n').toUtf8(), 3};
    QString out = Text::tr("Saved \"%1\" in %2.\n").arg(name, store.fileName());
    const std::pair<const std::optional<QString> &, QString> secretsToSave[] = {
        {password, profilePasswordKey(profile.id)},    {apiPassword, profileApiPasswordKey(profile.id)},
        {proxyPassword, proxyPasswordKey(profile.id)}, {apiKey, profileApiKeyKey(profile.id)},
        {token, profileTokenKey(profile.id)},          {clientSecret, profileClientSecretKey(profile.id)}};
    for (const auto &[secret, key] : secretsToSave) {
        if (!secret)
            continue;
        QString keychainError;
        const bool isKey = key == profileApiKeyKey(profile.id);
        const bool isToken = key == profileTokenKey(profile.id);
        const bool isClientSecret = key == profileClientSecretKey(profile.id);
        if (!writeSecret(secrets, key, *secret, &keychainError)) {
            const QString message =
                isClientSecret
                    ? Text::tr(
                          "The client secret was not saved: no keychain is available (%1). It is never "
                          "written anywhere else; give it with --client-secret-env or --client-secret-stdin "
                          "when you call.\n")
                : isKey ? Text::tr(
                              "The API key was not saved: no keychain is available (%1). It is never written "
                              "anywhere else; give it with --api-key-env or --api-key-stdin when you call.\n")
                : isToken
                    ? Text::tr(
                          "The bearer token was not saved: no keychain is available (%1). It is never "
                          "written anywhere else; give it with --token-env or --token-stdin when you call.\n")
                    : Text::tr("The password was not saved: no keychain is available (%1). It is never "
                               "written anywhere else; give it with --password-env or --password-stdin "
                               "when you call.\n");
            return CommandOutput{out.toUtf8(), message.arg(keychainError).toUtf8(), 3};
        }
        out += isClientSecret ? Text::tr("The client secret is in the keychain.\n")
               : isKey        ? Text::tr("The API key is in the keychain.\n")
               : isToken      ? Text::tr("The bearer token is in the keychain.\n")
                              : Text::tr("The password is in the keychain.\n");
    }
    return CommandOutput{out.toUtf8(), QByteArray(), 0};
}

QString help()
{
    return Text::tr(
        "Usage: zato-invoke profiles list\n"
        "       zato-invoke profiles show NAME\n"
        "       zato-invoke profiles save NAME [--address URL] [--client any|json|api] [--path PATH]\n"
        "            [--any-path PATH] [--json-path PATH] [--api-path PATH] [--service NAME] [--user USER]\n"
        "            [--timeout SECONDS] [--password-env VAR | --password-stdin] [--ca-file FILE]\n"
        "            [--client-cert FILE] [--client-key FILE] [--no-verify | --verify]\n"
        "            [--front-end-cert-headers | --no-front-end-cert-headers]\n"
        "            [--proxy system|none|HOST:PORT] [--proxy-user USER] [--proxy-password-env VAR]\n"
        "            [--api-user USER] [--api-password-env VAR] [--auth basic|apikey|bearer|oauth2|none]\n"
        "            [--api-key-header NAME] [--api-key-env VAR | --api-key-stdin]\n"
        "            [--token-env VAR | --token-stdin]\n"
        "            [--token-url URL --client-id ID] [--client-secret-env VAR | --client-secret-stdin]\n"
        "            [--scope S]... [--token-format form|json] [--token-field name=value]...\n"
        "       zato-invoke profiles remove NAME\n"
        "--api-user: the Invoke API's own user, where its channel needs another one than --user\n"
        "(--client api then calls with it and the password of --api-password-env).\n"
        "--auth: how the profile's channels authenticate (HTTP Basic unless told); an API key and a bearer\n"
        "token are kept in the keychain like passwords, never as arguments or in the profile file.\n"
        "--front-end-cert-headers: for a server reached without its TLS front end, send the headers that\n"
        "front end sets for a verified client certificate (X-Zato-SSL-Client-*), made from --client-cert;\n"
        "a server behind its front end never sees them.\n"
        "Profiles are shared with Zato Desk; passwords are kept in the OS keychain only.\n");
}

} // namespace

CommandOutput runProfilesCommand(const QStringList &arguments, ProfileStore &store, SecretStore &secrets,
                                 const StdinReader &readStdin)
{
    // arguments: the program, "profiles", the action, its arguments
    const QString action = arguments.value(2);
    if (action.isEmpty() || action == u"--help" || action == u"-h" || action == u"help")
        return CommandOutput{help().toUtf8(), QByteArray(), action.isEmpty() ? 2 : 0};
    const QString loadMessage = store.load();
    if (store.isReadOnly())
        return CommandOutput{QByteArray(), (loadMessage + u'\n').toUtf8(), 3};
    CommandOutput output =
        usage(Text::tr("unknown action \"%1\": use list, show, save or remove.").arg(action));
    if (action == u"list")
        output = list(store);
    else if ((action == u"show" || action == u"remove") && arguments.size() != 4)
        output = usage(Text::tr("%1 needs exactly one profile name.").arg(action));
    else if (action == u"show")
        output = show(store, secrets, arguments.at(3));
    else if (action == u"remove")
        output = remove(store, secrets, arguments.at(3));
    else if (action == u"save")
        output = save(store, secrets, arguments, readStdin);
    if (!loadMessage.isEmpty())
        output.err.prepend((loadMessage + u'\n').toUtf8());
    return output;
}

} // namespace zd::cli
