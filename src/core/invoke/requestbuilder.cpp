#include "requestbuilder.h"

#include "authheaders.h"
#include "callcheck.h"
#include "requesturl.h"
#include "tlsconfig.h"

#include "json/writer.h"

namespace zd {

namespace {

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

HttpHeaders baseHeaders(bool hasBody, const std::optional<HttpHeader> &auth)
{
    HttpHeaders headers;
    if (hasBody)
        headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    headers.append({QByteArrayLiteral("User-Agent"), userAgent()});
    if (auth)
        headers.append(*auth);
    return headers;
}

// Methods that carry no body unless one is given: requests sends neither a body nor a Content-Length.
bool bodyless(QByteArrayView method)
{
    return method == "GET" || method == "HEAD" || method == "OPTIONS" || method == "DELETE";
}

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// python-requests' requote_uri: every byte of the UTF-8 text that a URL may not hold is quoted (a space
// as %20); unreserved characters, the delimiters and an existing %XX are kept as they are.
QString requoted(const QString &path)
{
    static const QByteArrayView keep("-._~!#$&'()*+,/:;=?@[]");
    const QByteArray utf8 = path.toUtf8();
    QByteArray out;
    out.reserve(utf8.size());
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8.at(i);
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        const bool quoted = c == '%' && i + 2 < utf8.size() && isHex(utf8.at(i + 1)) && isHex(utf8.at(i + 2));
        if (alnum || keep.contains(c) || quoted) {
            out += c;
        } else {
            out += '%';
            out += QByteArray::number(uchar(c), 16).toUpper().rightJustified(2, '0');
        }
    }
    return QString::fromLatin1(out);
}

} // namespace

CallSpec withTokenStandIn(const CallSpec &spec)
{
    CallSpec buildable = spec;
    if (buildable.auth.kind == AuthKind::OAuth2 && buildable.auth.token.isEmpty())
        buildable.auth.token = QStringLiteral("token");
    return buildable;
}

bool sendsBasicAuth(const CallSpec &spec)
{
    return spec.auth.kind == AuthKind::Basic && (!spec.user.isEmpty() || !spec.password.isEmpty());
}

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
    QString path = spec.path;
    if (kind == ClientKind::Api && path.isEmpty())
        path = DefaultApiPath.toString();
    result.error = addressProblem(address);
    if (result.ok())
        result.error = serviceProblem(spec, kind);
    if (result.ok())
        result.error = pathProblem(path, kind, true);
    if (!result.ok())
        return result;
    path = withPathParams(path, spec.pathParams, &result.error);
    if (!result.ok())
        return result;
    if (kind == ClientKind::Api) {
        if (!path.endsWith(u'/'))
            path += u'/';
        path += QString::fromLatin1(QUrl::toPercentEncoding(spec.service));
    }
    path = withQuery(path, spec.query, &result.error);
    const std::optional<HttpHeader> auth = authHeader(spec, &result.error);
    if (!result.ok())
        return result;
    // Python's clients concatenate address and path as strings, with no slash normalisation; requests
    // then quotes what a URL may not hold (a space as %20), keeping what is already quoted.
    path = requoted(path);
    result.error = urlProblem(address, path);
    for (qsizetype i = 0; result.ok() && i < spec.extraHeaders.size(); ++i)
        result.error = headerProblem(spec.extraHeaders.at(i));
    if (!result.ok())
        return result;

    HttpRequestData &request = result.request;
    request.url = QUrl(address + path, QUrl::StrictMode);
    switch (kind) {
    case ClientKind::AnyService:
        request.body = anyServiceEnvelope(spec);
        break;
    case ClientKind::Json:
    case ClientKind::Api:
        if (!spec.method.isEmpty())
            request.method = spec.method;
        // JSONClient always serialises its payload; the Zato 4 client and a GET send none when empty.
        request.hasBody = !(spec.payload.isEmpty() && (kind == ClientKind::Api || bodyless(request.method)));
        if (request.hasBody)
            request.body = spec.payload.serialized();
        break;
    }
    request.headers = baseHeaders(request.hasBody, auth);
    if (spec.auth.kind == AuthKind::ApiKey && auth)
        request.secretHeaders.append(auth->name);
    if (kind == ClientKind::Api && spec.async)
        request.headers.append({QByteArrayLiteral("X-Zato-Async"), QByteArrayLiteral("true")});
    if (spec.tls.frontEndHeaders) {
        const std::optional<HttpHeaders> frontEnd = frontEndCertificateHeaders(spec.tls, &result.error);
        if (!frontEnd)
            return result;
        for (const HttpHeader &header : *frontEnd)
            setHeader(request.headers, header);
    }
    for (const HttpHeader &header : spec.extraHeaders)
        setHeader(request.headers, header);
    return result;
}

} // namespace zd
