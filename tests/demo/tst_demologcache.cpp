// The demo server's log lines and cache under hostile input: a field can never break or forge a
// line, and cached names do not outlive their TTL or the cache's byte budget.
#include "demoraw.h"
#include "demoserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace zd::demo;
using namespace demoraw;

class tst_DemoLogCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logFieldsEscaped();
    void forgedLineFromRequest();
    void expiredEntriesDropped();
    void cacheByteBudget();
};

void tst_DemoLogCache::logFieldsEscaped()
{
    CallLog log;
    log.cid = QStringLiteral("%2cid");
    log.method = "GET";
    log.path = "/p%1\r\nstatus=200";
    log.user = QStringLiteral("u\x1b[2J");
    log.channel = QStringLiteral("a \"quoted\" \\ channel");
    log.service = u"s\u2028\u202e\x7f\tx"_qs;
    log.status = 404;
    const QString line = log.toText();
    QCOMPARE(
        line,
        uR"(cid=%2cid GET /p%1\r\nstatus=200 status=404 user=u\x1b[2J channel="a \"quoted\" \\ channel" )"
        uR"(service=s\u2028\u202e\x7f\tx cache=- time=0.00ms)"_qs);
}

// A percent-encoded newline and terminal escape in a service name reach the log as one escaped line.
void tst_DemoLogCache::forgedLineFromRequest()
{
    DemoServer server;
    QVERIFY(server.listen());
    QSignalSpy calls(&server, &DemoServer::callLogged);
    QTcpSocket socket;
    QVERIFY(connectTo(socket, server.port()));
    socket.write("POST /zato/api/invoke/x%0Acid=forged%20status=200%1B%5B31m HTTP/1.1\r\nHost: x\r\n"
                 "Authorization: Basic " +
                 QByteArray("pubapi:my-password").toBase64() + "\r\nContent-Length: 0\r\n\r\n");
    QVERIFY(oneAnswer(socket).startsWith("HTTP/1.1 500"));
    QCOMPARE(calls.size(), 1);
    const QString line = calls.at(0).at(0).value<CallLog>().toText();
    QVERIFY2(!line.contains(u'\n') && !line.contains(u'\x1b'), qPrintable(line));
    QVERIFY2(line.contains(uR"(service=x\ncid=forged status=200\x1b[31m cache=)"_qs), qPrintable(line));
}

// The server drops expired entries on its own, with no lookup to find them.
void tst_DemoLogCache::expiredEntriesDropped()
{
    DemoConfig config = DemoConfig::defaults();
    config.cacheTtlSeconds = 1;
    DemoServer server(config);
    QVERIFY(server.listen());
    QTcpSocket socket;
    QVERIFY(connectTo(socket, server.port()));
    socket.write(post("/clients/django/json-client", R"({"cust_id": ")" + QByteArray(100'000, '7') + "\"}"));
    QVERIFY(oneAnswer(socket).startsWith("HTTP/1.1 200"));
    for (int i = 0; i < 200; ++i)
        server.cache().set(customerCacheKey(QString::number(i)), QStringLiteral("Name"),
                           std::chrono::seconds(1));
    QCOMPARE(server.cache().entryCount(), 201);
    QTRY_COMPARE_WITH_TIMEOUT(server.cache().entryCount(), 0, 10000);
}

// Past its byte budget the cache drops the entries closest to expiry.
void tst_DemoLogCache::cacheByteBudget()
{
    const std::unique_ptr<Cache> cache = createMemoryCache(1024 * 1024);
    const QString big(50 * 1024, u'x');
    for (int i = 0; i < 100; ++i)
        cache->set(QString::number(i) + big, QStringLiteral("Name"), std::chrono::seconds(300 + i));
    QVERIFY(cache->entryCount() > 0);
    QVERIFY2(cache->entryCount() * 2 * big.size() <= 1024 * 1024,
             QByteArray::number(cache->entryCount()).constData());
    QVERIFY(cache->get(QString::number(99) + big)); // the latest to expire are kept
    QVERIFY(!cache->get(QString::number(0) + big));
}

QTEST_GUILESS_MAIN(tst_DemoLogCache)
#include "tst_demologcache.moc"
