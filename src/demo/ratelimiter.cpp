#include "ratelimiter.h"

#include <QDateTime>
#include <QLocale>

namespace zd::demo {

namespace {

constexpr qsizetype staleCheckAt = 4096;

} // namespace

void RateLimiter::dropStale(qint64 now)
{
    for (auto it = m_windows.begin(); it != m_windows.end();) {
        if (it->seen.empty() || it->seen.back() <= now - it->length)
            it = m_windows.erase(it);
        else
            ++it;
    }
}

RateLimiter::Verdict RateLimiter::take(const QString &key, const RateLimit &limit)
{
    const qint64 now = m_clock.elapsed();
    const qint64 window = qint64(std::max(1, limit.perSeconds)) * 1000;
    if (m_windows.size() >= staleCheckAt && !m_windows.contains(key))
        dropStale(now);
    Window &entry = m_windows[key];
    entry.length = window;
    std::deque<qint64> &seen = entry.seen;
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
