#pragma once

#include "cache.h"
#include "democonfig.h"
#include "gateway.h"

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <memory>

namespace zd::demo {

class HttpConnection;

// A Zato-compatible server in-process: security definitions, channels, RBAC, zato.service.invoke
// and the sample customer services with their cache. Runs in the thread it lives in, on that
// thread's event loop; every answer is asynchronous, so latency faults never block it.
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

Q_SIGNALS:
    void callLogged(const zd::demo::CallLog &entry);

private:
    void onNewConnection();
    void handle(HttpConnection *connection, const DemoRequest &request);

    DemoConfig m_config;
    std::unique_ptr<Cache> m_cache;
    ServiceRegistry m_services;
    Gateway m_gateway;
    QTcpServer m_server;
};

} // namespace zd::demo
