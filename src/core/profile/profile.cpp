#include "profile.h"

#include <QUuid>

namespace zd {

QString Profile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QList<Profile> Profile::builtIns(const QString &demoAddress, const QString &demo41Address)
{
    const auto sample = [](QString id, QString name, QString address, const QString &app) {
        Profile p;
        p.id = std::move(id);
        p.name = std::move(name);
        p.address = std::move(address);
        p.anyPath = u"/clients/" + app + u"/any-service-invoker";
        p.jsonPath = u"/clients/" + app + u"/json-client";
        p.apiPath = QStringLiteral("/zato/api/invoke");
        p.user = app;
        p.apiUser = QStringLiteral("pubapi"); // the samples' API channel has its own user
        return p;
    };
    // A 4.1 server has no dispatcher (AnyServiceInvoker gets 404 there, as it would from a real one):
    // JSONClient first, and the invoker's own user is admin.invoke.
    Profile demo41 = sample(QStringLiteral("builtin-demo41"), QStringLiteral("Demo server 4.1"),
                            demo41Address, QStringLiteral("django"));
    demo41.apiUser = QStringLiteral("admin.invoke");
    demo41.client = ClientKind::Json;
    return {sample(QStringLiteral("builtin-demo"), QStringLiteral("Demo server"), demoAddress,
                   QStringLiteral("django")),
            demo41,
            sample(QStringLiteral("builtin-django"), QStringLiteral("Django sample"),
                   QStringLiteral("http://localhost:17010"), QStringLiteral("django")),
            sample(QStringLiteral("builtin-flask"), QStringLiteral("Flask sample"),
                   QStringLiteral("http://localhost:17010"), QStringLiteral("flask"))};
}

QString Profile::builtInPassword(const QString &id)
{
    return id.startsWith(u"builtin-") ? QStringLiteral("my-password") : QString();
}

QString Profile::builtInApiPassword(const QString &id)
{
    return id.startsWith(u"builtin-") ? QStringLiteral("my-password") : QString();
}

QString clientKey(ClientKind kind)
{
    switch (kind) {
    case ClientKind::AnyService:
        return QStringLiteral("any");
    case ClientKind::Json:
        return QStringLiteral("json");
    case ClientKind::Api:
        return QStringLiteral("api");
    }
    return QStringLiteral("any");
}

std::optional<ClientKind> clientFromKey(const QString &key)
{
    if (key == u"any")
        return ClientKind::AnyService;
    if (key == u"json")
        return ClientKind::Json;
    if (key == u"api")
        return ClientKind::Api;
    return std::nullopt;
}

} // namespace zd
