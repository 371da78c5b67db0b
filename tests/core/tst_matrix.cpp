// The credentials-by-channels matrix against the demo server's channels and RBAC: 3 users by 4
// channels covering allowed, 401, 403 and 404, the file format, reports, re-runs and cancelling.
#include "call/callsession.h"
#include "demoserver.h"
#include "invoke/networkpool.h"
#include "rbac/compare.h"
#include "rbac/matrix.h"
#include "rbac/matrixrunner.h"

#include "json/parser.h"
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace zd;

namespace {

json::Value customer(const char *id)
{
    return json::Value::fromObject(
        {{QStringLiteral("cust_id"), json::Value::fromString(QString::fromLatin1(id))}});
}

MatrixDefinition demoMatrix(const QString &address)
{
    MatrixDefinition m;
    m.address = address;
    m.credentials = {{QStringLiteral("django"), QStringLiteral("django"), QString(), QString()},
                     {QStringLiteral("flask"), QStringLiteral("flask"), QString(), QString()},
                     {QStringLiteral("intruder"), QStringLiteral("django"), QString(), QString()}};
    m.channels = {
        {QStringLiteral("django any"), QStringLiteral("/clients/django/any-service-invoker"),
         ClientKind::AnyService, QStringLiteral("customer.get1"), customer("123")},
        {QStringLiteral("rbac json"), QStringLiteral("/clients/rbac/json-client"), ClientKind::Json,
         QString(), customer("123")},
        {QStringLiteral("nope"), QStringLiteral("/nope"), ClientKind::Json, QString(), customer("123")},
        {QStringLiteral("flask json"), QStringLiteral("/clients/flask/json-client"), ClientKind::Json,
         QString(), customer("456")}};
    const QStringList rows[] = {
        {QStringLiteral("allowed"), QStringLiteral("allowed"), QStringLiteral("404"), QStringLiteral("401")},
        {QStringLiteral("401"), QStringLiteral("403"), QStringLiteral("404"), QStringLiteral("allowed")},
        {QStringLiteral("401"), QStringLiteral("401"), QStringLiteral("404"), QStringLiteral("401")}};
    for (int row = 0; row < 3; ++row)
        for (int column = 0; column < 4; ++column)
            m.setExpected(row, column, rows[row].at(column));
    return m;
}

const QList<ResolvedCredential> passwords = {{QStringLiteral("django"), QStringLiteral("my-password")},
                                             {QStringLiteral("flask"), QStringLiteral("my-password")},
                                             {QStringLiteral("django"), QStringLiteral("not-the-password")}};

QList<MatrixCell> runAll(MatrixRunner &runner, const MatrixDefinition &m,
                         const QList<std::pair<int, int>> &cells, int concurrency)
{
    QList<MatrixCell> done;
    QObject::connect(&runner, &MatrixRunner::cellFinished, &runner,
                     [&done](const MatrixCell &cell) { done << cell; });
    QSignalSpy finished(&runner, &MatrixRunner::finished);
    if (!runner.start(m, passwords, cells, concurrency) || !finished.wait(30000))
        return {};
    QObject::disconnect(&runner, &MatrixRunner::cellFinished, &runner, nullptr);
    std::sort(done.begin(), done.end(), [](const MatrixCell &a, const MatrixCell &b) {
        return std::pair(a.row, a.column) < std::pair(b.row, b.column);
    });
    return done;
}

} // namespace

class tst_Matrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allExpectationsHold_data();
    void allExpectationsHold();
    void wrongExpectationIsReported();
    void rowsAndColumnsRunAlone();
    void cancel();
    void fileRoundTripWithoutSecrets();
    void fileErrors_data();
    void fileErrors();
    void bothClientsSideBySide();
    void bothClientsTiming_data();
    void bothClientsTiming();
    void bothClientsAgainstTheDemoServer_data();
    void bothClientsAgainstTheDemoServer();
};

void tst_Matrix::allExpectationsHold_data()
{
    QTest::addColumn<int>("concurrency");
    QTest::newRow("one at a time") << 1;
    QTest::newRow("four at once") << 4;
}

void tst_Matrix::allExpectationsHold()
{
    QFETCH(int, concurrency);
    demo::DemoServer server;
    QVERIFY(server.listen());
    const MatrixDefinition m = demoMatrix(server.address());
    MatrixRunner runner;
    const QList<MatrixCell> cells = runAll(runner, m, MatrixRunner::allCells(m), concurrency);
    QCOMPARE(cells.size(), 12);
    QSet<QString> seen;
    for (const MatrixCell &cell : cells) {
        QVERIFY2(cell.matches(),
                 qPrintable(QStringLiteral("%1 / %2: expected %3, got %4 (%5)")
                                .arg(m.credentials.at(cell.row).name, m.channels.at(cell.column).name,
                                     cell.expected, cell.actual, cell.explanation)));
        seen << cell.actual;
    }
    QCOMPARE(seen, (QSet<QString>{QStringLiteral("allowed"), QStringLiteral("401"), QStringLiteral("403"),
                                  QStringLiteral("404")}));
    QCOMPARE(cells.at(1).status, 200);
    QCOMPARE(cells.at(5).status, 403);

    const QByteArray junit = matrixJUnit(m, cells);
    QVERIFY(junit.contains("tests=\"12\" failures=\"0\""));
    const QByteArray csv = matrixCsv(m, cells);
    QCOMPARE(csv.count('\n'), 13);
    QVERIFY(csv.contains("flask,rbac json,403,403,403,"));
}

void tst_Matrix::wrongExpectationIsReported()
{
    demo::DemoServer server;
    QVERIFY(server.listen());
    MatrixDefinition m = demoMatrix(server.address());
    m.setExpected(1, 1, QStringLiteral("allowed")); // flask is in fact refused by RBAC
    MatrixRunner runner;
    const QList<MatrixCell> cells = runAll(runner, m, MatrixRunner::allCells(m), 3);
    const auto failed =
        std::count_if(cells.cbegin(), cells.cend(), [](const MatrixCell &c) { return !c.matches(); });
    QCOMPARE(failed, 1);
    const QByteArray junit = matrixJUnit(m, cells);
    QVERIFY(junit.contains("failures=\"1\""));
    QVERIFY(junit.contains("<testcase classname=\"flask\" name=\"rbac json\""));
    QVERIFY(junit.contains("message=\"expected allowed, got 403\""));
    QVERIFY(matrixCsv(m, cells).contains("flask,rbac json,allowed,403,403,"));
}

void tst_Matrix::rowsAndColumnsRunAlone()
{
    demo::DemoServer server;
    QVERIFY(server.listen());
    const MatrixDefinition m = demoMatrix(server.address());
    MatrixRunner runner;
    const QList<MatrixCell> row = runAll(runner, m, MatrixRunner::rowCells(m, 1), 2);
    QCOMPARE(row.size(), 4);
    QVERIFY(
        std::all_of(row.cbegin(), row.cend(), [](const MatrixCell &c) { return c.row == 1 && c.matches(); }));
    const QList<MatrixCell> column = runAll(runner, m, MatrixRunner::columnCells(m, 2), 2);
    QCOMPARE(column.size(), 3);
    QVERIFY(
        std::all_of(column.cbegin(), column.cend(), [](const MatrixCell &c) { return c.actual == u"404"; }));
    const QList<MatrixCell> one = runAll(runner, m, {{0, 0}}, 1);
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.constFirst().actual, QStringLiteral("allowed"));
}

void tst_Matrix::cancel()
{
    demo::DemoConfig config = demo::DemoConfig::defaults();
    config.faults.latencyMs = 3000;
    demo::DemoServer server(config);
    QVERIFY(server.listen());
    const MatrixDefinition m = demoMatrix(server.address());
    MatrixRunner runner;
    QList<MatrixCell> done;
    connect(&runner, &MatrixRunner::cellFinished, this, [&done](const MatrixCell &cell) { done << cell; });
    QSignalSpy finished(&runner, &MatrixRunner::finished);
    QVERIFY(runner.start(m, passwords, MatrixRunner::allCells(m), 2));
    QVERIFY(!runner.start(m, passwords, MatrixRunner::allCells(m), 2)); // one run at a time
    QTest::qWait(100);
    runner.cancel();
    QVERIFY(finished.size() == 1 || finished.wait(5000));
    QCOMPARE(done.size(), 2); // the two running cells, cancelled; the rest never started
    QVERIFY(std::all_of(done.cbegin(), done.cend(),
                        [](const MatrixCell &c) { return c.actual == u"cancelled"; }));
    QVERIFY(!runner.isRunning());
}

void tst_Matrix::fileRoundTripWithoutSecrets()
{
    MatrixDefinition m = demoMatrix(QStringLiteral("http://127.0.0.1:17010"));
    m.credentials[2].passwordEnv = QStringLiteral("INTRUDER_PASSWORD");
    m.credentials[0].profile = QStringLiteral("Demo server");
    const QByteArray bytes = writeMatrix(m);
    QVERIFY(!bytes.contains("my-password"));
    const MatrixRead read = readMatrix(bytes);
    QVERIFY2(read.definition, qPrintable(read.error));
    QCOMPARE(writeMatrix(*read.definition), bytes);
    QCOMPARE(read.definition->expected(1, 1), QStringLiteral("403"));
    QCOMPARE(read.definition->credentials.at(2).passwordEnv, QStringLiteral("INTRUDER_PASSWORD"));
    QCOMPARE(read.definition->channels.at(0).client, ClientKind::AnyService);
}

void tst_Matrix::fileErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("{") << QStringLiteral("not valid JSON");
    QTest::newRow("empty") << QByteArray("{}") << QStringLiteral("needs an \"address\"");
    QTest::newRow("bad expectation")
        << QByteArray(
               R"({"address": "http://x", "credentials": [{"name": "a"}], "channels": [{"name": "c", "path": "/c"}],
                          "expect": {"a": {"c": "maybe"}}})")
        << QStringLiteral("Unknown expectation \"maybe\"");
    QTest::newRow("bad client")
        << QByteArray(
               R"({"address": "http://x", "credentials": [{"name": "a"}], "channels": [{"name": "c", "client": "soap"}]})")
        << QStringLiteral("client of any, json or api");
}

void tst_Matrix::fileErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const MatrixRead read = readMatrix(bytes);
    QVERIFY(!read.definition);
    QVERIFY2(read.error.contains(message), qPrintable(read.error));
}

void tst_Matrix::bothClientsSideBySide()
{
    InvokeResult any;
    any.ok = true;
    any.data = json::parse(R"({"name": "Victoria Murray", "id": 1})").value;
    any.elapsedMs = 5;
    any.cid = QStringLiteral("a");
    InvokeResult viaJson = any;
    viaJson.data = json::parse(R"({"id": 1.0, "name":"Victoria Murray"})").value;
    viaJson.elapsedMs = 3;
    viaJson.cid = QStringLiteral("b");
    ClientComparison c = compareClients(any, viaJson);
    QVERIFY(c.bothOk);
    QVERIFY(c.dataEqual);
    QCOMPARE(c.anyMs, 5.0);
    QCOMPARE(c.jsonMs, 3.0);
    QCOMPARE(c.anyCid, QStringLiteral("a"));
    viaJson.data = json::parse(R"({"name": "James Edmunds"})").value;
    QVERIFY(!compareClients(any, viaJson).dataEqual);
}

namespace {

// A negative number anywhere in a text (ASCII hyphen or the minus sign).
bool hasNegativeNumber(const QString &text)
{
    static const QRegularExpression negative(QStringLiteral("[-\\x{2212}]\\s*\\d"));
    return text.contains(negative);
}

} // namespace

// Times of the rounds, in order: the verdict, and words that never hold a negative "overhead".
void tst_Matrix::bothClientsTiming_data()
{
    QTest::addColumn<QList<double>>("any");
    QTest::addColumn<QList<double>>("json");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QString>("says");
    using V = ClientTiming::Verdict;
    QTest::newRow("JSONClient slower in some rounds (the old -0.3 ms)")
        << QList<double>{1.2, 1.0, 1.4, 1.1, 0.9} << QList<double>{1.5, 0.9, 1.3, 1.6, 1.0}
        << int(V::WithinNoise) << u"within the noise"_qs;
    QTest::newRow("AnyServiceInvoker slower in every round")
        << QList<double>{3.0, 3.2, 2.9} << QList<double>{1.0, 1.1, 1.2} << int(V::AnySlower)
        << u"the dispatcher adds 2.0 ms (from 1.7 ms to 2.1 ms)"_qs;
    QTest::newRow("JSONClient slower in every round")
        << QList<double>{1.0, 1.0, 1.0} << QList<double>{1.5, 1.3, 1.4} << int(V::JsonSlower)
        << u"JSONClient was slower in every round, by 0.40 ms (from 0.30 ms to 0.50 ms)"_qs;
    QTest::newRow("the same to the last digit") << QList<double>{1.0, 1.0} << QList<double>{1.0, 1.0}
                                                << int(V::WithinNoise) << u"from 0.00 ms faster"_qs;
    QTest::newRow("one round is no measurement")
        << QList<double>{1.0} << QList<double>{2.0} << int(V::NotMeasured) << u"Times not compared"_qs;
}

void tst_Matrix::bothClientsTiming()
{
    QFETCH(QList<double>, any);
    QFETCH(QList<double>, json);
    QFETCH(int, verdict);
    QFETCH(QString, says);
    const int calls = CallSession::bothCalls(int(any.size()));
    const ClientTiming timing = timeClients(any, json, calls);
    QCOMPARE(int(timing.verdict), verdict);
    const QString words = describeTiming(timing);
    QVERIFY2(words.contains(says), qPrintable(words));
    QVERIFY2(!hasNegativeNumber(words), qPrintable(words));
    QVERIFY2(words.contains(u"%1 call"_qs.arg(calls)), qPrintable(words));
    QVERIFY2(!words.contains(u"overhead"), qPrintable(words));
}

// Both clients through the call session against the demo server: every call is counted at the
// server, each once, and the report says how many were sent and what was timed.
void tst_Matrix::bothClientsAgainstTheDemoServer_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("rounds");
    QTest::addColumn<int>("calls");
    QTest::addColumn<bool>("timed");
    QTest::newRow("3 rounds") << u"my-password"_qs << 3 << 8 << true;
    QTest::newRow("the default") << u"my-password"_qs << int(CallSession::DefaultBothRounds) << 12 << true;
    QTest::newRow("wrong password: the first two only") << u"wrong"_qs << 3 << 2 << false;
}

void tst_Matrix::bothClientsAgainstTheDemoServer()
{
    QFETCH(QString, password);
    QFETCH(int, rounds);
    QFETCH(int, calls);
    QFETCH(bool, timed);
    demo::DemoServer server;
    QVERIFY(server.listen());
    int atServer = 0;
    connect(&server, &demo::DemoServer::callLogged, this, [&atServer] { ++atServer; });
    QNetworkAccessManager network;
    NetworkPool pool(&network);
    CallSession session(&pool);
    QList<ClientKind> order;
    connect(&session, &CallSession::finished, this,
            [&order](const CallReport &report) { order << report.client; });
    QSignalSpy both(&session, &CallSession::bothFinished);

    LookupForm form;
    form.address = server.address();
    form.anyPath = u"/clients/django/any-service-invoker"_qs;
    form.jsonPath = u"/clients/django/json-client"_qs;
    form.user = u"django"_qs;
    form.password = password;
    form.customerId = u"123"_qs;
    QVERIFY(session.startBoth(form, rounds).errors.isEmpty());
    QVERIFY(both.wait(30000));
    QCOMPARE(both.size(), 1);
    const auto report = both.first().first().value<BothReport>();

    QCOMPARE(order.size(), calls);
    QTRY_COMPARE(atServer, calls);                              // each call reached the server once
    QCOMPARE(CallSession::bothCalls(rounds), 2 * (1 + rounds)); // what the window says it sends, at most
    // One at a time: the first two through each client, then the rounds, alternating which goes first.
    QCOMPARE(order.mid(0, 2), (QList<ClientKind>{ClientKind::AnyService, ClientKind::Json}));
    if (timed)
        QCOMPARE(order.mid(2, 4), (QList<ClientKind>{ClientKind::AnyService, ClientKind::Json,
                                                     ClientKind::Json, ClientKind::AnyService}));
    QCOMPARE(report.any.client, ClientKind::AnyService);
    QCOMPARE(report.json.client, ClientKind::Json);
    const ClientTiming &timing = report.comparison.timing;
    QCOMPARE(timing.calls, calls);
    QCOMPARE(timing.verdict != ClientTiming::Verdict::NotMeasured, timed);
    QCOMPARE(timing.rounds, timed ? rounds : 0);
    const QString words = describeTiming(timing);
    QVERIFY2(words.contains(u"%1 call"_qs.arg(calls)), qPrintable(words));
    QVERIFY2(!hasNegativeNumber(words), qPrintable(words));
    QVERIFY(timing.anyMs >= 0 && timing.jsonMs >= 0);
    QVERIFY(timing.verdict != ClientTiming::Verdict::AnySlower || timing.differenceMs > 0);
}

QTEST_GUILESS_MAIN(tst_Matrix)
#include "tst_matrix.moc"
