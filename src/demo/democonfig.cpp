#include "democonfig.h"

#include "openapichannel.h"

namespace zd::demo {

namespace {

const QString samplePassword = QStringLiteral("my-password");
const QString dispatcher = QStringLiteral("zato.service.invoke");

Channel channel(QString name, QString path, QString service, QString security, QString method = QString())
{
    Channel c;
    c.name = std::move(name);
    c.path = std::move(path);
    c.service = std::move(service);
    c.security = std::move(security);
    c.method = std::move(method);
    return c;
}

SecurityDefinition basicAuth(QString name, QString user, QString password, QString realm)
{
    SecurityDefinition definition;
    definition.name = std::move(name);
    definition.user = std::move(user);
    definition.password = std::move(password);
    definition.realm = std::move(realm);
    return definition;
}

SecurityDefinition apiKey(QString name, QByteArray header, QString key)
{
    SecurityDefinition definition;
    definition.name = std::move(name);
    definition.password = std::move(key);
    definition.type = SecurityDefinition::Type::ApiKey;
    definition.header = std::move(header);
    return definition;
}

SecurityDefinition bearerToken(QString name, QString token)
{
    SecurityDefinition definition;
    definition.name = std::move(name);
    definition.password = std::move(token);
    definition.type = SecurityDefinition::Type::BearerToken;
    return definition;
}

SecurityDefinition jwtBearer(QString name, QString issuer, QString audience, QStringList claims)
{
    SecurityDefinition definition;
    definition.name = std::move(name);
    definition.type = SecurityDefinition::Type::BearerToken;
    definition.jwt = JwtRules{std::move(issuer), std::move(audience), std::move(claims), {}, {}, nullptr};
    return definition;
}

// The clients of /demo/oauth/token, one per way a token can fail at /demo/jwt.
QList<OAuthClient> demoClients()
{
    const auto client = [](QString id, qint64 lifetime, QString audience, bool role) {
        OAuthClient c;
        c.id = std::move(id);
        c.secret = QStringLiteral("demo-client-secret");
        c.scopes = {QStringLiteral("customers:read"), QStringLiteral("orders:read")};
        c.lifetimeSeconds = lifetime;
        c.audience = std::move(audience);
        if (role)
            c.claims = {{QStringLiteral("role"), json::Value::fromString(QStringLiteral("reader"))}};
        return c;
    };
    const QString audience = QStringLiteral("zato-desk-demo");
    return {
        client(QStringLiteral("demo-client"), 3600, audience, true),
        client(QStringLiteral("demo-client-short"), 2, audience, true), // for token caches
        client(QStringLiteral("demo-client-expired"), -60, audience, true),
        client(QStringLiteral("demo-client-other-audience"), 3600, QStringLiteral("some-other-api"), true),
        client(QStringLiteral("demo-client-no-role"), 3600, audience, false),
    };
}

} // namespace

DemoConfig DemoConfig::defaults()
{
    DemoConfig config;
    config.security = {
        basicAuth(QStringLiteral("Django Integration"), QStringLiteral("django"), samplePassword,
                  QStringLiteral("Zato")),
        basicAuth(QStringLiteral("Flask Integration"), QStringLiteral("flask"), samplePassword,
                  QStringLiteral("Zato")),
        basicAuth(QStringLiteral("admin.invoke"), QStringLiteral("admin.invoke"), samplePassword,
                  QStringLiteral("Zato admin invoke")),
        basicAuth(QStringLiteral("pubapi"), QStringLiteral("pubapi"), samplePassword,
                  QStringLiteral("Zato public API")),
        // Fixed demo secrets, published in the README like the password.
        apiKey(QStringLiteral("Demo API key"), "X-API-Key", QStringLiteral("demo-api-key")),
        apiKey(QStringLiteral("Partner API key"), "X-Partner-Key", QStringLiteral("partner-key")),
        bearerToken(QStringLiteral("Demo bearer token"), QStringLiteral("demo-token")),
        // Tokens from the demo's own /demo/oauth/token.
        jwtBearer(QStringLiteral("Demo JWT"), QStringLiteral("zato-desk-demo-idp"),
                  QStringLiteral("zato-desk-demo"), {QStringLiteral("role=reader")}),
    };
    config.oauthClients = demoClients();
    const QString django = QStringLiteral("Django Integration");
    const QString flask = QStringLiteral("Flask Integration");
    Channel rbac =
        channel(QStringLiteral("RBAC customer lookup"), QStringLiteral("/clients/rbac/json-client"),
                QStringLiteral("customer.get2"), QString());
    rbac.rbac = true;
    rbac.rbacAllow = {django};
    config.channels = {
        channel(QStringLiteral("Django AnyServiceInvoker"),
                QStringLiteral("/clients/django/any-service-invoker"), dispatcher, django),
        channel(QStringLiteral("Flask AnyServiceInvoker"),
                QStringLiteral("/clients/flask/any-service-invoker"), dispatcher, flask),
        channel(QStringLiteral("Django JSONClient"), QStringLiteral("/clients/django/json-client"),
                QStringLiteral("customer.get2"), django),
        channel(QStringLiteral("Flask JSONClient"), QStringLiteral("/clients/flask/json-client"),
                QStringLiteral("customer.get2"), flask),
        rbac,
        channel(QStringLiteral("Django POST only"), QStringLiteral("/clients/django/post-only"),
                QStringLiteral("customer.get2"), django, QStringLiteral("POST")),
        channel(QStringLiteral("admin.invoke.json"), QStringLiteral("/zato/admin/invoke"), dispatcher,
                QStringLiteral("admin.invoke")),
        channel(QStringLiteral("pub.zato.service.service-invoker"),
                QStringLiteral("/zato/api/invoke/{service}"), QStringLiteral("{service}"),
                QStringLiteral("pubapi")),
        channel(QStringLiteral("zato.ping"), QStringLiteral("/zato/ping"), QStringLiteral("zato.ping"),
                QString()),
        channel(QStringLiteral("Sized body"), QStringLiteral("/demo/sized-body"),
                QStringLiteral("demo.sized-body"), django),
        channel(QStringLiteral("API key"), QStringLiteral("/demo/apikey"), QStringLiteral("customer.get2"),
                QStringLiteral("Demo API key")),
        channel(QStringLiteral("API key in a custom header"), QStringLiteral("/demo/apikey-custom"),
                QStringLiteral("customer.get2"), QStringLiteral("Partner API key")),
        channel(QStringLiteral("Bearer token"), QStringLiteral("/demo/bearer"),
                QStringLiteral("customer.get2"), QStringLiteral("Demo bearer token")),
        channel(QStringLiteral("JWT"), QStringLiteral("/demo/jwt"), QStringLiteral("customer.get2"),
                QStringLiteral("Demo JWT")),
    };
    return config;
}

DemoConfig DemoConfig::defaults(Flavour flavour)
{
    if (flavour == Flavour::Zato32)
        return defaults();
    // The newest 4.1 (zato-platform.md §2.1, §2.4): no dispatcher, no RBAC, no pubapi; the invoker at
    // /zato/api/invoke/{service} for admin.invoke, demo.ping at /zato/ping, security groups.
    const DemoConfig zato32 = defaults();
    DemoConfig config;
    config.flavour = Flavour::Zato41;
    config.needsCidHeader = false;
    config.oauthClients = zato32.oauthClients;
    const QString django = QStringLiteral("Django Integration");
    const QString flask = QStringLiteral("Flask Integration");
    const QString customer = QStringLiteral("customer.get2");
    for (const SecurityDefinition &definition : zato32.security) {
        if (definition.name != u"pubapi")
            config.security.append(definition);
    }
    SecurityDefinition limited = basicAuth(QStringLiteral("Rate-limited client"), QStringLiteral("limited"),
                                           samplePassword, QStringLiteral("Zato"));
    limited.rateLimit = RateLimit{3, 10};
    config.security.append(limited);
    // Any client certificate the TLS front end verified: none stands in front of the demo, so the
    // client sends the front end's headers itself.
    SecurityDefinition certificate;
    certificate.name = QStringLiteral("Demo client certificate");
    certificate.type = SecurityDefinition::Type::Mtls;
    config.security.append(certificate);

    const QString sampleClients = QStringLiteral("Sample clients");
    const QString nobody = QStringLiteral("Nobody");
    const QString mixedClients = QStringLiteral("Basic Auth, API key and bearer token clients");
    config.groups = {
        {sampleClients, {django, flask}},
        {nobody, {}},
        {mixedClients, {django, QStringLiteral("Demo API key"), QStringLiteral("Demo bearer token")}},
    };

    const auto grouped = [&customer](QString name, QString path, QString security, QStringList groups) {
        Channel c = channel(std::move(name), std::move(path), customer, std::move(security));
        c.groups = std::move(groups);
        return c;
    };
    Channel djangoGateway =
        channel(QStringLiteral("zato.django"), QStringLiteral("/zato/api/invoke/django/{service}"),
                QStringLiteral("{service}"), django);
    djangoGateway.gatewayServices = {QStringLiteral("customer.get1"), customer};
    Channel inactive =
        channel(QStringLiteral("Inactive"), QStringLiteral("/demo/inactive"), customer, django);
    inactive.isActive = false;
    Channel rateLimited = channel(QStringLiteral("Rate-limited channel"),
                                  QStringLiteral("/demo/rate-limited"), customer, django);
    rateLimited.rateLimit = RateLimit{3, 10};
    Channel deprecated =
        channel(QStringLiteral("Deprecated"), QStringLiteral("/demo/deprecated"), customer, django);
    deprecated.deprecation = Deprecation{1767225600, QStringLiteral("Mon, 01 Mar 2027 00:00:00 GMT"),
                                         QStringLiteral("/clients/django/json-client")};
    config.channels = {
        channel(QStringLiteral("Django JSONClient"), QStringLiteral("/clients/django/json-client"), customer,
                django),
        channel(QStringLiteral("Flask JSONClient"), QStringLiteral("/clients/flask/json-client"), customer,
                flask),
        djangoGateway,
        channel(QStringLiteral("zato.api.invoke"), QStringLiteral("/zato/api/invoke/{service}"),
                QStringLiteral("{service}"), QStringLiteral("admin.invoke")),
        channel(QStringLiteral("zato.ping"), QStringLiteral("/zato/ping"), QStringLiteral("demo.ping"),
                QString()),
        // The OpenAPI channels' documents (§4): no method of its own; the service checks it and the
        // credentials (openapichannel.h).
        channel(openApiService.toString(), QStringLiteral("/openapi/{name}"), openApiService.toString(),
                QString()),
        channel(QStringLiteral("Sized body"), QStringLiteral("/demo/sized-body"),
                QStringLiteral("demo.sized-body"), django),
        grouped(QStringLiteral("Group of the samples"), QStringLiteral("/demo/groups/samples"), QString(),
                {sampleClients}),
        grouped(QStringLiteral("Own definition and a group"), QStringLiteral("/demo/groups/with-definition"),
                django, {sampleClients}),
        grouped(QStringLiteral("Empty group"), QStringLiteral("/demo/groups/empty"), QString(), {nobody}),
        grouped(QStringLiteral("Group with an API key"), QStringLiteral("/demo/groups/mixed"), QString(),
                {mixedClients}),
        inactive,
        channel(QStringLiteral("GET only"), QStringLiteral("/demo/get-only"), QStringLiteral("demo.ping"),
                QString(), QStringLiteral("GET")),
        channel(QStringLiteral("By method: GET"), QStringLiteral("/demo/by-method"),
                QStringLiteral("demo.ping"), QString(), QStringLiteral("GET")),
        channel(QStringLiteral("By method: POST"), QStringLiteral("/demo/by-method"), customer, django,
                QStringLiteral("POST")),
        rateLimited,
        channel(QStringLiteral("Rate-limited client"), QStringLiteral("/demo/rate-limited-client"), customer,
                QStringLiteral("Rate-limited client")),
        deprecated,
        channel(QStringLiteral("Client certificate"), QStringLiteral("/demo/mtls"), customer,
                QStringLiteral("Demo client certificate")),
    };
    // The API key, bearer token and JWT channels, as in 3.2.
    for (const Channel &c : zato32.channels) {
        if (c.path.startsWith(u"/demo/apikey") || c.path == u"/demo/bearer" || c.path == u"/demo/jwt")
            config.channels.append(c);
    }
    return config;
}

const SecurityDefinition *DemoConfig::securityByName(const QString &name) const
{
    for (const SecurityDefinition &definition : security) {
        if (definition.name == name)
            return &definition;
    }
    return nullptr;
}

const SecurityGroup *DemoConfig::groupByName(const QString &name) const
{
    for (const SecurityGroup &group : groups) {
        if (group.name == name)
            return &group;
    }
    return nullptr;
}

} // namespace zd::demo
