#pragma once

#include "invoke/calltypes.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace zd {

// The token request of a call's OAuth2 settings, as a call of its own: a POST of the client
// credentials grant (grant_type=client_credentials, the client id and secret under their field names,
// "scope" with the scopes space-separated, the extra fields) as a form or as JSON, through the call's
// TLS settings, proxy and timeout. Nothing of the call's own credentials goes with it. A URL or setting
// that cannot be used is a problem in words (error) and no request.
struct TokenCall
{
    CallSpec spec; // sent through ClientKind::Json
    QString error;
};
[[nodiscard]] TokenCall tokenCall(const CallSpec &call);
// The fields of that request, in the order they are sent: grant_type, the client id and the secret
// (auth.secret) under their field names, "scope" when there are scopes, then the extra fields.
[[nodiscard]] QList<NamedValue> tokenFields(const AuthSettings &auth);
// Where the client secret is in tokenFields().
inline constexpr qsizetype TokenSecretField = 2;

// What a token endpoint's answer gives (RFC 6749 §5.1): the access token, its type, when it expires
// (expires_in, otherwise the JWT's exp; none when neither says) and the scopes granted. An answer that
// holds no usable token is an error in words that says what to check; the token is never part of it.
struct TokenAnswer
{
    QString token;
    QString tokenType;
    std::optional<QDateTime> expires; // UTC
    QString scope;
    ErrorKind errorKind = ErrorKind::None;
    QString error;
    [[nodiscard]] bool ok() const { return errorKind == ErrorKind::None; }
};
// result: the token call's; received: when its answer arrived (expires_in counts from then).
[[nodiscard]] TokenAnswer readTokenAnswer(const QString &tokenUrl, const InvokeResult &result,
                                          const QDateTime &received);

} // namespace zd
