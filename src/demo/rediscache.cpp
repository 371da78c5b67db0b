#include "cache.h"

#include <QCoreApplication>
#include <QUrl>
#include <hiredis/hiredis.h>

namespace zd::demo {

namespace {

struct RedisText
{
    Q_DECLARE_TR_FUNCTIONS(RedisCache)
};

struct ContextDeleter
{
    void operator()(redisContext *context) const { redisFree(context); }
};
struct ReplyDeleter
{
    void operator()(redisReply *reply) const { freeReplyObject(reply); }
};
using Reply = std::unique_ptr<redisReply, ReplyDeleter>;

class RedisCache : public Cache
{
public:
    RedisCache(std::unique_ptr<redisContext, ContextDeleter> context, QString url)
        : m_context(std::move(context)), m_url(std::move(url))
    {}

    std::optional<QString> get(const QString &key) override
    {
        const QByteArray k = key.toUtf8();
        Reply reply(static_cast<redisReply *>(
            redisCommand(m_context.get(), "GET %b", k.constData(), size_t(k.size()))));
        if (!reply || reply->type != REDIS_REPLY_STRING)
            return std::nullopt;
        return QString::fromUtf8(reply->str, qsizetype(reply->len));
    }

    void set(const QString &key, const QString &value, std::chrono::seconds ttl) override
    {
        const QByteArray k = key.toUtf8();
        const QByteArray v = value.toUtf8();
        const QByteArray seconds = QByteArray::number(qint64(ttl.count()));
        Reply reply(static_cast<redisReply *>(redisCommand(m_context.get(), "SET %b %b EX %s", k.constData(),
                                                           size_t(k.size()), v.constData(), size_t(v.size()),
                                                           seconds.constData())));
        Q_UNUSED(reply);
    }

    QString description() const override { return u"Redis at " + m_url; }

private:
    std::unique_ptr<redisContext, ContextDeleter> m_context;
    QString m_url;
};

} // namespace

RedisConnect connectRedis(const QString &url)
{
    RedisConnect result;
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme() != u"redis" || parsed.host().isEmpty()) {
        result.error = RedisText::tr("\"%1\" is not a Redis URL such as redis://127.0.0.1:6379.").arg(url);
        return result;
    }
    const QByteArray host = parsed.host().toUtf8();
    const timeval timeout{2, 0};
    std::unique_ptr<redisContext, ContextDeleter> context(
        redisConnectWithTimeout(host.constData(), parsed.port(6379), timeout));
    if (!context || context->err) {
        result.error = RedisText::tr("Cannot connect to Redis at %1: %2")
                           .arg(url, context ? QString::fromLocal8Bit(context->errstr)
                                             : QStringLiteral("out of memory"));
        return result;
    }
    redisSetTimeout(context.get(), timeout);
    const QString db = parsed.path().mid(1);
    if (!db.isEmpty()) {
        const QByteArray index = db.toUtf8();
        Reply reply(static_cast<redisReply *>(redisCommand(context.get(), "SELECT %s", index.constData())));
        if (!reply || reply->type == REDIS_REPLY_ERROR) {
            result.error = RedisText::tr("Redis at %1 refused database %2.").arg(url, db);
            return result;
        }
    }
    result.cache = std::make_unique<RedisCache>(std::move(context), url);
    return result;
}

} // namespace zd::demo
