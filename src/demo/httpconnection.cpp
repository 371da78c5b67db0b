#include "httpconnection.h"

#include <QTcpSocket>

namespace zd::demo {

namespace {

// What is read from the socket at a time; Qt stops reading from the kernel beyond it.
constexpr qint64 readBufferBytes = 64 * 1024;

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const Limits &limits, qint64 maxBodyBytes,
                               BodyBudget *budget, Handler handler, QObject *parent)
    : QObject(parent), m_socket(socket), m_handler(std::move(handler)), m_parser(maxBodyBytes),
      m_limits(limits), m_budget(budget)
{
    socket->setParent(this);
    socket->setReadBufferSize(readBufferBytes);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        m_timer.stop();
        deleteLater();
    });
    wait(Wait::Header); // a new connection that says nothing is a header that never comes
    if (socket->bytesAvailable() > 0)
        onReadyRead();
}

HttpConnection::~HttpConnection()
{
    releaseBody();
}

qint64 HttpConnection::bytesQueued() const
{
    return m_socket ? m_socket->bytesToWrite() : 0;
}

void HttpConnection::onReadyRead()
{
    if (m_busy || !m_socket)
        return; // backpressure: the next request waits in the socket until the answer is written
    parsePending();
}

bool HttpConnection::readMore()
{
    if (!m_socket || m_socket->bytesAvailable() <= 0)
        return false;
    m_pending += m_socket->read(readBufferBytes);
    return true;
}

void HttpConnection::parsePending()
{
    while (!m_busy && m_socket) {
        const bool progress = readMore();
        DemoRequest request;
        switch (m_parser.feed(m_pending, request)) {
        case RequestParser::Status::NeedMore:
            if (!claimBody())
                return;
            if (m_parser.phase() == RequestParser::Phase::Body)
                wait(Wait::Body, progress);
            else if (m_parser.phase() == RequestParser::Phase::Header || !m_pending.isEmpty())
                wait(Wait::Header);
            if (m_socket && m_socket->bytesAvailable() > 0)
                continue;
            return;
        case RequestParser::Status::Header:
            if (!claimBody())
                return;
            wait(Wait::Body, true);
            continue;
        case RequestParser::Status::TooLarge:
            fail(413, "Request body too large");
            return;
        case RequestParser::Status::Malformed:
            fail(400, "Bad Request");
            return;
        case RequestParser::Status::UnsupportedEncoding:
            fail(501, "Transfer-Encoding not implemented");
            return;
        case RequestParser::Status::Ready:
            releaseBody();
            m_busy = true;
            wait(Wait::None);
            request.peer = m_socket->peerAddress().toString();
            m_handler(this, request);
            break;
        }
    }
}

bool HttpConnection::claimBody()
{
    const qint64 claim = m_parser.bodyBytesClaimed();
    if (claim <= m_claimed)
        return true;
    if (!m_budget->claim(claim - m_claimed)) {
        fail(503, "Too many request bodies in flight");
        return false;
    }
    m_claimed = claim;
    return true;
}

void HttpConnection::releaseBody()
{
    m_budget->release(m_claimed);
    m_claimed = 0;
}

void HttpConnection::respond(const DemoResponse &response, const DemoRequest &request)
{
    if (!m_socket)
        return;
    const bool keepAlive = request.keepAlive && !m_closeAfter;
    m_closeAfter = !keepAlive;
    if (response.stream && request.method != "HEAD") {
        m_socket->write(serializeHead(response, request, keepAlive));
        m_stream = response.stream;
        m_answering = request;
        m_answering.body.clear();
        writeStream();
    } else {
        m_socket->write(serialize(response, request, keepAlive));
    }
    if (m_socket->bytesToWrite() > 0)
        wait(Wait::Send, true);
    else if (!m_stream)
        finishAnswer();
}

void HttpConnection::writeStream()
{
    const qint64 piece = std::max<qint64>(std::min<qint64>(m_limits.sendBufferBytes / 2, 256 * 1024), 1024);
    while (m_stream && m_socket && m_socket->bytesToWrite() < m_limits.sendBufferBytes) {
        const QByteArray bytes = m_stream->next(piece);
        if (bytes.isEmpty())
            m_stream.reset();
        if (const QByteArray framed = framePiece(bytes, m_answering); !framed.isEmpty())
            m_socket->write(framed);
    }
}

void HttpConnection::onBytesWritten()
{
    if (!m_socket)
        return;
    if (m_waiting == Wait::Send)
        wait(Wait::Send, true); // the client reads: its time starts again
    if (m_stream)
        writeStream();
    if (!m_stream && m_socket->bytesToWrite() == 0 && m_busy && m_waiting == Wait::Send)
        finishAnswer();
}

void HttpConnection::finishAnswer()
{
    wait(Wait::None);
    if (m_closeAfter) {
        m_socket->disconnectFromHost();
        return;
    }
    m_busy = false;
    m_answered = true;
    wait(Wait::Idle);
    parsePending();
}

void HttpConnection::fail(int status, const QByteArray &text)
{
    if (!m_socket)
        return;
    releaseBody();
    m_stream.reset();
    m_busy = true;
    m_closeAfter = true;
    m_pending.clear();
    const QByteArray response =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
        "\r\nServer: Zato\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: " +
        QByteArray::number(text.size()) + "\r\n\r\n" + text;
    m_socket->write(response);
    wait(Wait::Send, true); // a client that does not take even this is dropped
    m_socket->disconnectFromHost();
}

void HttpConnection::abort()
{
    m_timer.stop();
    m_stream.reset();
    if (m_socket)
        m_socket->abort(); // emits disconnected: the connection goes
    deleteLater();
}

void HttpConnection::wait(Wait what, bool restart)
{
    if (what == m_waiting && !restart)
        return;
    m_waiting = what;
    int timeout = 0;
    switch (what) {
    case Wait::None:
        m_timer.stop();
        return;
    case Wait::Header:
        timeout = m_limits.headerTimeoutMs;
        break;
    case Wait::Body:
        timeout = m_limits.bodyTimeoutMs;
        break;
    case Wait::Idle:
    case Wait::Send:
        timeout = m_limits.idleTimeoutMs;
        break;
    }
    if (timeout > 0)
        m_timer.start(timeout);
    else
        m_timer.stop();
}

void HttpConnection::onTimeout()
{
    const bool partHeader = m_waiting == Wait::Header &&
                            (m_parser.phase() != RequestParser::Phase::Start || !m_pending.isEmpty());
    if ((m_waiting == Wait::Body || partHeader) && !m_busy) {
        fail(408, "Request timed out");
        return;
    }
    abort(); // silent, idle, or not reading what it asked for
}

} // namespace zd::demo
