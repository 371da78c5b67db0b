#include "security.h"

#include "jwt/jwt.h"

#include <QDateTime>

namespace zd::demo {

bool sameSecret(QByteArrayView a, QByteArrayView b)
{
    // Every byte of the longer one is looked at, whatever differs first.
    const qsizetype size = std::max(a.size(), b.size());
    unsigned difference = a.size() == b.size() ? 0U : 1U;
    for (qsizetype i = 0; i < size; ++i) {
        const auto x = i < a.size() ? static_cast<unsigned char>(a[i]) : 0U;
        const auto y = i < b.size() ? static_cast<unsigned char>(b[i]) : 0U;
        difference |= x ^ y;
    }
    return difference == 0;
}

std::optional<BasicCredentials> basicCredentials(const HttpHeaders &headers)
{
    const std::optional<QByteArray> header = headerValue(headers, "Authorization");
    if (!header || !header->startsWith("Basic "))
        return std::nullopt;
    const QByteArray decoded = QByteArray::fromBase64(header->mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    return BasicCredentials{decoded.left(colon), decoded.mid(colon + 1), colon >= 0};
}

std::optional<QByteArray> bearerToken(const HttpHeaders &headers)
{
    const std::optional<QByteArray> header = headerValue(headers, "Authorization");
    if (!header || header->size() < 7 || header->left(7).toLower() != "bearer ")
        return std::nullopt;
    return header->mid(7).trimmed();
}

bool acceptsBasic(const SecurityDefinition &definition, const HttpHeaders &headers)
{
    const std::optional<BasicCredentials> basic = basicCredentials(headers);
    return basic && basic->wellFormed && sameSecret(basic->user, definition.user.toLatin1()) &&
           sameSecret(basic->password, definition.password.toLatin1());
}

bool acceptsApiKey(const SecurityDefinition &definition, const HttpHeaders &headers, Flavour flavour)
{
    const std::optional<QByteArray> key = headerValue(headers, definition.header);
    if (!key)
        return false;
    if (definition.password.isEmpty())
        return flavour == Flavour::Zato32;
    return sameSecret(*key, definition.password.toUtf8());
}

bool acceptsBearer(const SecurityDefinition &definition, const HttpHeaders &headers)
{
    const std::optional<QByteArray> token = bearerToken(headers);
    if (!token)
        return false;
    if (definition.jwt) {
        const JwtRules &rules = *definition.jwt;
        const jwt::KeySet &keys = rules.keys ? *rules.keys : *jwt::KeySet::demo();
        return jwt::checkJwt(*token, rules, keys, QDateTime::currentSecsSinceEpoch()).isEmpty();
    }
    return !definition.password.isEmpty() && sameSecret(*token, definition.password.toUtf8());
}

bool acceptsMtls(const SecurityDefinition &definition, const HttpHeaders &headers)
{
    if (headerValue(headers, "X-Zato-SSL-Client-Verify") != QByteArrayLiteral("SUCCESS"))
        return false;
    const auto hexOnly = [](QByteArray text) { return text.replace(':', QByteArray()).trimmed().toLower(); };
    const bool byFingerprint = !definition.certFingerprint.isEmpty();
    const bool bySubject = !definition.certSubjectDn.isEmpty();
    if (!byFingerprint && !bySubject)
        return true;
    const std::optional<QByteArray> fingerprint = headerValue(headers, "X-Zato-SSL-Client-SHA256");
    if (byFingerprint && fingerprint &&
        sameSecret(hexOnly(*fingerprint), hexOnly(definition.certFingerprint.toLatin1())))
        return true;
    const std::optional<QByteArray> subject = headerValue(headers, "X-Zato-SSL-Client-Subject-DN");
    return bySubject && subject && *subject == definition.certSubjectDn.toUtf8();
}

bool accepts(const SecurityDefinition &definition, const HttpHeaders &headers, Flavour flavour)
{
    switch (definition.type) {
    case SecurityDefinition::Type::BasicAuth:
        return acceptsBasic(definition, headers);
    case SecurityDefinition::Type::ApiKey:
        return acceptsApiKey(definition, headers, flavour);
    case SecurityDefinition::Type::BearerToken:
        return acceptsBearer(definition, headers);
    case SecurityDefinition::Type::Mtls:
        return acceptsMtls(definition, headers);
    }
    return false;
}

GroupCheck checkGroups(const DemoConfig &config, const Channel &channel, const HttpHeaders &headers)
{
    using Type = SecurityDefinition::Type;
    QList<const SecurityDefinition *> members;
    std::optional<QByteArray> apiKeyHeader;
    for (const QString &groupName : channel.groups) {
        const SecurityGroup *group = config.groupByName(groupName);
        if (!group)
            continue;
        for (const QString &memberName : group->members) {
            const SecurityDefinition *definition = config.securityByName(memberName);
            if (!definition || members.contains(definition))
                continue;
            if (definition->type == Type::ApiKey) {
                if (!apiKeyHeader)
                    apiKeyHeader = definition->header;
                else if (definition->header.compare(*apiKeyHeader, Qt::CaseInsensitive) != 0)
                    continue; // a conflicting header: left out, as Zato logs and skips it
            }
            members.append(definition);
        }
    }
    if (members.isEmpty())
        return {};

    const auto firstOf = [&members, &headers](Type type) -> GroupCheck {
        for (const SecurityDefinition *definition : std::as_const(members)) {
            if (definition->type == type && accepts(*definition, headers, Flavour::Zato41))
                return {GroupCheck::Verdict::Member, definition};
        }
        return {GroupCheck::Verdict::Forbidden, nullptr};
    };
    const bool hasApiKey =
        headerValue(headers, apiKeyHeader.value_or(QByteArrayLiteral("X-API-Key"))).has_value();
    if (bearerToken(headers))
        return firstOf(Type::BearerToken);
    if (basicCredentials(headers))
        return hasApiKey ? GroupCheck{GroupCheck::Verdict::BadRequest, nullptr} : firstOf(Type::BasicAuth);
    if (hasApiKey)
        return firstOf(Type::ApiKey);
    return {GroupCheck::Verdict::Forbidden, nullptr};
}

} // namespace zd::demo
