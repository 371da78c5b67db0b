#include "demoserver.h"
#include "enmasse/enmasse.h"
#include "openapichannel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <climits>
#include <cstdio>
#include <functional>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(zato_demo_server)
};

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

int fail(const QString &message)
{
    print(stderr, u"zato-demo-server: " + message + u'\n');
    return 2;
}

QString describe(const zd::demo::DemoServer &server, const QString &cache)
{
    const zd::demo::DemoConfig &config = server.config();
    const QString flavour = config.flavour == zd::demo::Flavour::Zato41 ? QStringLiteral("Zato 4.1")
                            : config.wire == zd::Wire::G2               ? QStringLiteral("Zato 3.2")
                                                                        : QStringLiteral("Zato 2.0");
    QString text =
        Text::tr("Zato demo server (%1 wire, %2) listening on %3\n").arg(flavour, cache, server.address());
    text += Text::tr("Channels:\n");
    for (const zd::demo::Channel &channel : config.channels) {
        QString security = channel.rbac                 ? u"RBAC: " + channel.rbacAllow.join(u", ")
                           : channel.security.isEmpty() ? QString()
                                                        : channel.security;
        if (!channel.groups.isEmpty())
            security += (security.isEmpty() ? QString() : QStringLiteral(" + ")) +
                        Text::tr("groups: %1").arg(channel.groups.join(u", "));
        if (channel.service == zd::demo::openApiService)
            security = Text::tr("Basic Auth of an OpenAPI channel's REST channels");
        if (security.isEmpty())
            security = Text::tr("no security");
        if (!channel.isActive)
            security += u", " + Text::tr("inactive");
        if (channel.rateLimit)
            security += u", " + Text::tr("at most %1 per %2 s")
                                    .arg(channel.rateLimit->requests)
                                    .arg(channel.rateLimit->perSeconds);
        if (channel.deprecation)
            security += u", " + Text::tr("deprecated");
        text += QStringLiteral("  %1 -> %2 (%3%4)\n")
                    .arg(channel.path, -40)
                    .arg(channel.service, security,
                         channel.method.isEmpty() ? QString() : u", " + channel.method);
    }
    if (!config.openApi.isEmpty())
        text += Text::tr("OpenAPI channels (GET, Basic Auth of one of their REST channels' definitions):\n");
    for (const zd::demo::OpenApiChannel &openApi : config.openApi) {
        const QString channels = openApi.restChannels.isEmpty()
                                     ? Text::tr("no REST channels")
                                     : openApi.restChannels.join(QStringLiteral(", "));
        text += QStringLiteral("  %1 \"%2\": %3\n")
                    .arg(u"/openapi/" + zd::demo::openApiSlug(openApi.name), openApi.name, channels);
    }
    using Type = zd::demo::SecurityDefinition::Type;
    QString apiKeys;
    QString tokens;
    QString certificates;
    text += Text::tr("Users (the built-in ones have the password my-password):\n");
    for (const zd::demo::SecurityDefinition &definition : config.security) {
        switch (definition.type) {
        case Type::BasicAuth:
            text += QStringLiteral("  %1 (\"%2\", realm \"%3\")\n")
                        .arg(definition.user, definition.name, definition.realm);
            break;
        case Type::ApiKey:
            apiKeys += QStringLiteral("  \"%1\" (%2)\n")
                           .arg(definition.name, QString::fromLatin1(definition.header));
            break;
        case Type::BearerToken:
            if (definition.jwt)
                tokens += Text::tr("  \"%1\" (a JWT: iss %2, aud %3)\n")
                              .arg(definition.name, definition.jwt->issuer, definition.jwt->audience);
            else
                tokens += QStringLiteral("  \"%1\"\n").arg(definition.name);
            break;
        case Type::Mtls:
            certificates +=
                QStringLiteral("  \"%1\" (%2)\n")
                    .arg(definition.name, !definition.certFingerprint.isEmpty()
                                              ? u"SHA-256 " + definition.certFingerprint
                                          : !definition.certSubjectDn.isEmpty()
                                              ? definition.certSubjectDn
                                              : Text::tr("any certificate the front end verified"));
            break;
        }
    }
    if (!apiKeys.isEmpty())
        text += Text::tr("API keys (the key in the header named):\n") + apiKeys;
    if (!tokens.isEmpty())
        text += Text::tr("Bearer tokens (Authorization: Bearer <token>):\n") + tokens;
    if (!certificates.isEmpty())
        text += Text::tr("Client certificates (the TLS front end's X-Zato-SSL-Client-* headers):\n") +
                certificates;
    if (!config.oauthClients.isEmpty()) {
        QStringList ids;
        for (const zd::demo::OAuthClient &client : config.oauthClients)
            ids << client.id;
        text += Text::tr("OAuth2 clients of POST /demo/oauth/token (keys at /demo/oauth/jwks): %1\n")
                    .arg(ids.join(QStringLiteral(", ")));
    }
    if (!config.groups.isEmpty())
        text += Text::tr("Security groups:\n");
    for (const zd::demo::SecurityGroup &group : config.groups) {
        const QString members = group.members.isEmpty()
                                    ? Text::tr("no members")
                                    : u'"' + group.members.join(QStringLiteral("\", \"")) + u'"';
        text += QStringLiteral("  \"%1\": %2\n").arg(group.name, members);
    }
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("zato-demo-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ZD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("A Zato-compatible server with the sample customer services."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  Text::tr("TCP port (default 17010; 0 picks a free one)."),
                                  QStringLiteral("PORT"), QStringLiteral("17010"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    Text::tr("Address to listen on (default 127.0.0.1)."),
                                    QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption wire(QStringLiteral("wire"),
                                  Text::tr("g2 answers as Zato 3.2 (default), g1 as Zato 2.0."),
                                  QStringLiteral("g1|g2"));
    const QCommandLineOption zato(QStringLiteral("zato"),
                                  Text::tr("3.2 answers as Zato 3.2 (default), 4.1 as the newest Zato 4.1."),
                                  QStringLiteral("3.2|4.1"));
    const QCommandLineOption config(
        QStringLiteral("config"),
        Text::tr("JSON file with users, channels and RBAC, or a Zato enmasse file (.yaml, .yml)."),
        QStringLiteral("FILE"));
    const QCommandLineOption envFile(QStringLiteral("env-file"),
                                     Text::tr("NAME=value lines for the enmasse file's ${NAME} references."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption serviceMap(
        QStringLiteral("service-map"),
        Text::tr("Run a demo service for one the enmasse file names, e.g. orders.get=customer.get2 "
                 "(repeatable)."),
        QStringLiteral("THEIRS=OURS"));
    const QCommandLineOption serviceMapFile(QStringLiteral("service-map-file"),
                                            Text::tr("A file of THEIRS=OURS lines, as --service-map."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption redis(QStringLiteral("redis"),
                                   Text::tr("Cache in Redis, e.g. redis://127.0.0.1:6379."),
                                   QStringLiteral("URL"));
    const QCommandLineOption log(QStringLiteral("log"), Text::tr("Print one line per call."));
    parser.addOptions({port, listen, wire, zato, config, envFile, serviceMap, serviceMapFile, redis, log});
    // The limits (democonfig.h); each overrides the configuration file's "limits".
    zd::demo::Limits defaults;
    const QList<std::pair<QCommandLineOption, std::function<void(zd::demo::Limits &, qint64)>>> limits = {
        {QCommandLineOption(
             QStringLiteral("header-timeout-ms"),
             Text::tr("Time for a request's header (default %1).").arg(defaults.headerTimeoutMs),
             QStringLiteral("MS")),
         [](zd::demo::Limits &l, qint64 v) { l.headerTimeoutMs = int(v); }},
        {QCommandLineOption(
             QStringLiteral("body-timeout-ms"),
             Text::tr("Longest silence within a body (default %1).").arg(defaults.bodyTimeoutMs),
             QStringLiteral("MS")),
         [](zd::demo::Limits &l, qint64 v) { l.bodyTimeoutMs = int(v); }},
        {QCommandLineOption(
             QStringLiteral("idle-timeout-ms"),
             Text::tr("Idle keep-alive, or a client not reading (default %1).").arg(defaults.idleTimeoutMs),
             QStringLiteral("MS")),
         [](zd::demo::Limits &l, qint64 v) { l.idleTimeoutMs = int(v); }},
        {QCommandLineOption(QStringLiteral("max-connections"),
                            Text::tr("Open connections (default %1, lowered to the open-file limit).")
                                .arg(defaults.maxConnections),
                            QStringLiteral("N")),
         [](zd::demo::Limits &l, qint64 v) { l.maxConnections = int(v); }},
        {QCommandLineOption(
             QStringLiteral("body-budget"),
             Text::tr("Bytes of request bodies in flight (default %1).").arg(defaults.bodyBudgetBytes),
             QStringLiteral("BYTES")),
         [](zd::demo::Limits &l, qint64 v) { l.bodyBudgetBytes = v; }},
        {QCommandLineOption(
             QStringLiteral("send-buffer"),
             Text::tr("Answer bytes queued per connection (default %1).").arg(defaults.sendBufferBytes),
             QStringLiteral("BYTES")),
         [](zd::demo::Limits &l, qint64 v) { l.sendBufferBytes = v; }},
    };
    for (const auto &[option, apply] : limits)
        parser.addOption(option);
    if (!parser.parse(QCoreApplication::arguments()))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        print(stdout, parser.helpText());
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        print(stdout, QStringLiteral("zato-demo-server " ZD_VERSION "\n"));
        return 0;
    }

    std::optional<zd::demo::Flavour> flavour;
    if (parser.isSet(zato)) {
        const QString value = parser.value(zato);
        if (value != u"3.2" && value != u"4.1")
            return fail(Text::tr("Unknown --zato \"%1\": use 3.2 or 4.1.").arg(value));
        flavour = value == u"4.1" ? zd::demo::Flavour::Zato41 : zd::demo::Flavour::Zato32;
    }
    zd::demo::DemoConfig demoConfig =
        zd::demo::DemoConfig::defaults(flavour.value_or(zd::demo::Flavour::Zato32));
    if (!parser.isSet(config) &&
        (parser.isSet(envFile) || parser.isSet(serviceMap) || parser.isSet(serviceMapFile)))
        return fail(Text::tr("--env-file and --service-map are for an enmasse file: give it with --config."));
    if (parser.isSet(config)) {
        zd::demo::EnmasseOptions options;
        options.flavour = flavour.value_or(zd::demo::Flavour::Zato32);
        QString error;
        if (parser.isSet(envFile)) {
            const zd::demo::EnvFile env = zd::demo::readEnvFile(parser.value(envFile));
            if (!env.values)
                return fail(env.error);
            options.env = *env.values;
        }
        for (const QString &mapping : parser.values(serviceMap)) {
            if (!zd::demo::addServiceMapping(mapping, options.serviceMap, error))
                return fail(error);
        }
        if (parser.isSet(serviceMapFile) &&
            !zd::demo::readServiceMapFile(parser.value(serviceMapFile), options.serviceMap, error))
            return fail(error);
        const zd::demo::EnmasseLoad load = zd::demo::loadConfigFile(parser.value(config), options);
        for (const QString &warning : load.warnings)
            print(stderr, Text::tr("zato-demo-server: warning: %1\n").arg(warning));
        if (!load.config)
            return fail(load.error);
        demoConfig = *load.config;
        if (flavour && *flavour != demoConfig.flavour)
            return fail(Text::tr("--zato %1 differs from the \"zato\" of %2.")
                            .arg(parser.value(zato), parser.value(config)));
    }
    if (parser.isSet(wire)) {
        const QString value = parser.value(wire);
        if (value != u"g1" && value != u"g2")
            return fail(Text::tr("Unknown --wire \"%1\": use g1 or g2.").arg(value));
        demoConfig.wire = value == u"g1" ? zd::Wire::G1 : zd::Wire::G2;
    }
    for (const auto &[option, apply] : limits) {
        if (!parser.isSet(option))
            continue;
        bool ok = false;
        const qint64 value = parser.value(option).toLongLong(&ok);
        if (!ok || value < 0 || (value > INT_MAX && option.valueName() != u"BYTES"))
            return fail(Text::tr("--%1 \"%2\" is not a number.")
                            .arg(option.names().constFirst(), parser.value(option)));
        apply(demoConfig.limits, value);
    }
    bool portOk = false;
    const uint portNumber = parser.value(port).toUInt(&portOk);
    if (!portOk || portNumber > 65535)
        return fail(Text::tr("--port \"%1\" is not a port number.").arg(parser.value(port)));
    const QHostAddress address(parser.value(listen));
    if (address.isNull())
        return fail(Text::tr("--listen \"%1\" is not an IP address.").arg(parser.value(listen)));

    std::unique_ptr<zd::demo::Cache> cache;
    if (parser.isSet(redis)) {
        zd::demo::RedisConnect connect = zd::demo::connectRedis(parser.value(redis));
        if (!connect.cache)
            return fail(connect.error);
        cache = std::move(connect.cache);
    }
    const QString cacheText = cache ? cache->description() : QStringLiteral("in-memory cache");

    zd::demo::DemoServer server(demoConfig, std::move(cache));
    if (!server.listen(address, quint16(portNumber)))
        return fail(Text::tr("Cannot listen on %1:%2: %3")
                        .arg(address.toString())
                        .arg(portNumber)
                        .arg(server.errorString()));
    if (parser.isSet(log)) {
        QObject::connect(&server, &zd::demo::DemoServer::callLogged, &app,
                         [](const zd::demo::CallLog &entry) { print(stdout, entry.toText() + u'\n'); });
    }
    print(stdout, describe(server, cacheText));
    return QCoreApplication::exec();
}
