// zato-invoke as a user runs it: a real process, a real loopback server. Bad input exits 2 with a
// message naming the problem and sends nothing; results follow the fixed output contract.
#include "rawhttpserver.h"

#include "json/parser.h"
#include "json/writer.h"
#include <QProcess>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

using zd::test::RawHttpServer;

namespace {

const QByteArray victoriaG2 =
    R"({"response":"eyJuYW1lIjogIlZpY3RvcmlhIE11cnJheSJ9","zato_env":{"result":"ZATO_OK",)"
    R"("cid":"6c2f8a4b1d9e0f7a3b5c8d2e","details":""}})";
const QString secret = QStringLiteral("s3cret-Pa55");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs zato-invoke while the event loop keeps serving the loopback server; its standard input is
// input through a pipe, or the file stdinFile.
Run runCli(const QStringList &arguments, const QByteArray &input = QByteArray(),
           const QString &stdinFile = QString())
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ZD_TEST_PASSWORD"), secret);
    process.setProcessEnvironment(env);
    if (!stdinFile.isEmpty())
        process.setStandardInputFile(stdinFile);
    process.start(QStringLiteral(ZATO_INVOKE_PATH), arguments);
    if (!process.waitForStarted(10000))
        return {};
    if (!input.isNull())
        process.write(input);
    process.closeWriteChannel();
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 30000))
        return {};
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               process.readAllStandardOutput(), process.readAllStandardError()};
}

QStringList base(const RawHttpServer &server)
{
    return {QStringLiteral("--address"),      server.address(),
            QStringLiteral("--path"),         QStringLiteral("/clients/django/any-service-invoker"),
            QStringLiteral("--user"),         QStringLiteral("django"),
            QStringLiteral("--password-env"), QStringLiteral("ZD_TEST_PASSWORD")};
}

zd::json::Value parseOutput(const QByteArray &out)
{
    const zd::json::ParseResult parsed = zd::json::parse(out);
    return parsed.ok ? parsed.value : zd::json::Value();
}

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpAndVersion();
    void badInput_data();
    void badInput();
    void usageErrorAsJson();
    void jsonOutputContract();
    void textOutput();
    void terminalEscapesFromTheServerAreNeutralised();
    void largeDataIsNeutralisedAsItIsWritten();
    void notOkExitsOne();
    void transportErrorExitsThree();
    void protocolErrorExitsThree();
    void timeoutExitsThree();
    void passwordFromStdin();
    void passwordFromStdinIsBounded();
    void payloadFileIsBounded();
    void payloadVariants_data();
    void payloadVariants();
    void jsonClientAndApi();
};

void tst_Cli::helpAndVersion()
{
    const Run help = runCli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *option : {"--address", "--path", "--client", "--service", "--id", "--user",
                               "--password-env", "--password-stdin", "--async", "--raw-payload", "--header",
                               "--timeout", "--wire", "--format", "--payload", "--payload-file", "--method"})
        QVERIFY2(help.out.contains(option), option);
    QVERIFY(!help.out.contains("--password "));
    const Run version = runCli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QByteArray("zato-invoke " ZD_VERSION));
}

void tst_Cli::badInput_data()
{
    QTest::addColumn<QStringList>("replace"); // pairs: option, value ("" value: remove the option)
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("message");

    QTest::newRow("missing address") << QStringList{QStringLiteral("--address"), QString()} << QStringList()
                                     << QStringLiteral("--address is missing");
    QTest::newRow("URL without a scheme")
        << QStringList{QStringLiteral("--address"), QStringLiteral("localhost:17010")} << QStringList()
        << QStringLiteral("has no http:// or https:// scheme");
    QTest::newRow("invalid JSON payload")
        << QStringList() << QStringList{QStringLiteral("--payload"), QStringLiteral("{cust_id: 1}")}
        << QStringLiteral("payload is not valid JSON: Expecting property name");
    QTest::newRow("both --service and --id") << QStringList()
                                             << QStringList{QStringLiteral("--service"), QStringLiteral("a"),
                                                            QStringLiteral("--id"), QStringLiteral("1")}
                                             << QStringLiteral("--service and --id cannot be used together");
    QTest::newRow("unknown --client")
        << QStringList() << QStringList{QStringLiteral("--client"), QStringLiteral("soap")}
        << QStringLiteral("Unknown --client \"soap\"");
    QTest::newRow("password as an argument")
        << QStringList() << QStringList{QStringLiteral("--password"), secret}
        << QStringLiteral("--password is not accepted");
    QTest::newRow("missing path") << QStringList{QStringLiteral("--path"), QString()} << QStringList()
                                  << QStringLiteral("--path is missing");
    QTest::newRow("missing user") << QStringList{QStringLiteral("--user"), QString()} << QStringList()
                                  << QStringLiteral("--user is missing");
    QTest::newRow("no password") << QStringList{QStringLiteral("--password-env"), QString()} << QStringList()
                                 << QStringLiteral("No password");
    QTest::newRow("unset password variable")
        << QStringList{QStringLiteral("--password-env"), QStringLiteral("ZD_NO_SUCH_VARIABLE")}
        << QStringList() << QStringLiteral("ZD_NO_SUCH_VARIABLE is not set");
    QTest::newRow("bad timeout") << QStringList()
                                 << QStringList{QStringLiteral("--timeout"), QStringLiteral("soon")}
                                 << QStringLiteral("--timeout \"soon\"");
    QTest::newRow("unknown wire") << QStringList()
                                  << QStringList{QStringLiteral("--wire"), QStringLiteral("g3")}
                                  << QStringLiteral("Unknown --wire \"g3\"");
    QTest::newRow("bad header") << QStringList()
                                << QStringList{QStringLiteral("--header"), QStringLiteral("NoColon")}
                                << QStringLiteral("not of the form 'Name: value'");
    QTest::newRow("missing payload file")
        << QStringList()
        << QStringList{QStringLiteral("--payload-file"), QStringLiteral("/nonexistent/payload.json")}
        << QStringLiteral("cannot read /nonexistent/payload.json");
    QTest::newRow("unknown option") << QStringList() << QStringList{QStringLiteral("--frobnicate")}
                                    << QStringLiteral("frobnicate");
    QTest::newRow("id not a number") << QStringList()
                                     << QStringList{QStringLiteral("--id"), QStringLiteral("x1")}
                                     << QStringLiteral("--id \"x1\" is not an integer");
    QTest::newRow("--async with json")
        << QStringList()
        << QStringList{QStringLiteral("--client"), QStringLiteral("json"), QStringLiteral("--async")}
        << QStringLiteral("--async does not apply");
    QTest::newRow("--method with the dispatcher")
        << QStringList() << QStringList{QStringLiteral("--method"), QStringLiteral("GET")}
        << QStringLiteral("the dispatcher takes POST only");
    QTest::newRow("not a method") << QStringList()
                                  << QStringList{QStringLiteral("--client"), QStringLiteral("json"),
                                                 QStringLiteral("--method"), QStringLiteral("GET /x")}
                                  << QStringLiteral("is not an HTTP method");
}

void tst_Cli::badInput()
{
    QFETCH(QStringList, replace);
    QFETCH(QStringList, extra);
    QFETCH(QString, message);

    RawHttpServer server;
    server.listen();
    QStringList args = base(server);
    for (qsizetype i = 0; i + 1 < replace.size(); i += 2) {
        const qsizetype at = args.indexOf(replace.at(i));
        if (replace.at(i + 1).isEmpty())
            args.remove(at, 2);
        else
            args[at + 1] = replace.at(i + 1);
    }
    args += extra;
    const Run run = runCli(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.contains(secret.toUtf8()));
    QCOMPARE(server.connectionCount(), 0);
}

void tst_Cli::usageErrorAsJson()
{
    RawHttpServer server;
    server.listen();
    const Run run = runCli(base(server) + QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                                      QStringLiteral("--client"), QStringLiteral("soap")});
    QCOMPARE(run.exitCode, 2);
    const zd::json::Value out = parseOutput(run.out);
    QCOMPARE(out.find(u"error")->find(u"kind")->toString(), QStringLiteral("usage"));
    QVERIFY(out.find(u"error")->find(u"message")->toString().contains(u"soap"));
    QVERIFY(out.find(u"http_status")->isNull());
    QCOMPARE(server.connectionCount(), 0);
}

void tst_Cli::jsonOutputContract()
{
    RawHttpServer server;
    server.listen();
    server.setHandler([](const RawHttpServer::Request &) {
        return RawHttpServer::reply(200, victoriaG2, {{"X-Zato-CID", "6c2f8a4b1d9e0f7a3b5c8d2e"}});
    });
    const Run run = runCli(base(server) + QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                                      QStringLiteral("--payload"),
                                                      QStringLiteral(R"({"cust_id":"123"})")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.endsWith('\n'));
    const zd::json::Value out = parseOutput(run.out);
    QStringList keys;
    for (const zd::json::Member &member : out.toObject())
        keys << member.key;
    QCOMPARE(keys.join(u' '), QStringLiteral("ok has_data data details cid response_time sio_result meta "
                                             "inner_service_response http_status elapsed_ms error"));
    QCOMPARE(zd::json::dumps(*out.find(u"data")), QByteArray(R"({"name": "Victoria Murray"})"));
    QVERIFY(out.find(u"ok")->toBool());
    QCOMPARE(out.find(u"cid")->toString(), QStringLiteral("6c2f8a4b1d9e0f7a3b5c8d2e"));
    QCOMPARE(out.find(u"sio_result")->toString(), QStringLiteral("ZATO_OK"));
    QVERIFY(out.find(u"meta")->isNull());
    QCOMPARE(out.find(u"inner_service_response")->toString(),
             QStringLiteral(R"({"name": "Victoria Murray"})"));
    QCOMPARE(out.find(u"http_status")->toNumber().toInt64(), std::optional<qint64>(200));
    QVERIFY(out.find(u"elapsed_ms")->isNumber());
    QVERIFY(out.find(u"error")->isNull());

    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().constFirst().body.size(), 241);
    QCOMPARE(server.requests().constFirst().header("Authorization"),
             "Basic " + QByteArray("django:" + secret.toUtf8()).toBase64());
    QVERIFY(!run.out.contains(secret.toUtf8()));
}

void tst_Cli::textOutput()
{
    RawHttpServer server;
    server.listen();
    server.setHandler([](const RawHttpServer::Request &) { return RawHttpServer::reply(200, victoriaG2); });
    const Run run = runCli(base(server));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith("OK  HTTP 200 OK"), run.out.constData());
    QVERIFY(run.out.contains("Victoria Murray"));
    QVERIFY(run.out.contains("cid:        (None)"));
}

void tst_Cli::terminalEscapesFromTheServerAreNeutralised()
{
    // A server that tries to clear the screen (ESC [2J) through its CID header, and to fake an "ok: true"
    // line and ring the bell through the details of an error: the text output shows them as \xNN.
    RawHttpServer server;
    server.listen();
    server.setHandler([](const RawHttpServer::Request &) {
        return RawHttpServer::reply(500,
                                    "{\"zato_env\": {\"result\": \"ZATO_ERROR\", \"cid\": \"c\", "
                                    "\"details\": \"boom\\r\\u001b[1Aok: true\\u0007\"}}",
                                    {{"X-Zato-CID", "\x1b[2Jabc"}});
    });
    const Run run = runCli(base(server));
    QCOMPARE(run.exitCode, 1);
    for (const QByteArray &stream : {run.out, run.err}) {
        QVERIFY2(!stream.contains('\x1b') && !stream.contains('\r') && !stream.contains('\x07'),
                 stream.constData());
    }
    QVERIFY2(run.out.contains("cid:        \\x1b[2Jabc"), run.out.constData());
    QVERIFY2(run.out.contains("boom\\x0d\\x1b[1Aok: true\\x07"), run.out.constData());
}

void tst_Cli::largeDataIsNeutralisedAsItIsWritten()
{
    // Data far larger than a piece of the text output, with C1 controls (CSI, U+009B, two bytes in
    // UTF-8) at every offset: each one is shown as \x9b wherever the pieces end.
    QByteArray data = "[";
    const int items = 20000;
    for (int i = 0; i < items; ++i)
        data += (i ? ", \"" : "\"") + QByteArray(i % 37, 'a') + "\\u009b[2J\"";
    data += "]";
    RawHttpServer server;
    server.listen();
    server.setHandler([&data](const RawHttpServer::Request &) { return RawHttpServer::reply(200, data); });
    const Run run = runCli(base(server) + QStringList{QStringLiteral("--client"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.size() > 500000);
    QVERIFY(!run.out.contains("\xc2\x9b"));
    QCOMPARE(run.out.count("\\x9b[2J\""), items);
}

void tst_Cli::notOkExitsOne()
{
    RawHttpServer server;
    server.listen();
    server.setHandler([](const RawHttpServer::Request &) {
        return RawHttpServer::reply(401, R"({"result":"Error","cid":"c","details":"Unauthorized; cid=c"})",
                                    {{"WWW-Authenticate", "Basic realm=\"Zato\""}});
    });
    const Run run = runCli(base(server) + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 1);
    const zd::json::Value out = parseOutput(run.out);
    QVERIFY(!out.find(u"ok")->toBool());
    const Run text = runCli(base(server));
    QVERIFY2(text.out.contains("outcome:    401: Wrong credentials for realm \"Zato\""),
             text.out.constData());
    QCOMPARE(out.find(u"http_status")->toNumber().toInt64(), std::optional<qint64>(401));
    QVERIFY(out.find(u"details")->toString().contains(u"Unauthorized"));
}

void tst_Cli::transportErrorExitsThree()
{
    quint16 port = 0;
    {
        RawHttpServer probe;
        port = probe.listen();
    }
    const Run run =
        runCli({QStringLiteral("--address"), QStringLiteral("http://127.0.0.1:%1").arg(port),
                QStringLiteral("--path"), QStringLiteral("/x"), QStringLiteral("--user"), QStringLiteral("u"),
                QStringLiteral("--password-env"), QStringLiteral("ZD_TEST_PASSWORD"),
                QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 3);
    const zd::json::Value out = parseOutput(run.out);
    QCOMPARE(out.find(u"error")->find(u"kind")->toString(), QStringLiteral("transport"));
    QVERIFY(out.find(u"error")->find(u"message")->toString().contains(u"Connection refused"));
}

void tst_Cli::protocolErrorExitsThree()
{
    RawHttpServer server;
    server.listen();
    server.setHandler(
        [](const RawHttpServer::Request &) { return RawHttpServer::reply(404, "URL not found (CID:abc)"); });
    const Run run = runCli(base(server));
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("protocol error"), run.err.constData());
    QVERIFY(run.err.contains("404"));
}

void tst_Cli::timeoutExitsThree()
{
    RawHttpServer server;
    server.listen();
    server.setHandler([](const RawHttpServer::Request &) {
        return RawHttpServer::Reply{{}, 0, false, true};
    });
    const Run run = runCli(base(server) + QStringList{QStringLiteral("--timeout"), QStringLiteral("0.3"),
                                                      QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(parseOutput(run.out).find(u"error")->find(u"kind")->toString(), QStringLiteral("timeout"));
}

void tst_Cli::passwordFromStdin()
{
    RawHttpServer server;
    server.listen();
    server.setHandler([](const RawHttpServer::Request &) { return RawHttpServer::reply(200, victoriaG2); });
    QStringList args = base(server);
    args.remove(args.indexOf(QStringLiteral("--password-env")), 2);
    const Run run = runCli(args + QStringList{QStringLiteral("--password-stdin")}, "from-stdin\n");
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(server.requests().constFirst().header("Authorization"),
             "Basic " + QByteArray("django:from-stdin").toBase64());
}

// More than the limit through a pipe, or a device that never ends: refused at once, nothing sent.
void tst_Cli::passwordFromStdinIsBounded()
{
    RawHttpServer server;
    server.listen();
    server.setHandler([](const RawHttpServer::Request &) { return RawHttpServer::reply(200, victoriaG2); });
    QStringList args = base(server);
    args.remove(args.indexOf(QStringLiteral("--password-env")), 2);
    args << QStringLiteral("--password-stdin");

    const Run tooLong = runCli(args, QByteArray(100 * 1024, 'p') + '\n');
    QCOMPARE(tooLong.exitCode, 2);
    QVERIFY2(tooLong.err.contains("--password-stdin: cannot read standard input: it is larger than 64 KB"),
             tooLong.err.constData());
    const Run device = runCli(args, QByteArray(), QStringLiteral("/dev/zero"));
    QCOMPARE(device.exitCode, 2); // -1: it did not finish, or ran out of memory
    QVERIFY2(device.err.contains("--password-stdin: cannot read standard input: it is a device, not a file."),
             device.err.constData());
    QCOMPARE(server.requests().size(), 0);

    // A password file given as standard input is read as before.
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("from-a-file\n");
    file.close();
    const Run fromFile = runCli(args, QByteArray(), file.fileName());
    QCOMPARE(fromFile.exitCode, 0);
    QCOMPARE(server.requests().constFirst().header("Authorization"),
             "Basic " + QByteArray("django:from-a-file").toBase64());
}

// A directory, a device or a file over the limit is refused with the reason; a pipe is read.
void tst_Cli::payloadFileIsBounded()
{
    RawHttpServer server;
    server.listen();
    server.setHandler([](const RawHttpServer::Request &) { return RawHttpServer::reply(200, victoriaG2); });
    QTemporaryDir dir;
    const QString large = dir.filePath(QStringLiteral("large.json"));
    QFile file(large);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(64 * 1024 * 1024 + 1)); // sparse: nothing written
    file.close();

    const std::pair<QString, QByteArray> refused[] = {
        {dir.path(), "it is a directory."},
        {QStringLiteral("/dev/zero"), "it is a device, not a file."},
        {large, "it is larger than 64 MB, the most that is read."}};
    for (const auto &[name, reason] : refused) {
        const Run run = runCli(base(server) + QStringList{QStringLiteral("--payload-file"), name});
        QVERIFY2(run.exitCode == 2, qPrintable(name)); // -1: it did not finish, or ran out of memory
        const QByteArray message = "--payload-file: cannot read " + QFile::encodeName(name) + ": " + reason;
        QVERIFY2(run.err.contains(message), run.err.constData());
    }
    QCOMPARE(server.requests().size(), 0);

    const Run piped =
        runCli(base(server) + QStringList{QStringLiteral("--payload-file"), QStringLiteral("/dev/stdin")},
               R"({"cust_id": "123"})");
    QVERIFY2(piped.exitCode == 0, piped.err.constData());
    const zd::json::Value envelope = zd::json::parse(server.requests().constFirst().body).value;
    QCOMPARE(QByteArray::fromBase64(envelope.find(u"payload")->toString().toLatin1()),
             QByteArray(R"({"cust_id": "123"})"));
}

void tst_Cli::payloadVariants_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("innerPayload"); // base64-decoded payload of the envelope
    QTest::newRow("default") << QStringList() << QByteArray(R"("")");
    QTest::newRow("JSON rewritten as Python")
        << QStringList{QStringLiteral("--payload"), QStringLiteral(R"({"a":1E2})")}
        << QByteArray(R"({"a": 100.0})");
    QTest::newRow("raw") << QStringList{QStringLiteral("--raw-payload"), QStringLiteral("--payload"),
                                        QStringLiteral("a=b")}
                         << QByteArray("a=b");
}

void tst_Cli::payloadVariants()
{
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, innerPayload);
    RawHttpServer server;
    server.listen();
    server.setHandler([](const RawHttpServer::Request &) { return RawHttpServer::reply(200, victoriaG2); });
    const Run run = runCli(base(server) + extra);
    QCOMPARE(run.exitCode, 0);
    const zd::json::Value envelope = zd::json::parse(server.requests().constFirst().body).value;
    QCOMPARE(QByteArray::fromBase64(envelope.find(u"payload")->toString().toLatin1()), innerPayload);
}

void tst_Cli::jsonClientAndApi()
{
    RawHttpServer server;
    server.listen();
    server.setHandler([](const RawHttpServer::Request &) {
        return RawHttpServer::reply(200, R"({"name":"James Edmunds"})");
    });
    QTemporaryFile payload;
    QVERIFY(payload.open());
    payload.write(R"({"cust_id":"456"})");
    payload.close();

    QStringList json = base(server);
    json[json.indexOf(QStringLiteral("--path")) + 1] = QStringLiteral("/clients/django/json-client");
    const Run jc = runCli(json + QStringList{QStringLiteral("--client"), QStringLiteral("json"),
                                             QStringLiteral("--payload-file"), payload.fileName()});
    QCOMPARE(jc.exitCode, 0);
    QCOMPARE(server.requests().at(0).target, QByteArray("/clients/django/json-client"));
    QCOMPARE(server.requests().at(0).body, QByteArray(R"({"cust_id": "456"})"));

    QStringList api = base(server);
    api.remove(api.indexOf(QStringLiteral("--path")), 2);
    const Run call = runCli(api + QStringList{QStringLiteral("--client"), QStringLiteral("api"),
                                              QStringLiteral("--service"), QStringLiteral("customer.get2"),
                                              QStringLiteral("--async"), QStringLiteral("--header"),
                                              QStringLiteral("X-Trace: 7")});
    QCOMPARE(call.exitCode, 0);
    QCOMPARE(server.requests().at(1).target, QByteArray("/zato/api/invoke/customer.get2"));
    QCOMPARE(server.requests().at(1).header("X-Zato-Async"), QByteArray("true"));
    QCOMPARE(server.requests().at(1).header("X-Trace"), QByteArray("7"));
    QVERIFY(call.out.contains("James Edmunds"));

    // A GET with no payload: the method on the wire, no body and no Content-Type.
    const Run get = runCli(json + QStringList{QStringLiteral("--client"), QStringLiteral("json"),
                                              QStringLiteral("--method"), QStringLiteral("get"),
                                              QStringLiteral("--payload"), QStringLiteral("null")});
    QCOMPARE(get.exitCode, 0);
    QCOMPARE(server.requests().at(2).method, QByteArray("GET"));
    QVERIFY(server.requests().at(2).body.isEmpty());
    QVERIFY(server.requests().at(2).header("Content-Type").isEmpty());

    // --body-file: the body goes to the file, above --max-body too, and is not printed.
    QTemporaryDir dir;
    const QString saved = dir.filePath(QStringLiteral("body.json"));
    const Run save = runCli(json + QStringList{QStringLiteral("--client"), QStringLiteral("json"),
                                               QStringLiteral("--body-file"), saved,
                                               QStringLiteral("--max-body"), QStringLiteral("10")});
    QCOMPARE(save.exitCode, 0);
    QFile file(saved);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray(R"({"name":"James Edmunds"})"));
    QVERIFY(!save.out.contains("James Edmunds"));
    QVERIFY2(save.out.contains(saved.toUtf8()), save.out.constData());
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
