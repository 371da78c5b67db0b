#pragma once

#include "democonfig.h"
#include "jwks.h"

#include <QByteArray>
#include <QString>

namespace zd::demo::jwt {

// The demo identity provider's "iss".
inline constexpr QStringView demoIssuer = u"zato-desk-demo-idp";

// A compact JWS: base64url({"alg":"RS256","typ":"JWT","kid":kid}).base64url(claims).signature.
// Empty when the key cannot sign.
[[nodiscard]] QByteArray encodeJwt(const json::Object &claims, const RsaKey &key, const QString &kid);

// Why token does not satisfy rules at now (Unix seconds); empty when it does. The reason is for the
// log and the tests: a client is only ever told 401.
[[nodiscard]] QString checkJwt(QByteArrayView token, const JwtRules &rules, const KeySet &keys, qint64 now);

} // namespace zd::demo::jwt
