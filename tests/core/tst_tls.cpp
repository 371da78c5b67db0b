// HTTPS against a loopback server with a self-signed certificate: refused by default with the
// certificate's details, accepted with its CA file, accepted with verification switched off; and
// client certificates in PEM and PKCS#12.
#include "callonce.h"
#include "demoserver.h"
#include "invoke/requestbuilder.h"
#include "invoke/tlsconfig.h"
#include "rawhttpserver.h"
#include "samplespec.h"
#include "tlshttpserver.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace zd;
using zd::test::TlsHttpServer;

namespace {

const QString tlsDir = QStringLiteral(ZD_TEST_DATA_DIR "/tls/");

CallSpec httpsSpec(quint16 port)
{
    CallSpec spec = zd::test::djangoSampleSpec(QStringLiteral("https://127.0.0.1:%1").arg(port));
    spec.path = QStringLiteral("/clients/django/json-client");
    spec.proxy.mode = ProxySettings::Mode::None;
    spec.timeout = std::chrono::milliseconds(15000);
    return spec;
}

InvokeResult call(const CallSpec &spec)
{
    QNetworkAccessManager network;
    return zd::test::callOnce(ClientKind::Json, spec, &network);
}

} // namespace

class tst_Tls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedByDefaultWithCertificateDetails();
    void acceptedWithTheCaFile();
    void acceptedWithoutVerification();
    void unreadableCaFileIsAUsageError();
    void clientCertificatePem();
    void clientCertificatePkcs12();
    void clientCertificateOnTheWire();
    void proxyModes();
    void frontEndHeaders_data();
    void frontEndHeaders();
    void frontEndHeadersOnTheWire();
    void frontEndHeadersNeedACertificate();
    void frontEndHeadersLetInToTheDemoServer();
};

void tst_Tls::refusedByDefaultWithCertificateDetails()
{
    TlsHttpServer server;
    const InvokeResult result = call(httpsSpec(server.start()));
    QCOMPARE(result.error.kind, ErrorKind::Transport);
    QCOMPARE(result.error.transport, TransportFailure::Tls);
    QVERIFY2(result.error.message.contains(u"certificate of 127.0.0.1 (Zato Desk tests)"),
             qPrintable(result.error.message));
    QVERIFY(result.error.message.contains(u"issued by 127.0.0.1"));
    QVERIFY(result.error.message.contains(u"valid until 21"));
    QCOMPARE(server.answered(), 0);
}

void tst_Tls::acceptedWithTheCaFile()
{
    TlsHttpServer server;
    CallSpec spec = httpsSpec(server.start());
    spec.tls.caFile = tlsDir + u"server.crt";
    const InvokeResult result = call(spec);
    QCOMPARE(result.error.kind, ErrorKind::None);
    QVERIFY(result.ok);
    QCOMPARE(result.data.find(u"name")->toString(), QStringLiteral("Victoria Murray"));
}

void tst_Tls::acceptedWithoutVerification()
{
    TlsHttpServer server;
    CallSpec spec = httpsSpec(server.start());
    spec.tls.verify = false;
    const InvokeResult result = call(spec);
    QCOMPARE(result.error.kind, ErrorKind::None);
    QVERIFY(result.ok);
}

void tst_Tls::unreadableCaFileIsAUsageError()
{
    TlsHttpServer server;
    CallSpec spec = httpsSpec(server.start());
    spec.tls.caFile = QStringLiteral("/nonexistent/ca.pem");
    const InvokeResult result = call(spec);
    QCOMPARE(result.error.kind, ErrorKind::Usage);
    QVERIFY(result.error.message.contains(u"/nonexistent/ca.pem"));
    QCOMPARE(server.answered(), 0);
}

void tst_Tls::clientCertificatePem()
{
    TlsSettings tls;
    tls.clientCertificateFile = tlsDir + u"client.crt";
    tls.clientKeyFile = tlsDir + u"client.key";
    QString error;
    const std::optional<QSslConfiguration> config = sslConfiguration(tls, &error);
    QVERIFY2(config, qPrintable(error));
    QVERIFY(!config->privateKey().isNull());
    QCOMPARE(config->localCertificate().subjectInfo(QSslCertificate::CommonName),
             QStringList{QStringLiteral("zato-desk test client")});

    tls.clientKeyFile = tlsDir + u"server.crt"; // not a key
    QVERIFY(!sslConfiguration(tls, &error));
    QVERIFY(error.contains(u"no unencrypted PEM private key"));
}

void tst_Tls::clientCertificatePkcs12()
{
    TlsSettings tls;
    tls.clientCertificateFile = tlsDir + u"client.p12";
    QString error;
    const std::optional<QSslConfiguration> config = sslConfiguration(tls, &error);
    QVERIFY2(config, qPrintable(error));
    QVERIFY(!config->privateKey().isNull());
}

void tst_Tls::clientCertificateOnTheWire()
{
    QFile ca(tlsDir + u"client.crt");
    QVERIFY(ca.open(QIODevice::ReadOnly));
    TlsHttpServer server;
    server.requireClientCertificate(QSslCertificate(ca.readAll(), QSsl::Pem));
    CallSpec spec = httpsSpec(server.start());
    spec.tls.caFile = tlsDir + u"server.crt";
    QVERIFY(call(spec).error.kind != ErrorKind::None); // no client certificate: refused
    spec.tls.clientCertificateFile = tlsDir + u"client.crt";
    spec.tls.clientKeyFile = tlsDir + u"client.key";
    const InvokeResult result = call(spec);
    QVERIFY2(result.error.kind == ErrorKind::None, qPrintable(result.error.message));
    QVERIFY(result.ok);
}

void tst_Tls::proxyModes()
{
    ProxySettings proxy;
    QCOMPARE(networkProxy(proxy, QUrl(QStringLiteral("https://zato.example"))).type(),
             QNetworkProxy::DefaultProxy);
    QCOMPARE(networkProxy(proxy, QUrl(QStringLiteral("http://127.0.0.1:17010"))).type(),
             QNetworkProxy::NoProxy);
    QCOMPARE(networkProxy(proxy, QUrl(QStringLiteral("http://localhost:17010"))).type(),
             QNetworkProxy::NoProxy);
    proxy.mode = ProxySettings::Mode::None;
    QCOMPARE(networkProxy(proxy).type(), QNetworkProxy::NoProxy);
    proxy = ProxySettings{ProxySettings::Mode::Manual, QStringLiteral("proxy.example"), 3128,
                          QStringLiteral("u"), QStringLiteral("p")};
    const QNetworkProxy manual = networkProxy(proxy);
    QCOMPARE(manual.type(), QNetworkProxy::HttpProxy);
    QCOMPARE(manual.hostName(), QStringLiteral("proxy.example"));
    QCOMPARE(manual.port(), quint16(3128));
    QCOMPARE(manual.user(), QStringLiteral("u"));
    QCOMPARE(manual.password(), QStringLiteral("p"));
}

// The headers Zato's TLS front end sets for a verified client certificate (zato-platform.md §1.2, mtls).
// The expected values are openssl's: `openssl x509 -in client.crt -noout -subject -fingerprint -sha256`.
void tst_Tls::frontEndHeaders_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("sha256");
    QTest::addColumn<QByteArray>("subjectDn");
    const QByteArray client = "70A1786FCB0257CE3FB217C2D6A3B57B4CF9DF3DFE2012DC005D554B3CB1AA36";
    QTest::newRow("PEM") << u"client.crt"_qs << u"client.key"_qs << client
                         << QByteArray("/CN=zato-desk test client");
    QTest::newRow("PKCS#12") << u"client.p12"_qs << QString() << client
                             << QByteArray("/CN=zato-desk test client");
    QTest::newRow("two attributes, in the certificate's order")
        << u"server.crt"_qs << u"server.key"_qs
        << QByteArray("ACA4EA26B1897D62BB83D6B56073B83398B8F4AFB9291AE296890204B653CA25")
        << QByteArray("/CN=127.0.0.1/O=Zato Desk tests");
}

void tst_Tls::frontEndHeaders()
{
    QFETCH(QString, certificate);
    QFETCH(QString, key);
    QFETCH(QByteArray, sha256);
    QFETCH(QByteArray, subjectDn);
    CallSpec spec = zd::test::djangoSampleSpec(u"http://127.0.0.1:17010"_qs);
    spec.path = u"/clients/django/json-client"_qs;
    spec.tls.clientCertificateFile = tlsDir + certificate;
    spec.tls.clientKeyFile = key.isEmpty() ? QString() : tlsDir + key;
    const BuildResult without = buildRequest(ClientKind::Json, spec);
    QVERIFY(without.ok());
    QVERIFY(!headerValue(without.request.headers, "X-Zato-SSL-Client-Verify"));
    spec.tls.frontEndHeaders = true;
    const BuildResult built = buildRequest(ClientKind::Json, spec);
    QVERIFY2(built.ok(), qPrintable(built.error));
    QCOMPARE(headerValue(built.request.headers, "X-Zato-SSL-Client-Verify"), QByteArray("SUCCESS"));
    QCOMPARE(headerValue(built.request.headers, "X-Zato-SSL-Client-SHA256"), sha256);
    QCOMPARE(headerValue(built.request.headers, "X-Zato-SSL-Client-Subject-DN"), subjectDn);
}

// Sent over plain HTTP to a server reached directly, as a developer's box is.
void tst_Tls::frontEndHeadersOnTheWire()
{
    zd::test::RawHttpServer server;
    server.listen();
    server.setHandler([](const zd::test::RawHttpServer::Request &) {
        return zd::test::RawHttpServer::reply(200, R"({"name": "Victoria Murray"})",
                                              {{"Content-Type", "application/json"}});
    });
    CallSpec spec = zd::test::djangoSampleSpec(server.address());
    spec.path = u"/clients/django/json-client"_qs;
    spec.proxy.mode = ProxySettings::Mode::None;
    spec.tls.clientCertificateFile = tlsDir + u"client.p12";
    spec.tls.frontEndHeaders = true;
    const InvokeResult result = call(spec);
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QCOMPARE(server.requests().size(), 1);
    const zd::test::RawHttpServer::Request &received = server.requests().constFirst();
    QCOMPARE(received.header("X-Zato-SSL-Client-Verify"), QByteArray("SUCCESS"));
    QCOMPARE(received.header("X-Zato-SSL-Client-SHA256"),
             QByteArray("70A1786FCB0257CE3FB217C2D6A3B57B4CF9DF3DFE2012DC005D554B3CB1AA36"));
    QCOMPARE(received.header("X-Zato-SSL-Client-Subject-DN"), QByteArray("/CN=zato-desk test client"));
}

// Asked for with no usable certificate: a usage error, and nothing is sent.
void tst_Tls::frontEndHeadersNeedACertificate()
{
    zd::test::RawHttpServer server;
    server.listen();
    CallSpec spec = zd::test::djangoSampleSpec(server.address());
    spec.path = u"/clients/django/json-client"_qs;
    spec.proxy.mode = ProxySettings::Mode::None;
    spec.tls.frontEndHeaders = true;
    InvokeResult result = call(spec);
    QCOMPARE(result.error.kind, ErrorKind::Usage);
    QVERIFY2(result.error.message.contains(u"No client certificate"), qPrintable(result.error.message));
    spec.tls.clientCertificateFile = tlsDir + u"missing.crt";
    result = call(spec);
    QCOMPARE(result.error.kind, ErrorKind::Usage);
    QVERIFY2(result.error.message.contains(u"missing.crt"), qPrintable(result.error.message));
    QCOMPARE(server.requests().size(), 0);
}

// The headers made from the test certificate let it in to the 4.1 demo server's mtls channel pinned to
// that certificate's fingerprint; the same call without them is refused.
void tst_Tls::frontEndHeadersLetInToTheDemoServer()
{
    demo::DemoConfig config = demo::DemoConfig::defaults(demo::Flavour::Zato41);
    for (demo::SecurityDefinition &definition : config.security) {
        if (definition.type == demo::SecurityDefinition::Type::Mtls)
            definition.certFingerprint =
                QStringLiteral("70A1786FCB0257CE3FB217C2D6A3B57B4CF9DF3DFE2012DC005D554B3CB1AA36");
    }
    demo::DemoServer server(config);
    QVERIFY(server.listen());
    CallSpec spec = zd::test::djangoSampleSpec(server.address());
    spec.path = u"/demo/mtls"_qs;
    spec.payload = Payload::fromJson(json::Value::fromObject(
        {{QStringLiteral("cust_id"), json::Value::fromString(QStringLiteral("123"))}}));
    spec.auth.kind = AuthKind::None;
    spec.proxy.mode = ProxySettings::Mode::None;
    spec.tls.clientCertificateFile = tlsDir + u"client.crt";
    spec.tls.clientKeyFile = tlsDir + u"client.key";
    InvokeResult result = call(spec);
    QCOMPARE(result.response.status, 401);
    spec.tls.frontEndHeaders = true;
    result = call(spec);
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QCOMPARE(result.response.status, 200);
    QVERIFY(result.response.body.contains("Victoria Murray"));
}

QTEST_GUILESS_MAIN(tst_Tls)
#include "tst_tls.moc"
