#include "call.h"

#include "oneshotbody.h"
#include "requestbuilder.h"
#include "responsereader.h"
#include "tlsconfig.h"
#include "transporterror.h"

#include "json/arrivingdocument.h"
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPromise>
#include <QThreadPool>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace zd {

namespace {

QNetworkRequest toNetworkRequest(const HttpRequestData &data, const std::optional<QSslConfiguration> &ssl)
{
    QNetworkRequest request(data.url);
    if (ssl)
        request.setSslConfiguration(*ssl);
    for (const HttpHeader &header : data.headers)
        request.setRawHeader(header.name, header.value);
    // Show redirects as they are, and speak HTTP/1.1 as Zato's Python clients do.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return request;
}

// The status and headers of reply and, with arrived, its body: what arrived before and the rest.
// inPlace: the body is being read where it is (Call::m_reading), so it is neither grown nor squeezed.
HttpResponseData responseOf(QNetworkReply *reply, QByteArray *arrived = nullptr, bool inPlace = false)
{
    HttpResponseData response;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    response.status = status.isValid() ? status.toInt() : 0;
    response.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        response.headers.append({name, value});
    if (arrived && reply->isOpen()) { // an aborted reply is closed and keeps nothing to read
        response.body = std::move(*arrived);
        if (!inPlace)
            response.body += reply->readAll(); // the last piece
        // A body of unknown length grew by doubling: the room it did not use is given back.
        if (!inPlace && response.body.capacity() - response.body.size() > response.body.size() / 16 + 4096)
            response.body.squeeze();
    }
    if (arrived)
        *arrived = QByteArray(); // what an aborted reply had sent is not kept either
    return response;
}

} // namespace

Call::Call(ClientKind kind, CallSpec spec, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_kind(kind), m_spec(std::move(spec)), m_network(network)
{
    qRegisterMetaType<zd::InvokeResult>();
    qRegisterMetaType<zd::HttpRequestData>();
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &Call::onTimeout);
    m_arrival.setInterval(2);
    connect(&m_arrival, &QTimer::timeout, this, &Call::checkSize);
}

Call::~Call()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void Call::start()
{
    if (m_state != State::New)
        return;
    m_state = State::Running;
    // Everything, the request's sending included, happens from the event loop: a caller that
    // connects after start() still hears every signal.
    QMetaObject::invokeMethod(this, &Call::send, Qt::QueuedConnection);
}

void Call::send()
{
    if (m_cancelled) {
        fail(ErrorKind::Cancelled, tr("Cancelled."));
        return;
    }
    BuildResult built = buildRequest(m_kind, m_spec);
    if (!built.ok()) {
        fail(ErrorKind::Usage, built.error);
        return;
    }
    // Plain HTTP never touches the TLS backend: loading it (OpenSSL, the system CA store) costs a
    // one-shot zato-invoke call about as much as the call itself.
    const bool https = built.request.url.scheme() == u"https";
    QString tlsError;
    const std::optional<QSslConfiguration> ssl =
        https ? sslConfiguration(m_spec.tls, &tlsError) : std::optional<QSslConfiguration>();
    if (https && !ssl) {
        fail(ErrorKind::Usage, tlsError);
        return;
    }

    if (!m_spec.bodyFile.isEmpty()) {
        m_sink = std::make_unique<QSaveFile>(m_spec.bodyFile);
        if (!m_sink->open(QIODevice::WriteOnly)) {
            fail(ErrorKind::Usage, tr("Cannot write the response to %1: %2. Choose another file; nothing "
                                      "was sent.")
                                       .arg(m_spec.bodyFile, m_sink->errorString()));
            return;
        }
    }
    m_request = std::move(built.request);
    QNetworkRequest request = toNetworkRequest(m_request, ssl);
    // Sent once: a body that cannot be rewound keeps Qt from sending the request again when the
    // connection closes before the answer. A request without a body gets an empty one, with
    // Content-Length: 0, as python-requests sends a POST without data. A GET too (requests sends no
    // Content-Length there): without a body Qt sends a GET again on a new connection, idempotent or not.
    auto *body = new OneShotBody(m_request.hasBody ? m_request.body : QByteArray(), this);
    request.setHeader(QNetworkRequest::ContentLengthHeader, body->bytesAvailable());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true); // no rewindable copy
    m_clock.start();
    m_reply = m_network->sendCustomRequest(request, m_request.method, body);
    if (m_sink) // the network thread waits while this much is unread: memory stays flat on any body
        m_reply->setReadBufferSize(4 * 1024 * 1024);
    connect(m_reply, &QNetworkReply::finished, this, &Call::onReplyFinished);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &Call::checkSize);
    connect(m_reply, &QNetworkReply::readyRead, this, &Call::checkSize);
    connect(m_reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    if (m_spec.timeout.count() > 0)
        m_deadline.start(m_spec.timeout);
    Q_EMIT sent(m_request);
}

void Call::cancel()
{
    if (m_state != State::Running)
        return;
    m_cancelled = true; // not yet sent: it never is; being read: the response is dropped
    if (m_reply)
        m_reply->abort();
}

void Call::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort();
}

void Call::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    if (m_finishedAtMs < 0) {
        m_finishedAtMs = double(m_clock.nsecsElapsed()) / 1e6;
        m_deadline.stop(); // all has arrived: what is left to take is no longer the server's time
    }
    if (!m_sink && !m_tooLarge && !m_cancelled && reply->isOpen() &&
        reply->bytesAvailable() > TakeAtOnceBytes) {
        // Much is still unread: taken a piece at a time, the event loop turning in between.
        checkSize();
        QMetaObject::invokeMethod(this, &Call::onReplyFinished, Qt::QueuedConnection);
        return;
    }
    // The last pieces go where the others went, for the Document being built over them.
    while (m_reading && !m_tooLarge && reply->isOpen() && reply->bytesAvailable() > 0)
        takeArrived();
    m_reply = nullptr;
    m_deadline.stop();
    m_arrival.stop();
    const double elapsedMs = m_finishedAtMs;
    reply->deleteLater();
#ifdef __GLIBC__
    // The network thread's pieces of a large body, freed as they were taken, are given back to the
    // system: its heap otherwise keeps them (tens of megabytes) for the life of the window.
    if (m_body.size() >= TrimFromBytes)
        malloc_trim(0);
#endif

    const QNetworkReply::NetworkError error = reply->error();
    if (m_sink) {
        HttpResponseData head = responseOf(reply);
        m_reply = reply; // read what is left into the file
        finishSaved(head, error, elapsedMs);
        m_reply = nullptr;
        return;
    }
    if (m_reading && (!reply->isOpen() || m_timedOut || m_cancelled || m_tooLarge))
        m_reading.reset(); // stopped while its bytes are there: an aborted reply's are let go below
    const HttpResponseData response = responseOf(reply, &m_body, m_reading != nullptr);
    // Any well-formed HTTP answer is a completed call, whatever its status: Qt reports a 4xx or 5xx
    // status as an error of its own, which is no failure here. Below 400 an error is a real one (a
    // body that does not decompress, malformed framing).
    const bool complete =
        !m_timedOut && !m_cancelled && !m_tooLarge &&
        (error == QNetworkReply::NoError || (response.status >= 400 && isHttpStatusError(error)));

    if (complete && response.body.size() >= readOffThreadBytes) {
        readOffThread(response, elapsedMs);
        return;
    }
    InvokeResult result;
    if (complete) {
        const std::shared_ptr<json::ArrivingDocument> reading = std::exchange(m_reading, nullptr);
        const std::optional<json::ParseResult> document =
            reading ? std::optional(reading->finish(response.body)) : std::nullopt;
        result = zd::readResponse(m_kind, response, document ? &*document : nullptr);
        result.response.complete = true;
    } else {
        m_reading.reset(); // stopped, before anything else is done with the bytes
        result.client = m_kind;
        result.response = response;
        if (m_tooLarge) {
            result.error =
                CallError{ErrorKind::Transport, TransportFailure::TooLarge,
                          tr("The response from %1 is larger than %2, the most a call holds, so the call "
                             "was stopped. Raise the limit if you expect an answer this large, or save the "
                             "body to a file.")
                              .arg(m_request.url.toDisplayString(QUrl::RemoveUserInfo),
                                   m_spec.maxBodyBytes >= 1048576
                                       ? tr("%1 MB").arg(double(m_spec.maxBodyBytes) / 1048576.0, 0, 'f', 1)
                                       : tr("%1 bytes").arg(m_spec.maxBodyBytes))};
        } else if (m_timedOut) {
            result.error = CallError{ErrorKind::Timeout, TransportFailure::None,
                                     tr("No complete response from %1 within %2 s. The server may "
                                        "be hanging or slow; try again or raise the timeout.")
                                         .arg(m_request.url.toDisplayString(QUrl::RemoveUserInfo))
                                         .arg(double(m_spec.timeout.count()) / 1000.0)};
        } else if (m_cancelled) {
            result.error = CallError{ErrorKind::Cancelled, TransportFailure::None, tr("Cancelled.")};
        } else {
            result.error = transportError(error, reply->errorString(), m_request.url);
            if (!m_sslErrors.isEmpty() && result.error.kind == ErrorKind::Transport) {
                result.error.transport = TransportFailure::Tls;
                result.error.message = tr("The server's certificate was refused: %1. Add its CA file "
                                          "to the connection settings, or switch verification off "
                                          "if you trust this server.")
                                           .arg(describeSslErrors(m_sslErrors));
            }
        }
    }
    result.request = m_request;
    result.elapsedMs = elapsedMs;
    finish(std::move(result));
}

void Call::readOffThread(HttpResponseData response, double elapsedMs)
{
    // Parsing tens of megabytes takes hundreds of milliseconds: done in the thread pool, so the
    // window's event loop keeps running. The watcher is a child: a destroyed call gets no answer.
    auto promise = std::make_shared<QPromise<InvokeResult>>();
    auto *watcher = new QFutureWatcher<InvokeResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, elapsedMs] {
        watcher->deleteLater();
        InvokeResult result = watcher->result();
        if (m_cancelled) { // cancelled while the response was being read: it is dropped
            const HttpResponseData response = std::move(result.response);
            result = InvokeResult();
            result.client = m_kind;
            result.response = response;
            result.error = CallError{ErrorKind::Cancelled, TransportFailure::None, tr("Cancelled.")};
        }
        result.request = m_request;
        result.elapsedMs = elapsedMs;
        finish(std::move(result));
    });
    watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, kind = m_kind, response = std::move(response),
                                          reading = std::exchange(m_reading, nullptr)] {
        promise->start();
        // The Document built as the body arrived is about done: taken when it is.
        const std::optional<json::ParseResult> document =
            reading ? std::optional(reading->finish(response.body)) : std::nullopt;
        InvokeResult result = zd::readResponse(kind, response, document ? &*document : nullptr);
        result.response.complete = true;
        promise->addResult(std::move(result));
        promise->finish();
    });
}

void Call::fail(ErrorKind kind, const QString &message)
{
    InvokeResult result;
    result.client = m_kind;
    result.error = CallError{kind, TransportFailure::None, message};
    finish(std::move(result));
}

void Call::finish(InvokeResult result)
{
    m_state = State::Finished;
    Q_EMIT finished(result);
}

} // namespace zd
