#pragma once

#include "democonfig.h"
#include "invoke/calltypes.h"

#include <QByteArray>
#include <optional>

namespace zd::demo {

// Credentials as a request carries them (zato-platform.md §1.2), and whether they satisfy a security
// definition. Secrets are compared in constant time.

struct BasicCredentials
{
    QByteArray user;
    QByteArray password;
    bool wellFormed = false; // the decoded text has a colon
};

// "Authorization: Basic ..." (the prefix is case-sensitive); nullopt when the header is missing or
// another scheme.
[[nodiscard]] std::optional<BasicCredentials> basicCredentials(const HttpHeaders &headers);
// "Authorization: Bearer <token>" (the prefix is case-insensitive); nullopt otherwise.
[[nodiscard]] std::optional<QByteArray> bearerToken(const HttpHeaders &headers);

[[nodiscard]] bool sameSecret(QByteArrayView a, QByteArrayView b);

// Whether the request's credentials are those of the definition. An API key comes in the
// definition's header with no prefix; an empty key accepts any value in 3.2 and nothing in 4.1.
// A bearer definition with no token never matches; one with JWT rules takes JWTs that satisfy them
// (jwt/jwt.h), signed by its JWKS file's keys or by the demo's own key.
[[nodiscard]] bool acceptsBasic(const SecurityDefinition &definition, const HttpHeaders &headers);
[[nodiscard]] bool acceptsApiKey(const SecurityDefinition &definition, const HttpHeaders &headers,
                                 Flavour flavour);
[[nodiscard]] bool acceptsBearer(const SecurityDefinition &definition, const HttpHeaders &headers);
// X-Zato-SSL-Client-Verify: SUCCESS, then the fingerprint or the subject DN, when the definition names
// them (zato-platform.md §1.2). The headers are trusted as a server behind its front end trusts them.
[[nodiscard]] bool acceptsMtls(const SecurityDefinition &definition, const HttpHeaders &headers);
[[nodiscard]] bool accepts(const SecurityDefinition &definition, const HttpHeaders &headers, Flavour flavour);

// A channel's security groups (zato-platform.md §1.3): the definitions of their members, and what the
// request's credentials make of them.
struct GroupCheck
{
    enum class Verdict { NoMembers, Member, Forbidden, BadRequest };
    Verdict verdict = Verdict::NoMembers;
    const SecurityDefinition *member = nullptr; // Verdict::Member: whose credentials these are
};

// Every API-key member must use the same header: the first one's; a member with another header is left
// out. Bearer token first, then Basic Auth, then the API key; Basic Auth and an API key together are a
// bad request.
[[nodiscard]] GroupCheck checkGroups(const DemoConfig &config, const Channel &channel,
                                     const HttpHeaders &headers);

} // namespace zd::demo
