// The demo server's configuration file for a Zato 4.1 layout: the flavour, definition types, groups,
// and channel state, limits and deprecation; what it refuses and why; and that the layout is served.
#include "demohttp.h"
#include "demoserver.h"

#include <QTest>

using namespace zd::demo;
using namespace demohttp;

class tst_DemoConfig41 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flavour();
    void errors_data();
    void errors();
    void layoutIsServed();
    void exampleFileLoads();
};

void tst_DemoConfig41::flavour()
{
    const ConfigLoad zato41 = parseConfig(R"({"zato": "4.1"})");
    QVERIFY2(zato41.config, qPrintable(zato41.error));
    QCOMPARE(zato41.config->flavour, Flavour::Zato41);
    QVERIFY(!zato41.config->needsCidHeader); // needs_x_zato_cid is off by default
    QVERIFY(zato41.config->securityByName(QStringLiteral("admin.invoke")));
    QVERIFY(!zato41.config->securityByName(QStringLiteral("pubapi")));

    const ConfigLoad zato32 = parseConfig("{}");
    QCOMPARE(zato32.config->flavour, Flavour::Zato32);
    QVERIFY(zato32.config->needsCidHeader);

    // The flavour asked for when the file names none; the file's own "zato" wins.
    QCOMPARE(parseConfig("{}", Flavour::Zato41).config->flavour, Flavour::Zato41);
    QCOMPARE(parseConfig(R"({"zato": "3.2"})", Flavour::Zato41).config->flavour, Flavour::Zato32);
    QVERIFY(parseConfig(R"({"zato": "4.1", "needs_x_zato_cid": true})").config->needsCidHeader);
}

void tst_DemoConfig41::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("unknown zato") << QByteArray(R"({"zato": "5.0"})")
                                  << QStringLiteral("\"zato\" must be \"3.2\" or \"4.1\", not \"5.0\"");
    QTest::newRow("unknown type") << QByteArray(R"({"security": [{"name": "s", "type": "ntlm"}]})")
                                  << QStringLiteral(
                                         "Security definition \"s\" has the unknown type \"ntlm\"");
    QTest::newRow("api key without a name") << QByteArray(R"({"security": [{"type": "apikey", "key": "k"}]})")
                                            << QStringLiteral("needs a \"name\"");
    QTest::newRow("bad rate limit")
        << QByteArray(
               R"({"security": [{"name": "s", "user": "u", "rate_limit": {"requests": 0, "per_seconds": 10}}]})")
        << QStringLiteral("The \"rate_limit\" of \"s\" needs");
    QTest::newRow("group with an unknown member")
        << QByteArray(R"({"zato": "4.1", "groups": [{"name": "g", "members": ["nobody"]}]})")
        << QStringLiteral("Group \"g\" names the unknown security definition \"nobody\"");
    QTest::newRow("channel with an unknown group")
        << QByteArray(
               R"({"zato": "4.1", "channels": [{"name": "c", "path": "/c", "service": "s", "groups": ["x"]}]})")
        << QStringLiteral("Channel \"c\" names the unknown security group \"x\"");
    QTest::newRow("channel with an unknown definition")
        << QByteArray(
               R"({"zato": "4.1", "channels": [{"name": "c", "path": "/c", "service": "s", "security": "x"}]})")
        << QStringLiteral("Channel \"c\" names the unknown security definition \"x\"");
    QTest::newRow("deprecation without since")
        << QByteArray(
               R"({"channels": [{"name": "c", "path": "/c", "service": "s", "deprecation": {"sunset": "x"}}]})")
        << QStringLiteral("The \"deprecation\" of channel \"c\" needs \"since\"");
}

void tst_DemoConfig41::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, messagePart);
    const ConfigLoad load = parseConfig(json);
    QVERIFY(!load.config);
    QVERIFY2(load.error.contains(messagePart), qPrintable(load.error));
}

void tst_DemoConfig41::layoutIsServed()
{
    const ConfigLoad load = parseConfig(R"({
        "zato": "4.1",
        "security": [
            {"name": "Ops", "user": "ops", "password": "ops-pass", "realm": "Operations",
             "rate_limit": {"requests": 5, "per_seconds": 60}},
            {"name": "Key", "type": "apikey", "header": "X-Ops-Key", "key": "ops-key", "is_active": false},
            {"name": "Token", "type": "bearer_token", "token": "ops-token"}
        ],
        "groups": [{"name": "Ops team", "members": ["Ops", "Key", "Token"]}],
        "channels": [
            {"name": "team", "path": "/ops/team", "service": "customer.get2", "groups": ["Ops team"],
             "deprecation": {"since": 1767225600, "sunset": "Mon, 01 Mar 2027 00:00:00 GMT",
                             "successor": "/ops/v2/team"}},
            {"name": "off", "path": "/ops/off", "service": "customer.get2", "is_active": false,
             "data_format": null},
            {"name": "gateway", "path": "/ops/invoke/{service}", "service": "{service}", "security": "Ops",
             "gateway_service_list": ["customer.get1"], "rate_limit": {"requests": 10, "per_seconds": 1}}
        ]
    })");
    QVERIFY2(load.config, qPrintable(load.error));
    const DemoConfig &config = *load.config;
    const SecurityDefinition *key = config.securityByName(QStringLiteral("Key"));
    QCOMPARE(key->type, SecurityDefinition::Type::ApiKey);
    QCOMPARE(key->header, QByteArray("X-Ops-Key"));
    QVERIFY(!key->isActive);
    QCOMPARE(config.securityByName(QStringLiteral("Token"))->type, SecurityDefinition::Type::BearerToken);
    QCOMPARE(config.securityByName(QStringLiteral("Ops"))->rateLimit,
             std::optional<RateLimit>(RateLimit{5, 60}));
    QCOMPARE(config.channels.at(2).rateLimit, std::optional<RateLimit>(RateLimit{10, 1}));
    QCOMPARE(config.channels.at(1).dataFormat, QString());

    DemoServer server(config);
    QVERIFY(server.listen());
    const quint16 port = server.port();
    const Answer byKey = exchange(port, "POST", "/ops/team", {"X-Ops-Key: ops-key"}, customer123);
    QCOMPARE(byKey.status, 200);
    QCOMPARE(byKey.header("Deprecation"), std::optional<QByteArray>("@1767225600"));
    QCOMPARE(byKey.header("Link"), std::optional<QByteArray>("</ops/v2/team>; rel=\"successor-version\""));
    QCOMPARE(exchange(port, "POST", "/ops/team", {"Authorization: Bearer ops-token"}, customer123).status,
             200);
    QCOMPARE(exchange(port, "POST", "/ops/team", {"X-API-Key: ops-key"}, customer123).status, 403);
    const Answer off = exchange(port, "POST", "/ops/off", {}, customer123);
    QCOMPARE(off.status, 404);
    QCOMPARE(off.body, QByteArray("Channel inactive"));
    const Answer listed =
        exchange(port, "POST", "/ops/invoke/customer.get1", {basic("ops", "ops-pass")}, customer123);
    QCOMPARE(listed.status, 200);
    QCOMPARE(listed.header("X-RateLimit-Limit"), std::optional<QByteArray>("5"));
    QCOMPARE(
        exchange(port, "POST", "/ops/invoke/customer.get2", {basic("ops", "ops-pass")}, customer123).status,
        400);
    const Answer wrong =
        exchange(port, "POST", "/ops/invoke/customer.get1", {basic("ops", "nope")}, customer123);
    QCOMPARE(wrong.header("WWW-Authenticate"), std::optional<QByteArray>("Basic realm=\"Operations\""));
}

void tst_DemoConfig41::exampleFileLoads()
{
    const ConfigLoad load =
        loadConfig(QStringLiteral(ZD_SOURCE_DIR "/src/demo-server/demo-config-41.example.json"));
    QVERIFY2(load.config, qPrintable(load.error));
    QCOMPARE(load.config->flavour, Flavour::Zato41);
    QCOMPARE(load.config->security.size(), 7);
    QCOMPARE(load.config->groups.size(), 2);
    QCOMPARE(load.config->channels.size(), 10);
    QCOMPARE(load.config->oauthClients.size(), 1);
    QVERIFY(load.config->securityByName(QStringLiteral("Billing JWT"))->jwt);
    const SecurityDefinition *certificate = load.config->securityByName(QStringLiteral("Branch certificate"));
    QCOMPARE(certificate->type, SecurityDefinition::Type::Mtls);
    QCOMPARE(certificate->certSubjectDn, QStringLiteral("/CN=billing-branch/O=Example"));
}

QTEST_GUILESS_MAIN(tst_DemoConfig41)
#include "tst_democonfig41.moc"
