// API keys and bearer tokens on the demo server's channels (zato-platform.md §1.2), in both
// flavours, over real loopback sockets: what a client must send and what a failure looks like.
#include "demohttp.h"
#include "demoserver.h"

#include <QTest>

using namespace zd::demo;
using namespace demohttp;

Q_DECLARE_METATYPE(zd::demo::Flavour)

namespace {

const QByteArray victoria = R"({"name":"Victoria Murray"})";

QByteArray envelope(const QString &cid, const char *details)
{
    return R"({"result":"Error","cid":")" + cid.toLatin1() + R"(","details":")" + details + "\"}";
}

} // namespace

class tst_DemoAuthKinds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void channels_data();
    void channels();
    void emptyApiKey_data();
    void emptyApiKey();
    void clientCertificate_data();
    void clientCertificate();
};

void tst_DemoAuthKinds::channels_data()
{
    QTest::addColumn<Flavour>("flavour");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QList<QByteArray>>("headers");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("challenge"); // WWW-Authenticate, empty: none
    QTest::addColumn<QByteArray>("details");   // the error's details, empty: Victoria Murray

    const QList<std::pair<const char *, Flavour>> flavours = {{"3.2", Flavour::Zato32},
                                                              {"4.1", Flavour::Zato41}};
    for (const auto &[name, flavour] : flavours) {
        const auto row = [name = name](const char *what) -> QTestData & {
            return QTest::newRow(
                qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(name), QLatin1String(what))));
        };
        // apikey: the key in the definition's header, no prefix; failure 401 with no challenge.
        row("api key") << flavour << QByteArray("/demo/apikey")
                       << QList<QByteArray>{"X-API-Key: demo-api-key"} << 200 << QByteArray() << QByteArray();
        row("api key header name in lower case")
            << flavour << QByteArray("/demo/apikey") << QList<QByteArray>{"x-api-key: demo-api-key"} << 200
            << QByteArray() << QByteArray();
        row("api key missing") << flavour << QByteArray("/demo/apikey") << QList<QByteArray>{} << 401
                               << QByteArray() << QByteArray("401 Unauthorized");
        row("api key wrong") << flavour << QByteArray("/demo/apikey") << QList<QByteArray>{"X-API-Key: guess"}
                             << 401 << QByteArray() << QByteArray("401 Unauthorized");
        row("api key with a prefix") << flavour << QByteArray("/demo/apikey")
                                     << QList<QByteArray>{"X-API-Key: Key demo-api-key"} << 401
                                     << QByteArray() << QByteArray("401 Unauthorized");
        row("api key as Basic Auth") << flavour << QByteArray("/demo/apikey")
                                     << QList<QByteArray>{basic("django", "my-password")} << 401
                                     << QByteArray() << QByteArray("401 Unauthorized");
        row("api key in a custom header")
            << flavour << QByteArray("/demo/apikey-custom") << QList<QByteArray>{"X-Partner-Key: partner-key"}
            << 200 << QByteArray() << QByteArray();
        row("api key in the default header where a custom one is set")
            << flavour << QByteArray("/demo/apikey-custom") << QList<QByteArray>{"X-API-Key: partner-key"}
            << 401 << QByteArray() << QByteArray("401 Unauthorized");
        // bearer_token (static): "Authorization: Bearer <token>", prefix in any case; failure 401
        // with "WWW-Authenticate: Bearer".
        row("bearer") << flavour << QByteArray("/demo/bearer")
                      << QList<QByteArray>{"Authorization: Bearer demo-token"} << 200 << QByteArray()
                      << QByteArray();
        row("bearer prefix in lower case")
            << flavour << QByteArray("/demo/bearer") << QList<QByteArray>{"Authorization: bearer demo-token"}
            << 200 << QByteArray() << QByteArray();
        row("bearer prefix in upper case")
            << flavour << QByteArray("/demo/bearer") << QList<QByteArray>{"Authorization: BEARER demo-token"}
            << 200 << QByteArray() << QByteArray();
        row("bearer wrong") << flavour << QByteArray("/demo/bearer")
                            << QList<QByteArray>{"Authorization: Bearer demo-tokens"} << 401
                            << QByteArray("Bearer") << QByteArray("401 Unauthorized");
        row("bearer missing") << flavour << QByteArray("/demo/bearer") << QList<QByteArray>{} << 401
                              << QByteArray("Bearer") << QByteArray("401 Unauthorized");
        row("bearer token without the prefix")
            << flavour << QByteArray("/demo/bearer") << QList<QByteArray>{"Authorization: demo-token"} << 401
            << QByteArray("Bearer") << QByteArray("401 Unauthorized");
        row("bearer given Basic Auth")
            << flavour << QByteArray("/demo/bearer") << QList<QByteArray>{basic("django", "my-password")}
            << 401 << QByteArray("Bearer") << QByteArray("401 Unauthorized");
        // Basic Auth as before.
        row("basic") << flavour << QByteArray("/clients/django/json-client")
                     << QList<QByteArray>{basic("django", "my-password")} << 200 << QByteArray()
                     << QByteArray();
        row("basic wrong") << flavour << QByteArray("/clients/django/json-client")
                           << QList<QByteArray>{basic("django", "wrong")} << 401
                           << QByteArray("Basic realm=\"Zato\"") << QByteArray("Unauthorized; cid=%1");
        row("basic given a bearer token")
            << flavour << QByteArray("/clients/django/json-client")
            << QList<QByteArray>{"Authorization: Bearer demo-token"} << 401
            << QByteArray("Basic realm=\"Zato\"") << QByteArray("Unauthorized; cid=%1");
    }
}

void tst_DemoAuthKinds::channels()
{
    QFETCH(Flavour, flavour);
    QFETCH(QByteArray, path);
    QFETCH(QList<QByteArray>, headers);
    QFETCH(int, status);
    QFETCH(QByteArray, challenge);
    QFETCH(QByteArray, details);
    DemoServer server(DemoConfig::defaults(flavour));
    QVERIFY(server.listen());
    const Answer answer = exchange(server.port(), "POST", path, headers, customer123);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.header("WWW-Authenticate").value_or(QByteArray()), challenge);
    if (details.isEmpty()) {
        QCOMPARE(answer.body, victoria);
        return;
    }
    const QString cid = answer.cid();
    QVERIFY2(!cid.isEmpty(), answer.body.constData());
    QCOMPARE(answer.body, envelope(cid, QString::fromLatin1(details).arg(cid).toLatin1().constData()));
}

void tst_DemoAuthKinds::emptyApiKey_data()
{
    QTest::addColumn<Flavour>("flavour");
    QTest::addColumn<int>("status");
    // An API key definition with no key: 3.2 accepts any value as long as the header is present.
    QTest::newRow("3.2") << Flavour::Zato32 << 200;
    // In 4.1 such a definition never matches.
    QTest::newRow("4.1") << Flavour::Zato41 << 401;
}

void tst_DemoAuthKinds::emptyApiKey()
{
    QFETCH(Flavour, flavour);
    QFETCH(int, status);
    DemoConfig config = DemoConfig::defaults(flavour);
    for (SecurityDefinition &definition : config.security) {
        if (definition.name == u"Demo API key")
            definition.password.clear();
    }
    DemoServer server(config);
    QVERIFY(server.listen());
    QCOMPARE(exchange(server.port(), "POST", "/demo/apikey", {"X-API-Key: anything"}, customer123).status,
             status);
    QCOMPARE(exchange(server.port(), "POST", "/demo/apikey", {}, customer123).status, 401);
}

// mtls on 4.1 (zato-platform.md §1.2): the front end's verdict must be SUCCESS, then the fingerprint
// (colons and case ignored) or the subject DN must match, when the definition names them; a failure is
// 401 with no challenge.
void tst_DemoAuthKinds::clientCertificate_data()
{
    QTest::addColumn<QString>("fingerprint"); // the definition's; empty: none
    QTest::addColumn<QString>("subject");     // the definition's; empty: none
    QTest::addColumn<QList<QByteArray>>("headers");
    QTest::addColumn<int>("status");

    const QByteArray verified = "X-Zato-SSL-Client-Verify: SUCCESS";
    const QByteArray sha =
        "X-Zato-SSL-Client-SHA256: 70A1786FCB0257CE3FB217C2D6A3B57B4CF9DF3DFE2012DC005D554B3CB1AA36";
    const QByteArray otherSha =
        "X-Zato-SSL-Client-SHA256: 80A1786FCB0257CE3FB217C2D6A3B57B4CF9DF3DFE2012DC005D554B3CB1AA36";
    const QByteArray dn = "X-Zato-SSL-Client-Subject-DN: /CN=zato-desk test client";
    const QString pinned =
        QStringLiteral("70:a1:78:6f:cb:02:57:ce:3f:b2:17:c2:d6:a3:b5:7b:4c:f9:df:3d:fe:20:12:"
                       "dc:00:5d:55:4b:3c:b1:aa:36");
    const QString subject = QStringLiteral("/CN=zato-desk test client");
    QTest::newRow("any verified certificate") << QString() << QString() << QList<QByteArray>{verified} << 200;
    QTest::newRow("no headers") << QString() << QString() << QList<QByteArray>{} << 401;
    QTest::newRow("not verified") << QString() << QString()
                                  << QList<QByteArray>{"X-Zato-SSL-Client-Verify: FAILED:unknown ca", sha, dn}
                                  << 401;
    QTest::newRow("verdict in lower case")
        << QString() << QString() << QList<QByteArray>{"X-Zato-SSL-Client-Verify: success"} << 401;
    QTest::newRow("fingerprint, colons and case ignored")
        << pinned << QString() << QList<QByteArray>{verified, sha} << 200;
    QTest::newRow("another fingerprint")
        << pinned << QString() << QList<QByteArray>{verified, otherSha} << 401;
    QTest::newRow("fingerprint not verified") << pinned << QString() << QList<QByteArray>{sha} << 401;
    QTest::newRow("fingerprint missing") << pinned << QString() << QList<QByteArray>{verified, dn} << 401;
    QTest::newRow("subject") << QString() << subject << QList<QByteArray>{verified, dn} << 200;
    QTest::newRow("another subject") << QString() << subject
                                     << QList<QByteArray>{verified,
                                                          "X-Zato-SSL-Client-Subject-DN: /CN=someone"}
                                     << 401;
    QTest::newRow("either: the subject when the fingerprint differs")
        << pinned << subject << QList<QByteArray>{verified, otherSha, dn} << 200;
    QTest::newRow("Basic Auth is no certificate")
        << QString() << QString() << QList<QByteArray>{basic("django", "my-password")} << 401;
}

void tst_DemoAuthKinds::clientCertificate()
{
    QFETCH(QString, fingerprint);
    QFETCH(QString, subject);
    QFETCH(QList<QByteArray>, headers);
    QFETCH(int, status);
    DemoConfig config = DemoConfig::defaults(Flavour::Zato41);
    bool found = false;
    for (SecurityDefinition &definition : config.security) {
        if (definition.name != u"Demo client certificate")
            continue;
        QCOMPARE(definition.type, SecurityDefinition::Type::Mtls);
        definition.certFingerprint = fingerprint;
        definition.certSubjectDn = subject;
        found = true;
    }
    QVERIFY(found);
    DemoServer server(config);
    QVERIFY(server.listen());
    const Answer answer = exchange(server.port(), "POST", "/demo/mtls", headers, customer123);
    QCOMPARE(answer.status, status);
    QVERIFY(!answer.header("WWW-Authenticate"));
    if (status == 200) {
        QCOMPARE(answer.body, victoria);
    } else {
        const QString cid = answer.cid();
        QCOMPARE(answer.body, envelope(cid, "401 Unauthorized"));
    }
}

QTEST_GUILESS_MAIN(tst_DemoAuthKinds)
#include "tst_demoauthkinds.moc"
