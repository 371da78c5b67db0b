#include "demoserver.h"

#include "httpconnection.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace zd::demo {

DemoServer::DemoServer(DemoConfig config, std::unique_ptr<Cache> cache, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_cache(cache ? std::move(cache) : createMemoryCache()),
      m_services(m_cache.get(), std::chrono::seconds(m_config.cacheTtlSeconds)),
      m_gateway(m_config, &m_services,
                [this](std::function<void()> work) { QTimer::singleShot(0, this, std::move(work)); })
{
    qRegisterMetaType<zd::demo::CallLog>();
    connect(&m_server, &QTcpServer::newConnection, this, &DemoServer::onNewConnection);
}

DemoServer::~DemoServer()
{
    // Connections die before the gateway and services they call into.
    qDeleteAll(findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly));
}

bool DemoServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port);
}

QString DemoServer::address() const
{
    QString host = m_server.serverAddress().toString();
    if (m_server.serverAddress() == QHostAddress::Any || m_server.serverAddress() == QHostAddress::AnyIPv4)
        host = QStringLiteral("127.0.0.1");
    return QStringLiteral("http://%1:%2").arg(host).arg(port());
}

void DemoServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        new HttpConnection(
            socket, m_config.maxBodyBytes,
            [this](HttpConnection *connection, const DemoRequest &request) { handle(connection, request); },
            this);
    }
}

void DemoServer::handle(HttpConnection *connection, const DemoRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    CallLog log;
    const DemoResponse response = m_gateway.handle(request, log);
    log.status = response.hang ? 0 : response.status;
    log.elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    Q_EMIT callLogged(log);
    if (response.hang)
        return;
    QPointer<HttpConnection> guard(connection);
    const auto answer = [guard, response, request] {
        if (guard)
            guard->respond(response, request);
    };
    if (m_config.faults.latencyMs > 0)
        QTimer::singleShot(m_config.faults.latencyMs, this, answer);
    else
        answer();
}

} // namespace zd::demo
