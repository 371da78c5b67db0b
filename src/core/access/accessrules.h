#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace zd::access {

// What a server's configuration says about who may call what (an enmasse file, or the admin services'
// lists), reduced to what decides the outcome of a call (zato-platform.md §3.4). No secrets: whether a
// secret is right is part of the question asked, not of the configuration.
enum class SecurityType { BasicAuth, ApiKey, BearerToken, Mtls, Wss, Ntlm, Spnego, Other };

struct Definition
{
    QString name;
    SecurityType type = SecurityType::BasicAuth;
    QString realm;                                      // BasicAuth: the challenge's realm
    QByteArray header = QByteArrayLiteral("X-API-Key"); // ApiKey: the header the key comes in
};

struct Group
{
    QString name;
    QStringList members; // definition names
};

struct Channel
{
    QString name;
    QString path;
    QString method;   // empty: any method
    QString security; // a definition's name; empty: none
    QStringList groups;
    bool isActive = true;
    bool jsonErrors = true; // data_format json: errors as the JSON envelope
};

struct Configuration
{
    QList<Definition> definitions;
    QList<Group> groups;
    QList<Channel> channels;
    // The newest 4.1 answers a method a channel does not take with 405 and Allow; 3.2 and 4.1 before
    // July 2026 with 404.
    bool methodMismatchIs405 = true;

    [[nodiscard]] const Definition *definition(const QString &name) const;
    [[nodiscard]] const Group *group(const QString &name) const;
};

// Who calls: one definition's credential with its right or a wrong secret, or nobody.
struct Caller
{
    enum class Secret { Right, Wrong };
    const Definition *definition = nullptr; // nullptr: no credentials at all
    Secret secret = Secret::Right;
    // Basic Auth and an API key in the same request (step 4 of §3.4: 400 when the channel has groups).
    bool alsoSendsApiKey = false;
};

// The outcome a call must have, as the matrix names outcomes ("allowed", "400", "401", "403", "404",
// "405"), and why, in words.
struct Expectation
{
    QString outcome;
    QString reason;
    QByteArray challenge; // the WWW-Authenticate a 401 carries; empty: none
    friend bool operator==(const Expectation &, const Expectation &) = default;
};

// The rules of zato-platform.md §3.4, steps 1 to 6, for caller calling channel with method. The service's
// own answer (200, 400, 500), rate limits and gateway allow-lists come after and are not predicted.
[[nodiscard]] Expectation expect(const Configuration &configuration, const Channel &channel,
                                 const Caller &caller, const QString &method);

[[nodiscard]] QString securityTypeName(SecurityType type); // "basic_auth", "apikey", ...
[[nodiscard]] SecurityType securityTypeFromName(const QString &name);

} // namespace zd::access
