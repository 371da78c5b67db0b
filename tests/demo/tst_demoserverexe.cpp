// zato-demo-server as people run it: it starts, says where it listens, answers, logs each call,
// and refuses bad options with exit code 2 and a message.
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

class tst_DemoServerExe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsAnswersAndLogs();
    void badOptions_data();
    void badOptions();
};

void tst_DemoServerExe::startsAnswersAndLogs()
{
    QProcess server;
    server.start(QStringLiteral(ZATO_DEMO_SERVER_PATH),
                 {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--log")});
    QVERIFY(server.waitForStarted(5000));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += server.readAllStandardOutput()).contains("Users"), 10000);
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"))
            .match(QString::fromUtf8(out));
    QVERIFY2(match.hasMatch(), out.constData());
    QCOMPARE(out.count("my-password"), 1); // the note on the built-in users; no password per user line

    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(match.captured(1) + u"/clients/django/json-client"));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Basic " + QByteArray("django:my-password").toBase64());
    QNetworkReply *reply = network.post(request, QByteArray(R"({"cust_id": "123"})"));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->readAll(), QByteArray(R"({"name":"Victoria Murray"})"));
    reply->deleteLater();

    QTRY_VERIFY_WITH_TIMEOUT((out += server.readAllStandardOutput()).contains("cache=miss"), 10000);
    QVERIFY(out.contains("POST /clients/django/json-client status=200 user=django"));
    server.terminate();
    QVERIFY(server.waitForFinished(5000));
}

void tst_DemoServerExe::badOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("wire") << QStringList{QStringLiteral("--wire"), QStringLiteral("g3")}
                          << QStringLiteral("Unknown --wire \"g3\"");
    QTest::newRow("config") << QStringList{QStringLiteral("--config"), QStringLiteral("/nonexistent.json")}
                            << QStringLiteral("Cannot read /nonexistent.json");
    QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")}
                          << QStringLiteral("not a port number");
    QTest::newRow("listen") << QStringList{QStringLiteral("--listen"), QStringLiteral("localhost")}
                            << QStringLiteral("not an IP address");
    QTest::newRow("limit") << QStringList{QStringLiteral("--idle-timeout-ms"), QStringLiteral("soon")}
                           << QStringLiteral("--idle-timeout-ms \"soon\" is not a number");
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    QTest::newRow("redis") << QStringList{QStringLiteral("--redis"),
                                          QStringLiteral("redis://127.0.0.1:%1").arg(probe.serverPort() + 1)}
                           << QStringLiteral("Cannot connect to Redis");
}

void tst_DemoServerExe::badOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QProcess server;
    server.start(QStringLiteral(ZATO_DEMO_SERVER_PATH), arguments);
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitCode(), 2);
    const QByteArray err = server.readAllStandardError();
    QVERIFY2(err.contains(message.toUtf8()), err.constData());
}

QTEST_GUILESS_MAIN(tst_DemoServerExe)
#include "tst_demoserverexe.moc"
