// zato-invoke matrix --from-enmasse FILE against zato-demo-server --zato 4.1 --config FILE, both real
// processes on loopback: every derived cell as expected (exit 0); a server whose configuration differs
// from the file (exit 1, a failing JUnit case); bad input (exit 2); no server (exit 3). And
// zato-invoke matrix --discover against the same server: the same matrix as the file's, through its
// admin services; refused admin credentials (exit 2), no server (exit 3).
#include "processrun.h"

#include <QFile>
#include <QObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString data = QStringLiteral(ZD_TEST_DATA_DIR "/enmasse/");

using Run = zd::test::ProcessRun;

Run invoke(const QStringList &arguments)
{
    return zd::test::runProcess(QStringLiteral(ZATO_INVOKE_PATH), arguments);
}

QByteArray read(const QString &name)
{
    QFile file(name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_CliAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void everyCellAsDerived();
    void serverThatDiffersFails();
    void badInput_data();
    void badInput();
    void noServer();
    void discoveryGivesTheFilesMatrix();
    void discoveryBadInput_data();
    void discoveryBadInput();
    void openApiPayloads();
    void serverTextIsWrittenNotObeyed();
    void anExportFilledIn();

private:
    // Starts the 4.1 demo server from an enmasse file; its address, or empty.
    QString startServer(const QString &config);

    std::unique_ptr<QProcess> m_server;
};

QString tst_CliAccess::startServer(const QString &config)
{
    m_server = std::make_unique<QProcess>();
    m_server->start(QStringLiteral(ZATO_DEMO_SERVER_PATH),
                    {QStringLiteral("--zato"), QStringLiteral("4.1"), QStringLiteral("--port"),
                     QStringLiteral("0"), QStringLiteral("--config"), config, QStringLiteral("--env-file"),
                     data + u"access41.env"});
    if (!m_server->waitForStarted(5000))
        return QString();
    QByteArray out;
    if (!QTest::qWaitFor([&] { return (out += m_server->readAllStandardOutput()).contains("Users"); }, 10000))
        return QString();
    return QRegularExpression(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"))
        .match(QString::fromUtf8(out))
        .captured(1);
}

void tst_CliAccess::cleanup()
{
    if (m_server) {
        m_server->terminate();
        m_server->waitForFinished(5000);
        m_server.reset();
    }
}

void tst_CliAccess::everyCellAsDerived()
{
    const QString address = startServer(data + u"access41.yaml");
    QVERIFY(!address.isEmpty());
    QTemporaryDir dir;
    const QString junit = dir.filePath(QStringLiteral("junit.xml"));
    const Run run =
        invoke({QStringLiteral("matrix"), QStringLiteral("--from-enmasse"), data + u"access41.yaml",
                QStringLiteral("--env-file"), data + u"access41.env", QStringLiteral("--address"), address,
                QStringLiteral("--junit"), junit, QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(run.exitCode == 0, run.out.constData());
    QVERIFY(run.out.contains(R"("differ": 0)"));
    // 5 credentials, no credentials, 5 with a wrong secret; 7 channels.
    QCOMPARE(run.out.count(R"("credential": )"), 77);
    QCOMPARE(run.out.count(R"("as_expected": true)"), 77);
    QVERIFY(run.out.contains("\"credential\": \"partner.apikey (wrong secret)\""));
    QVERIFY(run.out.contains(R"("path": "/api/orders/1")"));
    for (const char *secret : {"crm-secret", "billing-secret", "partner-key", "batch-token"}) {
        QVERIFY2(!run.out.contains(secret), secret);
        QVERIFY2(!read(junit).contains(secret), secret);
    }
    const QByteArray report = read(junit);
    QVERIFY(report.contains(R"(tests="77")"));
    QVERIFY(report.contains(R"(failures="0")"));
}

// The server lets loner.basic into internal.apps; the file does not: exactly that cell differs.
void tst_CliAccess::serverThatDiffersFails()
{
    QTemporaryDir dir;
    QByteArray yaml = read(data + u"access41.yaml");
    QVERIFY(yaml.contains("members: [crm.basic, billing.basic, partner.apikey]"));
    yaml.replace("members: [crm.basic, billing.basic, partner.apikey]",
                 "members: [crm.basic, billing.basic, partner.apikey, loner.basic]");
    QFile changed(dir.filePath(QStringLiteral("server.yaml")));
    QVERIFY(changed.open(QIODevice::WriteOnly) && changed.write(yaml) == yaml.size());
    changed.close();
    const QString address = startServer(changed.fileName());
    QVERIFY(!address.isEmpty());
    const QString junit = dir.filePath(QStringLiteral("junit.xml"));
    const Run run = invoke({QStringLiteral("matrix"), QStringLiteral("--from-enmasse"),
                            data + u"access41.yaml", QStringLiteral("--env-file"), data + u"access41.env",
                            QStringLiteral("--address"), address, QStringLiteral("--junit"), junit});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("77 cells, 76 as expected, 1 not."), run.out.constData());
    QVERIFY(
        run.out.contains("expected because: loner.basic is in no group of this channel (internal.apps)."));
    const QByteArray report = read(junit);
    QVERIFY(report.contains(R"(failures="1")"));
    const qsizetype failing = report.indexOf("<failure");
    QVERIFY(failing > 0);
    const qsizetype testcase = report.lastIndexOf("<testcase", failing);
    QCOMPARE(
        report.mid(testcase, failing - testcase).contains(R"(classname="loner.basic" name="orders.list")"),
        true);
}

void tst_CliAccess::badInput_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("message");
    QTest::newRow("not YAML") << QByteArray("security: [\n  - name: x\n")
                              << QStringLiteral("this is not valid YAML");
    QTest::newRow("unknown definition")
        << QByteArray("channel_rest:\n  - name: a\n    service: s\n    url_path: /a\n    security: ghost\n")
        << QStringLiteral(":5: channel_rest[0] \"a\": security \"ghost\" is not a security definition");
    QTest::newRow("unset variable")
        << QByteArray("security:\n  - name: a\n    type: basic_auth\n    username: u\n    password: "
                      "${ZD_ACCESS_TEST_UNSET}\n")
        << QStringLiteral("ZD_ACCESS_TEST_UNSET, which is not set");
}

void tst_CliAccess::badInput()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("bad.yaml")));
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(yaml) == yaml.size());
    file.close();
    const QString junit = dir.filePath(QStringLiteral("junit.xml"));
    const Run run = invoke({QStringLiteral("matrix"), QStringLiteral("--from-enmasse"), file.fileName(),
                            QStringLiteral("--address"), QStringLiteral("http://127.0.0.1:1"),
                            QStringLiteral("--junit"), junit});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
    QVERIFY(run.err.contains(file.fileName().toUtf8()));
    QVERIFY(!QFile::exists(junit)); // nothing written half-way
}

void tst_CliAccess::noServer()
{
    const Run run = invoke({QStringLiteral("matrix"), QStringLiteral("--from-enmasse"),
                            data + u"access41.yaml", QStringLiteral("--env-file"), data + u"access41.env",
                            QStringLiteral("--address"), QStringLiteral("http://127.0.0.1:1")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("could not be reached by any call"), run.err.constData());
}

// The secrets of access41.yaml's definitions, by the variables of access41.env, and the demo server's
// admin.invoke password in a variable of an env file.
QStringList discoveryArguments(const QString &address, const QString &envFile)
{
    QStringList arguments{QStringLiteral("matrix"),         QStringLiteral("--discover"),
                          QStringLiteral("--address"),      address,
                          QStringLiteral("--user"),         QStringLiteral("admin.invoke"),
                          QStringLiteral("--password-env"), QStringLiteral("ZD_ADMIN_PASSWORD"),
                          QStringLiteral("--env-file"),     envFile};
    for (const char *secret :
         {"crm.basic=CRM_PASSWORD", "billing.basic=BILLING_PASSWORD", "loner.basic=LONER_PASSWORD",
          "partner.apikey=PARTNER_KEY", "batch.static=BATCH_TOKEN"})
        arguments << QStringLiteral("--secret") << QString::fromLatin1(secret);
    return arguments;
}

QString writeEnvFile(const QTemporaryDir &dir, const QByteArray &adminPassword)
{
    QFile file(dir.filePath(QStringLiteral("discovery.env")));
    const QByteArray bytes = read(data + u"access41.env") + "ZD_ADMIN_PASSWORD=" + adminPassword + '\n';
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() ? file.fileName() : QString();
}

// Discovery through the admin services of the server started with access41.yaml: the same rows,
// columns, expectations, reasons and outcomes as the matrix made from the file itself.
void tst_CliAccess::discoveryGivesTheFilesMatrix()
{
    const QString address = startServer(data + u"access41.yaml");
    QVERIFY(!address.isEmpty());
    QTemporaryDir dir;
    const QString env = writeEnvFile(dir, "my-password");
    QVERIFY(!env.isEmpty());
    const Run fromFile =
        invoke({QStringLiteral("matrix"), QStringLiteral("--from-enmasse"), data + u"access41.yaml",
                QStringLiteral("--env-file"), data + u"access41.env", QStringLiteral("--address"), address,
                QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--concurrency"),
                QStringLiteral("1")});
    QCOMPARE(fromFile.exitCode, 0);
    const Run discovered =
        invoke(discoveryArguments(address, env) << QStringLiteral("--format") << QStringLiteral("json")
                                                << QStringLiteral("--concurrency") << QStringLiteral("1"));
    QVERIFY2(discovered.exitCode == 0, discovered.err.constData());
    QCOMPARE(discovered.out.count(R"("as_expected": true)"), 77);
    // Times are not part of the JSON report: the two reports are equal byte for byte.
    QCOMPARE(discovered.out, fromFile.out);
    QVERIFY(!discovered.out.contains("admin.invoke")); // the server's own definition is no row
    QVERIFY2(discovered.err.isEmpty(), discovered.err.constData());

    // Without the secrets: each definition's wrong-secret row only, and a warning naming it.
    QStringList withoutSecrets = discoveryArguments(address, env).mid(0, 10);
    const Run bare = invoke(withoutSecrets << QStringLiteral("--format") << QStringLiteral("json"));
    QCOMPARE(bare.exitCode, 0);
    QCOMPARE(bare.out.count(R"("credential": )"), 6 * 7);
    QVERIFY(!bare.out.contains(R"("credential": "crm.basic")"));
    QVERIFY(bare.out.contains(R"x("credential": "crm.basic (wrong secret)")x"));
    QVERIFY2(bare.err.contains("\"crm.basic\": the server never gives a secret"), bare.err.constData());
}

void tst_CliAccess::discoveryBadInput_data()
{
    QTest::addColumn<QByteArray>("adminPassword");
    QTest::addColumn<QString>("extra");
    QTest::addColumn<bool>("serverUp");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("refused admin credentials")
        << QByteArray("wrong") << QString() << true << 2
        << QStringLiteral(
               "The server refused admin.invoke's credentials for zato.security.get-list (HTTP 401)");
    QTest::newRow("secret of an unknown definition")
        << QByteArray("my-password") << QStringLiteral("ghost.basic=CRM_PASSWORD") << true << 2
        << QStringLiteral("A secret was given for \"ghost.basic\", which is not a security definition");
    QTest::newRow("unset secret variable")
        << QByteArray("my-password") << QStringLiteral("crm.basic=ZD_ACCESS_TEST_UNSET") << true << 2
        << QStringLiteral("--secret crm.basic: the variable ZD_ACCESS_TEST_UNSET is not set");
    QTest::newRow("no server") << QByteArray("my-password") << QString() << false << 3
                               << QStringLiteral("could not be reached: Connection refused");
}

void tst_CliAccess::discoveryBadInput()
{
    QFETCH(QByteArray, adminPassword);
    QFETCH(QString, extra);
    QFETCH(bool, serverUp);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString address =
        serverUp ? startServer(data + u"access41.yaml") : QStringLiteral("http://127.0.0.1:1");
    QVERIFY(!address.isEmpty());
    QTemporaryDir dir;
    const QString env = writeEnvFile(dir, adminPassword);
    const QString junit = dir.filePath(QStringLiteral("junit.xml"));
    QStringList arguments = discoveryArguments(address, env) << QStringLiteral("--junit") << junit;
    if (!extra.isEmpty())
        arguments << QStringLiteral("--secret") << extra;
    const Run run = invoke(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(junit)); // nothing written half-way
}

// openapi41.yaml's customer channels need {"cust_id": ...}: sent {} they answer 500; with the payloads
// of the server's /openapi/customers-api, or of a document's file, every cell is as derived.
void tst_CliAccess::openApiPayloads()
{
    const QString address = startServer(data + u"openapi41.yaml");
    QVERIFY(!address.isEmpty());
    const QStringList fromFile{QStringLiteral("matrix"),
                               QStringLiteral("--from-enmasse"),
                               data + u"openapi41.yaml",
                               QStringLiteral("--env-file"),
                               data + u"access41.env",
                               QStringLiteral("--address"),
                               address};
    const Run bare = invoke(fromFile);
    QCOMPARE(bare.exitCode, 1);
    QVERIFY2(bare.out.contains("15 cells, 12 as expected, 3 not."), bare.out.constData());
    QCOMPARE(bare.out.count("got 500"), 3);

    const Run fetched =
        invoke(QStringList(fromFile) << QStringLiteral("--openapi") << QStringLiteral("Customers API")
                                     << QStringLiteral("--format") << QStringLiteral("json"));
    QVERIFY2(fetched.exitCode == 0, fetched.err.constData());
    QVERIFY(fetched.out.contains(R"("differ": 0)"));

    QTemporaryDir dir;
    QFile document(dir.filePath(QStringLiteral("customers.yaml")));
    const QByteArray yaml = "openapi: 3.0.3\npaths:\n  /api/customers:\n    post:\n      requestBody:\n"
                            "        content:\n          application/json:\n            schema:\n"
                            "              properties: {cust_id: {type: integer, example: 123}}\n"
                            "  /api/customers/{id}:\n    post:\n      requestBody:\n        content:\n"
                            "          application/json:\n            schema:\n"
                            "              properties: {cust_id: {type: integer, default: 456}}\n"
                            "  /api/elsewhere:\n    get: {operationId: elsewhere}\n";
    QVERIFY(document.open(QIODevice::WriteOnly) && document.write(yaml) == yaml.size());
    document.close();
    const Run fromDocument =
        invoke(QStringList(fromFile) << QStringLiteral("--openapi-file") << document.fileName());
    QVERIFY2(fromDocument.exitCode == 0, fromDocument.out.constData());
    QVERIFY2(fromDocument.err.contains("OpenAPI operation elsewhere is no REST channel of the configuration"),
             fromDocument.err.constData());

    // Discovery with the same document from the server: crm.basic's secret reads it.
    QTemporaryDir envDir;
    const QString env = writeEnvFile(envDir, "my-password");
    const Run discovered = invoke({QStringLiteral("matrix"), QStringLiteral("--discover"),
                                   QStringLiteral("--address"), address, QStringLiteral("--password-env"),
                                   QStringLiteral("ZD_ADMIN_PASSWORD"), QStringLiteral("--env-file"), env,
                                   QStringLiteral("--secret"), QStringLiteral("crm.basic=CRM_PASSWORD"),
                                   QStringLiteral("--secret"), QStringLiteral("partner.apikey=PARTNER_KEY"),
                                   QStringLiteral("--openapi"), QStringLiteral("customers-api")});
    QVERIFY2(discovered.exitCode == 0, discovered.out.constData());
    QVERIFY(discovered.out.contains("15 cells, 15 as expected, 0 not."));

    const Run unknown =
        invoke(QStringList(fromFile) << QStringLiteral("--openapi") << QStringLiteral("Orders API"));
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains("/openapi/orders-api was refused (HTTP 403) to each Basic Auth definition"),
             unknown.err.constData());
    QVERIFY(unknown.out.isEmpty());
}

// Names from a configuration (a server's, when discovered) with terminal escapes: the report and the
// warnings write them as \xNN, so they cannot clear the screen or fake a line.
void tst_CliAccess::serverTextIsWrittenNotObeyed()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("escapes.yaml")));
    const QByteArray yaml = "security:\n  - name: \"evil\\e[2J\"\n    type: basic_auth\n    username: u\n"
                            "channel_rest:\n  - name: \"chan\\e]0;title\\a\"\n    service: demo.ping\n"
                            "    url_path: /api/a\n    security: \"evil\\e[2J\"\n";
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(yaml) == yaml.size());
    file.close();
    const Run run = invoke({QStringLiteral("matrix"), QStringLiteral("--from-enmasse"), file.fileName(),
                            QStringLiteral("--address"), QStringLiteral("http://127.0.0.1:1")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.contains("evil\\x1b[2J (wrong secret)"), run.out.constData());
    QVERIFY2(run.out.contains("chan\\x1b]0;title\\x07"), run.out.constData());
    QVERIFY2(run.err.contains("evil\\x1b[2J"), run.err.constData()); // the warning: no secret
    QVERIFY(!run.out.contains('\x1b') && !run.err.contains('\x1b') && !run.out.contains('\x07'));
}

// An export has no secrets, API-key headers or realms: given with --secret, --api-key-header and
// --realm, it makes the same matrix as the file that has them.
void tst_CliAccess::anExportFilledIn()
{
    const QString address = startServer(data + u"access41.yaml");
    QVERIFY(!address.isEmpty());
    QTemporaryDir dir;
    QByteArray exported;
    for (const QByteArray &line : read(data + u"access41.yaml").split('\n')) {
        const QByteArray key = line.trimmed().split(':').constFirst();
        if (key != "password" && key != "static_token" && key != "header" && key != "realm")
            exported += line + '\n';
    }
    QVERIFY(!exported.contains("password") && !exported.contains("X-Partner-Key"));
    QFile file(dir.filePath(QStringLiteral("export.yaml")));
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(exported) == exported.size());
    file.close();
    const QStringList common{
        QStringLiteral("matrix"),     QStringLiteral("--address"),     address,
        QStringLiteral("--env-file"), data + u"access41.env",          QStringLiteral("--format"),
        QStringLiteral("json"),       QStringLiteral("--concurrency"), QStringLiteral("1")};
    const Run fromFile =
        invoke(QStringList(common) << QStringLiteral("--from-enmasse") << data + u"access41.yaml");
    QCOMPARE(fromFile.exitCode, 0);
    QStringList secrets{QStringLiteral("--from-enmasse"), file.fileName()};
    for (const char *secret :
         {"crm.basic=CRM_PASSWORD", "billing.basic=BILLING_PASSWORD", "loner.basic=LONER_PASSWORD",
          "partner.apikey=PARTNER_KEY", "batch.static=BATCH_TOKEN"})
        secrets << QStringLiteral("--secret") << QString::fromLatin1(secret);
    const QStringList filled = QStringList(common)
                               << secrets << QStringLiteral("--api-key-header")
                               << QStringLiteral("partner.apikey=X-Partner-Key") << QStringLiteral("--realm")
                               << QStringLiteral("crm.basic=CRM");
    const Run exportRun = invoke(filled);
    QVERIFY2(exportRun.exitCode == 0, exportRun.err.constData());
    QCOMPARE(exportRun.out, fromFile.out);
    QVERIFY2(exportRun.err.isEmpty(), exportRun.err.constData());

    // Without the header the key goes in X-API-Key, which the server does not read.
    const Run noHeader = invoke(QStringList(common) << secrets);
    QCOMPARE(noHeader.exitCode, 1);
    // partner.apikey on orders.list (groups only): sent no key the server reads, it gets 403.
    QVERIFY(noHeader.out.contains(R"("differ": 1)"));

    const Run wrongKind = invoke(QStringList(common) << secrets << QStringLiteral("--realm")
                                                     << QStringLiteral("partner.apikey=X"));
    QCOMPARE(wrongKind.exitCode, 2);
    QVERIFY2(wrongKind.err.contains("\"partner.apikey\" is not a Basic Auth definition: it has no realm."),
             wrongKind.err.constData());
}

QTEST_GUILESS_MAIN(tst_CliAccess)
#include "tst_cliaccess.moc"
