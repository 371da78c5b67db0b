#include "snippets.h"

#include "authheaders.h"
#include "oauth/tokensnippets.h"
#include "requestbuilder.h"

#include "json/writer.h"

namespace zd {

namespace {

QString pythonString(const QString &text)
{
    // repr() of a str: single quotes unless the text holds one and no double quote.
    const bool doubleQuotes = text.contains(u'\'') && !text.contains(u'"');
    const QChar quote = doubleQuotes ? u'"' : u'\'';
    QString out = quote;
    for (const QChar c : text) {
        if (c == u'\\')
            out += u"\\\\";
        else if (c == quote)
            out += u'\\' + QString(c);
        else if (c == u'\n')
            out += u"\\n";
        else if (c == u'\r')
            out += u"\\r";
        else if (c == u'\t')
            out += u"\\t";
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += u"\\x" + QString::number(c.unicode(), 16).rightJustified(2, u'0');
        else
            out += c;
    }
    return out + quote;
}

// The environment variable that stands in for the call's secret: the password, the key or the token.
QString secretVariable(const CallSpec &spec)
{
    switch (spec.auth.kind) {
    case AuthKind::ApiKey:
        return ApiKeyVariable.toString();
    case AuthKind::Bearer:
    case AuthKind::OAuth2: // the token the snippet gets first
        return TokenVariable.toString();
    case AuthKind::None:
    case AuthKind::Basic:
        break;
    }
    return PasswordVariable.toString();
}

// Whether the snippet refers to a secret at all (Basic credentials, a key or a token).
bool hasSecret(const CallSpec &spec)
{
    return spec.auth.kind != AuthKind::None; // Basic always writes its (user, password) pair
}

QString pythonSecret(const CallSpec &spec, SnippetOptions options)
{
    if (spec.auth.kind == AuthKind::OAuth2)
        return PythonTokenVariable.toString();
    const QString secret = spec.auth.kind == AuthKind::Basic ? spec.password : spec.auth.secret;
    return options.includePassword ? pythonString(secret) : u"os.environ['" + secretVariable(spec) + u"']";
}

QString shellSecret(const CallSpec &spec, SnippetOptions options)
{
    if (spec.auth.kind == AuthKind::OAuth2)
        return u"\"$" + TokenVariable.toString() + u'"';
    const QString secret = spec.auth.kind == AuthKind::Basic ? spec.password : spec.auth.secret;
    return options.includePassword ? shellQuote(secret) : u"\"$" + secretVariable(spec) + u'"';
}

QByteArray apiKeyHeaderName(const CallSpec &spec)
{
    return spec.auth.apiKeyHeader.isEmpty() ? QByteArrayLiteral("X-API-Key") : spec.auth.apiKeyHeader;
}

// The header of an API key or bearer token as a Python dict entry, the secret by reference; "" for
// the other kinds.
QString pythonAuthHeader(const CallSpec &spec, SnippetOptions options)
{
    if (spec.auth.kind == AuthKind::ApiKey)
        return pythonString(QString::fromLatin1(apiKeyHeaderName(spec))) + u": " +
               pythonSecret(spec, options);
    if (spec.auth.kind == AuthKind::Bearer || spec.auth.kind == AuthKind::OAuth2)
        return u"'Authorization': 'Bearer ' + " + pythonSecret(spec, options);
    return QString();
}

// ", headers={...}" for an API key or a bearer token; "" otherwise.
QString pythonHeadersArgument(const CallSpec &spec, SnippetOptions options)
{
    const QString header = pythonAuthHeader(spec, options);
    return header.isEmpty() ? QString() : u", headers={" + header + u'}';
}

// The auth argument of Zato's Python clients: (user, password) for Basic, None otherwise.
QString pythonAuthTuple(const CallSpec &spec, SnippetOptions options)
{
    if (spec.auth.kind != AuthKind::Basic)
        return QStringLiteral("None");
    return u'(' + pythonString(spec.user) + u", " + pythonSecret(spec, options) + u')';
}

QString importOs(const CallSpec &spec, SnippetOptions options)
{
    return !options.includePassword && hasSecret(spec) ? QStringLiteral("import os\n\n") : QString();
}

// The channel path as the call sends it: placeholders filled, query parameters added.
QString sentPath(ClientKind client, const CallSpec &spec)
{
    const BuildResult built = buildRequest(client, withTokenStandIn(spec));
    if (!built.ok())
        return spec.path;
    const QUrl &url = built.request.url;
    return url.path(QUrl::FullyEncoded) + (url.hasQuery() ? u'?' + url.query(QUrl::FullyEncoded) : QString());
}

QString payloadExpression(const CallSpec &spec)
{
    return spec.payload.kind == Payload::Kind::Raw ? pythonString(QString::fromUtf8(spec.payload.raw))
                                                   : pythonLiteral(spec.payload.value);
}

const QString responseLines =
    QStringLiteral("\nif response.ok:\n    print(response.data)\nelse:\n    print(response.details)\n");

} // namespace

QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QStringLiteral("'"), QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

QString pythonLiteral(const json::Value &value)
{
    using json::Value;
    switch (value.type()) {
    case Value::Type::Null:
        return QStringLiteral("None");
    case Value::Type::Bool:
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case Value::Type::Number: {
        const QByteArray text = json::dumps(value);
        if (text == "NaN" || text == "Infinity" || text == "-Infinity")
            return u"float('" +
                   QString::fromLatin1(text == "NaN"        ? "nan"
                                       : text == "Infinity" ? "inf"
                                                            : "-inf") +
                   u"')";
        return QString::fromLatin1(text);
    }
    case Value::Type::String:
        return pythonString(value.toString());
    case Value::Type::Array: {
        QStringList items;
        for (const Value &item : value.toArray())
            items << pythonLiteral(item);
        return u'[' + items.join(u", ") + u']';
    }
    case Value::Type::Object: {
        QStringList members;
        for (const json::Member &member : value.toObject())
            members << pythonString(member.key) + u": " + pythonLiteral(member.value);
        return u'{' + members.join(u", ") + u'}';
    }
    }
    return QString();
}

QString curlCommand(ClientKind client, const CallSpec &spec, SnippetOptions options)
{
    const BuildResult built = buildRequest(client, withTokenStandIn(spec));
    if (!built.ok())
        return QString();
    const HttpRequestData &request = built.request;
    QStringList words{QStringLiteral("curl"), QStringLiteral("--silent"), QStringLiteral("--show-error")};
    if (request.method != "POST" || !request.hasBody)
        words << QStringLiteral("--request") << QString::fromLatin1(request.method);
    if (sendsBasicAuth(spec)) // 'user:'"$ZATO_PASSWORD": the shell joins the two into one word
        words << QStringLiteral("--user")
              << (options.includePassword ? shellQuote(spec.user + u':' + spec.password)
                                          : shellQuote(spec.user + u':') + shellSecret(spec, options));
    const QByteArray keyHeader = spec.auth.kind == AuthKind::ApiKey ? apiKeyHeaderName(spec) : QByteArray();
    for (const HttpHeader &header : request.headers) {
        const bool authorization = header.name.compare("Authorization", Qt::CaseInsensitive) == 0;
        if (authorization && (spec.auth.kind == AuthKind::Bearer || spec.auth.kind == AuthKind::OAuth2)) {
            // 'Authorization: Bearer '"$ZATO_TOKEN"
            const bool literal = options.includePassword && spec.auth.kind == AuthKind::Bearer;
            words << QStringLiteral("--header")
                  << (literal ? shellQuote(u"Authorization: Bearer " + spec.auth.secret)
                              : shellQuote(QStringLiteral("Authorization: Bearer ")) +
                                    shellSecret(spec, options));
            continue;
        }
        if (!keyHeader.isEmpty() && header.name.compare(keyHeader, Qt::CaseInsensitive) == 0) {
            const QString name = QString::fromLatin1(header.name) + u": ";
            words << QStringLiteral("--header")
                  << (options.includePassword ? shellQuote(name + spec.auth.secret)
                                              : shellQuote(name) + shellSecret(spec, options));
            continue;
        }
        if (authorization)
            continue; // --user sends it
        words << QStringLiteral("--header")
              << shellQuote(QString::fromLatin1(header.name) + u": " + QString::fromUtf8(header.value));
    }
    if (request.hasBody)
        words << QStringLiteral("--data-binary") << shellQuote(QString::fromUtf8(request.body));
    words << shellQuote(request.url.toString(QUrl::FullyEncoded));
    return shellTokenLine(spec, options.includePassword) + words.join(u' ');
}

QString pythonSnippet(ClientKind client, const CallSpec &spec, SnippetOptions options)
{
    QString out = importOs(spec, options);
    if (spec.auth.kind == AuthKind::OAuth2 && client != ClientKind::Api) // the Api branch imports it
        out += QStringLiteral("import requests\n");
    const QString auth = pythonAuthTuple(spec, options);
    const QString headers = pythonHeadersArgument(spec, options);
    switch (client) {
    case ClientKind::AnyService: {
        out += QStringLiteral("from zato.client import AnyServiceInvoker\n\n") +
               pythonTokenLine(spec, options.includePassword);
        out += u"client = AnyServiceInvoker(" + pythonString(spec.address) + u", " +
               pythonString(sentPath(client, spec)) + u", " + auth + u")\n";
        const QString target =
            spec.service.isEmpty() && spec.serviceId
                ? QString(u"None, " + payloadExpression(spec) + u", id=" + QString::number(*spec.serviceId))
                : QString(pythonString(spec.service) + u", " + payloadExpression(spec));
        out += u"response = client." +
               (spec.async ? QStringLiteral("invoke_async") : QStringLiteral("invoke")) + u'(' + target +
               headers + u")\n";
        break;
    }
    case ClientKind::Json:
        out += QStringLiteral("from zato.client import JSONClient\n\n") +
               pythonTokenLine(spec, options.includePassword);
        out += u"client = JSONClient(" + pythonString(spec.address) + u", " +
               pythonString(sentPath(client, spec)) + u", " + auth + u")\n";
        out += u"response = client.invoke(" + payloadExpression(spec) + headers + u")\n";
        break;
    case ClientKind::Api: {
        const BuildResult built = buildRequest(client, withTokenStandIn(spec));
        out += QStringLiteral("import requests\n\n") + pythonTokenLine(spec, options.includePassword);
        out += u"response = requests.post(" +
               pythonString(built.ok() ? built.request.url.toString() : spec.address + spec.path) +
               u", json=" + payloadExpression(spec) + headers +
               (spec.auth.kind == AuthKind::Basic ? u", auth=" + auth : QString()) + u")\n";
        out += QStringLiteral("print(response.status_code, response.text)\n");
        return out;
    }
    }
    return out + responseLines;
}

QString requestsSnippet(ClientKind client, const CallSpec &spec, SnippetOptions options)
{
    const BuildResult built = buildRequest(client, withTokenStandIn(spec));
    if (!built.ok())
        return QString();
    const HttpRequestData &request = built.request;
    const QByteArray keyHeader = spec.auth.kind == AuthKind::ApiKey ? apiKeyHeaderName(spec) : QByteArray();
    QStringList headers;
    for (const HttpHeader &header : request.headers) {
        const bool authorization = header.name.compare("Authorization", Qt::CaseInsensitive) == 0;
        const bool key = !keyHeader.isEmpty() && header.name.compare(keyHeader, Qt::CaseInsensitive) == 0;
        if ((authorization && (spec.auth.kind == AuthKind::Bearer || spec.auth.kind == AuthKind::OAuth2)) ||
            key)
            headers << pythonAuthHeader(spec, options);
        else if (!authorization) // Basic goes as auth=, and no other Authorization value is written
            headers << pythonString(QString::fromLatin1(header.name)) + u": " +
                           pythonString(QString::fromUtf8(header.value));
    }
    QString out = importOs(spec, options) + QStringLiteral("import requests\n\n") +
                  pythonTokenLine(spec, options.includePassword);
    out += u"response = requests.request(" + pythonString(QString::fromLatin1(request.method)) + u", " +
           pythonString(request.url.toString(QUrl::FullyEncoded));
    if (request.hasBody) {
        const QString body = QString::fromUtf8(request.body);
        const bool ascii =
            std::all_of(request.body.cbegin(), request.body.cend(), [](char c) { return uchar(c) < 0x80; });
        out += u", data=" + pythonString(body) + (ascii ? QString() : QStringLiteral(".encode('utf-8')"));
    }
    out += u", headers={" + headers.join(u", ") + u'}';
    if (sendsBasicAuth(spec))
        out += u", auth=" + pythonAuthTuple(spec, options);
    out += QStringLiteral(")\nprint(response.status_code, response.text)\n");
    return out;
}

QString zatoClientSnippet(ClientKind client, const CallSpec &spec, SnippetOptions options)
{
    if (client != ClientKind::Api)
        return pythonSnippet(client, spec, options);
    QString path = spec.path.isEmpty() ? DefaultApiPath.toString() : spec.path;
    if (!path.endsWith(u'/'))
        path += u'/';
    QString out = importOs(spec, options);
    if (spec.auth.kind == AuthKind::OAuth2)
        out += QStringLiteral("import requests\n");
    out += QStringLiteral("from zato.client import ZatoClient\n\n") +
           pythonTokenLine(spec, options.includePassword);
    out += u"client = ZatoClient(" + pythonString(spec.address) + u", " + pythonString(path + u"{}") + u", " +
           pythonAuthTuple(spec, options) + u")\n";
    out += u"response = client." + (spec.async ? QStringLiteral("invoke_async") : QStringLiteral("invoke")) +
           u'(' + pythonString(spec.service) + u", " + payloadExpression(spec) +
           pythonHeadersArgument(spec, options) + u")\n";
    return out + responseLines;
}

QString zatoServiceInvoke(const CallSpec &spec)
{
    QStringList words{QStringLiteral("zato"), QStringLiteral("service"), QStringLiteral("invoke"),
                      QStringLiteral("/path/to/server1"), spec.service};
    const QByteArray payload = spec.payload.serialized();
    if (!payload.isEmpty() && payload != "\"\"")
        words << QStringLiteral("--payload") << shellQuote(QString::fromUtf8(payload));
    if (spec.async)
        words << QStringLiteral("--async");
    return words.join(u' ');
}

QString snippet(SnippetKind kind, ClientKind client, const CallSpec &spec, SnippetOptions options)
{
    switch (kind) {
    case SnippetKind::Python:
        return pythonSnippet(client, spec, options);
    case SnippetKind::ZatoServiceInvoke:
        return zatoServiceInvoke(spec);
    case SnippetKind::Requests:
        return requestsSnippet(client, spec, options);
    case SnippetKind::ZatoClient:
        return zatoClientSnippet(client, spec, options);
    case SnippetKind::Curl:
        break;
    }
    return curlCommand(client, spec, options);
}

} // namespace zd
