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
const QByteArray clientSecret = "Client-Secret-Only-In-Env-84";
// An unsigned JWT (written with Python's base64 and json, not by the code under test): sub demo-client,
// aud zato-desk-demo, role reader, exp 2026-01-01T00:00:00Z.
const QByteArray jwt = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImsxIn0."
                       "eyJzdWIiOiJkZW1vLWNsaWVudCIsImF1ZCI6InphdG8tZGVzay1kZW1vIiwiaWF0IjoxNzY3MjIyMDAwLCJle"
                       "HAiOjE3NjcyMjU2MDAsInNjb3"
                       "BlIjoiY3VzdG9tZXJzOnJlYWQiLCJyb2xlIjoicmVhZGVyIn0.c2lnbmF0dXJl";

// A token endpoint that gives jwt to demo-client with clientSecret, and 401 invalid_client otherwise.
void tokenEndpoint(RawHttpServer &idp)
{
    idp.setHandler([](const RawHttpServer::Request &request) {
        if (!request.body.contains(QByteArray("client_id=demo-client&client_secret=" + clientSecret)))
            return RawHttpServer::reply(401, R"({"error": "invalid_client"})",
                                        {{"Content-Type", "application/json"}});
        return RawHttpServer::reply(
            200,
            R"({"access_token": ")" + jwt +
                R"(", "token_type": "Bearer", "expires_in": 300, "scope": "customers:read"})",
            {{"Content-Type", "application/json"}});
    });
}
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
    void oauth2CallGetsItsTokenFirst();
    void tokenCommandShowsClaimsNeverTheToken();
    void tokenCommandFailures_data();
    void tokenCommandFailures();
    void oauth2ProfileKeepsTheClientSecretInTheKeychain();

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
    env.insert(QStringLiteral("ZD_TEST_CLIENT_SECRET"), QString::fromLatin1(clientSecret));
    env.remove(QStringLiteral("ZD_NO_SUCH_VARIABLE"));
    // The demo server's published secrets (its /demo/apikey, /demo/apikey-custom and /demo/bearer
    // channels), and a wrong one.
    env.insert(QStringLiteral("ZD_DEMO_KEY"), QStringLiteral("demo-api-key"));
    env.insert(QStringLiteral("ZD_PARTNER_KEY"), QStringLiteral("partner-key"));
    env.insert(QStringLiteral("ZD_DEMO_TOKEN"), QStringLiteral("demo-token"));
    env.insert(QStringLiteral("ZD_DEMO_CLIENT_SECRET"), QStringLiteral("demo-client-secret"));
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
                               "--token-env", "--token-stdin", "--query", "--path-param", "--token-url",
                               "--client-id", "--client-secret-env", "--scope", "--token-format"})
        QVERIFY2(help.out.contains(option), option);
    const Run tokenHelp = run({QStringLiteral("token"), QStringLiteral("--help")});
    QCOMPARE(tokenHelp.exitCode, 0);
    for (const char *option : {"--profile", "--token-url", "--client-secret-stdin", "--format"})
        QVERIFY2(tokenHelp.out.contains(option), option);
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
    QTest::newRow("unknown kind") << QStringList{auth, QStringLiteral("jwt")}
                                  << QStringLiteral(
                                         "Unknown --auth \"jwt\": use basic, apikey, bearer, oauth2 or none");
    QTest::newRow("oauth2 without a token URL") << QStringList{auth,
                                                               QStringLiteral("oauth2"),
                                                               QStringLiteral("--client-id"),
                                                               QStringLiteral("c"),
                                                               QStringLiteral("--client-secret-env"),
                                                               QStringLiteral("ZD_TEST_CLIENT_SECRET")}
                                                << QStringLiteral("--auth oauth2 needs --token-url");
    QTest::newRow("oauth2 without a client secret")
        << QStringList{auth,
                       QStringLiteral("oauth2"),
                       QStringLiteral("--token-url"),
                       QStringLiteral("http://127.0.0.1:9/t"),
                       QStringLiteral("--client-id"),
                       QStringLiteral("c")}
        << QStringLiteral("No client secret: give it with --client-secret-env VAR or --client-secret-stdin");
    QTest::newRow("oauth2 with an unknown token format")
        << QStringList{auth,
                       QStringLiteral("oauth2"),
                       QStringLiteral("--token-url"),
                       QStringLiteral("http://127.0.0.1:9/t"),
                       QStringLiteral("--client-id"),
                       QStringLiteral("c"),
                       QStringLiteral("--token-format"),
                       QStringLiteral("xml")}
        << QStringLiteral("Unknown --token-format \"xml\": use form or json");
    QTest::newRow("an oauth2 flag with a bearer token") << QStringList{auth,
                                                                       QStringLiteral("bearer"),
                                                                       QStringLiteral("--token-env"),
                                                                       QStringLiteral("ZD_TEST_TOKEN"),
                                                                       QStringLiteral("--client-id"),
                                                                       QStringLiteral("c")}
                                                        << QStringLiteral("--client-id is for --auth oauth2");
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
    // OAuth2 through the demo server's own token endpoint ({demo} is its address) and its RS256 JWT channel.
    const QStringList oauth2{auth,
                             QStringLiteral("oauth2"),
                             QStringLiteral("--token-url"),
                             QStringLiteral("{demo}/demo/oauth/token"),
                             QStringLiteral("--client-secret-env"),
                             QStringLiteral("ZD_DEMO_CLIENT_SECRET"),
                             QStringLiteral("--client-id")};
    const QString jwtPath = QStringLiteral("/demo/jwt");
    QTest::newRow("oauth2, allowed") << jwtPath << oauth2 + QStringList{QStringLiteral("demo-client")} << 200
                                     << QByteArray("Victoria Murray");
    QTest::newRow("oauth2, expired token")
        << jwtPath << oauth2 + QStringList{QStringLiteral("demo-client-expired")} << 401
        << QByteArray("outcome:    401: Wrong bearer token");
    QTest::newRow("oauth2, token for another audience")
        << jwtPath << oauth2 + QStringList{QStringLiteral("demo-client-other-audience")} << 401
        << QByteArray("outcome:    401: Wrong bearer token");
    QTest::newRow("oauth2, token without the required claim")
        << jwtPath << oauth2 + QStringList{QStringLiteral("demo-client-no-role")} << 401
        << QByteArray("outcome:    401: Wrong bearer token");
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
    flags.replaceInStrings(QStringLiteral("{demo}"), server.address());
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
         {QByteArray("demo-api-key"), QByteArray("partner-key"), QByteArray("demo-token"),
          QByteArray("demo-client-secret"), QByteArray("eyJ")})
        QVERIFY(!textRun.out.contains(secret) && !textRun.err.contains(secret));

    const Run jsonRun = run(call + flags + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    const zd::json::ParseResult parsed = zd::json::parse(jsonRun.out);
    QVERIFY2(parsed.ok, jsonRun.out.constData());
    QCOMPARE(parsed.value.find(u"http_status")->toNumber().toInt64(), std::optional<qint64>(status));
    QCOMPARE(parsed.value.find(u"ok")->toBool(), status == 200);
}

// --auth oauth2: the token is got from the endpoint first (one POST with the client's credentials), then
// the call goes with it as a bearer token. Neither the client secret nor the token is ever printed.
void tst_CliAuth::oauth2CallGetsItsTokenFirst()
{
    RawHttpServer idp;
    RawHttpServer api;
    idp.listen();
    api.listen();
    tokenEndpoint(idp);
    api.setHandler([](const RawHttpServer::Request &) { return RawHttpServer::reply(200, customer); });
    const QStringList oauth2{QStringLiteral("--auth"),
                             QStringLiteral("oauth2"),
                             QStringLiteral("--token-url"),
                             idp.address() + u"/oauth/token",
                             QStringLiteral("--client-id"),
                             QStringLiteral("demo-client"),
                             QStringLiteral("--client-secret-env"),
                             QStringLiteral("ZD_TEST_CLIENT_SECRET")};
    const Run call = run(jsonCall(api, QStringLiteral("/demo/jwt")) + oauth2);
    QVERIFY2(call.exitCode == 0, call.err.constData());
    QVERIFY(call.out.contains("Victoria Murray"));
    QCOMPARE(idp.requests().size(), 1);
    QCOMPARE(idp.requests().constFirst().body,
             "grant_type=client_credentials&client_id=demo-client&client_secret=" + clientSecret);
    QCOMPARE(api.requests().size(), 1);
    QCOMPARE(api.requests().constFirst().header("Authorization"), "Bearer " + jwt);
    for (const QByteArray &secret : {clientSecret, jwt})
        QVERIFY(!call.out.contains(secret) && !call.err.contains(secret));

    // A refused token: the call is not sent, and the message says what to check.
    const Run refused =
        run(jsonCall(api, QStringLiteral("/demo/jwt")) +
            QStringList{QStringLiteral("--auth"), QStringLiteral("oauth2"), QStringLiteral("--token-url"),
                        idp.address() + u"/oauth/token", QStringLiteral("--client-id"),
                        QStringLiteral("demo-client"), QStringLiteral("--client-secret-env"),
                        QStringLiteral("ZD_TEST_PASSWORD")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("The token endpoint refused the request: 401 Unauthorized, invalid_client. "
                                  "Check the client id and the client secret"),
             refused.err.constData());
    QCOMPARE(api.requests().size(), 1);
}

void tst_CliAuth::tokenCommandShowsClaimsNeverTheToken()
{
    RawHttpServer idp;
    idp.listen();
    tokenEndpoint(idp);
    const QStringList token{QStringLiteral("token"),         QStringLiteral("--token-url"),
                            idp.address() + u"/oauth/token", QStringLiteral("--client-id"),
                            QStringLiteral("demo-client"),   QStringLiteral("--client-secret-stdin")};
    const Run text = run(token, clientSecret + '\n');
    QVERIFY2(text.exitCode == 0, text.err.constData());
    for (const char *line : {"type: Bearer", "scope: customers:read", "expires: ", "\"alg\": \"RS256\"",
                             "\"kid\": \"k1\"", "\"sub\": \"demo-client\"", "\"role\": \"reader\""})
        QVERIFY2(text.out.contains(line), text.out.constData());
    QVERIFY(!text.out.contains(jwt) && !text.out.contains("c2lnbmF0dXJl") &&
            !text.out.contains(clientSecret));

    const Run json =
        run(token + QStringList{QStringLiteral("--format"), QStringLiteral("json")}, clientSecret);
    QCOMPARE(json.exitCode, 0);
    const zd::json::ParseResult parsed = zd::json::parse(json.out);
    QVERIFY2(parsed.ok, json.out.constData());
    QCOMPARE(parsed.value.find(u"http_status")->toNumber().toInt64(), std::optional<qint64>(200));
    QCOMPARE(parsed.value.find(u"jwt_claims")->find(u"aud")->toString(), QStringLiteral("zato-desk-demo"));
    QVERIFY(parsed.value.find(u"expires_in_seconds")->toNumber().toInt64().value_or(0) > 250);
    QVERIFY(!json.out.contains(jwt));
}

void tst_CliAuth::tokenCommandFailures_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("says");
    QTest::newRow("wrong secret") << "wrong" << 1 << QByteArray("401 Unauthorized, invalid_client");
    QTest::newRow("not reached") << "down" << 3 << QByteArray("Cannot get a token from http://127.0.0.1:1/");
    QTest::newRow("no client id") << "no-id" << 2 << QByteArray("--auth oauth2 needs --client-id");
}

void tst_CliAuth::tokenCommandFailures()
{
    QFETCH(QString, what);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, says);
    RawHttpServer idp;
    idp.listen();
    tokenEndpoint(idp);
    QStringList args{
        QStringLiteral("token"), QStringLiteral("--token-url"),
        what == u"down" ? QStringLiteral("http://127.0.0.1:1/oauth/token") : idp.address() + u"/oauth/token",
        QStringLiteral("--client-secret-env"),
        what == u"wrong" ? QStringLiteral("ZD_TEST_PASSWORD") : QStringLiteral("ZD_TEST_CLIENT_SECRET")};
    if (what != u"no-id")
        args << QStringLiteral("--client-id") << QStringLiteral("demo-client");
    const Run token = run(args);
    QCOMPARE(token.exitCode, exitCode);
    QVERIFY2(token.err.contains(says), token.err.constData());
    QVERIFY(!token.err.contains(clientSecret) && !token.err.contains(password));
}

void tst_CliAuth::oauth2ProfileKeepsTheClientSecretInTheKeychain()
{
    RawHttpServer idp;
    RawHttpServer api;
    idp.listen();
    api.listen();
    tokenEndpoint(idp);
    api.setHandler([](const RawHttpServer::Request &) { return RawHttpServer::reply(200, customer); });
    const Run save = run({QStringLiteral("profiles"),
                          QStringLiteral("save"),
                          QStringLiteral("Identity"),
                          QStringLiteral("--address"),
                          api.address(),
                          QStringLiteral("--client"),
                          QStringLiteral("json"),
                          QStringLiteral("--path"),
                          QStringLiteral("/demo/jwt"),
                          QStringLiteral("--auth"),
                          QStringLiteral("oauth2"),
                          QStringLiteral("--token-url"),
                          idp.address() + u"/oauth/token",
                          QStringLiteral("--client-id"),
                          QStringLiteral("demo-client"),
                          QStringLiteral("--scope"),
                          QStringLiteral("customers:read"),
                          QStringLiteral("--token-field"),
                          QStringLiteral("audience=zato-desk-demo"),
                          QStringLiteral("--client-secret-env"),
                          QStringLiteral("ZD_TEST_CLIENT_SECRET")});
    QVERIFY2(save.exitCode == 0, save.err.constData());
    QVERIFY(save.out.contains("The client secret is in the keychain."));
    QFile profiles(m_dir->filePath(QStringLiteral("xdg_config_home/zato-desk/profiles.json")));
    QVERIFY(profiles.open(QIODevice::ReadOnly));
    const QByteArray contents = profiles.readAll();
    QVERIFY2(contents.contains(R"("auth": "oauth2")"), contents.constData());
    QVERIFY2(contents.contains(R"("client_id": "demo-client")"), contents.constData());
    QVERIFY2(contents.contains(R"("schema": 3)"), contents.constData());
    QVERIFY2(filesHolding(clientSecret).isEmpty(), qPrintable(filesHolding(clientSecret).join(u", ")));

    const Run show = run({QStringLiteral("profiles"), QStringLiteral("show"), QStringLiteral("Identity")});
    QVERIFY2(show.out.contains("client secret: saved in the keychain"), show.out.constData());

    const Run call = run({QStringLiteral("--profile"), QStringLiteral("Identity")});
    QVERIFY2(call.exitCode == 0, call.err.constData());
    QCOMPARE(idp.requests().size(), 1);
    QCOMPARE(idp.requests().constFirst().body,
             "grant_type=client_credentials&client_id=demo-client&client_secret=" + clientSecret +
                 "&scope=customers%3Aread&audience=zato-desk-demo");
    QCOMPARE(api.requests().constFirst().header("Authorization"), "Bearer " + jwt);
    const Run token = run({QStringLiteral("token"), QStringLiteral("--profile"), QStringLiteral("Identity")});
    QVERIFY2(token.exitCode == 0, token.err.constData());
    QVERIFY(token.out.contains("\"role\": \"reader\""));
    QVERIFY(filesHolding(jwt).isEmpty());
}

QTEST_GUILESS_MAIN(tst_CliAuth)
#include "tst_cliauth.moc"
