#include "cache.h"

#include <QDeadlineTimer>
#include <QHash>
#include <algorithm>

namespace zd::demo {

namespace {

class MemoryCache : public Cache
{
public:
    explicit MemoryCache(qint64 maxBytes) : m_maxBytes(maxBytes) {}

    std::optional<QString> get(const QString &key) override
    {
        const auto it = m_entries.constFind(key);
        if (it == m_entries.constEnd())
            return std::nullopt;
        if (it->expiry.hasExpired()) {
            erase(it);
            return std::nullopt;
        }
        return it->value;
    }

    void set(const QString &key, const QString &value, std::chrono::seconds ttl) override
    {
        if (const auto it = m_entries.constFind(key); it != m_entries.constEnd())
            erase(it);
        m_entries.insert(key, Entry{value, QDeadlineTimer(ttl)});
        m_bytes += bytesOf(key, value);
        if (m_bytes > m_maxBytes)
            shrink();
    }

    void dropExpired() override
    {
        for (auto it = m_entries.begin(); it != m_entries.end();) {
            if (it->expiry.hasExpired()) {
                m_bytes -= bytesOf(it.key(), it->value);
                it = m_entries.erase(it);
            } else {
                ++it;
            }
        }
    }

    qsizetype entryCount() const override { return m_entries.size(); }
    QString description() const override { return QStringLiteral("in-memory cache"); }

private:
    struct Entry
    {
        QString value;
        QDeadlineTimer expiry;
    };
    using Entries = QHash<QString, Entry>;

    static qint64 bytesOf(const QString &key, const QString &value)
    {
        return 2 * qint64(key.size() + value.size()) + qint64(sizeof(Entry)) + 32;
    }

    void erase(Entries::const_iterator it)
    {
        m_bytes -= bytesOf(it.key(), it->value);
        m_entries.erase(it);
    }

    // Over budget: the expired entries go, then those closest to expiry, down to three quarters.
    void shrink()
    {
        dropExpired();
        if (m_bytes <= m_maxBytes)
            return;
        QList<std::pair<qint64, QString>> byExpiry;
        byExpiry.reserve(m_entries.size());
        for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
            byExpiry.append({it->expiry.deadline(), it.key()});
        std::sort(byExpiry.begin(), byExpiry.end());
        for (const auto &[deadline, key] : std::as_const(byExpiry)) {
            if (m_bytes <= m_maxBytes / 4 * 3)
                break;
            erase(m_entries.constFind(key));
        }
    }

    Entries m_entries;
    qint64 m_maxBytes;
    qint64 m_bytes = 0;
};

} // namespace

std::unique_ptr<Cache> createMemoryCache(qint64 maxBytes)
{
    return std::make_unique<MemoryCache>(maxBytes);
}

QString customerCacheKey(const QString &customerId)
{
    return u"zato-desk:customer:" + customerId;
}

} // namespace zd::demo
