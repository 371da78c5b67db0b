// The demo server under abuse, in-process over loopback: timeouts, the body budget, the connection
// cap with its ping reserve, answers buffered only as fast as the client reads, and strict
// Transfer-Encoding. Short limits keep every wait short; nothing here asserts on a duration.
#include "demoraw.h"
#include "demoserver.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace zd::demo;
using namespace demoraw;

namespace {

// demo.sized-body's records as they were built whole before they were streamed.
QByteArray recordsOfSize(qint64 size)
{
    QByteArray out = "[";
    for (qint64 i = 1;; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray record = (i > 1 ? QByteArray(", ") : QByteArray()) + R"({"id": )" + n +
                                  R"(, "name": "Customer )" + n + R"(", "email": "customer)" + n +
                                  R"(@example.com", "active": true, "balance": )" + n +
                                  R"(.25, "tags": ["a", "b"]})";
        if (out.size() + record.size() + 1 > size)
            break;
        out += record;
    }
    return out + ']';
}

DemoConfig shortTimeouts()
{
    DemoConfig config = DemoConfig::defaults();
    config.limits.headerTimeoutMs = 300;
    config.limits.bodyTimeoutMs = 300;
    config.limits.idleTimeoutMs = 300;
    return config;
}

} // namespace

class tst_DemoLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timesOut_data();
    void timesOut();
    void slowHeaderStillTimesOut();
    void idleKeepAliveClosed();
    void bodyBudget();
    void connectionCapKeepsPingReserve();
    void unreadAnswerStaysBounded();
    void sizedBodiesStreamTheSameBytes();
    void transferEncoding_data();
    void transferEncoding();
};

void tst_DemoLimits::timesOut_data()
{
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<QByteArray>("answer"); // empty: closed without a word
    QTest::newRow("silent") << QByteArray() << QByteArray();
    QTest::newRow("half a header") << QByteArray("GET /zato/ping HTTP/1.1\r\nHost: x\r\n")
                                   << QByteArray("HTTP/1.1 408 Request Timeout");
    QTest::newRow("half a body") << post("/clients/django/json-client", QByteArray(1000, ' ')).chopped(990)
                                 << QByteArray("HTTP/1.1 408 Request Timeout");
    QTest::newRow("half a chunked body")
        << QByteArray("POST /zato/ping HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nabc")
        << QByteArray("HTTP/1.1 408 Request Timeout");
}

void tst_DemoLimits::timesOut()
{
    QFETCH(QByteArray, sent);
    QFETCH(QByteArray, answer);
    DemoServer server(shortTimeouts());
    QVERIFY(server.listen());
    QTcpSocket socket;
    QVERIFY(connectTo(socket, server.port()));
    socket.write(sent);
    const QByteArray reply = untilClosed(socket);
    QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState); // the server closed it
    QVERIFY2(reply.startsWith(answer), reply.constData());
    if (answer.isEmpty())
        QVERIFY(reply.isEmpty());
    QTRY_COMPARE(server.connectionCount(), 0);
    QCOMPARE(server.bodyBudget().used(), 0); // a body given up on gives its memory back
}

// A header trickling in a byte at a time, faster than the timeout, is still cut off: the header
// timeout counts from its first byte.
void tst_DemoLimits::slowHeaderStillTimesOut()
{
    DemoServer server(shortTimeouts());
    QVERIFY(server.listen());
    QTcpSocket socket;
    QVERIFY(connectTo(socket, server.port()));
    QTimer drip;
    connect(&drip, &QTimer::timeout, &socket, [&socket] { socket.write("X"); });
    socket.write("GET /zato/ping HTTP/1.1\r\nX-Slow: ");
    drip.start(50);
    const QByteArray reply = untilClosed(socket);
    QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    QVERIFY2(reply.startsWith("HTTP/1.1 408"), reply.constData());
}

void tst_DemoLimits::idleKeepAliveClosed()
{
    DemoServer server(shortTimeouts());
    QVERIFY(server.listen());
    QTcpSocket socket;
    QVERIFY(connectTo(socket, server.port()));
    socket.write(ping);
    QVERIFY(oneAnswer(socket).contains("ZATO_OK"));
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState); // kept alive for the next request
    QVERIFY(untilClosed(socket).isEmpty());                    // until it has been idle too long
    QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
}

// Bodies in flight share a budget: one that would pass it gets 503 as soon as its header is read,
// and the one already claimed goes through.
void tst_DemoLimits::bodyBudget()
{
    DemoConfig config = DemoConfig::defaults();
    config.maxBodyBytes = 1000 * 1000;
    config.limits.bodyBudgetBytes = 1500 * 1000;
    DemoServer server(config);
    QVERIFY(server.listen());
    const QByteArray body = QByteArray(R"({"cust_id": "123")").leftJustified(1000 * 1000 - 1, ' ') + '}';
    const QByteArray request = post("/clients/django/json-client", body);
    const qsizetype headerSize = request.indexOf("\r\n\r\n") + 4;

    QTcpSocket first;
    QVERIFY(connectTo(first, server.port()));
    first.write(request.left(headerSize + 100));
    QTRY_COMPARE(server.bodyBudget().used(), 1000 * 1000);

    QTcpSocket second;
    QVERIFY(connectTo(second, server.port()));
    second.write(request.left(headerSize + 100));
    const QByteArray refused = untilClosed(second);
    QVERIFY2(refused.startsWith("HTTP/1.1 503"), refused.constData());

    first.write(request.mid(headerSize + 100));
    QVERIFY(oneAnswer(first).contains("Victoria Murray"));
    QCOMPARE(server.bodyBudget().used(), 0);
}

// Past the cap the oldest connection that is not being answered makes room, and the newest ones
// (the reserve) answer only /zato/ping.
void tst_DemoLimits::connectionCapKeepsPingReserve()
{
    DemoConfig config = DemoConfig::defaults();
    config.limits.maxConnections = 20;
    config.limits.pingReserve = 4;
    DemoServer server(config);
    QVERIFY(server.listen());
    QCOMPARE(server.connectionLimit(), 20);
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 40; ++i) {
        idle.push_back(std::make_unique<QTcpSocket>());
        QVERIFY(connectTo(*idle.back(), server.port()));
        idle.back()->write(i % 2 ? "GET /zato/ping HTTP/1.1\r\n" : ""); // silent or half a header
    }
    QTRY_VERIFY(std::count_if(idle.begin(), idle.end(), [](const auto &socket) {
                    return socket->state() == QAbstractSocket::UnconnectedState;
                }) >= 20);
    QVERIFY(server.connectionCount() <= 20);

    QTcpSocket lookup;
    QVERIFY(connectTo(lookup, server.port()));
    lookup.write(post("/clients/django/json-client", R"({"cust_id": "123"})"));
    const QByteArray refused = untilClosed(lookup);
    QVERIFY2(refused.startsWith("HTTP/1.1 503"), refused.constData());

    QTcpSocket pinger;
    QVERIFY(connectTo(pinger, server.port()));
    pinger.write(ping);
    const QByteArray pong = oneAnswer(pinger);
    QVERIFY2(pong.startsWith("HTTP/1.1 200") && pong.contains("ZATO_OK"), pong.constData());
    QVERIFY(server.connectionCount() <= 20);
}

// A client that asks for a large answer and reads none of it has no more than the send buffer
// queued for it in the server, and the others are served meanwhile.
void tst_DemoLimits::unreadAnswerStaysBounded()
{
    DemoConfig config = DemoConfig::defaults();
    config.limits.sendBufferBytes = 128 * 1024;
    DemoServer server(config);
    QVERIFY(server.listen());
    QTcpSocket greedy;
    greedy.setReadBufferSize(4096); // and so reads (almost) nothing
    QVERIFY(connectTo(greedy, server.port()));
    const QByteArray one = post("/demo/sized-body", R"({"size": 67108864})");
    greedy.write(one + one + one);
    QSignalSpy calls(&server, &DemoServer::callLogged);
    QTRY_COMPARE(calls.size(), 1);

    qint64 most = 0;
    for (int i = 0; i < 20; ++i) {
        QTest::qWait(25);
        most = std::max(most, server.bytesQueued());
    }
    QVERIFY2(most <= 2 * config.limits.sendBufferBytes, QByteArray::number(most).constData());
    QCOMPARE(calls.size(), 1); // the pipelined requests wait for the first answer to be read

    QTcpSocket pinger;
    QVERIFY(connectTo(pinger, server.port()));
    pinger.write(ping);
    QVERIFY(oneAnswer(pinger).contains("ZATO_OK"));
}

// Streamed in pieces, the sized bodies are byte for byte what they were when built whole.
void tst_DemoLimits::sizedBodiesStreamTheSameBytes()
{
    QList<qint64> sizes = {2, 3, 100, 101, 1000, 123'457, 2'000'003};
    for (const qint64 size : {1000, 123'457})
        sizes.append(recordsOfSize(size).size()); // exactly filled by its records
    for (const qint64 size : std::as_const(sizes)) {
        for (const bool records : {false, true}) {
            const std::shared_ptr<BodySource> source =
                records ? sizedRecordsBody(size) : sizedStringBody(size);
            QByteArray streamed;
            for (QByteArray piece = source->next(777); !piece.isEmpty(); piece = source->next(777))
                streamed += piece;
            const QByteArray whole = records ? recordsOfSize(size) : '"' + QByteArray(size - 2, 'x') + '"';
            QCOMPARE(streamed, whole);
            QCOMPARE(source->size(), whole.size());
        }
    }
}

void tst_DemoLimits::transferEncoding_data()
{
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QByteArray>("status");
    QTest::newRow("xchunked") << QByteArray("xchunked") << QByteArray("HTTP/1.1 400");
    QTest::newRow("chunked, identity") << QByteArray("chunked, identity") << QByteArray("HTTP/1.1 400");
    QTest::newRow("chunked twice") << QByteArray("chunked, chunked") << QByteArray("HTTP/1.1 400");
    QTest::newRow("two fields") << QByteArray("chunked\r\nTransfer-Encoding: chunked")
                                << QByteArray("HTTP/1.1 400");
    QTest::newRow("with Content-Length")
        << QByteArray("chunked\r\nContent-Length: 5") << QByteArray("HTTP/1.1 400");
    QTest::newRow("gzip, chunked") << QByteArray("gzip, chunked") << QByteArray("HTTP/1.1 501");
    QTest::newRow("identity") << QByteArray("identity") << QByteArray("HTTP/1.1 400");
}

// A body that is not well-formed chunked framing is refused and never read as a second request.
void tst_DemoLimits::transferEncoding()
{
    QFETCH(QByteArray, encoding);
    QFETCH(QByteArray, status);
    DemoServer server;
    QVERIFY(server.listen());
    QSignalSpy calls(&server, &DemoServer::callLogged);
    const QByteArray smuggled = "GET /zato/ping HTTP/1.1\r\nHost: x\r\n\r\n";
    QTcpSocket socket;
    QVERIFY(connectTo(socket, server.port()));
    socket.write("POST /zato/ping HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: " + encoding + "\r\n\r\n" +
                 smuggled);
    const QByteArray reply = untilClosed(socket);
    QVERIFY2(reply.startsWith(status), reply.constData());
    QCOMPARE(reply.count("HTTP/1.1"), 1);
    QCOMPARE(calls.size(), 0);

    // Well-formed chunked framing is read as one request.
    QTcpSocket good;
    QVERIFY(connectTo(good, server.port()));
    good.write(
        "POST /zato/ping HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n");
    QVERIFY(oneAnswer(good).contains("ZATO_OK"));
    QCOMPARE(calls.size(), 1);
}

QTEST_GUILESS_MAIN(tst_DemoLimits)
#include "tst_demolimits.moc"
