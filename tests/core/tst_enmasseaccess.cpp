// The access test of an enmasse file: the expectations derived for tests/data/enmasse/access41.yaml
// equal the ones written here by hand from zato-platform.md §3.4; what cannot be tested is said; bad
// files are refused with the file, the line and the item.
#include "access/enmasseaccess.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace zd;
using namespace zd::access;

namespace {

const QString data = QStringLiteral(ZD_TEST_DATA_DIR "/enmasse/");

QHash<QString, QString> secrets()
{
    return {{QStringLiteral("CRM_PASSWORD"), QStringLiteral("crm-secret")},
            {QStringLiteral("BILLING_PASSWORD"), QStringLiteral("billing-secret")},
            {QStringLiteral("LONER_PASSWORD"), QStringLiteral("loner-secret")},
            {QStringLiteral("PARTNER_KEY"), QStringLiteral("partner-key")},
            {QStringLiteral("BATCH_TOKEN"), QStringLiteral("batch-token")}};
}

AccessTestRead readText(const QTemporaryDir &dir, const QByteArray &yaml)
{
    QFile file(dir.filePath(QStringLiteral("file.yaml")));
    if (!file.open(QIODevice::WriteOnly) || file.write(yaml) != yaml.size())
        return {};
    file.close();
    return readEnmasseAccess(file.fileName(), secrets(), false);
}

} // namespace

class tst_EnmasseAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void derivedEqualsHandWritten();
    void rowsCarryTheirSecrets();
    void reasons();
    void untestableDefinitionsAreSaid();
    void unknownSectionIsWarned();
    void refused_data();
    void refused();
};

void tst_EnmasseAccess::derivedEqualsHandWritten()
{
    const AccessTestRead read = readEnmasseAccess(data + u"access41.yaml", secrets(), false);
    QVERIFY2(read.test, qPrintable(read.error));
    const MatrixDefinition matrix = accessMatrix(*read.test, QStringLiteral("http://127.0.0.1:1")).matrix;

    const QStringList channels = {QStringLiteral("orders.get"),   QStringLiteral("orders.list"),
                                  QStringLiteral("orders.audit"), QStringLiteral("orders.closed"),
                                  QStringLiteral("orders.batch"), QStringLiteral("orders.retired"),
                                  QStringLiteral("public.health")};
    // By §3.4: inactive → 404; the own definition first (401 for anyone else or a wrong secret); then
    // the groups (403 for a non-member, a wrong secret or nobody); no members and no definition → 403;
    // no security → anyone.
    const QList<std::pair<QString, std::vector<const char *>>> expected = {
        {QStringLiteral("crm.basic"), {"allowed", "allowed", "allowed", "403", "401", "404", "allowed"}},
        {QStringLiteral("billing.basic"), {"401", "allowed", "401", "403", "401", "404", "allowed"}},
        {QStringLiteral("loner.basic"), {"401", "403", "401", "403", "401", "404", "allowed"}},
        {QStringLiteral("partner.apikey"), {"401", "allowed", "401", "403", "401", "404", "allowed"}},
        {QStringLiteral("batch.static"), {"401", "403", "401", "403", "allowed", "404", "allowed"}},
        {QStringLiteral("(none)"), {"401", "403", "401", "403", "401", "404", "allowed"}},
        {QStringLiteral("crm.basic (wrong secret)"), {"401", "403", "401", "403", "401", "404", "allowed"}},
        {QStringLiteral("billing.basic (wrong secret)"),
         {"401", "403", "401", "403", "401", "404", "allowed"}},
        {QStringLiteral("loner.basic (wrong secret)"), {"401", "403", "401", "403", "401", "404", "allowed"}},
        {QStringLiteral("partner.apikey (wrong secret)"),
         {"401", "403", "401", "403", "401", "404", "allowed"}},
        {QStringLiteral("batch.static (wrong secret)"),
         {"401", "403", "401", "403", "401", "404", "allowed"}},
    };
    QCOMPARE(matrix.credentials.size(), expected.size());
    QCOMPARE(matrix.channels.size(), channels.size());
    for (int row = 0; row < expected.size(); ++row) {
        QCOMPARE(matrix.credentials.at(row).name, expected.at(row).first);
        for (int column = 0; column < channels.size(); ++column) {
            QCOMPARE(matrix.channels.at(column).name, channels.at(column));
            QVERIFY2(matrix.expected(row, column) == QLatin1String(expected.at(row).second.at(column)),
                     qPrintable(QStringLiteral("%1 on %2: derived %3")
                                    .arg(expected.at(row).first, channels.at(column),
                                         matrix.expected(row, column))));
        }
    }
    QCOMPARE(matrix.channels.at(0).method, QStringLiteral("GET"));
    QCOMPARE(matrix.channels.at(0).path, QStringLiteral("/api/orders/1"));
    QCOMPARE(matrix.channels.at(1).method, QString());
}

void tst_EnmasseAccess::rowsCarryTheirSecrets()
{
    const AccessTestRead read = readEnmasseAccess(data + u"access41.yaml", secrets(), false);
    QVERIFY2(read.test, qPrintable(read.error));
    const AccessMatrix built = accessMatrix(*read.test, QStringLiteral("http://127.0.0.1:1"));
    QCOMPARE(built.credentials.size(), built.matrix.credentials.size());
    QCOMPARE(built.credentials.at(0).user, QStringLiteral("crm-app"));
    QCOMPARE(built.credentials.at(0).password, QStringLiteral("crm-secret"));
    QCOMPARE(built.credentials.at(3).auth.kind, AuthKind::ApiKey);
    QCOMPARE(built.credentials.at(3).auth.apiKeyHeader, QByteArrayLiteral("X-Partner-Key"));
    QCOMPARE(built.credentials.at(3).auth.secret, QStringLiteral("partner-key"));
    QCOMPARE(built.credentials.at(4).auth.kind, AuthKind::Bearer);
    QCOMPARE(built.credentials.at(4).auth.secret, QStringLiteral("batch-token"));
    QCOMPARE(built.credentials.at(5).auth.kind, AuthKind::None);
    QCOMPARE(built.credentials.at(6).user, QStringLiteral("crm-app"));
    QVERIFY(built.credentials.at(6).password != u"crm-secret");
    QVERIFY(built.credentials.at(9).auth.secret != u"partner-key");
    QVERIFY(!writeMatrix(built.matrix).contains("crm-secret"));
}

void tst_EnmasseAccess::reasons()
{
    const AccessTestRead read = readEnmasseAccess(data + u"access41.yaml", secrets(), false);
    QVERIFY2(read.test, qPrintable(read.error));
    const MatrixDefinition matrix = accessMatrix(*read.test, QString()).matrix;
    QCOMPARE(matrix.reason(0, 0), QStringLiteral("crm.basic is the channel's own definition."));
    QCOMPARE(matrix.reason(2, 1),
             QStringLiteral("loner.basic is in no group of this channel (internal.apps)."));
    QCOMPARE(matrix.reason(1, 5), QStringLiteral("The channel is inactive."));
}

void tst_EnmasseAccess::untestableDefinitionsAreSaid()
{
    QTemporaryDir dir;
    const AccessTestRead read = readText(dir, "security:\n"
                                              "  - name: idp.jwt\n" // 2
                                              "    type: bearer_token\n"
                                              "    issuer: https://idp\n"
                                              "    audience: orders\n"
                                              "  - name: exported.basic\n" // 6
                                              "    type: basic_auth\n"
                                              "    username: someone\n"
                                              "  - name: edge.mtls\n" // 9
                                              "    type: mtls\n"
                                              "channel_rest:\n"
                                              "  - name: a\n"
                                              "    service: s\n"
                                              "    url_path: /a\n"
                                              "    security: exported.basic\n");
    QVERIFY2(read.test, qPrintable(read.error));
    const QStringList warnings = read.test->allWarnings();
    QCOMPARE(warnings.size(), 3);
    // What cannot be tested first, then each credential's missing secret.
    QVERIFY2(warnings.at(0).contains(u":9: security[2] \"edge.mtls\": a mtls definition has no row"),
             qPrintable(warnings.at(0)));
    QVERIFY2(warnings.at(1).contains(u":2: security[0] \"idp.jwt\": a bearer token checked as a JWT"),
             qPrintable(warnings.at(1)));
    QVERIFY2(warnings.at(2).contains(u":6: security[1] \"exported.basic\": the file gives no secret"),
             qPrintable(warnings.at(2)));
    QCOMPARE(read.test->warnings.size(), 1);
    const MatrixDefinition matrix = accessMatrix(*read.test, QString()).matrix;
    QStringList rows;
    for (const MatrixCredential &row : matrix.credentials)
        rows << row.name;
    QCOMPARE(rows, (QStringList{QStringLiteral("(none)"), QStringLiteral("idp.jwt (wrong secret)"),
                                QStringLiteral("exported.basic (wrong secret)")}));
}

void tst_EnmasseAccess::unknownSectionIsWarned()
{
    QTemporaryDir dir;
    const AccessTestRead read =
        readText(dir, "scheduler: []\nchannel_rest:\n  - name: a\n    service: s\n    url_path: /a\n");
    QVERIFY2(read.test, qPrintable(read.error));
    QCOMPARE(read.test->warnings.size(), 1);
    QVERIFY2(read.test->warnings.at(0).contains(u"skipped: scheduler"),
             qPrintable(read.test->warnings.at(0)));
}

void tst_EnmasseAccess::refused_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("message");
    QTest::newRow("not YAML") << QByteArray("channel_rest: [\n")
                              << QStringLiteral(":2:1: this is not valid YAML");
    QTest::newRow("unknown definition")
        << QByteArray("channel_rest:\n  - name: a\n    service: s\n    url_path: /a\n    security: ghost\n")
        << QStringLiteral(":5: channel_rest[0] \"a\": security \"ghost\" is not a security definition");
    QTest::newRow("unknown group")
        << QByteArray("channel_rest:\n  - name: a\n    service: s\n    url_path: /a\n    groups: [ghosts]\n")
        << QStringLiteral(":5: channel_rest[0] \"a\": group \"ghosts\" is not defined");
    QTest::newRow("unknown member") << QByteArray("groups:\n  - name: g\n    members: [ghost]\n")
                                    << QStringLiteral(
                                           ":2: groups[0] \"g\": member \"ghost\" is not a security "
                                           "definition");
    QTest::newRow("unset variable")
        << QByteArray(
               "security:\n  - name: a\n    type: basic_auth\n    username: u\n    password: ${NOT_SET}\n")
        << QStringLiteral(
               ":5: security[0] \"a\": password refers to the environment variable NOT_SET, which is "
               "not set");
    QTest::newRow("no channels") << QByteArray("security: []\n")
                                 << QStringLiteral("there is no REST channel (channel_rest) to test");
    QTest::newRow("channel without a path")
        << QByteArray("channel_rest:\n  - name: a\n    service: s\n")
        << QStringLiteral("channel_rest[0] \"a\": \"url_path\" is missing");
}

void tst_EnmasseAccess::refused()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const AccessTestRead read = readText(dir, yaml);
    QVERIFY(!read.test);
    QVERIFY2(read.error.contains(message), qPrintable(read.error));
    QVERIFY2(read.error.startsWith(dir.filePath(QStringLiteral("file.yaml"))), qPrintable(read.error));
}

QTEST_GUILESS_MAIN(tst_EnmasseAccess)
#include "tst_enmasseaccess.moc"
