#include "httpconnection.h"

#include <QTcpSocket>
#include <boost/asio/buffer.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>

namespace http = boost::beast::http;

namespace zd::demo {

struct HttpConnection::Parser
{
    http::request_parser<http::string_body> parser;
};

HttpConnection::HttpConnection(QTcpSocket *socket, qint64 maxBodyBytes, Handler handler, QObject *parent)
    : QObject(parent), m_socket(socket), m_maxBodyBytes(maxBodyBytes), m_handler(std::move(handler))
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::onReadyRead()
{
    m_pending += m_socket->readAll();
    parsePending();
}

void HttpConnection::parsePending()
{
    while (!m_busy && m_socket && !m_pending.isEmpty()) {
        if (!m_parser) {
            m_parser = std::make_unique<Parser>();
            m_parser->parser.body_limit(std::uint64_t(m_maxBodyBytes));
            m_parser->parser.eager(true);
        }
        boost::beast::error_code ec;
        const std::size_t used =
            m_parser->parser.put(boost::asio::buffer(m_pending.constData(), size_t(m_pending.size())), ec);
        m_pending.remove(0, qsizetype(used));
        if (ec == http::error::need_more) {
            if (used == 0)
                return;
            continue;
        }
        if (ec == http::error::body_limit) {
            fail(413, "Request body too large");
            return;
        }
        if (ec) {
            fail(400, "Bad Request");
            return;
        }
        if (!m_parser->parser.is_done())
            continue;

        const http::request<http::string_body> &message = m_parser->parser.get();
        DemoRequest request;
        request.method =
            QByteArray(message.method_string().data(), qsizetype(message.method_string().size()));
        request.target = QByteArray(message.target().data(), qsizetype(message.target().size()));
        const qsizetype query = request.target.indexOf('?');
        request.path = query < 0 ? request.target : request.target.left(query);
        for (const auto &field : message) {
            request.headers.append(
                {QByteArray(field.name_string().data(), qsizetype(field.name_string().size())),
                 QByteArray(field.value().data(), qsizetype(field.value().size()))});
        }
        request.body = QByteArray(message.body().data(), qsizetype(message.body().size()));
        request.version = int(message.version());
        request.keepAlive = message.keep_alive();
        m_parser.reset();
        m_busy = true;
        m_handler(this, request);
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
    m_parser.reset();
}

} // namespace zd::demo
