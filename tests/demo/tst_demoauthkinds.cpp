// API keys and bearer tokens on the demo server's channels (zato-platform.md §1.2), in both
// flavours, over real loopback sockets: what a client must send and what a failure looks like.
#include "demohttp.h"
#include "demoserver.h"

#include <QTest>

using namespace zd::demo;
using namespace demohttp;

Q_DECLARE_METATYPE(zd::demo::Flavour)

namespace {

const QByteArray victoria = R"({"name":"Victoria Murray"})";

QByteArray envelope(const QString &cid, const char *details)
{
    return R"({"result":"Error","cid":")" + cid.toLatin1() + R"(","details":")" + details + "\"}";
}

} // namespace

class tst_DemoAuthKinds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void channels_data();
    void channels();
    void emptyApiKey_data();
    void emptyApiKey();
};

void tst_DemoAuthKinds::channels_data()
{
    QTest::addColumn<Flavour>("flavour");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QList<QByteArray>>("headers");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("challenge"); // WWW-Authenticate, empty: none
    QTest::addColumn<QByteArray>("details");   // the error's details, empty: Victoria Murray

    const QList<std::pair<const char *, Flavour>> flavours = {{"3.2", Flavour::Zato32},
                                                              {"4.1", Flavour::Zato41}};
    for (const auto &[name, flavour] : flavours) {
        const auto row = [name = name](const char *what) -> QTestData & {
            return QTest::newRow(
                qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(name), QLatin1String(what))));
        };
        // apikey: the key in the definition's header, no prefix; failure 401 with no challenge.
        row("api key") << flavour << QByteArray("/demo/apikey")
                       << QList<QByteArray>{"X-API-Key: demo-api-key"} << 200 << QByteArray() << QByteArray();
        row("api key header name in lower case")
            << flavour << QByteArray("/demo/apikey") << QList<QByteArray>{"x-api-key: demo-api-key"} << 200
            << QByteArray() << QByteArray();
        row("api key missing") << flavour << QByteArray("/demo/apikey") << QList<QByteArray>{} << 401
                               << QByteArray() << QByteArray("401 Unauthorized");
        row("api key wrong") << flavour << QByteArray("/demo/apikey") << QList<QByteArray>{"X-API-Key: guess"}
                             << 401 << QByteArray() << QByteArray("401 Unauthorized");
        row("api key with a prefix") << flavour << QByteArray("/demo/apikey")
                                     << QList<QByteArray>{"X-API-Key: Key demo-api-key"} << 401
                                     << QByteArray() << QByteArray("401 Unauthorized");
        row("api key as Basic Auth") << flavour << QByteArray("/demo/apikey")
                                     << QList<QByteArray>{basic("django", "my-password")} << 401
                                     << QByteArray() << QByteArray("401 Unauthorized");
        row("api key in a custom header")
            << flavour << QByteArray("/demo/apikey-custom") << QList<QByteArray>{"X-Partner-Key: partner-key"}
            << 200 << QByteArray() << QByteArray();
        row("api key in the default header where a custom one is set")
            << flavour << QByteArray("/demo/apikey-custom") << QList<QByteArray>{"X-API-Key: partner-key"}
            << 401 << QByteArray() << QByteArray("401 Unauthorized");
        // bearer_token (static): "Authorization: Bearer <token>", prefix in any case; failure 401
        // with "WWW-Authenticate: Bearer".
        row("bearer") << flavour << QByteArray("/demo/bearer")
                      << QList<QByteArray>{"Authorization: Bearer demo-token"} << 200 << QByteArray()
                      << QByteArray();
        row("bearer prefix in lower case")
            << flavour << QByteArray("/demo/bearer") << QList<QByteArray>{"Authorization: bearer demo-token"}
            << 200 << QByteArray() << QByteArray();
        row("bearer prefix in upper case")
            << flavour << QByteArray("/demo/bearer") << QList<QByteArray>{"Authorization: BEARER demo-token"}
            << 200 << QByteArray() << QByteArray();
        row("bearer wrong") << flavour << QByteArray("/demo/bearer")
                            << QList<QByteArray>{"Authorization: Bearer demo-tokens"} << 401
                            << QByteArray("Bearer") << QByteArray("401 Unauthorized");
        row("bearer missing") << flavour << QByteArray("/demo/bearer") << QList<QByteArray>{} << 401
                              << QByteArray("Bearer") << QByteArray("401 Unauthorized");
        row("bearer token without the prefix")
            << flavour << QByteArray("/demo/bearer") << QList<QByteArray>{"Authorization: demo-token"} << 401
            << QByteArray("Bearer") << QByteArray("401 Unauthorized");
        row("bearer given Basic Auth")
            << flavour << QByteArray("/demo/bearer") << QList<QByteArray>{basic("django", "my-password")}
            << 401 << QByteArray("Bearer") << QByteArray("401 Unauthorized");
        // Basic Auth as before.
        row("basic") << flavour << QByteArray("/clients/django/json-client")
                     << QList<QByteArray>{basic("django", "my-password")} << 200 << QByteArray()
                     << QByteArray();
        row("basic wrong") << flavour << QByteArray("/clients/django/json-client")
                           << QList<QByteArray>{basic("django", "wrong")} << 401
                           << QByteArray("Basic realm=\"Zato\"") << QByteArray("Unauthorized; cid=%1");
        row("basic given a bearer token")
            << flavour << QByteArray("/clients/django/json-client")
            << QList<QByteArray>{"Authorization: Bearer demo-token"} << 401
            << QByteArray("Basic realm=\"Zato\"") << QByteArray("Unauthorized; cid=%1");
    }
}

void tst_DemoAuthKinds::channels()
{
    QFETCH(Flavour, flavour);
    QFETCH(QByteArray, path);
    QFETCH(QList<QByteArray>, headers);
    QFETCH(int, status);
    QFETCH(QByteArray, challenge);
    QFETCH(QByteArray, details);
    DemoServer server(DemoConfig::defaults(flavour));
    QVERIFY(server.listen());
    const Answer answer = exchange(server.port(), "POST", path, headers, customer123);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.header("WWW-Authenticate").value_or(QByteArray()), challenge);
    if (details.isEmpty()) {
        QCOMPARE(answer.body, victoria);
        return;
    }
    const QString cid = answer.cid();
    QVERIFY2(!cid.isEmpty(), answer.body.constData());
    QCOMPARE(answer.body, envelope(cid, QString::fromLatin1(details).arg(cid).toLatin1().constData()));
}

void tst_DemoAuthKinds::emptyApiKey_data()
{
    QTest::addColumn<Flavour>("flavour");
    QTest::addColumn<int>("status");
    // An API key definition with no key: 3.2 accepts any value as long as the header is present.
    QTest::newRow("3.2") << Flavour::Zato32 << 200;
    // In 4.1 such a definition never matches.
    QTest::newRow("4.1") << Flavour::Zato41 << 401;
}

void tst_DemoAuthKinds::emptyApiKey()
{
    QFETCH(Flavour, flavour);
    QFETCH(int, status);
    DemoConfig config = DemoConfig::defaults(flavour);
    for (SecurityDefinition &definition : config.security) {
        if (definition.name == u"Demo API key")
            definition.password.clear();
    }
    DemoServer server(config);
    QVERIFY(server.listen());
    QCOMPARE(exchange(server.port(), "POST", "/demo/apikey", {"X-API-Key: anything"}, customer123).status,
             status);
    QCOMPARE(exchange(server.port(), "POST", "/demo/apikey", {}, customer123).status, 401);
}

QTEST_GUILESS_MAIN(tst_DemoAuthKinds)
#include "tst_demoauthkinds.moc"
