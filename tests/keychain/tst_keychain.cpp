// The real OS keychain through QtKeychain: run under a private D-Bus session with gnome-keyring
// (tests/support/with-keyring.sh), and once with no Secret Service at all to show the fallback.
#include "keychainsecretstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace zd;

namespace {

struct ReadOutcome
{
    SecretStore::Status status = SecretStore::Status::Unavailable;
    QString secret;
    QString error;
};

ReadOutcome readNow(SecretStore &store, const QString &key)
{
    ReadOutcome outcome;
    bool done = false;
    store.read(key, &store, [&](SecretStore::Status status, const QString &secret, const QString &error) {
        outcome = {status, secret, error};
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 20000))
        outcome.error = QStringLiteral("no answer");
    return outcome;
}

SecretStore::Status writeNow(SecretStore &store, const QString &key, const QString &secret,
                             QString *error = nullptr)
{
    SecretStore::Status result = SecretStore::Status::Unavailable;
    bool done = false;
    store.write(key, secret, &store, [&](SecretStore::Status status, const QString &message) {
        result = status;
        if (error)
            *error = message;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 20000) && error)
        *error = QStringLiteral("no answer");
    return result;
}

SecretStore::Status removeNow(SecretStore &store, const QString &key)
{
    SecretStore::Status result = SecretStore::Status::Unavailable;
    bool done = false;
    store.remove(key, &store, [&](SecretStore::Status status, const QString &) {
        result = status;
        done = true;
    });
    (void)QTest::qWaitFor([&done] { return done; }, 20000);
    return result;
}

bool mapsContain(const char *library)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains(library);
}

} // namespace

class tst_Keychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void moduleLoadedOnFirstUse();
    void realKeychainRoundTrip();
    void realKeychainSessionStoreUsesIt();
    void noSecretServiceFallsBack();
    void missingModuleIsUnavailable();
};

// QtKeychain (and libsecret, GLib's D-Bus) is mapped into the process only by the first keychain call.
void tst_Keychain::moduleLoadedOnFirstUse()
{
    QVERIFY(!mapsContain("libqt6keychain"));
    KeychainSecretStore keychain(QStringLiteral("zato-desk-test"));
    QVERIFY(!mapsContain("libqt6keychain"));
    (void)readNow(keychain, QStringLiteral("absent"));
    QVERIFY(mapsContain("libzd_keychain_backend"));
    QVERIFY(mapsContain("libqt6keychain"));
}

void tst_Keychain::realKeychainRoundTrip()
{
    KeychainSecretStore keychain(QStringLiteral("zato-desk-test"));
    const QString key = profilePasswordKey(QStringLiteral("test-profile"));
    QString error;
    QCOMPARE(writeNow(keychain, key, QStringLiteral("s3cret-\u0141"), &error), SecretStore::Status::Ok);
    const ReadOutcome read = readNow(keychain, key);
    QVERIFY2(read.status == SecretStore::Status::Ok, qPrintable(read.error));
    QCOMPARE(read.secret, QStringLiteral("s3cret-\u0141"));
    QCOMPARE(removeNow(keychain, key), SecretStore::Status::Ok);
    QCOMPARE(readNow(keychain, key).status, SecretStore::Status::NotFound);
}

void tst_Keychain::realKeychainSessionStoreUsesIt()
{
    KeychainSecretStore keychain(QStringLiteral("zato-desk-test"));
    SessionSecretStore session(&keychain);
    QSignalSpy unavailable(&session, &SessionSecretStore::keychainUnavailable);
    QCOMPARE(writeNow(session, QStringLiteral("k"), QStringLiteral("v")), SecretStore::Status::Ok);
    // A second store on the same keychain reads it: it really went to the keychain.
    KeychainSecretStore other(QStringLiteral("zato-desk-test"));
    QCOMPARE(readNow(other, QStringLiteral("k")).secret, QStringLiteral("v"));
    QVERIFY(session.keychainAvailable());
    QCOMPARE(unavailable.size(), 0);
    QCOMPARE(removeNow(session, QStringLiteral("k")), SecretStore::Status::Ok);
}

// Run with DBUS_SESSION_BUS_ADDRESS=disabled: (see CMakeLists.txt).
void tst_Keychain::noSecretServiceFallsBack()
{
    KeychainSecretStore keychain(QStringLiteral("zato-desk-test"));
    QString error;
    QCOMPARE(writeNow(keychain, QStringLiteral("k"), QStringLiteral("v"), &error),
             SecretStore::Status::Unavailable);
    QVERIFY(!error.isEmpty());

    SessionSecretStore session(&keychain);
    QSignalSpy unavailable(&session, &SessionSecretStore::keychainUnavailable);
    QCOMPARE(writeNow(session, QStringLiteral("k"), QStringLiteral("in memory")), SecretStore::Status::Ok);
    QCOMPARE(readNow(session, QStringLiteral("k")).secret, QStringLiteral("in memory"));
    QCOMPARE(writeNow(session, QStringLiteral("k2"), QStringLiteral("two")), SecretStore::Status::Ok);
    QCOMPARE(unavailable.size(), 1); // said once, plainly
    QVERIFY(unavailable.constFirst().constFirst().toString().contains(u"memory for this session only"));
    // Said in plain words: what is missing, not D-Bus's "Unknown or unsupported transport".
    QVERIFY2(error.contains(u"no Secret Service"), qPrintable(error));
    QVERIFY2(!error.contains(u"transport"), qPrintable(error));
    QVERIFY(!session.keychainAvailable());
}

// Run with ZD_KEYCHAIN_MODULE pointing nowhere (see CMakeLists.txt): every call is "unavailable" with
// a message that names the module, and the session store falls back to memory as for a missing
// Secret Service.
void tst_Keychain::missingModuleIsUnavailable()
{
    KeychainSecretStore keychain(QStringLiteral("zato-desk-test"));
    // The answer comes through the event loop, not from inside read(): a caller's local event loop
    // started after read() (zato-invoke's) would otherwise wait forever.
    bool answered = false;
    keychain.read(QStringLiteral("k"), &keychain,
                  [&answered](SecretStore::Status, const QString &, const QString &) { answered = true; });
    QVERIFY(!answered);
    QTRY_VERIFY(answered);
    const ReadOutcome read = readNow(keychain, QStringLiteral("k"));
    QCOMPARE(read.status, SecretStore::Status::Unavailable);
    QVERIFY2(read.error.contains(u"keychain module cannot be loaded"), qPrintable(read.error));
    QString error;
    QCOMPARE(writeNow(keychain, QStringLiteral("k"), QStringLiteral("v"), &error),
             SecretStore::Status::Unavailable);
    QVERIFY(error.contains(u"reinstall"));
    SessionSecretStore session(&keychain);
    QCOMPARE(writeNow(session, QStringLiteral("k"), QStringLiteral("in memory")), SecretStore::Status::Ok);
    QCOMPARE(readNow(session, QStringLiteral("k")).secret, QStringLiteral("in memory"));
    QVERIFY(!session.keychainAvailable());
}

QTEST_GUILESS_MAIN(tst_Keychain)
#include "tst_keychain.moc"
