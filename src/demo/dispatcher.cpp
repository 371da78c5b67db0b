#include "dispatcher.h"

#include "cid.h"

#include "json/parser.h"
#include "json/writer.h"

namespace zd::demo {

namespace {

json::Value args(QString text)
{
    return json::Value::fromArray({json::Value::fromString(std::move(text))});
}

bool isBase64Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
}

// skip_response_elem: a dict whose only key (besides _meta) is "response" or starts with "zato"
// is replaced by that key's value.
json::Value skipResponseElement(const json::Value &value)
{
    if (!value.isObject())
        return value;
    const json::Member *only = nullptr;
    int count = 0;
    for (const json::Member &member : value.toObject()) {
        if (member.key == u"_meta")
            continue;
        ++count;
        only = &member;
    }
    if (count == 1 && (only->key == u"response" || only->key.startsWith(u"zato")))
        return only->value;
    return value;
}

} // namespace

std::optional<QByteArray> pythonBase64Decode(const QByteArray &text, QString *error)
{
    QByteArray data;
    qsizetype padding = 0;
    for (char c : text) {
        if (isBase64Char(c))
            data.append(c);
        else if (c == '=')
            ++padding;
    }
    const qsizetype rest = data.size() % 4;
    if (rest == 1) {
        *error =
            QStringLiteral("Invalid base64-encoded string: number of data characters (%1) cannot be 1 more "
                           "than a multiple of 4")
                .arg(data.size());
        return std::nullopt;
    }
    if (rest != 0 && padding < 4 - rest) {
        *error = QStringLiteral("Incorrect padding");
        return std::nullopt;
    }
    return QByteArray::fromBase64(data);
}

QByteArray Dispatcher::encode(const QByteArray &text) const
{
    const QByteArray encoded = text.toBase64();
    if (m_wire == Wire::G2)
        return encoded;
    // Python 2's base64 codec: a newline after every 76 characters and at the end.
    QByteArray lines;
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        lines += encoded.mid(i, 76) + '\n';
    return lines;
}

DispatchOutcome Dispatcher::dispatch(const ServiceInput &request,
                                     const std::function<void(std::function<void()>)> &runLater)
{
    DispatchOutcome outcome;
    if (!request.json || !request.json->isObject()) {
        outcome.failure = ServiceOutput::error(
            QStringLiteral("ValueError"),
            args(QStringLiteral(
                "zato.service.invoke expects a JSON object with name or id, payload and options")));
        return outcome;
    }
    const json::Value &envelope = *request.json;
    const json::Value *name = envelope.find(u"name");
    const json::Value *id = envelope.find(u"id");
    const bool hasName = name && name->isTruthy();
    const bool hasId = id && !id->isNull();
    if (hasName && hasId) {
        outcome.failure = ServiceOutput::error(QStringLiteral("ZatoException"),
                                               args(QStringLiteral("Cannot accept both id and name")));
        return outcome;
    }
    if (hasName) {
        outcome.target = name->toString();
    } else if (hasId) {
        const std::optional<qint64> number = id->toNumber().toInt64();
        const std::optional<QString> known = number ? ServiceRegistry::nameOf(*number) : std::nullopt;
        if (!known) {
            outcome.failure = ServiceOutput::error(QStringLiteral("KeyError"), json::Value::fromArray({*id}));
            return outcome;
        }
        outcome.target = *known;
    } else {
        outcome.failure =
            ServiceOutput::error(QStringLiteral("KeyError"), json::Value::fromArray({json::Value()}));
        return outcome;
    }

    ServiceInput input = ServiceInput::fromJson(json::Value::fromString(QString()));
    const json::Value *payload = envelope.find(u"payload");
    if (payload && payload->isTruthy()) {
        QString error;
        const std::optional<QByteArray> decoded = pythonBase64Decode(payload->toString().toLatin1(), &error);
        if (!decoded) {
            outcome.failure = ServiceOutput::error(QStringLiteral("binascii.Error"), args(error));
            return outcome;
        }
        const json::ParseResult parsed = json::parse(*decoded);
        input = parsed.ok ? ServiceInput::fromJson(parsed.value) : ServiceInput::fromRaw(*decoded);
    }

    if (!ServiceRegistry::exists(outcome.target) || outcome.target == DispatcherService) {
        outcome.failure = ServiceOutput::error(QStringLiteral("KeyError"), args(outcome.target));
        return outcome;
    }

    const json::Value *asyncFlag = envelope.find(m_wire == Wire::G2 ? u"is_async" : u"async");
    outcome.async = asyncFlag && asyncFlag->toBool();
    if (outcome.async) {
        ServiceRegistry *services = m_services;
        const QString target = outcome.target;
        runLater([services, target, input] { services->invoke(target, input); });
        outcome.response = encode(newCid(m_wire).toLatin1());
        return outcome;
    }

    const ServiceOutput output = m_services->invoke(outcome.target, input);
    outcome.cacheHit = output.cacheHit;
    switch (output.kind) {
    case ServiceOutput::Kind::Error:
        outcome.failure = output;
        break;
    case ServiceOutput::Kind::None:
        if (m_wire == Wire::G1)
            outcome.response = QByteArray();
        break;
    case ServiceOutput::Kind::Text:
        if (!output.text.isEmpty() || m_wire == Wire::G1)
            outcome.response = encode(output.text);
        break;
    case ServiceOutput::Kind::Stream: // the answer is embedded in base64: made whole here
        outcome.response = encode(output.stream->readAll());
        break;
    case ServiceOutput::Kind::Object:
        if (m_wire == Wire::G1) {
            outcome.response = QByteArray(); // 2.0 returns only str outputs
        } else {
            const json::Value *skip = envelope.find(u"skip_response_elem");
            const json::Value value =
                skip && skip->toBool() ? skipResponseElement(output.value) : output.value;
            if (value.isTruthy())
                outcome.response = encode(json::dumps(value, json::WriteOptions{true, -1, true}));
        }
        break;
    }
    return outcome;
}

} // namespace zd::demo
