#include "jwt.h"

#include "base64url.h"

#include "json/parser.h"
#include "json/writer.h"

namespace zd::demo::jwt {

namespace {

using json::Value;

const json::WriteOptions compact{false, -1, true};

std::optional<json::Value> decodePart(QByteArrayView part)
{
    const std::optional<QByteArray> decoded = fromBase64Url(part);
    if (!decoded)
        return std::nullopt;
    json::ParseResult parsed = json::parse(*decoded);
    if (!parsed.ok || !parsed.value.isObject())
        return std::nullopt;
    return std::move(parsed.value);
}

// A claim's value as text, for comparing with a configured "name=value": strings as they are,
// numbers as written; other kinds never match.
std::optional<QString> scalarText(const Value &value)
{
    if (value.isString())
        return value.toString();
    if (value.isNumber())
        return QString::fromLatin1(value.toNumber().text);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return std::nullopt;
}

// A scalar by equality, a list by membership of one of its items.
bool claimHolds(const Value &value, const QString &expected)
{
    if (value.isArray()) {
        const json::Array &items = value.toArray();
        return std::any_of(items.cbegin(), items.cend(),
                           [&expected](const Value &item) { return scalarText(item) == expected; });
    }
    return scalarText(value) == expected;
}

std::optional<qint64> seconds(const Value *value)
{
    if (!value || !value->isNumber())
        return std::nullopt;
    if (const std::optional<qint64> whole = value->toNumber().toInt64())
        return whole;
    return qint64(value->toNumber().toDouble());
}

} // namespace

QByteArray encodeJwt(const json::Object &claims, const RsaKey &key, const QString &kid)
{
    const Value header =
        Value::fromObject({{QStringLiteral("alg"), Value::fromString(QStringLiteral("RS256"))},
                           {QStringLiteral("typ"), Value::fromString(QStringLiteral("JWT"))},
                           {QStringLiteral("kid"), Value::fromString(kid)}});
    const QByteArray input = toBase64Url(json::dumps(header, compact)) + '.' +
                             toBase64Url(json::dumps(Value::fromObject(claims), compact));
    const QByteArray signature = key.sign(input);
    return signature.isEmpty() ? QByteArray() : input + '.' + toBase64Url(signature);
}

QString checkJwt(QByteArrayView token, const JwtRules &rules, const KeySet &keys, qint64 now)
{
    const QList<QByteArray> parts = token.toByteArray().split('.');
    if (parts.size() != 3)
        return QStringLiteral("not three dot-separated parts");
    const std::optional<Value> header = decodePart(parts.at(0));
    const std::optional<Value> claims = decodePart(parts.at(1));
    const std::optional<QByteArray> signature = fromBase64Url(parts.at(2));
    if (!header || !claims || !signature)
        return QStringLiteral("a part is not base64url JSON");

    // The algorithm is fixed, never taken from the token: "none" and HS256 (with the public key as
    // the HMAC secret) are the classic forgeries.
    const Value *alg = header->find(u"alg");
    if (!alg || !alg->isString() || alg->toString() != u"RS256")
        return QStringLiteral("alg is not RS256");
    const Value *kid = header->find(u"kid");
    if (!kid || !kid->isString() || kid->toString().isEmpty())
        return QStringLiteral("no kid");
    const RsaKey *key = keys.find(kid->toString());
    if (!key)
        return QStringLiteral("unknown kid");
    const QByteArray input = parts.at(0) + '.' + parts.at(1);
    if (!key->verify(input, *signature))
        return QStringLiteral("bad signature");

    const std::optional<qint64> expires = seconds(claims->find(u"exp"));
    if (!expires)
        return QStringLiteral("no exp");
    if (now >= *expires)
        return QStringLiteral("expired");
    if (const Value *notBefore = claims->find(u"nbf")) {
        const std::optional<qint64> nbf = seconds(notBefore);
        if (!nbf || now < *nbf)
            return QStringLiteral("not valid yet");
    }
    const Value *iss = claims->find(u"iss");
    if (!iss || !iss->isString() || iss->toString() != rules.issuer)
        return QStringLiteral("wrong iss");
    // "aud" is one string or an array of them (RFC 7519 §4.1.3).
    const Value *aud = claims->find(u"aud");
    const bool audienceHolds = aud && (aud->isString() || aud->isArray()) && claimHolds(*aud, rules.audience);
    if (!audienceHolds)
        return QStringLiteral("wrong aud");
    for (const QString &rule : rules.claims) {
        const qsizetype equals = rule.indexOf(u'=');
        const QString name = rule.left(equals).trimmed();
        const QString expected = equals < 0 ? QString() : rule.mid(equals + 1).trimmed();
        const Value *value = claims->find(name);
        if (!value || !claimHolds(*value, expected))
            return u"claim " + name + u" does not match";
    }
    return QString();
}

} // namespace zd::demo::jwt
