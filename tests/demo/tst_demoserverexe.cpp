// zato-demo-server as people run it: it starts, says where it listens, answers, logs each call,
// and refuses bad options with exit code 2 and a message.
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <memory>

class tst_DemoServerExe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsAnswersAndLogs();
    void zato41();
    void startsFromEnmasse();
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

// --zato 4.1: the newest 4.1 layout (zato-platform.md §2.1, §2.4): the startup text names the flavour
// and lists definitions by type with no secret; ping answers {"is_ok": true, "cid": …}; the invoker
// is at /zato/api/invoke/{service} for admin.invoke and the dispatcher is gone.
void tst_DemoServerExe::zato41()
{
    QProcess server;
    server.start(QStringLiteral(ZATO_DEMO_SERVER_PATH), {QStringLiteral("--port"), QStringLiteral("0"),
                                                         QStringLiteral("--zato"), QStringLiteral("4.1")});
    QVERIFY(server.waitForStarted(5000));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += server.readAllStandardOutput()).contains("Security groups"), 10000);
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("\\(Zato 4\\.1 wire, .*listening on (http://127\\.0\\.0\\.1:\\d+)"))
            .match(QString::fromUtf8(out));
    QVERIFY2(match.hasMatch(), out.constData());
    QVERIFY(out.contains("API keys"));
    QVERIFY(out.contains("\"Demo API key\" (X-API-Key)"));
    QVERIFY(out.contains("Bearer tokens"));
    QCOMPARE(out.count("my-password"), 1);
    QVERIFY(!out.contains("demo-api-key"));
    QVERIFY(!out.contains("partner-key"));
    QVERIFY(!out.contains("demo-token"));
    QVERIFY(!out.contains("/zato/admin/invoke"));

    struct Reply
    {
        int status = 0;
        QByteArray body;
        bool cidHeader = false;
    };
    QNetworkAccessManager network;
    const auto post = [&](const QString &path, const QByteArray &user, const QByteArray &body) {
        QNetworkRequest request(QUrl(match.captured(1) + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Basic " + QByteArray(user + ":my-password").toBase64());
        std::unique_ptr<QNetworkReply> reply(network.post(request, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        finished.wait(10000);
        return Reply{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                     reply->hasRawHeader("X-Zato-CID")};
    };
    const Reply ping = post(QStringLiteral("/zato/ping"), "anyone", QByteArray());
    QVERIFY(QRegularExpression(QStringLiteral("^\\{\"is_ok\": true, \"cid\": \"[0-9a-f]{24}\"\\}$"))
                .match(QString::fromUtf8(ping.body))
                .hasMatch());
    QVERIFY(!ping.cidHeader);
    const Reply invoked =
        post(QStringLiteral("/zato/api/invoke/customer.get2"), "admin.invoke", R"({"cust_id": "123"})");
    QCOMPARE(invoked.status, 200);
    QCOMPARE(invoked.body, QByteArray(R"({"name": "Victoria Murray"})"));
    QCOMPARE(post(QStringLiteral("/zato/admin/invoke"), "admin.invoke", "{}").status, 404);
    server.terminate();
    QVERIFY(server.waitForFinished(5000));
}

// A Zato 4.1 enmasse file with its secrets in an env file and its services mapped to the demo's.
void tst_DemoServerExe::startsFromEnmasse()
{
    const QString data = QStringLiteral(ZD_TEST_DATA_DIR "/enmasse/");
    QProcess server;
    server.start(QStringLiteral(ZATO_DEMO_SERVER_PATH),
                 {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--config"),
                  data + u"zato41.yaml", QStringLiteral("--env-file"), data + u"zato41.env",
                  QStringLiteral("--service-map"), QStringLiteral("orders.get=customer.get2"),
                  QStringLiteral("--service-map"), QStringLiteral("orders.list=customer.get1")});
    QVERIFY(server.waitForStarted(5000));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += server.readAllStandardOutput()).contains("Users"), 10000);
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("\\(Zato 4\\.1 wire, .*listening on (http://127\\.0\\.0\\.1:\\d+)"))
            .match(QString::fromUtf8(out));
    QVERIFY2(match.hasMatch(), out.constData());
    QVERIFY(out.contains("/api/customers"));
    for (const char *secret : {"crm-secret-1", "billing-secret-2", "partner-key-3", "batch-token-5"})
        QVERIFY2(!out.contains(secret), secret);
    const QByteArray err = server.readAllStandardError();
    QVERIFY2(err.contains("legacy.ntlm"), err.constData()); // the definition it cannot support, said

    QNetworkAccessManager network;
    const auto post = [&](const QByteArray &credentials) {
        QNetworkRequest request(QUrl(match.captured(1) + u"/api/customers"));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
        QNetworkReply *reply = network.post(request, QByteArray(R"({"cust_id": "123"})"));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10000);
        reply->deleteLater();
        return std::pair(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                         reply->readAll());
    };
    const auto [okStatus, okBody] = post("billing-app:billing-secret-2");
    QCOMPARE(okStatus, 200);
    QVERIFY2(okBody.contains("Victoria Murray"), okBody.constData());
    QCOMPARE(post("billing-app:wrong").first, 401);
    server.terminate();
    QVERIFY(server.waitForFinished(5000));
}

void tst_DemoServerExe::badOptions_data()
{
    const QString data = QStringLiteral(ZD_TEST_DATA_DIR "/enmasse/");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("wire") << QStringList{QStringLiteral("--wire"), QStringLiteral("g3")}
                          << QStringLiteral("Unknown --wire \"g3\"");
    QTest::newRow("zato") << QStringList{QStringLiteral("--zato"), QStringLiteral("5.0")}
                          << QStringLiteral("Unknown --zato \"5.0\"");
    QTest::newRow("config") << QStringList{QStringLiteral("--config"), QStringLiteral("/nonexistent.json")}
                            << QStringLiteral("Cannot read /nonexistent.json");
    QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")}
                          << QStringLiteral("not a port number");
    QTest::newRow("listen") << QStringList{QStringLiteral("--listen"), QStringLiteral("localhost")}
                            << QStringLiteral("not an IP address");
    QTest::newRow("limit") << QStringList{QStringLiteral("--idle-timeout-ms"), QStringLiteral("soon")}
                           << QStringLiteral("--idle-timeout-ms \"soon\" is not a number");
    QTest::newRow("enmasse without env file")
        << QStringList{QStringLiteral("--config"), data + u"zato41.yaml"}
        << QStringLiteral("environment variable CRM_PASSWORD, which is not set");
    QTest::newRow("enmasse unknown service")
        << QStringList{QStringLiteral("--config"), data + u"zato41.yaml", QStringLiteral("--env-file"),
                       data + u"zato41.env"}
        << QStringLiteral(
               "zato41.yaml:17: channel_rest[0] \"orders.get\": service \"orders.get\" does not run");
    QTest::newRow("service map") << QStringList{QStringLiteral("--config"), data + u"zato41.yaml",
                                                QStringLiteral("--service-map"),
                                                QStringLiteral("orders.get=orders")}
                                 << QStringLiteral("does not run in the demo server");
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
