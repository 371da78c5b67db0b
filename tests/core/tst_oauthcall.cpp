// OAuth2 calls through the call session, on real loopback sockets: a scripted token endpoint and a
// scripted channel that records what it receives. The token is got once and kept; calls that ask at
// the same time share one request; a token endpoint that refuses, answers HTML or cannot be reached
// ends the call unsent, with what to check.
#include "call/callsession.h"
#include "demoserver.h"
#include "invoke/networkpool.h"
#include "oauth/tokenprovider.h"
#include "rawhttpserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace zd;
using zd::test::RawHttpServer;

namespace {

const QByteArray victoria = R"({"name": "Victoria Murray"})";

// A token endpoint that gives token-1, token-2, ... each lasting lifetime seconds, to the client
// demo-client with the secret s3cret only.
void tokenEndpoint(RawHttpServer &server, int lifetime = 3600)
{
    server.setHandler([&server, lifetime](const RawHttpServer::Request &request) {
        if (!request.body.contains("client_id=demo-client") || !request.body.contains("client_secret=s3cret"))
            return RawHttpServer::reply(401, R"({"error": "invalid_client"})",
                                        {{"Content-Type", "application/json"}});
        const int n = int(server.requests().size());
        return RawHttpServer::reply(200,
                                    QByteArray(R"({"access_token": "token-)") + QByteArray::number(n) +
                                        R"(", "token_type": "Bearer", "expires_in": )" +
                                        QByteArray::number(lifetime) + "}",
                                    {{"Content-Type", "application/json"}, {"Cache-Control", "no-store"}});
    });
}

void channel(RawHttpServer &server)
{
    server.setHandler([](const RawHttpServer::Request &) {
        return RawHttpServer::reply(200, victoria, {{"Content-Type", "application/json"}});
    });
}

CallSpec oauth2Call(const RawHttpServer &channelServer, const RawHttpServer &idp)
{
    CallSpec spec;
    spec.address = channelServer.address();
    spec.path = QStringLiteral("/demo/jwt");
    spec.payload = Payload::fromJson(json::Value::fromObject(
        {{QStringLiteral("cust_id"), json::Value::fromString(QStringLiteral("123"))}}));
    spec.auth.kind = AuthKind::OAuth2;
    spec.auth.secret = QStringLiteral("s3cret");
    spec.auth.oauth2.tokenUrl = idp.address() + u"/oauth/token";
    spec.auth.oauth2.clientId = QStringLiteral("demo-client");
    spec.timeout = std::chrono::seconds(10);
    return spec;
}

// A call of the demo server's /demo/jwt with a token from its own endpoint for client and secret.
CallSpec demoCall(const demo::DemoServer &server, const QString &client, const QString &secret)
{
    CallSpec spec;
    spec.address = server.address();
    spec.path = QStringLiteral("/demo/jwt");
    spec.payload = Payload::fromJson(json::Value::fromObject(
        {{QStringLiteral("cust_id"), json::Value::fromString(QStringLiteral("123"))}}));
    spec.auth.kind = AuthKind::OAuth2;
    spec.auth.secret = secret;
    spec.auth.oauth2.tokenUrl = server.address() + u"/demo/oauth/token";
    spec.auth.oauth2.clientId = client;
    spec.timeout = std::chrono::seconds(20);
    return spec;
}

QList<CallReport> waitForReports(QSignalSpy &finished, int count)
{
    while (finished.size() < count && finished.wait(15000)) {
    }
    QList<CallReport> reports;
    for (const QList<QVariant> &arguments : finished)
        reports << arguments.constFirst().value<CallReport>();
    return reports;
}

} // namespace

class tst_OAuthCall : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void tokenGotOnceAndSentAsBearer();
    void tokenGotAgainAfterItExpires();
    void refusedTokenEndsTheCallUnsent_data();
    void refusedTokenEndsTheCallUnsent();
    void cancelWhileGettingTheToken();
    void demoServerTokensAndChannel_data();
    void demoServerTokensAndChannel();
    void demoServerTokenGotAgainAfterItExpires();

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<NetworkPool> m_pool;
};

void tst_OAuthCall::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_pool = std::make_unique<NetworkPool>(m_network.get());
}

void tst_OAuthCall::tokenGotOnceAndSentAsBearer()
{
    RawHttpServer idp, api;
    idp.listen();
    api.listen();
    tokenEndpoint(idp);
    channel(api);
    CallSession session(m_pool.get());
    QSignalSpy finished(&session, &CallSession::finished);
    const CallSpec spec = oauth2Call(api, idp);
    session.call(ClientKind::Json, spec); // two at once: one token request between them
    session.call(ClientKind::Json, spec);
    QList<CallReport> reports = waitForReports(finished, 2);
    QCOMPARE(reports.size(), 2);
    session.call(ClientKind::Json, spec); // later: the kept token
    reports = waitForReports(finished, 3);
    QCOMPARE(reports.size(), 3);
    for (const CallReport &report : reports) {
        QVERIFY2(report.result.ok, qPrintable(report.result.error.message));
        QCOMPARE(report.result.request.url.toString(), api.address() + u"/demo/jwt");
    }
    QCOMPARE(idp.requests().size(), 1);
    const RawHttpServer::Request &tokenRequest = idp.requests().constFirst();
    QCOMPARE(tokenRequest.target, QByteArray("/oauth/token"));
    QCOMPARE(tokenRequest.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(tokenRequest.body,
             QByteArray("grant_type=client_credentials&client_id=demo-client&client_secret=s3cret"));
    QCOMPARE(api.requests().size(), 3);
    for (const RawHttpServer::Request &request : api.requests())
        QCOMPARE(request.header("Authorization"), QByteArray("Bearer token-1"));
    QCOMPARE(session.tokens()->requestsSent(), 1);
}

void tst_OAuthCall::tokenGotAgainAfterItExpires()
{
    RawHttpServer idp, api;
    idp.listen();
    api.listen();
    tokenEndpoint(idp, 3600);
    channel(api);
    CallSession session(m_pool.get());
    QDateTime now = QDateTime::currentDateTimeUtc();
    session.tokens()->setClock([&now] { return now; });
    QSignalSpy finished(&session, &CallSession::finished);
    const CallSpec spec = oauth2Call(api, idp);
    session.call(ClientKind::Json, spec);
    QCOMPARE(waitForReports(finished, 1).size(), 1);
    now = now.addSecs(3569); // 31 s before it expires: still kept
    session.call(ClientKind::Json, spec);
    QCOMPARE(waitForReports(finished, 2).size(), 2);
    now = now.addSecs(2); // within 30 s of its expiry: got again
    session.call(ClientKind::Json, spec);
    const QList<CallReport> reports = waitForReports(finished, 3);
    QCOMPARE(reports.size(), 3);
    QCOMPARE(idp.requests().size(), 2);
    QCOMPARE(api.requests().at(0).header("Authorization"), QByteArray("Bearer token-1"));
    QCOMPARE(api.requests().at(1).header("Authorization"), QByteArray("Bearer token-1"));
    QCOMPARE(api.requests().at(2).header("Authorization"), QByteArray("Bearer token-2"));
}

void tst_OAuthCall::refusedTokenEndsTheCallUnsent_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("says");
    QTest::newRow("wrong secret") << "secret"
                                  << "401 Unauthorized, invalid_client. Check the client id";
    QTest::newRow("HTML login page") << "html"
                                     << "answered with text/html, not a JSON token";
    QTest::newRow("not reached") << "down"
                                 << "Cannot get a token from";
    QTest::newRow("no token URL") << "no-url"
                                  << "token URL is empty";
}

void tst_OAuthCall::refusedTokenEndsTheCallUnsent()
{
    QFETCH(QString, what);
    QFETCH(QString, says);
    RawHttpServer idp, api;
    idp.listen();
    api.listen();
    tokenEndpoint(idp);
    if (what == u"html")
        idp.setHandler([](const RawHttpServer::Request &) {
            return RawHttpServer::reply(200, "<html><body>Sign in</body></html>",
                                        {{"Content-Type", "text/html"}});
        });
    channel(api);
    CallSpec spec = oauth2Call(api, idp);
    if (what == u"secret")
        spec.auth.secret = QStringLiteral("wrong");
    if (what == u"down")
        spec.auth.oauth2.tokenUrl = QStringLiteral("http://127.0.0.1:1/oauth/token");
    if (what == u"no-url")
        spec.auth.oauth2.tokenUrl.clear();
    CallSession session(m_pool.get());
    QSignalSpy sent(&session, &CallSession::sent);
    QSignalSpy finished(&session, &CallSession::finished);
    session.call(ClientKind::Json, spec);
    const QList<CallReport> reports = waitForReports(finished, 1);
    QCOMPARE(reports.size(), 1);
    const CallReport &report = reports.constFirst();
    QVERIFY(!report.result.ok);
    QCOMPARE(report.result.error.kind, ErrorKind::Usage);
    QVERIFY2(report.result.error.message.contains(says), qPrintable(report.result.error.message));
    QVERIFY(!report.result.error.message.contains(u"s3cret"));
    QCOMPARE(sent.size(), 0);
    QCOMPARE(api.requests().size(), 0); // the call never went out
}

void tst_OAuthCall::cancelWhileGettingTheToken()
{
    RawHttpServer idp, api;
    idp.listen();
    api.listen();
    idp.setHandler([](const RawHttpServer::Request &) {
        RawHttpServer::Reply reply;
        reply.hang = true;
        return reply;
    });
    channel(api);
    CallSession session(m_pool.get());
    QSignalSpy finished(&session, &CallSession::finished);
    session.call(ClientKind::Json, oauth2Call(api, idp));
    QTRY_COMPARE(idp.requests().size(), 1);
    session.cancel();
    const QList<CallReport> reports = waitForReports(finished, 1);
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports.constFirst().result.error.kind, ErrorKind::Cancelled);
    QTest::qWait(100);
    QCOMPARE(api.requests().size(), 0);
}

// Against the demo server's own token endpoint and its RS256 JWT channel, both flavours: a demo-client
// token lets the call in; a token that has expired, is for another audience or lacks the channel's
// required claim is refused with 401 and a Bearer challenge; a wrong secret never reaches the channel.
void tst_OAuthCall::demoServerTokensAndChannel_data()
{
    QTest::addColumn<demo::Flavour>("flavour");
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<int>("status"); // 0: the call is not sent
    for (const auto &[name, flavour] :
         {std::pair{"3.2", demo::Flavour::Zato32}, std::pair{"4.1", demo::Flavour::Zato41}}) {
        const auto row = [name = name](const char *what) -> QTestData & {
            return QTest::newRow(
                qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(name), QLatin1String(what))));
        };
        row("allowed") << flavour << "demo-client"
                       << "demo-client-secret" << 200;
        row("expired") << flavour << "demo-client-expired"
                       << "demo-client-secret" << 401;
        row("another audience") << flavour << "demo-client-other-audience"
                                << "demo-client-secret" << 401;
        row("no role claim") << flavour << "demo-client-no-role"
                             << "demo-client-secret" << 401;
        row("wrong secret") << flavour << "demo-client"
                            << "guess" << 0;
    }
}

void tst_OAuthCall::demoServerTokensAndChannel()
{
    QFETCH(demo::Flavour, flavour);
    QFETCH(QString, client);
    QFETCH(QString, secret);
    QFETCH(int, status);
    demo::DemoServer server(demo::DemoConfig::defaults(flavour));
    QVERIFY(server.listen());
    const CallSpec spec = demoCall(server, client, secret);
    CallSession session(m_pool.get());
    QSignalSpy sent(&session, &CallSession::sent);
    QSignalSpy finished(&session, &CallSession::finished);
    session.call(ClientKind::Json, spec);
    const QList<CallReport> reports = waitForReports(finished, 1);
    QCOMPARE(reports.size(), 1);
    const InvokeResult &result = reports.constFirst().result;
    if (status == 0) {
        QCOMPARE(result.error.kind, ErrorKind::Usage);
        QVERIFY2(result.error.message.contains(u"invalid_client"), qPrintable(result.error.message));
        QCOMPARE(sent.size(), 0);
        return;
    }
    QCOMPARE(sent.size(), 1);
    QCOMPARE(result.response.status, status);
    if (status == 200) {
        QVERIFY2(result.ok, qPrintable(result.error.message));
        QCOMPARE(result.data.find(u"name")->toString(), QStringLiteral("Victoria Murray"));
    } else {
        QCOMPARE(headerValue(result.response.headers, "WWW-Authenticate"),
                 std::optional<QByteArray>("Bearer"));
    }
}

// demo-client-short's tokens last 2 s: kept for the second call, got again once half its life is over.
void tst_OAuthCall::demoServerTokenGotAgainAfterItExpires()
{
    demo::DemoServer server(demo::DemoConfig::defaults(demo::Flavour::Zato41));
    QVERIFY(server.listen());
    const CallSpec spec =
        demoCall(server, QStringLiteral("demo-client-short"), QStringLiteral("demo-client-secret"));
    CallSession session(m_pool.get());
    QSignalSpy finished(&session, &CallSession::finished);
    session.call(ClientKind::Json, spec);
    QCOMPARE(waitForReports(finished, 1).size(), 1);
    session.call(ClientKind::Json, spec);
    QCOMPARE(waitForReports(finished, 2).size(), 2);
    QCOMPARE(session.tokens()->requestsSent(), 1);
    QTest::qWait(1100); // more than half of the token's 2 s
    session.call(ClientKind::Json, spec);
    const QList<CallReport> reports = waitForReports(finished, 3);
    QCOMPARE(reports.size(), 3);
    QCOMPARE(session.tokens()->requestsSent(), 2);
    for (const CallReport &report : reports)
        QCOMPARE(report.result.response.status, 200);
}

QTEST_GUILESS_MAIN(tst_OAuthCall)
#include "tst_oauthcall.moc"
