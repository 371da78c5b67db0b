#pragma once

// Calls to the demo server for its tests: the sample's call to a channel, made once over loopback.
#include "callonce.h"
#include "demoserver.h"

#include <QNetworkAccessManager>

namespace zd::test {

inline json::Value customer(const char *id)
{
    return json::Value::fromObject(
        {{QStringLiteral("cust_id"), json::Value::fromString(QString::fromLatin1(id))}});
}

inline CallSpec spec(const demo::DemoServer &server, const QString &path,
                     const QString &user = QStringLiteral("django"), const char *customerId = "123")
{
    CallSpec s;
    s.address = server.address();
    s.path = path;
    s.user = user;
    s.password = QStringLiteral("my-password");
    s.service = QStringLiteral("customer.get1");
    s.payload = Payload::fromJson(customer(customerId));
    s.wire = server.config().wire;
    s.timeout = std::chrono::milliseconds(10000);
    return s;
}

inline InvokeResult call(ClientKind kind, const CallSpec &s)
{
    QNetworkAccessManager network;
    return zd::test::callOnce(kind, s, &network);
}

inline QString nameOf(const InvokeResult &result)
{
    const json::Value *name = result.data.find(u"name");
    return name ? name->toString() : QString();
}

inline const QString djangoAny = QStringLiteral("/clients/django/any-service-invoker");
inline const QString djangoJson = QStringLiteral("/clients/django/json-client");

inline demo::DemoConfig withWire(Wire wire)
{
    demo::DemoConfig config = demo::DemoConfig::defaults();
    config.wire = wire;
    return config;
}

} // namespace zd::test
