#include "tokeninfo.h"

#include "json/writer.h"
#include <QCoreApplication>

namespace zd {

namespace {

struct InfoText
{
    Q_DECLARE_TR_FUNCTIONS(TokenInfo)
};

QString span(qint64 seconds)
{
    seconds = std::abs(seconds);
    if (seconds < 60)
        return InfoText::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return InfoText::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return InfoText::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QString pretty(const json::Value &value)
{
    return QString::fromUtf8(json::dumps(value, json::WriteOptions{false, 2}));
}

} // namespace

QString expiryText(const std::optional<QDateTime> &expires, const QDateTime &now)
{
    if (!expires)
        return InfoText::tr("not said (the answer has no expires_in and the token no exp)");
    const QString when = expires->toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    const qint64 left = now.secsTo(*expires);
    return left > 0 ? InfoText::tr("%1 (in %2)").arg(when, span(left))
                    : InfoText::tr("%1 (expired %2 ago)").arg(when, span(left));
}

QString tokenSummaryText(const TokenResult &result, const QString &tokenUrl, const QDateTime &now)
{
    const TokenAnswer &answer = result.answer;
    QString text = result.cached ? InfoText::tr("Token from %1, kept from an earlier answer\n").arg(tokenUrl)
                                 : InfoText::tr("Token from %1: %2 in %3 ms\n")
                                       .arg(tokenUrl)
                                       .arg(result.response.status)
                                       .arg(result.elapsedMs, 0, 'f', 0);
    text += InfoText::tr("type: %1\n")
                .arg(answer.tokenType.isEmpty() ? QStringLiteral("Bearer") : answer.tokenType);
    if (!answer.scope.isEmpty())
        text += InfoText::tr("scope: %1\n").arg(answer.scope);
    text += InfoText::tr("expires: %1\n").arg(expiryText(answer.expires, now));
    const DecodedJwt jwt = decodeJwt(answer.token.toUtf8());
    if (!jwt.ok())
        return text + jwt.error + u'\n';
    text += InfoText::tr("JWT header:\n%1\nJWT claims:\n%2\n").arg(pretty(jwt.header), pretty(jwt.claims));
    return text;
}

json::Value tokenSummaryJson(const TokenResult &result, const QString &tokenUrl, const QDateTime &now)
{
    using json::Value;
    const TokenAnswer &answer = result.answer;
    const DecodedJwt jwt = decodeJwt(answer.token.toUtf8());
    json::Object o{
        {QStringLiteral("token_url"), Value::fromString(tokenUrl)},
        {QStringLiteral("cached"), Value::fromBool(result.cached)},
        {QStringLiteral("http_status"), result.cached ? Value() : Value::fromInteger(result.response.status)},
        {QStringLiteral("token_type"),
         Value::fromString(answer.tokenType.isEmpty() ? QStringLiteral("Bearer") : answer.tokenType)},
        {QStringLiteral("scope"), Value::fromString(answer.scope)},
        {QStringLiteral("expires"),
         answer.expires ? Value::fromString(answer.expires->toUTC().toString(Qt::ISODate)) : Value()},
        {QStringLiteral("expires_in_seconds"),
         answer.expires ? Value::fromInteger(now.secsTo(*answer.expires)) : Value()},
        {QStringLiteral("jwt_header"), jwt.ok() ? jwt.header : Value()},
        {QStringLiteral("jwt_claims"), jwt.ok() ? jwt.claims : Value()}};
    if (!jwt.ok())
        o.push_back({QStringLiteral("jwt_error"), Value::fromString(jwt.error)});
    return Value::fromObject(std::move(o));
}

} // namespace zd
