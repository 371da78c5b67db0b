#include "tokenexchange.h"

#include "jwt.h"

#include "json/writer.h"
#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace zd {

namespace {

struct TokenText
{
    Q_DECLARE_TR_FUNCTIONS(TokenExchange)
};

// application/x-www-form-urlencoded as browsers and python-requests write it: a space as "+".
QByteArray formEncoded(const QList<NamedValue> &fields)
{
    QByteArray body;
    for (const NamedValue &field : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(field.name, " ").replace(' ', '+');
        body += '=';
        body += QUrl::toPercentEncoding(field.value, " ").replace(' ', '+');
    }
    return body;
}

QByteArray jsonEncoded(const QList<NamedValue> &fields)
{
    json::Object object;
    for (const NamedValue &field : fields)
        object.push_back({field.name, json::Value::fromString(field.value)});
    return json::dumps(json::Value::fromObject(std::move(object)));
}

std::optional<QByteArray> header(const HttpResponseData &response, QByteArrayView name)
{
    for (const HttpHeader &h : response.headers) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            return h.value;
    }
    return std::nullopt;
}

QString text(const json::Value &object, QStringView name)
{
    const json::Value *value = object.find(name);
    return value && value->isString() ? value->toString() : QString();
}

// An RFC 6749 §5.2 error in words, with what to check for the usual ones.
QString refusal(const HttpResponseData &response, const json::Value &body)
{
    const QString code = text(body, u"error");
    const QString description = text(body, u"error_description");
    QString what = QStringLiteral("%1 %2").arg(response.status).arg(QString::fromLatin1(response.reason));
    if (!code.isEmpty())
        what += QStringLiteral(", ") + code;
    if (!description.isEmpty())
        what += QStringLiteral(" (") + description.left(200) + u')';
    QString advice;
    if (code == u"invalid_client" || response.status == 401)
        advice = TokenText::tr("Check the client id and the client secret, and the names of their fields.");
    else if (code == u"invalid_scope")
        advice = TokenText::tr("Check the scopes: the client may not ask for one of them.");
    else if (code == u"unsupported_grant_type" || code == u"unauthorized_client")
        advice =
            TokenText::tr("The endpoint does not give this client tokens by the client credentials grant.");
    else if (code == u"invalid_request")
        advice = TokenText::tr("Check the body format (form or JSON), the field names and the extra fields.");
    else
        advice = TokenText::tr("Check the token URL and the client's settings at the identity provider.");
    return TokenText::tr("The token endpoint refused the request: %1. %2").arg(what, advice);
}

} // namespace

QList<NamedValue> tokenFields(const AuthSettings &auth)
{
    const OAuth2Settings &s = auth.oauth2;
    const QString idField = s.clientIdField.trimmed();
    const QString secretField = s.clientSecretField.trimmed();
    QList<NamedValue> fields{
        {QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
        {idField.isEmpty() ? QStringLiteral("client_id") : idField, s.clientId},
        {secretField.isEmpty() ? QStringLiteral("client_secret") : secretField, auth.secret}};
    QStringList scopes;
    for (const QString &scope : s.scopes) {
        if (!scope.trimmed().isEmpty())
            scopes << scope.trimmed();
    }
    if (!scopes.isEmpty())
        fields.append({QStringLiteral("scope"), scopes.join(u' ')});
    for (const NamedValue &extra : s.extraFields)
        fields.append({extra.name.trimmed(), extra.value});
    return fields;
}

TokenCall tokenCall(const CallSpec &call)
{
    TokenCall result;
    const OAuth2Settings &settings = call.auth.oauth2;
    const QUrl url(settings.tokenUrl.trimmed(), QUrl::StrictMode);
    if (settings.tokenUrl.trimmed().isEmpty()) {
        result.error = TokenText::tr("The token URL is empty: enter the URL of the identity provider's token "
                                     "endpoint, such as https://idp.example.com/oauth/token.");
        return result;
    }
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty()) {
        result.error = TokenText::tr("The token URL \"%1\" is not an http:// or https:// URL with a host.")
                           .arg(settings.tokenUrl.trimmed());
        return result;
    }
    if (settings.clientId.isEmpty()) {
        result.error =
            TokenText::tr("The client id is empty: enter the id the identity provider gave the client.");
        return result;
    }
    if (call.auth.secret.isEmpty()) {
        result.error =
            TokenText::tr("The client secret is empty: enter the secret the identity provider gave "
                          "the client.");
        return result;
    }
    if (std::any_of(settings.extraFields.cbegin(), settings.extraFields.cend(),
                    [](const NamedValue &extra) { return extra.name.trimmed().isEmpty(); })) {
        result.error = TokenText::tr("An extra field of the token request has no name.");
        return result;
    }
    const QList<NamedValue> fields = tokenFields(call.auth);

    CallSpec &spec = result.spec;
    spec.address =
        url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
            .toString(QUrl::FullyEncoded);
    spec.path = url.path(QUrl::FullyEncoded);
    if (spec.path.isEmpty())
        spec.path = QStringLiteral("/");
    if (url.hasQuery())
        spec.path += u'?' + url.query(QUrl::FullyEncoded);
    spec.method = QByteArrayLiteral("POST");
    spec.auth.kind = AuthKind::None;
    const bool form = settings.format == OAuth2Settings::Format::Form;
    spec.payload = Payload::fromRaw(form ? formEncoded(fields) : jsonEncoded(fields));
    spec.extraHeaders = {
        {QByteArrayLiteral("Content-Type"), form ? QByteArrayLiteral("application/x-www-form-urlencoded")
                                                 : QByteArrayLiteral("application/json")},
        {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    spec.timeout = call.timeout;
    spec.maxBodyBytes = 1024 * 1024; // a token answer is small; anything larger is not one
    spec.tls = call.tls;
    spec.tls.frontEndHeaders = false;
    spec.proxy = call.proxy;
    return result;
}

TokenAnswer readTokenAnswer(const QString &tokenUrl, const InvokeResult &result, const QDateTime &received)
{
    TokenAnswer answer;
    const HttpResponseData &response = result.response;
    if (!response.complete || response.status == 0) { // not reached, timed out, cancelled, too large
        answer.errorKind = result.error.kind == ErrorKind::None ? ErrorKind::Transport : result.error.kind;
        answer.error =
            result.error.kind == ErrorKind::Cancelled
                ? result.error.message
                : TokenText::tr("Cannot get a token from %1: %2").arg(tokenUrl, result.error.message);
        return answer;
    }
    answer.errorKind = ErrorKind::Protocol;
    const QByteArray contentType = header(response, "Content-Type").value_or(QByteArray()).toLower();
    const json::ParseResult parsed = json::parse(response.body);
    const bool jsonObject = parsed.ok && parsed.value.isObject();
    if (response.status != 200) {
        answer.error = jsonObject
                           ? refusal(response, parsed.value)
                           : TokenText::tr("The token endpoint %1 answered %2 %3, not a token. Check the "
                                           "token URL.")
                                 .arg(tokenUrl)
                                 .arg(response.status)
                                 .arg(QString::fromLatin1(response.reason));
        return answer;
    }
    if (!jsonObject) {
        const QString type = contentType.isEmpty() ? TokenText::tr("no content type")
                                                   : QString::fromLatin1(contentType.split(';').first());
        answer.error =
            TokenText::tr("The token endpoint %1 answered with %2, not a JSON token: is it the identity "
                          "provider's token endpoint, and not a login page?")
                .arg(tokenUrl, type);
        return answer;
    }
    const json::Value *token = parsed.value.find(u"access_token");
    if (!token || !token->isString() || token->toString().isEmpty()) {
        answer.error = TokenText::tr("The token endpoint's answer holds no access_token.");
        return answer;
    }
    answer.tokenType = text(parsed.value, u"token_type");
    if (!answer.tokenType.isEmpty() && answer.tokenType.compare(u"bearer", Qt::CaseInsensitive) != 0) {
        answer.error =
            TokenText::tr("The token endpoint gave a token of type \"%1\": only Bearer tokens can be "
                          "sent to a Zato channel.")
                .arg(answer.tokenType.left(40));
        return answer;
    }
    answer.scope = text(parsed.value, u"scope");
    if (const json::Value *in = parsed.value.find(u"expires_in"); in && in->isNumber()) {
        const double seconds = in->toNumber().toDouble();
        if (seconds >= 0 && seconds < 10.0 * 365 * 24 * 3600)
            answer.expires = received.toUTC().addMSecs(qint64(seconds * 1000.0));
    }
    if (!answer.expires) // no expires_in: a JWT says when it expires itself
        answer.expires = decodeJwt(token->toString().toUtf8()).expires;
    answer.token = token->toString();
    answer.errorKind = ErrorKind::None;
    return answer;
}

} // namespace zd
