#pragma once

#include "calltypes.h"

#include <QString>
#include <optional>

namespace zd {

// "none", "basic", "apikey", "bearer", "oauth2": how profiles, the history and the CLI name a kind.
[[nodiscard]] QString authKindKey(AuthKind kind);
[[nodiscard]] std::optional<AuthKind> authKindFromKey(const QString &key);

// The header that carries the call's credential, if its kind sends one (zato-platform.md §1.2):
// Basic: Authorization: Basic base64(user:password) (when a user or a password is given); ApiKey:
// <apiKeyHeader>: <key>, with no prefix; Bearer: Authorization: Bearer <token>. A key or token that
// is missing, or a header name that is not one, is a problem in words (error), and no header.
[[nodiscard]] std::optional<HttpHeader> authHeader(const CallSpec &spec, QString *error);

// Whether a request header carries a secret: Authorization, Proxy-Authorization, X-API-Key and any
// header the request names in secretHeaders (the call's API-key header, whatever its name).
[[nodiscard]] bool isSecretHeader(const HttpRequestData &request, QByteArrayView name);
// The value as it may be shown or kept: for a secret header "********", after the scheme word of an
// Authorization value ("Basic ********", "Bearer ********"); any other value as it is.
[[nodiscard]] QByteArray shownHeaderValue(const HttpRequestData &request, const HttpHeader &header);

// The environment variables Copy as refers to instead of writing a secret.
inline constexpr QStringView PasswordVariable = u"ZATO_PASSWORD";
inline constexpr QStringView ApiKeyVariable = u"ZATO_API_KEY";
inline constexpr QStringView TokenVariable = u"ZATO_TOKEN";
inline constexpr QStringView ClientSecretVariable = u"ZATO_CLIENT_SECRET"; // OAuth2

} // namespace zd
