#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <functional>

namespace zd::test {

// A tiny HTTP/1.1 server on a real loopback socket that writes exactly the bytes a test scripts:
// well-formed replies, chunked or gzip bodies, stalls, truncated bodies and resets. It records
// every request exactly as it arrived.
class RawHttpServer : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray target;
        QList<QPair<QByteArray, QByteArray>> headers; // in the order received
        QByteArray body;
        QByteArray raw; // request line, headers and body, byte for byte
        int connection = 0;
        [[nodiscard]] QByteArray header(QByteArrayView name) const;
    };

    struct Reply
    {
        QList<QByteArray> parts; // written in order
        int delayMs = 0;         // pause before each part after the first
        bool close = false;      // close the connection after the last part
        bool hang = false;       // never answer
    };
    using Handler = std::function<Reply(const Request &)>;

    explicit RawHttpServer(QObject *parent = nullptr);
    ~RawHttpServer() override;
    quint16 listen(); // on 127.0.0.1, an ephemeral port
    [[nodiscard]] QString address() const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    [[nodiscard]] const QList<Request> &requests() const { return m_requests; }
    [[nodiscard]] int connectionCount() const { return m_connections; }

    // A complete response with Content-Length (or chunked in chunkSize pieces when chunkSize > 0).
    static QByteArray response(int status, const QByteArray &reason,
                               const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                               int chunkSize = 0);
    static Reply reply(int status, const QByteArray &body,
                       const QList<QPair<QByteArray, QByteArray>> &headers = {});

private:
    void onNewConnection();
    void serve(QTcpSocket *socket, int connection);
    void write(QTcpSocket *socket, const Reply &reply, int part);

    QTcpServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_connections = 0;
};

} // namespace zd::test
