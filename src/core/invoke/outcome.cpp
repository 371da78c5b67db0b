#include "outcome.h"

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

} // namespace

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
    case 401: {
        const QString realm = basicRealm(result.response.headers);
        return {
            OutcomeClass::WrongCredentials,
            realm.isEmpty()
                ? OutcomeText::tr(
                      "Wrong credentials: the server refused the user name or password. Check them.")
                : OutcomeText::tr("Wrong credentials for realm \"%1\": the server refused the user name or "
                                  "password. Check them against the channel's security definition.")
                      .arg(realm)};
    }
    case 403:
        return {OutcomeClass::RbacDenied,
                OutcomeText::tr("Not allowed: the credentials are valid, but RBAC does not "
                                "let this user call the channel.")};
    case 404:
        return {OutcomeClass::NoSuchChannel,
                OutcomeText::tr("No such channel: nothing answers at %1. Check the "
                                "channel path (and the method it accepts).")
                    .arg(result.request.url.path())};
    case 405:
        return {OutcomeClass::MethodNotAllowed,
                OutcomeText::tr("Method not allowed: the channel does not accept "
                                "%1 requests.")
                    .arg(QString::fromLatin1(result.request.method))};
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

} // namespace zd
