#include "requestbuilder.h"

#include "json/writer.h"
#include <QCoreApplication>

namespace zd {

namespace {

struct RequestBuilder
{
    Q_DECLARE_TR_FUNCTIONS(RequestBuilder)
};

QString validateAddress(const QString &address)
{
    if (address.isEmpty())
        return RequestBuilder::tr("The server address is empty: enter one such as http://localhost:17010.");
    if (!address.startsWith(u"http://", Qt::CaseInsensitive) &&
        !address.startsWith(u"https://", Qt::CaseInsensitive)) {
        return RequestBuilder::tr("The server address \"%1\" has no http:// or https:// scheme: "
                                  "write it as http://%1 or https://%1.")
            .arg(address);
    }
    return QString();
}

QString validateUrl(const QString &address, const QUrl &url)
{
    if (!url.isValid())
        return RequestBuilder::tr("The address and path do not form a valid URL (%1).")
            .arg(url.errorString());
    if (url.host().isEmpty())
        return RequestBuilder::tr("The server address \"%1\" has no host name.").arg(address);
    return QString();
}

QString validatePath(const QString &path, ClientKind kind)
{
    if (path.isEmpty()) {
        return kind == ClientKind::Json
                   ? RequestBuilder::tr("The JSONClient channel path is empty: enter the URL path of the "
                                        "channel, such as /clients/django/json-client.")
                   : RequestBuilder::tr(
                         "The AnyServiceInvoker channel path is empty: enter the URL path of "
                         "the dispatcher channel, such as /clients/django/any-service-invoker.");
    }
    if (!path.startsWith(u'/'))
        return RequestBuilder::tr("The channel path \"%1\" must start with a slash: /%1.").arg(path);
    return QString();
}

bool isTokenChar(char c)
{
    static const QByteArrayView specials("!#$%&'*+-.^_`|~");
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || specials.contains(c);
}

QString validateHeader(const HttpHeader &header)
{
    if (header.name.isEmpty() || !std::all_of(header.name.begin(), header.name.end(), isTokenChar))
        return RequestBuilder::tr("\"%1\" is not a valid HTTP header name.")
            .arg(QString::fromLatin1(header.name));
    if (header.value.contains('\r') || header.value.contains('\n'))
        return RequestBuilder::tr("The value of header %1 contains a line break.")
            .arg(QString::fromLatin1(header.name));
    return QString();
}

// Sets a header, replacing one of the same name in place, as python-requests merges headers.
void setHeader(HttpHeaders &headers, const HttpHeader &header)
{
    for (HttpHeader &existing : headers) {
        if (existing.name.compare(header.name, Qt::CaseInsensitive) == 0) {
            existing = header;
            return;
        }
    }
    headers.append(header);
}

HttpHeaders baseHeaders(const CallSpec &spec, bool hasBody)
{
    HttpHeaders headers;
    if (hasBody)
        headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    headers.append({QByteArrayLiteral("User-Agent"), userAgent()});
    if (!spec.user.isEmpty())
        headers.append({QByteArrayLiteral("Authorization"), basicAuthorization(spec.user, spec.password)});
    return headers;
}

} // namespace

QByteArray userAgent()
{
    return QByteArrayLiteral("zato-desk/" ZD_VERSION);
}

QByteArray basicAuthorization(const QString &user, const QString &password)
{
    const QString credentials = user + u':' + password;
    const bool latin1 =
        std::all_of(credentials.cbegin(), credentials.cend(), [](QChar c) { return c.unicode() <= 0xff; });
    const QByteArray bytes = latin1 ? credentials.toLatin1() : credentials.toUtf8();
    return "Basic " + bytes.toBase64();
}

QByteArray anyServiceEnvelope(const CallSpec &spec)
{
    using json::Member;
    using json::Value;
    const Member target = spec.service.isEmpty()
                              ? Member{QStringLiteral("id"), Value::fromInteger(spec.serviceId.value_or(0))}
                              : Member{QStringLiteral("name"), Value::fromString(spec.service)};
    const Value payload = Value::fromString(QString::fromLatin1(spec.payload.serialized().toBase64()));
    const Value channel = Value::fromString(QStringLiteral("invoke"));
    const Value dataFormat = Value::fromString(QStringLiteral("json"));
    const Value expiration = Value::fromInteger(15);

    json::Object envelope;
    if (spec.wire == Wire::G1) {
        // Zato 2.0's field set, in the order its client wrote them (Python 2 dict order).
        envelope = {target,
                    {QStringLiteral("data_format"), dataFormat},
                    {QStringLiteral("channel"), channel},
                    {QStringLiteral("async"), Value::fromBool(spec.async)},
                    {QStringLiteral("payload"), payload},
                    {QStringLiteral("transport"), Value()},
                    {QStringLiteral("expiration"), expiration}};
    } else {
        envelope = {target,
                    {QStringLiteral("payload"), payload},
                    {QStringLiteral("channel"), channel},
                    {QStringLiteral("data_format"), dataFormat},
                    {QStringLiteral("transport"), Value()},
                    {QStringLiteral("is_async"), Value::fromBool(spec.async)},
                    {QStringLiteral("expiration"), expiration},
                    {QStringLiteral("pid"), Value()},
                    {QStringLiteral("all_pids"), Value::fromBool(false)},
                    {QStringLiteral("timeout"), Value()},
                    {QStringLiteral("skip_response_elem"), Value::fromBool(true)}};
    }
    return json::dumps(Value::fromObject(std::move(envelope)));
}

BuildResult buildRequest(ClientKind kind, const CallSpec &spec)
{
    BuildResult result;
    const QString address = spec.address.trimmed();
    result.error = validateAddress(address);
    if (!result.ok())
        return result;
    QString path = spec.path;

    if (kind == ClientKind::Api) {
        if (spec.service.isEmpty()) {
            result.error = RequestBuilder::tr("The Zato 4 API invoker needs a service name.");
            return result;
        }
        if (path.isEmpty())
            path = DefaultApiPath.toString();
        if (!path.startsWith(u'/')) {
            result.error = validatePath(path, kind);
            return result;
        }
        if (!path.endsWith(u'/'))
            path += u'/';
        path += QString::fromLatin1(QUrl::toPercentEncoding(spec.service));
    } else {
        result.error = validatePath(path, kind);
        if (!result.ok())
            return result;
        if (kind == ClientKind::AnyService && spec.service.isEmpty() && !spec.serviceId) {
            result.error = RequestBuilder::tr("Either name or id must be provided.");
            return result;
        }
    }

    // Python's clients concatenate address and path as strings, with no slash normalisation.
    const QUrl url(address + path, QUrl::StrictMode);
    result.error = validateUrl(address, url);
    if (!result.ok())
        return result;
    for (const HttpHeader &header : spec.extraHeaders) {
        result.error = validateHeader(header);
        if (!result.ok())
            return result;
    }

    HttpRequestData &request = result.request;
    request.url = url;
    switch (kind) {
    case ClientKind::AnyService:
        request.body = anyServiceEnvelope(spec);
        break;
    case ClientKind::Json:
        request.body = spec.payload.serialized();
        break;
    case ClientKind::Api:
        request.hasBody = !spec.payload.isEmpty();
        if (request.hasBody)
            request.body = spec.payload.serialized();
        break;
    }
    request.headers = baseHeaders(spec, request.hasBody);
    if (kind == ClientKind::Api && spec.async)
        request.headers.append({QByteArrayLiteral("X-Zato-Async"), QByteArrayLiteral("true")});
    for (const HttpHeader &header : spec.extraHeaders)
        setHeader(request.headers, header);
    return result;
}

} // namespace zd
