// With --redis the customer services cache in a real redis-server, started here on a free
// loopback port; the entry is in Redis after the first call, with its TTL.
#include "callonce.h"
#include "demoserver.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace zd;
using namespace zd::demo;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QByteArray redisCli(quint16 port, const QStringList &command)
{
    QProcess cli;
    cli.start(QStringLiteral("redis-cli"),
              QStringList{QStringLiteral("-p"), QString::number(port)} + command);
    cli.waitForFinished(5000);
    return cli.readAllStandardOutput().trimmed();
}

} // namespace

class tst_RedisCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void entryIsInRedisAfterTheFirstCall();
    void unreachableRedisIsAClearError();
    void badUrl();

private:
    QProcess m_redis;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
};

void tst_RedisCache::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_port = freePort();
    m_redis.setWorkingDirectory(m_dir.path());
    m_redis.start(QStringLiteral("redis-server"),
                  {QStringLiteral("--port"), QString::number(m_port), QStringLiteral("--bind"),
                   QStringLiteral("127.0.0.1"), QStringLiteral("--save"), QString(),
                   QStringLiteral("--appendonly"), QStringLiteral("no")});
    QVERIFY2(m_redis.waitForStarted(5000),
             "redis-server could not be started: install it (scripts/install-deps.sh)");
    QTRY_COMPARE_WITH_TIMEOUT(redisCli(m_port, {QStringLiteral("PING")}), QByteArray("PONG"), 10000);
}

void tst_RedisCache::cleanupTestCase()
{
    m_redis.terminate();
    m_redis.waitForFinished(5000);
}

void tst_RedisCache::entryIsInRedisAfterTheFirstCall()
{
    RedisConnect connect = connectRedis(QStringLiteral("redis://127.0.0.1:%1").arg(m_port));
    QVERIFY2(connect.cache, qPrintable(connect.error));
    DemoConfig config = DemoConfig::defaults();
    config.cacheTtlSeconds = 120;
    DemoServer server(config, std::move(connect.cache));
    QVERIFY(server.listen());
    const QString key = QStringLiteral("zato-desk:customer:123");
    QCOMPARE(redisCli(m_port, {QStringLiteral("EXISTS"), key}), QByteArray("0"));

    QNetworkAccessManager network;
    QSignalSpy log(&server, &DemoServer::callLogged);
    for (int i = 0; i < 2; ++i) {
        CallSpec spec;
        spec.address = server.address();
        spec.path = QStringLiteral("/clients/django/json-client");
        spec.user = QStringLiteral("django");
        spec.password = QStringLiteral("my-password");
        spec.payload = Payload::fromRaw(R"({"cust_id": "123"})");
        QVERIFY(zd::test::callOnce(ClientKind::Json, spec, &network, 10000).ok);
        if (i == 0)
            QCOMPARE(redisCli(m_port, {QStringLiteral("GET"), key}), QByteArray("Victoria Murray"));
    }
    const int ttl = redisCli(m_port, {QStringLiteral("TTL"), key}).toInt();
    QVERIFY2(ttl > 0 && ttl <= 120, QByteArray::number(ttl).constData());
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).constFirst().value<CallLog>().cacheHit, std::optional<bool>(false));
    QCOMPARE(log.at(1).constFirst().value<CallLog>().cacheHit, std::optional<bool>(true));
    QVERIFY(server.cache().description().contains(QString::number(m_port)));
}

void tst_RedisCache::unreachableRedisIsAClearError()
{
    const RedisConnect connect = connectRedis(QStringLiteral("redis://127.0.0.1:%1").arg(freePort()));
    QVERIFY(!connect.cache);
    QVERIFY2(connect.error.contains(u"Cannot connect to Redis"), qPrintable(connect.error));
}

void tst_RedisCache::badUrl()
{
    const RedisConnect connect = connectRedis(QStringLiteral("http://127.0.0.1:6379"));
    QVERIFY(!connect.cache);
    QVERIFY(connect.error.contains(u"not a Redis URL"));
}

QTEST_GUILESS_MAIN(tst_RedisCache)
#include "tst_rediscache.moc"
