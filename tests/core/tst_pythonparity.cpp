// Where Zato's Python client (zato-client 3.2.1 over python-requests) answers in a way that is easy to
// get wrong, over a real loopback socket: each row's expectation is what the Python client gives for
// the same bytes, not what this code happens to do.
#include "callonce.h"
#include "rawhttpserver.h"
#include "samplespec.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace zd;
using zd::test::RawHttpServer;

namespace {

InvokeResult answeredWith(ClientKind client, const QByteArray &response, CallSpec spec = {})
{
    RawHttpServer raw;
    raw.listen();
    raw.setHandler([response](const RawHttpServer::Request &) {
        RawHttpServer::Reply reply;
        reply.parts = {response};
        return reply;
    });
    if (spec.address.isEmpty())
        spec = zd::test::djangoSampleSpec();
    spec.address = raw.address();
    QNetworkAccessManager network;
    return zd::test::callOnce(client, spec, &network, 10000);
}

QByteArray http(const QByteArray &statusLine, const QByteArray &headers, const QByteArray &body)
{
    return statusLine + "\r\n" + headers + "Content-Length: " + QByteArray::number(body.size()) +
           "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

class tst_PythonParity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void charsetOfTheContentType();
    void gzipThatDoesNotDecompress();
    void http400IsACompletedCall();
    void innerResponseWithAByteOrderMark();
    void unreadableDispatcherAnswers_data();
    void unreadableDispatcherAnswers();
    void queryWithASpaceIsPercentEncoded();
};

void tst_PythonParity::charsetOfTheContentType()
{
    // requests decodes the body in the declared charset: "Müller" in Latin-1 is one byte for ü.
    const InvokeResult result = answeredWith(
        ClientKind::Json, http("HTTP/1.1 200 OK", "Content-Type: application/json; charset=iso-8859-1\r\n",
                               "{\"name\": \"M\xfcller\"}"));
    QCOMPARE(result.error.kind, ErrorKind::None);
    QVERIFY(result.ok);
    QCOMPARE(result.data.find(u"name")->toString(), u"M\u00fcller"_qs);
}

void tst_PythonParity::gzipThatDoesNotDecompress()
{
    const InvokeResult result = answeredWith(
        ClientKind::Json, http("HTTP/1.1 200 OK", "Content-Encoding: gzip\r\n", "this is not gzip at all"));
    QVERIFY2(result.error.kind == ErrorKind::Transport || result.error.kind == ErrorKind::Protocol,
             qPrintable(result.error.message));
    QVERIFY(!result.ok);
}

void tst_PythonParity::http400IsACompletedCall()
{
    // Zato 4.1 answers an unknown service with 400: an HTTP answer like any other.
    const QByteArray body = R"({"result": "Error", "cid": "abc", "details": "No such service"})";
    const InvokeResult result = answeredWith(
        ClientKind::Json, http("HTTP/1.1 400 Bad Request", "Content-Type: application/json\r\n", body));
    QCOMPARE(result.error.kind, ErrorKind::None);
    QCOMPARE(result.response.status, 400);
    QCOMPARE(result.response.body, body);
    QVERIFY(!result.ok);
    QVERIFY(result.hasData);
}

void tst_PythonParity::innerResponseWithAByteOrderMark()
{
    // json.loads refuses a text that begins with a BOM: data is the text itself, BOM included.
    const QByteArray inner = "\xef\xbb\xbf{\"name\": \"X\"}";
    const QByteArray body = R"({"response":")" + inner.toBase64() +
                            R"(","zato_env":{"result":"ZATO_OK","cid":"C","details":""}})";
    const InvokeResult result = answeredWith(ClientKind::AnyService, http("HTTP/1.1 200 OK", "", body));
    QCOMPARE(result.error.kind, ErrorKind::None);
    QVERIFY(result.ok);
    QVERIFY(result.data.isString());
    QCOMPARE(result.data.toString(), u"\uFEFF{\"name\": \"X\"}"_qs);
}

void tst_PythonParity::unreadableDispatcherAnswers_data()
{
    QTest::addColumn<QByteArray>("body");
    // 'zato_env' in None raises TypeError; zato_env['details'] raises KeyError.
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("zato_env without details")
        << QByteArray(R"({"zato_env": {"result": "ZATO_OK", "cid": "C"}})");
}

void tst_PythonParity::unreadableDispatcherAnswers()
{
    QFETCH(QByteArray, body);
    const InvokeResult result = answeredWith(ClientKind::AnyService, http("HTTP/1.1 200 OK", "", body));
    QCOMPARE(result.error.kind, ErrorKind::Protocol);
    QVERIFY(!result.ok);
}

void tst_PythonParity::queryWithASpaceIsPercentEncoded()
{
    RawHttpServer raw;
    raw.listen();
    raw.setHandler([](const RawHttpServer::Request &) { return RawHttpServer::reply(200, "{}"); });
    CallSpec spec = zd::test::djangoSampleSpec(raw.address());
    spec.path = u"/clients/django/json-client?name=Victoria Murray&x=a%20b"_qs;
    QNetworkAccessManager network;
    const InvokeResult result = zd::test::callOnce(ClientKind::Json, spec, &network, 10000);
    QCOMPARE(result.error.kind, ErrorKind::None);
    QCOMPARE(raw.requests().size(), 1);
    // requests.utils.requote_uri: the space quoted, the existing %20 kept as it is.
    QCOMPARE(raw.requests().constFirst().target,
             QByteArray("/clients/django/json-client?name=Victoria%20Murray&x=a%20b"));
}

QTEST_GUILESS_MAIN(tst_PythonParity)
#include "tst_pythonparity.moc"
