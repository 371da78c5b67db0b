// GET /openapi/{name} of a Zato 4.1 demo server (zato-platform.md §4), over loopback: the OpenAPI
// channel of tests/data/enmasse/openapi41.yaml, its YAML document, who may read it, and the enmasse
// files that declare OpenAPI channels.
#include "access/openapi.h"
#include "demopost.h"
#include "demoserver.h"
#include "enmasse/enmasse.h"
#include "openapichannel.h"

#include "json/writer.h"
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <yaml-cpp/yaml.h>

using namespace zd::demo;

namespace {

const QString dataDir = QStringLiteral(ZD_TEST_DATA_DIR "/enmasse/");

EnmasseOptions accessOptions()
{
    EnmasseOptions options;
    options.useProcessEnvironment = false;
    options.env = readEnvFile(dataDir + u"access41.env").values.value_or(QHash<QString, QString>());
    return options;
}

using Answer = zd::test::HttpAnswer;

Answer request(const QString &url, const QList<std::pair<QByteArray, QByteArray>> &headers = {},
               const QByteArray &method = "GET")
{
    return zd::test::exchange(url, method, QByteArray(), headers);
}

std::pair<QByteArray, QByteArray> basic(const QByteArray &user, const QByteArray &password)
{
    return {"Authorization", zd::test::basic(user, password)};
}

QStringList keysOf(const YAML::Node &map)
{
    QStringList keys;
    for (auto it = map.begin(); it != map.end(); ++it)
        keys << QString::fromStdString(it->first.Scalar());
    return keys;
}

// "#/components/schemas/Name" in the document.
YAML::Node resolve(const YAML::Node &root, const YAML::Node &reference)
{
    const std::string prefix = "#/components/schemas/";
    if (!reference.IsScalar() || reference.Scalar().rfind(prefix, 0) != 0)
        return YAML::Node();
    return root["components"]["schemas"][reference.Scalar().substr(prefix.size())];
}

std::string scalar(const YAML::Node &node)
{
    return node && node.IsScalar() ? node.Scalar() : std::string("<absent>");
}

} // namespace

class tst_DemoOpenApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void slug_data();
    void slug();
    void document();
    void forbidden_data();
    void forbidden();
    void otherMethod();
    void unknownRestChannel();
    void channelStates();
    void exportKeepsOpenApi();

private:
    [[nodiscard]] QString url(const QString &path) const { return m_server->address() + path; }

    std::unique_ptr<DemoServer> m_server;
};

void tst_DemoOpenApi::initTestCase()
{
    const EnmasseLoad load = loadEnmasse(dataDir + u"openapi41.yaml", accessOptions());
    QVERIFY2(load.config, qPrintable(load.error));
    QCOMPARE(load.config->flavour, Flavour::Zato41);
    QVERIFY2(load.warnings.isEmpty(), qPrintable(load.warnings.join(u'\n')));
    QCOMPARE(load.config->openApi.size(), 1);
    QCOMPARE(load.config->openApi.at(0).name, QStringLiteral("Customers API"));
    QCOMPARE(load.config->openApi.at(0).restChannels,
             (QStringList{QStringLiteral("customers.get"), QStringLiteral("customers.find"),
                          QStringLiteral("health")}));
    m_server = std::make_unique<DemoServer>(*load.config);
    QVERIFY(m_server->listen());
}

void tst_DemoOpenApi::slug_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("slug");
    QTest::newRow("words") << QStringLiteral("Customers API") << QStringLiteral("customers-api");
    QTest::newRow("dots") << QStringLiteral("orders.api") << QStringLiteral("orders-api");
    QTest::newRow("runs and ends") << QStringLiteral("  --Orders v2.0 (beta)!! ")
                                   << QStringLiteral("orders-v2-0-beta");
    QTest::newRow("not ASCII") << QStringLiteral("Zażółć API") << QStringLiteral("za-api");
    QTest::newRow("nothing left") << QStringLiteral("!?") << QString();
}

void tst_DemoOpenApi::slug()
{
    QFETCH(QString, name);
    QFETCH(QString, slug);
    QCOMPARE(openApiSlug(name), slug);
}

void tst_DemoOpenApi::document()
{
    const Answer answer =
        request(url(QStringLiteral("/openapi/customers-api")), {basic("crm-app", "crm-secret")});
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.header("Content-Type"), QByteArray("application/x-yaml"));
    QVERIFY2(answer.body.contains("'200':"), answer.body.constData()); // a string key, for every reader

    YAML::Node root;
    try {
        root = YAML::Load(answer.body.toStdString());
    } catch (const YAML::Exception &e) {
        QFAIL(e.what());
    }
    QCOMPARE(scalar(root["openapi"]), std::string("3.1.0"));
    QCOMPARE(scalar(root["info"]["title"]), std::string("Customers API"));
    QVERIFY(!scalar(root["info"]["version"]).empty());

    const YAML::Node paths = root["paths"];
    QCOMPARE(keysOf(paths), (QStringList{QStringLiteral("/api/customers/{region}"),
                                         QStringLiteral("/api/customers"), QStringLiteral("/api/health")}));
    QCOMPARE(keysOf(paths["/api/customers/{region}"]), QStringList{QStringLiteral("post")});
    QCOMPARE(keysOf(paths["/api/customers"]), QStringList{QStringLiteral("post")}); // no method: post
    QCOMPARE(keysOf(paths["/api/health"]), QStringList{QStringLiteral("get")});

    // customers.get: its path parameter, its input and output models, its own definition.
    const YAML::Node get = paths["/api/customers/{region}"]["post"];
    QCOMPARE(scalar(get["operationId"]), std::string("customers.get"));
    QCOMPARE(get["parameters"].size(), size_t(1));
    const YAML::Node region = get["parameters"][0];
    QCOMPARE(scalar(region["name"]), std::string("region"));
    QCOMPARE(scalar(region["in"]), std::string("path"));
    QCOMPARE(scalar(region["required"]), std::string("true"));
    QCOMPARE(scalar(region["schema"]["type"]), std::string("string"));
    const YAML::Node input =
        resolve(root, get["requestBody"]["content"]["application/json"]["schema"]["$ref"]);
    QVERIFY2(input.IsMap(), answer.body.constData());
    QCOMPARE(scalar(input["type"]), std::string("object"));
    QCOMPARE(scalar(input["properties"]["cust_id"]["type"]), std::string("integer"));
    QCOMPARE(scalar(input["properties"]["cust_id"]["example"]), std::string("123"));
    QCOMPARE(input["required"].size(), size_t(1));
    QCOMPARE(scalar(input["required"][0]), std::string("cust_id"));
    const YAML::Node output =
        resolve(root, get["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]);
    QCOMPARE(scalar(output["properties"]["name"]["type"]), std::string("string"));
    QCOMPARE(get["security"].size(), size_t(1));
    QCOMPARE(keysOf(get["security"][0]), QStringList{QStringLiteral("crm.basic")});

    // customers.find: the same service input, no parameter, groups only: no security of its own.
    const YAML::Node find = paths["/api/customers"]["post"];
    QCOMPARE(scalar(find["operationId"]), std::string("customers.find"));
    QVERIFY(!find["parameters"]);
    QVERIFY(resolve(root, find["requestBody"]["content"]["application/json"]["schema"]["$ref"]).IsMap());
    QVERIFY(!find["security"]);

    // health: demo.ping takes no input and answers {"is_ok", "cid"}.
    const YAML::Node health = paths["/api/health"]["get"];
    QCOMPARE(scalar(health["operationId"]), std::string("health"));
    QVERIFY(!health["requestBody"]);
    const YAML::Node pong =
        resolve(root, health["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]);
    QCOMPARE(scalar(pong["properties"]["is_ok"]["type"]), std::string("boolean"));
    QCOMPARE(scalar(pong["properties"]["cid"]["type"]), std::string("string"));
    QVERIFY(!health["security"]);

    // One scheme: the only own definition, and typed HTTP Basic.
    const YAML::Node schemes = root["components"]["securitySchemes"];
    QCOMPARE(keysOf(schemes), QStringList{QStringLiteral("crm.basic")});
    QCOMPARE(scalar(schemes["crm.basic"]["type"]), std::string("http"));
    QCOMPARE(scalar(schemes["crm.basic"]["scheme"]), std::string("basic"));

    // What the access test makes of it: a payload template from each operation's request schema.
    const zd::access::OpenApiRead read =
        zd::access::readOpenApi(answer.body, QStringLiteral("customers-api"));
    QVERIFY2(read.operations, qPrintable(read.error));
    QCOMPARE(read.operations->size(), 3);
    const zd::access::ApiOperation &first = read.operations->at(0);
    QCOMPARE(first.name, QStringLiteral("customers.get"));
    QCOMPARE(first.method, QStringLiteral("POST"));
    QVERIFY(first.payload);
    QCOMPARE(zd::json::dumps(*first.payload), QByteArray(R"({"cust_id": 123})"));
    QVERIFY(!read.operations->at(2).payload);
}

void tst_DemoOpenApi::forbidden_data()
{
    using Headers = QList<std::pair<QByteArray, QByteArray>>;
    QTest::addColumn<QString>("path");
    QTest::addColumn<Headers>("headers");
    const QString path = QStringLiteral("/openapi/customers-api");
    QTest::newRow("no credentials") << path << Headers{};
    QTest::newRow("wrong password") << path << Headers{basic("crm-app", "crm-secret-not")};
    QTest::newRow("wrong user") << path << Headers{basic("crm", "crm-secret")};
    // An API key is never read, in its own header or as a Basic password.
    QTest::newRow("API key in its header") << path << Headers{{"X-Partner-Key", "partner-key"}};
    QTest::newRow("API key as Basic Auth") << path << Headers{basic("partner.apikey", "partner-key")};
    // A Basic Auth definition that is no channel's own: the built-in admin.invoke.
    QTest::newRow("other definition") << path << Headers{basic("admin.invoke", "my-password")};
    QTest::newRow("unknown name") << QStringLiteral("/openapi/orders-api")
                                  << Headers{basic("crm-app", "crm-secret")};
    QTest::newRow("name not slugified")
        << QStringLiteral("/openapi/Customers%20API") << Headers{basic("crm-app", "crm-secret")};
}

void tst_DemoOpenApi::forbidden()
{
    using Headers = QList<std::pair<QByteArray, QByteArray>>;
    QFETCH(QString, path);
    QFETCH(Headers, headers);
    const Answer answer = request(url(path), headers);
    QCOMPARE(answer.status, 403);
    QVERIFY2(!answer.body.contains("openapi"), answer.body.constData());
    QVERIFY(answer.header("Content-Type") != "application/x-yaml");
}

// As a 4.1 server answers a method no channel at a path takes.
void tst_DemoOpenApi::otherMethod()
{
    const Answer answer =
        request(url(QStringLiteral("/openapi/customers-api")), {basic("crm-app", "crm-secret")}, "POST");
    QCOMPARE(answer.status, 405);
    QCOMPARE(answer.header("Allow"), QByteArray("GET"));
}

void tst_DemoOpenApi::unknownRestChannel()
{
    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("broken.yaml"));
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("channel_rest:\n"
               "  - name: health\n"
               "    service: demo.ping\n"
               "    url_path: /api/health\n"
               "channel_openapi:\n"
               "  - name: Broken API\n"
               "    rest_channel_list:\n"
               "      - health\n"
               "      - ghost\n");
    file.close();
    const EnmasseLoad load = loadEnmasse(fileName, accessOptions());
    QVERIFY(!load.config);
    QVERIFY2(load.error.startsWith(fileName + u":9: channel_openapi[0] \"Broken API\""),
             qPrintable(load.error));
    QVERIFY2(load.error.contains(u"\"ghost\""), qPrintable(load.error));
}

// Entries with a state: only "on" (or none) is in; an inactive channel is left out of the document.
void tst_DemoOpenApi::channelStates()
{
    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("states.yaml"));
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("channel_rest:\n"
               "  - {name: a, service: demo.ping, url_path: /a, method: GET}\n"
               "  - {name: b, service: demo.ping, url_path: /b}\n"
               "  - {name: c, service: demo.ping, url_path: /c}\n"
               "  - {name: d, service: demo.ping, url_path: /d}\n"
               "  - {name: e, service: customer.get1, url_path: /e, is_active: false}\n"
               "channel_openapi:\n"
               "  - name: States\n"
               "    rest_channel_list:\n"
               "      - a\n"
               "      - {name: b, state: on}\n"
               "      - {name: c, state: off}\n"
               "      - {name: d, state: disabled}\n"
               "      - e\n");
    file.close();
    const EnmasseLoad load = loadEnmasse(fileName, accessOptions());
    QVERIFY2(load.config, qPrintable(load.error));
    const OpenApiChannel &states = load.config->openApi.at(0);
    QCOMPARE(states.restChannels,
             (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("e")}));
    const YAML::Node root = YAML::Load(openApiDocument(*load.config, states).toStdString());
    QCOMPARE(keysOf(root["paths"]), (QStringList{QStringLiteral("/a"), QStringLiteral("/b")}));
    QCOMPARE(keysOf(root["components"]["schemas"]), QStringList{QStringLiteral("PingResponse")});
    QVERIFY(root["components"]["securitySchemes"].IsMap());
    QCOMPARE(root["components"]["securitySchemes"].size(), size_t(0));

    file.setFileName(dir.filePath(QStringLiteral("badstate.yaml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("channel_rest:\n"
               "  - {name: a, service: demo.ping, url_path: /a}\n"
               "channel_openapi:\n"
               "  - name: States\n"
               "    rest_channel_list:\n"
               "      - {name: a, state: maybe}\n");
    file.close();
    const EnmasseLoad bad = loadEnmasse(file.fileName(), accessOptions());
    QVERIFY(!bad.config);
    QVERIFY2(bad.error.startsWith(file.fileName() + u":6:"), qPrintable(bad.error));
}

// The export (zato.server.invoker export_enmasse) keeps the OpenAPI channels, and loads back.
void tst_DemoOpenApi::exportKeepsOpenApi()
{
    const QByteArray exported = exportEnmasse(m_server->config());
    const YAML::Node root = YAML::Load(exported.toStdString());
    QCOMPARE(root["channel_openapi"].size(), size_t(1));
    QCOMPARE(scalar(root["channel_openapi"][0]["name"]), std::string("Customers API"));
    QCOMPARE(root["channel_openapi"][0]["rest_channel_list"].size(), size_t(3));
    QCOMPARE(scalar(root["channel_openapi"][0]["rest_channel_list"][1]), std::string("customers.find"));
}

QTEST_GUILESS_MAIN(tst_DemoOpenApi)
#include "tst_demoopenapi.moc"
