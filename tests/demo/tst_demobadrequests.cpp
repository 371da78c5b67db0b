// Bad requests get the answer a Zato server gives, and the server keeps serving.
#include "demoserver.h"

#include <QTcpSocket>
#include <QTest>

using namespace zd;
using namespace zd::demo;

namespace {

const QByteArray djangoAuth = "Authorization: Basic ZGphbmdvOm15LXBhc3N3b3Jk\r\n";

// Sends raw bytes on a new connection and returns all the server wrote until it closed the
// connection or finished a chunked body.
QByteArray exchange(const DemoServer &server, const QByteArray &bytes)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.port());
    if (!socket.waitForConnected(5000))
        return "no connection";
    socket.write(bytes);
    QByteArray reply;
    const bool done = QTest::qWaitFor(
        [&] {
            reply += socket.readAll();
            const qsizetype headerEnd = reply.indexOf("\r\n\r\n");
            if (socket.state() != QAbstractSocket::ConnectedState)
                return true;
            if (headerEnd < 0)
                return false;
            if (reply.left(headerEnd).contains("Content-Length:")) {
                const qsizetype at = reply.indexOf("Content-Length: ") + 16;
                return reply.size() >=
                       headerEnd + 4 + reply.mid(at, reply.indexOf('\r', at) - at).toLongLong();
            }
            return reply.endsWith("\r\n0\r\n\r\n");
        },
        10000);
    return done ? reply : "timed out: " + reply;
}

QByteArray post(const QByteArray &path, const QByteArray &body, const QByteArray &headers = djangoAuth)
{
    return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\n" + headers +
           "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

bool stillServes(const DemoServer &server)
{
    return exchange(server, post("/clients/django/json-client", R"({"cust_id": "123"})"))
        .endsWith("{\"name\":\"Victoria Murray\"}\r\n0\r\n\r\n");
}

} // namespace

class tst_DemoBadRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badRequests_data();
    void badRequests();
    void garbageInsteadOfHttp();
    void hugeBody();
    void http10GetsContentLength();
    void keepAliveServesManyRequests();
};

void tst_DemoBadRequests::badRequests_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("statusLine");
    QTest::addColumn<QByteArray>("bodyPart");

    QTest::newRow("invalid JSON to a JSONClient channel")
        << post("/clients/django/json-client", "{cust_id: 1") << QByteArray("HTTP/1.1 500")
        << QByteArray(R"("details":["byte indices must be integers or slices, not str"])");
    QTest::newRow("empty body") << post("/clients/django/json-client", "") << QByteArray("HTTP/1.1 500")
                                << QByteArray(R"("details":["string indices must be integers, not 'str'"])");
    QTest::newRow("no cust_id") << post("/clients/django/json-client", R"({"id": 1})")
                                << QByteArray("HTTP/1.1 500") << QByteArray(R"("details":["cust_id"])");
    QTest::newRow("malformed base64 payload")
        << post("/clients/django/any-service-invoker",
                R"({"name": "customer.get1", "payload": "eyJjdXN0X2lkIjo"})")
        << QByteArray("HTTP/1.1 500") << QByteArray(R"("details":["Incorrect padding"])");
    QTest::newRow("base64 one past a multiple of 4")
        << post("/clients/django/any-service-invoker", R"({"name": "customer.get1", "payload": "eyJjd"})")
        << QByteArray("HTTP/1.1 500") << QByteArray("cannot be 1 more than a multiple of 4");
    QTest::newRow("both name and id")
        << post("/clients/django/any-service-invoker", R"({"name": "customer.get1", "id": 101})")
        << QByteArray("HTTP/1.1 500") << QByteArray("Cannot accept both id and name");
    QTest::newRow("dispatcher without a JSON object")
        << post("/clients/django/any-service-invoker", "[1]") << QByteArray("HTTP/1.1 500")
        << QByteArray("expects a JSON object");
    QTest::newRow("unsupported method")
        << QByteArray("PROPFIND /clients/django/json-client HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n")
        << QByteArray("HTTP/1.1 405") << QByteArray(R"("details":"Unsupported HTTP method")");
    QTest::newRow("no Authorization") << post("/clients/django/json-client", "{}", QByteArray())
                                      << QByteArray("HTTP/1.1 401") << QByteArray("Unauthorized; cid=");
    QTest::newRow("not Basic") << post("/clients/django/json-client", "{}", "Authorization: Bearer x\r\n")
                               << QByteArray("HTTP/1.1 401") << QByteArray("Unauthorized; cid=");
    QTest::newRow("admin channel error")
        << post("/zato/admin/invoke", R"({"name": "customer.get3"})",
                "Authorization: Basic " + QByteArray("admin.invoke:my-password").toBase64() + "\r\n")
        << QByteArray("HTTP/1.1 500") << QByteArray("X-Zato-Message: ('customer.get3',)");
}

void tst_DemoBadRequests::badRequests()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, statusLine);
    QFETCH(QByteArray, bodyPart);
    DemoServer server;
    QVERIFY(server.listen());
    const QByteArray reply = exchange(server, request);
    QVERIFY2(reply.startsWith(statusLine), reply.constData());
    QVERIFY2(reply.contains(bodyPart), reply.constData());
    QVERIFY(stillServes(server));
}

void tst_DemoBadRequests::garbageInsteadOfHttp()
{
    DemoServer server;
    QVERIFY(server.listen());
    const QByteArray reply = exchange(server, "\x16\x03\x01 this is not HTTP at all\r\n\r\n");
    QVERIFY2(reply.startsWith("HTTP/1.1 400 Bad Request"), reply.constData());
    QVERIFY(reply.contains("Connection: close"));
    QVERIFY(stillServes(server));
}

void tst_DemoBadRequests::hugeBody()
{
    DemoConfig config = DemoConfig::defaults();
    config.maxBodyBytes = 1024 * 1024;
    DemoServer server(config);
    QVERIFY(server.listen());
    const QByteArray reply =
        exchange(server, post("/clients/django/json-client", QByteArray(2 * 1024 * 1024, ' ')));
    QVERIFY2(reply.startsWith("HTTP/1.1 413"), reply.left(200).constData());
    QVERIFY(stillServes(server));

    // Under the limit, a large body reaches the service.
    const QByteArray big = R"({"cust_id": "123", "padding": ")" + QByteArray(900 * 1024, 'x') + "\"}";
    QVERIFY(exchange(server, post("/clients/django/json-client", big)).contains("Victoria Murray"));
}

void tst_DemoBadRequests::http10GetsContentLength()
{
    DemoServer server;
    QVERIFY(server.listen());
    const QByteArray body = R"({"cust_id": "123"})";
    const QByteArray reply =
        exchange(server, "POST /clients/django/json-client HTTP/1.0\r\n" + djangoAuth +
                             "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QVERIFY2(reply.startsWith("HTTP/1.0 200 OK"), reply.constData());
    QVERIFY(reply.contains("Content-Length: 26\r\n"));
    QVERIFY(reply.endsWith(R"({"name":"Victoria Murray"})"));
}

void tst_DemoBadRequests::keepAliveServesManyRequests()
{
    DemoServer server;
    QVERIFY(server.listen());
    const QByteArray one = post("/clients/django/json-client", R"({"cust_id": "123"})");
    // Two pipelined requests on one connection get two answers, in order.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(one + one);
    QByteArray reply;
    QTRY_VERIFY((reply += socket.readAll()).count("Victoria Murray") == 2);
    QCOMPARE(reply.count("HTTP/1.1 200 OK"), 2);
}

QTEST_GUILESS_MAIN(tst_DemoBadRequests)
#include "tst_demobadrequests.moc"
