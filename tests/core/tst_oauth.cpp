// OAuth2 client credentials without a network: reading a JWT, the token request's bytes, reading a token
// endpoint's answer, and how long a token is kept.
#include "oauth/jwt.h"
#include "oauth/tokencache.h"
#include "oauth/tokenexchange.h"

#include <QTest>
#include <QTimeZone>

using namespace zd;

namespace {

// Written with Python's base64.urlsafe_b64encode and json.dumps, not with the code under test.
const QByteArray signedJwt = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImsxIn0."
                             "eyJzdWIiOiJkZW1vLWNsaWVudCIsImF1ZCI6InphdG8tZGVzay1kZW1vIiwiaWF0IjoxNzY3MjIyMDA"
                             "wLCJleHAiOjE3NjcyMjU2MDAsInNjb3"
                             "BlIjoiY3VzdG9tZXJzOnJlYWQiLCJyb2xlIjoicmVhZGVyIn0.c2lnbmF0dXJl";
// Claims {"note": three "?", three ">", three "~"}: base64url's "-" and "_" in them; no signature (alg none
// would look so).
const QByteArray urlAlphabetJwt =
    "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImsxIn0.eyJub3RlIjoiPz8_Pj4-fn5-In0.";

QString claim(const DecodedJwt &jwt, QStringView name)
{
    const json::Value *value = jwt.claims.find(name);
    return value && value->isString() ? value->toString() : QString();
}

QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone::utc());
}

CallSpec oauth2Call()
{
    CallSpec spec;
    spec.auth.kind = AuthKind::OAuth2;
    spec.auth.secret = QStringLiteral("demo-client-secret");
    spec.auth.oauth2.tokenUrl = QStringLiteral("https://idp.example.com:8443/oauth/token?tenant=t1");
    spec.auth.oauth2.clientId = QStringLiteral("demo-client");
    spec.timeout = std::chrono::seconds(7);
    spec.tls.caFile = QStringLiteral("/etc/ca.pem");
    return spec;
}

InvokeResult answer(int status, const QByteArray &contentType, const QByteArray &body)
{
    InvokeResult result;
    result.response.status = status;
    result.response.reason = status == 200 ? "OK" : status == 401 ? "Unauthorized" : "Bad Request";
    result.response.headers = {{"Content-Type", contentType}};
    result.response.body = body;
    result.response.complete = true;
    return result;
}

} // namespace

class tst_OAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jwtHeaderClaimsAndExpiry();
    void jwtUrlAlphabetAndNoSignature();
    void notAJwt_data();
    void notAJwt();
    void formRequest();
    void jsonRequest();
    void tokenCallProblems_data();
    void tokenCallProblems();
    void answerWithExpiresIn();
    void answerExpiryFromTheJwt();
    void answerProblems_data();
    void answerProblems();
    void cacheKeepsUntilShortlyBeforeExpiry();
    void cacheKeys();
};

void tst_OAuth::jwtHeaderClaimsAndExpiry()
{
    const DecodedJwt jwt = decodeJwt(signedJwt);
    QVERIFY2(jwt.ok(), qPrintable(jwt.error));
    QCOMPARE(jwt.header.find(u"alg")->toString(), QStringLiteral("RS256"));
    QCOMPARE(jwt.header.find(u"kid")->toString(), QStringLiteral("k1"));
    QCOMPARE(claim(jwt, u"sub"), QStringLiteral("demo-client"));
    QCOMPARE(claim(jwt, u"role"), QStringLiteral("reader"));
    QCOMPARE(jwt.expires, utc(2026, 1, 1));
    QCOMPARE(jwt.issuedAt, utc(2025, 12, 31, 23));
}

void tst_OAuth::jwtUrlAlphabetAndNoSignature()
{
    const DecodedJwt jwt = decodeJwt(urlAlphabetJwt);
    QVERIFY2(jwt.ok(), qPrintable(jwt.error));
    QCOMPARE(claim(jwt, u"note"), QStringLiteral("\?\?\?>>>~~~"));
    QVERIFY(!jwt.expires);
}

void tst_OAuth::notAJwt_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("says");
    QTest::newRow("opaque") << QByteArray("demo-token") << QStringLiteral("not a JWT");
    QTest::newRow("two parts") << QByteArray("eyJhIjoxfQ.eyJhIjoxfQ") << QStringLiteral("not a JWT");
    QTest::newRow("header not base64url") << QByteArray("e*J.eyJhIjoxfQ.x") << QStringLiteral("header");
    QTest::newRow("claims not JSON") << QByteArray("eyJhIjoxfQ.bm90IGpzb24.x") << QStringLiteral("claims");
    QTest::newRow("claims not an object") << QByteArray("eyJhIjoxfQ.WzFd.x") << QStringLiteral("object");
}

void tst_OAuth::notAJwt()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, says);
    const DecodedJwt jwt = decodeJwt(token);
    QVERIFY(!jwt.ok());
    QVERIFY2(jwt.error.contains(says), qPrintable(jwt.error));
}

void tst_OAuth::formRequest()
{
    CallSpec call = oauth2Call();
    call.auth.oauth2.clientId = QStringLiteral("demo client/1");
    call.auth.secret = QStringLiteral("s&cret+=é");
    call.auth.oauth2.scopes = {QStringLiteral("customers:read"), QStringLiteral(" "),
                               QStringLiteral("orders:read")};
    call.auth.oauth2.extraFields = {{QStringLiteral("audience"), QStringLiteral("https://api.example.com")}};
    call.tls.frontEndHeaders = true;
    const TokenCall token = tokenCall(call);
    QVERIFY2(token.error.isEmpty(), qPrintable(token.error));
    QCOMPARE(token.spec.address, QStringLiteral("https://idp.example.com:8443"));
    QCOMPARE(token.spec.path, QStringLiteral("/oauth/token?tenant=t1"));
    QCOMPARE(token.spec.method, QByteArray("POST"));
    QCOMPARE(token.spec.auth.kind, AuthKind::None); // the call's own credentials never go to the IdP
    // Python's urllib.parse.urlencode of the same fields, in the same order.
    QCOMPARE(
        token.spec.payload.serialized(),
        QByteArray("grant_type=client_credentials&client_id=demo+client%2F1&client_secret=s%26cret%2B%3D%C3%"
                   "A9&scope=customers%3Aread+orders%3Aread&audience=https%3A%2F%2Fapi.example.com"));
    QCOMPARE(token.spec.extraHeaders.at(0).value, QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(token.spec.timeout, std::chrono::milliseconds(7000));
    QCOMPARE(token.spec.tls.caFile, QStringLiteral("/etc/ca.pem"));
    QVERIFY(!token.spec.tls.frontEndHeaders);
}

void tst_OAuth::jsonRequest()
{
    CallSpec call = oauth2Call();
    call.auth.secret = QStringLiteral("s\"x");
    call.auth.oauth2.format = OAuth2Settings::Format::Json;
    call.auth.oauth2.clientIdField = QStringLiteral("id");
    call.auth.oauth2.clientSecretField = QStringLiteral("secret");
    call.auth.oauth2.scopes = {QStringLiteral("a"), QStringLiteral("b")};
    const TokenCall token = tokenCall(call);
    QVERIFY2(token.error.isEmpty(), qPrintable(token.error));
    // Python's json.dumps of the same dict.
    QCOMPARE(token.spec.payload.serialized(),
             QByteArray(
                 "{\"grant_type\": \"client_credentials\", \"id\": \"demo-client\", \"secret\": \"s\\\"x\", "
                 "\"scope\": \"a b\"}"));
    QCOMPARE(token.spec.extraHeaders.at(0).value, QByteArray("application/json"));
}

void tst_OAuth::tokenCallProblems_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("says");
    const QString url = QStringLiteral("http://127.0.0.1:17010/demo/oauth/token");
    QTest::newRow("no URL") << QString() << "c"
                            << "s"
                            << "token URL is empty";
    QTest::newRow("not http") << "ftp://idp/token"
                              << "c"
                              << "s"
                              << "not an http:// or https:// URL";
    QTest::newRow("no host") << "http:///token"
                             << "c"
                             << "s"
                             << "not an http:// or https:// URL";
    QTest::newRow("no client id") << url << QString() << "s"
                                  << "client id is empty";
    QTest::newRow("no secret") << url << "c" << QString() << "client secret is empty";
}

void tst_OAuth::tokenCallProblems()
{
    QFETCH(QString, url);
    QFETCH(QString, clientId);
    QFETCH(QString, secret);
    QFETCH(QString, says);
    CallSpec call = oauth2Call();
    call.auth.oauth2.tokenUrl = url;
    call.auth.oauth2.clientId = clientId;
    call.auth.secret = secret;
    const TokenCall token = tokenCall(call);
    QVERIFY2(token.error.contains(says), qPrintable(token.error));
}

void tst_OAuth::answerWithExpiresIn()
{
    const TokenAnswer got = readTokenAnswer(
        QStringLiteral("http://idp/token"),
        answer(200, "application/json",
               R"({"access_token": "opaque-1", "token_type": "bearer", "expires_in": 300, "scope": "a b"})"),
        utc(2026, 12, 5, 12));
    QVERIFY2(got.ok(), qPrintable(got.error));
    QCOMPARE(got.token, QStringLiteral("opaque-1"));
    QCOMPARE(got.scope, QStringLiteral("a b"));
    QCOMPARE(got.expires, utc(2026, 12, 5, 12, 5));
}

void tst_OAuth::answerExpiryFromTheJwt()
{
    const TokenAnswer got =
        readTokenAnswer(QStringLiteral("http://idp/token"),
                        answer(200, "application/json", R"({"access_token": ")" + signedJwt + R"("})"),
                        utc(2025, 12, 31, 23));
    QVERIFY2(got.ok(), qPrintable(got.error));
    QCOMPARE(got.expires, utc(2026, 1, 1));
}

void tst_OAuth::answerProblems_data()
{
    QTest::addColumn<InvokeResult>("result");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("says");
    QTest::newRow("HTML login page") << answer(200, "text/html; charset=utf-8",
                                               "<html><body>Sign in</body></html>")
                                     << ErrorKind::Protocol << "answered with text/html, not a JSON token";
    QTest::newRow("invalid_client") << answer(401, "application/json", R"({"error": "invalid_client"})")
                                    << ErrorKind::Protocol
                                    << "401 Unauthorized, invalid_client. Check the client id";
    QTest::newRow("invalid_scope")
        << answer(400, "application/json",
                  R"({"error": "invalid_scope", "error_description": "no orders:write"})")
        << ErrorKind::Protocol << "invalid_scope (no orders:write). Check the scopes";
    QTest::newRow("HTML 404") << answer(404, "text/html", "<h1>Not Found</h1>") << ErrorKind::Protocol
                              << "answered 404";
    QTest::newRow("no access_token") << answer(200, "application/json", R"({"token": "x"})")
                                     << ErrorKind::Protocol << "no access_token";
    QTest::newRow("not a bearer token")
        << answer(200, "application/json", R"({"access_token": "x", "token_type": "mac"})")
        << ErrorKind::Protocol << "of type \"mac\"";
    InvokeResult refused;
    refused.error = {ErrorKind::Transport, TransportFailure::ConnectionRefused,
                     QStringLiteral("Connection refused")};
    QTest::newRow("not reached") << refused << ErrorKind::Transport
                                 << "Cannot get a token from http://idp/token: Connection refused";
}

void tst_OAuth::answerProblems()
{
    QFETCH(InvokeResult, result);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, says);
    const TokenAnswer got = readTokenAnswer(QStringLiteral("http://idp/token"), result, utc(2026, 12, 5));
    QCOMPARE(got.errorKind, kind);
    QVERIFY(got.token.isEmpty());
    QVERIFY2(got.error.contains(says), qPrintable(got.error));
}

void tst_OAuth::cacheKeepsUntilShortlyBeforeExpiry()
{
    TokenCache cache;
    const QDateTime t0 = utc(2026, 12, 5, 12);
    cache.store("hour", {QStringLiteral("t-hour"), t0.addSecs(3600), QString()}, t0);
    cache.store("two-seconds", {QStringLiteral("t-short"), t0.addSecs(2), QString()}, t0);
    cache.store("unknown", {QStringLiteral("t-unknown"), std::nullopt, QString()}, t0);
    cache.store("expired", {QStringLiteral("t-expired"), t0.addSecs(-60), QString()}, t0);

    QCOMPARE(cache.find("hour", t0.addSecs(3569))->token, QStringLiteral("t-hour"));
    QVERIFY(!cache.find("hour", t0.addSecs(3570))); // 30 s before it expires: got again
    QCOMPARE(cache.find("two-seconds", t0.addMSecs(999))->token, QStringLiteral("t-short"));
    QVERIFY(!cache.find("two-seconds", t0.addSecs(1))); // half its lifetime, shorter than 30 s
    QVERIFY(!cache.find("unknown", t0));                // no expiry said: never kept
    QVERIFY(!cache.find("expired", t0));
}

void tst_OAuth::cacheKeys()
{
    const CallSpec a = oauth2Call();
    const QByteArray key = TokenCache::keyOf(a.auth);
    QCOMPARE(TokenCache::keyOf(oauth2Call().auth), key);
    QVERIFY(!key.contains("demo-client-secret"));
    CallSpec other = a;
    other.auth.secret = QStringLiteral("another-secret");
    QVERIFY(TokenCache::keyOf(other.auth) != key);
    other = a;
    other.auth.oauth2.scopes = {QStringLiteral("orders:read")};
    QVERIFY(TokenCache::keyOf(other.auth) != key);
    other = a;
    other.auth.oauth2.format = OAuth2Settings::Format::Json;
    QVERIFY(TokenCache::keyOf(other.auth) != key);
}

QTEST_GUILESS_MAIN(tst_OAuth)
#include "tst_oauth.moc"
