#include "enmasse.h"

#include <QDateTime>
#include <QLocale>
#include <yaml-cpp/yaml.h>

namespace zd::demo {

namespace {

std::string str(const QString &text)
{
    return text.toStdString();
}

// Objects a server creates for itself, which an export leaves out (zato-platform.md §3.1): the names
// admin.invoke, ide_publisher, metrics and pubapi (3.2), and the prefixes zato, pub.zato and demo.
bool isInternal(const QString &name)
{
    return name == u"admin.invoke" || name == u"admin.invoke.json" || name == u"ide_publisher" ||
           name == u"metrics" || name == u"pubapi" || name.startsWith(u"zato") ||
           name.startsWith(u"pub.zato") || name.startsWith(u"demo");
}

const char *typeName(SecurityDefinition::Type type)
{
    switch (type) {
    case SecurityDefinition::Type::BasicAuth:
        return "basic_auth";
    case SecurityDefinition::Type::ApiKey:
        return "apikey";
    case SecurityDefinition::Type::BearerToken:
        return "bearer_token";
    case SecurityDefinition::Type::Mtls:
        return "mtls";
    }
    return "basic_auth";
}

void writeRateLimit(YAML::Emitter &out, const std::optional<RateLimit> &limit)
{
    if (!limit || limit->requests < 1 || limit->perSeconds < 1)
        return;
    // Zato's units are a minute, an hour and a day; other windows are written per minute when exact.
    const char *unit = "m";
    qint64 requests = limit->requests;
    if (limit->perSeconds == 3600) {
        unit = "h";
    } else if (limit->perSeconds == 86400) {
        unit = "d";
    } else if (limit->perSeconds != 60) {
        if ((qint64(limit->requests) * 60) % limit->perSeconds != 0)
            return;
        requests = qint64(limit->requests) * 60 / limit->perSeconds;
    }
    out << YAML::Key << "rate_limiting" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
    out << YAML::Key << "time_range" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
    out << YAML::Key << "is_all_day" << YAML::Value << true;
    out << YAML::Key << "limit" << YAML::Value << requests;
    out << YAML::Key << "limit_unit" << YAML::Value << unit;
    out << YAML::EndMap << YAML::EndSeq << YAML::EndMap << YAML::EndSeq;
}

void writeList(YAML::Emitter &out, const char *key, const QStringList &values)
{
    if (values.isEmpty())
        return;
    out << YAML::Key << key << YAML::Value << YAML::BeginSeq;
    for (const QString &value : values)
        out << str(value);
    out << YAML::EndSeq;
}

QString sunsetDate(const QString &httpDate)
{
    const QDateTime when =
        QLocale::c().toDateTime(httpDate, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    return when.isValid() ? when.date().toString(Qt::ISODate) : httpDate;
}

} // namespace

QByteArray exportEnmasse(const DemoConfig &config)
{
    YAML::Emitter out;
    out << YAML::BeginMap;

    QList<const SecurityDefinition *> security;
    for (const SecurityDefinition &definition : config.security) {
        if (!isInternal(definition.name))
            security << &definition;
    }
    if (!security.isEmpty()) {
        out << YAML::Key << "security" << YAML::Value << YAML::BeginSeq;
        for (const SecurityDefinition *definition : std::as_const(security)) {
            out << YAML::BeginMap;
            out << YAML::Key << "name" << YAML::Value << str(definition->name);
            out << YAML::Key << "type" << YAML::Value << typeName(definition->type);
            // No password or static_token, no API-key header, no realm; an API key's username is
            // Zato's own placeholder and is left out too.
            if (definition->type != SecurityDefinition::Type::ApiKey && !definition->user.isEmpty())
                out << YAML::Key << "username" << YAML::Value << str(definition->user);
            if (!definition->isActive)
                out << YAML::Key << "is_active" << YAML::Value << false;
            if (!definition->certFingerprint.isEmpty()) // a certificate's fingerprint is no secret
                out << YAML::Key << "client_cert_fingerprint" << YAML::Value
                    << str(definition->certFingerprint);
            if (!definition->certSubjectDn.isEmpty())
                out << YAML::Key << "client_cert_subject_dn" << YAML::Value << str(definition->certSubjectDn);
            if (definition->jwt) { // what a client needs to fetch a matching token itself
                const JwtRules &rules = *definition->jwt;
                out << YAML::Key << "issuer" << YAML::Value << str(rules.issuer);
                if (!rules.jwksUrl.isEmpty())
                    out << YAML::Key << "jwks_url" << YAML::Value << str(rules.jwksUrl);
                out << YAML::Key << "audience" << YAML::Value << str(rules.audience);
                writeList(out, "claims", rules.claims);
            }
            writeRateLimit(out, definition->rateLimit);
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }

    if (!config.groups.isEmpty()) {
        out << YAML::Key << "groups" << YAML::Value << YAML::BeginSeq;
        for (const SecurityGroup &group : config.groups) {
            out << YAML::BeginMap << YAML::Key << "name" << YAML::Value << str(group.name);
            out << YAML::Key << "members" << YAML::Value << YAML::BeginSeq;
            for (const QString &member : group.members)
                out << str(member);
            out << YAML::EndSeq << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }

    QList<const Channel *> channels;
    for (const Channel &channel : config.channels) {
        if (!isInternal(channel.name) && !channel.rbac) // 4.1 has no RBAC
            channels << &channel;
    }
    if (!channels.isEmpty()) {
        out << YAML::Key << "channel_rest" << YAML::Value << YAML::BeginSeq;
        for (const Channel *channel : std::as_const(channels)) {
            const bool invoker = channel->service == u"{service}";
            QString path = channel->path;
            if (invoker)
                path.replace(QStringLiteral("{service}"), QStringLiteral("{service_name}"));
            out << YAML::BeginMap;
            out << YAML::Key << "name" << YAML::Value << str(channel->name);
            out << YAML::Key << "service" << YAML::Value
                << (invoker ? std::string("pub.zato.service.service-invoker") : str(channel->service));
            out << YAML::Key << "url_path" << YAML::Value << str(path);
            if (!channel->security.isEmpty())
                out << YAML::Key << "security" << YAML::Value << str(channel->security);
            writeList(out, "groups", channel->groups);
            if (!channel->method.isEmpty())
                out << YAML::Key << "method" << YAML::Value << str(channel->method);
            if (channel->dataFormat != u"json")
                out << YAML::Key << "data_format" << YAML::Value << str(channel->dataFormat);
            if (!channel->isActive)
                out << YAML::Key << "is_active" << YAML::Value << false;
            writeList(out, "gateway_service_list", channel->gatewayServices);
            writeRateLimit(out, channel->rateLimit);
            if (channel->deprecation) {
                out << YAML::Key << "is_deprecated" << YAML::Value << true;
                if (!channel->deprecation->sunset.isEmpty())
                    out << YAML::Key << "deprecation_sunset" << YAML::Value
                        << str(sunsetDate(channel->deprecation->sunset));
                if (!channel->deprecation->successor.isEmpty())
                    out << YAML::Key << "deprecation_successor" << YAML::Value
                        << str(channel->deprecation->successor);
            }
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    // The OpenAPI channels (§4), each with the REST channels it includes that the export has.
    const auto exported = [&channels](const QString &name) {
        return std::any_of(channels.cbegin(), channels.cend(),
                           [&name](const Channel *channel) { return channel->name == name; });
    };
    if (!config.openApi.isEmpty()) {
        out << YAML::Key << "channel_openapi" << YAML::Value << YAML::BeginSeq;
        for (const OpenApiChannel &openApi : config.openApi) {
            out << YAML::BeginMap << YAML::Key << "name" << YAML::Value << str(openApi.name);
            out << YAML::Key << "rest_channel_list" << YAML::Value << YAML::BeginSeq;
            for (const QString &name : openApi.restChannels) {
                if (exported(name))
                    out << str(name);
            }
            out << YAML::EndSeq << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    out << YAML::EndMap;
    QByteArray text(out.c_str(), qsizetype(out.size()));
    if (text == "{}" || text.isEmpty())
        return QByteArray();
    return text + '\n';
}

} // namespace zd::demo
