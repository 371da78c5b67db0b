#include "tokenprovider.h"

#include "invoke/call.h"
#include "invoke/networkpool.h"

#include <QMetaObject>

namespace zd {

TokenProvider::TokenProvider(NetworkPool *networks, QObject *parent)
    : QObject(parent), m_networks(networks), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

TokenProvider::~TokenProvider()
{
    for (const Pending &pending : std::as_const(m_pending))
        pending.call->disconnect(this);
}

void TokenProvider::deliver(const Waiter &waiter, const TokenResult &result)
{
    if (!waiter.context)
        return;
    QMetaObject::invokeMethod(
        waiter.context, [done = waiter.done, result] { done(result); }, Qt::QueuedConnection);
}

void TokenProvider::get(const CallSpec &call, QObject *context, Done done, bool fresh)
{
    const Waiter waiter{context, std::move(done)};
    const QByteArray key = TokenCache::keyOf(call.auth);
    if (!fresh) {
        if (const std::optional<TokenCache::Entry> kept = m_cache.find(key, m_clock())) {
            TokenResult result;
            result.cached = true;
            result.answer.token = kept->token;
            result.answer.tokenType = QStringLiteral("Bearer");
            result.answer.expires = kept->expires;
            result.answer.scope = kept->scope;
            deliver(waiter, result);
            return;
        }
    }
    if (const auto pending = m_pending.find(key); pending != m_pending.end()) {
        pending->waiters.append(waiter);
        return;
    }
    TokenCall token = tokenCall(call);
    if (!token.error.isEmpty()) {
        TokenResult result;
        result.answer.errorKind = ErrorKind::Usage;
        result.answer.error = token.error;
        deliver(waiter, result);
        return;
    }
    auto *request = new Call(ClientKind::Json, token.spec, m_networks->managerFor(token.spec), this);
    m_pending.insert(key, Pending{request, call.auth.oauth2.tokenUrl.trimmed(), {waiter}});
    connect(request, &Call::sent, this, [this] { ++m_sent; });
    connect(request, &Call::finished, this,
            [this, key](const InvokeResult &result) { onFinished(key, result); });
    request->start();
}

void TokenProvider::cancel()
{
    for (const Pending &pending : std::as_const(m_pending))
        pending.call->cancel();
}

void TokenProvider::onFinished(const QByteArray &key, const InvokeResult &result)
{
    const Pending pending = m_pending.take(key);
    pending.call->deleteLater();
    const QDateTime received = m_clock();
    TokenResult token;
    token.answer = readTokenAnswer(pending.tokenUrl, result, received);
    token.request = result.request;
    token.response = result.response;
    token.elapsedMs = result.elapsedMs;
    if (token.answer.ok())
        m_cache.store(key, {token.answer.token, token.answer.expires, token.answer.scope}, received);
    else
        m_cache.forget(key);
    for (const Waiter &waiter : pending.waiters)
        deliver(waiter, token);
}

} // namespace zd
