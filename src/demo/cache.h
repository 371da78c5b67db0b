#pragma once

#include <QString>
#include <chrono>
#include <memory>
#include <optional>

namespace zd::demo {

// Where the customer services keep names they looked up. Keys are "zato-desk:customer:<cust_id>",
// our stand-in for the samples' undocumented Redis keys; values are full names.
class Cache
{
public:
    virtual ~Cache() = default;
    [[nodiscard]] virtual std::optional<QString> get(const QString &key) = 0;
    virtual void set(const QString &key, const QString &value, std::chrono::seconds ttl) = 0;
    [[nodiscard]] virtual QString description() const = 0;
    // Forgets the entries whose TTL has passed (Redis does this itself).
    virtual void dropExpired() {}
    // The entries held, -1 when unknown.
    [[nodiscard]] virtual qsizetype entryCount() const { return -1; }
};

// The default: in memory, entries expire after their TTL and are dropped by dropExpired() (the
// server calls it on a timer) or when a set() finds the cache over maxBytes, which then also drops
// the entries closest to expiry until it fits.
[[nodiscard]] std::unique_ptr<Cache> createMemoryCache(qint64 maxBytes = 64 * 1024 * 1024);

struct RedisConnect
{
    std::unique_ptr<Cache> cache;
    QString error;
};

// A Redis server through hiredis; url is redis://host:port[/db]. Fails with a message when the
// server cannot be reached.
[[nodiscard]] RedisConnect connectRedis(const QString &url);

[[nodiscard]] QString customerCacheKey(const QString &customerId);

} // namespace zd::demo
