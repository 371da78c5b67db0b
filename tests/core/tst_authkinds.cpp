// Every way a Zato channel lets a caller in (zato-platform.md §1.2: none, HTTP Basic, an API key in a
// header, a bearer token), and path and query parameters: the exact header bytes and URLs, built without
// a network; and the secret masked or referred to wherever the request is shown, kept or handed on.
#include "history/historystore.h"
#include "invoke/exchangetext.h"
#include "invoke/requestbuilder.h"
#include "invoke/snippets.h"

#include "json/parser.h"
#include <QTest>

using namespace zd;

namespace {

const QString apiKey = u"Partner-Key-9f3a"_qs;
const QString token = u"Bearer-Token-77c1"_qs;
const QString password = u"my-password"_qs;

CallSpec jsonSpec(AuthKind kind)
{
    CallSpec spec;
    spec.address = u"http://localhost:17010"_qs;
    spec.path = u"/demo/apikey-custom"_qs;
    spec.payload = Payload::fromJson(json::parse(R"({"cust_id": "123"})").value);
    spec.auth.kind = kind;
    switch (kind) {
    case AuthKind::Basic:
        spec.user = u"django"_qs;
        spec.password = password;
        break;
    case AuthKind::ApiKey:
        spec.auth.apiKeyHeader = "X-Partner-Key";
        spec.auth.secret = apiKey;
        break;
    case AuthKind::Bearer:
        spec.auth.secret = token;
        break;
    case AuthKind::OAuth2: // a token already got from the endpoint
        spec.auth.token = token;
        break;
    case AuthKind::None:
        break;
    }
    return spec;
}

// The secret a spec of that kind carries (and which nothing shown or kept may hold).
QString secretOf(AuthKind kind)
{
    return kind == AuthKind::Basic ? password : kind == AuthKind::ApiKey ? apiKey : token;
}

const HttpHeader contentType{"Content-Type", "application/json"};
const HttpHeader agent{"User-Agent", "zato-desk/" ZD_VERSION};

} // namespace

Q_DECLARE_METATYPE(zd::CallSpec)
Q_DECLARE_METATYPE(zd::HttpHeaders)
Q_DECLARE_METATYPE(QList<zd::NamedValue>)

class tst_AuthKinds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headersOfEachKind_data();
    void headersOfEachKind();
    void apiKeyWithoutItsDefinitionHeader();
    void missingSecretsAreUsageErrors_data();
    void missingSecretsAreUsageErrors();
    void pathParameters_data();
    void pathParameters();
    void queryParameters_data();
    void queryParameters();
    void secretsMaskedWhereShownAndKept_data();
    void secretsMaskedWhereShownAndKept();
    void snippetsReferToTheSecret_data();
    void snippetsReferToTheSecret();
    void curlForAnApiKeyAndAToken();
    void zatoClientForTheApi();
};

void tst_AuthKinds::headersOfEachKind_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<HttpHeaders>("headers");

    QTest::newRow("none: no Authorization") << int(AuthKind::None) << HttpHeaders{contentType, agent};
    // base64("django:my-password"), as in zato-protocol.md vector 1.
    QTest::newRow("basic") << int(AuthKind::Basic)
                           << HttpHeaders{
                                  contentType, agent, {"Authorization", "Basic ZGphbmdvOm15LXBhc3N3b3Jk"}};
    // The key as the header's whole value, no prefix, in the header the definition names.
    QTest::newRow("API key in X-Partner-Key")
        << int(AuthKind::ApiKey) << HttpHeaders{contentType, agent, {"X-Partner-Key", "Partner-Key-9f3a"}};
    QTest::newRow("bearer") << int(AuthKind::Bearer)
                            << HttpHeaders{contentType, agent, {"Authorization", "Bearer Bearer-Token-77c1"}};
}

void tst_AuthKinds::headersOfEachKind()
{
    QFETCH(int, kind);
    QFETCH(HttpHeaders, headers);
    const BuildResult built = buildRequest(ClientKind::Json, jsonSpec(AuthKind(kind)));
    QVERIFY2(built.ok(), qPrintable(built.error));
    QCOMPARE(built.request.headers, headers);
    QCOMPARE(built.request.url.toString(QUrl::FullyEncoded), u"http://localhost:17010/demo/apikey-custom"_qs);
    QCOMPARE(built.request.body, QByteArray(R"({"cust_id": "123"})"));
}

void tst_AuthKinds::apiKeyWithoutItsDefinitionHeader()
{
    // An API key with no header named goes in X-API-Key, Zato's default; a user and password left in
    // the spec are not sent with it.
    CallSpec spec = jsonSpec(AuthKind::ApiKey);
    spec.auth.apiKeyHeader.clear();
    spec.user = u"django"_qs;
    spec.password = password;
    const BuildResult built = buildRequest(ClientKind::Json, spec);
    QVERIFY2(built.ok(), qPrintable(built.error));
    QCOMPARE(built.request.headers, (HttpHeaders{contentType, agent, {"X-API-Key", "Partner-Key-9f3a"}}));
}

void tst_AuthKinds::missingSecretsAreUsageErrors_data()
{
    QTest::addColumn<CallSpec>("spec");
    QTest::addColumn<QString>("message");

    CallSpec noKey = jsonSpec(AuthKind::ApiKey);
    noKey.auth.secret.clear();
    QTest::newRow("API key empty") << noKey << u"API key is empty"_qs;
    CallSpec noToken = jsonSpec(AuthKind::Bearer);
    noToken.auth.secret.clear();
    QTest::newRow("token empty") << noToken << u"bearer token is empty"_qs;
    CallSpec badHeader = jsonSpec(AuthKind::ApiKey);
    badHeader.auth.apiKeyHeader = "X Partner";
    QTest::newRow("header name with a space")
        << badHeader << u"\"X Partner\" is not a valid HTTP header name"_qs;
    CallSpec lineBreak = jsonSpec(AuthKind::Bearer);
    lineBreak.auth.secret = u"abc\r\nX-Injected: 1"_qs;
    QTest::newRow("token with a line break") << lineBreak << u"line break"_qs;
}

void tst_AuthKinds::missingSecretsAreUsageErrors()
{
    QFETCH(CallSpec, spec);
    QFETCH(QString, message);
    const BuildResult built = buildRequest(ClientKind::Json, spec);
    QVERIFY(!built.ok());
    QVERIFY2(built.error.contains(message), qPrintable(built.error));
}

void tst_AuthKinds::pathParameters_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QList<NamedValue>>("params");
    QTest::addColumn<QString>("url");   // the path and query sent; empty: a usage error
    QTest::addColumn<QString>("error"); // part of the error

    QTest::newRow("one placeholder") << u"/customers/{cust_id}"_qs
                                     << QList<NamedValue>{{u"cust_id"_qs, u"123"_qs}} << u"/customers/123"_qs
                                     << QString();
    // One path segment: the slash and the space percent-encoded (urllib.parse.quote(v, safe='')).
    QTest::newRow("value with a slash and a space")
        << u"/customers/{cust_id}/orders"_qs << QList<NamedValue>{{u"cust_id"_qs, u"a b/c"_qs}}
        << u"/customers/a%20b%2Fc/orders"_qs << QString();
    QTest::newRow("non-ASCII value") << u"/customers/{name}"_qs
                                     << QList<NamedValue>{{u"name"_qs, u"M\u00fcller"_qs}}
                                     << u"/customers/M%C3%BCller"_qs << QString();
    QTest::newRow("two placeholders, given in another order")
        << u"/c/{a}/x/{b}"_qs << QList<NamedValue>{{u"b"_qs, u"2"_qs}, {u"a"_qs, u"1"_qs}} << u"/c/1/x/2"_qs
        << QString();
    QTest::newRow("placeholder without a value")
        << u"/customers/{cust_id}"_qs << QList<NamedValue>{} << QString() << u"{cust_id}"_qs;
    QTest::newRow("value for no placeholder")
        << u"/customers/{cust_id}"_qs << QList<NamedValue>{{u"cust_id"_qs, u"1"_qs}, {u"region"_qs, u"eu"_qs}}
        << QString() << u"\"region\""_qs;
    QTest::newRow("value for a path without placeholders")
        << u"/customers"_qs << QList<NamedValue>{{u"cust_id"_qs, u"1"_qs}} << QString() << u"\"cust_id\""_qs;
}

void tst_AuthKinds::pathParameters()
{
    QFETCH(QString, path);
    QFETCH(QList<NamedValue>, params);
    QFETCH(QString, url);
    QFETCH(QString, error);
    CallSpec spec = jsonSpec(AuthKind::None);
    spec.path = path;
    spec.pathParams = params;
    const BuildResult built = buildRequest(ClientKind::Json, spec);
    if (url.isEmpty()) {
        QVERIFY(!built.ok());
        QVERIFY2(built.error.contains(error), qPrintable(built.error));
        return;
    }
    QVERIFY2(built.ok(), qPrintable(built.error));
    QCOMPARE(built.request.url.toString(QUrl::FullyEncoded), u"http://localhost:17010"_qs + url);
}

void tst_AuthKinds::queryParameters_data()
{
    QTest::addColumn<int>("client");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QList<NamedValue>>("query");
    QTest::addColumn<QString>("url"); // path and query sent

    const int jc = int(ClientKind::Json);
    // requests' params=: urlencode with quote_plus, a space as +, & and = inside a value quoted.
    QTest::newRow("space as +") << jc << u"/demo/customers"_qs
                                << QList<NamedValue>{{u"name"_qs, u"Victoria Murray"_qs}}
                                << u"/demo/customers?name=Victoria+Murray"_qs;
    QTest::newRow("delimiters in a value")
        << jc << u"/demo/customers"_qs
        << QList<NamedValue>{{u"q"_qs, u"a&b=c+d"_qs}, {u"fields"_qs, u"name,email"_qs}}
        << u"/demo/customers?q=a%26b%3Dc%2Bd&fields=name%2Cemail"_qs;
    QTest::newRow("unreserved kept, non-ASCII as UTF-8")
        << jc << u"/demo/customers"_qs << QList<NamedValue>{{u"n"_qs, u"a-b_c.d~e \u00e4"_qs}}
        << u"/demo/customers?n=a-b_c.d~e+%C3%A4"_qs;
    QTest::newRow("after the path's own query")
        << jc << u"/demo/customers?page=2"_qs << QList<NamedValue>{{u"size"_qs, u"10"_qs}}
        << u"/demo/customers?page=2&size=10"_qs;
    QTest::newRow("empty value") << jc << u"/demo/customers"_qs << QList<NamedValue>{{u"flag"_qs, QString()}}
                                 << u"/demo/customers?flag="_qs;
    QTest::newRow("Invoke API: after the service name")
        << int(ClientKind::Api) << u"/zato/api/invoke"_qs << QList<NamedValue>{{u"x"_qs, u"1"_qs}}
        << u"/zato/api/invoke/customer.get2?x=1"_qs;
}

void tst_AuthKinds::queryParameters()
{
    QFETCH(int, client);
    QFETCH(QString, path);
    QFETCH(QList<NamedValue>, query);
    QFETCH(QString, url);
    CallSpec spec = jsonSpec(AuthKind::None);
    spec.path = path;
    spec.query = query;
    if (ClientKind(client) == ClientKind::Api)
        spec.service = u"customer.get2"_qs;
    const BuildResult built = buildRequest(ClientKind(client), spec);
    QVERIFY2(built.ok(), qPrintable(built.error));
    QCOMPARE(built.request.url.toString(QUrl::FullyEncoded), u"http://localhost:17010"_qs + url);
}

void tst_AuthKinds::secretsMaskedWhereShownAndKept_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("shown"); // the masked header line
    QTest::newRow("basic") << int(AuthKind::Basic) << u"Authorization: Basic ********"_qs;
    QTest::newRow("API key in X-Partner-Key") << int(AuthKind::ApiKey) << u"X-Partner-Key: ********"_qs;
    QTest::newRow("bearer") << int(AuthKind::Bearer) << u"Authorization: Bearer ********"_qs;
}

void tst_AuthKinds::secretsMaskedWhereShownAndKept()
{
    QFETCH(int, kind);
    QFETCH(QString, shown);
    const CallSpec spec = jsonSpec(AuthKind(kind));
    const BuildResult built = buildRequest(ClientKind::Json, spec);
    QVERIFY(built.ok());
    const QString secret = secretOf(AuthKind(kind));
    const QByteArray base64 = QByteArray("django:" + password.toUtf8()).toBase64();

    // The exchange text the window shows.
    const QString text = requestText(built.request);
    QVERIFY2(text.contains(shown + u'\n'), qPrintable(text));
    QVERIFY(!text.contains(secret));
    QVERIFY(!text.contains(QString::fromLatin1(base64)));

    // The history entry, and the request read back from it.
    LookupForm form;
    form.address = spec.address;
    form.jsonPath = spec.path;
    form.client = ClientKind::Json;
    form.authKind = AuthKind(kind);
    form.password = password;
    form.apiKey = apiKey;
    form.token = token;
    InvokeResult result;
    result.client = ClientKind::Json;
    result.request = built.request;
    result.response.status = 401;
    const HistoryEntry entry = HistoryEntry::of(form, result, u"p"_qs, u"P"_qs, 1024);
    QVERIFY2(entry.requestHead.contains(QByteArray(shown.toUtf8() + '\n')), entry.requestHead.constData());
    for (const QByteArray &kept : {entry.requestHead, entry.requestBody, entry.url.toUtf8()}) {
        QVERIFY(!kept.contains(secret.toUtf8()));
        QVERIFY(!kept.contains(base64));
    }
    QVERIFY(entry.form.apiKey.isEmpty() && entry.form.token.isEmpty() && entry.form.password.isEmpty());
    QCOMPARE(entry.form.authKind, AuthKind(kind));
    const QString again = requestText(entry.storedResult().request);
    QVERIFY2(again.contains(shown + u'\n'), qPrintable(again));
    QVERIFY(!again.contains(secret));
}

void tst_AuthKinds::snippetsReferToTheSecret_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("client");
    for (const auto &[kind, name] :
         {std::pair{AuthKind::Basic, "basic"}, std::pair{AuthKind::ApiKey, "API key"},
          std::pair{AuthKind::Bearer, "bearer"}}) {
        for (const auto &[client, clientName] :
             {std::pair{ClientKind::AnyService, "any"}, std::pair{ClientKind::Json, "json"},
              std::pair{ClientKind::Api, "api"}})
            QTest::addRow("%s, %s", name, clientName) << int(kind) << int(client);
    }
}

void tst_AuthKinds::snippetsReferToTheSecret()
{
    QFETCH(int, kind);
    QFETCH(int, client);
    CallSpec spec = jsonSpec(AuthKind(kind));
    spec.service = u"customer.get2"_qs;
    if (ClientKind(client) == ClientKind::Api)
        spec.path = u"/zato/api/invoke"_qs;
    const QString secret = secretOf(AuthKind(kind));
    const QString variable = kind == int(AuthKind::Basic)    ? u"ZATO_PASSWORD"_qs
                             : kind == int(AuthKind::ApiKey) ? u"ZATO_API_KEY"_qs
                                                             : u"ZATO_TOKEN"_qs;
    const QString base64 = QString::fromLatin1(QByteArray("django:" + password.toUtf8()).toBase64());
    for (SnippetKind snippetKind : {SnippetKind::Curl, SnippetKind::Python, SnippetKind::Requests,
                                    SnippetKind::ZatoClient, SnippetKind::ZatoServiceInvoke}) {
        const QString text = snippet(snippetKind, ClientKind(client), spec, SnippetOptions{});
        QVERIFY2(!text.isEmpty(), qPrintable(QString::number(int(snippetKind))));
        QVERIFY2(!text.contains(secret) && !text.contains(base64), qPrintable(text));
        if (snippetKind == SnippetKind::Curl)
            QVERIFY2(text.contains(u"\"$" + variable + u'"'), qPrintable(text));
        else if (snippetKind != SnippetKind::ZatoServiceInvoke) // the server's own admin credentials
            QVERIFY2(text.contains(u"os.environ['" + variable + u"']"), qPrintable(text));
        // Asked for explicitly, the secret itself, and no variable.
        if (snippetKind != SnippetKind::ZatoServiceInvoke) {
            const QString with = snippet(snippetKind, ClientKind(client), spec, SnippetOptions{true});
            QVERIFY2(with.contains(secret), qPrintable(with));
            QVERIFY2(!with.contains(variable), qPrintable(with));
        }
    }
}

void tst_AuthKinds::curlForAnApiKeyAndAToken()
{
    QCOMPARE(curlCommand(ClientKind::Json, jsonSpec(AuthKind::ApiKey)),
             u"curl --silent --show-error --header 'Content-Type: application/json' --header 'User-Agent: "
             "zato-desk/" ZD_VERSION "' --header 'X-Partner-Key: '\"$ZATO_API_KEY\" --data-binary "
             "'{\"cust_id\": \"123\"}' 'http://localhost:17010/demo/apikey-custom'"_qs);
    QCOMPARE(curlCommand(ClientKind::Json, jsonSpec(AuthKind::Bearer)),
             u"curl --silent --show-error --header 'Content-Type: application/json' --header 'User-Agent: "
             "zato-desk/" ZD_VERSION "' --header 'Authorization: Bearer '\"$ZATO_TOKEN\" --data-binary "
             "'{\"cust_id\": \"123\"}' 'http://localhost:17010/demo/apikey-custom'"_qs);
    QCOMPARE(curlCommand(ClientKind::Json, jsonSpec(AuthKind::None)),
             u"curl --silent --show-error --header 'Content-Type: application/json' --header 'User-Agent: "
             "zato-desk/" ZD_VERSION "' --data-binary '{\"cust_id\": \"123\"}' "
             "'http://localhost:17010/demo/apikey-custom'"_qs);
}

void tst_AuthKinds::zatoClientForTheApi()
{
    CallSpec spec = jsonSpec(AuthKind::ApiKey);
    spec.path = u"/zato/api/invoke"_qs;
    spec.service = u"customer.get2"_qs;
    // zato-platform.md §2.6: ZatoClient(address, path, auth).invoke(name, payload, headers).
    QCOMPARE(zatoClientSnippet(ClientKind::Api, spec),
             u"import os\n\n"
             "from zato.client import ZatoClient\n\n"
             "client = ZatoClient('http://localhost:17010', '/zato/api/invoke/{}', None)\n"
             "response = client.invoke('customer.get2', {'cust_id': '123'}, "
             "headers={'X-Partner-Key': os.environ['ZATO_API_KEY']})\n\n"
             "if response.ok:\n    print(response.data)\nelse:\n    print(response.details)\n"_qs);
}

QTEST_GUILESS_MAIN(tst_AuthKinds)
#include "tst_authkinds.moc"
