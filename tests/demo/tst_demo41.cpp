// The demo server as a Zato 4.1 server (zato-platform.md §1.3, §1.5, §2.1, §2.2, §2.4), in-process over
// real loopback sockets. Every expected status, header and body is written from that document.
#include "demohttp.h"
#include "demoserver.h"

#include <QRegularExpression>
#include <QTest>

using namespace zd::demo;
using namespace demohttp;

namespace {

using Lines = QList<QByteArray>;

const QByteArray admin = basic("admin.invoke", "my-password");
const QByteArray django = basic("django", "my-password");
const QByteArray flask = basic("flask", "my-password");
const QByteArray apiKey = "X-API-Key: demo-api-key";
const QByteArray bearer = "Authorization: Bearer demo-token";
const QByteArray victoria = R"({"name":"Victoria Murray"})";
const QByteArray forbidden =
    R"({"result":"Error","cid":"%1","details":"You are not allowed to access this resource"})";

QByteArray envelope(const char *details)
{
    return R"({"result":"Error","cid":"%1","details":")" + QByteArray(details) + "\"}";
}

// Checks the answer's headers against expectations: "Name: value" (exact), "Name: ~regex", "!Name"
// (absent).
void checkHeaders(const Answer &answer, const Lines &expected)
{
    for (const QByteArray &line : expected) {
        if (line.startsWith('!')) {
            QVERIFY2(!answer.has(line.mid(1)), line.constData());
            continue;
        }
        const qsizetype colon = line.indexOf(": ");
        const QByteArray name = line.left(colon);
        const QByteArray value = line.mid(colon + 2);
        const std::optional<QByteArray> actual = answer.header(name);
        QVERIFY2(actual, name.constData());
        if (value.startsWith('~')) {
            const QRegularExpression pattern(QString::fromLatin1(value.mid(1)));
            QVERIFY2(pattern.match(QString::fromLatin1(*actual)).hasMatch(),
                     QByteArray(name + ": " + *actual).constData());
        } else {
            QCOMPARE(*actual, value);
        }
    }
}

void checkBody(const Answer &answer, const QByteArray &expected)
{
    if (!expected.contains("%1")) {
        QCOMPARE(answer.body, expected);
        return;
    }
    const QString cid = answer.cid();
    QVERIFY2(!cid.isEmpty(), answer.body.constData());
    QCOMPARE(answer.body, QString::fromUtf8(expected).arg(cid).toUtf8());
}

const QByteArray httpDate =
    "~^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d\\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
    "\\d{4} \\d\\d:\\d\\d:\\d\\d GMT$";

} // namespace

class tst_Demo41 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answers_data();
    void answers();
    void ownDefinitionNotInItsGroups();
    void emptyGroupsLeaveTheOwnDefinition();
    void apiKeyMembersShareOneHeader();
    void noDataFormatAnswersText();
    void channelRateLimitComesBeforeAuthentication();
    void definitionRateLimit();
    void cidHeaderWhenAsked();
};

void tst_Demo41::answers_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<Lines>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<Lines>("expectedHeaders");
    QTest::addColumn<QByteArray>("expectedBody"); // %1: the CID

    const QByteArray customer = customer123;
    // §1.3 1: the channel's own definition first; failure 401 with its challenge.
    QTest::newRow("1.3 own definition passes, member of the group")
        << QByteArray("POST") << QByteArray("/demo/groups/with-definition") << Lines{django} << customer
        << 200 << Lines{} << victoria;
    QTest::newRow("1.3 own definition fails first: 401 with its challenge")
        << QByteArray("POST") << QByteArray("/demo/groups/with-definition") << Lines{flask} << customer << 401
        << Lines{"WWW-Authenticate: Basic realm=\"Zato\""} << envelope("Unauthorized; cid=%1");
    // §1.3 2: then the groups' members.
    QTest::newRow("1.3 group: Basic Auth member") << QByteArray("POST") << QByteArray("/demo/groups/samples")
                                                  << Lines{flask} << customer << 200 << Lines{} << victoria;
    QTest::newRow("1.3 group: Basic Auth, wrong password: 403, no challenge")
        << QByteArray("POST") << QByteArray("/demo/groups/samples") << Lines{basic("flask", "wrong")}
        << customer << 403 << Lines{"!WWW-Authenticate"} << forbidden;
    QTest::newRow("1.3 group: Basic Auth, not a member: 403")
        << QByteArray("POST") << QByteArray("/demo/groups/mixed") << Lines{flask} << customer << 403
        << Lines{"!WWW-Authenticate"} << forbidden;
    QTest::newRow("1.3 group: bearer member") << QByteArray("POST") << QByteArray("/demo/groups/mixed")
                                              << Lines{bearer} << customer << 200 << Lines{} << victoria;
    QTest::newRow("1.3 group: bearer, wrong token: 403")
        << QByteArray("POST") << QByteArray("/demo/groups/mixed") << Lines{"Authorization: Bearer nope"}
        << customer << 403 << Lines{"!WWW-Authenticate"} << forbidden;
    QTest::newRow("1.3 group: bearer, no bearer member: 403")
        << QByteArray("POST") << QByteArray("/demo/groups/samples") << Lines{bearer} << customer << 403
        << Lines{"!WWW-Authenticate"} << forbidden;
    QTest::newRow("1.3 group: API key member") << QByteArray("POST") << QByteArray("/demo/groups/mixed")
                                               << Lines{apiKey} << customer << 200 << Lines{} << victoria;
    QTest::newRow("1.3 group: API key, wrong key: 403")
        << QByteArray("POST") << QByteArray("/demo/groups/mixed") << Lines{"X-API-Key: nope"} << customer
        << 403 << Lines{"!WWW-Authenticate"} << forbidden;
    QTest::newRow("1.3 group: Basic Auth and an API key: 400")
        << QByteArray("POST") << QByteArray("/demo/groups/mixed") << Lines{django, apiKey} << customer << 400
        << Lines{"!WWW-Authenticate"} << envelope("Bad request");
    QTest::newRow("1.3 group: no credentials: 403")
        << QByteArray("POST") << QByteArray("/demo/groups/mixed") << Lines{} << customer << 403
        << Lines{"!WWW-Authenticate"} << forbidden;
    // §1.3 3: groups with no members and no own definition: nobody.
    QTest::newRow("1.3 empty group, no definition: 403 for a known user")
        << QByteArray("POST") << QByteArray("/demo/groups/empty") << Lines{django} << customer << 403
        << Lines{"!WWW-Authenticate"} << forbidden;
    QTest::newRow("1.3 empty group, no definition: 403 with no credentials")
        << QByteArray("POST") << QByteArray("/demo/groups/empty") << Lines{} << customer << 403
        << Lines{"!WWW-Authenticate"} << forbidden;

    // §1.5
    QTest::newRow("1.5 no channel at the path: 404 text")
        << QByteArray("POST") << QByteArray("/no/such/path") << Lines{django} << customer << 404
        << Lines{"Content-Type: text/plain"} << QByteArray("URL not found (CID:%1)");
    QTest::newRow("1.5 no channel there accepts the method: 405 with Allow")
        << QByteArray("DELETE") << QByteArray("/demo/by-method") << Lines{django} << QByteArray() << 405
        << Lines{"Allow: GET, POST"} << QByteArray("Method not allowed (CID:%1)");
    QTest::newRow("1.5 GET-only channel, POST: 405 with Allow")
        << QByteArray("POST") << QByteArray("/demo/get-only") << Lines{} << QByteArray() << 405
        << Lines{"Allow: GET"} << QByteArray("Method not allowed (CID:%1)");
    QTest::newRow("1.5 GET-only channel, GET")
        << QByteArray("GET") << QByteArray("/demo/get-only") << Lines{} << QByteArray() << 200 << Lines{}
        << QByteArray(R"({"is_ok": true, "cid": "%1"})");
    QTest::newRow("1.5 by-method channel, POST") << QByteArray("POST") << QByteArray("/demo/by-method")
                                                 << Lines{django} << customer << 200 << Lines{} << victoria;
    QTest::newRow("1.5 method outside methods_allowed: 405 JSON")
        << QByteArray("TRACE") << QByteArray("/demo/get-only") << Lines{} << QByteArray() << 405
        << Lines{"Content-Type: application/json", "!Allow"} << envelope("Unsupported HTTP method");
    QTest::newRow("1.5 inactive channel: 404 JSON")
        << QByteArray("POST") << QByteArray("/demo/inactive") << Lines{django} << customer << 404
        << Lines{"Content-Type: application/json"} << envelope("Channel inactive");
    QTest::newRow("1.5 deprecated channel")
        << QByteArray("POST") << QByteArray("/demo/deprecated") << Lines{django} << customer << 200
        << Lines{"Deprecation: @1767225600", "Sunset: Mon, 01 Mar 2027 00:00:00 GMT",
                 "Link: </clients/django/json-client>; rel=\"successor-version\""}
        << victoria;
    QTest::newRow("1.5 deprecated channel, any status")
        << QByteArray("POST") << QByteArray("/demo/deprecated") << Lines{flask} << customer << 401
        << Lines{"Deprecation: @1767225600"} << envelope("Unauthorized; cid=%1");

    // §2.1, §2.2: the invoker for admin.invoke; no dispatcher.
    QTest::newRow("2.1 no /zato/admin/invoke")
        << QByteArray("POST") << QByteArray("/zato/admin/invoke") << Lines{admin} << customer << 404
        << Lines{"Content-Type: text/plain"} << QByteArray("URL not found (CID:%1)");
    QTest::newRow("2.2 invoke: plain JSON")
        << QByteArray("POST") << QByteArray("/zato/api/invoke/customer.get2") << Lines{admin} << customer
        << 200
        << Lines{"Content-Type: application/json", "X-Zato-Response-Time: ~^\\d+(\\.\\d+)?$",
                 "X-Zato-Response-Time-Human: ~^(Below 1 ms|\\d+ ms|\\d+\\.\\d\\d sec\\.)$", "!X-Zato-CID"}
        << QByteArray(R"({"name": "Victoria Murray"})");
    QTest::newRow("2.2 invoke: a string result as it is")
        << QByteArray("POST") << QByteArray("/zato/api/invoke/customer.get1") << Lines{admin} << customer
        << 200 << Lines{"Content-Type: application/json"} << QByteArray(R"({"name": "Victoria Murray"})");
    QTest::newRow("2.2 invoke: GET takes the query string")
        << QByteArray("GET") << QByteArray("/zato/api/invoke/customer.get2?cust_id=456") << Lines{admin}
        << QByteArray() << 200 << Lines{} << QByteArray(R"({"name": "James Edmunds"})");
    QTest::newRow("2.2 invoke: unknown service: 400")
        << QByteArray("POST") << QByteArray("/zato/api/invoke/no.such.service") << Lines{admin} << customer
        << 400 << Lines{"Content-Type: application/json"} << envelope("No such service `no.such.service`");
    QTest::newRow("2.2 invoke: the dispatcher is gone")
        << QByteArray("POST") << QByteArray("/zato/api/invoke/zato.service.invoke") << Lines{admin}
        << customer << 400 << Lines{} << envelope("No such service `zato.service.invoke`");
    QTest::newRow("2.2 invoke: the service raises: 500")
        << QByteArray("POST") << QByteArray("/zato/api/invoke/customer.get2") << Lines{admin}
        << QByteArray(R"({"cust_id": "missing-1"})") << 500 << Lines{"X-Zato-Message: ~Customer not found"}
        << envelope("Customer not found");
    QTest::newRow("2.2 invoke: an empty body is None")
        << QByteArray("POST") << QByteArray("/zato/api/invoke/customer.get2") << Lines{admin} << QByteArray()
        << 500 << Lines{} << envelope("'NoneType' object is not subscriptable");
    QTest::newRow("2.2 invoke: wrong password: 401")
        << QByteArray("POST") << QByteArray("/zato/api/invoke/customer.get2")
        << Lines{basic("admin.invoke", "wrong")} << customer << 401
        << Lines{"WWW-Authenticate: Basic realm=\"Zato admin invoke\""} << envelope("Unauthorized; cid=%1");
    QTest::newRow("2.2 invoke: another user: 401")
        << QByteArray("POST") << QByteArray("/zato/api/invoke/customer.get2") << Lines{django} << customer
        << 401 << Lines{"WWW-Authenticate: Basic realm=\"Zato admin invoke\""}
        << envelope("Unauthorized; cid=%1");
    QTest::newRow("2.2 gateway: a listed service")
        << QByteArray("POST") << QByteArray("/zato/api/invoke/django/customer.get2") << Lines{django}
        << customer << 200 << Lines{} << QByteArray(R"({"name": "Victoria Murray"})");
    QTest::newRow("2.2 gateway: a service not listed: 400")
        << QByteArray("POST") << QByteArray("/zato/api/invoke/django/demo.sized-body") << Lines{django}
        << QByteArray(R"({"size": 10})") << 400 << Lines{} << envelope("Bad request");

    // §2.4: ping, and the samples' channels.
    QTest::newRow("2.4 ping") << QByteArray("GET") << QByteArray("/zato/ping") << Lines{} << QByteArray()
                              << 200 << Lines{"Content-Type: application/json", "!X-Zato-CID"}
                              << QByteArray(R"({"is_ok": true, "cid": "%1"})");
    QTest::newRow("2.4 ping, any input")
        << QByteArray("POST") << QByteArray("/zato/ping") << Lines{} << QByteArray("not json at all") << 200
        << Lines{} << QByteArray(R"({"is_ok": true, "cid": "%1"})");
    QTest::newRow("2.4 demo.ping through the invoker")
        << QByteArray("POST") << QByteArray("/zato/api/invoke/demo.ping") << Lines{admin} << QByteArray()
        << 200 << Lines{} << QByteArray(R"({"is_ok": true, "cid": "%1"})");
    QTest::newRow("samples: Django JSONClient")
        << QByteArray("POST") << QByteArray("/clients/django/json-client") << Lines{django} << customer << 200
        << Lines{} << victoria;
    QTest::newRow("samples: Flask JSONClient")
        << QByteArray("POST") << QByteArray("/clients/flask/json-client") << Lines{flask} << customer << 200
        << Lines{} << victoria;
    QTest::newRow("1.4 no RBAC channel")
        << QByteArray("POST") << QByteArray("/clients/rbac/json-client") << Lines{django} << customer << 404
        << Lines{} << QByteArray("URL not found (CID:%1)");
}

void tst_Demo41::answers()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(Lines, headers);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(Lines, expectedHeaders);
    QFETCH(QByteArray, expectedBody);
    DemoServer server(DemoConfig::defaults(Flavour::Zato41));
    QVERIFY(server.listen());
    const Answer answer = exchange(server.port(), method, path, headers, body);
    QCOMPARE(answer.status, status);
    QVERIFY2(!answer.has("X-Zato-CID"), "needs_x_zato_cid is off by default");
    checkHeaders(answer, expectedHeaders);
    if (QTest::currentTestFailed())
        return;
    checkBody(answer, expectedBody);
}

namespace {

DemoConfig withChannel(Channel channel, const QList<SecurityGroup> &groups = {})
{
    DemoConfig config = DemoConfig::defaults(Flavour::Zato41);
    config.groups += groups;
    config.channels.append(std::move(channel));
    return config;
}

Channel testChannel(const char *path, const char *security, QStringList groups)
{
    Channel channel;
    channel.name = QString::fromLatin1(path);
    channel.path = QString::fromLatin1(path);
    channel.service = QStringLiteral("customer.get2");
    channel.security = QString::fromLatin1(security);
    channel.groups = std::move(groups);
    return channel;
}

} // namespace

// §1.3 5: own definition AND a group; a definition in none of the groups lets nobody in.
void tst_Demo41::ownDefinitionNotInItsGroups()
{
    DemoServer server(
        withChannel(testChannel("/test/and", "Flask Integration", {QStringLiteral("Django only")}),
                    {{QStringLiteral("Django only"), {QStringLiteral("Django Integration")}}}));
    QVERIFY(server.listen());
    const Answer asFlask = exchange(server.port(), "POST", "/test/and", {flask}, customer123);
    QCOMPARE(asFlask.status, 403);
    checkBody(asFlask, forbidden);
    const Answer asDjango = exchange(server.port(), "POST", "/test/and", {django}, customer123);
    QCOMPARE(asDjango.status, 401);
    QCOMPARE(asDjango.header("WWW-Authenticate"), std::optional<QByteArray>("Basic realm=\"Zato\""));
}

// §1.3 3: groups with no members and an own definition: only the definition counts.
void tst_Demo41::emptyGroupsLeaveTheOwnDefinition()
{
    DemoServer server(
        withChannel(testChannel("/test/own", "Django Integration", {QStringLiteral("Nobody")})));
    QVERIFY(server.listen());
    const Answer asDjango = exchange(server.port(), "POST", "/test/own", {django}, customer123);
    QCOMPARE(asDjango.status, 200);
    QCOMPARE(asDjango.body, victoria);
    QCOMPARE(exchange(server.port(), "POST", "/test/own", {flask}, customer123).status, 401);
}

// §1.3: every API-key member of a channel's groups uses the same header; one with another is left out.
void tst_Demo41::apiKeyMembersShareOneHeader()
{
    DemoServer server(withChannel(testChannel("/test/keys", "", {QStringLiteral("Two headers")}),
                                  {{QStringLiteral("Two headers"),
                                    {QStringLiteral("Demo API key"), QStringLiteral("Partner API key")}}}));
    QVERIFY(server.listen());
    QCOMPARE(exchange(server.port(), "POST", "/test/keys", {apiKey}, customer123).status, 200);
    const Answer partner =
        exchange(server.port(), "POST", "/test/keys", {"X-Partner-Key: partner-key"}, customer123);
    QCOMPARE(partner.status, 403);
    checkBody(partner, forbidden);
    // Even beside the group's header, the left-out member's key lets nobody in.
    QCOMPARE(exchange(server.port(), "POST", "/test/keys", {"X-API-Key: nope", "X-Partner-Key: partner-key"},
                      customer123)
                 .status,
             403);
}

// §1.5: the JSON envelope only on a channel whose data format is JSON; otherwise the message alone.
void tst_Demo41::noDataFormatAnswersText()
{
    Channel inactive = testChannel("/test/inactive-text", "Django Integration", {});
    inactive.isActive = false;
    inactive.dataFormat.clear();
    Channel grouped = testChannel("/test/group-text", "", {QStringLiteral("Nobody")});
    grouped.dataFormat.clear();
    DemoConfig config = withChannel(inactive);
    config.channels.append(grouped);
    DemoServer server(config);
    QVERIFY(server.listen());
    const Answer gone = exchange(server.port(), "POST", "/test/inactive-text", {django}, customer123);
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.body, QByteArray("Channel inactive"));
    const Answer denied = exchange(server.port(), "POST", "/test/group-text", {django}, customer123);
    QCOMPARE(denied.status, 403);
    QCOMPARE(denied.body, QByteArray("You are not allowed to access this resource"));
}

// §1.5: a channel's rate limit (3 in 10 s on /demo/rate-limited) is checked before authentication.
void tst_Demo41::channelRateLimitComesBeforeAuthentication()
{
    DemoServer server(DemoConfig::defaults(Flavour::Zato41));
    QVERIFY(server.listen());
    for (int i = 0; i < 3; ++i)
        QCOMPARE(exchange(server.port(), "POST", "/demo/rate-limited", {django}, customer123).status, 200);
    const Answer wrongPassword =
        exchange(server.port(), "POST", "/demo/rate-limited", {basic("django", "wrong")}, customer123);
    QCOMPARE(wrongPassword.status, 429);
    checkHeaders(wrongPassword, {"Retry-After: " + httpDate, "!WWW-Authenticate"});
    checkBody(wrongPassword, envelope("Too many requests"));
    QCOMPARE(exchange(server.port(), "POST", "/demo/rate-limited", {django}, customer123).status, 429);
    // Another channel is not limited by it.
    QCOMPARE(exchange(server.port(), "POST", "/clients/django/json-client", {django}, customer123).status,
             200);
}

// §1.5: a definition's rate limit (user "limited": 3 in 10 s) is checked after authentication, with
// X-RateLimit-Limit and X-RateLimit-Remaining on success too.
void tst_Demo41::definitionRateLimit()
{
    DemoServer server(DemoConfig::defaults(Flavour::Zato41));
    QVERIFY(server.listen());
    const QByteArray limited = basic("limited", "my-password");
    QCOMPARE(
        exchange(server.port(), "POST", "/demo/rate-limited-client", {basic("limited", "wrong")}, customer123)
            .status,
        401);
    for (const QByteArray remaining : {"2", "1", "0"}) {
        const Answer answer =
            exchange(server.port(), "POST", "/demo/rate-limited-client", {limited}, customer123);
        QCOMPARE(answer.status, 200);
        checkHeaders(answer, {"X-RateLimit-Limit: 3", "X-RateLimit-Remaining: " + remaining, "!Retry-After"});
    }
    const Answer refused =
        exchange(server.port(), "POST", "/demo/rate-limited-client", {limited}, customer123);
    QCOMPARE(refused.status, 429);
    checkHeaders(refused, {"Retry-After: " + httpDate, "X-RateLimit-Limit: 3", "X-RateLimit-Remaining: 0"});
    checkBody(refused, envelope("Too many requests"));
}

// §2.2: X-Zato-CID only with needs_x_zato_cid, holding the CID the body has; 3.2 keeps sending it.
void tst_Demo41::cidHeaderWhenAsked()
{
    DemoConfig config = DemoConfig::defaults(Flavour::Zato41);
    config.needsCidHeader = true;
    DemoServer server(config);
    QVERIFY(server.listen());
    const Answer ping = exchange(server.port(), "GET", "/zato/ping");
    QCOMPARE(ping.status, 200);
    QCOMPARE(ping.header("X-Zato-CID"), std::optional<QByteArray>(ping.cid().toLatin1()));
    const Answer missing = exchange(server.port(), "GET", "/no/such/path");
    QCOMPARE(missing.header("X-Zato-CID"), std::optional<QByteArray>(missing.cid().toLatin1()));

    DemoServer zato32;
    QVERIFY(zato32.listen());
    const Answer old = exchange(zato32.port(), "POST", "/clients/django/json-client", {django}, customer123);
    QCOMPARE(old.status, 200);
    QVERIFY(old.has("X-Zato-CID"));
}

QTEST_GUILESS_MAIN(tst_Demo41)
#include "tst_demo41.moc"
