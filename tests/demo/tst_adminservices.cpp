// The admin services a client discovers a server's configuration with (zato-platform.md §2.5), called
// over loopback through the invoke channel: the fields §2.5 lists, no secret in any answer, and an
// enmasse export that loads back into the same channels, definitions and groups.
#include "demopost.h"
#include "demoserver.h"
#include "enmasse/enmasse.h"

#include "json/parser.h"
#include <QTemporaryDir>
#include <QTest>
#include <yaml-cpp/yaml.h>

using namespace zd;
using namespace zd::demo;
using namespace zd::test;

namespace {

const QString dataDir = QStringLiteral(ZD_TEST_DATA_DIR "/enmasse/");
// Every secret of the example files (zato41.env) and of the built-in users.
const QList<QByteArray> secrets = {"crm-secret-1",    "billing-secret-2", "partner-key-3",
                                   "orders-secret-4", "batch-token-5",    "my-password"};

EnmasseOptions exampleOptions()
{
    EnmasseOptions options;
    options.useProcessEnvironment = false;
    options.env = readEnvFile(dataDir + u"zato41.env").values.value_or(QHash<QString, QString>());
    QString error;
    readServiceMapFile(dataDir + u"services.map", options.serviceMap, error);
    return options;
}

const json::Value *byName(const json::Value &list, const QString &name)
{
    for (const json::Value &item : list.toArray()) {
        const json::Value *n = item.find(u"name");
        if (n && n->toString() == name)
            return &item;
    }
    return nullptr;
}

QStringList keysOf(const json::Value &object)
{
    QStringList keys;
    for (const json::Member &member : object.toObject())
        keys << member.key;
    return keys;
}

QString text(const json::Value &object, QStringView key)
{
    const json::Value *value = object.find(key);
    return value && value->isString() ? value->toString() : QString();
}

bool isNull(const json::Value &object, QStringView key)
{
    const json::Value *value = object.find(key);
    return value && value->isNull();
}

qint64 integer(const json::Value &object, QStringView key)
{
    const json::Value *value = object.find(key);
    return value ? value->toNumber().toInt64().value_or(-1) : -1;
}

bool hasKey(const YAML::Node &node, const char *key)
{
    if (node.IsMap()) {
        for (auto it = node.begin(); it != node.end(); ++it) {
            if (it->first.Scalar() == key || hasKey(it->second, key))
                return true;
        }
    } else if (node.IsSequence()) {
        for (const YAML::Node &item : node) {
            if (hasKey(item, key))
                return true;
        }
    }
    return false;
}

} // namespace

class tst_AdminServices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void channelList();
    void securityList();
    void apiKeyList();
    void groupList();
    void exportEnmasseAnswer();
    void noSecretInAnyAnswer();
    void exportLoadsBack();
    void unknownFunction();
    void ping41();
    void zato32ThroughPubapi();

private:
    HttpAnswer invoke(const QString &service, const QByteArray &body);
    json::Value list(const QString &service, const QByteArray &body);

    std::unique_ptr<DemoServer> m_server;
    DemoConfig m_config;
};

void tst_AdminServices::initTestCase()
{
    const EnmasseLoad load = loadEnmasse(dataDir + u"zato41.yaml", exampleOptions());
    QVERIFY2(load.config, qPrintable(load.error));
    m_config = *load.config;
    m_server = std::make_unique<DemoServer>(m_config);
    QVERIFY(m_server->listen());
}

// POST /zato/api/invoke/<service> as admin.invoke (the built-in 4.1 invoke channel, §2.1).
HttpAnswer tst_AdminServices::invoke(const QString &service, const QByteArray &body)
{
    return send(m_server->address() + u"/zato/api/invoke/" + service, body,
                {{"Authorization", basic("admin.invoke", "my-password")}});
}

json::Value tst_AdminServices::list(const QString &service, const QByteArray &body)
{
    const HttpAnswer answer = invoke(service, body);
    if (answer.status != 200)
        qWarning("%s answered %d: %s", qPrintable(service), answer.status, answer.body.constData());
    const json::ParseResult parsed = json::parse(answer.body);
    return parsed.ok ? parsed.value : json::Value();
}

void tst_AdminServices::channelList()
{
    const json::Value channels = list(QStringLiteral("zato.http-soap.get-list"),
                                      R"({"cluster_id": 1, "connection": "channel", "transport": "plain_http",
                                          "needs_security_group_names": true})");
    QVERIFY(channels.isArray());
    QCOMPARE(channels.toArray().size(), size_t(11)); // the file's 8 and 3 built in
    for (const json::Value &channel : channels.toArray()) {
        const QStringList keys = keysOf(channel);
        for (const char *key :
             {"name", "is_active", "url_path", "method", "service_name", "security_id", "security_name",
              "sec_type", "data_format", "security_groups", "gateway_service_list"})
            QVERIFY2(keys.contains(QString::fromLatin1(key)), key);
    }
    const json::Value security = list(QStringLiteral("zato.security.get-list"), R"({"cluster_id": 1})");
    const json::Value groups = list(QStringLiteral("zato.groups.get-list"),
                                    R"({"group_type": "zato-api-creds", "needs_members": true})");

    const json::Value *get = byName(channels, QStringLiteral("orders.get"));
    QVERIFY(get);
    QCOMPARE(get->find(u"is_active")->toBool(), true);
    QCOMPARE(text(*get, u"url_path"), QStringLiteral("/api/orders/{order_id}"));
    QCOMPARE(text(*get, u"method"), QStringLiteral("GET"));
    QCOMPARE(text(*get, u"service_name"), QStringLiteral("customer.get2")); // the service that runs
    QCOMPARE(text(*get, u"security_name"), QStringLiteral("crm.basic"));
    QCOMPARE(text(*get, u"sec_type"), QStringLiteral("basic_auth"));
    QCOMPARE(text(*get, u"data_format"), QStringLiteral("json"));
    QCOMPARE(integer(*get, u"security_id"), integer(*byName(security, QStringLiteral("crm.basic")), u"id"));
    QVERIFY(get->find(u"security_groups")->toArray().empty());

    const json::Value *ordersList = byName(channels, QStringLiteral("orders.list"));
    QVERIFY(ordersList);
    QVERIFY(isNull(*ordersList, u"security_id"));
    QVERIFY(isNull(*ordersList, u"security_name"));
    QVERIFY(isNull(*ordersList, u"sec_type"));
    QVERIFY(isNull(*ordersList, u"method")); // any method
    const json::Array &groupIds = ordersList->find(u"security_groups")->toArray();
    QCOMPARE(groupIds.size(), size_t(1));
    QCOMPARE(groupIds.front().toNumber().toInt64(),
             std::optional<qint64>(integer(*byName(groups, QStringLiteral("internal.apps")), u"id")));
    QCOMPARE(ordersList->find(u"security_group_names")->toArray().front().toString(),
             QStringLiteral("internal.apps"));

    const json::Value *retired = byName(channels, QStringLiteral("customers.retired"));
    QCOMPARE(retired->find(u"is_active")->toBool(), false);
    QCOMPARE(text(*retired, u"sec_type"), QStringLiteral("apikey"));
    QCOMPARE(text(*byName(channels, QStringLiteral("orders.batch")), u"sec_type"), QStringLiteral("oauth"));

    const json::Value *invoker = byName(channels, QStringLiteral("zato.api.invoke"));
    QVERIFY(invoker);
    QCOMPARE(text(*invoker, u"url_path"), QStringLiteral("/zato/api/invoke/{service_name}"));
    QCOMPARE(text(*invoker, u"service_name"), QStringLiteral("pub.zato.service.service-invoker"));
    QCOMPARE(text(*invoker, u"security_name"), QStringLiteral("admin.invoke"));
    const json::Value *openApi = byName(channels, QStringLiteral("zato.channel.openapi.get"));
    QVERIFY(openApi);
    QCOMPARE(text(*openApi, u"url_path"), QStringLiteral("/openapi/{name}"));
    QCOMPARE(openApi->find(u"is_internal")->toBool(), true);
    QCOMPARE(byName(channels, QStringLiteral("orders.get"))->find(u"is_internal")->toBool(), false);

    // Outgoing connections: the demo server has none.
    const json::Value outgoing =
        list(QStringLiteral("zato.http-soap.get-list"),
             R"({"cluster_id": 1, "connection": "outgoing", "transport": "plain_http"})");
    QVERIFY(outgoing.isArray());
    QVERIFY(outgoing.toArray().empty());
}

void tst_AdminServices::securityList()
{
    const json::Value security = list(QStringLiteral("zato.security.get-list"), R"({"cluster_id": 1})");
    QVERIFY(security.isArray());
    QCOMPARE(security.toArray().size(), size_t(7));
    for (const json::Value &definition : security.toArray())
        QCOMPARE(keysOf(definition), (QStringList{QStringLiteral("id"), QStringLiteral("name"),
                                                  QStringLiteral("is_active"), QStringLiteral("sec_type"),
                                                  QStringLiteral("username"), QStringLiteral("realm")}));
    const json::Value *crm = byName(security, QStringLiteral("crm.basic"));
    QVERIFY(crm);
    QCOMPARE(text(*crm, u"sec_type"), QStringLiteral("basic_auth"));
    QCOMPARE(text(*crm, u"username"), QStringLiteral("crm-app"));
    QCOMPARE(text(*crm, u"realm"), QStringLiteral("CRM"));
    QCOMPARE(crm->find(u"is_active")->toBool(), true);
    QCOMPARE(text(*byName(security, QStringLiteral("partner.apikey")), u"sec_type"),
             QStringLiteral("apikey"));
    const json::Value *batch = byName(security, QStringLiteral("batch.static"));
    QCOMPARE(text(*batch, u"sec_type"), QStringLiteral("oauth")); // Bearer token, stored as oauth (§1.1)
    QCOMPARE(text(*byName(security, QStringLiteral("edge.mtls")), u"sec_type"), QStringLiteral("mtls"));
    QCOMPARE(batch->find(u"is_active")->toBool(), false);
    QCOMPARE(text(*byName(security, QStringLiteral("admin.invoke")), u"realm"),
             QStringLiteral("Zato admin invoke"));
}

void tst_AdminServices::apiKeyList()
{
    const json::Value keys = list(QStringLiteral("zato.security.apikey.get-list"), R"({"cluster_id": 1})");
    QVERIFY(keys.isArray());
    QCOMPARE(keys.toArray().size(), size_t(1));
    const json::Value &partner = keys.toArray().front();
    QCOMPARE(keysOf(partner),
             (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("is_active"),
                          QStringLiteral("username"), QStringLiteral("header")}));
    QCOMPARE(text(partner, u"name"), QStringLiteral("partner.apikey"));
    QCOMPARE(text(partner, u"header"), QStringLiteral("X-Partner-Key")); // the live API has it (§3.1)
}

void tst_AdminServices::groupList()
{
    const json::Value groups = list(QStringLiteral("zato.groups.get-list"),
                                    R"({"group_type": "zato-api-creds", "needs_members": true})");
    QVERIFY(groups.isArray());
    QCOMPARE(groups.toArray().size(), size_t(1));
    const json::Value &group = groups.toArray().front();
    QCOMPARE(text(group, u"name"), QStringLiteral("internal.apps"));
    QCOMPARE(text(group, u"type"), QStringLiteral("zato-group"));
    QCOMPARE(text(group, u"subtype"), QStringLiteral("zato-api-creds"));
    QStringList members;
    for (const json::Value &member : group.find(u"members")->toArray())
        members << text(member, u"name");
    QCOMPARE(members, (QStringList{QStringLiteral("crm.basic"), QStringLiteral("billing.basic"),
                                   QStringLiteral("partner.apikey")}));
}

void tst_AdminServices::exportEnmasseAnswer()
{
    const HttpAnswer answer =
        invoke(QStringLiteral("zato.server.invoker"), R"({"func_name": "export_enmasse"})");
    QCOMPARE(answer.status, 200);
    const YAML::Node root = YAML::Load(answer.body.toStdString()); // a string: the YAML as it is
    QVERIFY(root.IsMap());
    QStringList security;
    for (const YAML::Node &item : root["security"])
        security << QString::fromStdString(item["name"].Scalar());
    // No internal definition (admin.invoke), and ntlm was never loaded.
    QCOMPARE(security, (QStringList{QStringLiteral("crm.basic"), QStringLiteral("billing.basic"),
                                    QStringLiteral("partner.apikey"), QStringLiteral("idp.jwt"),
                                    QStringLiteral("batch.static"), QStringLiteral("edge.mtls")}));
    // What an export drops (§3.1): secrets, the API-key header, the realm.
    QVERIFY(!hasKey(root, "password"));
    QVERIFY(!hasKey(root, "static_token"));
    QVERIFY(!hasKey(root, "header"));
    QVERIFY(!hasKey(root, "realm"));
    QCOMPARE(root["groups"][0]["name"].Scalar(), std::string("internal.apps"));
    QStringList channels;
    for (const YAML::Node &item : root["channel_rest"])
        channels << QString::fromStdString(item["name"].Scalar());
    QCOMPARE(channels, (QStringList{QStringLiteral("orders.get"), QStringLiteral("orders.list"),
                                    QStringLiteral("orders.batch"), QStringLiteral("orders.jwt"),
                                    QStringLiteral("public.health"), QStringLiteral("orders.old"),
                                    QStringLiteral("customers.get"), QStringLiteral("customers.retired")}));
    const YAML::Node get = root["channel_rest"][0];
    QCOMPARE(get["security"].Scalar(), std::string("crm.basic"));
    QCOMPARE(get["url_path"].Scalar(), std::string("/api/orders/{order_id}"));
    QVERIFY(!get["data_format"]); // json is left out (§3.1)
    QCOMPARE(root["channel_rest"][5]["deprecation_sunset"].Scalar(), std::string("2030-06-30"));
}

void tst_AdminServices::noSecretInAnyAnswer()
{
    const QList<std::pair<QString, QByteArray>> calls = {
        {QStringLiteral("zato.http-soap.get-list"),
         R"({"cluster_id": 1, "connection": "channel", "transport": "plain_http", "needs_security_group_names": true})"},
        {QStringLiteral("zato.security.get-list"), R"({"cluster_id": 1})"},
        {QStringLiteral("zato.security.apikey.get-list"), R"({"cluster_id": 1})"},
        {QStringLiteral("zato.groups.get-list"),
         R"({"group_type": "zato-api-creds", "needs_members": true})"},
        {QStringLiteral("zato.server.invoker"), R"({"func_name": "export_enmasse"})"},
    };
    for (const auto &[service, body] : calls) {
        const HttpAnswer answer = invoke(service, body);
        QCOMPARE(answer.status, 200);
        QVERIFY2(answer.body.size() > 20, qPrintable(service));
        for (const QByteArray &secret : secrets)
            QVERIFY2(!answer.body.contains(secret),
                     qPrintable(service + u": " + QString::fromLatin1(secret)));
        QVERIFY2(!answer.body.contains("Zato-Auto-Password"), qPrintable(service));
    }
}

// Export, give the secrets back as ${NAME} references (the export has none), load: the same
// definitions, groups and channels; the realm and API-key header come back as the defaults, as §3.1 says.
void tst_AdminServices::exportLoadsBack()
{
    const HttpAnswer answer =
        invoke(QStringLiteral("zato.server.invoker"), R"({"func_name": "export_enmasse"})");
    QCOMPARE(answer.status, 200);
    YAML::Node root = YAML::Load(answer.body.toStdString());
    EnmasseOptions options;
    options.useProcessEnvironment = false;
    int n = 0;
    for (YAML::Node item : root["security"]) {
        const SecurityDefinition *original =
            m_config.securityByName(QString::fromStdString(item["name"].Scalar()));
        QVERIFY(original);
        if (original->password.startsWith(u"Zato-Auto-Password-"))
            continue; // nobody knows it; a new one is made
        const QString variable = QStringLiteral("SECRET_%1").arg(++n);
        item[original->type == SecurityDefinition::Type::BearerToken ? "static_token" : "password"] =
            "${" + variable.toStdString() + "}";
        options.env.insert(variable, original->password);
    }
    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("export.yaml"));
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::WriteOnly));
    YAML::Emitter out;
    out << root;
    file.write(out.c_str());
    file.close();

    const EnmasseLoad load = loadEnmasse(fileName, options); // no service map: the export names ours
    QVERIFY2(load.config, qPrintable(load.error));
    const DemoConfig &loaded = *load.config;
    QCOMPARE(loaded.flavour, Flavour::Zato41);
    QCOMPARE(loaded.security.size(), m_config.security.size());
    for (const SecurityDefinition &original : m_config.security) {
        const SecurityDefinition *back = loaded.securityByName(original.name);
        QVERIFY2(back, qPrintable(original.name));
        QCOMPARE(back->type, original.type);
        QCOMPARE(back->user, original.user);
        QCOMPARE(back->isActive, original.isActive);
        QCOMPARE(back->rateLimit, original.rateLimit);
        if (original.password.startsWith(u"Zato-Auto-Password-"))
            QVERIFY(back->password.startsWith(u"Zato-Auto-Password-"));
        else
            QCOMPARE(back->password, original.password);
    }
    QCOMPARE(loaded.securityByName(QStringLiteral("crm.basic"))->realm, QStringLiteral("zato"));
    QCOMPARE(loaded.securityByName(QStringLiteral("partner.apikey"))->header, QByteArray("X-API-Key"));

    QCOMPARE(loaded.groups.size(), m_config.groups.size());
    for (qsizetype i = 0; i < m_config.groups.size(); ++i) {
        QCOMPARE(loaded.groups.at(i).name, m_config.groups.at(i).name);
        QCOMPARE(loaded.groups.at(i).members, m_config.groups.at(i).members);
    }
    QCOMPARE(loaded.openApi.size(), m_config.openApi.size());
    for (qsizetype i = 0; i < m_config.openApi.size(); ++i) {
        QCOMPARE(loaded.openApi.at(i).name, m_config.openApi.at(i).name);
        QCOMPARE(loaded.openApi.at(i).restChannels, m_config.openApi.at(i).restChannels);
    }
    QCOMPARE(loaded.channels.size(), m_config.channels.size());
    for (qsizetype i = 0; i < m_config.channels.size(); ++i) {
        const Channel &a = m_config.channels.at(i);
        const Channel &b = loaded.channels.at(i);
        QCOMPARE(b.name, a.name);
        QCOMPARE(b.path, a.path);
        QCOMPARE(b.service, a.service);
        QCOMPARE(b.security, a.security);
        QCOMPARE(b.groups, a.groups);
        QCOMPARE(b.method, a.method);
        QCOMPARE(b.isActive, a.isActive);
        QCOMPARE(b.dataFormat, a.dataFormat);
        QCOMPARE(b.rateLimit, a.rateLimit);
        QCOMPARE(b.gatewayServices, a.gatewayServices);
        QCOMPARE(b.deprecation.has_value(), a.deprecation.has_value());
        if (a.deprecation) {
            QCOMPARE(b.deprecation->sunset, a.deprecation->sunset);
            QCOMPARE(b.deprecation->successor, a.deprecation->successor);
        }
    }
}

void tst_AdminServices::unknownFunction()
{
    const HttpAnswer answer =
        invoke(QStringLiteral("zato.server.invoker"), R"({"func_name": "import_enmasse"})");
    QCOMPARE(answer.status, 500);
}

// The newest 4.1 ping (§2.4): /zato/ping without credentials, {"is_ok": true, "cid": "<cid>"}.
void tst_AdminServices::ping41()
{
    const HttpAnswer answer = send(m_server->address() + u"/zato/ping", QByteArray());
    QCOMPARE(answer.status, 200);
    const json::Value body = json::parse(answer.body).value;
    QCOMPARE(keysOf(body), (QStringList{QStringLiteral("is_ok"), QStringLiteral("cid")}));
    QCOMPARE(body.find(u"is_ok")->toBool(), true);
    QVERIFY(!text(body, u"cid").isEmpty());
}

// On the 3.2 flavour the same services answer through /zato/api/invoke/{service} as pubapi.
void tst_AdminServices::zato32ThroughPubapi()
{
    const EnmasseLoad load = loadEnmasse(dataDir + u"zato32.yaml", exampleOptions());
    QVERIFY2(load.config, qPrintable(load.error));
    DemoServer server(*load.config);
    QVERIFY(server.listen());
    const auto call = [&server](const char *service, const QByteArray &body) {
        return send(server.address() + u"/zato/api/invoke/" + QString::fromLatin1(service), body,
                    {{"Authorization", basic("pubapi", "my-password")}});
    };
    const HttpAnswer security = call("zato.security.get-list", R"({"cluster_id": 1})");
    QCOMPARE(security.status, 200);
    const json::Value definitions = json::parse(security.body).value;
    const json::Value *crm = byName(definitions, QStringLiteral("crm.basic"));
    QVERIFY(crm);
    QCOMPARE(text(*crm, u"realm"), QStringLiteral("CRM"));
    QCOMPARE(text(*byName(definitions, QStringLiteral("pubapi")), u"sec_type"), QStringLiteral("basic_auth"));
    const HttpAnswer channels =
        call("zato.http-soap.get-list",
             R"({"cluster_id": 1, "connection": "channel", "transport": "plain_http"})");
    QCOMPARE(channels.status, 200);
    const json::Value channelList = json::parse(channels.body).value;
    const json::Value *customers = byName(channelList, QStringLiteral("customers.get"));
    QVERIFY(customers);
    QCOMPARE(text(*customers, u"security_name"), QStringLiteral("billing.basic"));
    const HttpAnswer groups =
        call("zato.groups.get-list", R"({"group_type": "zato-api-creds", "needs_members": true})");
    QCOMPARE(groups.status, 200);
    QVERIFY(groups.body.contains("\"internal.apps\""));
    for (const HttpAnswer *answer : {&security, &channels, &groups}) {
        for (const QByteArray &secret : secrets)
            QVERIFY(!answer->body.contains(secret));
    }
    const HttpAnswer wrong = send(server.address() + u"/zato/api/invoke/zato.security.get-list", "{}",
                                  {{"Authorization", basic("pubapi", "wrong")}});
    QCOMPARE(wrong.status, 401);
}

QTEST_GUILESS_MAIN(tst_AdminServices)
#include "tst_adminservices.moc"
