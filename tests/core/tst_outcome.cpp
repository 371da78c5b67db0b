// Plain-words outcomes of calls, and the customer lookup form's checks and call.
#include "invoke/outcome.h"
#include "invoke/responsereader.h"
#include "lookup/lookupform.h"

#include "json/writer.h"
#include <QTest>

using namespace zd;

namespace {

InvokeResult responded(ClientKind client, int status, const QByteArray &body, HttpHeaders headers = {})
{
    HttpResponseData response;
    response.status = status;
    response.body = body;
    response.headers = std::move(headers);
    InvokeResult result = readResponse(client, response);
    result.request.url = QUrl(QStringLiteral("http://localhost:17010/clients/django/json-client"));
    return result;
}

InvokeResult failed(ErrorKind kind, TransportFailure failure = TransportFailure::None)
{
    InvokeResult result;
    result.error = CallError{kind, failure, QStringLiteral("message from the invoker")};
    return result;
}

// The same result as if the request had carried these headers.
InvokeResult sentWith(InvokeResult result, HttpHeaders headers, QList<QByteArray> secretHeaders = {})
{
    result.request.headers = std::move(headers);
    result.request.secretHeaders = std::move(secretHeaders);
    return result;
}

const HttpHeader basicSent{"Authorization", "Basic ZGphbmdvOm15LXBhc3N3b3Jk"};
const HttpHeader bearerSent{"Authorization", "Bearer demo-token"};
const HttpHeader keySent{"X-API-Key", "demo-api-key"};

// zato-platform.md §1.2 and §1.5: the JSON error envelope of a 4.1 channel.
QByteArray envelope(const char *details)
{
    return QByteArray(R"({"result":"Error","cid":"6a1f0c2e9b8d4e01","details":")") + details + "\"}";
}

} // namespace

class tst_Outcome : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classes_data();
    void classes();
    void credentialsAndLimits_data();
    void credentialsAndLimits();
    void cidFromTheBody_data();
    void cidFromTheBody();
    void formValidation_data();
    void formValidation();
    void formBuildsTheSampleCall();
    void customerName_data();
    void customerName();
};

void tst_Outcome::classes_data()
{
    QTest::addColumn<InvokeResult>("result");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("textPart");

    QTest::newRow("success") << responded(ClientKind::Json, 200, R"({"name": "X"})")
                             << int(OutcomeClass::Success) << QStringLiteral("OK");
    QTest::newRow("401 with realm") << responded(ClientKind::AnyService, 401, R"({"result":"Error"})",
                                                 {{"WWW-Authenticate", "Basic realm=\"Zato admin invoke\""}})
                                    << int(OutcomeClass::WrongCredentials)
                                    << QStringLiteral("realm \"Zato admin invoke\"");
    QTest::newRow("403") << responded(ClientKind::Json, 403, R"({"result":"Error"})")
                         << int(OutcomeClass::RbacDenied) << QStringLiteral("RBAC");
    QTest::newRow("text 404 on the dispatcher")
        << responded(ClientKind::AnyService, 404, "URL not found (CID:x)") << int(OutcomeClass::NoSuchChannel)
        << QStringLiteral("/clients/django/json-client");
    QTest::newRow("405") << responded(ClientKind::Json, 405,
                                      R"({"result":"Error","details":"Unsupported HTTP method"})")
                         << int(OutcomeClass::MethodNotAllowed) << QStringLiteral("Method not allowed");
    QTest::newRow("500 G2 list") << responded(
                                        ClientKind::AnyService, 500,
                                        R"({"result":"Error","cid":"c","details":["Customer not found"]})")
                                 << int(OutcomeClass::ServiceError)
                                 << QStringLiteral("Service error: Customer not found");
    QTest::newRow("500 G1 zato_env")
        << responded(ClientKind::Json, 500,
                     R"({"zato_env": {"result": "ZATO_ERROR", "details": "Traceback: boom\n"}})")
        << int(OutcomeClass::ServiceError) << QStringLiteral("Service error: Traceback: boom");
    QTest::newRow("plain REST body on the dispatcher")
        << responded(ClientKind::AnyService, 200, R"({"name": "X"})") << int(OutcomeClass::NotZatoResponse)
        << QStringLiteral("Not a Zato response");
    QTest::newRow("text body to JSONClient")
        << responded(ClientKind::Json, 200, "hello") << int(OutcomeClass::NotZatoResponse)
        << QStringLiteral("not JSON");
    QTest::newRow("ZATO_ERROR with 200")
        << responded(ClientKind::AnyService, 200, R"({"zato_env":{"result":"ZATO_ERROR","details":"boom"}})")
        << int(OutcomeClass::ServiceError) << QStringLiteral("ZATO_ERROR: boom");
    QTest::newRow("timeout") << failed(ErrorKind::Timeout) << int(OutcomeClass::Timeout)
                             << QStringLiteral("message from the invoker");
    QTest::newRow("refused") << failed(ErrorKind::Transport, TransportFailure::ConnectionRefused)
                             << int(OutcomeClass::ConnectionRefused)
                             << QStringLiteral("message from the invoker");
    QTest::newRow("DNS") << failed(ErrorKind::Transport, TransportFailure::HostNotFound)
                         << int(OutcomeClass::HostNotFound) << QStringLiteral("message");
    QTest::newRow("TLS") << failed(ErrorKind::Transport, TransportFailure::Tls)
                         << int(OutcomeClass::TlsFailure) << QStringLiteral("message");
    QTest::newRow("reset") << failed(ErrorKind::Transport, TransportFailure::ConnectionClosed)
                           << int(OutcomeClass::ConnectionClosed) << QStringLiteral("message");
    QTest::newRow("cancelled") << failed(ErrorKind::Cancelled) << int(OutcomeClass::Cancelled)
                               << QStringLiteral("cancelled");
    QTest::newRow("usage") << failed(ErrorKind::Usage) << int(OutcomeClass::InvalidInput)
                           << QStringLiteral("message from the invoker");
}

void tst_Outcome::classes()
{
    QFETCH(InvokeResult, result);
    QFETCH(int, kind);
    QFETCH(QString, textPart);
    const Outcome outcome = explainOutcome(result);
    QCOMPARE(int(outcome.kind), kind);
    QVERIFY2(outcome.explanation.contains(textPart), qPrintable(outcome.explanation));
}

void tst_Outcome::credentialsAndLimits_data()
{
    QTest::addColumn<InvokeResult>("result");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("textPart");

    const int wrong = int(OutcomeClass::WrongCredentials);
    const HttpHeaders bearerChallenge{{"WWW-Authenticate", "Bearer"}};
    QTest::newRow("401 Bearer challenge, no token sent")
        << sentWith(responded(ClientKind::Json, 401, envelope("401 Unauthorized"), bearerChallenge), {})
        << wrong << QStringLiteral("wants a bearer token");
    QTest::newRow("401 Bearer challenge, token refused")
        << sentWith(responded(ClientKind::Json, 401, envelope("401 Unauthorized"), bearerChallenge),
                    {bearerSent})
        << wrong << QStringLiteral("Wrong bearer token");
    QTest::newRow("401 with no challenge, Basic sent")
        << sentWith(responded(ClientKind::Json, 401, envelope("401 Unauthorized")), {basicSent}) << wrong
        << QStringLiteral("the channel wants an API key or another credential");
    QTest::newRow("401 with no challenge, nothing sent")
        << responded(ClientKind::Json, 401, envelope("401 Unauthorized")) << wrong
        << QStringLiteral("the channel wants an API key or another credential");
    QTest::newRow("401 with no challenge, a key in a custom header refused")
        << sentWith(responded(ClientKind::Json, 401, envelope("401 Unauthorized")),
                    {{"X-Partner-Key", "wrong"}}, {"X-Partner-Key"})
        << wrong << QStringLiteral("Wrong API key");
    QTest::newRow("403 from a security group")
        << sentWith(responded(ClientKind::Json, 403, envelope("You are not allowed to access this resource")),
                    {basicSent})
        << int(OutcomeClass::RbacDenied) << QStringLiteral("security groups");
    QTest::newRow("400: Basic and an API key together")
        << sentWith(responded(ClientKind::Json, 400, envelope("Bad request")), {basicSent, keySent})
        << int(OutcomeClass::BadRequest) << QStringLiteral("both HTTP Basic credentials and an API key");
    QTest::newRow("400 with one credential is no such thing")
        << sentWith(responded(ClientKind::Json, 400, envelope("Bad request")), {keySent})
        << int(OutcomeClass::NotOk) << QStringLiteral("HTTP 400");
    QTest::newRow("405 with Allow") << responded(ClientKind::Json, 405, "Method not allowed (CID:c1)",
                                                 {{"Allow", "GET, POST"}})
                                    << int(OutcomeClass::MethodNotAllowed)
                                    << QStringLiteral("it accepts GET, POST");
    QTest::newRow("429 with Retry-After and X-RateLimit-*")
        << responded(ClientKind::Json, 429, envelope("Too many requests"),
                     {{"Retry-After", "Sat, 05 Dec 2026 08:00:00 GMT"},
                      {"X-RateLimit-Limit", "100"},
                      {"X-RateLimit-Remaining", "0"}})
        << int(OutcomeClass::RateLimited)
        << QStringLiteral(
               "Try again after Sat, 05 Dec 2026 08:00:00 GMT (Retry-After). Limit: 100; remaining: 0.");
    QTest::newRow("429 from the channel limit: Retry-After only")
        << responded(ClientKind::Json, 429, envelope("Too many requests"), {{"Retry-After", "30"}})
        << int(OutcomeClass::RateLimited) << QStringLiteral("Too many requests");
}

void tst_Outcome::credentialsAndLimits()
{
    QFETCH(InvokeResult, result);
    QFETCH(int, kind);
    QFETCH(QString, textPart);
    const Outcome outcome = explainOutcome(result);
    QCOMPARE(int(outcome.kind), kind);
    QVERIFY2(outcome.explanation.contains(textPart), qPrintable(outcome.explanation));
}

void tst_Outcome::cidFromTheBody_data()
{
    QTest::addColumn<InvokeResult>("result");
    QTest::addColumn<QString>("cid");
    // zato-platform.md §1.5: plain text "URL not found (CID:<cid>)" with no X-Zato-CID (off by default).
    QTest::newRow("404 text") << responded(ClientKind::Json, 404, "URL not found (CID:b0c3a6f1d2e4)")
                              << QStringLiteral("b0c3a6f1d2e4");
    QTest::newRow("404 text with a space")
        << responded(ClientKind::Api, 404, "URL not found (CID: 7f00aa)") << QStringLiteral("7f00aa");
    QTest::newRow("JSON envelope") << responded(ClientKind::Json, 401, envelope("401 Unauthorized"))
                                   << QStringLiteral("6a1f0c2e9b8d4e01");
    QTest::newRow("the header wins") << responded(ClientKind::Json, 404, "URL not found (CID:body1)",
                                                  {{"X-Zato-CID", "header1"}})
                                     << QStringLiteral("header1");
    QTest::newRow("none") << responded(ClientKind::Json, 404, "Not here") << QString();
    // A success is the service's answer, not an error body: its CID is the header's or none.
    QTest::newRow("not from a success")
        << responded(ClientKind::AnyService, 200,
                     R"({"response":"e30=","zato_env":{"result":"ZATO_OK","cid":"c1","details":""}})")
        << QString();
}

void tst_Outcome::cidFromTheBody()
{
    QFETCH(InvokeResult, result);
    QFETCH(QString, cid);
    QCOMPARE(explainOutcome(result).cid, cid);
    QCOMPARE(callCid(result), cid);
    // What the Python client reports stays its own: the header or "(None)".
    QCOMPARE(result.cid, headerValue(result.response.headers, "X-Zato-CID") ? cid : QStringLiteral("(None)"));
}

void tst_Outcome::formValidation_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("anyPath");
    QTest::addColumn<QString>("jsonPath");
    QTest::addColumn<int>("client");
    QTest::addColumn<QString>("customerId");
    QTest::addColumn<QList<int>>("fields");

    using F = LookupForm::Field;
    const QString address = QStringLiteral("http://localhost:17010");
    const QString any = QStringLiteral("/clients/django/any-service-invoker");
    const QString json = QStringLiteral("/clients/django/json-client");
    const int as = int(ClientKind::AnyService);
    QTest::newRow("complete") << address << any << json << as << QStringLiteral("123") << QList<int>{};
    QTest::newRow("all empty") << QString() << QString() << QString() << as << QString()
                               << QList<int>{int(F::Address), int(F::AnyPath), int(F::CustomerId)};
    QTest::newRow("no scheme") << QStringLiteral("localhost:17010") << any << json << as
                               << QStringLiteral("1") << QList<int>{int(F::Address)};
    QTest::newRow("blank ID") << address << any << json << as << QStringLiteral("  ")
                              << QList<int>{int(F::CustomerId)};
    QTest::newRow("JSONClient needs its path only")
        << address << QString() << QString() << int(ClientKind::Json) << QStringLiteral("1")
        << QList<int>{int(F::JsonPath)};
    QTest::newRow("relative path") << address << QStringLiteral("clients/x") << json << as
                                   << QStringLiteral("1") << QList<int>{int(F::AnyPath)};
}

void tst_Outcome::formValidation()
{
    QFETCH(QString, address);
    QFETCH(QString, anyPath);
    QFETCH(QString, jsonPath);
    QFETCH(int, client);
    QFETCH(QString, customerId);
    QFETCH(QList<int>, fields);
    LookupForm form;
    form.address = address;
    form.anyPath = anyPath;
    form.jsonPath = jsonPath;
    form.client = ClientKind(client);
    form.customerId = customerId;
    QList<int> found;
    for (const LookupForm::FieldError &error : form.validate()) {
        found << int(error.field);
        QVERIFY(!error.message.isEmpty());
    }
    QCOMPARE(found, fields);
}

void tst_Outcome::formBuildsTheSampleCall()
{
    LookupForm form;
    form.address = QStringLiteral(" http://localhost:17010 ");
    form.anyPath = QStringLiteral("/clients/django/any-service-invoker");
    form.jsonPath = QStringLiteral("/clients/django/json-client");
    form.user = QStringLiteral("django");
    form.password = QStringLiteral("my-password");
    form.customerId = QStringLiteral("123");
    const CallSpec any = form.toCallSpec();
    QCOMPARE(any.address, QStringLiteral("http://localhost:17010"));
    QCOMPARE(any.path, form.anyPath);
    QCOMPARE(any.service, QStringLiteral("customer.get1"));
    QCOMPARE(any.payload.serialized(), QByteArray(R"({"cust_id": "123"})"));
    form.client = ClientKind::Json;
    const CallSpec json = form.toCallSpec();
    QCOMPARE(json.path, form.jsonPath);
    QVERIFY(json.service.isEmpty());
}

void tst_Outcome::customerName_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("name");
    QTest::newRow("object with name")
        << QByteArray(R"({"name": "Victoria Murray"})") << QStringLiteral("Victoria Murray");
    QTest::newRow("string") << QByteArray(R"("James Edmunds")") << QStringLiteral("James Edmunds");
    QTest::newRow("object without name") << QByteArray(R"({"id": 1})") << QStringLiteral(R"({"id": 1})");
    QTest::newRow("number") << QByteArray("42") << QStringLiteral("42");
    QTest::newRow("nothing") << QByteArray("{}") << QString();
    // Large data is not written out in full: a long text is cut, a long list summarised.
    QTest::newRow("long text") << QByteArray('"' + QByteArray(100000, 'x') + '"')
                               << QString(QString(300, u'x') + u'…');
    QByteArray list = "[0";
    for (int i = 1; i < 100000; ++i)
        list += ", " + QByteArray::number(i);
    QTest::newRow("long list") << list + ']' << QStringLiteral("[100000 …]");
    QTest::newRow("short list") << QByteArray("[1, 2]") << QStringLiteral("[1, 2]");
}

void tst_Outcome::customerName()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, name);
    QCOMPARE(zd::customerName(responded(ClientKind::Json, 200, body)), name);
}

QTEST_GUILESS_MAIN(tst_Outcome)
#include "tst_outcome.moc"
