#pragma once

#include "invoke/calltypes.h"
#include "savedrequests.h"

#include <QList>
#include <QString>

namespace zd {

// A saved connection: a server, its channels, a user and how to reach it. Its passwords are not
// part of it: they live in the OS keychain under the profile's stable id.
struct Profile
{
    QString id; // stable, never shown; the keychain key
    QString name;
    QString address;
    QString anyPath;
    QString anyService = QStringLiteral("customer.get1");
    QString jsonPath;
    QString apiPath;
    QString user;
    // The Invoke API's own user, where its channel needs another one than the main user (a 3.2
    // server's API takes "pubapi", a 4.1 server's "admin.invoke"); empty: the main user and password are used
    // for it too.
    QString apiUser;
    // How the channels authenticate, and the header an API key goes in. The key and the bearer token
    // live in the keychain (profileApiKeyKey, profileTokenKey), never here.
    AuthKind auth = AuthKind::Basic;
    QByteArray apiKeyHeader = QByteArrayLiteral("X-API-Key");
    // Where an OAuth2 token comes from; its client secret lives in the keychain (profileClientSecretKey).
    OAuth2Settings oauth2;
    ClientKind client = ClientKind::AnyService;
    int timeoutSeconds = 60;
    TlsSettings tls;
    ProxySettings proxy; // proxy.password is never saved in the profile
    // Its saved requests. ProfileStore::save() keeps those on disk; saveRequests() changes them.
    QList<SavedRequest> requests;

    friend bool operator==(const Profile &, const Profile &) = default;

    [[nodiscard]] static QString newId();
    // The built-in starting points: "Demo server" (Zato 3.2, as the samples use it), "Demo server
    // 4.1" (Zato 4.1), "Django sample" and "Flask sample". zato-demo-server listens on 17010 as either.
    [[nodiscard]] static QList<Profile>
    builtIns(const QString &demoAddress = QStringLiteral("http://127.0.0.1:17010"),
             const QString &demo41Address = QStringLiteral("http://127.0.0.1:17010"));
    // The built-in profiles use the samples' published password; nothing else has a default.
    [[nodiscard]] static QString builtInPassword(const QString &id);
    // The same for the Invoke API's own user.
    [[nodiscard]] static QString builtInApiPassword(const QString &id);
};

[[nodiscard]] QString clientKey(ClientKind kind); // "any", "json", "api"
[[nodiscard]] std::optional<ClientKind> clientFromKey(const QString &key);

} // namespace zd
