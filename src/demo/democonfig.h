#pragma once

#include "invoke/calltypes.h"

#include "json/value.h"
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace zd::demo {

namespace jwt {
struct KeySet;
}

// Which Zato a demo server stands in for (zato-platform.md): 3.2 (the samples' world: the dispatcher,
// RBAC, pubapi) or the newest 4.1 (no dispatcher, security groups, /zato/api/invoke with admin.invoke).
enum class Flavour { Zato32, Zato41 };

// A request rate: at most `requests` in any window of `perSeconds` seconds.
struct RateLimit
{
    int requests = 0;
    int perSeconds = 1;
    friend bool operator==(const RateLimit &, const RateLimit &) = default;
};

// What a bearer-token definition asks of an inbound JWT (zato-platform.md §1.2): RS256 signed by a
// key it knows, "iss" and "aud" its own, not expired, and every "name=value" claim present.
struct JwtRules
{
    QString issuer;
    QString audience;
    QStringList claims;                      // "name=value"
    QString jwksUrl;                         // as the definition gives it: listed, never fetched
    QString jwksFile;                        // where keys came from; empty: the demo's own key
    std::shared_ptr<const jwt::KeySet> keys; // read from jwksFile; nullptr: the demo's own key
};

// A security definition (enmasse "security"). The secret is the Basic Auth password, the API key or the
// static bearer token, after ${NAME} references are read; it is never exported or listed.
struct SecurityDefinition
{
    // Mtls: a client certificate, as the TLS front end reports it in X-Zato-SSL-Client-* headers.
    enum class Type { BasicAuth, ApiKey, BearerToken, Mtls };

    QString name;
    QString user; // Basic Auth user name; an API key's or a token's "username" when the file gives one
    QString password;
    QString realm;
    Type type = Type::BasicAuth;
    QByteArray header = QByteArrayLiteral("X-API-Key"); // ApiKey: the header the key comes in
    bool isActive = true;
    std::optional<RateLimit> rateLimit; // checked after authentication (4.1)
    std::optional<JwtRules> jwt;        // BearerToken: takes JWTs rather than the static token
    // Mtls: the certificate's SHA-256 fingerprint (hex, colons and case ignored) or its subject DN;
    // with neither, any certificate the front end verified is taken.
    QString certFingerprint;
    QString certSubjectDn;
};

// A client of the demo OAuth2 token endpoint (client credentials, RFC 6749 §4.4) and what its tokens
// say: "aud", the scopes it may ask for, extra claims. A negative lifetime issues tokens already expired.
struct OAuthClient
{
    QString id;
    QString secret;
    QStringList scopes;
    qint64 lifetimeSeconds = 3600;
    QString audience;
    json::Object claims;
};

// A security group (4.1 "API client group"): the definitions whose credentials it lets in.
struct SecurityGroup
{
    QString name;
    QStringList members; // security definition names
};

// A channel marked deprecated (4.1): the headers every answer carries.
struct Deprecation
{
    qint64 sinceUnix = 0;
    QString sunset;    // an HTTP-date, empty: no Sunset header
    QString successor; // a URL, empty: no Link header
};

// A REST channel: URL path to service. A path ending in "{service}" matches any service name there;
// any other {name} in the path stands for one segment of any value.
struct Channel
{
    QString name;
    QString path;
    QString service;
    QString security;      // a security definition's name; empty: no authentication
    QString method;        // empty: any method
    bool rbac = false;     // authenticate against any definition, then allow only rbacAllow
    QStringList rbacAllow; // security definition names RBAC lets in
    QStringList groups;    // security group names (4.1); with `security` set, both must pass
    bool isActive = true;
    QString dataFormat = QStringLiteral("json"); // "json": errors as the JSON envelope; empty: plain text
    std::optional<RateLimit> rateLimit;          // checked before authentication, per client address
    std::optional<Deprecation> deprecation;
    QStringList gatewayServices; // an invoke channel that may call only these services; empty: any
};

// An OpenAPI channel (4.1, zato-platform.md §4): REST channels described in one OpenAPI document,
// served at GET /openapi/<its name slugified> (openapichannel.h).
struct OpenApiChannel
{
    QString name;
    QStringList restChannels; // the included REST channels' names (state "on"), in the file's order
};

struct Faults
{
    int latencyMs = 0;     // added before every answer
    QStringList hangPaths; // requests to these paths are never answered
};

// What one client may hold of the server: time, connections, memory. Every limit has a default that
// suits a desktop; tests set short ones.
struct Limits
{
    int headerTimeoutMs = 10'000; // a request's header must arrive within this, from its first byte
    int bodyTimeoutMs = 30'000;   // longest silence while a body arrives
    int idleTimeoutMs = 15'000;   // a kept-alive connection with no request, or a client not reading
    int maxConnections = 2500;    // lowered to what the open-file limit allows
    int pingReserve = 16;         // of those, the last ones only answer /zato/ping
    qint64 bodyBudgetBytes = 256LL * 1024 * 1024; // request bodies in flight, all connections
    qint64 sendBufferBytes = 256 * 1024;          // answer bytes queued per connection
};

struct DemoConfig
{
    Flavour flavour = Flavour::Zato32;
    bool needsCidHeader = true; // X-Zato-CID on every answer; a 4.1 server leaves it off by default
    Wire wire = Wire::G2;
    int cacheTtlSeconds = 300;
    qint64 maxBodyBytes = 128 * 1024 * 1024;
    QList<SecurityDefinition> security;
    QList<SecurityGroup> groups;
    QList<Channel> channels;
    QList<OpenApiChannel> openApi; // 4.1 only
    QList<OAuthClient> oauthClients;
    Faults faults;
    Limits limits;

    // The layout of Zato's Django and Flask samples plus the built-in channels (see the README).
    static DemoConfig defaults();
    // The same services as a server of that flavour offers them by default (defaults() is Zato32).
    static DemoConfig defaults(Flavour flavour);

    [[nodiscard]] const SecurityDefinition *securityByName(const QString &name) const;
    [[nodiscard]] const SecurityGroup *groupByName(const QString &name) const;
};

struct ConfigLoad
{
    std::optional<DemoConfig> config;
    QString error;
};

// Reads a JSON configuration; members it leaves out keep the defaults of the flavour its "zato" names
// ("3.2" or "4.1"), or of flavour when it names none.
[[nodiscard]] ConfigLoad loadConfig(const QString &fileName, Flavour flavour = Flavour::Zato32);
[[nodiscard]] ConfigLoad parseConfig(const QByteArray &json, Flavour flavour = Flavour::Zato32);

} // namespace zd::demo
