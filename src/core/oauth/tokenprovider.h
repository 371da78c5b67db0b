#pragma once

#include "tokencache.h"
#include "tokenexchange.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>

namespace zd {

class Call;
class NetworkPool;

// A token as a call, or Get token, receives it.
struct TokenResult
{
    TokenAnswer answer;
    bool cached = false;       // kept from an earlier answer: no request was sent for it
    HttpRequestData request;   // the token request, when one was sent (its body holds the client secret)
    HttpResponseData response; // and the endpoint's answer
    double elapsedMs = 0;
};

// The tokens of OAuth2 calls: kept while they are valid (TokenCache), otherwise got from the token
// endpoint by a one-shot Call, once for every call that asks at the same time (the matrix and load
// mode start many at once).
class TokenProvider : public QObject
{
    Q_OBJECT
public:
    explicit TokenProvider(NetworkPool *networks, QObject *parent = nullptr);
    ~TokenProvider() override;

    using Done = std::function<void(const TokenResult &result)>;
    // The token for the call's OAuth2 settings and client secret. fresh: ask the endpoint even when a
    // valid token is kept (Get token). done is called exactly once, through context's event loop, and
    // not at all when context is destroyed first.
    void get(const CallSpec &call, QObject *context, Done done, bool fresh = false);
    // Ends every request under way: whoever waits for one is told it was cancelled.
    void cancel();
    // Drops every kept token.
    void clear() { m_cache.clear(); }
    // The clock tokens are kept by (tests move it on).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    [[nodiscard]] int requestsSent() const { return m_sent; }

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Done done;
    };
    struct Pending
    {
        Call *call = nullptr;
        QString tokenUrl;
        QList<Waiter> waiters;
    };
    static void deliver(const Waiter &waiter, const TokenResult &result);
    void onFinished(const QByteArray &key, const InvokeResult &result);

    NetworkPool *m_networks;
    TokenCache m_cache;
    QHash<QByteArray, Pending> m_pending;
    std::function<QDateTime()> m_clock;
    int m_sent = 0;
};

} // namespace zd
