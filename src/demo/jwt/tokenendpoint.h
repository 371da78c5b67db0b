#pragma once

#include "democonfig.h"
#include "httpmessage.h"

#include <optional>

namespace zd::demo::jwt {

// The demo identity provider, so a client can try OAuth2 end to end without one:
//   POST /demo/oauth/token   client credentials (RFC 6749 §4.4): a signed RS256 JWT for a known client
//   GET  /demo/oauth/jwks    the public key that verifies those tokens
// nullopt for every other path. The clients are DemoConfig::oauthClients.
[[nodiscard]] std::optional<DemoResponse> answerOAuth(const DemoConfig &config, const DemoRequest &request);

inline constexpr QByteArrayView tokenPath = "/demo/oauth/token";
inline constexpr QByteArrayView jwksPath = "/demo/oauth/jwks";

} // namespace zd::demo::jwt
