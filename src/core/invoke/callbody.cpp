// The body of a call's response as it arrives: held to the spec's limit and taken into memory a piece
// at a time, or written to the spec's file.
#include "call.h"
#include "memory/largepages.h"
#include "transporterror.h"

#include "json/arrivingdocument.h"
#include <QLocale>
#include <QNetworkReply>

namespace zd {

void Call::checkSize()
{
    if (!m_reply || m_tooLarge)
        return;
    if (m_sink) { // no limit: the body goes to the file as it comes
        if (!drainToFile())
            m_reply->abort();
        return;
    }
    const QVariant announced = m_reply->header(QNetworkRequest::ContentLengthHeader);
    const bool encoded = m_reply->hasRawHeader("Content-Encoding"); // its length says nothing decoded
    if (!m_arrival.isActive() && m_finishedAtMs < 0 &&
        (!announced.isValid() || announced.toLongLong() >= TakeWhileArrivingBytes))
        m_arrival.start();
    if ((!encoded && announced.isValid() && announced.toLongLong() > m_spec.maxBodyBytes) ||
        m_body.size() + m_reply->bytesAvailable() > m_spec.maxBodyBytes) {
        m_tooLarge = true;
        m_reading.reset(); // before its bytes go
        m_body = QByteArray();
        m_reply->abort();
        return;
    }
    // An announced length is the room taken at once, up to 64 MB (a server may announce more than
    // it sends); beyond that the room doubles as the body comes.
    if (constexpr qint64 mostAtOnce = 64 * 1024 * 1024;
        !encoded && announced.isValid() && m_body.capacity() < qMin(announced.toLongLong(), mostAtOnce))
        reserveOnLargePages(m_body, qsizetype(qMin(announced.toLongLong(), mostAtOnce)));
    if (!m_reading)
        startReading(!encoded && announced.isValid() ? announced.toLongLong() : -1);
    takeArrived();
}

void Call::startReading(qint64 announced)
{
    if (announced >= 0) { // its room is taken already, unless it is over 64 MB
        if (announced >= TakeWhileArrivingBytes && m_body.isEmpty() && m_body.capacity() >= announced)
            m_reading = std::make_shared<json::ArrivingDocument>(m_body.constData(), qsizetype(announced));
        return;
    }
    // A body of unknown length, once it is large: room up to the limit or 64 MB is taken now (only
    // what is written of it is memory), so that the bytes stay where they are as more comes.
    constexpr qint64 mostRoom = 64 * 1024 * 1024;
    const qint64 room = qMin(m_spec.maxBodyBytes, mostRoom);
    if (m_body.size() + m_reply->bytesAvailable() < TakeWhileArrivingBytes || room <= m_body.size())
        return;
    reserveOnLargePages(m_body, qsizetype(room));
    m_reading = std::make_shared<json::ArrivingDocument>(m_body.constData(), 0);
    m_reading->arrived(m_body.size());
}

void Call::takeArrived()
{
    // Taken as it comes, at most a piece at a time, so the body is never copied whole on this thread
    // at once: when more has arrived than a piece, the rest is taken on a later turn of the loop.
    const qint64 available = qMin(m_reply->bytesAvailable(), TakeAtOnceBytes);
    if (available <= 0)
        return;
    if (m_reply->bytesAvailable() > available && !m_takeQueued) {
        m_takeQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_takeQueued = false;
                checkSize();
            },
            Qt::QueuedConnection);
    }
    const qsizetype have = m_body.size();
    if (have + available > m_body.capacity()) {
        m_reading.reset(); // more than announced: the bytes move, and are read once all have come
        reserveOnLargePages(m_body, qMax(have + qsizetype(available), 2 * m_body.capacity()));
    }
    m_body.resize(have + qsizetype(available));
    const qint64 read = m_reply->read(m_body.data() + have, available);
    m_body.resize(have + qsizetype(qMax<qint64>(0, read)));
    if (m_reading)
        m_reading->arrived(m_body.size());
}

bool Call::drainToFile()
{
    while (m_reply && m_reply->bytesAvailable() > 0) {
        const QByteArray piece = m_reply->read(1024 * 1024);
        if (m_sink->write(piece) != piece.size())
            return false;
    }
    return m_sink->error() == QFileDevice::NoError;
}

// The body went to a file: the status, the headers and where the bytes are; nothing is parsed.
void Call::finishSaved(const HttpResponseData &response, QNetworkReply::NetworkError error, double elapsedMs)
{
    InvokeResult result;
    result.client = m_kind;
    result.response = response;
    const bool written = drainToFile();
    const bool complete =
        written && !m_timedOut && !m_cancelled &&
        (error == QNetworkReply::NoError || (response.status >= 400 && isHttpStatusError(error)));
    const qint64 bytes = m_sink->size();
    if (complete && m_sink->commit()) {
        result.response.complete = true;
        result.response.bodyFile = m_spec.bodyFile;
        result.response.bodyFileBytes = bytes;
        result.ok = response.status >= 200 && response.status < 300;
        if (const auto cid = headerValue(response.headers, "X-Zato-CID"))
            result.cid = QString::fromLatin1(*cid);
        result.details = json::Value::fromString(tr("The body, %1 bytes, was saved to %2 and not read.")
                                                     .arg(QLocale().toString(bytes), m_spec.bodyFile));
    } else {
        m_sink->cancelWriting(); // no partial file, and no earlier file replaced
        if (!written)
            result.error = CallError{ErrorKind::Transport, TransportFailure::Other,
                                     tr("Writing the response to %1 failed: %2. Nothing was saved; free some "
                                        "space or choose another file.")
                                         .arg(m_spec.bodyFile, m_sink->errorString())};
        else if (m_cancelled)
            result.error = CallError{ErrorKind::Cancelled, TransportFailure::None, tr("Cancelled.")};
        else if (m_timedOut)
            result.error = CallError{ErrorKind::Timeout, TransportFailure::None,
                                     tr("No complete response from %1 within %2 s. Nothing was saved.")
                                         .arg(m_request.url.toDisplayString(QUrl::RemoveUserInfo))
                                         .arg(double(m_spec.timeout.count()) / 1000.0)};
        else
            result.error = CallError{
                ErrorKind::Transport, TransportFailure::Other,
                m_sink->error() != QFileDevice::NoError
                    ? tr("The response could not be saved to %1: %2.")
                          .arg(m_spec.bodyFile, m_sink->errorString())
                    : transportError(error, m_reply ? m_reply->errorString() : QString(), m_request.url)
                          .message};
    }
    m_sink.reset();
    result.request = m_request;
    result.elapsedMs = elapsedMs;
    finish(std::move(result));
}

} // namespace zd
