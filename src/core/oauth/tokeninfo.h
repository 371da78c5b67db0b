#pragma once

#include "jwt.h"
#include "tokenprovider.h"

#include <QDateTime>
#include <QString>

namespace zd {

// When a token expires, in words: "2026-12-05 16:40:00 UTC (in 59 min 59 s)", "… (expired 2 min 5 s
// ago)", or that the endpoint did not say.
[[nodiscard]] QString expiryText(const std::optional<QDateTime> &expires, const QDateTime &now);

// What Get token and zato-invoke token show of a token: its type, scopes, expiry, and, for a JWT, its
// header and claims. Never the token itself, nor its signature.
[[nodiscard]] QString tokenSummaryText(const TokenResult &result, const QString &tokenUrl,
                                       const QDateTime &now);
[[nodiscard]] json::Value tokenSummaryJson(const TokenResult &result, const QString &tokenUrl,
                                           const QDateTime &now);

} // namespace zd
