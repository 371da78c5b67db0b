// The demo server's configuration file: what it accepts, what it refuses and why, and that a
// loaded layout is the one the server applies.
#include "callonce.h"
#include "demoserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

using namespace zd;
using namespace zd::demo;

class tst_DemoConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void errors_data();
    void errors();
    void missingFile();
    void exampleFileLoads();
    void limits();
    void customLayoutIsServed();
};

void tst_DemoConfig::defaults()
{
    const DemoConfig config = DemoConfig::defaults();
    QCOMPARE(config.wire, Wire::G2);
    const SecurityDefinition *django = config.securityByName(QStringLiteral("Django Integration"));
    QVERIFY(django);
    QCOMPARE(django->user, QStringLiteral("django"));
    QCOMPARE(django->password, QStringLiteral("my-password"));
    QCOMPARE(django->realm, QStringLiteral("Zato"));
    QStringList paths;
    for (const Channel &channel : config.channels)
        paths << channel.path;
    for (const char *path :
         {"/clients/django/any-service-invoker", "/clients/flask/any-service-invoker",
          "/clients/django/json-client", "/clients/flask/json-client", "/zato/admin/invoke",
          "/zato/api/invoke/{service}", "/zato/ping", "/clients/rbac/json-client"})
        QVERIFY2(paths.contains(QString::fromLatin1(path)), path);
}

void tst_DemoConfig::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("not JSON") << QByteArray("{wire: g1}")
                              << QStringLiteral("not valid JSON: Expecting property name");
    QTest::newRow("not an object") << QByteArray("[]") << QStringLiteral("must be a JSON object");
    QTest::newRow("bad wire") << QByteArray(R"({"wire": "g3"})") << QStringLiteral("\"wire\" must be");
    QTest::newRow("user without name") << QByteArray(R"({"security": [{"user": "u"}]})")
                                       << QStringLiteral("needs a \"name\" and a \"user\"");
    QTest::newRow("relative path") << QByteArray(
                                          R"({"channels": [{"name": "c", "path": "x", "service": "s"}]})")
                                   << QStringLiteral("Channel \"c\" needs a \"path\"");
    QTest::newRow("unknown security")
        << QByteArray(R"({"channels": [{"name": "c", "path": "/x", "service": "s", "security": "nobody"}]})")
        << QStringLiteral("unknown security definition \"nobody\"");
}

void tst_DemoConfig::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, messagePart);
    const ConfigLoad load = parseConfig(json);
    QVERIFY(!load.config);
    QVERIFY2(load.error.contains(messagePart), qPrintable(load.error));
}

void tst_DemoConfig::missingFile()
{
    const ConfigLoad load = loadConfig(QStringLiteral("/nonexistent/demo.json"));
    QVERIFY(!load.config);
    QVERIFY(load.error.contains(u"/nonexistent/demo.json"));
}

void tst_DemoConfig::exampleFileLoads()
{
    const ConfigLoad load =
        loadConfig(QStringLiteral(ZD_SOURCE_DIR "/src/demo-server/demo-config.example.json"));
    QVERIFY2(load.config, qPrintable(load.error));
    QCOMPARE(load.config->channels.size(), 5);
    QCOMPARE(load.config->security.size(), 3);
}

void tst_DemoConfig::limits()
{
    const ConfigLoad load = parseConfig(R"({"limits": {"header_timeout_ms": 500, "idle_timeout_ms": 0,
        "max_connections": 50, "body_budget_bytes": 1048576, "send_buffer_bytes": -1}})");
    QVERIFY2(load.config, qPrintable(load.error));
    const Limits &limits = load.config->limits;
    QCOMPARE(limits.headerTimeoutMs, 500);
    QCOMPARE(limits.idleTimeoutMs, 0); // no idle timeout
    QCOMPARE(limits.maxConnections, 50);
    QCOMPARE(limits.bodyBudgetBytes, 1048576);
    QCOMPARE(limits.bodyTimeoutMs, Limits().bodyTimeoutMs);     // left out: the default
    QCOMPARE(limits.sendBufferBytes, Limits().sendBufferBytes); // negative: ignored
}

void tst_DemoConfig::customLayoutIsServed()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(R"({
        "wire": "g1",
        "cache_ttl_seconds": 60,
        "security": [
            {"name": "Ops", "user": "ops", "password": "ops-pass", "realm": "Operations"},
            {"name": "Guest", "user": "guest", "password": "guest-pass"}
        ],
        "channels": [
            {"name": "lookup", "path": "/ops/customer", "service": "customer.get2", "security": "Ops", "method": "post"},
            {"name": "rbac lookup", "path": "/ops/rbac", "service": "customer.get2", "rbac": true, "rbac_allow": ["Ops"]}
        ],
        "faults": {"latency_ms": 0, "hang_paths": ["/ops/hang"]}
    })");
    file.close();
    const ConfigLoad load = loadConfig(file.fileName());
    QVERIFY2(load.config, qPrintable(load.error));
    const DemoConfig &config = *load.config;
    QCOMPARE(config.wire, Wire::G1);
    QCOMPARE(config.cacheTtlSeconds, 60);
    QCOMPARE(config.channels.size(), 2);
    QCOMPARE(config.channels.at(0).method, QStringLiteral("POST"));
    QCOMPARE(config.securityByName(QStringLiteral("Guest"))->realm, QStringLiteral("Zato"));
    QCOMPARE(config.faults.hangPaths, QStringList{QStringLiteral("/ops/hang")});

    DemoServer server(config);
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    const auto run = [&](const QString &path, const QString &user, const QString &password) {
        CallSpec spec;
        spec.address = server.address();
        spec.path = path;
        spec.user = user;
        spec.password = password;
        spec.payload = Payload::fromRaw(R"({"cust_id": "456"})");
        return zd::test::callOnce(ClientKind::Json, spec, &network, 10000);
    };
    const InvokeResult ok =
        run(QStringLiteral("/ops/customer"), QStringLiteral("ops"), QStringLiteral("ops-pass"));
    QCOMPARE(ok.response.status, 200);
    QCOMPARE(ok.response.body, QByteArray(R"({"name": "James Edmunds"})"));
    const InvokeResult wrongRealm =
        run(QStringLiteral("/ops/customer"), QStringLiteral("guest"), QStringLiteral("guest-pass"));
    QCOMPARE(headerValue(wrongRealm.response.headers, "WWW-Authenticate"),
             std::optional<QByteArray>("Basic realm=\"Operations\""));
    QCOMPARE(run(QStringLiteral("/ops/rbac"), QStringLiteral("guest"), QStringLiteral("guest-pass"))
                 .response.status,
             403);
    QCOMPARE(
        run(QStringLiteral("/ops/rbac"), QStringLiteral("ops"), QStringLiteral("ops-pass")).response.status,
        200);
    QCOMPARE(
        run(QStringLiteral("/clients/django/json-client"), QStringLiteral("ops"), QStringLiteral("ops-pass"))
            .response.status,
        404);
}

QTEST_GUILESS_MAIN(tst_DemoConfig)
#include "tst_democonfig.moc"
