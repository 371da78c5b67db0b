#pragma once

#include "bodybudget.h"
#include "democonfig.h"
#include "httpmessage.h"
#include "requestparser.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

class QTcpSocket;

namespace zd::demo {

// One client connection: the requests are parsed (RequestParser) and answered one at a time through
// respond(). Malformed HTTP gets 400 and the connection is closed.
//
// What a client can hold is bounded: nothing more is read while an answer is being written (the
// socket's read buffer is small, so a client pipelining requests it never reads waits in the
// kernel); a streamed answer is made only as fast as the client reads it; bodies claim memory from
// the server's BodyBudget; and every wait has a timeout from Limits (header, body, idle, and a
// client that stops reading its answer).
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(HttpConnection *, const DemoRequest &)>;

    HttpConnection(QTcpSocket *socket, const Limits &limits, qint64 maxBodyBytes, BodyBudget *budget,
                   Handler handler, QObject *parent);
    ~HttpConnection() override;

    // Answers the request being handled; the next pipelined request is parsed once it is written.
    void respond(const DemoResponse &response, const DemoRequest &request);
    // Answers with a short text and closes, as for a malformed request.
    void fail(int status, const QByteArray &text);
    // Closes at once (the server makes room for another connection).
    void abort();

    // A request is being handled or answered: the connection is not idle.
    [[nodiscard]] bool isBusy() const { return m_busy; }
    // Accepted into the server's reserve: only /zato/ping is answered here.
    [[nodiscard]] bool pingOnly() const { return m_pingOnly; }
    void setPingOnly(bool pingOnly) { m_pingOnly = pingOnly; }
    // Bytes of answers queued in this process and not yet taken by the kernel.
    [[nodiscard]] qint64 bytesQueued() const;

private:
    enum class Wait { None, Header, Body, Idle, Send };

    void onReadyRead();
    void onBytesWritten();
    void onTimeout();
    void parsePending();
    bool readMore();
    void writeStream();
    void finishAnswer();
    void wait(Wait what, bool restart = false);
    bool claimBody();
    void releaseBody();

    QPointer<QTcpSocket> m_socket;
    Handler m_handler;
    RequestParser m_parser;
    Limits m_limits;
    BodyBudget *m_budget;
    QByteArray m_pending;
    QTimer m_timer;
    Wait m_waiting = Wait::None;
    std::shared_ptr<BodySource> m_stream;
    DemoRequest m_answering; // the request m_stream answers (its version and method)
    qint64 m_claimed = 0;
    bool m_busy = false;
    bool m_answered = false;   // one answer done: an empty wait is the idle keep-alive one
    bool m_closeAfter = false; // close once the answer is written
    bool m_pingOnly = false;
};

} // namespace zd::demo
