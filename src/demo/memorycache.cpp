#include "cache.h"

#include <QDeadlineTimer>
#include <QHash>

namespace zd::demo {

namespace {

class MemoryCache : public Cache
{
public:
    std::optional<QString> get(const QString &key) override
    {
        const auto it = m_entries.constFind(key);
        if (it == m_entries.constEnd())
            return std::nullopt;
        if (it->expiry.hasExpired()) {
            m_entries.erase(it);
            return std::nullopt;
        }
        return it->value;
    }

    void set(const QString &key, const QString &value, std::chrono::seconds ttl) override
    {
        m_entries.insert(key, Entry{value, QDeadlineTimer(ttl)});
    }

    QString description() const override { return QStringLiteral("in-memory cache"); }

private:
    struct Entry
    {
        QString value;
        QDeadlineTimer expiry;
    };
    QHash<QString, Entry> m_entries;
};

} // namespace

std::unique_ptr<Cache> createMemoryCache()
{
    return std::make_unique<MemoryCache>();
}

QString customerCacheKey(const QString &customerId)
{
    return u"zato-desk:customer:" + customerId;
}

} // namespace zd::demo
