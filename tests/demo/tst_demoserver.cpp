// Calls against the demo server in-process, over real loopback sockets.
#include "cid.h"
#include "democall.h"

#include "json/writer.h"
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace zd;
using namespace zd::demo;
using namespace zd::test;

class tst_DemoServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bothClientsReturnVictoriaMurray_data();
    void bothClientsReturnVictoriaMurray();
    void responseHeaders();
    void wrongPasswordIs401WithRealm();
    void rbac();
    void unknownPath();
    void unknownServiceIs500WithDetails();
    void customerNotFound();
    void asyncReturnsACid();
    void serviceById();
    void dictTargetThroughDispatcher();
    void g1Server();
    void secondCallIsACacheHit();
    void generatedNamesAreStable();
    void zato4Api();
    void ping();
    void methodRestrictedChannel();
    void latencyFault();
    void hangingPath();
    void sizedBody();
};

void tst_DemoServer::bothClientsReturnVictoriaMurray_data()
{
    QTest::addColumn<int>("client");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("user");
    QTest::newRow("django AnyServiceInvoker")
        << int(ClientKind::AnyService) << djangoAny << QStringLiteral("django");
    QTest::newRow("django JSONClient") << int(ClientKind::Json) << djangoJson << QStringLiteral("django");
    QTest::newRow("flask AnyServiceInvoker")
        << int(ClientKind::AnyService) << QStringLiteral("/clients/flask/any-service-invoker")
        << QStringLiteral("flask");
    QTest::newRow("flask JSONClient")
        << int(ClientKind::Json) << QStringLiteral("/clients/flask/json-client") << QStringLiteral("flask");
}

void tst_DemoServer::bothClientsReturnVictoriaMurray()
{
    QFETCH(int, client);
    QFETCH(QString, path);
    QFETCH(QString, user);
    DemoServer server;
    QVERIFY(server.listen());
    const InvokeResult result = call(ClientKind(client), spec(server, path, user));
    QCOMPARE(result.error.kind, ErrorKind::None);
    QVERIFY(result.ok);
    QVERIFY(result.hasData);
    QCOMPARE(nameOf(result), QStringLiteral("Victoria Murray"));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{24}$")).match(result.cid).hasMatch());
}

void tst_DemoServer::responseHeaders()
{
    DemoServer server;
    QVERIFY(server.listen());
    const InvokeResult result = call(ClientKind::AnyService, spec(server, djangoAny));
    QCOMPARE(headerValue(result.response.headers, "Server"), std::optional<QByteArray>("Zato"));
    QCOMPARE(headerValue(result.response.headers, "Transfer-Encoding"), std::optional<QByteArray>("chunked"));
    QCOMPARE(headerValue(result.response.headers, "Content-Type"),
             std::optional<QByteArray>("application/json"));
    QVERIFY(headerValue(result.response.headers, "Date"));
    QCOMPARE(result.sioResult.toString(), QStringLiteral("ZATO_OK"));
    // The zato_env cid equals the X-Zato-CID header.
    QVERIFY(result.response.body.contains(QByteArray("\"cid\":\"" + result.cid.toLatin1() + "\"")));
    QCOMPARE(result.innerServiceResponse,
             std::optional<QString>(QStringLiteral(R"({"name": "Victoria Murray"})")));
}

void tst_DemoServer::wrongPasswordIs401WithRealm()
{
    DemoServer server;
    QVERIFY(server.listen());
    CallSpec s = spec(server, djangoAny);
    s.password = QStringLiteral("wrong");
    const InvokeResult result = call(ClientKind::AnyService, s);
    QCOMPARE(result.error.kind, ErrorKind::None);
    QCOMPARE(result.response.status, 401);
    QCOMPARE(headerValue(result.response.headers, "WWW-Authenticate"),
             std::optional<QByteArray>("Basic realm=\"Zato\""));
    QVERIFY(!result.ok);
    QCOMPARE(
        result.details.toString(),
        QStringLiteral(R"({"result":"Error","cid":"%1","details":"Unauthorized; cid=%1"})").arg(result.cid));

    s.path = QStringLiteral("/zato/admin/invoke");
    s.user = QStringLiteral("django");
    s.password = QStringLiteral("my-password");
    const InvokeResult admin = call(ClientKind::AnyService, s);
    QCOMPARE(admin.response.status, 401);
    QCOMPARE(headerValue(admin.response.headers, "WWW-Authenticate"),
             std::optional<QByteArray>("Basic realm=\"Zato admin invoke\""));
}

void tst_DemoServer::rbac()
{
    DemoServer server;
    QVERIFY(server.listen());
    const QString path = QStringLiteral("/clients/rbac/json-client");
    const InvokeResult allowed = call(ClientKind::Json, spec(server, path, QStringLiteral("django")));
    QVERIFY(allowed.ok);
    QCOMPARE(nameOf(allowed), QStringLiteral("Victoria Murray"));
    const InvokeResult denied = call(ClientKind::Json, spec(server, path, QStringLiteral("flask")));
    QCOMPARE(denied.response.status, 403);
    QVERIFY(!denied.ok);
    QCOMPARE(denied.data.find(u"details")->toString(),
             QStringLiteral("You are not allowed to access this URL\n"));
    CallSpec wrong = spec(server, path, QStringLiteral("flask"));
    wrong.password = QStringLiteral("nope");
    QCOMPARE(call(ClientKind::Json, wrong).response.status, 401);
}

void tst_DemoServer::unknownPath()
{
    DemoServer server;
    QVERIFY(server.listen());
    const InvokeResult any = call(ClientKind::AnyService, spec(server, QStringLiteral("/nope")));
    QCOMPARE(any.error.kind, ErrorKind::Protocol);
    QCOMPARE(any.response.status, 404);
    QCOMPARE(any.response.body, "URL not found (CID:" + any.cid.toLatin1() + ')');
    const InvokeResult json = call(ClientKind::Json, spec(server, QStringLiteral("/nope")));
    QCOMPARE(json.error.kind, ErrorKind::None);
    QCOMPARE(json.response.status, 404);
    QVERIFY(json.details.toString().contains(u"Expecting value"));
}

void tst_DemoServer::unknownServiceIs500WithDetails()
{
    DemoServer server;
    QVERIFY(server.listen());
    CallSpec s = spec(server, djangoAny);
    s.service = QStringLiteral("customer.get3");
    const InvokeResult result = call(ClientKind::AnyService, s);
    QCOMPARE(result.response.status, 500);
    QVERIFY(!result.ok);
    QCOMPARE(result.details.toString(),
             QStringLiteral(R"({"result":"Error","cid":"%1","details":["customer.get3"]})").arg(result.cid));
}

void tst_DemoServer::customerNotFound()
{
    DemoServer server;
    QVERIFY(server.listen());
    const InvokeResult result =
        call(ClientKind::Json, spec(server, djangoJson, QStringLiteral("django"), "missing-42"));
    QCOMPARE(result.response.status, 500);
    QVERIFY(result.hasData);
    QCOMPARE(json::dumps(*result.data.find(u"details")), QByteArray(R"(["Customer not found"])"));
}

void tst_DemoServer::asyncReturnsACid()
{
    DemoServer server;
    QVERIFY(server.listen());
    QSignalSpy log(&server, &DemoServer::callLogged);
    CallSpec s = spec(server, djangoAny, QStringLiteral("django"), "789");
    s.async = true;
    const InvokeResult result = call(ClientKind::AnyService, s);
    QVERIFY(result.ok);
    QVERIFY(result.data.isString());
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{24}$")).match(result.data.toString()).hasMatch());
    QVERIFY(result.data.toString() != result.cid);
    // The target ran in the background: its name is in the cache now.
    QTRY_VERIFY(server.cache().get(customerCacheKey(QStringLiteral("789"))).has_value());
}

void tst_DemoServer::serviceById()
{
    DemoServer server;
    QVERIFY(server.listen());
    CallSpec s = spec(server, djangoAny);
    s.service.clear();
    s.serviceId = *ServiceRegistry::idOf(QStringLiteral("customer.get1"));
    const InvokeResult result = call(ClientKind::AnyService, s);
    QCOMPARE(nameOf(result), QStringLiteral("Victoria Murray"));
    s.serviceId = 999999;
    QCOMPARE(call(ClientKind::AnyService, s).response.status, 500);
}

void tst_DemoServer::dictTargetThroughDispatcher()
{
    DemoServer g2;
    QVERIFY(g2.listen());
    CallSpec s = spec(g2, djangoAny);
    s.service = QStringLiteral("customer.get2");
    const InvokeResult result = call(ClientKind::AnyService, s);
    QCOMPARE(nameOf(result), QStringLiteral("Victoria Murray"));
    QCOMPARE(result.innerServiceResponse,
             std::optional<QString>(QStringLiteral(R"({"name":"Victoria Murray"})")));

    DemoServer g1(withWire(Wire::G1));
    QVERIFY(g1.listen());
    CallSpec old = spec(g1, djangoAny);
    old.service = QStringLiteral("customer.get2");
    const InvokeResult none = call(ClientKind::AnyService, old);
    QVERIFY(none.ok);
    QVERIFY(!none.hasData); // Zato 2.0 returns only str outputs through the dispatcher
}

void tst_DemoServer::g1Server()
{
    DemoServer server(withWire(Wire::G1));
    QVERIFY(server.listen());
    const InvokeResult any = call(ClientKind::AnyService, spec(server, djangoAny));
    QCOMPARE(any.error.kind, ErrorKind::None);
    QCOMPARE(nameOf(any), QStringLiteral("Victoria Murray"));
    QVERIFY(QRegularExpression(QStringLiteral("^K[0-9A-HJKMNP-TV-Z]{27}$")).match(any.cid).hasMatch());
    QVERIFY(any.response.body.startsWith(R"({"zato_env": {"details": "", "result": "ZATO_OK", "cid": ")"));
    QVERIFY(any.response.body.contains("\\n\"}}"));

    const InvokeResult json = call(ClientKind::Json, spec(server, djangoJson));
    QCOMPARE(json.response.body, QByteArray(R"({"name": "Victoria Murray"})"));

    CallSpec wrong = spec(server, djangoAny);
    wrong.password = QStringLiteral("x");
    const InvokeResult denied = call(ClientKind::AnyService, wrong);
    QCOMPARE(denied.response.status, 401);
    QCOMPARE(denied.sioResult.toString(), QStringLiteral("ZATO_ERROR"));
    QVERIFY(denied.details.toString().contains(u"sec-wall code:[0004.0003]"));
    QVERIFY(!headerValue(denied.response.headers, "Content-Type"));

    const InvokeResult unknown = call(ClientKind::Json, spec(server, QStringLiteral("/nope")));
    QCOMPARE(unknown.response.body,
             "CID:`" + unknown.cid.toLatin1() + "` Unknown URL:`/nope` or SOAP action:``");
}

void tst_DemoServer::secondCallIsACacheHit()
{
    DemoServer server;
    QVERIFY(server.listen());
    QSignalSpy log(&server, &DemoServer::callLogged);
    QVERIFY(call(ClientKind::AnyService, spec(server, djangoAny)).ok);
    QVERIFY(call(ClientKind::Json, spec(server, djangoJson)).ok);
    QCOMPARE(log.size(), 2);
    const CallLog first = log.at(0).constFirst().value<CallLog>();
    const CallLog second = log.at(1).constFirst().value<CallLog>();
    QCOMPARE(first.cacheHit, std::optional<bool>(false));
    QCOMPARE(second.cacheHit, std::optional<bool>(true));
    QCOMPARE(first.service, QStringLiteral("customer.get1"));
    QCOMPARE(first.user, QStringLiteral("django"));
    QCOMPARE(first.channel, QStringLiteral("Django AnyServiceInvoker"));
    QCOMPARE(first.status, 200);
    QVERIFY(first.toText().contains(u"cache=miss"));
    QVERIFY(second.toText().contains(u"cache=hit"));
}

void tst_DemoServer::generatedNamesAreStable()
{
    QString name;
    for (int round = 0; round < 2; ++round) {
        DemoServer server;
        QVERIFY(server.listen());
        const InvokeResult result =
            call(ClientKind::Json, spec(server, djangoJson, QStringLiteral("django"), "C-2041"));
        QVERIFY(result.ok);
        if (round == 0)
            name = nameOf(result);
        QCOMPARE(nameOf(result), name);
    }
    QVERIFY(name.contains(u' '));
    QVERIFY(name != u"Victoria Murray");
}

void tst_DemoServer::zato4Api()
{
    DemoServer server;
    QVERIFY(server.listen());
    CallSpec s = spec(server, QString(), QStringLiteral("pubapi"), "456");
    s.service = QStringLiteral("customer.get2");
    const InvokeResult result = call(ClientKind::Api, s);
    QVERIFY(result.ok);
    QCOMPARE(nameOf(result), QStringLiteral("James Edmunds"));
}

void tst_DemoServer::ping()
{
    DemoServer server;
    QVERIFY(server.listen());
    CallSpec s = spec(server, QStringLiteral("/zato/ping"));
    s.user.clear();
    const InvokeResult result = call(ClientKind::Json, s);
    QVERIFY(result.ok);
    QCOMPARE(json::dumps(*result.data.find(u"zato_ping_response")), QByteArray(R"({"pong": "zato"})"));
}

void tst_DemoServer::methodRestrictedChannel()
{
    // A GET is answered before any JSON is read, so a raw request shows it.
    for (Wire wire : {Wire::G2, Wire::G1}) {
        DemoServer server(withWire(wire));
        QVERIFY(server.listen());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /clients/django/post-only HTTP/1.1\r\nHost: x\r\nAuthorization: Basic "
                     "ZGphbmdvOm15LXBhc3N3b3Jk\r\n\r\n");
        QTRY_VERIFY(socket.bytesAvailable() > 0 && socket.peek(4096).contains("\r\n0\r\n\r\n"));
        const QByteArray reply = socket.readAll();
        if (wire == Wire::G2)
            QVERIFY2(reply.startsWith("HTTP/1.1 404") && reply.contains("URL not found"), reply.constData());
        else
            QVERIFY2(reply.startsWith("HTTP/1.1 405") && reply.contains("Method `GET` is not allowed here"),
                     reply.constData());
    }
}

void tst_DemoServer::latencyFault()
{
    DemoConfig config = DemoConfig::defaults();
    config.faults.latencyMs = 2000;
    DemoServer server(config);
    QVERIFY(server.listen());
    CallSpec s = spec(server, djangoJson);
    s.timeout = std::chrono::milliseconds(100);
    QCOMPARE(call(ClientKind::Json, s).error.kind, ErrorKind::Timeout);
}

void tst_DemoServer::hangingPath()
{
    DemoConfig config = DemoConfig::defaults();
    config.faults.hangPaths = {djangoJson};
    DemoServer server(config);
    QVERIFY(server.listen());
    CallSpec s = spec(server, djangoJson);
    s.timeout = std::chrono::milliseconds(200);
    QCOMPARE(call(ClientKind::Json, s).error.kind, ErrorKind::Timeout);
    QVERIFY(call(ClientKind::AnyService, spec(server, djangoAny)).ok); // other paths still answer
}

void tst_DemoServer::sizedBody()
{
    DemoServer server;
    QVERIFY(server.listen());
    CallSpec s = spec(server, QStringLiteral("/demo/sized-body"));
    const qint64 size = 20 * 1024 * 1024;
    s.payload = Payload::fromJson(
        json::Value::fromObject({{QStringLiteral("size"), json::Value::fromInteger(size)}}));
    const InvokeResult result = call(ClientKind::Json, s);
    QVERIFY(result.ok);
    QCOMPARE(result.response.body.size(), size);
    QCOMPARE(result.data.toString().size(), size - 2);

    // The window's customer lookup asks for a size through the customer ID.
    const InvokeResult byId = call(
        ClientKind::Json, spec(server, QStringLiteral("/demo/sized-body"), QStringLiteral("django"), "1000"));
    QVERIFY(byId.ok);
    QCOMPARE(byId.response.body.size(), 1000);
}

QTEST_GUILESS_MAIN(tst_DemoServer)
#include "tst_demoserver.moc"
