#pragma once

#include "bodybudget.h"
#include "cache.h"
#include "democonfig.h"
#include "gateway.h"

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QTimer>
#include <memory>

namespace zd::demo {

class HttpConnection;

// A Zato-compatible server in-process: security definitions, channels, RBAC, zato.service.invoke
// and the sample customer services with their cache. Runs in the thread it lives in, on that
// thread's event loop; every answer is asynchronous, so latency faults never block it.
//
// It holds under abuse within config().limits: connections are capped below the open-file limit,
// the last few of them only answer /zato/ping, and when the cap is reached the oldest connection
// that is not being answered makes room; request bodies share a memory budget; the connection
// limits and timeouts are in HttpConnection; expired cache entries are dropped on a timer.
class DemoServer : public QObject
{
    Q_OBJECT
public:
    // cache: nullptr for the default in-memory cache.
    explicit DemoServer(DemoConfig config = DemoConfig::defaults(), std::unique_ptr<Cache> cache = nullptr,
                        QObject *parent = nullptr);
    ~DemoServer() override;

    // Port 0 picks a free port. Returns false with errorString() when the port cannot be bound.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    // http://host:port, for a client's address field.
    [[nodiscard]] QString address() const;
    [[nodiscard]] QString errorString() const { return m_server.errorString(); }
    [[nodiscard]] const DemoConfig &config() const { return m_config; }
    [[nodiscard]] Cache &cache() { return *m_cache; }

    // The connections open now, and how many may be (Limits::maxConnections, lowered to what the
    // open-file limit allows once listening).
    [[nodiscard]] int connectionCount() const { return int(m_connections.size()); }
    [[nodiscard]] int connectionLimit() const { return m_connectionLimit; }
    // Answer bytes queued in this process for all connections, not yet taken by the kernel.
    [[nodiscard]] qint64 bytesQueued() const;
    [[nodiscard]] const BodyBudget &bodyBudget() const { return m_budget; }

Q_SIGNALS:
    void callLogged(const zd::demo::CallLog &entry);

private:
    void onNewConnection();
    void onAcceptError();
    bool makeRoom();
    [[nodiscard]] bool isPing(const DemoRequest &request) const;
    void handle(HttpConnection *connection, const DemoRequest &request);

    DemoConfig m_config;
    std::unique_ptr<Cache> m_cache;
    ServiceRegistry m_services;
    Gateway m_gateway;
    BodyBudget m_budget;
    QList<HttpConnection *> m_connections; // oldest first
    int m_connectionLimit;
    QTcpServer m_server;
    QTimer m_cacheSweep;
};

} // namespace zd::demo
