// zato.service.invoke without a network: §3.2 semantics for G2 and G1, and Python's base64 rules.
#include "dispatcher.h"

#include "json/parser.h"
#include "json/writer.h"
#include <QTest>

using namespace zd;
using namespace zd::demo;

namespace {

ServiceInput envelope(const QByteArray &json)
{
    const json::ParseResult parsed = json::parse(json);
    return parsed.ok ? ServiceInput::fromJson(parsed.value) : ServiceInput::fromRaw(json);
}

const auto runNow = [](std::function<void()> work) { work(); };

} // namespace

class tst_Dispatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void base64_data();
    void base64();
    void g2Responses_data();
    void g2Responses();
    void g1WrapsBase64InLines();
    void g1ReturnsOnlyStrings();
    void asyncRunsTheTargetLater();
};

void tst_Dispatcher::base64_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("decoded");
    QTest::addColumn<QString>("error");
    QTest::newRow("plain") << QByteArray("eyJhIjogMX0=") << QByteArray(R"({"a": 1})") << QString();
    QTest::newRow("newlines skipped")
        << QByteArray("eyJh\nIjog\nMX0=\n") << QByteArray(R"({"a": 1})") << QString();
    QTest::newRow("junk skipped") << QByteArray("eyJh*IjogMX0=") << QByteArray(R"({"a": 1})") << QString();
    QTest::newRow("missing padding") << QByteArray("eyJhIjogMX0") << QByteArray()
                                     << QStringLiteral("Incorrect padding");
    QTest::newRow("one past a multiple of 4")
        << QByteArray("eyJhI") << QByteArray()
        << QStringLiteral(
               "Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a "
               "multiple of 4");
}

void tst_Dispatcher::base64()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, decoded);
    QFETCH(QString, error);
    QString message;
    const std::optional<QByteArray> result = pythonBase64Decode(input, &message);
    QCOMPARE(result.has_value(), error.isEmpty());
    if (result)
        QCOMPARE(*result, decoded);
    QCOMPARE(message, error);
}

void tst_Dispatcher::g2Responses_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("response"); // decoded; "<unset>" when left out
    QTest::addColumn<QByteArray>("errorArgs");

    const QByteArray payload123 = QByteArray(R"({"cust_id": "123"})").toBase64();
    QTest::newRow("str target returned as it is")
        << QByteArray(R"({"name": "customer.get1", "payload": ")" + payload123 + "\"}")
        << QByteArray(R"({"name": "Victoria Murray"})") << QByteArray();
    QTest::newRow("dict target serialised compactly")
        << QByteArray(R"({"name": "customer.get2", "payload": ")" + payload123 + "\"}")
        << QByteArray(R"({"name":"Victoria Murray"})") << QByteArray();
    QTest::newRow("str target not unwrapped by skip_response_elem")
        << QByteArray(R"({"name": "zato.ping", "skip_response_elem": true})")
        << QByteArray(R"({"zato_ping_response": {"pong": "zato"}})") << QByteArray();
    QTest::newRow("unknown service") << QByteArray(R"({"name": "customer.get3"})") << QByteArray("<unset>")
                                     << QByteArray(R"(["customer.get3"])");
    QTest::newRow("unknown id") << QByteArray(R"({"id": 4242})") << QByteArray("<unset>")
                                << QByteArray("[4242]");
    QTest::newRow("no payload") << QByteArray(R"({"name": "customer.get1"})") << QByteArray("<unset>")
                                << QByteArray(R"(["string indices must be integers, not 'str'"])");
    QTest::newRow("payload that is not JSON")
        << QByteArray(R"({"name": "customer.get1", "payload": ")" + QByteArray("cust_id=1").toBase64() +
                      "\"}")
        << QByteArray("<unset>") << QByteArray(R"(["byte indices must be integers or slices, not str"])");
}

void tst_Dispatcher::g2Responses()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, response);
    QFETCH(QByteArray, errorArgs);
    auto cache = createMemoryCache();
    ServiceRegistry services(cache.get(), std::chrono::seconds(60));
    Dispatcher dispatcher(&services, Wire::G2);
    const DispatchOutcome outcome = dispatcher.dispatch(envelope(request), runNow);
    if (errorArgs.isEmpty()) {
        QVERIFY(!outcome.failed());
        QVERIFY(outcome.response);
        QVERIFY(!outcome.response->contains('\n'));
        QCOMPARE(QByteArray::fromBase64(*outcome.response), response);
    } else {
        QVERIFY(outcome.failed());
        QVERIFY(!outcome.response);
        QCOMPARE(json::dumps(outcome.failure.errorArgs), json::dumps(json::parse(errorArgs).value));
    }
}

void tst_Dispatcher::g1WrapsBase64InLines()
{
    auto cache = createMemoryCache();
    ServiceRegistry services(cache.get(), std::chrono::seconds(60));
    Dispatcher dispatcher(&services, Wire::G1);
    const QByteArray size = QByteArray(R"({"size": 200})").toBase64();
    const DispatchOutcome outcome = dispatcher.dispatch(
        envelope(QByteArray(R"({"name": "demo.sized-body", "payload": ")" + size + "\"}")), runNow);
    QVERIFY(outcome.response);
    const QList<QByteArray> lines = outcome.response->split('\n');
    QCOMPARE(lines.size(), 5); // 268 base64 characters: 76 + 76 + 76 + 40, and the trailing newline
    QCOMPARE(lines.at(0).size(), 76);
    QVERIFY(lines.last().isEmpty());
    QCOMPARE(QByteArray::fromBase64(*outcome.response).size(), 200); // Qt skips the newlines too
}

void tst_Dispatcher::g1ReturnsOnlyStrings()
{
    auto cache = createMemoryCache();
    ServiceRegistry services(cache.get(), std::chrono::seconds(60));
    Dispatcher dispatcher(&services, Wire::G1);
    const QByteArray payload = QByteArray(R"({"cust_id": "1"})").toBase64();
    const DispatchOutcome outcome = dispatcher.dispatch(
        envelope(QByteArray(R"({"name": "customer.get2", "payload": ")" + payload + "\"}")), runNow);
    QVERIFY(!outcome.failed());
    QCOMPARE(outcome.response, std::optional<QByteArray>(QByteArray()));
}

void tst_Dispatcher::asyncRunsTheTargetLater()
{
    auto cache = createMemoryCache();
    ServiceRegistry services(cache.get(), std::chrono::seconds(60));
    Dispatcher dispatcher(&services, Wire::G2);
    std::function<void()> queued;
    const QByteArray payload = QByteArray(R"({"cust_id": "55"})").toBase64();
    const DispatchOutcome outcome = dispatcher.dispatch(
        envelope(QByteArray(R"({"name": "customer.get1", "is_async": true, "payload": ")" + payload + "\"}")),
        [&queued](std::function<void()> work) { queued = std::move(work); });
    QVERIFY(outcome.async);
    QCOMPARE(QByteArray::fromBase64(*outcome.response).size(), 24);
    QVERIFY(!cache->get(customerCacheKey(QStringLiteral("55"))));
    QVERIFY(queued);
    queued();
    QVERIFY(cache->get(customerCacheKey(QStringLiteral("55"))));
}

QTEST_GUILESS_MAIN(tst_Dispatcher)
#include "tst_dispatcher.moc"
