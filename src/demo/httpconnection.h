#pragma once

#include "httpmessage.h"
#include "requestparser.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <functional>

class QTcpSocket;

namespace zd::demo {

// One client connection: the requests are parsed (RequestParser) and answered one at a time through
// respond(). Malformed HTTP gets 400 and the connection is closed.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(HttpConnection *, const DemoRequest &)>;

    HttpConnection(QTcpSocket *socket, qint64 maxBodyBytes, Handler handler, QObject *parent);

    // Answers the request being handled; the next pipelined request is then parsed.
    void respond(const DemoResponse &response, const DemoRequest &request);

private:
    void onReadyRead();
    void parsePending();
    void fail(int status, const QByteArray &text);

    QPointer<QTcpSocket> m_socket;
    Handler m_handler;
    RequestParser m_parser;
    QByteArray m_pending;
    bool m_busy = false;
};

} // namespace zd::demo
