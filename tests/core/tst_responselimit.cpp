// A response larger than the call may hold ends the call with a clear error as soon as it is seen: an
// announced Content-Length above the limit, a chunked body that keeps coming, a compressed body that
// inflates past the limit. Over a real loopback socket, with a small limit.
#include "callonce.h"
#include "rawhttpserver.h"
#include "samplespec.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace zd;
using zd::test::RawHttpServer;

class tst_ResponseLimit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void announcedLengthAboveTheLimit();
    void endlessChunkedBody();
    void bodyWithinTheLimitIsRead();
    void gzipBomb();
    void bodyToAFileTakesAnySize();
    void bodyToAFileCutShortLeavesTheOldFile();
    void bodyToAnUnwritableFileSendsNothing();
};

namespace {

InvokeResult callWithLimit(RawHttpServer &raw, qint64 limit, const QString &bodyFile = QString())
{
    CallSpec spec = zd::test::djangoSampleSpec(raw.address());
    spec.maxBodyBytes = limit;
    spec.bodyFile = bodyFile;
    spec.timeout = std::chrono::milliseconds(20000);
    QNetworkAccessManager network;
    return zd::test::callOnce(ClientKind::Json, spec, &network);
}

} // namespace

void tst_ResponseLimit::announcedLengthAboveTheLimit()
{
    RawHttpServer raw;
    raw.listen();
    raw.setHandler([](const RawHttpServer::Request &) {
        RawHttpServer::Reply reply;
        reply.parts = {
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2147483648\r\n\r\n{"};
        reply.hang = false;
        return reply;
    });
    const InvokeResult result = callWithLimit(raw, 1024 * 1024);
    QCOMPARE(result.error.kind, ErrorKind::Transport);
    QCOMPARE(result.error.transport, TransportFailure::TooLarge);
    QVERIFY2(result.error.message.contains(u"larger than 1.0 MB"), qPrintable(result.error.message));
    QVERIFY(!result.ok);
}

void tst_ResponseLimit::endlessChunkedBody()
{
    // 64 chunks of 256 KB (16 MB), written as fast as the socket takes them; the limit is 2 MB.
    RawHttpServer raw;
    raw.listen();
    raw.setHandler([](const RawHttpServer::Request &) {
        RawHttpServer::Reply reply;
        reply.parts
            << "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        const QByteArray chunk = "40000\r\n" + QByteArray(0x40000, 'x') + "\r\n";
        for (int i = 0; i < 64; ++i)
            reply.parts << chunk;
        return reply;
    });
    const InvokeResult result = callWithLimit(raw, 2 * 1024 * 1024);
    QCOMPARE(result.error.kind, ErrorKind::Transport);
    QCOMPARE(result.error.transport, TransportFailure::TooLarge);
    QVERIFY(result.response.body.size() <= 4 * 1024 * 1024); // stopped near the limit, not at 16 MB
}

void tst_ResponseLimit::bodyWithinTheLimitIsRead()
{
    RawHttpServer raw;
    raw.listen();
    const QByteArray body = R"({"name": ")" + QByteArray(100000, 'a') + R"("})";
    raw.setHandler([body](const RawHttpServer::Request &) { return RawHttpServer::reply(200, body); });
    const InvokeResult result = callWithLimit(raw, body.size());
    QCOMPARE(result.error.kind, ErrorKind::None);
    QCOMPARE(result.response.body, body);
}

void tst_ResponseLimit::gzipBomb()
{
    // 1 GB of zeros in about 1 MB of gzip: stopped as too large or as a failed decompression, never a
    // completed call holding what was inflated so far.
    QByteArray zeros(64 * 1024 * 1024, '\0');
    QByteArray deflated = qCompress(zeros, 9).mid(4); // zlib stream; served as Content-Encoding: deflate
    zeros = QByteArray();
    RawHttpServer raw;
    raw.listen();
    raw.setHandler([deflated](const RawHttpServer::Request &) {
        return RawHttpServer::reply(200, deflated,
                                    {{"Content-Encoding", "deflate"}, {"Content-Type", "application/json"}});
    });
    const InvokeResult result = callWithLimit(raw, 2 * 1024 * 1024);
    QCOMPARE(result.error.kind, ErrorKind::Transport);
    QVERIFY(!result.ok);
    QVERIFY(result.response.body.size() <= 4 * 1024 * 1024);
}

void tst_ResponseLimit::bodyToAFileTakesAnySize()
{
    // 16 MB in chunks, a 2 MB limit: with a file to write to, the whole body is saved and none held.
    RawHttpServer raw;
    raw.listen();
    QByteArray expected;
    raw.setHandler([&expected](const RawHttpServer::Request &) {
        RawHttpServer::Reply reply;
        reply.parts << "HTTP/1.1 200 OK\r\nX-Zato-CID: C1\r\nTransfer-Encoding: chunked\r\n\r\n";
        for (int i = 0; i < 64; ++i) {
            const QByteArray piece(0x40000, char('a' + i % 26));
            expected += piece;
            reply.parts << "40000\r\n" + piece + "\r\n";
        }
        reply.parts << "0\r\n\r\n";
        return reply;
    });
    QTemporaryDir dir;
    const QString path = dir.filePath(u"body.json"_qs);
    const InvokeResult result = callWithLimit(raw, 2 * 1024 * 1024, path);
    QCOMPARE(result.error.kind, ErrorKind::None);
    QVERIFY(result.ok);
    QCOMPARE(result.cid, u"C1"_qs);
    QVERIFY(result.response.body.isEmpty());
    QCOMPARE(result.response.bodyFile, path);
    QCOMPARE(result.response.bodyFileBytes, qint64(16 * 1024 * 1024));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.size(), expected.size());
    QVERIFY(saved.readAll() == expected);
}

void tst_ResponseLimit::bodyToAFileCutShortLeavesTheOldFile()
{
    RawHttpServer raw;
    raw.listen();
    raw.setHandler([](const RawHttpServer::Request &) {
        RawHttpServer::Reply reply;
        reply.parts = {"HTTP/1.1 200 OK\r\nContent-Length: 1000000\r\n\r\n" + QByteArray(5000, 'x')};
        reply.close = true;
        return reply;
    });
    QTemporaryDir dir;
    const QString path = dir.filePath(u"body.json"_qs);
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("kept");
    }
    const InvokeResult result = callWithLimit(raw, 2 * 1024 * 1024, path);
    QCOMPARE(result.error.kind, ErrorKind::Transport);
    QVERIFY(result.response.bodyFile.isEmpty());
    QFile old(path);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("kept"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"body.json"_qs});
}

void tst_ResponseLimit::bodyToAnUnwritableFileSendsNothing()
{
    RawHttpServer raw;
    raw.listen();
    raw.setHandler([](const RawHttpServer::Request &) { return RawHttpServer::reply(200, "{}"); });
    const InvokeResult result = callWithLimit(raw, 1024, u"/nonexistent/folder/body.json"_qs);
    QCOMPARE(result.error.kind, ErrorKind::Usage);
    QVERIFY2(result.error.message.contains(u"/nonexistent/folder/body.json"),
             qPrintable(result.error.message));
    QTest::qWait(100);
    QCOMPARE(raw.requests().size(), 0);
}

QTEST_GUILESS_MAIN(tst_ResponseLimit)
#include "tst_responselimit.moc"
