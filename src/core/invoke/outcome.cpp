#include "outcome.h"

#include "authheaders.h"

#include "json/parser.h"
#include "json/writer.h"
#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace zd {

namespace {

struct OutcomeText
{
    Q_DECLARE_TR_FUNCTIONS(Outcome)
};

QString detailsText(const json::Value &details)
{
    if (details.isString())
        return details.toString().trimmed();
    if (details.isArray()) {
        QStringList parts;
        for (const json::Value &item : details.toArray())
            parts << (item.isString() ? item.toString() : QString::fromUtf8(json::dumps(item)));
        return parts.join(QStringLiteral("; "));
    }
    return details.isNull() ? QString() : QString::fromUtf8(json::dumps(details));
}

// The "details" of a Zato error body, whichever shape carried it.
QString errorBodyDetails(const json::Value &body)
{
    if (const json::Value *env = body.find(u"zato_env"))
        return detailsText(env->find(u"details") ? *env->find(u"details") : json::Value());
    if (const json::Value *details = body.find(u"details"))
        return detailsText(*details);
    return QString();
}

// What credential the request carried, read from its headers.
struct SentCredentials
{
    bool basic = false;
    bool bearer = false;
    bool apiKey = false;
};

SentCredentials sentCredentials(const HttpRequestData &request)
{
    SentCredentials sent;
    for (const HttpHeader &header : request.headers) {
        if (header.name.compare("Authorization", Qt::CaseInsensitive) == 0) {
            sent.basic = sent.basic || header.value.startsWith("Basic ");
            sent.bearer = sent.bearer || header.value.toLower().startsWith("bearer ");
        } else if (header.name.compare("Proxy-Authorization", Qt::CaseInsensitive) != 0 &&
                   isSecretHeader(request, header.name)) {
            sent.apiKey = true;
        }
    }
    return sent;
}

QString headerText(const HttpHeaders &headers, QByteArrayView name)
{
    return QString::fromLatin1(headerValue(headers, name).value_or(QByteArray())).trimmed();
}

Outcome unauthorized(const InvokeResult &result)
{
    const HttpHeaders &headers = result.response.headers;
    const SentCredentials sent = sentCredentials(result.request);
    const QString challenge = headerText(headers, "WWW-Authenticate");
    const QString realm = basicRealm(headers);
    if (challenge.startsWith(u"Bearer", Qt::CaseInsensitive))
        return {OutcomeClass::WrongCredentials,
                sent.bearer ? OutcomeText::tr("Wrong bearer token: the channel wants Authorization: Bearer "
                                              "with a token it accepts, and refused this one. Check the "
                                              "token (and, for a JWT, that it has not expired).")
                            : OutcomeText::tr("The channel wants a bearer token (Authorization: Bearer), and "
                                              "none was sent. Choose Bearer token and enter one.")};
    if (!realm.isEmpty())
        return {OutcomeClass::WrongCredentials,
                OutcomeText::tr("Wrong credentials for realm \"%1\": the server refused the user name or "
                                "password. Check them against the channel's security definition.")
                    .arg(realm)};
    if (challenge.isEmpty()) {
        if (sent.apiKey)
            return {OutcomeClass::WrongCredentials,
                    OutcomeText::tr("Wrong API key: the server refused the key. Check the key, and the "
                                    "header it goes in (X-API-Key unless the channel's definition names "
                                    "another).")};
        return {OutcomeClass::WrongCredentials,
                OutcomeText::tr("Not authorized, and the server names no scheme: the channel wants an API "
                                "key or another credential (such as a client certificate) rather than what "
                                "was sent. Choose API key and enter the key and its header.")};
    }
    return {OutcomeClass::WrongCredentials,
            OutcomeText::tr("Wrong credentials: the server refused the user name or password. Check them.")};
}

Outcome forbidden(const InvokeResult &result)
{
    if (serviceErrorDetails(result) == u"You are not allowed to access this resource")
        return {OutcomeClass::RbacDenied,
                OutcomeText::tr("Not allowed by the channel's security groups: the credential sent is not "
                                "a member of any group the channel accepts (or none was sent). Call with a "
                                "member's credential, or add this one to a group.")};
    return {OutcomeClass::RbacDenied,
            OutcomeText::tr("Not allowed: the credentials are valid, but RBAC does not "
                            "let this user call the channel.")};
}

Outcome tooManyRequests(const InvokeResult &result)
{
    const HttpHeaders &headers = result.response.headers;
    QString text = OutcomeText::tr("Too many requests: the channel's rate limit is reached.");
    if (const QString retry = headerText(headers, "Retry-After"); !retry.isEmpty())
        text += u' ' + OutcomeText::tr("Try again after %1 (Retry-After).").arg(retry);
    const QString limit = headerText(headers, "X-RateLimit-Limit");
    const QString remaining = headerText(headers, "X-RateLimit-Remaining");
    if (!limit.isEmpty())
        text += u' ' + OutcomeText::tr("Limit: %1; remaining: %2.")
                           .arg(limit, remaining.isEmpty() ? QStringLiteral("?") : remaining);
    return {OutcomeClass::RateLimited, text};
}

Outcome classify(const InvokeResult &result);

} // namespace

QString bodyCid(const InvokeResult &result)
{
    const json::ParseResult &parsed = result.document;
    if (parsed.ok && parsed.value.isObject()) {
        const json::Value *env = parsed.value.find(u"zato_env");
        const json::Value *cid = env && env->isObject() ? env->find(u"cid") : parsed.value.find(u"cid");
        return cid && cid->isString() ? cid->toString() : QString();
    }
    static const QRegularExpression text(QStringLiteral("\\(CID:\\s*([^)\\s]+)\\s*\\)"));
    return text.match(QString::fromUtf8(result.response.body.left(4096))).captured(1);
}

QString callCid(const InvokeResult &result)
{
    if (const auto header = headerValue(result.response.headers, "X-Zato-CID"))
        return QString::fromLatin1(*header);
    return result.response.status >= 400 ? bodyCid(result) : QString();
}

QString basicRealm(const HttpHeaders &headers)
{
    const std::optional<QByteArray> challenge = headerValue(headers, "WWW-Authenticate");
    if (!challenge)
        return QString();
    static const QRegularExpression realm(QStringLiteral("realm=\"([^\"]*)\""),
                                          QRegularExpression::CaseInsensitiveOption);
    return realm.match(QString::fromLatin1(*challenge)).captured(1);
}

QString serviceErrorDetails(const InvokeResult &result)
{
    const json::ParseResult &parsed = result.document;
    if (parsed.ok && parsed.value.isObject())
        return errorBodyDetails(parsed.value);
    return QString::fromUtf8(result.response.body.left(500)).trimmed();
}

Outcome explainOutcome(const InvokeResult &result)
{
    Outcome outcome = classify(result);
    if (result.response.status > 0)
        outcome.cid = callCid(result);
    return outcome;
}

namespace {

Outcome classify(const InvokeResult &result)
{
    switch (result.error.kind) {
    case ErrorKind::Usage:
        return {OutcomeClass::InvalidInput, result.error.message};
    case ErrorKind::Timeout:
        return {OutcomeClass::Timeout, result.error.message};
    case ErrorKind::Cancelled:
        return {OutcomeClass::Cancelled, OutcomeText::tr("The call was cancelled.")};
    case ErrorKind::Transport:
        switch (result.error.transport) {
        case TransportFailure::ConnectionRefused:
            return {OutcomeClass::ConnectionRefused, result.error.message};
        case TransportFailure::HostNotFound:
            return {OutcomeClass::HostNotFound, result.error.message};
        case TransportFailure::Tls:
            return {OutcomeClass::TlsFailure, result.error.message};
        case TransportFailure::ConnectionClosed:
            return {OutcomeClass::ConnectionClosed, result.error.message};
        default:
            return {OutcomeClass::TransportFailure, result.error.message};
        }
    case ErrorKind::Protocol:
    case ErrorKind::None:
        break;
    }

    const int status = result.response.status;
    switch (status) {
    case 400:
        if (const SentCredentials sent = sentCredentials(result.request); sent.basic && sent.apiKey)
            return {OutcomeClass::BadRequest,
                    OutcomeText::tr("Bad request: the call sent both HTTP Basic credentials and an API key, "
                                    "and a channel with security groups refuses the two together. Send one "
                                    "of them.")};
        break;
    case 401:
        return unauthorized(result);
    case 403:
        return forbidden(result);
    case 404:
        return {OutcomeClass::NoSuchChannel,
                OutcomeText::tr("No such channel: nothing answers at %1. Check the "
                                "channel path (and the method it accepts).")
                    .arg(result.request.url.path())};
    case 405: {
        const QString allow = headerText(result.response.headers, "Allow");
        const QString method = QString::fromLatin1(result.request.method);
        return {OutcomeClass::MethodNotAllowed,
                allow.isEmpty() ? OutcomeText::tr("Method not allowed: the channel does not accept "
                                                  "%1 requests.")
                                      .arg(method)
                                : OutcomeText::tr("Method not allowed: the channel does not accept %1 "
                                                  "requests; it accepts %2.")
                                      .arg(method, allow)};
    }
    case 429:
        return tooManyRequests(result);
    case 500: {
        const QString details = serviceErrorDetails(result);
        return {OutcomeClass::ServiceError,
                details.isEmpty() ? OutcomeText::tr("Service error: the service raised an exception.")
                                  : OutcomeText::tr("Service error: %1").arg(details)};
    }
    default:
        break;
    }
    if (result.error.kind == ErrorKind::Protocol)
        return {OutcomeClass::NotZatoResponse,
                OutcomeText::tr("Not a Zato response: %1").arg(result.error.message)};
    if (!result.response.bodyFile.isEmpty())
        return {result.ok ? OutcomeClass::Success : OutcomeClass::NotOk,
                OutcomeText::tr("HTTP %1. The body, %2 bytes, was saved to %3 and not read.")
                    .arg(status)
                    .arg(QLocale().toString(result.response.bodyFileBytes), result.response.bodyFile)};
    if (result.ok)
        return {OutcomeClass::Success, OutcomeText::tr("OK")};
    if (result.client == ClientKind::Json && result.details.isString() && status < 400)
        return {OutcomeClass::NotZatoResponse,
                OutcomeText::tr("Not a Zato response: HTTP %1 with a body that is "
                                "not JSON (%2).")
                    .arg(status)
                    .arg(result.details.toString())};
    if (result.sioResult.isString()) {
        return {OutcomeClass::ServiceError,
                OutcomeText::tr("The server answered %1: %2")
                    .arg(result.sioResult.toString(), detailsText(result.details))};
    }
    return {OutcomeClass::NotOk, OutcomeText::tr("The call completed but is not ok (HTTP %1).").arg(status)};
}

} // namespace

} // namespace zd
