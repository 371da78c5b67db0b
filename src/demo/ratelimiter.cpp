#include "ratelimiter.h"

#include <QDateTime>
#include <QLocale>

namespace zd::demo {

RateLimiter::Verdict RateLimiter::take(const QString &key, const RateLimit &limit)
{
    const qint64 now = m_clock.elapsed();
    const qint64 window = qint64(std::max(1, limit.perSeconds)) * 1000;
    std::deque<qint64> &seen = m_seen[key];
    while (!seen.empty() && seen.front() <= now - window)
        seen.pop_front();
    Verdict verdict;
    verdict.limit = limit.requests;
    if (qsizetype(seen.size()) >= limit.requests) {
        verdict.allowed = false;
        verdict.retryAfterMs = seen.empty() ? window : seen.front() + window - now;
        return verdict;
    }
    seen.push_back(now);
    verdict.remaining = limit.requests - int(seen.size());
    return verdict;
}

QByteArray httpDateIn(qint64 msecs)
{
    const qint64 at = (QDateTime::currentMSecsSinceEpoch() + msecs + 999) / 1000;
    return QLocale::c()
        .toString(QDateTime::fromSecsSinceEpoch(at, Qt::UTC),
                  QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

} // namespace zd::demo
