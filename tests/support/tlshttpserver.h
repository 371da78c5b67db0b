#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

namespace zd::test {

// HTTPS on a loopback port with the self-signed certificate of tests/data/tls, answering every
// request with a fixed JSON body. Optionally asks for a client certificate signed by clientCa.
class TlsHttpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit TlsHttpServer(QObject *parent = nullptr);
    quint16 start();
    void requireClientCertificate(const QSslCertificate &clientCa);
    [[nodiscard]] int answered() const { return m_answered; }

    static constexpr const char *body = R"({"name": "Victoria Murray"})";

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
    QList<QSslCertificate> m_clientCa;
    int m_answered = 0;
};

} // namespace zd::test
