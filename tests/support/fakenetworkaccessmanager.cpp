#include "fakenetworkaccessmanager.h"

#include <QTimer>

namespace zd::test {

FakeResponse FakeResponse::respond(int status, QByteArray body, QList<QPair<QByteArray, QByteArray>> headers)
{
    FakeResponse r;
    r.status = status;
    r.body = std::move(body);
    r.headers = std::move(headers);
    return r;
}

FakeResponse FakeResponse::fail(QNetworkReply::NetworkError error, QString text)
{
    FakeResponse r;
    r.mode = Mode::Fail;
    r.error = error;
    r.errorString = text.isEmpty() ? QStringLiteral("fake network error") : std::move(text);
    return r;
}

FakeResponse FakeResponse::hang()
{
    FakeResponse r;
    r.mode = Mode::Hang;
    return r;
}

FakeResponse FakeResponse::delayed(int delayMs, FakeResponse response)
{
    response.delayMs = delayMs;
    return response;
}

FakeReply::FakeReply(const QNetworkRequest &request, QNetworkAccessManager::Operation operation,
                     const FakeResponse &response, QObject *parent)
    : QNetworkReply(parent)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(operation);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    switch (response.mode) {
    case FakeResponse::Mode::Hang:
        return;
    case FakeResponse::Mode::Fail:
        setError(response.error, response.errorString);
        break;
    case FakeResponse::Mode::Respond:
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, response.status);
        setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, response.reason);
        for (const auto &[name, value] : response.headers)
            setRawHeader(name, value);
        m_body = response.body;
        if (response.status >= 400) {
            setError(response.status == 401   ? AuthenticationRequiredError
                     : response.status == 404 ? ContentNotFoundError
                     : response.status == 403 ? ContentAccessDenied
                     : response.status >= 500 ? InternalServerError
                                              : UnknownContentError,
                     QStringLiteral("HTTP error"));
        }
        break;
    }
    QTimer::singleShot(response.delayMs, Qt::PreciseTimer, this, &FakeReply::deliver);
}

void FakeReply::deliver()
{
    if (m_done)
        return;
    m_done = true;
    if (!m_body.isEmpty())
        Q_EMIT readyRead();
    if (error() != NoError)
        Q_EMIT errorOccurred(error());
    setFinished(true);
    Q_EMIT finished();
}

void FakeReply::abort()
{
    if (m_done)
        return;
    m_done = true;
    setError(OperationCanceledError, QStringLiteral("Operation canceled"));
    Q_EMIT errorOccurred(OperationCanceledError);
    setFinished(true);
    Q_EMIT finished();
}

qint64 FakeReply::bytesAvailable() const
{
    return m_body.size() - m_offset + QIODevice::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin(maxSize, m_body.size() - m_offset);
    if (n <= 0)
        return m_done ? -1 : 0;
    memcpy(data, m_body.constData() + m_offset, size_t(n));
    m_offset += n;
    return n;
}

QNetworkReply *FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                       QIODevice *outgoingData)
{
    m_requests.append({op, request, outgoingData ? outgoingData->readAll() : QByteArray()});
    return new FakeReply(request, op, m_next, this);
}

} // namespace zd::test
