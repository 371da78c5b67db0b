#pragma once

#include <QByteArray>
#include <QIODevice>

namespace zd {

// A request body that can be read once and never rewound. QNetworkAccessManager sends a request again,
// on its own, when a connection closes before the answer; to do so it rewinds the body. With this body
// it cannot: the reply ends with QNetworkReply::ContentReSendError instead, and the request has gone
// to the server exactly once, as Zato's Python clients send it. Give the request its Content-Length
// and QNetworkRequest::DoNotBufferUploadDataAttribute (Qt would otherwise read the whole body into a
// buffer of its own, which it can rewind).
class OneShotBody : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotBody(QByteArray bytes, QObject *parent = nullptr);

    [[nodiscard]] bool isSequential() const override { return true; }
    [[nodiscard]] qint64 bytesAvailable() const override;
    bool reset() override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_position = 0;
};

} // namespace zd
