#pragma once
// Raw loopback clients for the demo server's limit tests: bytes in, bytes out, and whether the
// server closed the connection.
#include <QTcpSocket>
#include <QTest>

namespace demoraw {

inline const QByteArray djangoAuth = "Authorization: Basic ZGphbmdvOm15LXBhc3N3b3Jk\r\n";

inline QByteArray post(const QByteArray &path, const QByteArray &body, const QByteArray &headers = djangoAuth)
{
    return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\n" + headers +
           "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

inline const QByteArray ping = "GET /zato/ping HTTP/1.1\r\nHost: localhost\r\n\r\n";

// Reads until the server closes the connection (or timeoutMs passes); returns what came.
inline QByteArray untilClosed(QTcpSocket &socket, int timeoutMs = 10000)
{
    QByteArray reply;
    const bool closed = QTest::qWaitFor(
        [&] {
            reply += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    Q_UNUSED(closed); // the caller looks at what came, and at the socket's state
    return reply + socket.readAll();
}

// Reads until a whole chunked answer (or one that closes) has come.
inline QByteArray oneAnswer(QTcpSocket &socket, int timeoutMs = 10000)
{
    QByteArray reply;
    const bool answered = QTest::qWaitFor(
        [&] {
            reply += socket.readAll();
            return reply.endsWith("\r\n0\r\n\r\n") || socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    Q_UNUSED(answered); // the caller looks at what came
    return reply;
}

inline bool connectTo(QTcpSocket &socket, quint16 port)
{
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(5000);
}

} // namespace demoraw
