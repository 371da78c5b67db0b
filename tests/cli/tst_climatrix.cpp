// zato-invoke matrix FILE against the demo server: all expectations hold (exit 0), then one wrong
// expectation gives a non-zero exit and a failing JUnit case.
#include "demoserver.h"
#include "processrun.h"
#include "rbac/matrix.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray matrixFile(const QString &address, const QString &flaskOnRbac)
{
    return QStringLiteral(R"({
    "address": "%1",
    "credentials": [
        {"name": "django", "user": "django", "password_env": "ZD_SAMPLE_PASSWORD"},
        {"name": "flask", "user": "flask", "password_env": "ZD_SAMPLE_PASSWORD"},
        {"name": "intruder", "user": "django", "password_env": "ZD_WRONG_PASSWORD"}
    ],
    "channels": [
        {"name": "django any", "path": "/clients/django/any-service-invoker", "client": "any",
         "service": "customer.get1", "payload": {"cust_id": "123"}},
        {"name": "rbac json", "path": "/clients/rbac/json-client", "client": "json", "payload": {"cust_id": "123"}},
        {"name": "nope", "path": "/nope", "client": "json", "payload": {"cust_id": "123"}},
        {"name": "flask json", "path": "/clients/flask/json-client", "client": "json", "payload": {"cust_id": "456"}}
    ],
    "expect": {
        "django": {"django any": "allowed", "rbac json": "allowed", "nope": "404", "flask json": "401"},
        "flask": {"django any": "401", "rbac json": "%2", "nope": "404", "flask json": "allowed"},
        "intruder": {"django any": "401", "rbac json": "401", "nope": "404", "flask json": "401"}
    }
})")
        .arg(address, flaskOnRbac)
        .toUtf8();
}

using Run = zd::test::ProcessRun;

Run run(const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ZD_SAMPLE_PASSWORD"), QStringLiteral("my-password"));
    env.insert(QStringLiteral("ZD_WRONG_PASSWORD"), QStringLiteral("guess"));
    return zd::test::runProcess(QStringLiteral(ZATO_INVOKE_PATH), arguments, env, 30000);
}

QByteArray read(const QString &name)
{
    QFile file(name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_CliMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expectationsHold();
    void wrongExpectationFails();
    void badInput();
    void builtInProfileRows();
};

void tst_CliMatrix::expectationsHold()
{
    zd::demo::DemoServer server;
    QVERIFY(server.listen());
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("matrix.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(matrixFile(server.address(), QStringLiteral("403")));
    file.close();
    const QString junit = dir.filePath(QStringLiteral("junit.xml"));
    const QString csv = dir.filePath(QStringLiteral("cells.csv"));
    const Run result =
        run({QStringLiteral("matrix"), file.fileName(), QStringLiteral("--junit"), junit,
             QStringLiteral("--csv"), csv, QStringLiteral("--concurrency"), QStringLiteral("3")});
    QVERIFY2(result.exitCode == 0, result.out.constData());
    QVERIFY(result.out.contains("12 cells, 12 as expected, 0 not."));
    QVERIFY(read(junit).contains("tests=\"12\" failures=\"0\""));
    QCOMPARE(read(csv).count('\n'), 13);
}

void tst_CliMatrix::wrongExpectationFails()
{
    zd::demo::DemoServer server;
    QVERIFY(server.listen());
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("matrix.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(matrixFile(server.address(), QStringLiteral("allowed")));
    file.close();
    const QString junit = dir.filePath(QStringLiteral("junit.xml"));
    const Run result = run({QStringLiteral("matrix"), file.fileName(), QStringLiteral("--junit"), junit});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.contains("FAIL  flask"));
    QVERIFY(result.out.contains("12 cells, 11 as expected, 1 not."));
    const QByteArray xml = read(junit);
    QVERIFY(xml.contains("failures=\"1\""));
    QVERIFY(xml.contains("<failure message=\"expected allowed, got 403\">"));
}

void tst_CliMatrix::badInput()
{
    QCOMPARE(run({QStringLiteral("matrix")}).exitCode, 2);
    const Run missing = run({QStringLiteral("matrix"), QStringLiteral("/nonexistent/matrix.json")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("cannot read /nonexistent/matrix.json"));
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("m.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"address": "http://127.0.0.1:1", "credentials": [{"name": "x", "password_env": "ZD_UNSET_VARIABLE"}],
                  "channels": [{"name": "c", "path": "/c"}]})");
    file.close();
    const Run unset = run({QStringLiteral("matrix"), file.fileName()});
    QCOMPARE(unset.exitCode, 2);
    QVERIFY(unset.err.contains("ZD_UNSET_VARIABLE is not set"));
}

// A matrix saved in the window naming the built-in profiles runs the same in the CLI: their users
// and the samples' password, with no keychain entry and no environment variable.
void tst_CliMatrix::builtInProfileRows()
{
    zd::demo::DemoServer server;
    QVERIFY(server.listen());
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("matrix.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral(R"({
    "address": "%1",
    "credentials": [
        {"name": "django", "profile": "Django sample"},
        {"name": "flask", "profile": "Flask sample"}
    ],
    "channels": [
        {"name": "django json", "path": "/clients/django/json-client", "client": "json", "payload": {"cust_id": "123"}},
        {"name": "flask json", "path": "/clients/flask/json-client", "client": "json", "payload": {"cust_id": "456"}}
    ],
    "expect": {
        "django": {"django json": "allowed", "flask json": "401"},
        "flask": {"django json": "401", "flask json": "allowed"}
    }
})")
                   .arg(server.address())
                   .toUtf8());
    file.close();
    QTemporaryDir home; // no saved profiles: only the built-in ones
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    env.insert(QStringLiteral("ZD_KEYCHAIN_MODULE"), home.filePath(QStringLiteral("no-such-module.so")));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ZATO_INVOKE_PATH), {QStringLiteral("matrix"), file.fileName()});
    QVERIFY(process.waitForStarted(10000));
    QVERIFY(QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 30000));
    const QByteArray out = process.readAllStandardOutput();
    QVERIFY2(process.exitCode() == 0, QByteArray(out + process.readAllStandardError()).constData());
    QVERIFY(out.contains("4 cells, 4 as expected, 0 not."));
}

QTEST_GUILESS_MAIN(tst_CliMatrix)
#include "tst_climatrix.moc"
