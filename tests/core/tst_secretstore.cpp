// The SecretStore contract, for every store: an answer comes through the event loop, never from
// inside the call that started the job, and never to a context object that is gone.
#include "fakesecretstore.h"
#include "profile/secretstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace zd;
using zd::test::FakeSecretStore;

class tst_SecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersThroughTheEventLoop_data();
    void answersThroughTheEventLoop();
    void goneContextIsNotCalledBack_data();
    void goneContextIsNotCalledBack();
    void sessionStoreWhoseCallerIsGone();
    void sessionStoreFallsBackOnAFailingKeychain();
};

namespace {

enum class Kind { Memory, FakeAtOnce, FakeSlow, SessionOverFake };

struct Stores
{
    std::unique_ptr<SecretStore> keychain;
    std::unique_ptr<SecretStore> store;
};

Stores make(Kind kind)
{
    Stores s;
    switch (kind) {
    case Kind::Memory:
        s.store = std::make_unique<MemorySecretStore>();
        break;
    case Kind::FakeAtOnce:
        s.store = std::make_unique<FakeSecretStore>(-1);
        break;
    case Kind::FakeSlow:
        s.store = std::make_unique<FakeSecretStore>(50);
        break;
    case Kind::SessionOverFake:
        s.keychain = std::make_unique<FakeSecretStore>(-1);
        s.store = std::make_unique<SessionSecretStore>(s.keychain.get());
        break;
    }
    return s;
}

void addKinds()
{
    QTest::addColumn<Kind>("kind");
    QTest::newRow("memory") << Kind::Memory;
    QTest::newRow("fake answering at once") << Kind::FakeAtOnce;
    QTest::newRow("slow fake") << Kind::FakeSlow;
    QTest::newRow("session over a fake") << Kind::SessionOverFake;
}

} // namespace

void tst_SecretStore::answersThroughTheEventLoop_data()
{
    addKinds();
}

void tst_SecretStore::answersThroughTheEventLoop()
{
    QFETCH(Kind, kind);
    const Stores stores = make(kind);
    SecretStore &store = *stores.store;
    QObject context;
    int writes = 0;
    store.write(QStringLiteral("k"), QStringLiteral("v"), &context,
                [&writes](SecretStore::Status status, const QString &) {
                    QCOMPARE(status, SecretStore::Status::Ok);
                    ++writes;
                });
    QCOMPARE(writes, 0); // not from inside write()
    QTRY_COMPARE(writes, 1);

    std::optional<QString> read;
    store.read(QStringLiteral("k"), &context,
               [&read](SecretStore::Status, const QString &secret, const QString &) { read = secret; });
    QVERIFY(!read);
    QTRY_COMPARE(read, std::optional<QString>(QStringLiteral("v")));

    int removes = 0;
    store.remove(QStringLiteral("k"), &context,
                 [&removes](SecretStore::Status, const QString &) { ++removes; });
    QCOMPARE(removes, 0);
    QTRY_COMPARE(removes, 1);
    QTest::qWait(100);
    QCOMPARE(writes, 1); // each answered once
    QCOMPARE(removes, 1);
}

void tst_SecretStore::goneContextIsNotCalledBack_data()
{
    addKinds();
}

void tst_SecretStore::goneContextIsNotCalledBack()
{
    QFETCH(Kind, kind);
    const Stores stores = make(kind);
    SecretStore &store = *stores.store;
    auto context = std::make_unique<QObject>();
    QObject witness; // a caller still there: its answer shows the jobs did answer
    bool gone = false;
    bool stayed = false;
    store.read(QStringLiteral("k"), context.get(),
               [&gone](SecretStore::Status, const QString &, const QString &) { gone = true; });
    store.write(QStringLiteral("k"), QStringLiteral("v"), context.get(),
                [&gone](SecretStore::Status, const QString &) { gone = true; });
    context.reset(); // the dialog that asked is closed
    store.read(QStringLiteral("other"), &witness,
               [&stayed](SecretStore::Status, const QString &, const QString &) { stayed = true; });
    QTRY_VERIFY(stayed);
    QTest::qWait(100);
    QVERIFY(!gone);
}

// The session store asks the keychain with itself as the context; its own caller going away
// before the keychain answers drops the answer there.
void tst_SecretStore::sessionStoreWhoseCallerIsGone()
{
    FakeSecretStore keychain(100);
    keychain.secrets.insert(QStringLiteral("k"), QStringLiteral("v"));
    SessionSecretStore session(&keychain);
    auto context = std::make_unique<QObject>();
    bool called = false;
    session.read(QStringLiteral("k"), context.get(),
                 [&called](SecretStore::Status, const QString &, const QString &) { called = true; });
    context.reset();
    QTRY_COMPARE(keychain.answered, 1);
    QTest::qWait(50);
    QVERIFY(!called);
}

void tst_SecretStore::sessionStoreFallsBackOnAFailingKeychain()
{
    FakeSecretStore keychain(-1);
    keychain.failWrites = true;
    SessionSecretStore session(&keychain);
    QSignalSpy unavailable(&session, &SessionSecretStore::keychainUnavailable);
    QObject context;
    std::optional<SecretStore::Status> written;
    session.write(QStringLiteral("k"), QStringLiteral("v"), &context,
                  [&written](SecretStore::Status status, const QString &) { written = status; });
    QVERIFY(!written);
    QTRY_COMPARE(written, std::optional(SecretStore::Status::Ok)); // kept in memory for the session
    QCOMPARE(unavailable.size(), 1);
    QVERIFY(!session.keychainAvailable());
}

QTEST_GUILESS_MAIN(tst_SecretStore)
#include "tst_secretstore.moc"
