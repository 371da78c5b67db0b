// Response checks of zato-protocol.md §7 (vectors 6-27 and 30-36): the fields the Python clients
// derive, and a protocol error where they would raise.
#include "invoke/responsereader.h"

#include "json/parser.h"
#include "json/writer.h"
#include <QTest>

using namespace zd;

namespace {

QByteArray b64(QByteArrayView text)
{
    return text.toByteArray().toBase64();
}

QByteArray g2(const QByteArray &response)
{
    return R"({"response":")" + response + R"(","zato_env":{"result":"ZATO_OK","cid":"C","details":""}})";
}

const QByteArray okEnv = R"({"zato_env":{"result":"ZATO_OK","cid":"C","details":""}})";
const QByteArray parseError = "<parse-error>";

HttpHeaders headersOf(const QByteArray &spec)
{
    HttpHeaders headers;
    for (const QByteArray &line : spec.split('|')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    return headers;
}

QByteArray dumped(const json::Value &value)
{
    return json::dumps(value);
}

QByteArray canonical(const QByteArray &jsonText)
{
    const json::ParseResult parsed = json::parse(jsonText);
    return parsed.ok ? json::dumps(parsed.value) : "<invalid expectation: " + jsonText + ">";
}

} // namespace

class tst_ResponseReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vectors_data();
    void vectors();
    void base64WithNewlines();
    void responseTimes();
    void apiMetaFromHeaders();
    void apiMetaThatIsNotANumber();
    void apiFields_data();
    void apiFields();
    void keepsExactBody();
};

void tst_ResponseReader::vectors_data()
{
    QTest::addColumn<int>("client");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("hasData");
    QTest::addColumn<QByteArray>("data");      // JSON of the expected data
    QTest::addColumn<QByteArray>("details");   // JSON of the expected details, or <parse-error>
    QTest::addColumn<QByteArray>("sioResult"); // JSON
    QTest::addColumn<QByteArray>("meta");      // JSON
    QTest::addColumn<QString>("cid");
    QTest::addColumn<int>("error"); // ErrorKind

    const int as = int(ClientKind::AnyService);
    const int jc = int(ClientKind::Json);
    const int api = int(ClientKind::Api);
    const QByteArray cidC = "X-Zato-CID: C";
    const QString c = QStringLiteral("C");
    const int none = int(ErrorKind::None);
    const int protocol = int(ErrorKind::Protocol);
    const QByteArray err500 = R"({"result":"Error","cid":"c","details":["Customer not found"]})";
    const QByteArray err401 = R"({"result":"Error","cid":"c","details":"Unauthorized; cid=c"})";

    QTest::newRow("6: G2 object") << as << 200 << cidC << g2(b64(R"({"name": "Victoria Murray"})")) << true
                                  << true << QByteArray(R"({"name": "Victoria Murray"})")
                                  << QByteArray(R"("")") << QByteArray(R"("ZATO_OK")") << QByteArray("null")
                                  << c << none;
    QTest::newRow("7: G2 string") << as << 200 << cidC << g2(b64("Victoria Murray")) << true << true
                                  << QByteArray(R"("Victoria Murray")") << QByteArray(R"("")")
                                  << QByteArray(R"("ZATO_OK")") << QByteArray("{}") << c << none;
    QTest::newRow("8: single zato key unwrapped")
        << as << 200 << cidC << g2(b64(R"({"zato_ping_response": {"pong": "zato"}})")) << true << true
        << QByteArray(R"({"pong": "zato"})") << QByteArray(R"("")") << QByteArray(R"("ZATO_OK")")
        << QByteArray("null") << c << none;
    QTest::newRow("9: bare zato key")
        << as << 200 << cidC << g2(b64(R"({"zato": 1})")) << true << true << QByteArray("1")
        << QByteArray(R"("")") << QByteArray(R"("ZATO_OK")") << QByteArray("null") << c << none;
    QTest::newRow("10: two keys, no unwrap")
        << as << 200 << cidC << g2(b64(R"({"zato_x_response": [1,2], "_meta": {"total": 2}})")) << true
        << true << QByteArray(R"({"zato_x_response": [1, 2], "_meta": {"total": 2}})") << QByteArray(R"("")")
        << QByteArray(R"("ZATO_OK")") << QByteArray(R"({"total": 2})") << c << none;
    QTest::newRow("11: response key not unwrapped")
        << as << 200 << cidC << g2(b64(R"({"response": {"name": "X"}})")) << true << true
        << QByteArray(R"({"response": {"name": "X"}})") << QByteArray(R"("")") << QByteArray(R"("ZATO_OK")")
        << QByteArray("null") << c << none;
    QTest::newRow("12: null inner") << as << 200 << cidC << g2(b64("null")) << true << true
                                    << QByteArray("null") << QByteArray(R"("")") << QByteArray(R"("ZATO_OK")")
                                    << QByteArray("{}") << c << none;
    QTest::newRow("13: number inner")
        << as << 200 << cidC << g2(b64("123")) << true << true << QByteArray("123") << QByteArray(R"("")")
        << QByteArray(R"("ZATO_OK")") << QByteArray("{}") << c << none;
    QTest::newRow("14: text kept verbatim")
        << as << 200 << cidC << g2(b64(" abc ")) << true << true << QByteArray(R"(" abc ")")
        << QByteArray(R"("")") << QByteArray(R"("ZATO_OK")") << QByteArray("{}") << c << none;
    QTest::newRow("15: no response key")
        << as << 200 << cidC << okEnv << true << false << QByteArray("null") << QByteArray(R"("")")
        << QByteArray(R"("ZATO_OK")") << QByteArray("{}") << c << none;
    QTest::newRow("16: empty response")
        << as << 200 << cidC << g2("") << true << false << QByteArray("null") << QByteArray(R"("")")
        << QByteArray(R"("ZATO_OK")") << QByteArray("{}") << c << none;
    QTest::newRow("17: _meta skipped when picking the key")
        << as << 200 << cidC
        << QByteArray(
               R"({"response":"e30=","_meta":{"a":1},"zato_env":{"result":"ZATO_OK","cid":"C","details":""}})")
        << true << true << QByteArray("{}") << QByteArray(R"("")") << QByteArray(R"("ZATO_OK")")
        << QByteArray("null") << c << none;
    QTest::newRow("19: ZATO_ERROR")
        << as << 200 << cidC
        << QByteArray(R"({"zato_env":{"result":"ZATO_ERROR","cid":"K1","details":"boom"}})") << false << false
        << QByteArray("null") << QByteArray(R"("boom")") << QByteArray(R"("ZATO_ERROR")") << QByteArray("{}")
        << c << none;
    QTest::newRow("20: G2 500 error")
        << as << 500 << cidC << err500 << false << false << QByteArray("null")
        << json::quote(QString::fromUtf8(err500)) << QByteArray("null") << QByteArray("{}") << c << none;
    QTest::newRow("21: 401 with challenge")
        << as << 401 << QByteArray("X-Zato-CID: C|WWW-Authenticate: Basic realm=\"Zato\"") << err401 << false
        << false << QByteArray("null") << json::quote(QString::fromUtf8(err401)) << QByteArray("null")
        << QByteArray("{}") << c << none;
    QTest::newRow("22: text 404 is a protocol error")
        << as << 404 << cidC << QByteArray("URL not found (CID:abc)") << false << false << QByteArray("null")
        << QByteArray("null") << QByteArray("null") << QByteArray("{}") << c << protocol;
    QTest::newRow("23: no X-Zato-CID")
        << as << 200 << QByteArray() << g2(b64("Victoria Murray")) << true << true
        << QByteArray(R"("Victoria Murray")") << QByteArray(R"("")") << QByteArray(R"("ZATO_OK")")
        << QByteArray("{}") << QStringLiteral("(None)") << none;
    QTest::newRow("24: G1 body read by the compatible reader")
        << as << 200 << cidC
        << QByteArray(
               R"({"zato_env": {"details": "", "result": "ZATO_OK", "cid": "K047CE55SAGSC9F2G3XK9G1AH25Y"}, )"
               R"("zato_service_invoke_response": {"response": ")" +
               b64(R"({"name": "X"})") + R"(\n"}})")
        << true << true << QByteArray(R"({"name": "X"})") << QByteArray(R"("")") << QByteArray(R"("ZATO_OK")")
        << QByteArray("null") << c << none;
    QTest::newRow("G1: dict-returning target gives no data")
        << as << 200 << cidC
        << QByteArray(R"({"zato_env": {"details": "", "result": "ZATO_OK", "cid": "K1"}, )"
                      R"("zato_service_invoke_response": {"response": ""}})")
        << true << false << QByteArray("null") << QByteArray(R"("")") << QByteArray(R"("ZATO_OK")")
        << QByteArray("{}") << c << none;
    QTest::newRow("G1: error body") << as << 500 << cidC
                                    << QByteArray(R"({"zato_env": {"result": "ZATO_ERROR", "cid": "K1", )"
                                                  R"("details": "Traceback..."}})")
                                    << false << false << QByteArray("null") << QByteArray(R"("Traceback...")")
                                    << QByteArray(R"("ZATO_ERROR")") << QByteArray("{}") << c << none;
    QTest::newRow("25: plain REST body is a protocol error")
        << as << 200 << cidC << QByteArray(R"({"name":"Victoria Murray"})") << false << false
        << QByteArray("null") << QByteArray("null") << QByteArray("null") << QByteArray("{}") << c
        << protocol;
    QTest::newRow("26: top-level string")
        << as << 200 << cidC << QByteArray(R"("hello")") << true << true << QByteArray(R"("hello")")
        << QByteArray(R"("\"hello\"")") << QByteArray("null") << QByteArray("{}") << c << none;
    QTest::newRow("27: async CID") << as << 200 << cidC << g2(b64("4f1c9a7e2b6d8e0a3c5f7b9d")) << true << true
                                   << QByteArray(R"("4f1c9a7e2b6d8e0a3c5f7b9d")") << QByteArray(R"("")")
                                   << QByteArray(R"("ZATO_OK")") << QByteArray("{}") << c << none;
    QTest::newRow("36: -list service without response")
        << as << 200 << cidC << okEnv << true << false << QByteArray("null") << QByteArray(R"("")")
        << QByteArray(R"("ZATO_OK")") << QByteArray("{}") << c << none;
    QTest::newRow("zato_env not an object")
        << as << 200 << cidC << QByteArray(R"({"zato_env": 1})") << false << false << QByteArray("null")
        << QByteArray("null") << QByteArray("null") << QByteArray("{}") << c << protocol;
    QTest::newRow("inner not UTF-8") << as << 200 << cidC << g2(b64("\xff\xfe")) << false << false
                                     << QByteArray("null") << QByteArray("null") << QByteArray("null")
                                     << QByteArray("{}") << c << protocol;

    QTest::newRow("30: JC object") << jc << 200 << cidC << QByteArray(R"({"name":"Victoria Murray"})") << true
                                   << true << QByteArray(R"({"name": "Victoria Murray"})")
                                   << QByteArray("null") << QByteArray("null") << QByteArray("{}") << c
                                   << none;
    QTest::newRow("31: JC empty body")
        << jc << 200 << cidC << QByteArray() << false << false << QByteArray("null") << parseError
        << QByteArray("null") << QByteArray("{}") << c << none;
    QTest::newRow("32: JC text") << jc << 200 << cidC << QByteArray("Victoria Murray") << false << false
                                 << QByteArray("null") << parseError << QByteArray("null") << QByteArray("{}")
                                 << c << none;
    QTest::newRow("33: JC 500 JSON error")
        << jc << 500 << cidC << err500 << false << true << err500 << QByteArray("null") << QByteArray("null")
        << QByteArray("{}") << c << none;
    QTest::newRow("34: JC 404 text") << jc << 404 << cidC << QByteArray("URL not found (CID:abc)") << false
                                     << false << QByteArray("null") << parseError << QByteArray("null")
                                     << QByteArray("{}") << c << none;
    QTest::newRow("35: JC empty object")
        << jc << 200 << cidC << QByteArray("{}") << true << false << QByteArray("{}") << QByteArray("null")
        << QByteArray("null") << QByteArray("{}") << c << none;
    QTest::newRow("35: JC empty array")
        << jc << 200 << cidC << QByteArray("[]") << true << false << QByteArray("[]") << QByteArray("null")
        << QByteArray("null") << QByteArray("{}") << c << none;

    QTest::newRow("API object") << api << 200 << QByteArray() << QByteArray(R"({"name":"James Edmunds"})")
                                << true << true << QByteArray(R"({"name": "James Edmunds"})")
                                << QByteArray("null") << QByteArray("null") << QByteArray("{}")
                                << QStringLiteral("(None)") << none;
    QTest::newRow("API text body") << api << 200 << QByteArray() << QByteArray("pong") << true << true
                                   << QByteArray(R"("pong")") << QByteArray("null") << QByteArray("null")
                                   << QByteArray("{}") << QStringLiteral("(None)") << none;
    // Not ok: data stays None and has_data False, details is the text (zato-platform.md §2.6).
    QTest::newRow("API 405") << api << 405 << QByteArray() << QByteArray("Method not allowed (CID:x)")
                             << false << false << QByteArray("null")
                             << QByteArray(R"x("Method not allowed (CID:x)")x") << QByteArray("null")
                             << QByteArray("{}") << QStringLiteral("(None)") << none;
    QTest::newRow("API 201 is not ok") << api << 201 << QByteArray() << QByteArray("{}") << false << false
                                       << QByteArray("null") << QByteArray(R"("{}")") << QByteArray("null")
                                       << QByteArray("{}") << QStringLiteral("(None)") << none;
}

void tst_ResponseReader::vectors()
{
    QFETCH(int, client);
    QFETCH(int, status);
    QFETCH(QByteArray, headers);
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(bool, hasData);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, details);
    QFETCH(QByteArray, sioResult);
    QFETCH(QByteArray, meta);
    QFETCH(QString, cid);
    QFETCH(int, error);

    HttpResponseData response;
    response.status = status;
    response.headers = headersOf(headers);
    response.body = body;
    const InvokeResult result = readResponse(ClientKind(client), response);

    QCOMPARE(int(result.error.kind), error);
    if (error != int(ErrorKind::None))
        QVERIFY(!result.error.message.isEmpty());
    QCOMPARE(result.ok, ok);
    QCOMPARE(result.hasData, hasData);
    QCOMPARE(dumped(result.data), canonical(data));
    if (details == parseError) {
        QVERIFY(result.details.isString());
        QVERIFY2(result.details.toString().startsWith(u"json.decoder.JSONDecodeError: Expecting value"),
                 qPrintable(result.details.toString()));
    } else {
        QCOMPARE(dumped(result.details), canonical(details));
    }
    QCOMPARE(dumped(result.sioResult), canonical(sioResult));
    QCOMPARE(dumped(result.meta), canonical(meta));
    QCOMPARE(result.cid, cid);
    QCOMPARE(result.response.body, body);
}

void tst_ResponseReader::base64WithNewlines() // vector 18
{
    const QByteArray inner =
        R"({"name": "Victoria Murray", "address": "1 Long Street, Some Town, Some County, Some Country"})";
    const QByteArray encoded = inner.toBase64();
    QByteArray wrapped;
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        wrapped += encoded.mid(i, 76) + "\\n";
    QVERIFY(encoded.size() > 76);
    HttpResponseData response;
    response.status = 200;
    response.body = g2(wrapped);
    const InvokeResult result = readResponse(ClientKind::AnyService, response);
    QCOMPARE(result.error.kind, ErrorKind::None);
    QVERIFY(result.hasData);
    QCOMPARE(result.innerServiceResponse, std::optional<QString>(QString::fromUtf8(inner)));
    QCOMPARE(dumped(result.data), canonical(inner));
}

void tst_ResponseReader::responseTimes()
{
    HttpResponseData response;
    response.status = 200;
    response.body = "{}";
    response.headers = {{"x-response-time", "12"}, {"X-Zato-Response-Time", "0.25"}};
    const InvokeResult result = readResponse(ClientKind::Json, response);
    QCOMPARE(dumped(result.responseTime), QByteArray(R"("12")"));
    QCOMPARE(result.serverTimeMs, std::optional<double>(0.25));

    response.headers.clear();
    const InvokeResult without = readResponse(ClientKind::Json, response);
    QVERIFY(without.responseTime.isNull());
    QVERIFY(!without.serverTimeMs);
}

void tst_ResponseReader::apiMetaFromHeaders()
{
    // zato-platform.md §2.6: the newest ZatoClient's meta keys, ints ("None" is null) and bools ("True").
    HttpResponseData response;
    response.status = 200;
    response.body = "[1, 2]";
    response.headers = {{"X-Zato-Result-Total", "40"},        {"x-zato-page-has-next", "True"},
                        {"X-Zato-Page-Has-Previous", "true"}, {"X-Zato-Page-Next", "None"},
                        {"X-Zato-Page-Current", "2"},         {"X-Zato-Page-Size", "20"},
                        {"X-Zato-Page-Total", "3"},           {"X-Zato-Page-Previous", "1"}};
    const InvokeResult result = readResponse(ClientKind::Api, response);
    QCOMPARE(result.error.kind, ErrorKind::None);
    QCOMPARE(
        dumped(result.meta),
        QByteArray(R"({"cur_page": 2, "page_size": 20, "num_pages": 3, "prev_page": 1, "next_page": null, )"
                   R"("has_prev_page": false, "has_next_page": true, "total": 40})"));
}

void tst_ResponseReader::apiMetaThatIsNotANumber()
{
    // int("two") raises in the Python client: it cannot read such a response.
    HttpResponseData response;
    response.status = 200;
    response.body = "[]";
    response.headers = {{"X-Zato-Page-Current", "two"}};
    const InvokeResult result = readResponse(ClientKind::Api, response);
    QCOMPARE(result.error.kind, ErrorKind::Protocol);
    QVERIFY(result.error.message.contains(u"X-Zato-Page-Current"));
}

void tst_ResponseReader::apiFields_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("hasData");
    QTest::addColumn<QByteArray>("details");
    QTest::addColumn<QByteArray>("inner");
    // Values as the newest ZatoClient's _APIResponse sets them (zato-platform.md §2.6).
    QTest::newRow("200 JSON") << 200 << QByteArray(R"({"a": 1})") << true << QByteArray(R"({"a": 1})") << true
                              << QByteArray("null") << QByteArray(R"("{\"a\": 1}")");
    QTest::newRow("200 empty list") << 200 << QByteArray("[]") << true << QByteArray("[]") << false
                                    << QByteArray("null") << QByteArray(R"("[]")");
    QTest::newRow("200 text") << 200 << QByteArray("pong") << true << QByteArray(R"("pong")") << true
                              << QByteArray("null") << QByteArray(R"("pong")");
    QTest::newRow("201 is not ok") << 201 << QByteArray(R"({"a": 1})") << false << QByteArray("null") << false
                                   << QByteArray(R"("{\"a\": 1}")") << QByteArray("null");
    QTest::newRow("400 no such service")
        << 400 << QByteArray(R"({"result":"Error","cid":"c1","details":"No such service `x`"})") << false
        << QByteArray("null") << false
        << QByteArray(R"("{\"result\":\"Error\",\"cid\":\"c1\",\"details\":\"No such service `x`\"}")")
        << QByteArray("null");
}

void tst_ResponseReader::apiFields()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    HttpResponseData response;
    response.status = status;
    response.body = body;
    const InvokeResult result = readResponse(ClientKind::Api, response);
    QCOMPARE(result.error.kind, ErrorKind::None);
    QTEST(result.ok, "ok");
    QTEST(dumped(result.data), "data");
    QTEST(result.hasData, "hasData");
    QTEST(dumped(result.details), "details");
    const json::Value inner =
        result.innerServiceResponse ? json::Value::fromString(*result.innerServiceResponse) : json::Value();
    QTEST(dumped(inner), "inner");
    QCOMPARE(result.cid, QStringLiteral("(None)"));
    QCOMPARE(dumped(result.responseTime), QByteArray(R"x("(No response time)")x"));
}

void tst_ResponseReader::keepsExactBody()
{
    HttpResponseData response;
    response.status = 200;
    response.body = "{\"n\": 123456789012345678901234567890, \"b\": 1}";
    const InvokeResult result = readResponse(ClientKind::Json, response);
    QCOMPARE(dumped(result.data), QByteArray(R"({"n": 123456789012345678901234567890, "b": 1})"));
    QCOMPARE(result.response.body, response.body);
}

QTEST_GUILESS_MAIN(tst_ResponseReader)
#include "tst_responsereader.moc"
