#pragma once

#include "calltypes.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSaveFile>
#include <QSslError>
#include <QTimer>
#include <memory>

class QNetworkAccessManager;

namespace zd::json {
class ArrivingDocument;
}

namespace zd {

// One call, once: builds the request Zato's Python client of its kind would send, sends it through
// the given network manager, and owns what follows: the reply, the timeout, cancelling, and reading
// the response (in the thread pool for large bodies). A Call is never reused: every call is a new one.
class Call : public QObject
{
    Q_OBJECT

public:
    Call(ClientKind kind, CallSpec spec, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~Call() override;

    [[nodiscard]] ClientKind kind() const { return m_kind; }
    [[nodiscard]] const CallSpec &spec() const { return m_spec; }
    // Sends the call: sent() when the request is handed to the network, then finished() exactly
    // once. A call that cannot be built (nothing sent) gives finished() alone, with ErrorKind::Usage.
    // Both arrive through the event loop, never from inside start(). Does nothing the second time.
    void start();
    // Aborts the call; finished() reports ErrorKind::Cancelled.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_state == State::Running; }
    [[nodiscard]] bool isFinished() const { return m_state == State::Finished; }
    // Responses at least this large are read (parsed, decoded) in the thread pool.
    static constexpr qsizetype readOffThreadBytes = 256 * 1024;

Q_SIGNALS:
    void sent(const zd::HttpRequestData &request);
    void finished(const zd::InvokeResult &result);

private:
    void send();
    void onReplyFinished();
    void onTimeout();
    // Ends the call when the response is larger than the spec allows (announced or received).
    void checkSize();
    // With CallSpec::bodyFile: what has arrived goes to the file; false when the file cannot take it.
    bool drainToFile();
    // Without it: what has arrived is taken into m_body, a piece at a time as it comes.
    void takeArrived();
    // A large body (of announced length, its room taken, or of unknown length, -1): its Document is
    // built as it arrives.
    void startReading(qint64 announced);
    void finishSaved(const HttpResponseData &response, QNetworkReply::NetworkError error, double elapsedMs);
    void readOffThread(HttpResponseData response, double elapsedMs);
    void fail(ErrorKind kind, const QString &message);
    void finish(InvokeResult result);

    enum class State { New, Running, Finished };
    ClientKind m_kind;
    CallSpec m_spec;
    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    // Takes what has arrived of a large body every few milliseconds. Qt's network thread holds back
    // readyRead while more pieces are queued for this thread, so a body that comes fast is otherwise
    // announced once it has all come: copied then, not as it arrives, with every piece held meanwhile.
    QTimer m_arrival;
    QElapsedTimer m_clock;
    HttpRequestData m_request;
    QList<QSslError> m_sslErrors;
    std::unique_ptr<QSaveFile> m_sink; // CallSpec::bodyFile, written as the body arrives
    QByteArray m_body;                 // the body received so far, when it is not written to a file
    // The body's Document, built as a large body arrives in m_body: m_body's bytes never move while
    // it reads them.
    std::shared_ptr<json::ArrivingDocument> m_reading;
    State m_state = State::New;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_cancelled = false;
    bool m_takeQueued = false;
    double m_finishedAtMs = -1; // when the reply said it was finished
    // The most of a body taken from the reply in one turn of the event loop: a megabyte, copied in a few
    // milliseconds even where fresh memory is slow to come by.
    static constexpr qint64 TakeAtOnceBytes = 1024 * 1024;
    // From this size on, the network thread's pieces of a body are given back to the system once taken.
    static constexpr qint64 TrimFromBytes = 4 * 1024 * 1024;
    // Bodies from this size on (or of unknown size) are taken as they arrive (m_arrival).
    static constexpr qint64 TakeWhileArrivingBytes = 1024 * 1024;
};

} // namespace zd
