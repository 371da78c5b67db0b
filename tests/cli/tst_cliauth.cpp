// zato-invoke with every kind of credential a Zato channel accepts (zato-platform.md §1.2), query and
// path parameters, as a user runs it: a real process and a real loopback server that records the
// request byte for byte. A secret is never an argument, never printed, and never on disk: profiles keep
// the API key and the token in the keychain (run under a private D-Bus session with gnome-keyring).
#include "demoserver.h"
#include "rawhttpserver.h"

#include "json/parser.h"
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using zd::test::RawHttpServer;

namespace {

const QByteArray apiKey = "Key-Only-In-Env-51";
const QByteArray token = "Token-Only-In-Env-62";
const QByteArray password = "Pa55-Only-In-Env-73";
const QByteArray customer = R"({"name":"Victoria Murray"})";

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QStringList jsonCall(const RawHttpServer &server, const QString &path = QStringLiteral("/demo/apikey"))
{
    return {QStringLiteral("--address"), server.address(),         QStringLiteral("--client"),
            QStringLiteral("json"),      QStringLiteral("--path"), path};
}

} // namespace

class tst_CliAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void helpNamesTheFlags();
    void eachKindSendsItsHeader_data();
    void eachKindSendsItsHeader();
    void secretFromStandardInput();
    void queryAndPathParameters();
    void badInput_data();
    void badInput();
    void profilesKeepTheKindAndTheSecretInTheKeychain();
    void noKeychainNeverWritesTheKeyOrToken();
    void demoServerChannels_data();
    void demoServerChannels();

private:
    Run run(const QStringList &arguments, const QByteArray &input = QByteArray());
    [[nodiscard]] QStringList filesHolding(const QByteArray &needle) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_CliAuth::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

Run tst_CliAuth::run(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *dir : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        env.insert(QString::fromLatin1(dir), m_dir->filePath(QString::fromLatin1(dir).toLower()));
    env.insert(QStringLiteral("ZD_TEST_KEY"), QString::fromLatin1(apiKey));
    env.insert(QStringLiteral("ZD_TEST_TOKEN"), QString::fromLatin1(token));
    env.insert(QStringLiteral("ZD_TEST_PASSWORD"), QString::fromLatin1(password));
    env.remove(QStringLiteral("ZD_NO_SUCH_VARIABLE"));
    // The demo server's published secrets (its /demo/apikey, /demo/apikey-custom and /demo/bearer
    // channels), and a wrong one.
    env.insert(QStringLiteral("ZD_DEMO_KEY"), QStringLiteral("demo-api-key"));
    env.insert(QStringLiteral("ZD_PARTNER_KEY"), QStringLiteral("partner-key"));
    env.insert(QStringLiteral("ZD_DEMO_TOKEN"), QStringLiteral("demo-token"));
    env.insert(QStringLiteral("ZD_WRONG"), QStringLiteral("guess"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ZATO_INVOKE_PATH), arguments);
    if (!process.waitForStarted(10000))
        return {};
    if (!input.isNull())
        process.write(input);
    process.closeWriteChannel();
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 30000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               process.readAllStandardOutput(), process.readAllStandardError()};
}

QStringList tst_CliAuth::filesHolding(const QByteArray &needle) const
{
    QStringList found;
    QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << file.fileName();
    }
    return found;
}

void tst_CliAuth::helpNamesTheFlags()
{
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *option : {"--auth", "--api-key-header", "--api-key-env", "--api-key-stdin",
                               "--token-env", "--token-stdin", "--query", "--path-param"})
        QVERIFY2(help.out.contains(option), option);
    const Run profilesHelp = run({QStringLiteral("profiles"), QStringLiteral("--help")});
    for (const char *option : {"--auth", "--api-key-header", "--api-key-env", "--token-env"})
        QVERIFY2(profilesHelp.out.contains(option), option);
}

void tst_CliAuth::eachKindSendsItsHeader_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QByteArray>("header");   // the header that carries the credential ("": none)
    QTest::addColumn<QByteArray>("expected"); // its value

    QTest::newRow("API key, default header")
        << QStringList{QStringLiteral("--auth"), QStringLiteral("apikey"), QStringLiteral("--api-key-env"),
                       QStringLiteral("ZD_TEST_KEY")}
        << QByteArray("X-API-Key") << apiKey;
    QTest::newRow("API key in the definition's header")
        << QStringList{QStringLiteral("--auth"),           QStringLiteral("apikey"),
                       QStringLiteral("--api-key-header"), QStringLiteral("X-Partner-Key"),
                       QStringLiteral("--api-key-env"),    QStringLiteral("ZD_TEST_KEY")}
        << QByteArray("X-Partner-Key") << apiKey;
    QTest::newRow("bearer") << QStringList{QStringLiteral("--auth"), QStringLiteral("bearer"),
                                           QStringLiteral("--token-env"), QStringLiteral("ZD_TEST_TOKEN")}
                            << QByteArray("Authorization") << QByteArray("Bearer " + token);
    QTest::newRow("basic, the default with --user")
        << QStringList{QStringLiteral("--user"), QStringLiteral("django"), QStringLiteral("--password-env"),
                       QStringLiteral("ZD_TEST_PASSWORD")}
        << QByteArray("Authorization") << QByteArray("Basic " + QByteArray("django:" + password).toBase64());
    QTest::newRow("none, the default without --user") << QStringList() << QByteArray() << QByteArray();
    QTest::newRow("none, asked for") << QStringList{QStringLiteral("--auth"), QStringLiteral("none")}
                                     << QByteArray() << QByteArray();
}

void tst_CliAuth::eachKindSendsItsHeader()
{
    QFETCH(QStringList, flags);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, expected);
    RawHttpServer server;
    server.listen();
    server.setHandler([](const RawHttpServer::Request &) { return RawHttpServer::reply(200, customer); });
    const Run call = run(jsonCall(server) + flags);
    QVERIFY2(call.exitCode == 0, call.err.constData());
    QVERIFY(call.out.contains("Victoria Murray"));
    QCOMPARE(server.requests().size(), 1);
    const RawHttpServer::Request &request = server.requests().constFirst();
    if (!header.isEmpty())
        QCOMPARE(request.header(header), expected);
    // No other credential rides along.
    int credentials = 0;
    for (const auto &[name, value] : request.headers) {
        if (name.compare("Authorization", Qt::CaseInsensitive) == 0 ||
            name.compare("X-API-Key", Qt::CaseInsensitive) == 0 ||
            name.compare("X-Partner-Key", Qt::CaseInsensitive) == 0)
            ++credentials;
    }
    QCOMPARE(credentials, header.isEmpty() ? 0 : 1);
    for (const QByteArray &secret : {apiKey, token, password})
        QVERIFY(!call.out.contains(secret) && !call.err.contains(secret));
}

void tst_CliAuth::secretFromStandardInput()
{
    RawHttpServer server;
    server.listen();
    server.setHandler([](const RawHttpServer::Request &) { return RawHttpServer::reply(200, customer); });
    const Run viaKey = run(jsonCall(server) + QStringList{QStringLiteral("--auth"), QStringLiteral("apikey"),
                                                          QStringLiteral("--api-key-stdin")},
                           "key-from-stdin\n");
    QVERIFY2(viaKey.exitCode == 0, viaKey.err.constData());
    const Run viaToken =
        run(jsonCall(server) + QStringList{QStringLiteral("--auth"), QStringLiteral("bearer"),
                                           QStringLiteral("--token-stdin")},
            "token-from-stdin\r\n");
    QVERIFY2(viaToken.exitCode == 0, viaToken.err.constData());
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.requests().at(0).header("X-API-Key"), QByteArray("key-from-stdin"));
    QCOMPARE(server.requests().at(1).header("Authorization"), QByteArray("Bearer token-from-stdin"));
}

void tst_CliAuth::queryAndPathParameters()
{
    RawHttpServer server;
    server.listen();
    server.setHandler([](const RawHttpServer::Request &) { return RawHttpServer::reply(200, customer); });
    const Run call =
        run(jsonCall(server, QStringLiteral("/customers/{cust_id}/orders?page=2")) +
            QStringList{QStringLiteral("--path-param"), QStringLiteral("cust_id=a b/c"),
                        QStringLiteral("--query"), QStringLiteral("name=Victoria Murray"),
                        QStringLiteral("--query"), QStringLiteral("q=x&y=z"), QStringLiteral("--method"),
                        QStringLiteral("GET"), QStringLiteral("--payload"), QStringLiteral("null")});
    QVERIFY2(call.exitCode == 0, call.err.constData());
    QCOMPARE(server.requests().size(), 1);
    // The value one path segment (urllib's quote with safe=''); the parameters after the path's own
    // query, as python-requests' params= (quote_plus).
    QCOMPARE(server.requests().constFirst().target,
             QByteArray("/customers/a%20b%2Fc/orders?page=2&name=Victoria+Murray&q=x%26y%3Dz"));
    QCOMPARE(server.requests().constFirst().method, QByteArray("GET"));
}

void tst_CliAuth::badInput_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("message");

    const QString auth = QStringLiteral("--auth");
    QTest::newRow("API key variable not set")
        << QStringList{auth, QStringLiteral("apikey"), QStringLiteral("--api-key-env"),
                       QStringLiteral("ZD_NO_SUCH_VARIABLE")}
        << QStringLiteral("--api-key-env: the environment variable ZD_NO_SUCH_VARIABLE is not set");
    QTest::newRow("token variable not set")
        << QStringList{auth, QStringLiteral("bearer"), QStringLiteral("--token-env"),
                       QStringLiteral("ZD_NO_SUCH_VARIABLE")}
        << QStringLiteral("--token-env: the environment variable ZD_NO_SUCH_VARIABLE is not set");
    QTest::newRow("no API key") << QStringList{auth, QStringLiteral("apikey")}
                                << QStringLiteral("No API key");
    QTest::newRow("no token") << QStringList{auth, QStringLiteral("bearer")}
                              << QStringLiteral("No bearer token");
    QTest::newRow("a token flag with an API key") << QStringList{auth,
                                                                 QStringLiteral("apikey"),
                                                                 QStringLiteral("--api-key-env"),
                                                                 QStringLiteral("ZD_TEST_KEY"),
                                                                 QStringLiteral("--token-env"),
                                                                 QStringLiteral("ZD_TEST_TOKEN")}
                                                  << QStringLiteral("--token-env is for --auth bearer");
    QTest::newRow("a key flag with no --auth given")
        << QStringList{QStringLiteral("--api-key-env"), QStringLiteral("ZD_TEST_KEY")}
        << QStringLiteral("--api-key-env is for --auth apikey, and this call authenticates with --auth none");
    QTest::newRow("a user with a bearer token") << QStringList{auth,
                                                               QStringLiteral("bearer"),
                                                               QStringLiteral("--token-env"),
                                                               QStringLiteral("ZD_TEST_TOKEN"),
                                                               QStringLiteral("--user"),
                                                               QStringLiteral("django")}
                                                << QStringLiteral("--user is for --auth basic");
    QTest::newRow("a header name for none")
        << QStringList{auth, QStringLiteral("none"), QStringLiteral("--api-key-header"),
                       QStringLiteral("X-Key")}
        << QStringLiteral("--api-key-header is for --auth apikey");
    QTest::newRow("unknown kind") << QStringList{auth, QStringLiteral("oauth2")}
                                  << QStringLiteral("Unknown --auth \"oauth2\"");
    QTest::newRow("both token flags")
        << QStringList{auth, QStringLiteral("bearer"), QStringLiteral("--token-env"),
                       QStringLiteral("ZD_TEST_TOKEN"), QStringLiteral("--token-stdin")}
        << QStringLiteral("--token-env and --token-stdin cannot be used together");
    QTest::newRow("header name with a space")
        << QStringList{auth,
                       QStringLiteral("apikey"),
                       QStringLiteral("--api-key-header"),
                       QStringLiteral("X Key"),
                       QStringLiteral("--api-key-env"),
                       QStringLiteral("ZD_TEST_KEY")}
        << QStringLiteral("--api-key-header \"X Key\" is not an HTTP header name");
    QTest::newRow("query without =") << QStringList{QStringLiteral("--query"), QStringLiteral("name")}
                                     << QStringLiteral("--query \"name\" is not of the form name=value");
    QTest::newRow("path parameter without a name")
        << QStringList{QStringLiteral("--path-param"), QStringLiteral("=123")}
        << QStringLiteral("--path-param \"=123\" is not of the form name=value");
    QTest::newRow("path parameter the path does not have")
        << QStringList{QStringLiteral("--path-param"), QStringLiteral("cust_id=1")}
        << QStringLiteral("The path parameter \"cust_id\" has no {cust_id} placeholder");
}

void tst_CliAuth::badInput()
{
    QFETCH(QStringList, flags);
    QFETCH(QString, message);
    RawHttpServer server;
    server.listen();
    const Run call = run(jsonCall(server) + flags);
    QCOMPARE(call.exitCode, 2);
    QVERIFY2(call.err.contains(message.toUtf8()), call.err.constData());
    QVERIFY(call.out.isEmpty());
    for (const QByteArray &secret : {apiKey, token, password})
        QVERIFY(!call.err.contains(secret));
    QCOMPARE(server.connectionCount(), 0);
}

void tst_CliAuth::profilesKeepTheKindAndTheSecretInTheKeychain()
{
    RawHttpServer server;
    server.listen();
    server.setHandler([](const RawHttpServer::Request &) { return RawHttpServer::reply(200, customer); });
    const Run saveKey = run(
        {QStringLiteral("profiles"), QStringLiteral("save"), QStringLiteral("Partner"),
         QStringLiteral("--address"), server.address(), QStringLiteral("--client"), QStringLiteral("json"),
         QStringLiteral("--path"), QStringLiteral("/demo/apikey-custom"), QStringLiteral("--auth"),
         QStringLiteral("apikey"), QStringLiteral("--api-key-header"), QStringLiteral("X-Partner-Key"),
         QStringLiteral("--api-key-env"), QStringLiteral("ZD_TEST_KEY")});
    QVERIFY2(saveKey.exitCode == 0, saveKey.err.constData());
    QVERIFY(saveKey.out.contains("The API key is in the keychain."));
    const Run saveToken = run(
        {QStringLiteral("profiles"), QStringLiteral("save"), QStringLiteral("Tokens"),
         QStringLiteral("--address"), server.address(), QStringLiteral("--client"), QStringLiteral("json"),
         QStringLiteral("--path"), QStringLiteral("/demo/bearer"), QStringLiteral("--auth"),
         QStringLiteral("bearer"), QStringLiteral("--token-env"), QStringLiteral("ZD_TEST_TOKEN")});
    QVERIFY2(saveToken.exitCode == 0, saveToken.err.constData());
    QVERIFY(saveToken.out.contains("The bearer token is in the keychain."));

    // The file has the kind and the header, never the secrets; nor has any other file.
    const QString file = m_dir->filePath(QStringLiteral("xdg_config_home/zato-desk/profiles.json"));
    QFile profiles(file);
    QVERIFY(profiles.open(QIODevice::ReadOnly));
    const QByteArray contents = profiles.readAll();
    QVERIFY2(contents.contains(R"("auth": "apikey")"), contents.constData());
    QVERIFY2(contents.contains(R"("api_key_header": "X-Partner-Key")"), contents.constData());
    QVERIFY2(contents.contains(R"("auth": "bearer")"), contents.constData());
    for (const QByteArray &secret : {apiKey, token})
        QVERIFY2(filesHolding(secret).isEmpty(), qPrintable(filesHolding(secret).join(u", ")));

    const Run show = run({QStringLiteral("profiles"), QStringLiteral("show"), QStringLiteral("Partner")});
    QVERIFY2(show.out.contains("API key: saved in the keychain"), show.out.constData());
    QVERIFY(!show.out.contains(apiKey));

    // Calls with the saved kind, header and secret, none of them given again.
    const Run callKey = run({QStringLiteral("--profile"), QStringLiteral("Partner")});
    QVERIFY2(callKey.exitCode == 0, callKey.err.constData());
    const Run callToken = run({QStringLiteral("--profile"), QStringLiteral("Tokens")});
    QVERIFY2(callToken.exitCode == 0, callToken.err.constData());
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.requests().at(0).target, QByteArray("/demo/apikey-custom"));
    QCOMPARE(server.requests().at(0).header("X-Partner-Key"), apiKey);
    QCOMPARE(server.requests().at(0).header("Authorization"), QByteArray());
    QCOMPARE(server.requests().at(1).header("Authorization"), QByteArray("Bearer " + token));

    // A flag of the profile's own kind overrides it; one of another kind is refused.
    const Run other = run({QStringLiteral("--profile"), QStringLiteral("Partner"),
                           QStringLiteral("--token-env"), QStringLiteral("ZD_TEST_TOKEN")});
    QCOMPARE(other.exitCode, 2);
    QVERIFY2(other.err.contains("--token-env is for --auth bearer"), other.err.constData());

    // Removed with its profile.
    QCOMPARE(run({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("Partner")}).exitCode,
             0);
    const Run saveAgain = run({QStringLiteral("profiles"), QStringLiteral("save"), QStringLiteral("Partner"),
                               QStringLiteral("--address"), server.address(), QStringLiteral("--auth"),
                               QStringLiteral("apikey")});
    QCOMPARE(saveAgain.exitCode, 0);
    const Run noKey = run({QStringLiteral("--profile"), QStringLiteral("Partner"), QStringLiteral("--client"),
                           QStringLiteral("json"), QStringLiteral("--path"), QStringLiteral("/x")});
    QCOMPARE(noKey.exitCode, 2);
    QVERIFY2(noKey.err.contains("No API key"), noKey.err.constData());
}

void tst_CliAuth::noKeychainNeverWritesTheKeyOrToken()
{
    for (const auto &[kind, flag, variable] : {std::tuple{"apikey", "--api-key-env", "ZD_TEST_KEY"},
                                               std::tuple{"bearer", "--token-env", "ZD_TEST_TOKEN"}}) {
        const Run save =
            run({QStringLiteral("profiles"), QStringLiteral("save"), QString::fromLatin1(kind),
                 QStringLiteral("--address"), QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--auth"),
                 QString::fromLatin1(kind), QString::fromLatin1(flag), QString::fromLatin1(variable)});
        QCOMPARE(save.exitCode, 3);
        QVERIFY2(save.err.contains("was not saved: no keychain is available"), save.err.constData());
    }
    for (const QByteArray &secret : {apiKey, token})
        QVERIFY2(filesHolding(secret).isEmpty(), qPrintable(filesHolding(secret).join(u", ")));
}

// Against the demo server's channels over real sockets: the right secret gets the customer, a wrong or
// missing one 401 with the challenge of the channel's kind (Bearer for a token, none for an API key),
// told in plain words, and the CID of the error body shown (the server sends no X-Zato-CID).
void tst_CliAuth::demoServerChannels_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("text"); // in the text output

    const QString auth = QStringLiteral("--auth");
    const QString apikey = QStringLiteral("apikey");
    const QString keyEnv = QStringLiteral("--api-key-env");
    const QString bearer = QStringLiteral("bearer");
    const QString tokenEnv = QStringLiteral("--token-env");
    const QString none = QStringLiteral("none");
    const QString apikeyPath = QStringLiteral("/demo/apikey");
    const QString customPath = QStringLiteral("/demo/apikey-custom");
    const QString bearerPath = QStringLiteral("/demo/bearer");
    const QStringList partnerHeader{QStringLiteral("--api-key-header"), QStringLiteral("X-Partner-Key")};

    QTest::newRow("API key, right") << apikeyPath
                                    << QStringList{auth, apikey, keyEnv, QStringLiteral("ZD_DEMO_KEY")} << 200
                                    << QByteArray("Victoria Murray");
    QTest::newRow("API key, wrong") << apikeyPath
                                    << QStringList{auth, apikey, keyEnv, QStringLiteral("ZD_WRONG")} << 401
                                    << QByteArray("outcome:    401: Wrong API key");
    QTest::newRow("API key, missing") << apikeyPath << QStringList{auth, none} << 401
                                      << QByteArray("the channel wants an API key or another credential");
    QTest::newRow("API key in the channel's own header")
        << customPath << QStringList{auth, apikey, keyEnv, QStringLiteral("ZD_PARTNER_KEY")} + partnerHeader
        << 200 << QByteArray("Victoria Murray");
    QTest::newRow("API key in the default header where the channel has its own")
        << customPath << QStringList{auth, apikey, keyEnv, QStringLiteral("ZD_PARTNER_KEY")} << 401
        << QByteArray("outcome:    401: Wrong API key");
    QTest::newRow("bearer, right") << bearerPath
                                   << QStringList{auth, bearer, tokenEnv, QStringLiteral("ZD_DEMO_TOKEN")}
                                   << 200 << QByteArray("Victoria Murray");
    QTest::newRow("bearer, wrong") << bearerPath
                                   << QStringList{auth, bearer, tokenEnv, QStringLiteral("ZD_WRONG")} << 401
                                   << QByteArray("outcome:    401: Wrong bearer token");
    QTest::newRow("bearer, missing") << bearerPath << QStringList{auth, none} << 401
                                     << QByteArray("The channel wants a bearer token");
    QTest::newRow("an API key where a token is wanted")
        << bearerPath << QStringList{auth, apikey, keyEnv, QStringLiteral("ZD_DEMO_KEY")} << 401
        << QByteArray("The channel wants a bearer token");
}

void tst_CliAuth::demoServerChannels()
{
    QFETCH(QString, path);
    QFETCH(QStringList, flags);
    QFETCH(int, status);
    QFETCH(QByteArray, text);
    zd::demo::DemoServer server;
    QVERIFY(server.listen());
    const QStringList call{QStringLiteral("--address"), server.address(),
                           QStringLiteral("--client"),  QStringLiteral("json"),
                           QStringLiteral("--path"),    path,
                           QStringLiteral("--payload"), QStringLiteral(R"({"cust_id": "123"})")};
    const Run textRun = run(call + flags);
    QCOMPARE(textRun.exitCode, status == 200 ? 0 : 1);
    QVERIFY2(textRun.out.contains(text), textRun.out.constData());
    QVERIFY2(textRun.out.contains(QByteArray("HTTP " + QByteArray::number(status))), textRun.out.constData());
    if (status != 200) // the CID of the error body, as the server sent no X-Zato-CID
        QVERIFY2(!textRun.out.contains("cid:        (None)"), textRun.out.constData());
    for (const QByteArray &secret :
         {QByteArray("demo-api-key"), QByteArray("partner-key"), QByteArray("demo-token")})
        QVERIFY(!textRun.out.contains(secret) && !textRun.err.contains(secret));

    const Run jsonRun = run(call + flags + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    const zd::json::ParseResult parsed = zd::json::parse(jsonRun.out);
    QVERIFY2(parsed.ok, jsonRun.out.constData());
    QCOMPARE(parsed.value.find(u"http_status")->toNumber().toInt64(), std::optional<qint64>(status));
    QCOMPARE(parsed.value.find(u"ok")->toBool(), status == 200);
}

QTEST_GUILESS_MAIN(tst_CliAuth)
#include "tst_cliauth.moc"
