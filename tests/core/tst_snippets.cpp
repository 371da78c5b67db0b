// Copy as curl / Python / zato service invoke: the curl commands run (sh and curl, as a user would
// paste them) against the demo server over loopback and get what the invoker gets.
#include "callonce.h"
#include "demoserver.h"
#include "invoke/responsereader.h"
#include "invoke/snippets.h"

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

private:
    QByteArray runShell(const QString &command, const QString &password);
    InvokeResult invoke(ClientKind client, const CallSpec &spec);

    demo::DemoServer m_server;
    QNetworkAccessManager m_network;
};

void tst_Snippets::initTestCase()
{
    QVERIFY(m_server.listen());
}

QByteArray tst_Snippets::runShell(const QString &command, const QString &password)
{
    QProcess shell;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"ZATO_PASSWORD"_qs);
    if (!password.isEmpty())
        env.insert(u"ZATO_PASSWORD"_qs, password);
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

QTEST_GUILESS_MAIN(tst_Snippets)
#include "tst_snippets.moc"
