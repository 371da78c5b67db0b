#include "snippets.h"

#include "requestbuilder.h"

#include "json/writer.h"

namespace zd {

namespace {

const QString passwordVariable = QStringLiteral("ZATO_PASSWORD");

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

QString passwordExpression(const CallSpec &spec, SnippetOptions options)
{
    return options.includePassword ? pythonString(spec.password) : u"os.environ['" + passwordVariable + u"']";
}

QString payloadExpression(const CallSpec &spec)
{
    return spec.payload.kind == Payload::Kind::Raw ? pythonString(QString::fromUtf8(spec.payload.raw))
                                                   : pythonLiteral(spec.payload.value);
}

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
    const BuildResult built = buildRequest(client, spec);
    if (!built.ok())
        return QString();
    const HttpRequestData &request = built.request;
    QStringList words{QStringLiteral("curl"), QStringLiteral("--silent"), QStringLiteral("--show-error")};
    if (request.method != "POST" || !request.hasBody)
        words << QStringLiteral("--request") << QString::fromLatin1(request.method);
    if (sendsBasicAuth(spec)) // 'user:'"$ZATO_PASSWORD": the shell joins the two into one word
        words << QStringLiteral("--user")
              << (options.includePassword ? shellQuote(spec.user + u':' + spec.password)
                                          : shellQuote(spec.user + u':') + u"\"$" + passwordVariable + u'"');
    for (const HttpHeader &header : request.headers) {
        if (header.name.compare("Authorization", Qt::CaseInsensitive) == 0)
            continue; // --user sends it
        words << QStringLiteral("--header")
              << shellQuote(QString::fromLatin1(header.name) + u": " + QString::fromUtf8(header.value));
    }
    if (request.hasBody)
        words << QStringLiteral("--data-binary") << shellQuote(QString::fromUtf8(request.body));
    words << shellQuote(request.url.toString(QUrl::FullyEncoded));
    return words.join(u' ');
}

QString pythonSnippet(ClientKind client, const CallSpec &spec, SnippetOptions options)
{
    QString out;
    if (!options.includePassword)
        out += QStringLiteral("import os\n\n");
    const QString auth = u'(' + pythonString(spec.user) + u", " + passwordExpression(spec, options) + u')';
    switch (client) {
    case ClientKind::AnyService: {
        out += QStringLiteral("from zato.client import AnyServiceInvoker\n\n");
        out += u"client = AnyServiceInvoker(" + pythonString(spec.address) + u", " + pythonString(spec.path) +
               u", " + auth + u")\n";
        const QString target =
            spec.service.isEmpty() && spec.serviceId
                ? QString(u"None, " + payloadExpression(spec) + u", id=" + QString::number(*spec.serviceId))
                : QString(pythonString(spec.service) + u", " + payloadExpression(spec));
        out += u"response = client." +
               (spec.async ? QStringLiteral("invoke_async") : QStringLiteral("invoke")) + u'(' + target +
               u")\n";
        break;
    }
    case ClientKind::Json:
        out += QStringLiteral("from zato.client import JSONClient\n\n");
        out += u"client = JSONClient(" + pythonString(spec.address) + u", " + pythonString(spec.path) +
               u", " + auth + u")\n";
        out += u"response = client.invoke(" + payloadExpression(spec) + u")\n";
        break;
    case ClientKind::Api: {
        const BuildResult built = buildRequest(client, spec);
        out += QStringLiteral("import requests\n\n");
        out += u"response = requests.post(" +
               pythonString(built.ok() ? built.request.url.toString() : spec.address + spec.path) +
               u", json=" + payloadExpression(spec) + u", auth=" + auth + u")\n";
        out += QStringLiteral("print(response.status_code, response.text)\n");
        return out;
    }
    }
    out +=
        QStringLiteral("\nif response.ok:\n    print(response.data)\nelse:\n    print(response.details)\n");
    return out;
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
    case SnippetKind::Curl:
        break;
    }
    return curlCommand(client, spec, options);
}

} // namespace zd
