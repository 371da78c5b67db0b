// Request checks of zato-protocol.md §7 (vectors 1-5, 28, 29, 38) and the G1 and Zato 4 requests:
// the exact bytes the Python clients send, built without a network.
#include "invoke/requestbuilder.h"
#include "samplespec.h"

#include "json/parser.h"
#include <QTest>

using namespace zd;

namespace {

CallSpec djangoSpec()
{
    CallSpec spec = zd::test::djangoSampleSpec();
    spec.service.clear();
    return spec;
}

Payload jsonPayload(const char *text)
{
    const json::ParseResult parsed = json::parse(text);
    Q_ASSERT(parsed.ok);
    return Payload::fromJson(parsed.value);
}

const QByteArray vector1 =
    R"({"name": "customer.get1", "payload": "eyJjdXN0X2lkIjogIjEyMyJ9", "channel": "invoke", "data_format": "json", )"
    R"("transport": null, "is_async": false, "expiration": 15, "pid": null, "all_pids": false, "timeout": null, )"
    R"("skip_response_elem": true})";

} // namespace

class tst_RequestBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bodies_data();
    void bodies();
    void vector1Headers();
    void extraHeadersReplaceByName();
    void nonLatin1CredentialsUseUtf8();
    void emptyUserWithPasswordSendsBasicAuth();
    void apiRequest();
    void apiAsyncAndEmptyPayload();
    void methods();
    void invalidCalls_data();
    void invalidCalls();
};

void tst_RequestBuilder::bodies_data()
{
    QTest::addColumn<int>("client");
    QTest::addColumn<QString>("service");
    QTest::addColumn<qlonglong>("id");       // -1: none
    QTest::addColumn<QByteArray>("payload"); // JSON text; "<default>" keeps the default ''
    QTest::addColumn<bool>("raw");
    QTest::addColumn<bool>("async");
    QTest::addColumn<bool>("g1");
    QTest::addColumn<QByteArray>("body");

    const int any = int(ClientKind::AnyService);
    const int jc = int(ClientKind::Json);
    const QString get1 = QStringLiteral("customer.get1");

    QTest::newRow("1: invoke customer.get1 (241 bytes)")
        << any << get1 << -1LL << QByteArray(R"({"cust_id": "123"})") << false << false << false << vector1;
    QByteArray asyncBody = vector1;
    asyncBody.replace("\"is_async\": false", "\"is_async\": true");
    QTest::newRow("2: invoke_async") << any << get1 << -1LL << QByteArray(R"({"cust_id": "123"})") << false
                                     << true << false << asyncBody;
    QTest::newRow("3: invoke by id")
        << any << QString() << 42LL << QByteArray("<default>") << false << false << false
        << QByteArray(
               R"({"id": 42, "payload": "IiI=", "channel": "invoke", "data_format": "json", "transport": null, )"
               R"("is_async": false, "expiration": 15, "pid": null, "all_pids": false, "timeout": null, )"
               R"("skip_response_elem": true})");
    QTest::newRow("4: to_json=False")
        << any << QStringLiteral("x") << -1LL << QByteArray(R"({"cust_id": "1"})") << true << false << false
        << QByteArray(
               R"({"name": "x", "payload": "eyJjdXN0X2lkIjogIjEifQ==", "channel": "invoke", )"
               R"("data_format": "json", "transport": null, "is_async": false, "expiration": 15, "pid": null, )"
               R"("all_pids": false, "timeout": null, "skip_response_elem": true})");
    QTest::newRow("38: non-ASCII payload escaped before base64")
        << any << QStringLiteral("x") << -1LL << QByteArray("{\"name\":\"\xc5\x81ukasz\"}") << false << false
        << false
        << QByteArray(
               R"({"name": "x", "payload": ")" + QByteArray(R"({"name": "\u0141ukasz"})").toBase64() +
               R"(", "channel": "invoke", "data_format": "json", "transport": null, "is_async": false, )"
               R"("expiration": 15, "pid": null, "all_pids": false, "timeout": null, "skip_response_elem": true})");
    QTest::newRow("G1: Zato 2.0 field set")
        << any << get1 << -1LL << QByteArray(R"({"cust_id": "123"})") << false << false << true
        << QByteArray(
               R"({"name": "customer.get1", "data_format": "json", "channel": "invoke", "async": false, )"
               R"("payload": "eyJjdXN0X2lkIjogIjEyMyJ9", "transport": null, "expiration": 15})");
    QTest::newRow("G1: async")
        << any << get1 << -1LL << QByteArray("<default>") << false << true << true
        << QByteArray(R"({"name": "customer.get1", "data_format": "json", "channel": "invoke", )"
                      R"("async": true, "payload": "IiI=", "transport": null, "expiration": 15})");
    QTest::newRow("28: JSONClient payload (18 bytes)")
        << jc << QString() << -1LL << QByteArray(R"({"cust_id":"123"})") << false << false << false
        << QByteArray(R"({"cust_id": "123"})");
    QTest::newRow("29: JSONClient default payload") << jc << QString() << -1LL << QByteArray("<default>")
                                                    << false << false << false << QByteArray(R"("")");
    QTest::newRow("29: JSONClient None")
        << jc << QString() << -1LL << QByteArray("null") << false << false << false << QByteArray("null");
    QTest::newRow("JSONClient raw text") << jc << QString() << -1LL << QByteArray("not {json") << true
                                         << false << false << QByteArray("not {json");
    QTest::newRow("JSONClient float and big int")
        << jc << QString() << -1LL << QByteArray(R"({"a":1E2,"b":123456789012345678901234})") << false
        << false << false << QByteArray(R"({"a": 100.0, "b": 123456789012345678901234})");
}

void tst_RequestBuilder::bodies()
{
    QFETCH(int, client);
    QFETCH(QString, service);
    QFETCH(qlonglong, id);
    QFETCH(QByteArray, payload);
    QFETCH(bool, raw);
    QFETCH(bool, async);
    QFETCH(bool, g1);
    QFETCH(QByteArray, body);

    CallSpec spec = djangoSpec();
    spec.service = service;
    if (id >= 0)
        spec.serviceId = id;
    if (raw)
        spec.payload = Payload::fromRaw(payload);
    else if (payload != "<default>")
        spec.payload = jsonPayload(payload.constData());
    spec.async = async;
    spec.wire = g1 ? Wire::G1 : Wire::G2;

    const BuildResult built = buildRequest(ClientKind(client), spec);
    QVERIFY2(built.ok(), qPrintable(built.error));
    QCOMPARE(built.request.body, body);
    QCOMPARE(built.request.method, QByteArray("POST"));
    QVERIFY(built.request.hasBody);
}

void tst_RequestBuilder::vector1Headers()
{
    CallSpec spec = djangoSpec();
    spec.service = QStringLiteral("customer.get1");
    spec.payload = jsonPayload(R"({"cust_id": "123"})");
    const BuildResult built = buildRequest(ClientKind::AnyService, spec);
    QVERIFY(built.ok());
    QCOMPARE(built.request.body.size(), 241);
    QCOMPARE(built.request.url.toString(),
             QStringLiteral("http://localhost:17010/clients/django/any-service-invoker"));
    const HttpHeaders expected = {
        {"Content-Type", "application/json"},
        {"User-Agent", "zato-desk/" ZD_VERSION},
        {"Authorization", "Basic ZGphbmdvOm15LXBhc3N3b3Jk"},
    };
    QCOMPARE(built.request.headers, expected);
}

void tst_RequestBuilder::extraHeadersReplaceByName()
{
    CallSpec spec = djangoSpec();
    spec.service = QStringLiteral("customer.get1");
    spec.extraHeaders = {{"user-agent", "probe/1"}, {"X-Trace", "abc"}};
    const BuildResult built = buildRequest(ClientKind::AnyService, spec);
    QVERIFY(built.ok());
    QCOMPARE(built.request.headers.size(), 4);
    QCOMPARE(built.request.headers.at(1), (HttpHeader{"user-agent", "probe/1"}));
    QCOMPARE(built.request.headers.at(3), (HttpHeader{"X-Trace", "abc"}));
}

// python-requests and curl -u ':password' send Basic auth with an empty user name; only with neither
// a user nor a password is no Authorization header sent.
void tst_RequestBuilder::emptyUserWithPasswordSendsBasicAuth()
{
    CallSpec spec = djangoSpec();
    spec.service = QStringLiteral("customer.get1");
    spec.user.clear();
    spec.password = QStringLiteral("password");
    const BuildResult built = buildRequest(ClientKind::AnyService, spec);
    QVERIFY(built.ok());
    // base64(":password"), worked out by hand: ":pa" "ssw" "ord" -> "OnBh" "c3N3" "b3Jk".
    QVERIFY(built.request.headers.contains(HttpHeader{"Authorization", "Basic OnBhc3N3b3Jk"}));

    spec.password.clear();
    const BuildResult none = buildRequest(ClientKind::AnyService, spec);
    QVERIFY(none.ok());
    for (const HttpHeader &header : none.request.headers)
        QVERIFY(header.name.compare("Authorization", Qt::CaseInsensitive) != 0);
}

void tst_RequestBuilder::nonLatin1CredentialsUseUtf8()
{
    QCOMPARE(basicAuthorization(QStringLiteral("django"), QStringLiteral("my-password")),
             QByteArray("Basic ZGphbmdvOm15LXBhc3N3b3Jk"));
    // Latin-1 as python-requests: "é" is one byte.
    QCOMPARE(basicAuthorization(QStringView(u"\u00e9").toString(), QStringLiteral("p")),
             "Basic " + QByteArray("\xe9:p").toBase64());
    QCOMPARE(basicAuthorization(QStringView(u"\u0141").toString(), QStringLiteral("p")),
             "Basic " + QByteArray("\xc5\x81:p").toBase64());
}

void tst_RequestBuilder::apiRequest()
{
    CallSpec spec = djangoSpec();
    spec.path.clear();
    spec.service = QStringLiteral("customer.get2");
    spec.payload = jsonPayload(R"({"cust_id": "123"})");
    const BuildResult built = buildRequest(ClientKind::Api, spec);
    QVERIFY2(built.ok(), qPrintable(built.error));
    QCOMPARE(built.request.url.toString(),
             QStringLiteral("http://localhost:17010/zato/api/invoke/customer.get2"));
    QCOMPARE(built.request.body, QByteArray(R"({"cust_id": "123"})"));
    QVERIFY(!headerValue(built.request.headers, "X-Zato-Async"));
}

void tst_RequestBuilder::apiAsyncAndEmptyPayload()
{
    CallSpec spec = djangoSpec();
    spec.path = QStringLiteral("/zato/api/invoke/");
    spec.service = QStringLiteral("customer.get2");
    spec.async = true;
    const BuildResult built = buildRequest(ClientKind::Api, spec);
    QVERIFY(built.ok());
    QCOMPARE(built.request.url.path(), QStringLiteral("/zato/api/invoke/customer.get2"));
    QCOMPARE(headerValue(built.request.headers, "X-Zato-Async"), std::optional<QByteArray>("true"));
    QVERIFY(!built.request.hasBody);
    QVERIFY(built.request.body.isEmpty());
    QVERIFY(!headerValue(built.request.headers, "Content-Type"));
}

// A channel's method: a GET with no payload carries no body and no Content-Type, as requests sends it;
// a GET with a payload and a PUT keep theirs; the dispatcher is always POSTed to.
void tst_RequestBuilder::methods()
{
    CallSpec spec = djangoSpec();
    spec.path = QStringLiteral("/api/orders/1");
    spec.method = "GET";
    spec.payload = Payload::fromJson(json::Value());
    BuildResult built = buildRequest(ClientKind::Json, spec);
    QVERIFY2(built.ok(), qPrintable(built.error));
    QCOMPARE(built.request.method, QByteArray("GET"));
    QVERIFY(!built.request.hasBody);
    QVERIFY(!headerValue(built.request.headers, "Content-Type"));

    spec.payload = jsonPayload(R"({"cust_id": "123"})");
    built = buildRequest(ClientKind::Json, spec);
    QCOMPARE(built.request.method, QByteArray("GET"));
    QVERIFY(built.request.hasBody);
    QCOMPARE(built.request.body, QByteArray(R"({"cust_id": "123"})"));

    spec.method = "PUT";
    spec.payload = Payload::fromJson(json::Value());
    built = buildRequest(ClientKind::Json, spec);
    QCOMPARE(built.request.method, QByteArray("PUT"));
    QCOMPARE(built.request.body, QByteArray("null")); // JSONClient serialises even None

    spec.path = QStringLiteral("/zato/api/invoke/");
    spec.service = QStringLiteral("customer.get2");
    spec.method = "GET";
    built = buildRequest(ClientKind::Api, spec);
    QCOMPARE(built.request.method, QByteArray("GET"));
    QVERIFY(!built.request.hasBody);

    spec = djangoSpec();
    spec.path = QStringLiteral("/zato/json/zato.service.invoke");
    spec.service = QStringLiteral("customer.get1");
    spec.method = "GET";
    built = buildRequest(ClientKind::AnyService, spec);
    QCOMPARE(built.request.method, QByteArray("POST"));
}

void tst_RequestBuilder::invalidCalls_data()
{
    QTest::addColumn<int>("client");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("messagePart");

    const int any = int(ClientKind::AnyService);
    const QString path = QStringLiteral("/clients/django/any-service-invoker");
    const QString address = QStringLiteral("http://localhost:17010");
    const QString get1 = QStringLiteral("customer.get1");
    QTest::newRow("5: neither name nor id") << any << address << path << QString() << QString()
                                            << QStringLiteral("Either name or id must be provided");
    QTest::newRow("empty address") << any << QString() << path << get1 << QString()
                                   << QStringLiteral("server address is empty");
    QTest::newRow("no scheme") << any << QStringLiteral("localhost:17010") << path << get1 << QString()
                               << QStringLiteral("has no http:// or https:// scheme");
    QTest::newRow("ftp scheme") << any << QStringLiteral("ftp://localhost") << path << get1 << QString()
                                << QStringLiteral("has no http:// or https:// scheme");
    QTest::newRow("no host") << any << QStringLiteral("http://") << path << get1 << QString()
                             << QStringLiteral("no host name");
    QTest::newRow("password in the address")
        << any << QStringLiteral("http://django:secret@localhost:17010") << path << get1 << QString()
        << QStringLiteral("holds a user name or password");
    QTest::newRow("empty path") << any << address << QString() << get1 << QString()
                                << QStringLiteral("channel path is empty");
    QTest::newRow("relative path") << int(ClientKind::Json) << address << QStringLiteral("clients/x")
                                   << QString() << QString() << QStringLiteral("must start with a slash");
    QTest::newRow("bad header name") << any << address << path << get1 << QStringLiteral("Bad Name")
                                     << QStringLiteral("not a valid HTTP header name");
    QTest::newRow("api without service") << int(ClientKind::Api) << address << QString() << QString()
                                         << QString() << QStringLiteral("needs a service name");
}

void tst_RequestBuilder::invalidCalls()
{
    QFETCH(int, client);
    QFETCH(QString, address);
    QFETCH(QString, path);
    QFETCH(QString, service);
    QFETCH(QString, header);
    QFETCH(QString, messagePart);

    CallSpec spec = djangoSpec();
    spec.address = address;
    spec.path = path;
    spec.service = service;
    if (!header.isEmpty())
        spec.extraHeaders = {{header.toLatin1(), "v"}};
    const BuildResult built = buildRequest(ClientKind(client), spec);
    QVERIFY(!built.ok());
    QVERIFY2(built.error.contains(messagePart), qPrintable(built.error));
}

QTEST_GUILESS_MAIN(tst_RequestBuilder)
#include "tst_requestbuilder.moc"
