#pragma once

#include "bodysource.h"
#include "cache.h"

#include "json/value.h"
#include <QByteArray>
#include <QString>
#include <chrono>
#include <optional>

namespace zd::demo {

// What a service receives as self.request.payload: parsed JSON, or the raw bytes of a body that
// was not JSON (a Zato 3.2 channel passes those on).
struct ServiceInput
{
    std::optional<json::Value> json;
    QByteArray raw;

    static ServiceInput fromJson(json::Value value) { return ServiceInput{std::move(value), {}}; }
    static ServiceInput fromRaw(QByteArray raw) { return ServiceInput{std::nullopt, std::move(raw)}; }
};

// What a service sets as self.response.payload, or the exception it raised.
struct ServiceOutput
{
    enum class Kind { None, Text, Object, Error, Stream };
    Kind kind = Kind::None;
    QByteArray text;                    // Kind::Text: sent byte for byte
    std::shared_ptr<BodySource> stream; // Kind::Stream: sent byte for byte as the client reads
    json::Value value;                  // Kind::Object: serialised by the server
    json::Value errorArgs;              // Kind::Error: the exception's args, e.g. ["Customer not found"]
    QString errorType;                  // Kind::Error: e.g. "Exception", "KeyError"
    std::optional<bool> cacheHit;

    static ServiceOutput error(QString type, json::Value args);
    // The last line of the Python traceback, "Exception: Customer not found".
    [[nodiscard]] QString errorLine() const;
};

// The services the demo server runs: customer.get1 and customer.get2 (Zato's samples: a name by
// cust_id, from the cache or the backend), zato.ping, and demo.sized-body (a body of the requested
// size, for trying large responses). zato.service.invoke is the dispatcher (dispatcher.h).
class ServiceRegistry
{
public:
    ServiceRegistry(Cache *cache, std::chrono::seconds cacheTtl);

    [[nodiscard]] static bool exists(const QString &name);
    [[nodiscard]] static std::optional<QString> nameOf(qint64 id);
    [[nodiscard]] static std::optional<qint64> idOf(const QString &name);

    // Runs the named service; an unknown name raises KeyError, as in Zato.
    ServiceOutput invoke(const QString &name, const ServiceInput &input);

private:
    ServiceOutput customer(const ServiceInput &input, bool asText);

    Cache *m_cache;
    std::chrono::seconds m_cacheTtl;
};

inline constexpr QStringView DispatcherService = u"zato.service.invoke";

} // namespace zd::demo
