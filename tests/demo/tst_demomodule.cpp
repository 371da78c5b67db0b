// zato-desk's demo servers come from a module loaded only by --demo (DemoServers): a process that
// does not start them never maps the module, nor libcrypto, which only the demo links. This test links
// the loader alone, as zato-desk does; the servers it starts answer over loopback.
#include "demoservers.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace zd;

namespace {

bool mapsContain(const char *library)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains(library);
}

// The body of a GET of url, or an empty array when it fails.
QByteArray get(QNetworkAccessManager &network, const QString &url)
{
    std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(QUrl(url))));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(10000) || reply->error() != QNetworkReply::NoError)
        return {};
    return reply->readAll();
}

} // namespace

class tst_DemoModule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadedOnlyWhenTheServersStart();
    void missingModuleIsAClearError();
};

void tst_DemoModule::loadedOnlyWhenTheServersStart()
{
    QVERIFY(!mapsContain("libzd_demo_module"));
    QVERIFY(!mapsContain("libcrypto"));

    QString error;
    std::unique_ptr<DemoServers> servers = DemoServers::start(&error);
    QVERIFY2(servers, qPrintable(error));
    QVERIFY(mapsContain("libzd_demo_module"));
    QVERIFY(mapsContain("libcrypto"));

    QNetworkAccessManager network;
    QVERIFY(servers->address32() != servers->address41());
    QVERIFY2(servers->address32().startsWith(u"http://127.0.0.1:"), qPrintable(servers->address32()));
    QVERIFY2(servers->address41().startsWith(u"http://127.0.0.1:"), qPrintable(servers->address41()));
    // Each flavour answers its ping as that Zato does.
    QVERIFY(get(network, servers->address32() + u"/zato/ping")
                .contains(R"("zato_ping_response":{"pong":"zato"})"));
    QVERIFY(get(network, servers->address41() + u"/zato/ping").startsWith(R"({"is_ok": true,)"));

    // They stop with their owner.
    const QString address = servers->address32();
    servers.reset();
    QCOMPARE(get(network, address + u"/zato/ping"), QByteArray());
}

// ZD_DEMO_MODULE names a file that is not there (tests/demo/CMakeLists.txt).
void tst_DemoModule::missingModuleIsAClearError()
{
    QString error;
    QVERIFY(!DemoServers::start(&error));
    QVERIFY2(error.contains(u"demo servers cannot start: their module cannot be loaded"), qPrintable(error));
    QVERIFY2(error.contains(u"no-such-module.so"), qPrintable(error));
    QVERIFY2(error.contains(u"Reinstall"), qPrintable(error));
    QVERIFY(!mapsContain("libcrypto"));
}

QTEST_MAIN(tst_DemoModule)
#include "tst_demomodule.moc"
