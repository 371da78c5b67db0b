#include "tlshttpserver.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslSocket>

namespace zd::test {

namespace {

QByteArray readData(const char *name)
{
    QFile file(QStringLiteral(ZD_TEST_DATA_DIR "/tls/") + QString::fromLatin1(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TlsHttpServer::TlsHttpServer(QObject *parent)
    : QTcpServer(parent), m_certificate(readData("server.crt"), QSsl::Pem),
      m_key(readData("server.key"), QSsl::Rsa, QSsl::Pem)
{}

quint16 TlsHttpServer::start()
{
    listen(QHostAddress::LocalHost, 0);
    return serverPort();
}

void TlsHttpServer::requireClientCertificate(const QSslCertificate &clientCa)
{
    m_clientCa = {clientCa};
}

void TlsHttpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(m_certificate);
    config.setPrivateKey(m_key);
    if (!m_clientCa.isEmpty()) {
        config.setCaCertificates(m_clientCa);
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    }
    socket->setSslConfiguration(config);
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QSslSocket::readyRead, this, [this, socket] {
        QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        qsizetype length = 0;
        const qsizetype at = buffer.toLower().indexOf("content-length:");
        if (at >= 0)
            length = buffer.mid(at + 15, buffer.indexOf('\r', at) - at - 15).trimmed().toLongLong();
        if (end < 0 || buffer.size() < end + 4 + length) {
            socket->setProperty("buffer", buffer);
            return;
        }
        socket->setProperty("buffer", buffer.mid(end + 4 + length));
        const QByteArray payload(body);
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(payload.size()) + "\r\n\r\n" + payload);
        ++m_answered;
    });
    socket->startServerEncryption();
}

} // namespace zd::test
