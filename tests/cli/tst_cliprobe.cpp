// zato-invoke probe as a user runs it: a real process against real loopback servers, a Zato 3.2 stand-in,
// a Zato 4.1 stand-in, a server that is not Zato and a port where nothing listens. The expected answers
// follow zato-platform.md §2.1 (which endpoints each version has) and §2.2 (the realm of admin.invoke).
#include "demoserver.h"
#include "rawhttpserver.h"

#include "json/parser.h"
#include <QProcess>
#include <QTcpServer>
#include <QTest>

using zd::demo::DemoConfig;
using zd::demo::DemoServer;
using zd::test::RawHttpServer;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ZD_TEST_PASSWORD"), QStringLiteral("my-password"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ZATO_INVOKE_PATH), arguments);
    if (!process.waitForStarted(10000))
        return {};
    process.closeWriteChannel();
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 60000))
        return {};
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               process.readAllStandardOutput(), process.readAllStandardError()};
}

QStringList probe(const QString &address, const QStringList &more = {})
{
    return QStringList{QStringLiteral("probe"), QStringLiteral("--address"), address,
                       QStringLiteral("--format"), QStringLiteral("json")} +
           more;
}

QStringList withUser(const QString &user)
{
    return {QStringLiteral("--user"), user, QStringLiteral("--password-env"),
            QStringLiteral("ZD_TEST_PASSWORD")};
}

zd::json::Value field(const QByteArray &out, const char16_t *name)
{
    const zd::json::ParseResult parsed = zd::json::parse(out);
    const zd::json::Value *value = parsed.ok ? parsed.value.find(name) : nullptr;
    return value ? *value : zd::json::Value();
}

QStringList strings(const zd::json::Value &value)
{
    QStringList list;
    for (const zd::json::Value &item : value.toArray())
        list << item.toString();
    return list;
}

} // namespace

class tst_CliProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void zato32WithoutCredentials();
    void zato32WithItsInvokeUser();
    void zato32WrongMethodIs404();
    void zato32AsText();
    void zato41WithoutCredentials();
    void zato41WithAdminInvoke();
    void zato41WrongMethodIs405();
    void notZato();
    void unreachable();
    void badInput_data();
    void badInput();
};

void tst_CliProbe::zato32WithoutCredentials()
{
    DemoServer server;
    QVERIFY(server.listen());
    const Run run = runCli(probe(server.address()));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(field(run.out, u"server").toString(), QStringLiteral("zato-3.2"));
    QCOMPARE(field(run.out, u"ping").toString(), QStringLiteral("works"));
    QCOMPARE(field(run.out, u"dispatcher").toString(), QStringLiteral("needs-credentials"));
    QCOMPARE(field(run.out, u"invoke_api").toString(), QStringLiteral("needs-credentials"));
    QCOMPARE(field(run.out, u"invoke_api_realm").toString(), QStringLiteral("Zato public API"));
    QCOMPARE(strings(field(run.out, u"clients")),
             QStringList({QStringLiteral("AnyServiceInvoker"), QStringLiteral("JSONClient"),
                          QStringLiteral("Invoke API")}));
    QVERIFY(field(run.out, u"cid_header").toBool());
    QVERIFY(field(run.out, u"wrong_method_405").isNull());
}

void tst_CliProbe::zato32WithItsInvokeUser()
{
    DemoServer server;
    QVERIFY(server.listen());
    const Run run = runCli(probe(server.address(), withUser(QStringLiteral("pubapi"))));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(field(run.out, u"server").toString(), QStringLiteral("zato-3.2"));
    QCOMPARE(field(run.out, u"invoke_api").toString(), QStringLiteral("works"));
    // pubapi is not admin.invoke: the dispatcher's channel refuses it.
    QCOMPARE(field(run.out, u"dispatcher").toString(), QStringLiteral("credentials-refused"));
    QVERIFY(!run.out.contains("my-password"));
}

void tst_CliProbe::zato32WrongMethodIs404()
{
    DemoServer server;
    QVERIFY(server.listen());
    const Run run = runCli(probe(
        server.address(), {QStringLiteral("--method-check"), QStringLiteral("/clients/django/post-only")}));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(field(run.out, u"wrong_method_405").type(), zd::json::Value::Type::Bool);
    QVERIFY(!field(run.out, u"wrong_method_405").toBool());
}

void tst_CliProbe::zato32AsText()
{
    DemoServer server;
    QVERIFY(server.listen());
    const Run run = runCli({QStringLiteral("probe"), QStringLiteral("--address"), server.address()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("This is a Zato 3.2 (or 3.3) server"), run.out.constData());
    QVERIFY(run.out.contains("AnyServiceInvoker will work"));
    QVERIFY(run.out.contains("GET /zato/ping"));
}

void tst_CliProbe::zato41WithoutCredentials()
{
    DemoServer server(DemoConfig::defaults(zd::demo::Flavour::Zato41));
    QVERIFY(server.listen());
    const Run run = runCli(probe(server.address()));
    QCOMPARE(run.exitCode, 0);
    // §2.1: no dispatcher in the newest 4.1; the invoke API behind admin.invoke, realm "Zato admin invoke".
    QCOMPARE(field(run.out, u"server").toString(), QStringLiteral("zato-4.1"));
    QCOMPARE(field(run.out, u"ping").toString(), QStringLiteral("works"));
    QCOMPARE(field(run.out, u"dispatcher").toString(), QStringLiteral("absent"));
    QCOMPARE(field(run.out, u"invoke_api").toString(), QStringLiteral("needs-credentials"));
    QCOMPARE(field(run.out, u"invoke_api_realm").toString(), QStringLiteral("Zato admin invoke"));
    QCOMPARE(strings(field(run.out, u"clients")),
             QStringList({QStringLiteral("JSONClient"), QStringLiteral("Invoke API")}));
    // §2.2: X-Zato-CID is off by default.
    QVERIFY(!field(run.out, u"cid_header").toBool());
    QVERIFY(field(run.out, u"summary").toString().contains(u"AnyServiceInvoker will not work"));
}

void tst_CliProbe::zato41WithAdminInvoke()
{
    DemoServer server(DemoConfig::defaults(zd::demo::Flavour::Zato41));
    QVERIFY(server.listen());
    const Run run = runCli(probe(server.address(), withUser(QStringLiteral("admin.invoke"))));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(field(run.out, u"server").toString(), QStringLiteral("zato-4.1"));
    QCOMPARE(field(run.out, u"invoke_api").toString(), QStringLiteral("works"));
    QVERIFY(
        field(run.out, u"summary").toString().contains(u"The credentials given work with the invoke API."));
}

void tst_CliProbe::zato41WrongMethodIs405()
{
    DemoServer server(DemoConfig::defaults(zd::demo::Flavour::Zato41));
    QVERIFY(server.listen());
    const Run run =
        runCli(probe(server.address(), {QStringLiteral("--method-check"), QStringLiteral("/demo/get-only")}));
    QCOMPARE(run.exitCode, 0);
    // §1.5: a path whose channels do not take the method: 405 with Allow.
    QVERIFY(field(run.out, u"wrong_method_405").toBool());
    QCOMPARE(field(run.out, u"allow").toString(), QStringLiteral("GET"));
}

void tst_CliProbe::notZato()
{
    RawHttpServer server;
    server.listen();
    server.setHandler([](const RawHttpServer::Request &) {
        return RawHttpServer::Reply{{QByteArrayLiteral(
            "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nContent-Length: 9\r\n\r\n"
            "Not Found")}};
    });
    const Run run = runCli(probe(server.address()));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(field(run.out, u"server").toString(), QStringLiteral("not-zato"));
    QVERIFY(strings(field(run.out, u"clients")).isEmpty());
    QVERIFY(field(run.out, u"summary").toString().contains(u"nothing there answers as a Zato server does"));
}

void tst_CliProbe::unreachable()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString address = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
    closed.close();
    const Run run = runCli(probe(address));
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(field(run.out, u"server").toString(), QStringLiteral("unreachable"));
    QVERIFY(field(run.out, u"summary").toString().contains(u"No HTTP answer"));
}

void tst_CliProbe::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no address") << QStringList{QStringLiteral("probe")} << QByteArray("--address");
    QTest::newRow("not http") << QStringList{QStringLiteral("probe"), QStringLiteral("--address"),
                                             QStringLiteral("ftp://host")}
                              << QByteArray("--address");
    QTest::newRow("user without password")
        << QStringList{QStringLiteral("probe"), QStringLiteral("--address"),
                       QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--user"),
                       QStringLiteral("admin.invoke")}
        << QByteArray("--password-env");
    QTest::newRow("method check not a path")
        << QStringList{QStringLiteral("probe"), QStringLiteral("--address"),
                       QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--method-check"),
                       QStringLiteral("orders")}
        << QByteArray("--method-check");
    QTest::newRow("unknown format") << QStringList{QStringLiteral("probe"), QStringLiteral("--address"),
                                                   QStringLiteral("http://127.0.0.1:1"),
                                                   QStringLiteral("--format"), QStringLiteral("xml")}
                                    << QByteArray("--format");
}

void tst_CliProbe::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(tst_CliProbe)
#include "tst_cliprobe.moc"
