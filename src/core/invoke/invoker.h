#pragma once

#include "calltypes.h"
#include "requestbuilder.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace zd {

// Runs one call at a time through an injected QNetworkAccessManager and owns the reply's lifecycle:
// timeout, cancellation, deletion. Subclasses only build the request; every response is read by
// zd::readResponse for the invoker's kind, on this thread or, for large bodies, in the thread pool.
class Invoker : public QObject
{
    Q_OBJECT

public:
    explicit Invoker(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~Invoker() override;

    [[nodiscard]] virtual ClientKind kind() const = 0;

    // Sends the call; finished() follows exactly once, also for a call that cannot be built (a usage
    // error, nothing sent). Returns false and does nothing while a call is running.
    bool start(const CallSpec &spec);
    // Aborts the running call; finished() reports ErrorKind::Cancelled.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    // Responses at least this large are read (parsed, decoded) in the thread pool.
    static constexpr qsizetype readOffThreadBytes = 256 * 1024;

Q_SIGNALS:
    void finished(const zd::InvokeResult &result);

protected:
    [[nodiscard]] virtual BuildResult buildRequest(const CallSpec &spec) const = 0;

private:
    void onReplyFinished();
    void onTimeout();
    void readOffThread(HttpResponseData response, double elapsedMs);
    void finish(InvokeResult result);

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    HttpRequestData m_request;
    QList<QSslError> m_sslErrors;
    std::chrono::milliseconds m_timeout{0};
    bool m_running = false;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_reading = false;
};

class AnyServiceInvoker : public Invoker
{
    Q_OBJECT
public:
    using Invoker::Invoker;
    [[nodiscard]] ClientKind kind() const override { return ClientKind::AnyService; }

protected:
    [[nodiscard]] BuildResult buildRequest(const CallSpec &spec) const override;
};

class JsonClient : public Invoker
{
    Q_OBJECT
public:
    using Invoker::Invoker;
    [[nodiscard]] ClientKind kind() const override { return ClientKind::Json; }

protected:
    [[nodiscard]] BuildResult buildRequest(const CallSpec &spec) const override;
};

class ApiInvoker : public Invoker
{
    Q_OBJECT
public:
    using Invoker::Invoker;
    [[nodiscard]] ClientKind kind() const override { return ClientKind::Api; }

protected:
    [[nodiscard]] BuildResult buildRequest(const CallSpec &spec) const override;
};

// The invoker of the given kind, owned by parent.
[[nodiscard]] Invoker *createInvoker(ClientKind kind, QNetworkAccessManager *network, QObject *parent);

} // namespace zd
