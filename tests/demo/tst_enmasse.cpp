// Zato enmasse files as the demo server's configuration: a 4.1 and a 3.2 file (zato-platform.md §3.3)
// read field by field, served over loopback with right and wrong credentials, and bad files refused
// with the file, the line and the item.
#include "demopost.h"
#include "demoserver.h"
#include "enmasse/enmasse.h"

#include <QTemporaryDir>
#include <QTest>

using namespace zd;
using namespace zd::demo;
using namespace zd::test;

namespace {

const QString dataDir = QStringLiteral(ZD_TEST_DATA_DIR "/enmasse/");

EnmasseOptions exampleOptions()
{
    EnmasseOptions options;
    options.useProcessEnvironment = false;
    const EnvFile env = readEnvFile(dataDir + u"zato41.env");
    if (env.values)
        options.env = *env.values;
    QString error;
    readServiceMapFile(dataDir + u"services.map", options.serviceMap, error);
    return options;
}

const Channel *channelByName(const DemoConfig &config, const QString &name)
{
    for (const Channel &channel : config.channels) {
        if (channel.name == name)
            return &channel;
    }
    return nullptr;
}

bool anyContains(const QStringList &list, const QStringList &parts)
{
    return std::any_of(list.cbegin(), list.cend(), [&parts](const QString &text) {
        return std::all_of(parts.cbegin(), parts.cend(),
                           [&text](const QString &p) { return text.contains(p); });
    });
}

} // namespace

class tst_Enmasse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zato41FileFieldByField();
    void zato32FileFieldByField();
    void served_data();
    void served();
    void refused_data();
    void refused();
    void mappedServiceLoads();
    void envFileAndMappings();
    void processEnvironment();
};

void tst_Enmasse::zato41FileFieldByField()
{
    const EnmasseLoad load = loadEnmasse(dataDir + u"zato41.yaml", exampleOptions());
    QVERIFY2(load.config, qPrintable(load.error));
    const DemoConfig &config = *load.config;
    QCOMPARE(config.flavour, Flavour::Zato41);
    QCOMPARE(config.needsCidHeader, false);

    // Built in, as a newest 4.1 server has it (§2.1): admin.invoke, with its realm.
    const SecurityDefinition *admin = config.securityByName(QStringLiteral("admin.invoke"));
    QVERIFY(admin);
    QCOMPARE(admin->user, QStringLiteral("admin.invoke"));
    QCOMPARE(admin->realm, QStringLiteral("Zato admin invoke"));

    const SecurityDefinition *crm = config.securityByName(QStringLiteral("crm.basic"));
    QVERIFY(crm);
    QCOMPARE(crm->type, SecurityDefinition::Type::BasicAuth);
    QCOMPARE(crm->user, QStringLiteral("crm-app"));
    QCOMPARE(crm->password, QStringLiteral("crm-secret-1")); // Zato_Enmasse_Env.CRM_PASSWORD
    QCOMPARE(crm->realm, QStringLiteral("CRM"));
    QVERIFY(crm->isActive);
    const SecurityDefinition *billing = config.securityByName(QStringLiteral("billing.basic"));
    QVERIFY(billing);
    QCOMPARE(billing->password, QStringLiteral("billing-secret-2")); // ${BILLING_PASSWORD}
    QCOMPARE(billing->realm, QStringLiteral("zato"));                // the import default (§3.1)
    const SecurityDefinition *partner = config.securityByName(QStringLiteral("partner.apikey"));
    QVERIFY(partner);
    QCOMPARE(partner->type, SecurityDefinition::Type::ApiKey);
    QCOMPARE(partner->password, QStringLiteral("partner-key-3"));
    QCOMPARE(partner->header, QByteArray("X-Partner-Key"));
    const SecurityDefinition *jwt = config.securityByName(QStringLiteral("idp.jwt"));
    QVERIFY(jwt);
    QCOMPARE(jwt->type, SecurityDefinition::Type::BearerToken);
    QCOMPARE(jwt->user, QStringLiteral("orders-client-id"));
    // No static token: the client secret is for the IdP, never a token this server accepts.
    QVERIFY(jwt->password != u"orders-secret-4");
    QVERIFY(jwt->password.startsWith(u"Zato-Auto-Password-"));
    const SecurityDefinition *batch = config.securityByName(QStringLiteral("batch.static"));
    QVERIFY(batch);
    QCOMPARE(batch->type, SecurityDefinition::Type::BearerToken);
    QCOMPARE(batch->password, QStringLiteral("batch-token-5"));
    QCOMPARE(batch->isActive, false);
    const SecurityDefinition *edge = config.securityByName(QStringLiteral("edge.mtls"));
    QVERIFY(edge);
    QCOMPARE(edge->type, SecurityDefinition::Type::Mtls);
    QCOMPARE(edge->certFingerprint,
             QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));
    QCOMPARE(edge->certSubjectDn, QString());
    QVERIFY(!config.securityByName(QStringLiteral("legacy.ntlm")));
    QCOMPARE(config.security.size(), 7);

    QCOMPARE(config.groups.size(), 1);
    QCOMPARE(config.groups.at(0).name, QStringLiteral("internal.apps"));
    QCOMPARE(config.groups.at(0).members,
             (QStringList{QStringLiteral("crm.basic"), QStringLiteral("billing.basic"),
                          QStringLiteral("partner.apikey")}));

    QCOMPARE(config.channels.size(), 11); // the file's 8 and 3 built in
    const Channel *invoke = channelByName(config, QStringLiteral("zato.api.invoke"));
    QVERIFY(invoke);
    QCOMPARE(invoke->path, QStringLiteral("/zato/api/invoke/{service}"));
    QCOMPARE(invoke->security, QStringLiteral("admin.invoke"));
    const Channel *ping = channelByName(config, QStringLiteral("zato.ping"));
    QVERIFY(ping);
    QCOMPARE(ping->path, QStringLiteral("/zato/ping"));
    QCOMPARE(ping->service, QStringLiteral("demo.ping"));
    QVERIFY(ping->security.isEmpty());
    const Channel *openApi = channelByName(config, QStringLiteral("zato.channel.openapi.get"));
    QVERIFY(openApi);
    QCOMPARE(openApi->path, QStringLiteral("/openapi/{name}"));

    const Channel *get = channelByName(config, QStringLiteral("orders.get"));
    QVERIFY(get);
    QCOMPARE(get->path, QStringLiteral("/api/orders/{order_id}"));
    QCOMPARE(get->service, QStringLiteral("customer.get2")); // mapped
    QCOMPARE(get->security, QStringLiteral("crm.basic"));
    QCOMPARE(get->method, QStringLiteral("GET"));
    QCOMPARE(get->dataFormat, QStringLiteral("json"));
    QVERIFY(get->isActive);
    const Channel *list = channelByName(config, QStringLiteral("orders.list"));
    QVERIFY(list);
    QCOMPARE(list->service, QStringLiteral("customer.get1"));
    QVERIFY(list->security.isEmpty());
    QCOMPARE(list->groups, QStringList{QStringLiteral("internal.apps")});
    QVERIFY(list->method.isEmpty());
    QCOMPARE(channelByName(config, QStringLiteral("orders.batch"))->security, QStringLiteral("batch.static"));
    QCOMPARE(channelByName(config, QStringLiteral("orders.jwt"))->security, QStringLiteral("idp.jwt"));
    const Channel *health = channelByName(config, QStringLiteral("public.health"));
    QCOMPARE(health->service, QStringLiteral("demo.ping"));
    QVERIFY(health->security.isEmpty());
    const Channel *old = channelByName(config, QStringLiteral("orders.old"));
    QVERIFY(old->deprecation);
    QCOMPARE(old->deprecation->sunset, QStringLiteral("Sun, 30 Jun 2030 00:00:00 GMT"));
    QCOMPARE(old->deprecation->successor, QStringLiteral("/api/orders"));
    QVERIFY(!get->deprecation);
    const Channel *customers = channelByName(config, QStringLiteral("customers.get"));
    QCOMPARE(customers->security, QStringLiteral("billing.basic")); // given as security_name
    QCOMPARE(customers->method, QStringLiteral("POST"));
    QCOMPARE(customers->rateLimit, std::optional<RateLimit>(RateLimit{100, 60}));
    QVERIFY(!get->rateLimit);
    const Channel *retired = channelByName(config, QStringLiteral("customers.retired"));
    QCOMPARE(retired->isActive, false);
    QCOMPARE(retired->dataFormat, QString());
    QCOMPARE(retired->security, QStringLiteral("partner.apikey"));

    // What the demo server cannot honour is said, with file, line and item.
    QVERIFY2(anyContains(load.warnings, {QStringLiteral("zato41-security.yaml:40"),
                                         QStringLiteral("legacy.ntlm"), QStringLiteral("ntlm")}),
             qPrintable(load.warnings.join(u'\n')));
    QVERIFY2(anyContains(load.warnings, {QStringLiteral("zato41.yaml:35: channel_rest[3] \"orders.jwt\""),
                                         QStringLiteral("idp.jwt"), QStringLiteral("static")}),
             qPrintable(load.warnings.join(u'\n')));

    // The OpenAPI channel (§4) is read, not skipped.
    QCOMPARE(config.openApi.size(), 1);
    QCOMPARE(config.openApi.at(0).name, QStringLiteral("orders.api"));
    QCOMPARE(config.openApi.at(0).restChannels,
             (QStringList{QStringLiteral("orders.get"), QStringLiteral("orders.list")}));
    QVERIFY2(!anyContains(load.warnings, {QStringLiteral("channel_openapi")}),
             qPrintable(load.warnings.join(u'\n')));
}

void tst_Enmasse::zato32FileFieldByField()
{
    const EnmasseLoad load = loadEnmasse(dataDir + u"zato32.yaml", exampleOptions());
    QVERIFY2(load.config, qPrintable(load.error));
    const DemoConfig &config = *load.config;
    QCOMPARE(config.flavour, Flavour::Zato32);
    QCOMPARE(config.needsCidHeader, true);
    // Built in on 3.2 (§2.1): admin.invoke and pubapi.
    QVERIFY(config.securityByName(QStringLiteral("admin.invoke")));
    QCOMPARE(config.securityByName(QStringLiteral("pubapi"))->user, QStringLiteral("pubapi"));

    const SecurityDefinition *crm = config.securityByName(QStringLiteral("crm.basic"));
    QVERIFY(crm);
    QCOMPARE(crm->user, QStringLiteral("crm-app"));
    QCOMPARE(crm->password, QStringLiteral("crm-secret-1"));
    QCOMPARE(crm->realm, QStringLiteral("CRM"));
    const SecurityDefinition *partner = config.securityByName(QStringLiteral("partner.apikey"));
    QVERIFY(partner);
    QCOMPARE(partner->type, SecurityDefinition::Type::ApiKey);
    QCOMPARE(partner->password, QStringLiteral("partner-key-3"));
    QCOMPARE(partner->header, QByteArray("X-API-Key")); // the default (§3.2)
    const SecurityDefinition *billing = config.securityByName(QStringLiteral("billing.basic")); // def_sec
    QVERIFY(billing);
    QCOMPARE(billing->user, QStringLiteral("billing-app"));
    QCOMPARE(billing->password, QStringLiteral("billing-secret-2"));
    QCOMPARE(config.security.size(), 5);

    QCOMPARE(config.groups.size(), 1);
    QCOMPARE(config.groups.at(0).name, QStringLiteral("internal.apps"));
    QCOMPARE(config.groups.at(0).members,
             (QStringList{QStringLiteral("crm.basic"), QStringLiteral("partner.apikey")}));

    // Built in: the dispatcher, the invoker and ping; then the file's, without the internal one.
    QVERIFY(channelByName(config, QStringLiteral("admin.invoke.json")));
    QCOMPARE(channelByName(config, QStringLiteral("pub.zato.service.service-invoker"))->security,
             QStringLiteral("pubapi"));
    QVERIFY(channelByName(config, QStringLiteral("zato.ping")));
    QVERIFY(!channelByName(config, QStringLiteral("zato.check")));
    QCOMPARE(config.channels.size(), 7);
    const Channel *get = channelByName(config, QStringLiteral("orders.get"));
    QCOMPARE(get->security, QStringLiteral("crm.basic")); // security_name
    QCOMPARE(get->service, QStringLiteral("customer.get2"));
    QCOMPARE(get->method, QStringLiteral("GET"));
    QCOMPARE(get->path, QStringLiteral("/api/orders/{order_id}"));
    const Channel *list = channelByName(config, QStringLiteral("orders.list"));
    QCOMPARE(list->groups, QStringList{QStringLiteral("internal.apps")}); // security_groups
    QVERIFY(list->security.isEmpty());
    QCOMPARE(channelByName(config, QStringLiteral("customers.get"))->security,
             QStringLiteral("billing.basic")); // sec_def
    const Channel *health = channelByName(config, QStringLiteral("public.health"));
    QVERIFY(health->security.isEmpty()); // zato-no-security
    QCOMPARE(health->service, QStringLiteral("zato.ping"));
    QVERIFY2(anyContains(load.warnings, {QStringLiteral("zato32.yaml"), QStringLiteral("rbac_role")}),
             qPrintable(load.warnings.join(u'\n')));
}

void tst_Enmasse::served_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("4.1") << QStringLiteral("zato41.yaml");
    QTest::newRow("3.2") << QStringLiteral("zato32.yaml");
}

// The loaded file as a running server: the right credential gets the customer, a wrong one 401 with
// the definition's realm.
void tst_Enmasse::served()
{
    QFETCH(QString, file);
    const EnmasseLoad load = loadEnmasse(dataDir + file, exampleOptions());
    QVERIFY2(load.config, qPrintable(load.error));
    DemoServer server(*load.config);
    QVERIFY(server.listen());
    const QString url = server.address() + u"/api/customers";
    const QByteArray body = R"({"cust_id": "123"})";

    const HttpAnswer ok = send(url, body, {{"Authorization", basic("billing-app", "billing-secret-2")}});
    QCOMPARE(ok.status, 200);
    QVERIFY2(ok.body.contains("Victoria Murray"), ok.body.constData());

    const HttpAnswer wrong = send(url, body, {{"Authorization", basic("billing-app", "billing-secret-X")}});
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.header("WWW-Authenticate"), QByteArray("Basic realm=\"zato\""));
    const HttpAnswer other = send(url, body, {{"Authorization", basic("crm-app", "crm-secret-1")}});
    QCOMPARE(other.status, 401); // a valid user, but not this channel's definition
}

void tst_Enmasse::refused_data()
{
    QTest::addColumn<QByteArray>("mainYaml");
    QTest::addColumn<QByteArray>("otherYaml");
    QTest::addColumn<QString>("where"); // file:line
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("what");

    const QByteArray security = "security:\n"                      // 1
                                "  - name: crm.basic\n"            // 2
                                "    type: basic_auth\n"           // 3
                                "    username: crm-app\n"          // 4
                                "    password: ${CRM_PASSWORD}\n"; // 5

    QTest::newRow("bad YAML") << QByteArray("security:\n"
                                            "  - name: crm.basic\n"
                                            "    type: basic_auth\n"
                                            "    username: crm: app\n" // 4: a plain value holds no ": "
                                            "    password: x\n")
                              << QByteArray() << QStringLiteral("main.yaml:4:")
                              << QStringLiteral("illegal map value") << QStringLiteral("not valid YAML");
    QTest::newRow("unknown definition")
        << security + "channel_rest:\n"        // 6
                      "  - name: orders.get\n" // 7
                      "    service: customer.get2\n"
                      "    url_path: /api/orders\n"
                      "    security: crm.basci\n" // 10
        << QByteArray() << QStringLiteral("main.yaml:10:") << QStringLiteral("channel_rest[0] \"orders.get\"")
        << QStringLiteral("\"crm.basci\" is not a security definition");
    QTest::newRow("unknown group") << security + "groups:\n"                  // 6
                                                 "  - name: internal.apps\n"  // 7
                                                 "    members: [crm.basic]\n" // 8
                                                 "channel_rest:\n"            // 9
                                                 "  - name: orders.get\n"     // 10
                                                 "    service: customer.get2\n"
                                                 "    url_path: /api/orders\n"
                                                 "  - name: orders.list\n" // 13
                                                 "    service: customer.get1\n"
                                                 "    url_path: /api/orders/all\n"
                                                 "    groups:\n"
                                                 "      - internal.apps\n"
                                                 "      - external.apps\n" // 18
                                   << QByteArray() << QStringLiteral("main.yaml:18:")
                                   << QStringLiteral("channel_rest[1] \"orders.list\"")
                                   << QStringLiteral("group \"external.apps\" is not defined");
    QTest::newRow("unknown member") << security + "groups:\n"                 // 6
                                                  "  - name: internal.apps\n" // 7
                                                  "    members:\n"            // 8
                                                  "      - crm.basic\n"       // 9
                                                  "      - billing.basic\n"   // 10
                                    << QByteArray() << QStringLiteral("main.yaml:10:")
                                    << QStringLiteral("groups[0] \"internal.apps\"")
                                    << QStringLiteral(
                                           "member \"billing.basic\" is not a security definition");
    QTest::newRow("include cycle") << QByteArray("include:\n  - other.yaml\n")
                                   << QByteArray("# the second file\ninclude:\n  - main.yaml\n")
                                   << QStringLiteral("other.yaml:3:")
                                   << QStringLiteral("include \"main.yaml\"")
                                   << QStringLiteral("makes a cycle");
    QTest::newRow("missing variable")
        << QByteArray("security:\n"
                      "  - name: crm.basic\n"
                      "    type: basic_auth\n"
                      "    username: crm-app\n"
                      "    password: Zato_Enmasse_Env.CRM_PASSWORD_UNSET\n")
        << QByteArray() << QStringLiteral("main.yaml:5:") << QStringLiteral("security[0] \"crm.basic\"")
        << QStringLiteral("environment variable CRM_PASSWORD_UNSET, which is not set");
    QTest::newRow("unknown service") << security + "channel_rest:\n"        // 6
                                                   "  - name: orders.get\n" // 7
                                                   "    service: customer.get2\n"
                                                   "    url_path: /api/orders\n"
                                                   "  - name: orders.list\n" // 10
                                                   "    url_path: /api/orders/all\n"
                                                   "    service: orders.list\n" // 12
                                     << QByteArray() << QStringLiteral("main.yaml:12:")
                                     << QStringLiteral("channel_rest[1] \"orders.list\"")
                                     << QStringLiteral("--service-map orders.list=customer.get2");
    QTest::newRow("unsupported type")
        << security + "  - name: edge.ntlm\n" // 6
                      "    type: ntlm\n"      // 7
                      "channel_rest:\n"       // 8
                      "  - name: orders.get\n"
                      "    service: customer.get2\n"
                      "    url_path: /api/orders\n"
                      "    security: edge.ntlm\n" // 12
        << QByteArray() << QStringLiteral("main.yaml:12:") << QStringLiteral("channel_rest[0] \"orders.get\"")
        << QStringLiteral("main.yaml:7: security[1] \"edge.ntlm\"), which the demo server does not support");
    QTest::newRow("unknown type") << QByteArray("security:\n  - name: a\n    type: basic-auth\n")
                                  << QByteArray() << QStringLiteral("main.yaml:3:")
                                  << QStringLiteral("security[0] \"a\"")
                                  << QStringLiteral("\"basic-auth\" is not a Zato security type");
    QTest::newRow("mixed layouts") << QByteArray("groups: []\ninclude: [other.yaml]\n")
                                   << QByteArray("def_sec: []\n") << QStringLiteral("other.yaml:1:")
                                   << QStringLiteral("\"def_sec\"") << QStringLiteral("main.yaml:1 (groups)");
}

void tst_Enmasse::refused()
{
    QFETCH(QByteArray, mainYaml);
    QFETCH(QByteArray, otherYaml);
    QFETCH(QString, where);
    QFETCH(QString, item);
    QFETCH(QString, what);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&dir](const char *name, const QByteArray &text) {
        QFile file(dir.filePath(QString::fromLatin1(name)));
        return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
    };
    QVERIFY(write("main.yaml", mainYaml));
    if (!otherYaml.isEmpty())
        QVERIFY(write("other.yaml", otherYaml));
    EnmasseOptions options;
    options.useProcessEnvironment = false;
    options.env.insert(QStringLiteral("CRM_PASSWORD"), QStringLiteral("crm-secret-1"));
    const EnmasseLoad load = loadEnmasse(dir.filePath(QStringLiteral("main.yaml")), options);
    QVERIFY(!load.config);
    const QString expectedStart = dir.path() + u'/' + where;
    QVERIFY2(load.error.startsWith(expectedStart), qPrintable(load.error));
    QVERIFY2(load.error.contains(item), qPrintable(load.error));
    QVERIFY2(load.error.contains(what), qPrintable(load.error));
}

void tst_Enmasse::mappedServiceLoads()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("main.yaml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("channel_rest:\n  - name: orders.list\n    url_path: /api/orders\n    service: orders.list\n");
    file.close();
    EnmasseOptions options;
    QString error;
    QVERIFY2(addServiceMapping(QStringLiteral("orders.list=customer.get1"), options.serviceMap, error),
             qPrintable(error));
    const EnmasseLoad load = loadEnmasse(file.fileName(), options);
    QVERIFY2(load.config, qPrintable(load.error));
    QCOMPARE(channelByName(*load.config, QStringLiteral("orders.list"))->service,
             QStringLiteral("customer.get1"));
}

void tst_Enmasse::envFileAndMappings()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("vars.env")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# comment\n\nA=1\nB = two words \nC\n");
    file.close();
    const EnvFile env = readEnvFile(file.fileName());
    QVERIFY(!env.values);
    QVERIFY2(env.error.startsWith(file.fileName() + u":5:"), qPrintable(env.error));

    QHash<QString, QString> map;
    QString error;
    QVERIFY(!addServiceMapping(QStringLiteral("orders.get=orders.get"), map, error));
    QVERIFY2(error.contains(u"does not run in the demo server"), qPrintable(error));
    QVERIFY(!addServiceMapping(QStringLiteral("orders.get"), map, error));
    QVERIFY(addServiceMapping(QStringLiteral("orders.get=zato.groups.get-list"), map, error));
    QCOMPARE(map.value(QStringLiteral("orders.get")), QStringLiteral("zato.groups.get-list"));
}

void tst_Enmasse::processEnvironment()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("main.yaml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("security:\n  - name: a\n    type: apikey\n    password: ${ZD_TEST_ENMASSE_KEY}\n");
    file.close();
    qputenv("ZD_TEST_ENMASSE_KEY", "from-environment");
    EnmasseOptions options;
    EnmasseLoad load = loadEnmasse(file.fileName(), options);
    QVERIFY2(load.config, qPrintable(load.error));
    QCOMPARE(load.config->securityByName(QStringLiteral("a"))->password, QStringLiteral("from-environment"));
    options.env.insert(QStringLiteral("ZD_TEST_ENMASSE_KEY"), QStringLiteral("from-env-file"));
    load = loadEnmasse(file.fileName(), options);
    QCOMPARE(load.config->securityByName(QStringLiteral("a"))->password, QStringLiteral("from-env-file"));
    qunsetenv("ZD_TEST_ENMASSE_KEY");
}

QTEST_GUILESS_MAIN(tst_Enmasse)
#include "tst_enmasse.moc"
