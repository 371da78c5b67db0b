// A request is sent once. When the server closes the connection after reading a request, whatever it
// wrote before (nothing, a status line, part of a body), the call ends in an error and the server has
// seen the request exactly once: a Zato service is not idempotent. Counted at a real loopback server,
// through one call, the matrix and load mode.
#include "call/callsession.h"
#include "callonce.h"
#include "invoke/networkpool.h"
#include "load/loadrunner.h"
#include "rawhttpserver.h"
#include "rbac/matrixrunner.h"
#include "samplespec.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace zd;
using zd::test::RawHttpServer;

namespace {

// What the server does after reading a request.
RawHttpServer::Reply misbehave(const QByteArray &kind)
{
    RawHttpServer::Reply reply;
    reply.close = true;
    if (kind == "status line")
        reply.parts = {"HTTP/1.1 200 OK\r\n"};
    else if (kind == "half body")
        reply.parts = {"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"name\": "};
    return reply; // "nothing": closed without a byte
}

} // namespace

class tst_SendOnce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneCall_data();
    void oneCall();
    void afterAKeptAliveCall_data();
    void afterAKeptAliveCall();
    void matrixCellsAreSentOnce();
    void loadModeSendsEachCallOnce();
};

void tst_SendOnce::oneCall_data()
{
    QTest::addColumn<QByteArray>("server");
    QTest::addColumn<int>("client");
    QTest::addColumn<bool>("emptyPayload");
    QTest::addColumn<QByteArray>("method");
    for (const char *server : {"nothing", "status line", "half body"}) {
        QTest::addRow("AnyServiceInvoker, %s", server)
            << QByteArray(server) << int(ClientKind::AnyService) << false << QByteArray("POST");
        QTest::addRow("JSONClient, %s", server)
            << QByteArray(server) << int(ClientKind::Json) << false << QByteArray("POST");
        QTest::addRow("API without a body, %s", server)
            << QByteArray(server) << int(ClientKind::Api) << true << QByteArray("POST");
        QTest::addRow("GET to a channel, %s", server)
            << QByteArray(server) << int(ClientKind::Json) << true << QByteArray("GET");
        QTest::addRow("GET through the API, %s", server)
            << QByteArray(server) << int(ClientKind::Api) << true << QByteArray("GET");
    }
}

void tst_SendOnce::oneCall()
{
    QFETCH(QByteArray, server);
    QFETCH(int, client);
    QFETCH(bool, emptyPayload);
    QFETCH(QByteArray, method);
    RawHttpServer raw;
    raw.listen();
    raw.setHandler([server](const RawHttpServer::Request &) { return misbehave(server); });
    CallSpec spec = zd::test::djangoSampleSpec(raw.address());
    spec.timeout = std::chrono::milliseconds(10000);
    if (emptyPayload)
        spec.payload = Payload::fromJson(json::Value()); // None: the API client sends no body
    spec.method = method;
    QNetworkAccessManager network;
    const InvokeResult result = zd::test::callOnce(ClientKind(client), spec, &network);
    QTest::qWait(200); // a second attempt would have arrived by now
    QCOMPARE(raw.requests().size(), 1);
    QCOMPARE(raw.requests().constFirst().method, method);
    QCOMPARE(result.error.kind, ErrorKind::Transport);
    QVERIFY2(result.error.message.contains(u"not sent again"), qPrintable(result.error.message));
}

void tst_SendOnce::afterAKeptAliveCall_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::newRow("POST") << QByteArray("POST");
    QTest::newRow("GET") << QByteArray("GET");
}

void tst_SendOnce::afterAKeptAliveCall()
{
    QFETCH(QByteArray, method);
    // The first call is answered and its connection kept alive; the server then closes it after
    // reading the second request. Qt would send the second one again on a new connection.
    RawHttpServer raw;
    raw.listen();
    int seen = 0;
    raw.setHandler([&seen](const RawHttpServer::Request &) {
        return ++seen == 1 ? RawHttpServer::reply(200, R"({"name": "Victoria Murray"})")
                           : misbehave("nothing");
    });
    CallSpec spec = zd::test::djangoSampleSpec(raw.address());
    spec.method = method;
    QNetworkAccessManager network;
    QVERIFY(zd::test::callOnce(ClientKind::Json, spec, &network).ok);
    const InvokeResult second = zd::test::callOnce(ClientKind::Json, spec, &network);
    QTest::qWait(200);
    QCOMPARE(raw.requests().size(), 2);
    QCOMPARE(second.error.kind, ErrorKind::Transport);
}

void tst_SendOnce::matrixCellsAreSentOnce()
{
    RawHttpServer raw;
    raw.listen();
    raw.setHandler([](const RawHttpServer::Request &) { return misbehave("nothing"); });
    MatrixDefinition matrix;
    matrix.address = raw.address();
    matrix.credentials = {{u"django"_qs, u"django"_qs, QString(), QString()}};
    matrix.channels = {{u"json"_qs, u"/clients/django/json-client"_qs, ClientKind::Json, QString(),
                        json::Value::fromObject({{u"cust_id"_qs, json::Value::fromString(u"123"_qs)}})},
                       {u"any"_qs, u"/clients/django/any-service-invoker"_qs, ClientKind::AnyService,
                        u"customer.get1"_qs, json::Value::fromObject({})}};
    MatrixRunner runner;
    QSignalSpy finished(&runner, &MatrixRunner::finished);
    QSignalSpy cells(&runner, &MatrixRunner::cellFinished);
    runner.start(matrix, {{u"django"_qs, u"my-password"_qs}}, MatrixRunner::allCells(matrix), 2);
    QVERIFY(finished.wait(20000));
    QTest::qWait(200);
    QCOMPARE(cells.size(), 2);
    QCOMPARE(raw.requests().size(), 2);
}

void tst_SendOnce::loadModeSendsEachCallOnce()
{
    RawHttpServer raw;
    raw.listen();
    raw.setHandler([](const RawHttpServer::Request &) { return misbehave("nothing"); });
    LoadRunner runner;
    QSignalSpy finished(&runner, &LoadRunner::finished);
    runner.start(ClientKind::Json, zd::test::djangoSampleSpec(raw.address()), 10, {}, 2);
    QVERIFY(finished.wait(20000));
    QTest::qWait(200);
    const LoadReport report = finished.constFirst().constFirst().value<LoadReport>();
    QCOMPARE(report.calls, 10);
    QCOMPARE(raw.requests().size(), 10);
}

QTEST_GUILESS_MAIN(tst_SendOnce)
#include "tst_sendonce.moc"
