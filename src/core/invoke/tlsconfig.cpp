#include "tlsconfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>

namespace zd {

namespace {

struct TlsText
{
    Q_DECLARE_TR_FUNCTIONS(TlsSettings)
};

QString names(const QSslCertificate &certificate, bool issuer)
{
    const QStringList cn = issuer ? certificate.issuerInfo(QSslCertificate::CommonName)
                                  : certificate.subjectInfo(QSslCertificate::CommonName);
    const QStringList org = issuer ? certificate.issuerInfo(QSslCertificate::Organization)
                                   : certificate.subjectInfo(QSslCertificate::Organization);
    QString text = cn.isEmpty() ? QStringLiteral("?") : cn.join(u", ");
    if (!org.isEmpty())
        text += u" (" + org.join(u", ") + u')';
    return text;
}

bool loadClientIdentity(const TlsSettings &tls, QSslConfiguration &config, QString *error)
{
    const QString certFile = tls.clientCertificateFile;
    QFile file(certFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = TlsText::tr("Cannot read the client certificate %1: %2").arg(certFile, file.errorString());
        return false;
    }
    if (certFile.endsWith(u".p12", Qt::CaseInsensitive) || certFile.endsWith(u".pfx", Qt::CaseInsensitive)) {
        QSslKey key;
        QSslCertificate certificate;
        QList<QSslCertificate> chain;
        if (!QSslCertificate::importPkcs12(&file, &key, &certificate, &chain)) {
            *error = TlsText::tr("%1 is not a PKCS#12 file without a passphrase.").arg(certFile);
            return false;
        }
        config.setPrivateKey(key);
        config.setLocalCertificate(certificate);
        config.setLocalCertificateChain(QList<QSslCertificate>{certificate} + chain);
        return true;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        *error = TlsText::tr("%1 holds no PEM certificate.").arg(certFile);
        return false;
    }
    QFile keyFile(tls.clientKeyFile.isEmpty() ? certFile : tls.clientKeyFile);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error =
            TlsText::tr("Cannot read the client key %1: %2").arg(keyFile.fileName(), keyFile.errorString());
        return false;
    }
    const QByteArray keyPem = keyFile.readAll();
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        const QSslKey key(keyPem, algorithm, QSsl::Pem);
        if (!key.isNull()) {
            config.setPrivateKey(key);
            config.setLocalCertificateChain(certificates);
            return true;
        }
    }
    *error = TlsText::tr("%1 holds no unencrypted PEM private key.").arg(keyFile.fileName());
    return false;
}

} // namespace

std::optional<QSslConfiguration> sslConfiguration(const TlsSettings &tls, QString *error)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!tls.caFile.isEmpty()) {
        QFile file(tls.caFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = TlsText::tr("Cannot read the CA file %1: %2").arg(tls.caFile, file.errorString());
            return std::nullopt;
        }
        const QByteArray data = file.readAll();
        QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
        if (certificates.isEmpty())
            certificates = QSslCertificate::fromData(data, QSsl::Der);
        if (certificates.isEmpty()) {
            *error = TlsText::tr("The CA file %1 holds no certificate (PEM or DER).").arg(tls.caFile);
            return std::nullopt;
        }
        config.addCaCertificates(certificates);
    }
    if (!tls.clientCertificateFile.isEmpty() && !loadClientIdentity(tls, config, error))
        return std::nullopt;
    if (!tls.verify)
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
    return config;
}

std::optional<QSslCertificate> clientCertificate(const TlsSettings &tls, QString *error)
{
    if (tls.clientCertificateFile.isEmpty()) {
        *error = TlsText::tr("No client certificate is chosen: the front end's client certificate headers "
                             "are made from one. Choose it in Connection settings (or --client-cert).");
        return std::nullopt;
    }
    QSslConfiguration config;
    if (!loadClientIdentity(tls, config, error))
        return std::nullopt;
    return config.localCertificate();
}

std::optional<HttpHeaders> frontEndCertificateHeaders(const TlsSettings &tls, QString *error)
{
    const std::optional<QSslCertificate> certificate = clientCertificate(tls, error);
    if (!certificate)
        return std::nullopt;
    QByteArray dn;
    for (const QByteArray &attribute : certificate->subjectInfoAttributes()) {
        for (const QString &value : certificate->subjectInfo(attribute))
            dn += '/' + attribute + '=' + value.toUtf8();
    }
    return HttpHeaders{
        {QByteArrayLiteral("X-Zato-SSL-Client-Verify"), QByteArrayLiteral("SUCCESS")},
        {QByteArrayLiteral("X-Zato-SSL-Client-SHA256"),
         certificate->digest(QCryptographicHash::Sha256).toHex().toUpper()},
        {QByteArrayLiteral("X-Zato-SSL-Client-Subject-DN"), dn},
    };
}

QNetworkProxy networkProxy(const ProxySettings &proxy, const QUrl &url)
{
    switch (proxy.mode) {
    case ProxySettings::Mode::System: {
        const QHostAddress host(url.host());
        if (url.host() == u"localhost" || (!host.isNull() && host.isLoopback()))
            return QNetworkProxy(QNetworkProxy::NoProxy);
        return QNetworkProxy(QNetworkProxy::DefaultProxy);
    }
    case ProxySettings::Mode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case ProxySettings::Mode::Manual:
        return QNetworkProxy(QNetworkProxy::HttpProxy, proxy.host, proxy.port, proxy.user, proxy.password);
    }
    return QNetworkProxy(QNetworkProxy::DefaultProxy);
}

QString describeSslErrors(const QList<QSslError> &errors)
{
    QStringList lines;
    for (const QSslError &error : errors) {
        const QSslCertificate certificate = error.certificate();
        QString line = error.errorString();
        if (!certificate.isNull()) {
            line += u' ' + TlsText::tr("(certificate of %1, issued by %2, valid until %3)")
                               .arg(names(certificate, false), names(certificate, true),
                                    certificate.expiryDate().toUTC().toString(Qt::ISODate));
        }
        if (!lines.contains(line))
            lines << line;
    }
    return lines.join(u"; ");
}

} // namespace zd
