#include "responsereader.h"

#include "json/document.h"
#include "json/parser.h"
#include <QCoreApplication>
#include <QStringDecoder>

namespace zd {

namespace {

struct ResponseReader
{
    Q_DECLARE_TR_FUNCTIONS(ResponseReader)
};

using json::Value;

// The body as text in the charset its Content-Type declares, as python-requests' response.text decodes
// it; nothing when it declares UTF-8, none, or one this reader does not know (then it is read as UTF-8).
std::optional<QString> declaredText(const HttpResponseData &response)
{
    const QByteArray type = headerValue(response.headers, "Content-Type").value_or(QByteArray()).toLower();
    const qsizetype at = type.indexOf("charset=");
    if (at >= 0) {
        QByteArray charset = type.mid(at + 8);
        if (const qsizetype end = charset.indexOf(';'); end >= 0)
            charset.truncate(end);
        charset = charset.trimmed();
        if (charset.startsWith('"') && charset.endsWith('"') && charset.size() >= 2)
            charset = charset.mid(1, charset.size() - 2);
        QStringDecoder decoder(charset.constData());
        if (decoder.isValid() && charset != "utf-8" && charset != "utf8")
            return decoder.decode(response.body);
    }
    return std::nullopt;
}

Value bodyText(const HttpResponseData &response)
{
    return Value::fromString(declaredText(response).value_or(QString::fromUtf8(response.body)));
}

Value decodeErrorDetails(const json::ParseResult &parsed)
{
    return Value::fromString(u"json.decoder.JSONDecodeError: " + parsed.error);
}

void setProtocolError(InvokeResult &result, const QString &message)
{
    result.ok = false;
    result.hasData = false;
    result.data = Value();
    result.details = Value();
    result.sioResult = Value();
    result.meta = Value::fromObject({});
    result.innerServiceResponse.reset();
    result.error = CallError{ErrorKind::Protocol, TransportFailure::None, message};
}

// Step 5 of the dispatcher reader: keep _meta, unwrap a single zato... key.
void setParsedData(InvokeResult &result, const Value &value)
{
    if (!value.isObject()) {
        result.data = value;
        return;
    }
    const Value *meta = value.find(u"_meta");
    result.meta = meta ? *meta : Value();
    const json::Object &members = value.toObject();
    if (members.size() == 1 && members.front().key.startsWith(u"zato"))
        result.data = members.front().value;
    else
        result.data = value;
}

QString notJsonMessage(const HttpResponseData &response, const json::ParseResult &parsed)
{
    if (response.status == 404) {
        return ResponseReader::tr("HTTP 404: no channel answers at this path (the server says: %1). "
                                  "Check the channel path.")
            .arg(QString::fromUtf8(response.body.left(200)).trimmed());
    }
    return ResponseReader::tr("HTTP %1 with a body that is not JSON (%2), so it is not a Zato dispatcher "
                              "response. Check that the path is a channel of zato.service.invoke.")
        .arg(response.status)
        .arg(parsed.error);
}

// The base64 text the dispatcher put in the first data element: G2 sends it as a string, G1 in an
// object under "response". Returns false when the element has neither shape.
bool dispatcherResponseText(const Value &value, QString &text)
{
    if (value.isString()) {
        text = value.toString();
        return true;
    }
    if (const Value *inner = value.isObject() ? value.find(u"response") : nullptr;
        inner && inner->isString()) {
        text = inner->toString();
        return true;
    }
    return false;
}

void readInnerResponse(InvokeResult &result, const QString &base64)
{
    const QByteArray decoded = QByteArray::fromBase64(base64.toLatin1());
    // A byte order mark stays, as Python's decode('utf-8') keeps it (and json.loads then refuses it).
    QStringDecoder utf8(QStringDecoder::Utf8,
                        QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    const QString inner = utf8.decode(decoded);
    if (utf8.hasError()) {
        setProtocolError(result,
                         ResponseReader::tr("The service's response, once base64-decoded, is not UTF-8 "
                                            "text (%n byte(s)).",
                                            nullptr, int(decoded.size())));
        return;
    }
    result.innerServiceResponse = inner;
    const json::ParseResult parsed = json::parseDocument(decoded);
    if (parsed.ok)
        setParsedData(result, parsed.value);
    else
        result.data = Value::fromString(inner);
}

void readDispatcher(InvokeResult &result, const HttpResponseData &response)
{
    const json::ParseResult &parsed = result.document;
    if (!parsed.ok) {
        setProtocolError(result, notJsonMessage(response, parsed));
        return;
    }
    const Value &body = parsed.value;
    if (body.isNull()) { // 'zato_env' in None: the Python client raises TypeError
        setProtocolError(result,
                         ResponseReader::tr("HTTP %1 with a JSON null: this is not a zato.service.invoke "
                                            "response.")
                             .arg(response.status));
        return;
    }
    const Value *env = body.isObject() ? body.find(u"zato_env") : nullptr;
    if (env) {
        if (!env->isObject() || !env->find(u"details")) { // the Python client raises KeyError
            setProtocolError(result,
                             ResponseReader::tr("The response's zato_env element is not an object with "
                                                "details: this is not a zato.service.invoke response."));
            return;
        }
        const Value *details = env->find(u"details");
        const Value *sioResult = env->find(u"result");
        result.details = details ? *details : Value();
        result.sioResult = sioResult ? *sioResult : Value();
        result.ok = result.sioResult.isString() && result.sioResult.toString() == u"ZATO_OK";
    } else {
        result.details = bodyText(response);
        result.ok = response.status < 400;
    }
    if (!result.ok)
        return;

    Value value;
    if (env) {
        for (const json::Member &member : body.toObject()) {
            if (member.key != u"zato_env" && member.key != u"_meta") {
                value = member.value;
                break;
            }
        }
    } else {
        value = body;
    }
    if (!value.isTruthy())
        return;
    result.hasData = true;

    if (env) {
        QString base64;
        if (!dispatcherResponseText(value, base64)) {
            setProtocolError(result,
                             ResponseReader::tr("The dispatcher's data element is neither base64 text "
                                                "nor an object with a response: this is not a "
                                                "zato.service.invoke response."));
            return;
        }
        if (base64.isEmpty()) { // G1: {"response": ""} carries no data
            result.hasData = false;
            return;
        }
        readInnerResponse(result, base64);
        return;
    }

    if (!value.isString()) {
        setProtocolError(result, ResponseReader::tr("HTTP %1 with JSON that is not a dispatcher response (no "
                                                    "zato_env): this looks like a plain REST channel. Point "
                                                    "AnyServiceInvoker at a channel of zato.service.invoke, "
                                                    "or call this channel with JSONClient.")
                                     .arg(response.status));
        return;
    }
    const json::ParseResult inner = json::parse(value.toString().toUtf8());
    if (inner.ok)
        setParsedData(result, inner.value);
    else
        result.data = value;
}

void readJsonClient(InvokeResult &result, const HttpResponseData &response)
{
    const json::ParseResult &parsed = result.document;
    if (!parsed.ok) {
        result.details = decodeErrorDetails(parsed);
        return;
    }
    result.data = parsed.value;
    result.hasData = parsed.value.isTruthy();
    result.ok = response.status < 400;
}

// A pagination header as the newest ZatoClient parses it: int("None") is null, other text Python's int().
std::optional<Value> pageNumber(const QByteArray &header)
{
    if (header == "None")
        return Value();
    QByteArray digits = header.trimmed();
    const bool negative = digits.startsWith('-');
    if (negative || digits.startsWith('+'))
        digits.remove(0, 1);
    if (digits.isEmpty() ||
        !std::all_of(digits.cbegin(), digits.cend(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    while (digits.size() > 1 && digits.startsWith('0')) // int("007") is 7
        digits.remove(0, 1);
    const QByteArray text = (negative ? QByteArrayLiteral("-") : QByteArray()) + digits;
    const json::ParseResult number = json::parse(text);
    if (!number.ok)
        return std::nullopt;
    return number.value;
}

// The newest ZatoClient's _APIResponse (zato-platform.md §2.6): ok only on 200; when ok, data is the
// parsed body or its text and inner_service_response the text; otherwise details is the text; meta from
// the pagination headers, as ints and bools. A header int() refuses is a response the client cannot read.
void readApi(InvokeResult &result, const HttpResponseData &response)
{
    result.ok = response.status == 200;
    if (result.responseTime.isNull())
        result.responseTime = Value::fromString(QStringLiteral("(No response time)"));

    enum class Parse { Int, Bool };
    static const struct
    {
        const char *header;
        const char *key;
        Parse parse;
    } metaHeaders[] = {
        {"X-Zato-Page-Current", "cur_page", Parse::Int},
        {"X-Zato-Page-Size", "page_size", Parse::Int},
        {"X-Zato-Page-Total", "num_pages", Parse::Int},
        {"X-Zato-Page-Previous", "prev_page", Parse::Int},
        {"X-Zato-Page-Next", "next_page", Parse::Int},
        {"X-Zato-Page-Has-Previous", "has_prev_page", Parse::Bool},
        {"X-Zato-Page-Has-Next", "has_next_page", Parse::Bool},
        {"X-Zato-Result-Total", "total", Parse::Int},
    };
    json::Object meta;
    for (const auto &entry : metaHeaders) {
        const std::optional<QByteArray> text = headerValue(response.headers, entry.header);
        if (!text)
            continue;
        std::optional<Value> value = entry.parse == Parse::Bool
                                         ? std::optional<Value>(Value::fromBool(*text == "True"))
                                         : pageNumber(*text);
        if (!value) {
            setProtocolError(result,
                             ResponseReader::tr("The header %1 holds \"%2\", which is not a page number: "
                                                "Zato's client cannot read this response.")
                                 .arg(QString::fromLatin1(entry.header), QString::fromLatin1(*text)));
            return;
        }
        meta.push_back({QString::fromLatin1(entry.key), std::move(*value)});
    }
    result.meta = Value::fromObject(std::move(meta));

    if (!result.ok) {
        result.details = bodyText(response);
        return;
    }
    const json::ParseResult &parsed = result.document;
    result.data = parsed.ok ? parsed.value : bodyText(response);
    result.hasData = result.data.isTruthy();
    result.innerServiceResponse = bodyText(response).toString();
}

} // namespace

InvokeResult readResponse(ClientKind kind, const HttpResponseData &response,
                          const json::ParseResult *document)
{
    InvokeResult result;
    result.client = kind;
    result.response = response;
    // Parsed once, from the text in the declared charset (as python-requests decodes it).
    const std::optional<QString> text = declaredText(response);
    // The body's bytes are shared, not copied, by the document that reads them.
    result.document = text       ? json::parseDocument(text->toUtf8())
                      : document ? *document
                                 : json::parseDocument(response.body);
    if (const auto cid = headerValue(response.headers, "X-Zato-CID"))
        result.cid = QString::fromLatin1(*cid);
    if (const auto time = headerValue(response.headers, "X-Response-Time"))
        result.responseTime = Value::fromString(QString::fromLatin1(*time));
    if (const auto serverTime = headerValue(response.headers, "X-Zato-Response-Time")) {
        bool ok = false;
        const double ms = serverTime->toDouble(&ok);
        if (ok)
            result.serverTimeMs = ms;
    }

    switch (kind) {
    case ClientKind::AnyService:
        readDispatcher(result, response);
        break;
    case ClientKind::Json:
        readJsonClient(result, response);
        break;
    case ClientKind::Api:
        readApi(result, response);
        break;
    }
    return result;
}

} // namespace zd
