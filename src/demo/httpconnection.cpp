#include "httpconnection.h"

#include <QTcpSocket>

namespace zd::demo {

HttpConnection::HttpConnection(QTcpSocket *socket, qint64 maxBodyBytes, Handler handler, QObject *parent)
    : QObject(parent), m_socket(socket), m_handler(std::move(handler)), m_parser(maxBodyBytes)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
}

void HttpConnection::onReadyRead()
{
    m_pending += m_socket->readAll();
    parsePending();
}

void HttpConnection::parsePending()
{
    while (!m_busy && m_socket) {
        DemoRequest request;
        switch (m_parser.feed(m_pending, request)) {
        case RequestParser::Status::NeedMore:
            return;
        case RequestParser::Status::TooLarge:
            fail(413, "Request body too large");
            return;
        case RequestParser::Status::Malformed:
            fail(400, "Bad Request");
            return;
        case RequestParser::Status::Ready:
            m_busy = true;
            m_handler(this, request);
            break;
        }
    }
}

void HttpConnection::respond(const DemoResponse &response, const DemoRequest &request)
{
    if (!m_socket)
        return;
    m_socket->write(serialize(response, request, request.keepAlive));
    m_busy = false;
    if (!request.keepAlive) {
        m_socket->disconnectFromHost();
        return;
    }
    parsePending();
}

void HttpConnection::fail(int status, const QByteArray &text)
{
    const QByteArray response =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
        "\r\nServer: Zato\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: " +
        QByteArray::number(text.size()) + "\r\n\r\n" + text;
    m_socket->write(response);
    m_socket->disconnectFromHost();
    m_pending.clear();
}

} // namespace zd::demo
