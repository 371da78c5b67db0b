// Call behaviour through a fake QNetworkAccessManager: what is handed to the network, how
// network errors are classified, timeouts, cancellation and one call at a time.
#include "fakenetworkaccessmanager.h"
#include "invoke/call.h"
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

InvokeResult runOne(Call &call)
{
    QSignalSpy spy(&call, &Call::finished);
    call.start();
    if (!spy.wait(5000))
        return {};
    return spy.takeFirst().constFirst().value<InvokeResult>();
}

} // namespace

class tst_Call : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendsTheBuiltRequest();
    void readsTheResponse();
    void elapsedTimeCoversTheWait();
    void httpErrorStatusIsAResponse();
    void networkErrors_data();
    void networkErrors();
    void timeout();
    void cancel();
    void cancelBeforeSendingSendsNothing();
    void oneShot();
    void usageErrorSendsNothing();
};

void tst_Call::sendsTheBuiltRequest()
{
    FakeNetworkAccessManager network;
    network.setNextResponse(FakeResponse::respond(200, "{}"));
    Call call(ClientKind::AnyService, spec(), &network);
    QSignalSpy sent(&call, &Call::sent);
    const InvokeResult result = runOne(call);
    QCOMPARE(network.requests().size(), 1);
    const auto &request = network.requests().constFirst();
    // POST with a body Qt cannot rewind, so that it never sends the request again on its own.
    QCOMPARE(request.operation, QNetworkAccessManager::CustomOperation);
    QCOMPARE(request.request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray(),
             QByteArray("POST"));
    QCOMPARE(request.request.header(QNetworkRequest::ContentLengthHeader).toLongLong(),
             result.request.body.size());
    QVERIFY(request.request.attribute(QNetworkRequest::DoNotBufferUploadDataAttribute).toBool());
    QCOMPARE(request.request.url(),
             QUrl(QStringLiteral("http://localhost:17010/clients/django/any-service-invoker")));
    QCOMPARE(request.request.rawHeader("Authorization"), QByteArray("Basic ZGphbmdvOm15LXBhc3N3b3Jk"));
    QCOMPARE(request.request.rawHeader("Content-Type"), QByteArray("application/json"));
    QCOMPARE(request.request.rawHeader("User-Agent"), QByteArray("zato-desk/" ZD_VERSION));
    QCOMPARE(request.request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
             int(QNetworkRequest::ManualRedirectPolicy));
    QCOMPARE(request.body, result.request.body);
    QVERIFY(request.body.startsWith(R"({"name": "customer.get1", "payload": "IiI=")"));
    // sent() carried the same request, before the answer.
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.constFirst().constFirst().value<HttpRequestData>().body, request.body);
}

void tst_Call::readsTheResponse()
{
    FakeNetworkAccessManager network;
    const QByteArray body =
        R"({"response":"eyJuYW1lIjogIlZpY3RvcmlhIE11cnJheSJ9","zato_env":{"result":"ZATO_OK",)"
        R"("cid":"6c2f8a4b1d9e0f7a3b5c8d2e","details":""}})";
    network.setNextResponse(FakeResponse::respond(200, body, {{"X-Zato-CID", "6c2f8a4b1d9e0f7a3b5c8d2e"}}));
    Call call(ClientKind::AnyService, spec(), &network);
    const InvokeResult result = runOne(call);
    QCOMPARE(result.error.kind, ErrorKind::None);
    QVERIFY(result.ok);
    QCOMPARE(result.data.find(u"name")->toString(), QStringLiteral("Victoria Murray"));
    QCOMPARE(result.cid, QStringLiteral("6c2f8a4b1d9e0f7a3b5c8d2e"));
    QCOMPARE(result.response.status, 200);
    QCOMPARE(result.response.body, body);
    QVERIFY(result.response.complete);
    // The body was parsed once, into the document the views read.
    QVERIFY(result.document.ok);
    QCOMPARE(result.document.value.find(u"zato_env")->find(u"result")->toString(), QStringLiteral("ZATO_OK"));
}

void tst_Call::elapsedTimeCoversTheWait()
{
    // The server answers 120 ms after the request: the time measured cannot be shorter.
    FakeNetworkAccessManager network;
    network.setNextResponse(FakeResponse::delayed(120, FakeResponse::respond(200, "{}")));
    Call call(ClientKind::Json, spec(), &network);
    const InvokeResult result = runOne(call);
    QCOMPARE(result.response.status, 200);
    QVERIFY2(result.elapsedMs >= 120.0, qPrintable(QString::number(result.elapsedMs)));
}

void tst_Call::httpErrorStatusIsAResponse()
{
    FakeNetworkAccessManager network;
    network.setNextResponse(
        FakeResponse::respond(500, R"({"result":"Error","cid":"c","details":["Customer not found"]})"));
    Call call(ClientKind::Json, spec(), &network);
    const InvokeResult result = runOne(call);
    QCOMPARE(result.error.kind, ErrorKind::None);
    QCOMPARE(result.response.status, 500);
    QVERIFY(!result.ok);
    QVERIFY(result.hasData);
}

void tst_Call::networkErrors_data()
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

void tst_Call::networkErrors()
{
    QFETCH(int, error);
    QFETCH(int, kind);
    QFETCH(int, failure);
    QFETCH(QString, messagePart);
    FakeNetworkAccessManager network;
    network.setNextResponse(FakeResponse::fail(QNetworkReply::NetworkError(error)));
    Call call(ClientKind::AnyService, spec(), &network);
    const InvokeResult result = runOne(call);
    QCOMPARE(int(result.error.kind), kind);
    if (kind == int(ErrorKind::Transport))
        QCOMPARE(int(result.error.transport), failure);
    QVERIFY2(result.error.message.contains(messagePart), qPrintable(result.error.message));
    QVERIFY(!result.ok);
    QCOMPARE(result.response.status, 0);
    QVERIFY(!result.request.body.isEmpty());
}

void tst_Call::timeout()
{
    FakeNetworkAccessManager network;
    network.setNextResponse(FakeResponse::hang());
    CallSpec s = spec();
    s.timeout = std::chrono::milliseconds(50);
    Call call(ClientKind::AnyService, s, &network);
    const InvokeResult result = runOne(call);
    QCOMPARE(result.error.kind, ErrorKind::Timeout);
    QVERIFY(result.error.message.contains(u"0.05 s"));
    QVERIFY(!call.isRunning());
    QVERIFY(call.isFinished());
}

void tst_Call::cancel()
{
    FakeNetworkAccessManager network;
    network.setNextResponse(FakeResponse::hang());
    Call call(ClientKind::Json, spec(), &network);
    QSignalSpy sent(&call, &Call::sent);
    QSignalSpy spy(&call, &Call::finished);
    call.start();
    QVERIFY(sent.wait(5000)); // on the wire, waiting for an answer that never comes
    QVERIFY(call.isRunning());
    call.cancel();
    QVERIFY(spy.size() == 1 || spy.wait(5000));
    QCOMPARE(spy.constFirst().constFirst().value<InvokeResult>().error.kind, ErrorKind::Cancelled);
    QVERIFY(!call.isRunning());
    QCOMPARE(network.requests().size(), 1);
}

void tst_Call::cancelBeforeSendingSendsNothing()
{
    FakeNetworkAccessManager network;
    network.setNextResponse(FakeResponse::respond(200, "{}"));
    Call call(ClientKind::Json, spec(), &network);
    QSignalSpy sent(&call, &Call::sent);
    QSignalSpy spy(&call, &Call::finished);
    call.start();
    call.cancel();
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.constFirst().constFirst().value<InvokeResult>().error.kind, ErrorKind::Cancelled);
    QCOMPARE(sent.size(), 0);
    QVERIFY(network.requests().isEmpty());
}

void tst_Call::oneShot()
{
    // A call is sent once: starting it again, while it runs or after it finished, sends nothing.
    FakeNetworkAccessManager network;
    network.setNextResponse(FakeResponse::respond(200, "{}"));
    Call call(ClientKind::Json, spec(), &network);
    QSignalSpy spy(&call, &Call::finished);
    call.start();
    call.start();
    QVERIFY(spy.wait(5000));
    call.start();
    QTest::qWait(50);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(network.requests().size(), 1);
}

void tst_Call::usageErrorSendsNothing()
{
    FakeNetworkAccessManager network;
    CallSpec s = spec();
    s.address = QStringLiteral("localhost:17010");
    Call call(ClientKind::AnyService, s, &network);
    QSignalSpy sent(&call, &Call::sent);
    QSignalSpy spy(&call, &Call::finished);
    call.start();
    QCOMPARE(spy.size(), 0); // reported from the event loop, never from inside start()
    QVERIFY(spy.wait(5000));
    const InvokeResult result = spy.takeFirst().constFirst().value<InvokeResult>();
    QCOMPARE(result.error.kind, ErrorKind::Usage);
    QVERIFY(result.error.message.contains(u"scheme"));
    QVERIFY(network.requests().isEmpty());
    QCOMPARE(sent.size(), 0);
}

QTEST_GUILESS_MAIN(tst_Call)
#include "tst_call.moc"
