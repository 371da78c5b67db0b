#include "adminservices.h"

#include "enmasse/enmasse.h"

namespace zd::demo {

namespace {

using json::Value;

constexpr QStringView adminServices[] = {u"demo.ping",
                                         u"zato.http-soap.get-list",
                                         u"zato.security.get-list",
                                         u"zato.security.apikey.get-list",
                                         u"zato.security.oauth.get-list",
                                         u"zato.groups.get-list",
                                         u"zato.server.invoker"};

Value string(const QString &text)
{
    return Value::fromString(text);
}

Value stringOrNull(const QString &text)
{
    return text.isEmpty() ? Value() : Value::fromString(text);
}

Value strings(const QStringList &list)
{
    json::Array array;
    for (const QString &item : list)
        array.push_back(Value::fromString(item));
    return Value::fromArray(std::move(array));
}

// Zato's stored name of a type (zato-platform.md §1.1): a bearer token is "oauth".
QString secType(SecurityDefinition::Type type)
{
    switch (type) {
    case SecurityDefinition::Type::BasicAuth:
        return QStringLiteral("basic_auth");
    case SecurityDefinition::Type::ApiKey:
        return QStringLiteral("apikey");
    case SecurityDefinition::Type::BearerToken:
        return QStringLiteral("oauth");
    case SecurityDefinition::Type::Mtls:
        return QStringLiteral("mtls");
    }
    return QString();
}

// A member of the request body, or nullptr (an empty body is the payload '').
const Value *bodyField(const ServiceInput &input, QStringView key)
{
    return input.json && input.json->isObject() ? input.json->find(key) : nullptr;
}

json::Value args(const QString &text)
{
    return Value::fromArray({Value::fromString(text)});
}

} // namespace

bool AdminServices::handles(const QString &name)
{
    return !ServiceRegistry::exists(name) &&
           std::any_of(std::begin(adminServices), std::end(adminServices),
                       [&name](QStringView known) { return name == known; });
}

ServiceOutput AdminServices::invoke(const QString &name, const ServiceInput &input) const
{
    ServiceOutput output;
    output.kind = ServiceOutput::Kind::Object;
    if (name == u"demo.ping") {
        output.value = Value::fromObject(
            {{QStringLiteral("is_ok"), Value::fromBool(true)}, {QStringLiteral("cid"), string(m_cid)}});
    } else if (name == u"zato.http-soap.get-list") {
        output.value = channels(input);
    } else if (name == u"zato.security.get-list") {
        output.value = security(false);
    } else if (name == u"zato.security.apikey.get-list") {
        output.value = security(true);
    } else if (name == u"zato.security.oauth.get-list") {
        output.value = bearerTokens();
    } else if (name == u"zato.groups.get-list") {
        output.value = groups(input);
    } else if (name == u"zato.server.invoker") {
        return serverInvoker(input);
    } else {
        return ServiceOutput::error(QStringLiteral("KeyError"), args(name));
    }
    return output;
}

qint64 AdminServices::securityId(const QString &name) const
{
    for (qsizetype i = 0; i < m_config.security.size(); ++i) {
        if (m_config.security.at(i).name == name)
            return i + 1;
    }
    return 0;
}

qint64 AdminServices::groupId(const QString &name) const
{
    for (qsizetype i = 0; i < m_config.groups.size(); ++i) {
        if (m_config.groups.at(i).name == name)
            return i + 1;
    }
    return 0;
}

// zato.http-soap.get-list: the demo server has REST channels only (connection "channel", transport
// "plain_http"); outgoing connections or SOAP give an empty list.
json::Value AdminServices::channels(const ServiceInput &input) const
{
    json::Array list;
    const Value *connection = bodyField(input, u"connection");
    const Value *transport = bodyField(input, u"transport");
    if ((connection && connection->toString() != u"channel") ||
        (transport && transport->toString() != u"plain_http"))
        return Value::fromArray(std::move(list));
    const Value *names = bodyField(input, u"needs_security_group_names");
    const bool needsNames = names && names->isTruthy();
    for (qsizetype i = 0; i < m_config.channels.size(); ++i) {
        const Channel &channel = m_config.channels.at(i);
        const SecurityDefinition *definition = m_config.securityByName(channel.security);
        const bool invoker = channel.service == u"{service}";
        QString path = channel.path;
        if (invoker)
            path.replace(QStringLiteral("{service}"), QStringLiteral("{service_name}"));
        json::Array groupIds;
        for (const QString &group : channel.groups)
            groupIds.push_back(Value::fromInteger(groupId(group)));
        json::Object item{
            {QStringLiteral("id"), Value::fromInteger(i + 1)},
            {QStringLiteral("name"), string(channel.name)},
            {QStringLiteral("is_active"), Value::fromBool(channel.isActive)},
            {QStringLiteral("is_internal"),
             Value::fromBool(channel.name.startsWith(u"zato") || channel.name.startsWith(u"pub.zato") ||
                             channel.name == u"admin.invoke.json")},
            {QStringLiteral("connection"), string(QStringLiteral("channel"))},
            {QStringLiteral("transport"), string(QStringLiteral("plain_http"))},
            {QStringLiteral("url_path"), string(path)},
            {QStringLiteral("method"), stringOrNull(channel.method)},
            {QStringLiteral("service_name"),
             string(invoker ? QStringLiteral("pub.zato.service.service-invoker") : channel.service)},
            {QStringLiteral("security_id"),
             definition ? Value::fromInteger(securityId(definition->name)) : Value()},
            {QStringLiteral("security_name"), definition ? string(definition->name) : Value()},
            {QStringLiteral("sec_type"), definition ? string(secType(definition->type)) : Value()},
            {QStringLiteral("data_format"), stringOrNull(channel.dataFormat)},
            {QStringLiteral("security_groups"), Value::fromArray(std::move(groupIds))},
        };
        if (needsNames)
            item.push_back({QStringLiteral("security_group_names"), strings(channel.groups)});
        item.push_back({QStringLiteral("gateway_service_list"), strings(channel.gatewayServices)});
        item.push_back({QStringLiteral("is_deprecated"), Value::fromBool(channel.deprecation.has_value())});
        list.push_back(Value::fromObject(std::move(item)));
    }
    return Value::fromArray(std::move(list));
}

// zato.security.get-list: id, name, is_active, sec_type, username, realm; the API-key list has
// header in place of sec_type and realm. Passwords, keys and tokens are never part of it.
json::Value AdminServices::security(bool apiKeysOnly) const
{
    json::Array list;
    for (qsizetype i = 0; i < m_config.security.size(); ++i) {
        const SecurityDefinition &definition = m_config.security.at(i);
        if (apiKeysOnly && definition.type != SecurityDefinition::Type::ApiKey)
            continue;
        json::Object item{{QStringLiteral("id"), Value::fromInteger(i + 1)},
                          {QStringLiteral("name"), string(definition.name)},
                          {QStringLiteral("is_active"), Value::fromBool(definition.isActive)}};
        if (apiKeysOnly) {
            item.push_back({QStringLiteral("username"), stringOrNull(definition.user)});
            item.push_back({QStringLiteral("header"), string(QString::fromLatin1(definition.header))});
        } else {
            const bool basic = definition.type == SecurityDefinition::Type::BasicAuth;
            item.push_back({QStringLiteral("sec_type"), string(secType(definition.type))});
            item.push_back({QStringLiteral("username"), stringOrNull(definition.user)});
            item.push_back({QStringLiteral("realm"), basic ? stringOrNull(definition.realm) : Value()});
        }
        list.push_back(Value::fromObject(std::move(item)));
    }
    return Value::fromArray(std::move(list));
}

// zato.security.oauth.get-list: the bearer-token definitions, static or JWT, with what a JWT must
// satisfy. A definition checked against the demo's own key gives that key's and the token endpoint's
// paths on this server as jwks_url and auth_server_url. The static token is never part of it.
json::Value AdminServices::bearerTokens() const
{
    json::Array list;
    for (qsizetype i = 0; i < m_config.security.size(); ++i) {
        const SecurityDefinition &definition = m_config.security.at(i);
        if (definition.type != SecurityDefinition::Type::BearerToken)
            continue;
        const JwtRules rules = definition.jwt.value_or(JwtRules());
        const bool demoKey = definition.jwt && !rules.keys && rules.jwksUrl.isEmpty();
        const QString jwksUrl = demoKey ? QStringLiteral("/demo/oauth/jwks") : rules.jwksUrl;
        const QString tokenUrl = demoKey ? QStringLiteral("/demo/oauth/token") : QString();
        list.push_back(
            Value::fromObject({{QStringLiteral("id"), Value::fromInteger(i + 1)},
                               {QStringLiteral("name"), string(definition.name)},
                               {QStringLiteral("is_active"), Value::fromBool(definition.isActive)},
                               {QStringLiteral("sec_type"), string(QStringLiteral("oauth"))},
                               {QStringLiteral("username"), stringOrNull(definition.user)},
                               {QStringLiteral("is_static_token"), Value::fromBool(!definition.jwt)},
                               {QStringLiteral("issuer"), stringOrNull(rules.issuer)},
                               {QStringLiteral("jwks_url"), stringOrNull(jwksUrl)},
                               {QStringLiteral("audience"), stringOrNull(rules.audience)},
                               {QStringLiteral("claims"), strings(rules.claims)},
                               {QStringLiteral("auth_server_url"), stringOrNull(tokenUrl)}}));
    }
    return Value::fromArray(std::move(list));
}

// zato.groups.get-list: the API client groups (type zato-group, subtype zato-api-creds), each with its
// members (zato-group-member rows pointing at security definitions) when needs_members is true.
json::Value AdminServices::groups(const ServiceInput &input) const
{
    json::Array list;
    if (const Value *type = bodyField(input, u"group_type"); type && type->toString() != u"zato-api-creds")
        return Value::fromArray(std::move(list));
    const Value *needs = bodyField(input, u"needs_members");
    const bool needsMembers = needs && needs->isTruthy();
    for (qsizetype i = 0; i < m_config.groups.size(); ++i) {
        const SecurityGroup &group = m_config.groups.at(i);
        json::Object item{{QStringLiteral("id"), Value::fromInteger(i + 1)},
                          {QStringLiteral("name"), string(group.name)},
                          {QStringLiteral("type"), string(QStringLiteral("zato-group"))},
                          {QStringLiteral("subtype"), string(QStringLiteral("zato-api-creds"))},
                          {QStringLiteral("is_active"), Value::fromBool(true)},
                          {QStringLiteral("member_count"), Value::fromInteger(group.members.size())}};
        if (needsMembers) {
            json::Array members;
            for (const QString &name : group.members) {
                const SecurityDefinition *definition = m_config.securityByName(name);
                members.push_back(
                    Value::fromObject({{QStringLiteral("name"), string(name)},
                                       {QStringLiteral("type"), string(QStringLiteral("zato-group-member"))},
                                       {QStringLiteral("group_id"), Value::fromInteger(i + 1)},
                                       {QStringLiteral("security_id"), Value::fromInteger(securityId(name))},
                                       {QStringLiteral("sec_type"),
                                        definition ? string(secType(definition->type)) : Value()}}));
            }
            item.push_back({QStringLiteral("members"), Value::fromArray(std::move(members))});
        }
        list.push_back(Value::fromObject(std::move(item)));
    }
    return Value::fromArray(std::move(list));
}

// zato.server.invoker: export_enmasse answers the YAML as a string, which the invoker sends as it is.
ServiceOutput AdminServices::serverInvoker(const ServiceInput &input) const
{
    const Value *function = bodyField(input, u"func_name");
    if (!function)
        return ServiceOutput::error(QStringLiteral("KeyError"), args(QStringLiteral("func_name")));
    if (function->toString() != u"export_enmasse")
        return ServiceOutput::error(QStringLiteral("ValueError"),
                                    args(QStringLiteral("func_name `%1` is not supported by the demo server")
                                             .arg(function->toString())));
    ServiceOutput output;
    output.kind = ServiceOutput::Kind::Text;
    output.text = exportEnmasse(m_config);
    return output;
}

} // namespace zd::demo
