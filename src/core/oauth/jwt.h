#pragma once

#include "json/value.h"
#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <optional>

namespace zd {

// A JWT's header and claims as anyone holding it may read them (RFC 7519, the JWS compact form): the
// signature is not checked. That is the server's work; this is for the user to see what the token says.
struct DecodedJwt
{
    json::Value header;                // an object
    json::Value claims;                // an object
    std::optional<QDateTime> expires;  // the "exp" claim, UTC
    std::optional<QDateTime> issuedAt; // the "iat" claim, UTC
    QString error;                     // why the token cannot be read as a JWT; empty when it can
    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

[[nodiscard]] DecodedJwt decodeJwt(QByteArrayView token);

} // namespace zd
