#pragma once

#include "democonfig.h"

#include <QElapsedTimer>
#include <QHash>
#include <QString>
#include <deque>

namespace zd::demo {

// Counts requests per key (a channel and a client address, or a security definition) in a sliding
// window: at most RateLimit::requests in any RateLimit::perSeconds seconds.
class RateLimiter
{
public:
    struct Verdict
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;       // what is left in the window after this request
        qint64 retryAfterMs = 0; // when refused: how long until one more is allowed
    };

    RateLimiter() { m_clock.start(); }

    // Counts one request under key, if the limit allows it.
    Verdict take(const QString &key, const RateLimit &limit);

private:
    QElapsedTimer m_clock;
    QHash<QString, std::deque<qint64>> m_seen; // key: when its requests in the window came (ms)
};

// An HTTP-date (RFC 9110) msecs from now, rounded up to the next whole second.
[[nodiscard]] QByteArray httpDateIn(qint64 msecs);

} // namespace zd::demo
