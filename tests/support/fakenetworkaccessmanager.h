#pragma once

#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>

namespace zd::test {

// What a FakeReply does: answer with a canned HTTP response, fail with a network error, or hang
// until aborted. A fake for unit tests only; wire behaviour is tested against real sockets.
struct FakeResponse
{
    enum class Mode { Respond, Fail, Hang };
    Mode mode = Mode::Respond;
    int status = 200;
    QByteArray reason = QByteArrayLiteral("OK");
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    int delayMs = 0; // the answer comes this long after the request

    static FakeResponse respond(int status, QByteArray body,
                                QList<QPair<QByteArray, QByteArray>> headers = {});
    static FakeResponse fail(QNetworkReply::NetworkError error, QString text = QString());
    static FakeResponse hang();
    // response, answered delayMs after the request.
    static FakeResponse delayed(int delayMs, FakeResponse response);
};

class FakeReply : public QNetworkReply
{
    Q_OBJECT
public:
    FakeReply(const QNetworkRequest &request, QNetworkAccessManager::Operation operation,
              const FakeResponse &response, QObject *parent);
    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void deliver();
    QByteArray m_body;
    qint64 m_offset = 0;
    bool m_done = false;
};

struct RecordedRequest
{
    QNetworkAccessManager::Operation operation;
    QNetworkRequest request;
    QByteArray body;
};

class FakeNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT
public:
    using QNetworkAccessManager::QNetworkAccessManager;

    void setNextResponse(const FakeResponse &response) { m_next = response; }
    [[nodiscard]] const QList<RecordedRequest> &requests() const { return m_requests; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    FakeResponse m_next;
    QList<RecordedRequest> m_requests;
};

} // namespace zd::test
