#pragma once

#include "invoke/calltypes.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace zd::demo {

// An HTTP Basic Auth security definition.
struct SecurityDefinition
{
    QString name;
    QString user;
    QString password;
    QString realm;
};

// A REST channel: URL path to service. A path ending in "{service}" matches any service name there.
struct Channel
{
    QString name;
    QString path;
    QString service;
    QString security;      // a security definition's name; empty: no authentication
    QString method;        // empty: any method
    bool rbac = false;     // authenticate against any definition, then allow only rbacAllow
    QStringList rbacAllow; // security definition names RBAC lets in
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
    Wire wire = Wire::G2;
    int cacheTtlSeconds = 300;
    qint64 maxBodyBytes = 128 * 1024 * 1024;
    QList<SecurityDefinition> security;
    QList<Channel> channels;
    Faults faults;
    Limits limits;

    // The layout of Zato's Django and Flask samples plus the built-in channels (see the README).
    static DemoConfig defaults();

    [[nodiscard]] const SecurityDefinition *securityByName(const QString &name) const;
};

struct ConfigLoad
{
    std::optional<DemoConfig> config;
    QString error;
};

// Reads a JSON configuration; members it leaves out keep their defaults.
[[nodiscard]] ConfigLoad loadConfig(const QString &fileName);
[[nodiscard]] ConfigLoad parseConfig(const QByteArray &json);

} // namespace zd::demo
