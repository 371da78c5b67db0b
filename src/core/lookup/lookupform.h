#pragma once

#include "invoke/calltypes.h"
#include "request/requestdraft.h"

#include <QList>
#include <QString>

namespace zd {

// The customer lookup of Zato's Django and Flask samples, as the window's fields hold it.
struct LookupForm
{
    enum class Field { Address, AnyPath, JsonPath, ApiPath, Service, CustomerId, Request };
    struct FieldError
    {
        Field field;
        QString message;
        std::optional<RequestDraft::Problem> request = {}; // Field::Request: where in the request
    };

    QString address;
    QString anyPath;
    QString jsonPath;
    QString apiPath;
    QString user;
    QString password;
    // The Invoke API's own user and password; an empty apiUser: user and password serve it too.
    QString apiUser;
    QString apiPassword;
    // How the channels authenticate (the Invoke API's own user, when there is one, always uses Basic);
    // the API key and the bearer token, like the passwords, only in memory and the keychain.
    AuthKind authKind = AuthKind::Basic;
    QByteArray apiKeyHeader = QByteArrayLiteral("X-API-Key");
    QString apiKey;
    QString token;
    OAuth2Settings oauth2;                             // AuthKind::OAuth2: where the token comes from
    QString clientSecret;                              // and the client's secret
    QString service = QStringLiteral("customer.get1"); // AnyServiceInvoker's and the Invoke API's target
    QString customerId;
    // The Request tab. While its payload is empty or {"cust_id": "..."}, the customer ID is sent in it.
    RequestDraft request;
    ClientKind client = ClientKind::AnyService;
    std::chrono::milliseconds timeout{60000};
    TlsSettings tls;
    ProxySettings proxy;

    // The problems that keep the call from being sent, one per field at most, in field order.
    [[nodiscard]] QList<FieldError> validate() const;
    // The user and password a client kind calls with: the API's own for the Invoke API when there is
    // one, the main ones otherwise.
    [[nodiscard]] std::pair<QString, QString> credential(ClientKind kind) const;
    // The authentication a client kind calls with: the API's own user (Basic) for the Invoke API
    // when there is one, the chosen kind with its secret otherwise.
    [[nodiscard]] AuthSettings auth(ClientKind kind) const;
    // The form with every secret taken out (passwords, API key, token): what may be kept.
    [[nodiscard]] LookupForm withoutSecrets() const;
    // Whether the request's payload is the customer lookup's (empty, or {"cust_id": "..."}).
    [[nodiscard]] bool sendsCustomerId() const;
    // The request as it is sent: with the customer lookup's payload, {"cust_id": customerId}, when
    // sendsCustomerId().
    [[nodiscard]] RequestDraft effectiveRequest() const;
    // The call: the request to the chosen client's channel, with that client's credential.
    [[nodiscard]] CallSpec toCallSpec() const;
};

} // namespace zd

namespace zd {

// What the window shows as the customer's name: for an ok call with data, data's "name" (the samples'
// response.data.name), or the data itself when it is not an object with a name; empty otherwise; cut at
// maxNameChars, and a list or object of more than 64 entries summarised as [N …] or {N …}.
inline constexpr qsizetype maxNameChars = 300;
[[nodiscard]] QString customerName(const InvokeResult &result);

} // namespace zd
