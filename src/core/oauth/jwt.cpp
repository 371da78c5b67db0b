#include "jwt.h"

#include "json/parser.h"
#include <QCoreApplication>
#include <QList>
#include <QTimeZone>
#include <cmath>

namespace zd {

namespace {

struct JwtText
{
    Q_DECLARE_TR_FUNCTIONS(Jwt)
};

// One base64url part (no padding, as RFC 7515 writes it; padding is tolerated) as a JSON object.
std::optional<json::Value> decodePart(QByteArrayView part, QString *error)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        part.toByteArray(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        *error = JwtText::tr("it is not base64url text");
        return std::nullopt;
    }
    json::ParseResult parsed = json::parse(*decoded);
    if (!parsed.ok) {
        *error = JwtText::tr("it is not JSON (%1)").arg(parsed.error);
        return std::nullopt;
    }
    if (!parsed.value.isObject()) {
        *error = JwtText::tr("it is not a JSON object");
        return std::nullopt;
    }
    return std::move(parsed.value);
}

// A NumericDate claim (seconds since the epoch, RFC 7519 §2) as a time; none when it is absent or
// not a number a date can hold.
std::optional<QDateTime> dateClaim(const json::Value &claims, QStringView name)
{
    const json::Value *value = claims.find(name);
    if (!value || !value->isNumber())
        return std::nullopt;
    const double seconds = value->toNumber().toDouble();
    if (!std::isfinite(seconds) || std::abs(seconds) > 253402300799.0) // beyond the year 9999
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(qint64(std::floor(seconds * 1000.0)), QTimeZone::utc());
}

} // namespace

DecodedJwt decodeJwt(QByteArrayView token)
{
    DecodedJwt jwt;
    const QByteArray text = token.trimmed().toByteArray();
    const QList<QByteArray> pieces = text.split('.');
    if (pieces.size() != 3 || pieces.at(0).isEmpty() || pieces.at(1).isEmpty()) {
        jwt.error = JwtText::tr("The token is not a JWT (three dot-separated parts): it is opaque, and only "
                                "the server that issued it can read it.");
        return jwt;
    }
    QString error;
    std::optional<json::Value> header = decodePart(pieces.at(0), &error);
    if (!header) {
        jwt.error = JwtText::tr("The token's header cannot be read: %1.").arg(error);
        return jwt;
    }
    std::optional<json::Value> claims = decodePart(pieces.at(1), &error);
    if (!claims) {
        jwt.error = JwtText::tr("The token's claims cannot be read: %1.").arg(error);
        return jwt;
    }
    jwt.header = std::move(*header);
    jwt.claims = std::move(*claims);
    jwt.expires = dateClaim(jwt.claims, u"exp");
    jwt.issuedAt = dateClaim(jwt.claims, u"iat");
    return jwt;
}

} // namespace zd
