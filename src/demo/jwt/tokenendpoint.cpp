#include "tokenendpoint.h"

#include "jwt.h"
#include "security.h"

#include "json/parser.h"
#include "json/writer.h"
#include <QDateTime>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace zd::demo::jwt {

namespace {

using json::Value;

const QByteArray basicChallenge = R"(Basic realm="Zato Desk demo")";

HttpHeaders noStoreHeaders()
{
    // RFC 6749 §5.1: answers with tokens (and their errors) are never cached.
    return {{"Content-Type", "application/json"}, {"Cache-Control", "no-store"}, {"Pragma", "no-cache"}};
}

// An RFC 6749 §5.2 error.
DemoResponse oauthError(int status, const char *error, const QString &description)
{
    const Value body =
        Value::fromObject({{QStringLiteral("error"), Value::fromString(QString::fromLatin1(error))},
                           {QStringLiteral("error_description"), Value::fromString(description)}});
    return DemoResponse::make(status, json::dumps(body), noStoreHeaders());
}

DemoResponse wrongMethod(const QByteArray &allow)
{
    DemoResponse response = oauthError(405, "invalid_request",
                                       u"Use " + QString::fromLatin1(allow).replace(u", "_qs, u" or "_qs));
    response.headers.append({"Allow", allow});
    return response;
}

// The request's parameters, from a JSON object or a form; nullopt when the body cannot be read or
// names a parameter twice (RFC 6749 §3.2).
std::optional<QHash<QString, QString>> parameters(const DemoRequest &request)
{
    QHash<QString, QString> out;
    const QByteArray type = headerValue(request.headers, "Content-Type").value_or(QByteArray()).trimmed();
    if (type.toLower().startsWith("application/json")) {
        const json::ParseResult parsed = json::parse(request.body);
        if (!parsed.ok || !parsed.value.isObject())
            return std::nullopt;
        for (const json::Member &member : parsed.value.toObject()) {
            if (member.value.isNull())
                continue;
            if (!member.value.isString() || out.contains(member.key))
                return std::nullopt;
            out.insert(member.key, member.value.toString());
        }
        return out;
    }
    // application/x-www-form-urlencoded: "+" is a space there, which QUrlQuery does not know.
    QByteArray form = request.body;
    form.replace('+', "%20");
    const QUrlQuery query(QString::fromUtf8(form));
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (out.contains(key))
            return std::nullopt;
        out.insert(key, value);
    }
    return out;
}

const OAuthClient *clientById(const DemoConfig &config, const QString &id)
{
    for (const OAuthClient &client : config.oauthClients) {
        if (client.id == id)
            return &client;
    }
    return nullptr;
}

QString randomId()
{
    QString hex;
    for (int i = 0; i < 4; ++i)
        hex += QString::number(QRandomGenerator::system()->generate(), 16).rightJustified(8, u'0');
    return hex;
}

DemoResponse issue(const OAuthClient &client, const QStringList &scopes)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    json::Object claims{{QStringLiteral("iss"), Value::fromString(demoIssuer.toString())},
                        {QStringLiteral("sub"), Value::fromString(client.id)},
                        {QStringLiteral("aud"), Value::fromString(client.audience)},
                        {QStringLiteral("iat"), Value::fromInteger(now)},
                        {QStringLiteral("exp"), Value::fromInteger(now + client.lifetimeSeconds)},
                        {QStringLiteral("jti"), Value::fromString(randomId())}};
    const QString scope = scopes.join(u' ');
    if (!scopes.isEmpty())
        claims.push_back({QStringLiteral("scope"), Value::fromString(scope)});
    for (const json::Member &extra : client.claims) {
        const bool taken = std::any_of(claims.cbegin(), claims.cend(),
                                       [&extra](const json::Member &m) { return m.key == extra.key; });
        if (!taken) // the registered claims above are the endpoint's own
            claims.push_back(extra);
    }
    const KeySet::Key &key = KeySet::demo()->keys.constFirst();
    const QByteArray token = encodeJwt(claims, *key.key, key.kid);
    if (token.isEmpty())
        return oauthError(500, "server_error", QStringLiteral("The token could not be signed"));
    json::Object body{{QStringLiteral("access_token"), Value::fromString(QString::fromLatin1(token))},
                      {QStringLiteral("token_type"), Value::fromString(QStringLiteral("Bearer"))},
                      {QStringLiteral("expires_in"), Value::fromInteger(client.lifetimeSeconds)}};
    if (!scopes.isEmpty())
        body.push_back({QStringLiteral("scope"), Value::fromString(scope)});
    return DemoResponse::make(200, json::dumps(Value::fromObject(std::move(body))), noStoreHeaders());
}

DemoResponse token(const DemoConfig &config, const DemoRequest &request)
{
    if (request.method != "POST")
        return wrongMethod("POST");
    const std::optional<QHash<QString, QString>> params = parameters(request);
    if (!params)
        return oauthError(400, "invalid_request",
                          QStringLiteral("The body is not a form or a JSON object of strings, or names a "
                                         "parameter twice"));
    const QString grantType = params->value(QStringLiteral("grant_type"));
    if (grantType.isEmpty())
        return oauthError(400, "invalid_request", QStringLiteral("grant_type is missing"));

    // The client: in HTTP Basic (RFC 6749 §2.3.1) or in the body, not both.
    const std::optional<BasicCredentials> basic = basicCredentials(request.headers);
    QString id = params->value(QStringLiteral("client_id"));
    QString secret = params->value(QStringLiteral("client_secret"));
    if (basic) {
        if (params->contains(QStringLiteral("client_secret")))
            return oauthError(400, "invalid_request",
                              QStringLiteral("The client authenticates in one way only: Basic or the body"));
        if (!basic->wellFormed) {
            DemoResponse response =
                oauthError(401, "invalid_client", QStringLiteral("The Basic credentials have no colon"));
            response.headers.append({"WWW-Authenticate", basicChallenge});
            return response;
        }
        const QString basicId = QString::fromUtf8(basic->user);
        if (!id.isEmpty() && id != basicId)
            return oauthError(400, "invalid_request",
                              QStringLiteral("client_id differs from the one in the Basic credentials"));
        id = basicId;
        secret = QString::fromUtf8(basic->password);
    } else if (id.isEmpty() || secret.isEmpty()) {
        return oauthError(400, "invalid_request", QStringLiteral("client_id or client_secret is missing"));
    }

    const OAuthClient *client = clientById(config, id);
    if (!client || !sameSecret(secret.toUtf8(), client->secret.toUtf8())) {
        DemoResponse response =
            oauthError(401, "invalid_client", QStringLiteral("Unknown client or wrong secret"));
        if (basic)
            response.headers.append({"WWW-Authenticate", basicChallenge});
        return response;
    }
    if (grantType != u"client_credentials")
        return oauthError(400, "unsupported_grant_type",
                          u"The demo server issues tokens for client_credentials only, not " + grantType);

    QStringList scopes;
    for (const QString &scope : params->value(QStringLiteral("scope")).split(u' ', Qt::SkipEmptyParts)) {
        if (!client->scopes.contains(scope))
            return oauthError(400, "invalid_scope", u"The client may not have the scope " + scope);
        if (!scopes.contains(scope))
            scopes << scope;
    }
    return issue(*client, scopes);
}

} // namespace

std::optional<DemoResponse> answerOAuth(const DemoConfig &config, const DemoRequest &request)
{
    if (request.path == tokenPath)
        return token(config, request);
    if (request.path != jwksPath)
        return std::nullopt;
    if (request.method != "GET" && request.method != "HEAD")
        return wrongMethod("GET, HEAD");
    return DemoResponse::make(200, KeySet::demo()->toJson(), {{"Content-Type", "application/json"}});
}

} // namespace zd::demo::jwt
