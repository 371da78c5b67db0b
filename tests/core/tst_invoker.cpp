// Invoker behaviour through a fake QNetworkAccessManager: what is handed to the network, how
// network errors are classified, timeouts, cancellation and one call at a time.
#include "fakenetworkaccessmanager.h"
#include "invoke/invoker.h"
#include "samplespec.h"

#include <QSignalSpy>
#include <QTest>

using namespace zd;
using zd::test::FakeNetworkAccessManager;
using zd::test::FakeResponse;

namespace {

CallSpec spec()
{
    return zd::test::djangoSampleSpec();
}

InvokeResult runOne(Invoker &invoker, const CallSpec &s)
{
    QSignalSpy spy(&invoker, &Invoker::finished);
    if (!invoker.start(s))
        return {};
    if (!spy.wait(5000))
        return {};
    return spy.takeFirst().constFirst().value<InvokeResult>();
}

} // namespace

class tst_Invoker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendsTheBuiltRequest();
    void readsTheResponse();
    void httpErrorStatusIsAResponse();
    void networkErrors_data();
    void networkErrors();
    void timeout();
    void cancel();
    void oneCallAtATime();
    void usageErrorSendsNothing();
    void factory();
};

void tst_Invoker::sendsTheBuiltRequest()
{
    FakeNetworkAccessManager network;
    network.setNextResponse(FakeResponse::respond(200, "{}"));
    AnyServiceInvoker invoker(&network);
    const InvokeResult result = runOne(invoker, spec());
    QCOMPARE(network.requests().size(), 1);
    const auto &sent = network.requests().constFirst();
    QCOMPARE(sent.operation, QNetworkAccessManager::PostOperation);
    QCOMPARE(sent.request.url(),
             QUrl(QStringLiteral("http://localhost:17010/clients/django/any-service-invoker")));
    QCOMPARE(sent.request.rawHeader("Authorization"), QByteArray("Basic ZGphbmdvOm15LXBhc3N3b3Jk"));
    QCOMPARE(sent.request.rawHeader("Content-Type"), QByteArray("application/json"));
    QCOMPARE(sent.request.rawHeader("User-Agent"), QByteArray("zato-desk/" ZD_VERSION));
    QCOMPARE(sent.request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
             int(QNetworkRequest::ManualRedirectPolicy));
    QCOMPARE(sent.body, result.request.body);
    QVERIFY(sent.body.startsWith(R"({"name": "customer.get1", "payload": "IiI=")"));
}

void tst_Invoker::readsTheResponse()
{
    FakeNetworkAccessManager network;
    const QByteArray body =
        R"({"response":"eyJuYW1lIjogIlZpY3RvcmlhIE11cnJheSJ9","zato_env":{"result":"ZATO_OK",)"
        R"("cid":"6c2f8a4b1d9e0f7a3b5c8d2e","details":""}})";
    network.setNextResponse(FakeResponse::respond(200, body, {{"X-Zato-CID", "6c2f8a4b1d9e0f7a3b5c8d2e"}}));
    AnyServiceInvoker invoker(&network);
    const InvokeResult result = runOne(invoker, spec());
    QCOMPARE(result.error.kind, ErrorKind::None);
    QVERIFY(result.ok);
    QCOMPARE(result.data.find(u"name")->toString(), QStringLiteral("Victoria Murray"));
    QCOMPARE(result.cid, QStringLiteral("6c2f8a4b1d9e0f7a3b5c8d2e"));
    QCOMPARE(result.response.status, 200);
    QCOMPARE(result.response.body, body);
    QVERIFY(result.response.complete);
    QVERIFY(result.elapsedMs >= 0);
}

void tst_Invoker::httpErrorStatusIsAResponse()
{
    FakeNetworkAccessManager network;
    network.setNextResponse(
        FakeResponse::respond(500, R"({"result":"Error","cid":"c","details":["Customer not found"]})"));
    JsonClient invoker(&network);
    const InvokeResult result = runOne(invoker, spec());
    QCOMPARE(result.error.kind, ErrorKind::None);
    QCOMPARE(result.response.status, 500);
    QVERIFY(!result.ok);
    QVERIFY(result.hasData);
}

void tst_Invoker::networkErrors_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("failure");
    QTest::addColumn<QString>("messagePart");
    using E = QNetworkReply::NetworkError;
    const int transport = int(ErrorKind::Transport);
    QTest::newRow("refused") << int(E::ConnectionRefusedError) << transport
                             << int(TransportFailure::ConnectionRefused) << QStringLiteral("localhost:17010");
    QTest::newRow("DNS") << int(E::HostNotFoundError) << transport << int(TransportFailure::HostNotFound)
                         << QStringLiteral("\"localhost\" could not be resolved");
    QTest::newRow("TLS") << int(E::SslHandshakeFailedError) << transport << int(TransportFailure::Tls)
                         << QStringLiteral("TLS handshake");
    QTest::newRow("reset") << int(E::RemoteHostClosedError) << transport
                           << int(TransportFailure::ConnectionClosed)
                           << QStringLiteral("closed the connection");
    QTest::newRow("bad HTTP") << int(E::ProtocolFailure) << transport << int(TransportFailure::MalformedHttp)
                              << QStringLiteral("not valid HTTP");
    QTest::newRow("socket timeout") << int(E::TimeoutError) << int(ErrorKind::Timeout)
                                    << int(TransportFailure::Other) << QStringLiteral("timed out");
    QTest::newRow("proxy") << int(E::ProxyConnectionRefusedError) << transport << int(TransportFailure::Proxy)
                           << QStringLiteral("proxy");
}

void tst_Invoker::networkErrors()
{
    QFETCH(int, error);
    QFETCH(int, kind);
    QFETCH(int, failure);
    QFETCH(QString, messagePart);
    FakeNetworkAccessManager network;
    network.setNextResponse(FakeResponse::fail(QNetworkReply::NetworkError(error)));
    AnyServiceInvoker invoker(&network);
    const InvokeResult result = runOne(invoker, spec());
    QCOMPARE(int(result.error.kind), kind);
    if (kind == int(ErrorKind::Transport))
        QCOMPARE(int(result.error.transport), failure);
    QVERIFY2(result.error.message.contains(messagePart), qPrintable(result.error.message));
    QVERIFY(!result.ok);
    QCOMPARE(result.response.status, 0);
    QVERIFY(!result.request.body.isEmpty());
}

void tst_Invoker::timeout()
{
    FakeNetworkAccessManager network;
    network.setNextResponse(FakeResponse::hang());
    AnyServiceInvoker invoker(&network);
    CallSpec s = spec();
    s.timeout = std::chrono::milliseconds(50);
    const InvokeResult result = runOne(invoker, s);
    QCOMPARE(result.error.kind, ErrorKind::Timeout);
    QVERIFY(result.error.message.contains(u"0.05 s"));
    QVERIFY(!invoker.isRunning());
}

void tst_Invoker::cancel()
{
    FakeNetworkAccessManager network;
    network.setNextResponse(FakeResponse::hang());
    JsonClient invoker(&network);
    QSignalSpy spy(&invoker, &Invoker::finished);
    QVERIFY(invoker.start(spec()));
    QVERIFY(invoker.isRunning());
    invoker.cancel();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.constFirst().constFirst().value<InvokeResult>().error.kind, ErrorKind::Cancelled);
    QVERIFY(!invoker.isRunning());
}

void tst_Invoker::oneCallAtATime()
{
    FakeNetworkAccessManager network;
    network.setNextResponse(FakeResponse::hang());
    JsonClient invoker(&network);
    QSignalSpy spy(&invoker, &Invoker::finished);
    QVERIFY(invoker.start(spec()));
    QVERIFY(!invoker.start(spec()));
    QCOMPARE(network.requests().size(), 1);
    invoker.cancel();
    QCOMPARE(spy.size(), 1);
    network.setNextResponse(FakeResponse::respond(200, "{}"));
    QVERIFY(invoker.start(spec()));
    QVERIFY(spy.wait(5000));
    QCOMPARE(network.requests().size(), 2);
}

void tst_Invoker::usageErrorSendsNothing()
{
    FakeNetworkAccessManager network;
    AnyServiceInvoker invoker(&network);
    CallSpec s = spec();
    s.address = QStringLiteral("localhost:17010");
    QSignalSpy spy(&invoker, &Invoker::finished);
    QVERIFY(invoker.start(s));
    QCOMPARE(spy.size(), 0); // reported from the event loop, never from inside start()
    QVERIFY(spy.wait(5000));
    const InvokeResult result = spy.takeFirst().constFirst().value<InvokeResult>();
    QCOMPARE(result.error.kind, ErrorKind::Usage);
    QVERIFY(result.error.message.contains(u"scheme"));
    QVERIFY(network.requests().isEmpty());
}

void tst_Invoker::factory()
{
    FakeNetworkAccessManager network;
    QObject owner;
    for (ClientKind kind : {ClientKind::AnyService, ClientKind::Json, ClientKind::Api}) {
        Invoker *invoker = createInvoker(kind, &network, &owner);
        QVERIFY(invoker);
        QCOMPARE(invoker->kind(), kind);
        QCOMPARE(invoker->parent(), &owner);
    }
}

QTEST_GUILESS_MAIN(tst_Invoker)
#include "tst_invoker.moc"
