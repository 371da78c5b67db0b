#include "rawhttpserver.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace zd::test {

QByteArray RawHttpServer::Request::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

RawHttpServer::RawHttpServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &RawHttpServer::onNewConnection);
    m_handler = [](const Request &) { return reply(200, QByteArrayLiteral("{}")); };
}

RawHttpServer::~RawHttpServer()
{
    // The sockets die with m_server; they must not call back into a half-destroyed server.
    for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>())
        socket->disconnect(this);
}

quint16 RawHttpServer::listen()
{
    if (!m_server.isListening())
        m_server.listen(QHostAddress::LocalHost, 0);
    return m_server.serverPort();
}

QString RawHttpServer::address() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
}

QByteArray RawHttpServer::response(int status, const QByteArray &reason,
                                   const QList<QPair<QByteArray, QByteArray>> &headers,
                                   const QByteArray &body, int chunkSize)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    if (chunkSize > 0) {
        out += "Transfer-Encoding: chunked\r\n\r\n";
        for (qsizetype i = 0; i < body.size(); i += chunkSize) {
            const QByteArray piece = body.mid(i, chunkSize);
            out += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
        }
        out += "0\r\n\r\n";
    } else {
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }
    return out;
}

RawHttpServer::Reply RawHttpServer::reply(int status, const QByteArray &body,
                                          const QList<QPair<QByteArray, QByteArray>> &headers)
{
    static const QHash<int, QByteArray> reasons = {
        {200, "OK"},        {401, "Unauthorized"},       {403, "Forbidden"},
        {404, "Not Found"}, {405, "Method Not Allowed"}, {500, "Internal Server Error"}};
    return Reply{{response(status, reasons.value(status, "Status"), headers, body)}, 0, false, false};
}

void RawHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        const int connection = ++m_connections;
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, this,
                [this, socket, connection] { serve(socket, connection); });
    }
}

void RawHttpServer::serve(QTcpSocket *socket, int connection)
{
    QByteArray buffer = m_buffers.take(socket) + socket->readAll();
    const QPointer<QTcpSocket> guard(socket);
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            break;
        Request request;
        request.connection = connection;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        qsizetype contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                contentLength = value.toLongLong();
        }
        const qsizetype total = headerEnd + 4 + contentLength;
        if (buffer.size() < total)
            break;
        request.body = buffer.mid(headerEnd + 4, contentLength);
        request.raw = buffer.left(total);
        buffer.remove(0, total);
        m_requests.append(request);
        const Reply reply = m_handler(request);
        if (!reply.hang)
            write(socket, reply, 0);
        if (!guard || socket->state() != QAbstractSocket::ConnectedState)
            return;
    }
    m_buffers.insert(socket, buffer);
}

void RawHttpServer::write(QTcpSocket *socket, const Reply &reply, int part)
{
    if (part >= reply.parts.size()) {
        if (reply.close) {
            socket->flush();
            socket->abort();
        }
        return;
    }
    socket->write(reply.parts.at(part));
    socket->flush();
    if (reply.delayMs > 0 || (reply.close && part + 1 == reply.parts.size())) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(reply.delayMs, this, [this, guard, reply, part] {
            if (guard)
                write(guard, reply, part + 1);
        });
    } else {
        write(socket, reply, part + 1);
    }
}

} // namespace zd::test
