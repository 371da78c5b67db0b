#pragma once

#include "calltypes.h"

namespace zd {

struct BuildResult
{
    HttpRequestData request;
    QString error; // non-empty: the call is not valid and nothing may be sent
    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

// The default path prefix of the Invoke API invoker.
inline constexpr QStringView DefaultApiPath = u"/zato/api/invoke";

// The exact HTTP request Zato's Python client of that kind sends for spec (zato-client 3.2.1 for
// AnyServiceInvoker and JSONClient, the Zato 4 ZatoClient for Api), plus our explicit Content-Type
// and User-Agent. Pure: no network, so every byte can be tested (it reads the client certificate only
// for the front end's headers, TlsSettings::frontEndHeaders).
[[nodiscard]] BuildResult buildRequest(ClientKind kind, const CallSpec &spec);
// The spec as it can be built and checked before its OAuth2 token is got (Copy as, the CLI's check): a
// stand-in token takes its place. Any other spec as it is.
[[nodiscard]] CallSpec withTokenStandIn(const CallSpec &spec);

// The zato.service.invoke envelope (the request body of AnyServiceInvoker).
[[nodiscard]] QByteArray anyServiceEnvelope(const CallSpec &spec);

// "Basic <base64(user:password)>", Latin-1 as python-requests encodes it (UTF-8 beyond Latin-1).
[[nodiscard]] QByteArray basicAuthorization(const QString &user, const QString &password);

// Whether the request carries Basic credentials: the call authenticates with Basic (AuthKind) and a
// user name or a password is given. An empty user
// with a password is sent as ":password", as python-requests and curl -u ':password' do; with
// neither, no Authorization header is sent (Zato 2.0's auth=None).
[[nodiscard]] bool sendsBasicAuth(const CallSpec &spec);

[[nodiscard]] QByteArray userAgent();

} // namespace zd
