#include "calltypes.h"

#include "json/writer.h"

namespace zd {

std::optional<QByteArray> headerValue(const HttpHeaders &headers, QByteArrayView name)
{
    for (const HttpHeader &header : headers) {
        if (header.name.compare(name, Qt::CaseInsensitive) == 0)
            return header.value;
    }
    return std::nullopt;
}

Payload Payload::fromJson(json::Value value)
{
    Payload payload;
    payload.kind = Kind::Json;
    payload.value = std::move(value);
    return payload;
}

Payload Payload::fromRaw(QByteArray raw)
{
    Payload payload;
    payload.kind = Kind::Raw;
    payload.raw = std::move(raw);
    return payload;
}

QByteArray Payload::serialized() const
{
    return kind == Kind::Json ? json::dumps(value) : raw;
}

bool Payload::isEmpty() const
{
    if (kind == Kind::Raw)
        return raw.isEmpty();
    return value.isNull() || (value.isString() && value.toString().isEmpty());
}

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return QString();
    case ErrorKind::Usage:
        return QStringLiteral("usage");
    case ErrorKind::Transport:
        return QStringLiteral("transport");
    case ErrorKind::Protocol:
        return QStringLiteral("protocol");
    case ErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

QString clientKindName(ClientKind kind)
{
    switch (kind) {
    case ClientKind::AnyService:
        return QStringLiteral("AnyServiceInvoker");
    case ClientKind::Json:
        return QStringLiteral("JSONClient");
    case ClientKind::Api:
        return QStringLiteral("Invoke API");
    }
    return QString();
}

} // namespace zd
