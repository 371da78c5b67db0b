#include "services.h"

#include "customerbackend.h"

#include "json/parser.h"
#include "json/writer.h"

namespace zd::demo {

namespace {

struct Known
{
    const char16_t *name;
    qint64 id;
};

constexpr Known knownServices[] = {
    {u"zato.ping", 1},       {u"zato.service.invoke", 2}, {u"customer.get1", 101},
    {u"customer.get2", 102}, {u"demo.sized-body", 103},
};

json::Value args(QString text)
{
    return json::Value::fromArray({json::Value::fromString(std::move(text))});
}

// Python's error for payload['key'] on a payload that is not a dict.
std::optional<ServiceOutput> notSubscriptable(const ServiceInput &input)
{
    const auto typeError = [](const char *message) {
        return ServiceOutput::error(QStringLiteral("TypeError"), args(QString::fromLatin1(message)));
    };
    if (!input.json)
        return typeError("byte indices must be integers or slices, not str");
    switch (input.json->type()) {
    case json::Value::Type::Object:
        return std::nullopt;
    case json::Value::Type::String:
        return typeError("string indices must be integers, not 'str'");
    case json::Value::Type::Array:
        return typeError("list indices must be integers or slices, not str");
    case json::Value::Type::Null:
        return typeError("'NoneType' object is not subscriptable");
    case json::Value::Type::Bool:
        return typeError("'bool' object is not subscriptable");
    case json::Value::Type::Number:
        return typeError(input.json->toNumber().integer ? "'int' object is not subscriptable"
                                                        : "'float' object is not subscriptable");
    }
    return std::nullopt;
}

// payload[key], or the KeyError Python would raise.
std::optional<ServiceOutput> member(const ServiceInput &input, QStringView key, json::Value &out)
{
    if (auto error = notSubscriptable(input))
        return error;
    const json::Value *value = input.json->find(key);
    if (!value)
        return ServiceOutput::error(QStringLiteral("KeyError"), args(key.toString()));
    out = *value;
    return std::nullopt;
}

} // namespace

ServiceOutput ServiceOutput::error(QString type, json::Value errorArgs)
{
    ServiceOutput output;
    output.kind = Kind::Error;
    output.errorType = std::move(type);
    output.errorArgs = std::move(errorArgs);
    return output;
}

QString ServiceOutput::errorLine() const
{
    const json::Array &list = errorArgs.toArray();
    QString message;
    if (list.size() == 1)
        message =
            list.front().isString() ? list.front().toString() : QString::fromUtf8(json::dumps(list.front()));
    if (errorType == u"KeyError")
        message = u'\'' + message + u'\'';
    return message.isEmpty() ? errorType : errorType + u": " + message;
}

ServiceRegistry::ServiceRegistry(Cache *cache, std::chrono::seconds cacheTtl)
    : m_cache(cache), m_cacheTtl(cacheTtl)
{}

bool ServiceRegistry::exists(const QString &name)
{
    return idOf(name).has_value();
}

std::optional<QString> ServiceRegistry::nameOf(qint64 id)
{
    for (const Known &known : knownServices) {
        if (known.id == id)
            return QString::fromUtf16(known.name);
    }
    return std::nullopt;
}

std::optional<qint64> ServiceRegistry::idOf(const QString &name)
{
    for (const Known &known : knownServices) {
        if (name == QStringView(known.name))
            return known.id;
    }
    return std::nullopt;
}

ServiceOutput ServiceRegistry::invoke(const QString &name, const ServiceInput &input)
{
    if (name == u"customer.get1" || name == u"customer.get2")
        return customer(input, name == u"customer.get1");
    if (name == u"zato.ping") {
        ServiceOutput output;
        output.kind = ServiceOutput::Kind::Text;
        output.text = R"({"zato_ping_response": {"pong": "zato"}})";
        return output;
    }
    if (name == u"demo.sized-body") {
        // {"size": N[, "shape": "records"]}, or the window's customer lookup {"cust_id": "N"} or
        // {"cust_id": "records:N"}.
        json::Value size;
        bool records = false;
        if (const json::Value *id = input.json ? input.json->find(u"cust_id") : nullptr;
            id && !input.json->find(u"size")) {
            QString text = id->toString();
            records = text.startsWith(u"records:");
            size = json::parse(text.mid(records ? 8 : 0).toUtf8()).value;
        } else if (auto error = member(input, u"size", size)) {
            return *error;
        } else if (const json::Value *shape = input.json->find(u"shape")) {
            records = shape->toString() == u"records";
        }
        const std::optional<qint64> bytes = size.toNumber().toInt64();
        if (!size.isNumber() || !bytes || *bytes < 2 || *bytes > 512LL * 1024 * 1024)
            return ServiceOutput::error(QStringLiteral("ValueError"),
                                        args(QStringLiteral("size must be an integer from 2 to 536870912")));
        // Made as the client reads: a large answer is never held whole. A JSON string of exactly size
        // bytes, or records of at most size bytes.
        ServiceOutput output;
        output.kind = ServiceOutput::Kind::Stream;
        output.stream = records ? sizedRecordsBody(*bytes) : sizedStringBody(*bytes);
        return output;
    }
    return ServiceOutput::error(QStringLiteral("KeyError"), args(name));
}

// customer.get1 returns the JSON text {"name": "<full name>"}, customer.get2 the dict.
ServiceOutput ServiceRegistry::customer(const ServiceInput &input, bool asText)
{
    json::Value id;
    if (auto error = member(input, u"cust_id", id))
        return *error;
    const QString customerId = id.isString() ? id.toString() : QString::fromUtf8(json::dumps(id));
    const QString key = customerCacheKey(customerId);

    ServiceOutput output;
    std::optional<QString> name = m_cache->get(key);
    output.cacheHit = name.has_value();
    if (!name) {
        name = CustomerBackend::lookUp(customerId);
        if (!name) {
            ServiceOutput error =
                ServiceOutput::error(QStringLiteral("Exception"), args(QStringLiteral("Customer not found")));
            error.cacheHit = false;
            return error;
        }
        m_cache->set(key, *name, m_cacheTtl);
    }
    const json::Value result =
        json::Value::fromObject({{QStringLiteral("name"), json::Value::fromString(*name)}});
    if (asText) {
        output.kind = ServiceOutput::Kind::Text;
        output.text = json::dumps(result);
    } else {
        output.kind = ServiceOutput::Kind::Object;
        output.value = result;
    }
    return output;
}

} // namespace zd::demo
