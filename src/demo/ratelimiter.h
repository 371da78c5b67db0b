#pragma once

#include "democonfig.h"

#include <QElapsedTimer>
#include <QHash>
#include <QString>
#include <deque>

namespace zd::demo {

// Counts requests per key (a channel and a client address, or a security definition) in a sliding
// window: at most RateLimit::requests in any RateLimit::perSeconds seconds. Keys whose window has
// emptied are dropped once there are many, so clients coming and going cannot grow it without bound.
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
    struct Window
    {
        std::deque<qint64> seen; // when the requests in the window came (ms)
        qint64 length = 0;       // ms
    };
    void dropStale(qint64 now);

    QElapsedTimer m_clock;
    QHash<QString, Window> m_windows;
};

// An HTTP-date (RFC 9110) msecs from now, rounded up to the next whole second.
[[nodiscard]] QByteArray httpDateIn(qint64 msecs);

} // namespace zd::demo
