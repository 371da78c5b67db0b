// The demo server's JSON configuration file (README "The demo server"): members left out keep the
// defaults of the flavour the file names.
#include "democonfig.h"
#include "jwt/jwks.h"

#include "json/parser.h"
#include <QCoreApplication>
#include <QFile>
#include <climits>

namespace zd::demo {

namespace {

struct ConfigText
{
    Q_DECLARE_TR_FUNCTIONS(DemoConfig)
};

QString string(const json::Value &object, QStringView key, const QString &fallback = QString())
{
    const json::Value *value = object.find(key);
    return value && value->isString() ? value->toString() : fallback;
}

std::optional<qint64> integer(const json::Value &object, QStringView key)
{
    const json::Value *value = object.find(key);
    return value ? value->toNumber().toInt64() : std::nullopt;
}

bool boolean(const json::Value &object, QStringView key, bool fallback)
{
    const json::Value *value = object.find(key);
    return value && value->isBool() ? value->toBool() : fallback;
}

QStringList strings(const json::Value &object, QStringView key)
{
    QStringList list;
    if (const json::Value *value = object.find(key)) {
        for (const json::Value &item : value->toArray())
            list << item.toString();
    }
    return list;
}

// Reads one part of the file into config; returns an error message, empty when it is fine.
using Reader = QString (*)(const json::Value &root, DemoConfig &config);

// "rate_limit": {"requests": 3, "per_seconds": 10}
QString rateLimit(const json::Value &item, const QString &owner, std::optional<RateLimit> &out)
{
    const json::Value *value = item.find(u"rate_limit");
    if (!value || value->isNull())
        return {};
    const qint64 requests = integer(*value, u"requests").value_or(0);
    const qint64 perSeconds = integer(*value, u"per_seconds").value_or(0);
    if (requests < 1 || perSeconds < 1 || requests > INT_MAX || perSeconds > INT_MAX)
        return ConfigText::tr(
                   "The \"rate_limit\" of \"%1\" needs \"requests\" and \"per_seconds\" of at least 1.")
            .arg(owner);
    out = RateLimit{int(requests), int(perSeconds)};
    return {};
}

// A bearer_token definition that takes JWTs: "issuer", "audience", "claims" (["name=value"] or an
// object), and "jwks_file" for keys other than the demo's own.
QString jwtRules(const json::Value &item, SecurityDefinition &definition)
{
    const QStringList keys = {QStringLiteral("issuer"), QStringLiteral("audience"), QStringLiteral("claims"),
                              QStringLiteral("jwks_file"), QStringLiteral("jwks_url")};
    if (std::none_of(keys.cbegin(), keys.cend(), [&item](const QString &key) { return item.find(key); }))
        return {};
    JwtRules rules;
    rules.issuer = string(item, u"issuer");
    rules.audience = string(item, u"audience");
    rules.jwksUrl = string(item, u"jwks_url");
    rules.jwksFile = string(item, u"jwks_file");
    if (rules.issuer.isEmpty() || rules.audience.isEmpty())
        return ConfigText::tr("JWT bearer token \"%1\" needs an \"issuer\" and an \"audience\".")
            .arg(definition.name);
    if (const json::Value *claims = item.find(u"claims"); claims && claims->isObject()) {
        for (const json::Member &claim : claims->toObject())
            rules.claims << claim.key + u'=' +
                                (claim.value.isString() ? claim.value.toString()
                                                        : QString::fromUtf8(claim.value.toNumber().text));
    } else {
        rules.claims = strings(item, u"claims");
    }
    for (const QString &claim : std::as_const(rules.claims)) {
        if (claim.indexOf(u'=') < 1)
            return ConfigText::tr("JWT bearer token \"%1\": the claim \"%2\" is not name=value.")
                .arg(definition.name, claim);
    }
    if (!rules.jwksFile.isEmpty()) {
        const jwt::KeySetLoad keys = jwt::loadJwksFile(rules.jwksFile);
        if (!keys.keys)
            return ConfigText::tr("JWT bearer token \"%1\": the JWKS file %2 is %3.")
                .arg(definition.name, rules.jwksFile, keys.error);
        rules.keys = keys.keys;
    }
    definition.jwt = rules;
    return {};
}

QString readSecurity(const json::Value &root, DemoConfig &config)
{
    const json::Value *security = root.find(u"security");
    if (!security)
        return {};
    config.security.clear();
    for (const json::Value &item : security->toArray()) {
        SecurityDefinition definition;
        definition.name = string(item, u"name");
        definition.user = string(item, u"user");
        definition.realm = string(item, u"realm", QStringLiteral("Zato"));
        definition.isActive = boolean(item, u"is_active", true);
        const QString type = string(item, u"type", QStringLiteral("basic_auth"));
        if (type == u"basic_auth") {
            definition.password = string(item, u"password");
            if (definition.name.isEmpty() || definition.user.isEmpty())
                return ConfigText::tr("Every security definition needs a \"name\" and a \"user\".");
        } else if (type == u"apikey") {
            definition.type = SecurityDefinition::Type::ApiKey;
            definition.password = string(item, u"key", string(item, u"password"));
            definition.header = string(item, u"header", QStringLiteral("X-API-Key")).toLatin1();
        } else if (type == u"bearer_token") {
            definition.type = SecurityDefinition::Type::BearerToken;
            definition.password = string(item, u"token", string(item, u"password"));
            if (QString error = jwtRules(item, definition); !error.isEmpty())
                return error;
        } else if (type == u"mtls") {
            definition.type = SecurityDefinition::Type::Mtls;
            definition.certFingerprint = string(item, u"client_cert_fingerprint");
            definition.certSubjectDn = string(item, u"client_cert_subject_dn");
        } else {
            return ConfigText::tr("Security definition \"%1\" has the unknown type \"%2\": use basic_auth, "
                                  "apikey, bearer_token or mtls.")
                .arg(definition.name, type);
        }
        if (definition.name.isEmpty())
            return ConfigText::tr("Every security definition needs a \"name\".");
        if (definition.header.isEmpty())
            return ConfigText::tr("API key \"%1\" needs a \"header\".").arg(definition.name);
        if (QString error = rateLimit(item, definition.name, definition.rateLimit); !error.isEmpty())
            return error;
        config.security.append(definition);
    }
    return {};
}

QString readGroups(const json::Value &root, DemoConfig &config)
{
    const json::Value *groups = root.find(u"groups");
    if (!groups)
        return {};
    config.groups.clear();
    for (const json::Value &item : groups->toArray()) {
        SecurityGroup group{string(item, u"name"), strings(item, u"members")};
        if (group.name.isEmpty())
            return ConfigText::tr("Every security group needs a \"name\".");
        for (const QString &member : std::as_const(group.members)) {
            if (!config.securityByName(member))
                return ConfigText::tr("Group \"%1\" names the unknown security definition \"%2\".")
                    .arg(group.name, member);
        }
        config.groups.append(group);
    }
    return {};
}

QString readChannel(const json::Value &item, const DemoConfig &config, Channel &c)
{
    c.name = string(item, u"name");
    c.path = string(item, u"path");
    c.service = string(item, u"service");
    c.security = string(item, u"security");
    c.method = string(item, u"method").toUpper();
    c.rbac = boolean(item, u"rbac", false);
    c.rbacAllow = strings(item, u"rbac_allow");
    c.groups = strings(item, u"groups");
    c.isActive = boolean(item, u"is_active", true);
    if (const json::Value *format = item.find(u"data_format"))
        c.dataFormat = format->isString() ? format->toString() : QString();
    c.gatewayServices = strings(item, u"gateway_service_list");
    if (!c.path.startsWith(u'/') || c.service.isEmpty())
        return ConfigText::tr("Channel \"%1\" needs a \"path\" starting with / and a \"service\".")
            .arg(c.name);
    if (!c.security.isEmpty() && !config.securityByName(c.security))
        return ConfigText::tr("Channel \"%1\" names the unknown security definition \"%2\".")
            .arg(c.name, c.security);
    for (const QString &group : std::as_const(c.groups)) {
        if (!config.groupByName(group))
            return ConfigText::tr("Channel \"%1\" names the unknown security group \"%2\".")
                .arg(c.name, group);
    }
    if (const json::Value *deprecation = item.find(u"deprecation"); deprecation && deprecation->isObject()) {
        const std::optional<qint64> since = integer(*deprecation, u"since");
        if (!since)
            return ConfigText::tr("The \"deprecation\" of channel \"%1\" needs \"since\" (Unix time).")
                .arg(c.name);
        c.deprecation =
            Deprecation{*since, string(*deprecation, u"sunset"), string(*deprecation, u"successor")};
    }
    return rateLimit(item, c.name, c.rateLimit);
}

QString readChannels(const json::Value &root, DemoConfig &config)
{
    const json::Value *channels = root.find(u"channels");
    if (!channels)
        return {};
    config.channels.clear();
    for (const json::Value &item : channels->toArray()) {
        Channel c;
        if (QString error = readChannel(item, config, c); !error.isEmpty())
            return error;
        config.channels.append(c);
    }
    return {};
}

// "oauth_clients": [{"client_id", "client_secret", "scopes": [...] or "a b", "lifetime_seconds",
// "audience", "claims": {...}}], the clients of /demo/oauth/token.
QString readOAuthClients(const json::Value &root, DemoConfig &config)
{
    const json::Value *clients = root.find(u"oauth_clients");
    if (!clients)
        return {};
    config.oauthClients.clear();
    for (const json::Value &item : clients->toArray()) {
        OAuthClient client;
        client.id = string(item, u"client_id");
        client.secret = string(item, u"client_secret");
        const json::Value *scopes = item.find(u"scopes");
        client.scopes = scopes && scopes->isString() ? scopes->toString().split(u' ', Qt::SkipEmptyParts)
                                                     : strings(item, u"scopes");
        client.lifetimeSeconds = integer(item, u"lifetime_seconds").value_or(client.lifetimeSeconds);
        client.audience = string(item, u"audience", QStringLiteral("zato-desk-demo"));
        if (client.id.isEmpty() || client.secret.isEmpty())
            return ConfigText::tr("Every OAuth client needs a \"client_id\" and a \"client_secret\".");
        if (const json::Value *claims = item.find(u"claims"); claims && !claims->isNull()) {
            if (!claims->isObject())
                return ConfigText::tr("The \"claims\" of OAuth client \"%1\" must be a JSON object.")
                    .arg(client.id);
            client.claims = claims->toObject();
        }
        config.oauthClients.append(client);
    }
    return {};
}

QString readLimits(const json::Value &root, DemoConfig &config)
{
    const json::Value *limits = root.find(u"limits");
    if (!limits)
        return {};
    Limits &l = config.limits;
    const auto read = [limits](QStringView key, auto &value) {
        if (const std::optional<qint64> number = integer(*limits, key); number && *number >= 0)
            value = std::remove_reference_t<decltype(value)>(*number);
    };
    read(u"header_timeout_ms", l.headerTimeoutMs);
    read(u"body_timeout_ms", l.bodyTimeoutMs);
    read(u"idle_timeout_ms", l.idleTimeoutMs);
    read(u"max_connections", l.maxConnections);
    read(u"ping_reserve", l.pingReserve);
    read(u"body_budget_bytes", l.bodyBudgetBytes);
    read(u"send_buffer_bytes", l.sendBufferBytes);
    return {};
}

QString readFaults(const json::Value &root, DemoConfig &config)
{
    if (const json::Value *faults = root.find(u"faults")) {
        config.faults.latencyMs = int(integer(*faults, u"latency_ms").value_or(0));
        config.faults.hangPaths = strings(*faults, u"hang_paths");
    }
    return {};
}

} // namespace

ConfigLoad parseConfig(const QByteArray &text, Flavour flavour)
{
    ConfigLoad load;
    const json::ParseResult parsed = json::parse(text);
    if (!parsed.ok) {
        load.error = ConfigText::tr("The configuration is not valid JSON: %1").arg(parsed.error);
        return load;
    }
    const json::Value &root = parsed.value;
    if (!root.isObject()) {
        load.error = ConfigText::tr("The configuration must be a JSON object.");
        return load;
    }
    const QString zato =
        string(root, u"zato", flavour == Flavour::Zato41 ? QStringLiteral("4.1") : QStringLiteral("3.2"));
    if (zato != u"3.2" && zato != u"4.1") {
        load.error = ConfigText::tr("\"zato\" must be \"3.2\" or \"4.1\", not \"%1\".").arg(zato);
        return load;
    }
    DemoConfig config = DemoConfig::defaults(zato == u"4.1" ? Flavour::Zato41 : Flavour::Zato32);
    const QString wire = string(root, u"wire", QStringLiteral("g2"));
    if (wire != u"g1" && wire != u"g2") {
        load.error = ConfigText::tr("\"wire\" must be \"g1\" or \"g2\", not \"%1\".").arg(wire);
        return load;
    }
    config.wire = wire == u"g1" ? Wire::G1 : Wire::G2;
    config.needsCidHeader = boolean(root, u"needs_x_zato_cid", config.needsCidHeader);
    config.cacheTtlSeconds = int(integer(root, u"cache_ttl_seconds").value_or(config.cacheTtlSeconds));
    config.maxBodyBytes = integer(root, u"max_body_bytes").value_or(config.maxBodyBytes);

    // Definitions before the groups that name them, groups before the channels.
    for (const Reader read :
         {readSecurity, readGroups, readChannels, readOAuthClients, readLimits, readFaults}) {
        if (QString error = read(root, config); !error.isEmpty()) {
            load.error = error;
            return load;
        }
    }
    load.config = config;
    return load;
}

ConfigLoad loadConfig(const QString &fileName, Flavour flavour)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        ConfigLoad load;
        load.error = ConfigText::tr("Cannot read %1: %2").arg(fileName, file.errorString());
        return load;
    }
    ConfigLoad load = parseConfig(file.readAll(), flavour);
    if (!load.error.isEmpty())
        load.error = fileName + u": " + load.error;
    return load;
}

} // namespace zd::demo
