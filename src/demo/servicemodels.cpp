#include "servicemodels.h"

#include <QStringList>

namespace zd::demo {

namespace {

using json::Value;

Value type(const char *name)
{
    return Value::fromObject({{QStringLiteral("type"), Value::fromString(QString::fromLatin1(name))}});
}

// {"type": "object", "properties": {...}, "required": [...]} (required left out when empty).
Value object(json::Object properties, const QStringList &required = {})
{
    json::Object schema{{QStringLiteral("type"), Value::fromString(QStringLiteral("object"))},
                        {QStringLiteral("properties"), Value::fromObject(std::move(properties))}};
    if (!required.isEmpty()) {
        json::Array names;
        for (const QString &name : required)
            names.push_back(Value::fromString(name));
        schema.push_back({QStringLiteral("required"), Value::fromArray(std::move(names))});
    }
    return Value::fromObject(std::move(schema));
}

} // namespace

ServiceModels serviceModels(const QString &service)
{
    ServiceModels models;
    if (service == u"customer.get1" || service == u"customer.get2") {
        const Value customerId =
            Value::fromObject({{QStringLiteral("type"), Value::fromString(QStringLiteral("integer"))},
                               {QStringLiteral("example"), Value::fromInteger(123)}});
        models.input =
            ServiceModel{QStringLiteral("GetCustomerRequest"),
                         object({{QStringLiteral("cust_id"), customerId}}, {QStringLiteral("cust_id")})};
        models.output = ServiceModel{QStringLiteral("GetCustomerResponse"),
                                     object({{QStringLiteral("name"), type("string")}})};
    } else if (service == u"demo.ping") {
        models.output = ServiceModel{
            QStringLiteral("PingResponse"),
            object({{QStringLiteral("is_ok"), type("boolean")}, {QStringLiteral("cid"), type("string")}})};
    }
    return models;
}

} // namespace zd::demo
