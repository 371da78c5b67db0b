#include "demoserver.h"

#include "httpconnection.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace zd::demo {

namespace {

// Open files kept free besides connections: the listening socket, logs, the cache, libraries.
constexpr int spareFiles = 64;

int openFileLimit()
{
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
        return int(std::min<rlim_t>(limit.rlim_cur, 1 << 30));
#endif
    return 1 << 30;
}

} // namespace

DemoServer::DemoServer(DemoConfig config, std::unique_ptr<Cache> cache, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_cache(cache ? std::move(cache) : createMemoryCache()),
      m_services(m_cache.get(), std::chrono::seconds(m_config.cacheTtlSeconds)),
      m_gateway(m_config, &m_services,
                [this](std::function<void()> work) { QTimer::singleShot(0, this, std::move(work)); }),
      m_budget(m_config.limits.bodyBudgetBytes), m_connectionLimit(m_config.limits.maxConnections)
{
    qRegisterMetaType<zd::demo::CallLog>();
    connect(&m_server, &QTcpServer::newConnection, this, &DemoServer::onNewConnection);
    connect(&m_server, &QTcpServer::acceptError, this, &DemoServer::onAcceptError);
    // Expired entries go within half a TTL (at least every second, at most every minute).
    m_cacheSweep.setInterval(std::clamp(m_config.cacheTtlSeconds * 500, 1000, 60'000));
    connect(&m_cacheSweep, &QTimer::timeout, this, [this] { m_cache->dropExpired(); });
    m_cacheSweep.start();
}

DemoServer::~DemoServer()
{
    // Connections die before the gateway and services they call into.
    qDeleteAll(findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly));
}

bool DemoServer::listen(const QHostAddress &address, quint16 port)
{
    m_connectionLimit = std::max(1, std::min(m_config.limits.maxConnections, openFileLimit() - spareFiles));
    return m_server.listen(address, port);
}

QString DemoServer::address() const
{
    QString host = m_server.serverAddress().toString();
    if (m_server.serverAddress() == QHostAddress::Any || m_server.serverAddress() == QHostAddress::AnyIPv4)
        host = QStringLiteral("127.0.0.1");
    return QStringLiteral("http://%1:%2").arg(host).arg(port());
}

qint64 DemoServer::bytesQueued() const
{
    qint64 total = 0;
    for (const HttpConnection *connection : m_connections)
        total += connection->bytesQueued();
    return total;
}

// Closes the oldest connection not being answered: idle, silent, or sending a header or body.
bool DemoServer::makeRoom()
{
    for (HttpConnection *connection : std::as_const(m_connections)) {
        if (!connection->isBusy()) {
            m_connections.removeOne(connection);
            connection->abort();
            return true;
        }
    }
    return false;
}

void DemoServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (m_connections.size() >= m_connectionLimit && !makeRoom()) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto *connection = new HttpConnection(
            socket, m_config.limits, m_config.maxBodyBytes, &m_budget,
            [this](HttpConnection *connection, const DemoRequest &request) { handle(connection, request); },
            this);
        connection->setPingOnly(m_connections.size() >= m_connectionLimit - m_config.limits.pingReserve);
        m_connections.append(connection);
        connect(connection, &QObject::destroyed, this,
                [this, connection] { m_connections.removeOne(connection); });
    }
}

// Out of open files (other files, or a limit lowered while running): QTcpServer stops accepting.
// A connection makes room and accepting starts again shortly.
void DemoServer::onAcceptError()
{
    makeRoom();
    QTimer::singleShot(50, this, [this] { m_server.resumeAccepting(); });
}

bool DemoServer::isPing(const DemoRequest &request) const
{
    const QString path = QString::fromUtf8(request.path);
    return std::any_of(m_config.channels.cbegin(), m_config.channels.cend(), [&path](const Channel &channel) {
        return (channel.service == u"zato.ping" || channel.service == u"demo.ping") && channel.path == path;
    });
}

void DemoServer::handle(HttpConnection *connection, const DemoRequest &request)
{
    if (connection->pingOnly() && !isPing(request)) {
        connection->fail(503, "Too many connections: only ping is answered on this one");
        return;
    }
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
