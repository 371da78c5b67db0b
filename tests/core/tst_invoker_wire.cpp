// Calls over a real loopback socket: exact request bytes, chunked and gzip bodies,
// keep-alive, stalls, resets, huge bodies, and the HTTP shapes of a Zato 3.2 server.
#include "callonce.h"
#include "rawhttpserver.h"
#include "samplespec.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace zd;
using zd::test::RawHttpServer;

namespace {

const QByteArray victoriaG2 =
    R"({"response":"eyJuYW1lIjogIlZpY3RvcmlhIE11cnJheSJ9","zato_env":{"result":"ZATO_OK",)"
    R"("cid":"6c2f8a4b1d9e0f7a3b5c8d2e","details":""}})";

CallSpec specFor(const RawHttpServer &server)
{
    CallSpec s = zd::test::djangoSampleSpec(server.address());
    s.timeout = std::chrono::milliseconds(10000);
    return s;
}

InvokeResult call(ClientKind kind, QNetworkAccessManager *network, const CallSpec &spec)
{
    return zd::test::callOnce(kind, spec, network, 30000);
}

} // namespace

class tst_InvokerWire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestBytesOnTheWire();
    void chunkedBody();
    void gzipBody();
    void keepAlive();
    void hangingServerTimesOut();
    void stalledBodyTimesOut();
    void resetMidBody();
    void twentyMegabyteBody();
    void unauthorizedIsNotRetried();
    void zatoServerVectors_data();
    void zatoServerVectors();
    void connectionRefused();
    void malformedHttp();
    void redirectIsShownNotFollowed();
};

void tst_InvokerWire::requestBytesOnTheWire()
{
    RawHttpServer server;
    server.listen();
    server.setHandler([](const RawHttpServer::Request &) {
        return RawHttpServer::reply(200, victoriaG2, {{"X-Zato-CID", "6c2f8a4b1d9e0f7a3b5c8d2e"}});
    });
    QNetworkAccessManager network;
    const ClientKind kind = ClientKind::AnyService;
    CallSpec spec = specFor(server);
    spec.payload = Payload::fromJson(json::Value::fromObject(
        {{QStringLiteral("cust_id"), json::Value::fromString(QStringLiteral("123"))}}));
    const InvokeResult result = call(kind, &network, spec);

    QCOMPARE(result.error.kind, ErrorKind::None);
    QCOMPARE(server.requests().size(), 1);
    const RawHttpServer::Request &received = server.requests().constFirst();
    QCOMPARE(received.method, QByteArray("POST"));
    QCOMPARE(received.target, QByteArray("/clients/django/any-service-invoker"));
    QCOMPARE(received.header("Authorization"), QByteArray("Basic ZGphbmdvOm15LXBhc3N3b3Jk"));
    QCOMPARE(received.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(received.header("User-Agent"), QByteArray("zato-desk/" ZD_VERSION));
    QCOMPARE(received.header("Content-Length"), QByteArray("241"));
    QCOMPARE(received.body.size(), 241);
    QCOMPARE(received.body, result.request.body);
    QVERIFY(result.ok);
    QCOMPARE(result.data.find(u"name")->toString(), QStringLiteral("Victoria Murray"));
    QCOMPARE(result.cid, QStringLiteral("6c2f8a4b1d9e0f7a3b5c8d2e"));
}

void tst_InvokerWire::chunkedBody() // vector 37
{
    RawHttpServer server;
    server.listen();
    server.setHandler([](const RawHttpServer::Request &) {
        return RawHttpServer::Reply{
            {RawHttpServer::response(200, "OK", {{"X-Zato-CID", "C"}}, victoriaG2, 7)}};
    });
    QNetworkAccessManager network;
    const ClientKind kind = ClientKind::AnyService;
    const InvokeResult result = call(kind, &network, specFor(server));
    QCOMPARE(result.error.kind, ErrorKind::None);
    QCOMPARE(result.response.body, victoriaG2);
    QCOMPARE(result.data.find(u"name")->toString(), QStringLiteral("Victoria Murray"));
    QCOMPARE(headerValue(result.response.headers, "Transfer-Encoding"), std::optional<QByteArray>("chunked"));
}

void tst_InvokerWire::gzipBody()
{
    QFile file(QStringLiteral(ZD_TEST_DATA_DIR "/victoria-murray.json.gz"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray gzipped = file.readAll();
    RawHttpServer server;
    server.listen();
    server.setHandler([gzipped](const RawHttpServer::Request &) {
        return RawHttpServer::reply(200, gzipped,
                                    {{"Content-Encoding", "gzip"}, {"Content-Type", "application/json"}});
    });
    QNetworkAccessManager network;
    const ClientKind kind = ClientKind::Json;
    const InvokeResult result = call(kind, &network, specFor(server));
    QCOMPARE(result.error.kind, ErrorKind::None);
    QVERIFY(server.requests().constFirst().header("Accept-Encoding").contains("gzip"));
    QCOMPARE(result.response.body, QByteArray(R"({"name": "Victoria Murray"})"));
    QVERIFY(result.ok);
}

void tst_InvokerWire::keepAlive()
{
    RawHttpServer server;
    server.listen();
    QNetworkAccessManager network;
    const ClientKind kind = ClientKind::Json;
    for (int i = 0; i < 3; ++i)
        QCOMPARE(call(kind, &network, specFor(server)).error.kind, ErrorKind::None);
    QCOMPARE(server.requests().size(), 3);
    QCOMPARE(server.connectionCount(), 1);
}

void tst_InvokerWire::hangingServerTimesOut()
{
    RawHttpServer server;
    server.listen();
    server.setHandler([](const RawHttpServer::Request &) {
        return RawHttpServer::Reply{{}, 0, false, true};
    });
    QNetworkAccessManager network;
    const ClientKind kind = ClientKind::AnyService;
    CallSpec spec = specFor(server);
    spec.timeout = std::chrono::milliseconds(300);
    const InvokeResult result = call(kind, &network, spec);
    QCOMPARE(result.error.kind, ErrorKind::Timeout);
    QCOMPARE(server.requests().size(), 1);
}

void tst_InvokerWire::stalledBodyTimesOut()
{
    RawHttpServer server;
    server.listen();
    server.setHandler([](const RawHttpServer::Request &) {
        return RawHttpServer::Reply{
            {"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"name\":"}, 0, false, false};
    });
    QNetworkAccessManager network;
    const ClientKind kind = ClientKind::Json;
    CallSpec spec = specFor(server);
    spec.timeout = std::chrono::milliseconds(300);
    const InvokeResult result = call(kind, &network, spec);
    QCOMPARE(result.error.kind, ErrorKind::Timeout);
    QCOMPARE(result.response.status, 200);
    QVERIFY(!result.response.complete);
}

void tst_InvokerWire::resetMidBody()
{
    RawHttpServer server;
    server.listen();
    server.setHandler([](const RawHttpServer::Request &) {
        return RawHttpServer::Reply{
            {"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n", QByteArray(100, 'x')}, 20, true};
    });
    QNetworkAccessManager network;
    const ClientKind kind = ClientKind::Json;
    const InvokeResult result = call(kind, &network, specFor(server));
    QCOMPARE(result.error.kind, ErrorKind::Transport);
    QCOMPARE(result.error.transport, TransportFailure::ConnectionClosed);
    QVERIFY(!result.ok);
}

void tst_InvokerWire::twentyMegabyteBody()
{
    QByteArray body = "[";
    const QByteArray item = R"({"id": 1234567890123, "name": "Victoria Murray", "tags": ["a", "b"]}, )";
    while (body.size() < 20 * 1024 * 1024)
        body += item;
    body.chop(2);
    body += "]";
    const qsizetype items = (body.size() - 2 + 2) / item.size();
    RawHttpServer server;
    server.listen();
    server.setHandler([body](const RawHttpServer::Request &) { return RawHttpServer::reply(200, body); });
    QNetworkAccessManager network;
    const ClientKind kind = ClientKind::Json;
    const InvokeResult result = call(kind, &network, specFor(server));
    QCOMPARE(result.error.kind, ErrorKind::None);
    QCOMPARE(result.response.body.size(), body.size());
    QVERIFY(result.ok);
    QCOMPARE(qsizetype(result.data.toArray().size()), items);
}

void tst_InvokerWire::unauthorizedIsNotRetried() // vector 21 over the wire
{
    const QByteArray body = R"({"result":"Error","cid":"c","details":"Unauthorized; cid=c"})";
    RawHttpServer server;
    server.listen();
    server.setHandler([body](const RawHttpServer::Request &) {
        return RawHttpServer::reply(401, body,
                                    {{"WWW-Authenticate", "Basic realm=\"Zato\""}, {"X-Zato-CID", "c"}});
    });
    QNetworkAccessManager network;
    const ClientKind kind = ClientKind::AnyService;
    const InvokeResult result = call(kind, &network, specFor(server));
    QCOMPARE(result.error.kind, ErrorKind::None);
    QCOMPARE(result.response.status, 401);
    QCOMPARE(headerValue(result.response.headers, "WWW-Authenticate"),
             std::optional<QByteArray>("Basic realm=\"Zato\""));
    QVERIFY(!result.ok);
    QCOMPARE(result.details.toString(), QString::fromUtf8(body));
    QCOMPARE(server.requests().size(), 1);
}

void tst_InvokerWire::zatoServerVectors_data()
{
    QTest::addColumn<int>("client");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("errorKind");
    QTest::addColumn<bool>("hasData");

    const int as = int(ClientKind::AnyService);
    const int jc = int(ClientKind::Json);
    const QByteArray notFound = "URL not found (CID:6c2f8a4b1d9e0f7a3b5c8d2e)";
    const QByteArray serviceError = R"({"result":"Error","cid":"6c2f8a4b1d9e0f7a3b5c8d2e","details":["x"]})";
    QTest::newRow("GET on a POST channel / unknown path: AS")
        << as << 404 << notFound << int(ErrorKind::Protocol) << false;
    QTest::newRow("unknown path: JC") << jc << 404 << notFound << int(ErrorKind::None) << false;
    QTest::newRow("service raises: AS") << as << 500 << serviceError << int(ErrorKind::None) << false;
    QTest::newRow("service raises: JC") << jc << 500 << serviceError << int(ErrorKind::None) << true;
    QTest::newRow("RBAC 403: AS")
        << as << 403
        << QByteArray(R"({"result":"Error","cid":"c","details":"You are not allowed to access this URL\n"})")
        << int(ErrorKind::None) << false;
}

void tst_InvokerWire::zatoServerVectors()
{
    QFETCH(int, client);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, errorKind);
    QFETCH(bool, hasData);
    RawHttpServer server;
    server.listen();
    server.setHandler(
        [status, body](const RawHttpServer::Request &) { return RawHttpServer::reply(status, body); });
    QNetworkAccessManager network;
    const auto kind = ClientKind(client);
    const InvokeResult result = call(kind, &network, specFor(server));
    QCOMPARE(int(result.error.kind), errorKind);
    QCOMPARE(result.response.status, status);
    QCOMPARE(result.response.body, body);
    QVERIFY(!result.ok);
    QCOMPARE(result.hasData, hasData);
}

void tst_InvokerWire::connectionRefused()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    QNetworkAccessManager network;
    const ClientKind kind = ClientKind::AnyService;
    CallSpec spec;
    spec.address = QStringLiteral("http://127.0.0.1:%1").arg(port);
    spec.path = QStringLiteral("/x");
    spec.service = QStringLiteral("s");
    const InvokeResult result = call(kind, &network, spec);
    QCOMPARE(result.error.kind, ErrorKind::Transport);
    QCOMPARE(result.error.transport, TransportFailure::ConnectionRefused);
    QVERIFY(result.error.message.contains(QString::number(port)));
}

void tst_InvokerWire::malformedHttp()
{
    RawHttpServer server;
    server.listen();
    server.setHandler([](const RawHttpServer::Request &) {
        return RawHttpServer::Reply{{"this is not HTTP\r\n\r\n"}, 0, true};
    });
    QNetworkAccessManager network;
    const ClientKind kind = ClientKind::Json;
    const InvokeResult result = call(kind, &network, specFor(server));
    QCOMPARE(result.error.kind, ErrorKind::Transport);
    QVERIFY(!result.error.message.isEmpty());
}

void tst_InvokerWire::redirectIsShownNotFollowed()
{
    RawHttpServer server;
    server.listen();
    server.setHandler([](const RawHttpServer::Request &) {
        return RawHttpServer::Reply{
            {RawHttpServer::response(302, "Found", {{"Location", "/elsewhere"}}, "{}")}};
    });
    QNetworkAccessManager network;
    const ClientKind kind = ClientKind::Json;
    const InvokeResult result = call(kind, &network, specFor(server));
    QCOMPARE(result.error.kind, ErrorKind::None);
    QCOMPARE(result.response.status, 302);
    QCOMPARE(server.requests().size(), 1);
}

QTEST_GUILESS_MAIN(tst_InvokerWire)
#include "tst_invoker_wire.moc"
