#pragma once

#include "httpmessage.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class QTcpSocket;

namespace zd::demo {

// One client connection: Boost.Beast parses the requests, one at a time, and the handler answers
// each through respond(). Malformed HTTP gets 400 and the connection is closed.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(HttpConnection *, const DemoRequest &)>;

    HttpConnection(QTcpSocket *socket, qint64 maxBodyBytes, Handler handler, QObject *parent);
    ~HttpConnection() override;

    // Answers the request being handled; the next pipelined request is then parsed.
    void respond(const DemoResponse &response, const DemoRequest &request);

private:
    void onReadyRead();
    void parsePending();
    void fail(int status, const QByteArray &text);

    struct Parser;
    QPointer<QTcpSocket> m_socket;
    qint64 m_maxBodyBytes;
    Handler m_handler;
    std::unique_ptr<Parser> m_parser;
    QByteArray m_pending;
    bool m_busy = false;
};

} // namespace zd::demo
