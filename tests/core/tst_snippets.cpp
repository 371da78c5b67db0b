// Copy as curl / Python / zato service invoke: the curl commands run (sh and curl, as a user would
// paste them) against the demo server over loopback and get what the invoker gets.
#include "callonce.h"
#include "demoserver.h"
#include "invoke/responsereader.h"
#include "invoke/snippets.h"
#include "rawhttpserver.h"

#include "json/parser.h"
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace zd;

namespace {

CallSpec specFor(ClientKind client, const QString &address, const QString &customerId)
{
    CallSpec spec;
    spec.address = address;
    spec.user = u"django"_qs;
    spec.password = u"my-password"_qs;
    spec.payload =
        Payload::fromJson(json::Value::fromObject({{u"cust_id"_qs, json::Value::fromString(customerId)}}));
    switch (client) {
    case ClientKind::AnyService:
        spec.path = u"/clients/django/any-service-invoker"_qs;
        spec.service = u"customer.get1"_qs;
        break;
    case ClientKind::Json:
        spec.path = u"/clients/django/json-client"_qs;
        break;
    case ClientKind::Api:
        spec.path = u"/zato/api/invoke"_qs;
        spec.service = u"customer.get2"_qs;
        spec.user = u"pubapi"_qs;
        break;
    }
    return spec;
}

} // namespace

class tst_Snippets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void curlGetsWhatTheInvokerGets_data();
    void curlGetsWhatTheInvokerGets();
    void passwordOnlyWhenAsked();
    void pythonAsZatoDocsWriteIt();
    void zatoServiceInvokeLine();
    void pythonLiterals();
    void oauth2CurlGetsItsTokenFirst_data();
    void oauth2CurlGetsItsTokenFirst();
    void oauth2PythonGetsItsTokenFirst();

private:
    QByteArray runShell(const QString &command, const QString &password,
                        const QString &variable = u"ZATO_PASSWORD"_qs);
    InvokeResult invoke(ClientKind client, const CallSpec &spec);

    demo::DemoServer m_server;
    QNetworkAccessManager m_network;
};

void tst_Snippets::initTestCase()
{
    QVERIFY(m_server.listen());
}

QByteArray tst_Snippets::runShell(const QString &command, const QString &password, const QString &variable)
{
    QProcess shell;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"ZATO_PASSWORD"_qs, u"ZATO_CLIENT_SECRET"_qs, u"ZATO_TOKEN"_qs})
        env.remove(name);
    if (!password.isEmpty())
        env.insert(variable, password);
    shell.setProcessEnvironment(env);
    QSignalSpy done(&shell, &QProcess::finished);
    shell.start(u"sh"_qs, {u"-c"_qs, command});
    if (!done.wait(20000)) // the event loop runs: the in-process server answers meanwhile
        return "no answer";
    if (shell.exitCode() != 0)
        return "exit " + QByteArray::number(shell.exitCode()) + ": " + shell.readAllStandardError();
    return shell.readAllStandardOutput();
}

InvokeResult tst_Snippets::invoke(ClientKind client, const CallSpec &spec)
{
    return zd::test::callOnce(client, spec, &m_network);
}

void tst_Snippets::curlGetsWhatTheInvokerGets_data()
{
    QTest::addColumn<ClientKind>("client");
    QTest::addColumn<QString>("customerId");
    QTest::newRow("AnyServiceInvoker") << ClientKind::AnyService << u"123"_qs;
    QTest::newRow("JSONClient") << ClientKind::Json << u"456"_qs;
    QTest::newRow("Invoke API") << ClientKind::Api << u"123"_qs;
    QTest::newRow("a quote in the payload") << ClientKind::Json << u"O'Brien \"&\" $HOME `x`"_qs;
}

void tst_Snippets::curlGetsWhatTheInvokerGets()
{
    QFETCH(ClientKind, client);
    QFETCH(QString, customerId);
    const CallSpec spec = specFor(client, m_server.address(), customerId);
    const QString command = curlCommand(client, spec);
    QVERIFY(!command.isEmpty());
    HttpResponseData viaCurl;
    viaCurl.status = 200;
    viaCurl.body = runShell(command, spec.password);
    const InvokeResult expected = invoke(client, spec);
    QVERIFY2(expected.ok, qPrintable(expected.error.message));
    const InvokeResult got = readResponse(client, viaCurl);
    QVERIFY2(got.ok, viaCurl.body.constData());
    QVERIFY(got.data == expected.data); // the dispatcher's envelope differs only by its CID
    QVERIFY(!got.data.isNull());
    if (client != ClientKind::AnyService)
        QCOMPARE(viaCurl.body, expected.response.body); // the same bytes
}

void tst_Snippets::passwordOnlyWhenAsked()
{
    for (ClientKind client : {ClientKind::AnyService, ClientKind::Json, ClientKind::Api}) {
        const CallSpec spec = specFor(client, m_server.address(), u"123"_qs);
        QVERIFY(!curlCommand(client, spec).contains(u"my-password"));
        QVERIFY(!pythonSnippet(client, spec).contains(u"my-password"));
        QVERIFY(curlCommand(client, spec).contains(u"\"$ZATO_PASSWORD\""));
        QVERIFY(pythonSnippet(client, spec).contains(u"os.environ['ZATO_PASSWORD']"));
    }
    // Asked for: in the command, which then runs with no environment variable at all.
    const CallSpec spec = specFor(ClientKind::Json, m_server.address(), u"123"_qs);
    const QString command = curlCommand(ClientKind::Json, spec, SnippetOptions{true});
    QVERIFY(command.contains(u"--user 'django:my-password'"));
    QCOMPARE(runShell(command, QString()), QByteArray(R"({"name":"Victoria Murray"})"));
    // Without the variable set, the default command is refused by the server (no silent success).
    QVERIFY(runShell(curlCommand(ClientKind::Json, spec) + u" --fail"_qs, QString()).startsWith("exit 22"));
}

void tst_Snippets::pythonAsZatoDocsWriteIt()
{
    const CallSpec any = specFor(ClientKind::AnyService, u"http://localhost:17010"_qs, u"123"_qs);
    QCOMPARE(pythonSnippet(ClientKind::AnyService, any),
             u"import os\n\n"
             "from zato.client import AnyServiceInvoker\n\n"
             "client = AnyServiceInvoker('http://localhost:17010', '/clients/django/any-service-invoker', "
             "('django', os.environ['ZATO_PASSWORD']))\n"
             "response = client.invoke('customer.get1', {'cust_id': '123'})\n\n"
             "if response.ok:\n    print(response.data)\nelse:\n    print(response.details)\n"_qs);
    const CallSpec json = specFor(ClientKind::Json, u"http://localhost:17010"_qs, u"123"_qs);
    QVERIFY(pythonSnippet(ClientKind::Json, json, SnippetOptions{true})
                .contains(u"client = JSONClient('http://localhost:17010', '/clients/django/json-client', "
                          "('django', 'my-password'))\nresponse = client.invoke({'cust_id': '123'})\n"));
}

void tst_Snippets::zatoServiceInvokeLine()
{
    const CallSpec spec = specFor(ClientKind::AnyService, m_server.address(), u"O'Brien"_qs);
    QCOMPARE(
        zatoServiceInvoke(spec),
        u"zato service invoke /path/to/server1 customer.get1 --payload '{\"cust_id\": \"O'\\''Brien\"}'"_qs);
}

void tst_Snippets::pythonLiterals()
{
    const json::Value value =
        json::parse(R"({"a": [true, false, null, 1, 2.5, "it's", "say \"hi\"\n"], "b": {}})").value;
    QCOMPARE(pythonLiteral(value),
             u"{'a': [True, False, None, 1, 2.5, \"it's\", 'say \"hi\"\\n'], 'b': {}}"_qs);
}

// An OAuth2 call copied as curl: the command gets a token from the token endpoint first (the client
// secret from $ZATO_CLIENT_SECRET), then calls the channel with it, as the window does.
void tst_Snippets::oauth2CurlGetsItsTokenFirst_data()
{
    QTest::addColumn<OAuth2Settings::Format>("format");
    QTest::addColumn<QByteArray>("tokenBody");
    QTest::newRow("form")
        << OAuth2Settings::Format::Form
        << QByteArray("grant_type=client_credentials&client_id=demo-client&client_secret=s3cret%2Bx&"
                      "scope=customers%3Aread+orders%3Aread");
    QTest::newRow("JSON") << OAuth2Settings::Format::Json
                          << QByteArray(
                                 R"({"grant_type": "client_credentials", "client_id": "demo-client", )"
                                 R"("client_secret": "s3cret+x", "scope": "customers:read orders:read"})");
}

void tst_Snippets::oauth2CurlGetsItsTokenFirst()
{
    QFETCH(OAuth2Settings::Format, format);
    QFETCH(QByteArray, tokenBody);
    zd::test::RawHttpServer idp;
    zd::test::RawHttpServer api;
    idp.listen();
    api.listen();
    idp.setHandler([](const zd::test::RawHttpServer::Request &) {
        return zd::test::RawHttpServer::reply(
            200, R"({"access_token":"eyJ.token-1","token_type":"Bearer","expires_in":60})",
            {{"Content-Type", "application/json"}});
    });
    api.setHandler([](const zd::test::RawHttpServer::Request &) {
        return zd::test::RawHttpServer::reply(200, R"({"name":"Victoria Murray"})");
    });
    CallSpec spec = specFor(ClientKind::Json, api.address(), u"123"_qs);
    spec.auth.kind = AuthKind::OAuth2;
    spec.auth.secret = u"s3cret+x"_qs;
    spec.auth.oauth2.tokenUrl = idp.address() + u"/oauth/token"_qs;
    spec.auth.oauth2.clientId = u"demo-client"_qs;
    spec.auth.oauth2.scopes = {u"customers:read"_qs, u"orders:read"_qs};
    spec.auth.oauth2.format = format;
    const QString command = curlCommand(ClientKind::Json, spec);
    QVERIFY(!command.contains(u"s3cret"));
    QVERIFY(!command.contains(u"my-password"));
    QCOMPARE(runShell(command, u"s3cret+x"_qs, u"ZATO_CLIENT_SECRET"_qs),
             QByteArray(R"({"name":"Victoria Murray"})"));
    QCOMPARE(idp.requests().size(), 1);
    QCOMPARE(idp.requests().constFirst().body, tokenBody);
    QCOMPARE(api.requests().size(), 1);
    QCOMPARE(api.requests().constFirst().header("Authorization"), QByteArray("Bearer eyJ.token-1"));
    QCOMPARE(api.requests().constFirst().body, QByteArray(R"({"cust_id": "123"})"));
}

void tst_Snippets::oauth2PythonGetsItsTokenFirst()
{
    CallSpec spec = specFor(ClientKind::Json, m_server.address(), u"123"_qs);
    spec.auth.kind = AuthKind::OAuth2;
    spec.auth.secret = u"s3cret"_qs;
    spec.auth.oauth2.tokenUrl = u"https://idp.example.com/oauth/token"_qs;
    spec.auth.oauth2.clientId = u"demo-client"_qs;
    const QString python = pythonSnippet(ClientKind::Json, spec);
    QVERIFY2(
        python.startsWith(u"import os\n\nimport requests\nfrom zato.client import JSONClient\n\n"
                          "token = requests.post('https://idp.example.com/oauth/token', data={'grant_type': "
                          "'client_credentials', 'client_id': 'demo-client', 'client_secret': "
                          "os.environ['ZATO_CLIENT_SECRET']}).json()['access_token']\n"_qs),
        qPrintable(python));
    QVERIFY2(python.contains(u"headers={'Authorization': 'Bearer ' + token}"_qs), qPrintable(python));
    QVERIFY(!python.contains(u"s3cret"));
    QVERIFY(
        pythonSnippet(ClientKind::Json, spec, SnippetOptions{true}).contains(u"'client_secret': 's3cret'"));
}

QTEST_GUILESS_MAIN(tst_Snippets)
#include "tst_snippets.moc"
