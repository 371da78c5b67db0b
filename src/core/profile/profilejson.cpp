#include "profilejson.h"

#include "invoke/authheaders.h"

#include "json/parser.h"
#include "json/writer.h"
#include <QCoreApplication>
#include <algorithm>
#include <limits>

namespace zd {

namespace {

struct ProfileText
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)
};

using json::Value;

Value str(const QString &text)
{
    return Value::fromString(text);
}

QString text(const Value &object, QStringView key, const QString &fallback = QString())
{
    const Value *value = object.find(key);
    return value && value->isString() ? value->toString() : fallback;
}

QString proxyModeKey(ProxySettings::Mode mode)
{
    switch (mode) {
    case ProxySettings::Mode::System:
        return QStringLiteral("system");
    case ProxySettings::Mode::None:
        return QStringLiteral("none");
    case ProxySettings::Mode::Manual:
        return QStringLiteral("manual");
    }
    return QStringLiteral("system");
}

Value oauth2ToJson(const OAuth2Settings &s)
{
    json::Array scopes;
    for (const QString &scope : s.scopes)
        scopes.push_back(str(scope));
    json::Object extra;
    for (const NamedValue &field : s.extraFields)
        extra.push_back({field.name, str(field.value)});
    return Value::fromObject(
        {{QStringLiteral("token_url"), str(s.tokenUrl)},
         {QStringLiteral("client_id"), str(s.clientId)},
         {QStringLiteral("client_id_field"), str(s.clientIdField)},
         {QStringLiteral("client_secret_field"), str(s.clientSecretField)},
         {QStringLiteral("scopes"), Value::fromArray(std::move(scopes))},
         {QStringLiteral("extra_fields"), Value::fromObject(std::move(extra))},
         {QStringLiteral("format"),
          str(s.format == OAuth2Settings::Format::Json ? QStringLiteral("json") : QStringLiteral("form"))}});
}

OAuth2Settings oauth2FromJson(const Value &v)
{
    OAuth2Settings s;
    s.tokenUrl = text(v, u"token_url");
    s.clientId = text(v, u"client_id");
    s.clientIdField = text(v, u"client_id_field", s.clientIdField);
    s.clientSecretField = text(v, u"client_secret_field", s.clientSecretField);
    if (const Value *scopes = v.find(u"scopes"); scopes && scopes->isArray()) {
        for (const Value &scope : scopes->toArray()) {
            if (scope.isString())
                s.scopes << scope.toString();
        }
    }
    if (const Value *extra = v.find(u"extra_fields"); extra && extra->isObject()) {
        for (const json::Member &field : extra->toObject()) {
            if (field.value.isString())
                s.extraFields.append({field.key, field.value.toString()});
        }
    }
    s.format = text(v, u"format") == u"json" ? OAuth2Settings::Format::Json : OAuth2Settings::Format::Form;
    return s;
}

Value toJson(const Profile &p)
{
    json::Object members{
        {QStringLiteral("id"), str(p.id)},
        {QStringLiteral("name"), str(p.name)},
        {QStringLiteral("address"), str(p.address)},
        {QStringLiteral("any_path"), str(p.anyPath)},
        {QStringLiteral("any_service"), str(p.anyService)},
        {QStringLiteral("json_path"), str(p.jsonPath)},
        {QStringLiteral("api_path"), str(p.apiPath)},
        {QStringLiteral("user"), str(p.user)},
        {QStringLiteral("api_user"), str(p.apiUser)},
        {QStringLiteral("auth"), str(authKindKey(p.auth))},
        {QStringLiteral("api_key_header"), str(QString::fromLatin1(p.apiKeyHeader))},
        {QStringLiteral("client"), str(clientKey(p.client))},
        {QStringLiteral("timeout_seconds"), Value::fromInteger(p.timeoutSeconds)},
        {QStringLiteral("tls"),
         Value::fromObject({{QStringLiteral("ca_file"), str(p.tls.caFile)},
                            {QStringLiteral("client_certificate"), str(p.tls.clientCertificateFile)},
                            {QStringLiteral("client_key"), str(p.tls.clientKeyFile)},
                            {QStringLiteral("verify"), Value::fromBool(p.tls.verify)},
                            {QStringLiteral("front_end_headers"), Value::fromBool(p.tls.frontEndHeaders)}})},
        {QStringLiteral("proxy"),
         Value::fromObject({{QStringLiteral("mode"), str(proxyModeKey(p.proxy.mode))},
                            {QStringLiteral("host"), str(p.proxy.host)},
                            {QStringLiteral("port"), Value::fromInteger(p.proxy.port)},
                            {QStringLiteral("user"), str(p.proxy.user)}})},
    };
    if (p.auth == AuthKind::OAuth2 || p.oauth2 != OAuth2Settings()) // schema 3; absent: none set
        members.push_back({QStringLiteral("oauth2"), oauth2ToJson(p.oauth2)});
    if (!p.requests.isEmpty()) // a file without "requests" reads as none
        members.push_back({QStringLiteral("requests"), savedRequestsToJson(p.requests)});
    return Value::fromObject(std::move(members));
}

std::optional<Profile> fromJson(const Value &v, QString &error)
{
    Profile p;
    p.id = text(v, u"id");
    p.name = text(v, u"name");
    if (p.name.trimmed().isEmpty()) {
        error = ProfileText::tr("A profile has no name.");
        return std::nullopt;
    }
    if (p.id.isEmpty())
        p.id = Profile::newId();
    p.address = text(v, u"address");
    p.anyPath = text(v, u"any_path");
    p.anyService = text(v, u"any_service", p.anyService);
    p.jsonPath = text(v, u"json_path");
    p.apiPath = text(v, u"api_path");
    p.user = text(v, u"user");
    p.apiUser = text(v, u"api_user"); // absent in files written before it existed: the main user
    // Absent before schema 2: HTTP Basic, the only kind there was.
    p.auth = authKindFromKey(text(v, u"auth", QStringLiteral("basic"))).value_or(AuthKind::Basic);
    if (const QString header = text(v, u"api_key_header").trimmed(); !header.isEmpty())
        p.apiKeyHeader = header.toLatin1();
    p.client = clientFromKey(text(v, u"client", QStringLiteral("any"))).value_or(ClientKind::AnyService);
    if (const Value *timeout = v.find(u"timeout_seconds"))
        p.timeoutSeconds = int(std::clamp<qint64>(timeout->toNumber().toInt64().value_or(60), 1, 86400));
    if (const Value *tls = v.find(u"tls")) {
        p.tls.caFile = text(*tls, u"ca_file");
        p.tls.clientCertificateFile = text(*tls, u"client_certificate");
        p.tls.clientKeyFile = text(*tls, u"client_key");
        const Value *verify = tls->find(u"verify");
        p.tls.verify = !verify || !verify->isBool() || verify->toBool();
        const Value *frontEnd = tls->find(u"front_end_headers");
        p.tls.frontEndHeaders = frontEnd && frontEnd->isBool() && frontEnd->toBool();
    }
    if (const Value *proxy = v.find(u"proxy")) {
        const QString mode = text(*proxy, u"mode", QStringLiteral("system"));
        p.proxy.mode = mode == u"none"     ? ProxySettings::Mode::None
                       : mode == u"manual" ? ProxySettings::Mode::Manual
                                           : ProxySettings::Mode::System;
        p.proxy.host = text(*proxy, u"host");
        const Value *port = proxy->find(u"port");
        p.proxy.port =
            port ? quint16(std::clamp<qint64>(port->toNumber().toInt64().value_or(0), 0, 65535)) : 0;
        p.proxy.user = text(*proxy, u"user");
    }
    if (const Value *oauth2 = v.find(u"oauth2"); oauth2 && oauth2->isObject())
        p.oauth2 = oauth2FromJson(*oauth2);
    p.requests = savedRequestsFromJson(v.find(u"requests"));
    return p;
}

} // namespace

QByteArray writeProfiles(const QList<Profile> &profiles)
{
    json::Array items;
    for (const Profile &profile : profiles)
        items.push_back(toJson(profile));
    const Value root =
        Value::fromObject({{QStringLiteral("schema"), Value::fromInteger(ProfileSchemaVersion)},
                           {QStringLiteral("profiles"), Value::fromArray(std::move(items))}});
    return json::dumps(root, json::WriteOptions{false, 4}) + '\n';
}

ProfilesRead readProfiles(const QByteArray &text)
{
    ProfilesRead read;
    const json::ParseResult parsed = json::parse(text);
    if (!parsed.ok) {
        read.error = ProfileText::tr("not valid JSON (%1)").arg(parsed.error);
        return read;
    }
    const Value &root = parsed.value;
    const Value *schema = root.find(u"schema");
    const Value *profiles = root.find(u"profiles");
    if (!root.isObject() || !schema || !schema->isNumber() || !profiles || !profiles->isArray()) {
        read.error = ProfileText::tr("not a Zato Desk profile file (it needs \"schema\" and \"profiles\")");
        return read;
    }
    // Exactly: 4294967297 is not 1, and 1e400 is not 0.
    const std::optional<qint64> version = schema->toNumber().toInt64();
    if (!version || *version < 1 || *version > std::numeric_limits<int>::max()) {
        read.unknownSchema = QString::fromUtf8(schema->toNumber().text.left(24));
        if (schema->toNumber().text.size() > 24)
            read.unknownSchema += QChar(0x2026); // an ellipsis: a message need not hold a thousand digits
        return read;                             // the caller refuses it
    }
    read.schema = int(*version);
    if (read.schema > ProfileSchemaVersion)
        return read; // the caller refuses it
    for (const Value &item : profiles->toArray()) {
        QString error;
        std::optional<Profile> profile = item.isObject() ? fromJson(item, error) : std::nullopt;
        if (!profile) {
            read.error = error.isEmpty() ? ProfileText::tr("a profile is not an object") : error;
            read.profiles.clear();
            return read;
        }
        read.profiles.append(*profile);
    }
    return read;
}

} // namespace zd
