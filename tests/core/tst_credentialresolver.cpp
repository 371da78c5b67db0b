// One resolution of a matrix row's credential for the window and the CLI: saved and built-in
// profiles, password_env and the row's own keychain entry, and a clear error for each row that has
// none (never an empty password).
#include "fakesecretstore.h"
#include "profile/profilestore.h"
#include "rawhttpserver.h"
#include "rbac/credentialresolver.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace zd;
using zd::test::FakeSecretStore;

class tst_CredentialResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void everyKindOfRow();
    void builtInProfileWithoutKeychain();
    void rowsWithoutAPassword();
    void keychainUnavailable();
    void rowWithoutPasswordIsNeverSent();
    void goneResolverIsNotCalledBack();
    void rowsOfEveryCredentialKind();
    void matrixFileKeepsTheKinds();

private:
    QList<CredentialResolution> resolve(const QList<MatrixCredential> &rows, SecretStore &secrets);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    QProcessEnvironment m_env;
};

void tst_CredentialResolver::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.json")));
    Profile saved;
    saved.id = QStringLiteral("saved-id");
    saved.name = QStringLiteral("Staging");
    saved.address = QStringLiteral("http://staging.test");
    saved.user = QStringLiteral("staging-user");
    QCOMPARE(m_profiles->save(saved), QString());
    Profile partner;
    partner.id = QStringLiteral("partner-id");
    partner.name = QStringLiteral("Partner");
    partner.address = QStringLiteral("http://partner.test");
    partner.auth = AuthKind::ApiKey;
    partner.apiKeyHeader = "X-Partner-Key";
    QCOMPARE(m_profiles->save(partner), QString());
    m_env = QProcessEnvironment();
    m_env.insert(QStringLiteral("ZD_ROW_PASSWORD"), QStringLiteral("from-env"));
    m_env.insert(QStringLiteral("ZD_ROW_KEY"), QStringLiteral("key-from-env"));
}

QList<CredentialResolution> tst_CredentialResolver::resolve(const QList<MatrixCredential> &rows,
                                                            SecretStore &secrets)
{
    MatrixDefinition matrix;
    matrix.credentials = rows;
    CredentialResolver resolver;
    QSignalSpy finished(&resolver, &CredentialResolver::finished);
    if (!resolver.start(matrix, *m_profiles, secrets, m_env))
        return {};
    if (!finished.isEmpty()) // never from inside start()
        return {};
    if (!finished.wait(5000))
        return {};
    return finished.constFirst().constFirst().value<QList<CredentialResolution>>();
}

void tst_CredentialResolver::everyKindOfRow()
{
    FakeSecretStore keychain(-1);
    keychain.secrets.insert(profilePasswordKey(QStringLiteral("saved-id")), QStringLiteral("staging-pass"));
    keychain.secrets.insert(matrixPasswordKey(QStringLiteral("ops")), QStringLiteral("ops-pass"));
    keychain.secrets.insert(profilePasswordKey(QStringLiteral("builtin-flask")), QStringLiteral("changed"));
    const QList<CredentialResolution> rows = resolve(
        {{QStringLiteral("django"), QString(), QStringLiteral("Django sample"), QString()},
         {QStringLiteral("flask"), QString(), QStringLiteral("Flask sample"), QString()},
         {QStringLiteral("staging"), QStringLiteral("other-user"), QStringLiteral("Staging"), QString()},
         {QStringLiteral("env"), QStringLiteral("u"), QString(), QStringLiteral("ZD_ROW_PASSWORD")},
         {QStringLiteral("ops"), QStringLiteral("ops-user"), QString(), QString()}},
        keychain);
    QCOMPARE(rows.size(), 5);
    for (const CredentialResolution &row : rows)
        QVERIFY2(row.ok(), qPrintable(row.error));
    QCOMPARE(rows.at(0).credential.user, QStringLiteral("django")); // the built-in profile's user
    QCOMPARE(rows.at(0).credential.password, QStringLiteral("my-password"));
    QCOMPARE(rows.at(1).credential.password, QStringLiteral("changed")); // what the keychain holds wins
    QCOMPARE(rows.at(2).credential.user, QStringLiteral("other-user"));  // the row's user wins
    QCOMPARE(rows.at(2).credential.password, QStringLiteral("staging-pass"));
    QCOMPARE(rows.at(3).credential.password, QStringLiteral("from-env"));
    QCOMPARE(rows.at(4).credential.user, QStringLiteral("ops-user"));
    QCOMPARE(rows.at(4).credential.password, QStringLiteral("ops-pass"));
}

// As in the window: a built-in profile calls with the samples' published password when the keychain
// has none for it, or cannot be read.
void tst_CredentialResolver::builtInProfileWithoutKeychain()
{
    FakeSecretStore keychain(10);
    keychain.failWrites = true;
    MemorySecretStore empty;
    for (SecretStore *secrets : std::initializer_list<SecretStore *>{&keychain, &empty}) {
        const QList<CredentialResolution> rows =
            resolve({{QStringLiteral("d"), QString(), QStringLiteral("Django sample"), QString()}}, *secrets);
        QCOMPARE(rows.size(), 1);
        QVERIFY2(rows.at(0).ok(), qPrintable(rows.at(0).error));
        QCOMPARE(rows.at(0).credential.password, QStringLiteral("my-password"));
    }
}

void tst_CredentialResolver::rowsWithoutAPassword()
{
    MemorySecretStore secrets;
    const QList<CredentialResolution> rows = resolve(
        {{QStringLiteral("ghost"), QString(), QStringLiteral("No such profile"), QString()},
         {QStringLiteral("unset"), QStringLiteral("u"), QString(), QStringLiteral("ZD_UNSET_VARIABLE")},
         {QStringLiteral("nothing saved"), QStringLiteral("u"), QString(), QString()},
         {QStringLiteral("staging"), QString(), QStringLiteral("Staging"), QString()}},
        secrets);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0).error,
             QStringLiteral("Row \"ghost\" names the profile \"No such profile\", which does not exist."));
    QCOMPARE(rows.at(1).error,
             QStringLiteral("Row \"unset\": the environment variable ZD_UNSET_VARIABLE is not set."));
    QVERIFY2(rows.at(2).error.startsWith(u"Row \"nothing saved\" has no password"),
             qPrintable(rows.at(2).error));
    QVERIFY2(rows.at(3).error.contains(u"no password is saved for the profile \"Staging\""),
             qPrintable(rows.at(3).error));
    for (const CredentialResolution &row : rows)
        QVERIFY(row.credential.password.isEmpty());
    QCOMPARE(CredentialResolver::errors(rows).count(u'\n'), 3);
}

// A secret that cannot be read is reported as such, not sent as an empty password.
void tst_CredentialResolver::keychainUnavailable()
{
    class Unavailable : public SecretStore
    {
    protected:
        void startRead(const QString &, ReadDone answer) override
        {
            answer(Status::Unavailable, QString(), QStringLiteral("the keychain is locked"));
        }
        void startWrite(const QString &, const QString &, WriteDone answer) override
        {
            answer(Status::Unavailable, QString());
        }
        void startRemove(const QString &, WriteDone answer) override
        {
            answer(Status::Unavailable, QString());
        }
    } secrets;
    const QList<CredentialResolution> rows =
        resolve({{QStringLiteral("ops"), QStringLiteral("u"), QString(), QString()},
                 {QStringLiteral("staging"), QString(), QStringLiteral("Staging"), QString()}},
                secrets);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).error,
             QStringLiteral("Row \"ops\": its password cannot be read, the keychain is locked."));
    QVERIFY2(rows.at(1).error.contains(u"cannot be read, the keychain is locked"),
             qPrintable(rows.at(1).error));
}

// The resolution goes to the runner as the window and the CLI hand it over: a row whose keychain
// entry cannot be read is not called with an empty password; its cells say why, the others run.
void tst_CredentialResolver::rowWithoutPasswordIsNeverSent()
{
    class LockedFor : public FakeSecretStore
    {
    public:
        QString lockedKey;

    protected:
        void startRead(const QString &key, ReadDone answer) override
        {
            if (key == lockedKey)
                answer(Status::Unavailable, QString(), QStringLiteral("the keychain is locked"));
            else
                FakeSecretStore::startRead(key, std::move(answer));
        }
    } keychain;
    keychain.secrets.insert(matrixPasswordKey(QStringLiteral("ops")), QStringLiteral("ops-pass"));
    keychain.lockedKey = matrixPasswordKey(QStringLiteral("locked"));

    test::RawHttpServer server;
    server.listen();
    server.setHandler([](const test::RawHttpServer::Request &) {
        return test::RawHttpServer::reply(200, R"({"name":"Victoria Murray"})");
    });
    MatrixDefinition matrix;
    matrix.address = server.address();
    matrix.credentials = {{QStringLiteral("ops"), QStringLiteral("ops-user"), QString(), QString()},
                          {QStringLiteral("locked"), QStringLiteral("locked-user"), QString(), QString()}};
    matrix.channels = {{QStringLiteral("a"), QStringLiteral("/a"), ClientKind::Json, QString()},
                       {QStringLiteral("b"), QStringLiteral("/b"), ClientKind::Json, QString()}};
    matrix.setExpected(1, 0, QStringLiteral("allowed"));
    const QList<CredentialResolution> rows = resolve(matrix.credentials, keychain);
    QCOMPARE(rows.size(), 2);
    QVERIFY(rows.at(0).ok());
    QVERIFY(!rows.at(1).ok());

    QList<ResolvedCredential> credentials;
    for (const CredentialResolution &row : rows)
        credentials << row.credential;
    MatrixRunner runner;
    QList<MatrixCell> cells;
    connect(&runner, &MatrixRunner::cellFinished, this, [&cells](const MatrixCell &cell) { cells << cell; });
    QSignalSpy finished(&runner, &MatrixRunner::finished);
    QVERIFY(runner.start(matrix, credentials, MatrixRunner::allCells(matrix), 2));
    QVERIFY(finished.wait(10000));

    QCOMPARE(server.requests().size(), 2);
    for (const test::RawHttpServer::Request &request : server.requests())
        QCOMPARE(request.header("Authorization"), "Basic " + QByteArray("ops-user:ops-pass").toBase64());
    QCOMPARE(cells.size(), 4);
    for (const MatrixCell &cell : std::as_const(cells)) {
        if (cell.row == 0)
            continue;
        QCOMPARE(cell.actual, QStringLiteral("invalid"));
        QCOMPARE(cell.status, 0);
        QCOMPARE(cell.explanation,
                 QStringLiteral("Row \"locked\": its password cannot be read, the keychain is locked."));
        if (cell.column == 0)
            QVERIFY(!cell.matches()); // expected "allowed": reported as a difference, not passed over
    }
}

void tst_CredentialResolver::goneResolverIsNotCalledBack()
{
    FakeSecretStore keychain(50);
    MatrixDefinition matrix;
    matrix.credentials = {{QStringLiteral("ops"), QStringLiteral("u"), QString(), QString()}};
    auto resolver = std::make_unique<CredentialResolver>();
    bool finished = false;
    connect(resolver.get(), &CredentialResolver::finished, this, [&finished] { finished = true; });
    QVERIFY(resolver->start(matrix, *m_profiles, keychain, m_env));
    QVERIFY(resolver->isRunning());
    QVERIFY(!resolver->start(matrix, *m_profiles, keychain, m_env)); // one at a time
    resolver.reset();
    QTRY_COMPARE(keychain.answered, 1);
    QTest::qWait(20);
    QVERIFY(!finished);
}

// Rows of any kind: an API key from a variable, from a profile (its kind and header too) or from the
// row's own keychain entry, a bearer token, no credential at all; and today's Basic rows alongside.
// The runner sends each with its own header and nothing else.
void tst_CredentialResolver::rowsOfEveryCredentialKind()
{
    FakeSecretStore keychain(-1);
    keychain.secrets.insert(profileApiKeyKey(QStringLiteral("partner-id")), QStringLiteral("partner-key"));
    keychain.secrets.insert(matrixTokenKey(QStringLiteral("bearer")), QStringLiteral("demo-token"));
    keychain.secrets.insert(matrixPasswordKey(QStringLiteral("ops")), QStringLiteral("ops-pass"));
    QList<MatrixCredential> rows = {
        {QStringLiteral("key-env"), QString(), QString(), QString(), AuthKind::ApiKey, QByteArray(),
         QStringLiteral("ZD_ROW_KEY")},
        {QStringLiteral("partner"), QString(), QStringLiteral("Partner"), QString()},
        {QStringLiteral("bearer"), QString(), QString(), QString(), AuthKind::Bearer},
        {QStringLiteral("anonymous"), QString(), QString(), QString(), AuthKind::None},
        {QStringLiteral("ops"), QStringLiteral("ops-user"), QString(), QString()},
        {QStringLiteral("no-key"), QString(), QString(), QString(), AuthKind::ApiKey},
    };
    const QList<CredentialResolution> resolved = resolve(rows, keychain);
    QCOMPARE(resolved.size(), 6);
    for (int i = 0; i < 5; ++i)
        QVERIFY2(resolved.at(i).ok(), qPrintable(resolved.at(i).error));
    QCOMPARE(resolved.at(0).credential.auth,
             (AuthSettings{AuthKind::ApiKey, "X-API-Key", QStringLiteral("key-from-env"), {}, {}}));
    QCOMPARE(resolved.at(1).credential.auth,
             (AuthSettings{AuthKind::ApiKey, "X-Partner-Key", QStringLiteral("partner-key"), {}, {}}));
    QCOMPARE(resolved.at(2).credential.auth.kind, AuthKind::Bearer);
    QCOMPARE(resolved.at(2).credential.auth.secret, QStringLiteral("demo-token"));
    QCOMPARE(resolved.at(3).credential.auth.kind, AuthKind::None);
    QCOMPARE(resolved.at(4).credential.auth.kind, AuthKind::Basic);
    QCOMPARE(resolved.at(4).credential.password, QStringLiteral("ops-pass"));
    QVERIFY(!resolved.at(5).ok());
    QVERIFY2(resolved.at(5).error.contains(u"has no API key"), qPrintable(resolved.at(5).error));

    test::RawHttpServer server;
    server.listen();
    server.setHandler([](const test::RawHttpServer::Request &) {
        return test::RawHttpServer::reply(200, R"({"name":"Victoria Murray"})");
    });
    MatrixDefinition matrix;
    matrix.address = server.address();
    matrix.credentials = rows.mid(0, 5);
    matrix.channels = {{QStringLiteral("a"), QStringLiteral("/a"), ClientKind::Json, QString()}};
    QList<ResolvedCredential> credentials;
    for (int i = 0; i < 5; ++i)
        credentials << resolved.at(i).credential;
    MatrixRunner runner;
    QSignalSpy finished(&runner, &MatrixRunner::finished);
    QVERIFY(runner.start(matrix, credentials, MatrixRunner::allCells(matrix), 1)); // in row order
    QVERIFY(finished.wait(10000));
    const QList<test::RawHttpServer::Request> &requests = server.requests();
    QCOMPARE(requests.size(), 5);
    const auto credentialHeaders = [](const test::RawHttpServer::Request &request) {
        QList<QByteArray> found;
        for (const auto &[name, value] : request.headers) {
            if (name != "Content-Type" && name != "User-Agent" && name != "Host" &&
                name != "Content-Length" && name != "Connection" && name != "Accept-Encoding" &&
                name != "Accept-Language")
                found << name + ": " + value;
        }
        return found;
    };
    QCOMPARE(credentialHeaders(requests.at(0)), QList<QByteArray>{"X-API-Key: key-from-env"});
    QCOMPARE(credentialHeaders(requests.at(1)), QList<QByteArray>{"X-Partner-Key: partner-key"});
    QCOMPARE(credentialHeaders(requests.at(2)), QList<QByteArray>{"Authorization: Bearer demo-token"});
    QCOMPARE(credentialHeaders(requests.at(3)), QList<QByteArray>{});
    QCOMPARE(credentialHeaders(requests.at(4)),
             QList<QByteArray>{"Authorization: Basic " + QByteArray("ops-user:ops-pass").toBase64()});
}

void tst_CredentialResolver::matrixFileKeepsTheKinds()
{
    const MatrixRead read = readMatrix(R"({"address": "http://127.0.0.1:17010",
        "credentials": [{"name": "key", "auth": "apikey", "api_key_header": "X-Partner-Key", "api_key_env": "K"},
                        {"name": "token", "auth": "bearer", "token_env": "T"},
                        {"name": "anonymous", "auth": "none"},
                        {"name": "django", "user": "django", "password_env": "P"}],
        "channels": [{"name": "c", "path": "/c"}],
        "expect": {"key": {"c": "429"}, "anonymous": {"c": "400"}}})");
    QVERIFY2(read.definition, qPrintable(read.error));
    const QList<MatrixCredential> &rows = read.definition->credentials;
    QCOMPARE(rows.at(0).kind(), AuthKind::ApiKey);
    QCOMPARE(rows.at(0).apiKeyHeader, QByteArray("X-Partner-Key"));
    QCOMPARE(rows.at(0).secretEnv, QStringLiteral("K"));
    QCOMPARE(rows.at(1).kind(), AuthKind::Bearer);
    QCOMPARE(rows.at(1).secretEnv, QStringLiteral("T"));
    QCOMPARE(rows.at(2).kind(), AuthKind::None);
    QCOMPARE(rows.at(3).kind(), AuthKind::Basic); // today's rows: no "auth" is HTTP Basic
    QVERIFY(!rows.at(3).auth);
    const QByteArray written = writeMatrix(*read.definition);
    QVERIFY2(written.contains(R"("auth": "apikey")") && written.contains(R"("token_env": "T")") &&
                 written.contains(R"("api_key_env": "K")") && !written.contains(R"("auth": "basic")"),
             written.constData());
    QVERIFY(readMatrix(written).definition->credentials.at(0).secretEnv == QStringLiteral("K"));
    const MatrixRead bad =
        readMatrix(R"({"address": "http://x", "credentials": [{"name": "k", "auth": "jwt"}],
        "channels": [{"name": "c", "path": "/c"}]})");
    QVERIFY2(bad.error.contains(u"unknown \"auth\" \"jwt\""), qPrintable(bad.error));
}

QTEST_GUILESS_MAIN(tst_CredentialResolver)
#include "tst_credentialresolver.moc"
