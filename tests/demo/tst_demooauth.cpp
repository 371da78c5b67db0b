// The demo identity provider (/demo/oauth/token, /demo/oauth/jwks) and the JWT-protected /demo/jwt
// channel, in both flavours, over real loopback sockets. Tokens are taken apart here with Qt's own
// JSON and base64, and signatures checked with plain RSA arithmetic from libcrypto's big numbers, so
// no expected value comes from the code under test.
#include "demohttp.h"
#include "demoserver.h"
#include "enmasse/enmasse.h"
#include "jwt/rsakey.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTemporaryDir>
#include <QTest>
#include <openssl/bn.h>

using namespace zd::demo;
using namespace demohttp;

Q_DECLARE_METATYPE(zd::demo::Flavour)

namespace {

const QByteArray victoria = R"({"name":"Victoria Murray"})";
const QByteArray formType = "Content-Type: application/x-www-form-urlencoded";
const QByteArray jsonType = "Content-Type: application/json";

QByteArray form(const QByteArray &clientId, const QByteArray &extra = QByteArray())
{
    return "grant_type=client_credentials&client_id=" + clientId + "&client_secret=demo-client-secret" +
           extra;
}

QByteArray b64(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray unb64(const QByteArray &text)
{
    return QByteArray::fromBase64(text, QByteArray::Base64UrlEncoding);
}

QJsonObject part(const QByteArray &token, int index)
{
    return QJsonDocument::fromJson(unb64(token.split('.').value(index))).object();
}

Answer tokenRequest(quint16 port, const QByteArray &body, const QList<QByteArray> &headers = {formType})
{
    return exchange(port, "POST", "/demo/oauth/token", headers, body);
}

QByteArray tokenFor(quint16 port, const QByteArray &clientId)
{
    const Answer answer = tokenRequest(port, form(clientId));
    return QJsonDocument::fromJson(answer.body).object().value(u"access_token").toString().toLatin1();
}

int callJwt(quint16 port, const QByteArray &token, const QByteArray &path = "/demo/jwt")
{
    return exchange(port, "POST", path, {"Authorization: Bearer " + token}, customer123).status;
}

// RSASSA-PKCS1-v1_5 with SHA-256 by hand (RFC 8017 §8.2.2): signature^e mod n must be
// 00 01 FF…FF 00, the DigestInfo of SHA-256, then the hash of header.payload.
bool verifyRs256(const QByteArray &token, const QJsonObject &jwk)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return false;
    const QByteArray n = unb64(jwk.value(u"n").toString().toLatin1());
    const QByteArray e = unb64(jwk.value(u"e").toString().toLatin1());
    const QByteArray signature = unb64(parts.at(2));
    const auto number = [](const QByteArray &bytes) {
        return BN_bin2bn(reinterpret_cast<const unsigned char *>(bytes.constData()), int(bytes.size()),
                         nullptr);
    };
    BIGNUM *bnN = number(n);
    BIGNUM *bnE = number(e);
    BIGNUM *bnS = number(signature);
    BIGNUM *result = BN_new();
    BN_CTX *context = BN_CTX_new();
    QByteArray decoded(n.size(), '\0');
    const bool computed = BN_mod_exp(result, bnS, bnE, bnN, context) == 1 &&
                          BN_bn2binpad(result, reinterpret_cast<unsigned char *>(decoded.data()),
                                       int(decoded.size())) == decoded.size();
    BN_CTX_free(context);
    BN_free(result);
    BN_free(bnS);
    BN_free(bnE);
    BN_free(bnN);
    if (!computed)
        return false;
    const QByteArray digestInfo = QByteArray::fromHex("3031300d060960864801650304020105000420");
    const QByteArray hash =
        QCryptographicHash::hash(QByteArray(parts.at(0) + '.' + parts.at(1)), QCryptographicHash::Sha256);
    const QByteArray tail = QByteArray(1, '\0') + digestInfo + hash;
    const QByteArray expected =
        QByteArray::fromHex("0001") + QByteArray(n.size() - 2 - tail.size(), '\xff') + tail;
    return decoded == expected;
}

// A token made here: the header and claims as given, signed with the demo server's key (or not).
QByteArray forge(const QJsonObject &header, const QJsonObject &claims)
{
    const QByteArray input = b64(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                             b64(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    return input + '.' + b64(jwt::RsaKey::demo().sign(input));
}

QJsonObject goodClaims()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return {{QStringLiteral("iss"), QStringLiteral("zato-desk-demo-idp")},
            {QStringLiteral("sub"), QStringLiteral("test")},
            {QStringLiteral("aud"), QStringLiteral("zato-desk-demo")},
            {QStringLiteral("iat"), now},
            {QStringLiteral("exp"), now + 600},
            {QStringLiteral("role"), QStringLiteral("reader")}};
}

QJsonObject jwksOf(quint16 port)
{
    return QJsonDocument::fromJson(exchange(port, "GET", "/demo/oauth/jwks").body).object();
}

void addFlavours()
{
    QTest::addColumn<Flavour>("flavour");
    QTest::newRow("3.2") << Flavour::Zato32;
    QTest::newRow("4.1") << Flavour::Zato41;
}

} // namespace

class tst_DemoOAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jwks_data() { addFlavours(); }
    void jwks();
    void tokenByForm_data() { addFlavours(); }
    void tokenByForm();
    void tokenByJson();
    void tokenByBasic();
    void tokenErrors_data();
    void tokenErrors();
    void jwtChannel_data();
    void jwtChannel();
    void shortLivedTokenExpires();
    void listClaimsAndAudienceArrays();
    void jwksFile();
    void jwksFileErrors_data();
    void jwksFileErrors();
    void adminList();
    void enmasse();
};

void tst_DemoOAuth::jwks()
{
    QFETCH(Flavour, flavour);
    DemoServer server(DemoConfig::defaults(flavour));
    QVERIFY(server.listen());
    const Answer answer = exchange(server.port(), "GET", "/demo/oauth/jwks");
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.header("Content-Type").value_or(QByteArray()), QByteArray("application/json"));
    const QJsonArray keys = QJsonDocument::fromJson(answer.body).object().value(u"keys").toArray();
    QCOMPARE(keys.size(), 1);
    const QJsonObject key = keys.first().toObject();
    QCOMPARE(key.value(u"kty").toString(), QStringLiteral("RSA"));
    QCOMPARE(key.value(u"use").toString(), QStringLiteral("sig"));
    QCOMPARE(key.value(u"alg").toString(), QStringLiteral("RS256"));
    QCOMPARE(key.value(u"e").toString(), QStringLiteral("AQAB"));
    QVERIFY(!key.value(u"kid").toString().isEmpty());
    const QString n = key.value(u"n").toString();
    QVERIFY2(!n.contains(u'=') && !n.contains(u'+') && !n.contains(u'/'),
             qPrintable(n));                   // base64url, no padding
    QCOMPARE(unb64(n.toLatin1()).size(), 256); // 2048 bits
    // The same key in every server of the process.
    DemoServer other(DemoConfig::defaults(flavour));
    QVERIFY(other.listen());
    QCOMPARE(jwksOf(other.port()), jwksOf(server.port()));

    const Answer post = exchange(server.port(), "POST", "/demo/oauth/jwks");
    QCOMPARE(post.status, 405);
    QCOMPARE(post.header("Allow").value_or(QByteArray()), QByteArray("GET, HEAD"));
}

void tst_DemoOAuth::tokenByForm()
{
    QFETCH(Flavour, flavour);
    DemoServer server(DemoConfig::defaults(flavour));
    QVERIFY(server.listen());
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    // "+" is a space in a form; %3A a colon.
    const Answer answer =
        tokenRequest(server.port(), form("demo-client", "&scope=customers%3Aread+orders:read"));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.header("Content-Type").value_or(QByteArray()), QByteArray("application/json"));
    QCOMPARE(answer.header("Cache-Control").value_or(QByteArray()), QByteArray("no-store"));
    const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
    QCOMPARE(body.keys(), (QStringList{u"access_token"_qs, u"expires_in"_qs, u"scope"_qs, u"token_type"_qs}));
    QCOMPARE(body.value(u"token_type").toString(), QStringLiteral("Bearer"));
    QCOMPARE(body.value(u"expires_in").toInt(), 3600);
    QCOMPARE(body.value(u"scope").toString(), QStringLiteral("customers:read orders:read"));

    const QByteArray token = body.value(u"access_token").toString().toLatin1();
    QCOMPARE(token.count('.'), 2);
    QVERIFY(!token.contains('='));
    const QJsonObject jwk = jwksOf(server.port()).value(u"keys").toArray().first().toObject();
    const QJsonObject header = part(token, 0);
    QCOMPARE(header,
             (QJsonObject{{u"alg"_qs, u"RS256"_qs}, {u"typ"_qs, u"JWT"_qs}, {u"kid"_qs, jwk.value(u"kid")}}));
    const QJsonObject claims = part(token, 1);
    QCOMPARE(claims.value(u"iss").toString(), QStringLiteral("zato-desk-demo-idp"));
    QCOMPARE(claims.value(u"sub").toString(), QStringLiteral("demo-client"));
    QCOMPARE(claims.value(u"aud").toString(), QStringLiteral("zato-desk-demo"));
    QCOMPARE(claims.value(u"role").toString(), QStringLiteral("reader"));
    QCOMPARE(claims.value(u"scope").toString(), QStringLiteral("customers:read orders:read"));
    QVERIFY(!claims.value(u"jti").toString().isEmpty());
    const qint64 iat = claims.value(u"iat").toInteger();
    QVERIFY(iat >= before && iat <= QDateTime::currentSecsSinceEpoch());
    QCOMPARE(claims.value(u"exp").toInteger() - iat, 3600);
    QVERIFY(verifyRs256(token, jwk));

    // Every token has its own jti.
    const QByteArray again = tokenFor(server.port(), "demo-client");
    QVERIFY(part(again, 1).value(u"jti") != claims.value(u"jti"));
    // A token that fails the hand-made check: the check itself is not always true.
    QByteArray tampered = token;
    tampered[tampered.size() - 5] = tampered.at(tampered.size() - 5) == 'A' ? 'B' : 'A';
    QVERIFY(!verifyRs256(tampered, jwk));
}

void tst_DemoOAuth::tokenByJson()
{
    DemoServer server(DemoConfig::defaults(Flavour::Zato41));
    QVERIFY(server.listen());
    const QByteArray body =
        R"({"grant_type": "client_credentials", "client_id": "demo-client", "client_secret": "demo-client-secret"})";
    const Answer answer =
        tokenRequest(server.port(), body, {"Content-Type: application/json; charset=utf-8"});
    QCOMPARE(answer.status, 200);
    const QJsonObject object = QJsonDocument::fromJson(answer.body).object();
    QVERIFY(!object.contains(u"scope")); // none asked for, none granted
    const QByteArray token = object.value(u"access_token").toString().toLatin1();
    QVERIFY(!part(token, 1).contains(u"scope"));
    QVERIFY(verifyRs256(token, jwksOf(server.port()).value(u"keys").toArray().first().toObject()));
    QCOMPARE(callJwt(server.port(), token), 200);

    // The same body as a form would be is not read as JSON without the JSON content type.
    QCOMPARE(tokenRequest(server.port(), body, {formType}).status, 400);
}

void tst_DemoOAuth::tokenByBasic()
{
    DemoServer server(DemoConfig::defaults(Flavour::Zato32));
    QVERIFY(server.listen());
    const Answer answer = tokenRequest(server.port(), "grant_type=client_credentials&scope=orders:read",
                                       {formType, basic("demo-client", "demo-client-secret")});
    QCOMPARE(answer.status, 200);
    const QJsonObject object = QJsonDocument::fromJson(answer.body).object();
    QCOMPARE(object.value(u"scope").toString(), QStringLiteral("orders:read"));
    const QByteArray token = object.value(u"access_token").toString().toLatin1();
    QCOMPARE(part(token, 1).value(u"sub").toString(), QStringLiteral("demo-client"));
    QVERIFY(verifyRs256(token, jwksOf(server.port()).value(u"keys").toArray().first().toObject()));
    // The same client id in the body as well is fine.
    QCOMPARE(tokenRequest(server.port(), "grant_type=client_credentials&client_id=demo-client",
                          {formType, basic("demo-client", "demo-client-secret")})
                 .status,
             200);
}

void tst_DemoOAuth::tokenErrors_data()
{
    QTest::addColumn<Flavour>("flavour");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QList<QByteArray>>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QByteArray>("challenge"); // WWW-Authenticate, empty: none

    const QByteArray realm = R"(Basic realm="Zato Desk demo")";
    for (const auto &[name, flavour] :
         {std::pair{"3.2", Flavour::Zato32}, std::pair{"4.1", Flavour::Zato41}}) {
        const auto row = [name = name](const char *what) -> QTestData & {
            return QTest::newRow(
                qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(name), QLatin1String(what))));
        };
        const auto post = QByteArray("POST");
        row("no grant_type") << flavour << post << QList<QByteArray>{formType}
                             << QByteArray("client_id=demo-client&client_secret=demo-client-secret") << 400
                             << u"invalid_request"_qs << QByteArray();
        row("no client_secret") << flavour << post << QList<QByteArray>{formType}
                                << QByteArray("grant_type=client_credentials&client_id=demo-client") << 400
                                << u"invalid_request"_qs << QByteArray();
        row("no client_id") << flavour << post << QList<QByteArray>{formType}
                            << QByteArray("grant_type=client_credentials&client_secret=demo-client-secret")
                            << 400 << u"invalid_request"_qs << QByteArray();
        row("empty body") << flavour << post << QList<QByteArray>{formType} << QByteArray() << 400
                          << u"invalid_request"_qs << QByteArray();
        row("JSON that does not parse") << flavour << post << QList<QByteArray>{jsonType}
                                        << QByteArray(R"({"grant_type": "client_credentials",)") << 400
                                        << u"invalid_request"_qs << QByteArray();
        row("JSON array") << flavour << post << QList<QByteArray>{jsonType} << QByteArray("[1]") << 400
                          << u"invalid_request"_qs << QByteArray();
        row("parameter twice") << flavour << post << QList<QByteArray>{formType}
                               << form("demo-client", "&client_id=demo-client") << 400
                               << u"invalid_request"_qs << QByteArray();
        row("Basic and a secret in the body")
            << flavour << post << QList<QByteArray>{formType, basic("demo-client", "demo-client-secret")}
            << form("demo-client") << 400 << u"invalid_request"_qs << QByteArray();
        row("password grant") << flavour << post << QList<QByteArray>{formType}
                              << QByteArray(
                                     "grant_type=password&client_id=demo-client&client_secret=demo-client-"
                                     "secret&username=u&password=p")
                              << 400 << u"unsupported_grant_type"_qs << QByteArray();
        row("scope the client may not have")
            << flavour << post << QList<QByteArray>{formType}
            << form("demo-client", "&scope=orders:read+admin") << 400 << u"invalid_scope"_qs << QByteArray();
        row("unknown client") << flavour << post << QList<QByteArray>{formType} << form("nobody") << 401
                              << u"invalid_client"_qs << QByteArray();
        row("wrong secret") << flavour << post << QList<QByteArray>{formType}
                            << QByteArray(
                                   "grant_type=client_credentials&client_id=demo-client&client_secret=x")
                            << 401 << u"invalid_client"_qs << QByteArray();
        row("wrong secret in JSON")
            << flavour << post << QList<QByteArray>{jsonType}
            << QByteArray(
                   R"({"grant_type": "client_credentials", "client_id": "demo-client", "client_secret": "x"})")
            << 401 << u"invalid_client"_qs << QByteArray();
        row("wrong secret in Basic") << flavour << post
                                     << QList<QByteArray>{formType, basic("demo-client", "wrong")}
                                     << QByteArray("grant_type=client_credentials") << 401
                                     << u"invalid_client"_qs << realm;
        row("unknown client in Basic")
            << flavour << post << QList<QByteArray>{formType, basic("nobody", "demo-client-secret")}
            << QByteArray("grant_type=client_credentials") << 401 << u"invalid_client"_qs << realm;
        row("GET") << flavour << QByteArray("GET") << QList<QByteArray>{} << QByteArray() << 405
                   << u"invalid_request"_qs << QByteArray();
        row("PUT") << flavour << QByteArray("PUT") << QList<QByteArray>{formType} << form("demo-client")
                   << 405 << u"invalid_request"_qs << QByteArray();
    }
}

void tst_DemoOAuth::tokenErrors()
{
    QFETCH(Flavour, flavour);
    QFETCH(QByteArray, method);
    QFETCH(QList<QByteArray>, headers);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(QByteArray, challenge);
    DemoServer server(DemoConfig::defaults(flavour));
    QVERIFY(server.listen());
    const Answer answer = exchange(server.port(), method, "/demo/oauth/token", headers, body);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.header("Content-Type").value_or(QByteArray()), QByteArray("application/json"));
    QCOMPARE(answer.header("WWW-Authenticate").value_or(QByteArray()), challenge);
    if (status == 405)
        QCOMPARE(answer.header("Allow").value_or(QByteArray()), QByteArray("POST"));
    const QJsonObject object = QJsonDocument::fromJson(answer.body).object();
    QCOMPARE(object.value(u"error").toString(), error);
    QVERIFY(!object.value(u"error_description").toString().isEmpty());
    QVERIFY(!object.contains(u"access_token"));
}

void tst_DemoOAuth::jwtChannel_data()
{
    QTest::addColumn<Flavour>("flavour");
    QTest::addColumn<QByteArray>("kind"); // how the test makes the token

    for (const auto &[name, flavour] :
         {std::pair{"3.2", Flavour::Zato32}, std::pair{"4.1", Flavour::Zato41}}) {
        for (const char *kind :
             {"demo-client", "expired", "other audience", "no role", "alg none", "HS256",
              "tampered signature", "tampered claims", "unknown kid", "missing kid", "other issuer", "no exp",
              "garbage", "two parts", "no token", "static token"}) {
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(name), QLatin1String(kind))))
                << flavour << QByteArray(kind);
        }
    }
}

void tst_DemoOAuth::jwtChannel()
{
    QFETCH(Flavour, flavour);
    QFETCH(QByteArray, kind);
    DemoServer server(DemoConfig::defaults(flavour));
    QVERIFY(server.listen());
    const quint16 port = server.port();
    const QString kid = jwksOf(port).value(u"keys").toArray().first().toObject().value(u"kid").toString();
    const QJsonObject rs256{{u"alg"_qs, u"RS256"_qs}, {u"typ"_qs, u"JWT"_qs}, {u"kid"_qs, kid}};
    const QByteArray good = tokenFor(port, "demo-client");
    QVERIFY(!good.isEmpty());

    QByteArray token;
    if (kind == "demo-client") {
        token = good;
    } else if (kind == "expired") {
        token = tokenFor(port, "demo-client-expired");
        QVERIFY(part(token, 1).value(u"exp").toInteger() < QDateTime::currentSecsSinceEpoch());
    } else if (kind == "other audience") {
        token = tokenFor(port, "demo-client-other-audience");
        QCOMPARE(part(token, 1).value(u"aud").toString(), QStringLiteral("some-other-api"));
    } else if (kind == "no role") {
        token = tokenFor(port, "demo-client-no-role");
        QVERIFY(!part(token, 1).contains(u"role"));
    } else if (kind == "alg none") {
        const QList<QByteArray> parts = good.split('.');
        token =
            b64(R"({"alg":"none","typ":"JWT","kid":")" + kid.toLatin1() + "\"}") + '.' + parts.at(1) + '.';
    } else if (kind == "HS256") {
        // Signed with HMAC, the public key's modulus as the secret: the classic algorithm confusion.
        const QList<QByteArray> parts = good.split('.');
        const QByteArray input =
            b64(R"({"alg":"HS256","typ":"JWT","kid":")" + kid.toLatin1() + "\"}") + '.' + parts.at(1);
        const QByteArray n =
            jwksOf(port).value(u"keys").toArray().first().toObject().value(u"n").toString().toLatin1();
        token = input + '.' + b64(QMessageAuthenticationCode::hash(input, n, QCryptographicHash::Sha256));
    } else if (kind == "tampered signature") {
        token = good;
        token[token.size() - 3] = token.at(token.size() - 3) == 'x' ? 'y' : 'x';
    } else if (kind == "tampered claims") {
        QJsonObject claims = part(good, 1);
        claims.insert(u"sub"_qs, u"someone-else"_qs);
        const QList<QByteArray> parts = good.split('.');
        token =
            parts.at(0) + '.' + b64(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.' + parts.at(2);
    } else if (kind == "unknown kid") {
        QJsonObject header = rs256;
        header.insert(u"kid"_qs, u"not-a-known-key"_qs);
        token = forge(header, goodClaims()); // a valid signature: only the kid is wrong
    } else if (kind == "missing kid") {
        QJsonObject header = rs256;
        header.remove(u"kid"_qs);
        token = forge(header, goodClaims());
    } else if (kind == "other issuer") {
        QJsonObject claims = goodClaims();
        claims.insert(u"iss"_qs, u"someone-else"_qs);
        token = forge(rs256, claims);
    } else if (kind == "no exp") {
        QJsonObject claims = goodClaims();
        claims.remove(u"exp"_qs);
        token = forge(rs256, claims);
    } else if (kind == "garbage") {
        token = "garbage";
    } else if (kind == "two parts") {
        token = good.left(good.lastIndexOf('.'));
    } else if (kind == "static token") {
        token = "demo-token"; // /demo/bearer's, not a JWT
    }

    // The forged tokens are made right: the same signing with good claims is let in.
    QCOMPARE(callJwt(port, forge(rs256, goodClaims())), 200);

    const Answer answer = kind == "no token" ? exchange(port, "POST", "/demo/jwt", {}, customer123)
                                             : exchange(port, "POST", "/demo/jwt",
                                                        {"Authorization: Bearer " + token}, customer123);
    if (kind == "demo-client") {
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body, victoria);
        // The prefix in any case, as for the static bearer token.
        QCOMPARE(exchange(port, "POST", "/demo/jwt", {"Authorization: bearer " + token}, customer123).status,
                 200);
        return;
    }
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.header("WWW-Authenticate").value_or(QByteArray()), QByteArray("Bearer"));
    const QString cid = answer.cid();
    QVERIFY2(!cid.isEmpty(), answer.body.constData());
    QCOMPARE(answer.body,
             R"({"result":"Error","cid":")" + cid.toLatin1() + R"(","details":"401 Unauthorized"})");
}

void tst_DemoOAuth::shortLivedTokenExpires()
{
    DemoServer server(DemoConfig::defaults(Flavour::Zato41));
    QVERIFY(server.listen());
    const Answer answer = tokenRequest(server.port(), form("demo-client-short"));
    QCOMPARE(QJsonDocument::fromJson(answer.body).object().value(u"expires_in").toInt(), 2);
    const QByteArray token = tokenFor(server.port(), "demo-client-short");
    QCOMPARE(part(token, 1).value(u"exp").toInteger() - part(token, 1).value(u"iat").toInteger(), 2);
    QCOMPARE(callJwt(server.port(), token), 200);
    QTRY_COMPARE_WITH_TIMEOUT(callJwt(server.port(), token), 401, 5000);
    // A new token works again.
    QCOMPARE(callJwt(server.port(), tokenFor(server.port(), "demo-client-short")), 200);
}

// Claims from the configuration: a list-valued claim matches by membership, "aud" may be an array;
// clients from "oauth_clients".
void tst_DemoOAuth::listClaimsAndAudienceArrays()
{
    const ConfigLoad load = parseConfig(R"({
        "zato": "4.1",
        "security": [{"name": "Orders JWT", "type": "bearer_token", "issuer": "zato-desk-demo-idp",
                      "audience": "orders-api", "claims": ["groups=admins", "tier=2"]}],
        "channels": [{"name": "Orders", "path": "/orders", "service": "customer.get2", "security": "Orders JWT"}],
        "oauth_clients": [
            {"client_id": "admin", "client_secret": "s", "audience": "orders-api", "scopes": "a b",
             "claims": {"groups": ["staff", "admins"], "tier": 2}},
            {"client_id": "staff", "client_secret": "s", "audience": "orders-api",
             "claims": {"groups": ["staff"], "tier": 2}}
        ]})");
    QVERIFY2(load.config, qPrintable(load.error));
    DemoServer server(*load.config);
    QVERIFY(server.listen());
    const quint16 port = server.port();
    const auto issued = [port](const char *id) {
        const Answer answer = tokenRequest(port, "grant_type=client_credentials&client_id=" + QByteArray(id) +
                                                     "&client_secret=s&scope=b");
        return QJsonDocument::fromJson(answer.body).object().value(u"access_token").toString().toLatin1();
    };
    QCOMPARE(callJwt(port, issued("admin"), "/orders"), 200);
    QCOMPARE(callJwt(port, issued("staff"), "/orders"), 401);
    QCOMPARE(tokenFor(port, "demo-client"), QByteArray()); // the built-in clients are replaced

    const QString kid = jwksOf(port).value(u"keys").toArray().first().toObject().value(u"kid").toString();
    const QJsonObject header{{u"alg"_qs, u"RS256"_qs}, {u"kid"_qs, kid}};
    QJsonObject claims = goodClaims();
    claims.insert(u"groups"_qs, QJsonArray{u"admins"_qs});
    claims.insert(u"tier"_qs, 2);
    claims.insert(u"aud"_qs, QJsonArray{u"something-else"_qs, u"orders-api"_qs});
    QCOMPARE(callJwt(port, forge(header, claims), "/orders"), 200);
    claims.insert(u"aud"_qs, QJsonArray{u"something-else"_qs});
    QCOMPARE(callJwt(port, forge(header, claims), "/orders"), 401);
}

// A definition whose keys come from a JWKS file: tokens signed by a key there are let in, the
// demo's own tokens (another kid) are not.
void tst_DemoOAuth::jwksFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DemoServer reference(DemoConfig::defaults());
    QVERIFY(reference.listen());
    QJsonObject key = jwksOf(reference.port()).value(u"keys").toArray().first().toObject();
    key.insert(u"kid"_qs, u"from-the-file"_qs);
    const QString path = dir.filePath(QStringLiteral("keys.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(QJsonObject{{u"keys"_qs, QJsonArray{key}}}).toJson());
    file.close();

    const QByteArray config = R"({"security": [{"name": "File JWT", "type": "bearer_token",
        "issuer": "zato-desk-demo-idp", "audience": "zato-desk-demo", "claims": {"role": "reader"},
        "jwks_file": ")" + path.toUtf8() +
                              R"("}],
        "channels": [{"name": "File", "path": "/file", "service": "customer.get2", "security": "File JWT"}]})";
    const ConfigLoad load = parseConfig(config);
    QVERIFY2(load.config, qPrintable(load.error));
    DemoServer server(*load.config);
    QVERIFY(server.listen());
    QCOMPARE(callJwt(server.port(),
                     forge({{u"alg"_qs, u"RS256"_qs}, {u"kid"_qs, u"from-the-file"_qs}}, goodClaims()),
                     "/file"),
             200);
    QCOMPARE(callJwt(server.port(), tokenFor(server.port(), "demo-client"), "/file"), 401);
}

void tst_DemoOAuth::jwksFileErrors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("not JSON") << QByteArray("-----BEGIN PUBLIC KEY-----")
                              << QStringLiteral("is not valid JSON");
    QTest::newRow("no keys array") << QByteArray(R"({"kty": "RSA"})") << QStringLiteral("\"keys\" array");
    QTest::newRow("empty") << QByteArray(R"({"keys": []})") << QStringLiteral("no keys");
    QTest::newRow("EC key only") << QByteArray(R"({"keys": [{"kty": "EC", "kid": "ec", "crv": "P-256"}]})")
                                 << QStringLiteral("no usable key");
    QTest::newRow("RSA key with no kid")
        << QByteArray(R"({"keys": [{"kty": "RSA", "n": "AQAB", "e": "AQAB"}]})")
        << QStringLiteral("no usable key");
    QTest::newRow("RSA key too small")
        << QByteArray(R"({"keys": [{"kty": "RSA", "kid": "k", "n": "1yM", "e": "AQAB"}]})")
        << QStringLiteral("no usable key");
    QTest::newRow("missing file") << QByteArray() << QStringLiteral("cannot be read");
}

void tst_DemoOAuth::jwksFileErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, messagePart);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("keys.json"));
    if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QByteArray config = R"({"zato": "4.1", "security": [{"name": "File JWT", "type": "bearer_token",
        "issuer": "i", "audience": "a", "jwks_file": ")" +
                              path.toUtf8() + R"("}]})";
    const ConfigLoad load = parseConfig(config);
    QVERIFY(!load.config);
    QVERIFY2(load.error.contains(path), qPrintable(load.error));
    QVERIFY2(load.error.contains(u"File JWT"), qPrintable(load.error));
    QVERIFY2(load.error.contains(messagePart), qPrintable(load.error));

    // A JWT definition needs an issuer and an audience.
    const ConfigLoad noAudience =
        parseConfig(R"({"security": [{"name": "J", "type": "bearer_token", "issuer": "i"}]})");
    QVERIFY(!noAudience.config);
    QVERIFY2(noAudience.error.contains(u"needs an \"issuer\" and an \"audience\""),
             qPrintable(noAudience.error));
}

// zato.security.oauth.get-list (4.1 admin services): the JWT rules, never the static token.
void tst_DemoOAuth::adminList()
{
    DemoServer server(DemoConfig::defaults(Flavour::Zato41));
    QVERIFY(server.listen());
    const Answer answer = exchange(server.port(), "POST", "/zato/api/invoke/zato.security.oauth.get-list",
                                   {basic("admin.invoke", "my-password")}, R"({"cluster_id": 1})");
    QCOMPARE(answer.status, 200);
    QVERIFY(!answer.body.contains("demo-token"));
    const QJsonArray list = QJsonDocument::fromJson(answer.body).array();
    QStringList names;
    QJsonObject jwt;
    for (const QJsonValue &item : list) {
        names << item[u"name"].toString();
        if (item[u"name"] == u"Demo JWT"_qs)
            jwt = item.toObject();
    }
    QCOMPARE(names, (QStringList{u"Demo bearer token"_qs, u"Demo JWT"_qs}));
    QCOMPARE(jwt.value(u"is_static_token").toBool(), false);
    QCOMPARE(jwt.value(u"issuer").toString(), QStringLiteral("zato-desk-demo-idp"));
    QCOMPARE(jwt.value(u"audience").toString(), QStringLiteral("zato-desk-demo"));
    QCOMPARE(jwt.value(u"claims").toArray(), (QJsonArray{u"role=reader"_qs}));
    QCOMPARE(jwt.value(u"jwks_url").toString(), QStringLiteral("/demo/oauth/jwks"));
    QCOMPARE(jwt.value(u"auth_server_url").toString(), QStringLiteral("/demo/oauth/token"));
}

// An enmasse file's inbound-JWT definitions: served when their keys are the demo's own, refused with
// a warning otherwise; the export carries the rules.
void tst_DemoOAuth::enmasse()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fileName = dir.filePath(QStringLiteral("jwt.yaml"));
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"(security:
  - name: orders.jwt
    type: bearer_token
    username: demo-client
    issuer: zato-desk-demo-idp
    jwks_url: http://localhost:17010/demo/oauth/jwks
    audience: zato-desk-demo
    claims:
      - role=reader
  - name: idp.jwt
    type: bearer_token
    issuer: https://login.example.com/realms/x
    jwks_url: https://login.example.com/realms/x/certs
    audience: orders-api
channel_rest:
  - name: orders.jwt.channel
    service: customer.get2
    url_path: /api/jwt
    security: orders.jwt
  - name: idp.jwt.channel
    service: customer.get2
    url_path: /api/idp
    security: idp.jwt
)");
    file.close();
    EnmasseOptions options;
    options.useProcessEnvironment = false;
    const EnmasseLoad load = loadEnmasse(fileName, options);
    QVERIFY2(load.config, qPrintable(load.error));
    QCOMPARE(load.warnings.size(), 1);
    QVERIFY2(load.warnings.constFirst().contains(u"idp.jwt") &&
                 load.warnings.constFirst().contains(u"/demo/oauth/jwks"),
             qPrintable(load.warnings.constFirst()));
    DemoServer server(*load.config);
    QVERIFY(server.listen());
    const QByteArray token = tokenFor(server.port(), "demo-client");
    QCOMPARE(callJwt(server.port(), token, "/api/jwt"), 200);
    QCOMPARE(callJwt(server.port(), tokenFor(server.port(), "demo-client-no-role"), "/api/jwt"), 401);
    QCOMPARE(callJwt(server.port(), token, "/api/idp"), 401);

    const QByteArray exported =
        exchange(server.port(), "POST", "/zato/api/invoke/zato.server.invoker",
                 {basic("admin.invoke", "my-password")}, R"({"func_name": "export_enmasse"})")
            .body;
    QVERIFY2(exported.contains("issuer: zato-desk-demo-idp"), exported.constData());
    QVERIFY2(exported.contains("jwks_url: http://localhost:17010/demo/oauth/jwks"), exported.constData());
    QVERIFY2(exported.contains("- role=reader"), exported.constData());
}

QTEST_GUILESS_MAIN(tst_DemoOAuth)
#include "tst_demooauth.moc"
