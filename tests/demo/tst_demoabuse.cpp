// zato-demo-server as a separate process under abuse, its memory and open files read from /proc:
// pipelined requests for large answers that are never read, and many idle or half-header
// connections at a low open-file limit while /zato/ping must still answer.
#include "demoraw.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <memory>

using namespace demoraw;

namespace {

// Starts the server with its open-file limit set to openFiles; returns its port, 0 on failure.
quint16 start(QProcess &server, int openFiles, const QStringList &arguments)
{
    server.start(
        QStringLiteral("/bin/sh"),
        QStringList{QStringLiteral("-c"), QStringLiteral("ulimit -n %1 && exec \"$0\" \"$@\"").arg(openFiles),
                    QStringLiteral(ZATO_DEMO_SERVER_PATH), QStringLiteral("--port"), QStringLiteral("0")} +
            arguments);
    if (!server.waitForStarted(5000))
        return 0;
    QByteArray out;
    if (!QTest::qWaitFor([&] { return (out += server.readAllStandardOutput()).contains("Users"); }, 10000))
        return 0;
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"))
            .match(QString::fromUtf8(out));
    return match.hasMatch() ? quint16(match.captured(1).toUInt()) : 0;
}

// A line of /proc/<pid>/status in kB (VmRSS, VmHWM).
qint64 statusKb(const QProcess &server, const QByteArray &field)
{
    QFile file(QStringLiteral("/proc/%1/status").arg(server.processId()));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

int openFiles(const QProcess &server)
{
    return int(QDir(QStringLiteral("/proc/%1/fd").arg(server.processId())).count()) - 2; // . and ..
}

bool pingAnswers(quint16 port)
{
    QTcpSocket socket;
    if (!connectTo(socket, port))
        return false;
    socket.write(ping);
    return oneAnswer(socket).contains("ZATO_OK");
}

} // namespace

class tst_DemoAbuse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pipelinedUnreadAnswersStayBounded();
    void slowlorisAtLowOpenFileLimit();
};

// 20 pipelined requests for 50 MB answers, none read: the server holds a bounded amount (the
// answers are made as the client reads, and no further request is read meanwhile), drops the
// client when it stops reading, and gives the memory back.
void tst_DemoAbuse::pipelinedUnreadAnswersStayBounded()
{
    QProcess server;
    const quint16 port = start(server, 1024, {QStringLiteral("--idle-timeout-ms"), QStringLiteral("1000")});
    QVERIFY(port);
    const qint64 before = statusKb(server, "VmRSS");
    const int filesBefore = openFiles(server);

    QTcpSocket greedy;
    greedy.setReadBufferSize(4096);
    QVERIFY(connectTo(greedy, port));
    const QByteArray one = post("/demo/sized-body", R"({"size": 52428800})");
    for (int i = 0; i < 20; ++i)
        greedy.write(one);
    QTRY_VERIFY(openFiles(server) > filesBefore);
    // The server writes what the kernel takes, then stalls; after the idle timeout it drops us.
    QTRY_VERIFY_WITH_TIMEOUT(openFiles(server) == filesBefore, 15000);
    const qint64 peak = statusKb(server, "VmHWM");
    const qint64 after = statusKb(server, "VmRSS");
    qInfo("server RSS: %lld kB before, %lld kB peak, %lld kB after", before, peak, after);
    QVERIFY2(peak - before < 32 * 1024, QByteArray::number(peak - before).constData());
    QVERIFY(pingAnswers(port));
    server.terminate();
    QVERIFY(server.waitForFinished(5000));
}

// 300 connections that say nothing or half a header, against a server allowed 256 open files and
// long timeouts: the oldest idle ones make room, and /zato/ping answers.
void tst_DemoAbuse::slowlorisAtLowOpenFileLimit()
{
    QProcess server;
    const QStringList longTimeouts = {QStringLiteral("--header-timeout-ms"), QStringLiteral("60000"),
                                      QStringLiteral("--idle-timeout-ms"), QStringLiteral("60000")};
    const quint16 port = start(server, 256, longTimeouts);
    QVERIFY(port);
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 300; ++i) {
        idle.push_back(std::make_unique<QTcpSocket>());
        idle.back()->connectToHost(QHostAddress::LocalHost, port);
        if (i % 2)
            idle.back()->write("GET /zato/ping HTTP/1.1\r\nHost: x\r\nX-Slow: ");
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(idle.begin(), idle.end(),
                    [](const auto &s) { return s->state() != QAbstractSocket::ConnectingState; }),
        10000);
    QTest::qWait(200); // let the server take them all in
    QVERIFY2(openFiles(server) <= 256, QByteArray::number(openFiles(server)).constData());
    QVERIFY(pingAnswers(port));
    QVERIFY(pingAnswers(port));
    QCOMPARE(server.state(), QProcess::Running);
    server.terminate();
    QVERIFY(server.waitForFinished(5000));
}

QTEST_GUILESS_MAIN(tst_DemoAbuse)
#include "tst_demoabuse.moc"
