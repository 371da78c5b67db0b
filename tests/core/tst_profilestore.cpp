// The profile file: round trip without secrets, a broken file moved aside, a newer or unknown schema
// refused, a file that cannot be read (or a link that leads nowhere) never replaced, a read-only
// folder told as such, a failed write leaving the previous file intact, two stores not losing each
// other's changes.
#include "profile/profileform.h"
#include "profile/profilejson.h"
#include "profile/profilestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <cstring>
#include <linux/capability.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace zd;

namespace {

Profile sample(const QString &name)
{
    Profile p = Profile::builtIns().at(2);
    p.id = Profile::newId();
    p.name = name;
    p.tls.caFile = QStringLiteral("/etc/ssl/extra-ca.pem");
    p.tls.verify = false;
    p.tls.clientCertificateFile = QStringLiteral("/home/dev/client.p12");
    p.tls.frontEndHeaders = true;
    p.proxy.mode = ProxySettings::Mode::Manual;
    p.proxy.host = QStringLiteral("proxy.example");
    p.proxy.port = 3128;
    p.proxy.user = QStringLiteral("proxyuser");
    p.client = ClientKind::Json;
    p.timeoutSeconds = 5;
    return p;
}

QByteArray contents(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void put(const QString &fileName, const QByteArray &bytes)
{
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// While it lives, this thread has no capability to read or write past file permissions, so chmod
// holds for root too (tests run as root in CI containers). Without root, permissions hold anyway.
class WithoutPermissionOverride
{
public:
    WithoutPermissionOverride()
    {
        if (geteuid() != 0)
            return;
        __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
        if (syscall(SYS_capget, &header, m_saved) != 0)
            return;
        __user_cap_data_struct reduced[2];
        std::memcpy(reduced, m_saved, sizeof reduced);
        for (const int capability : {CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH})
            reduced[CAP_TO_INDEX(capability)].effective &= ~CAP_TO_MASK(capability);
        m_dropped = syscall(SYS_capset, &header, reduced) == 0;
    }
    ~WithoutPermissionOverride()
    {
        __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
        if (m_dropped)
            syscall(SYS_capset, &header, m_saved);
    }
    WithoutPermissionOverride(const WithoutPermissionOverride &) = delete;
    WithoutPermissionOverride &operator=(const WithoutPermissionOverride &) = delete;

private:
    __user_cap_data_struct m_saved[2] = {};
    bool m_dropped = false;
};

// What stands at a path, to see that nothing was replaced: a file's bytes, a link's target, a type.
QString state(const QString &path)
{
    struct stat info = {};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return QStringLiteral("missing");
    if (S_ISLNK(info.st_mode)) {
        char target[4096] = {};
        const ssize_t size = ::readlink(QFile::encodeName(path).constData(), target, sizeof target - 1);
        return u"link to " + QString::fromLocal8Bit(target, size < 0 ? 0 : qsizetype(size));
    }
    if (!S_ISREG(info.st_mode))
        return u"type " + QString::number(info.st_mode & S_IFMT);
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().toHex())
                                          : QStringLiteral("unreadable");
}

} // namespace

class tst_ProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void roundTripWithoutSecrets();
    void missingFileIsEmpty();
    void loadingWritesNothing();
    void apiUserRoundTrip();
    void fileWithoutApiUserLoads();
    void authKindRoundTripAndOldFilesAreBasic();
    void formChoosesTheClientsCredential();
    void brokenFile_data();
    void brokenFile();
    void newerSchemaIsRefusedAndKept();
    void schemaIsReadExactly_data();
    void schemaIsReadExactly();
    void unusableFileIsNeverReplaced_data();
    void unusableFileIsNeverReplaced();
    void readOnlyFolderIsToldAsSuch();
    void failedWriteKeepsThePreviousFile();
    void twoStoresKeepEachOthersChanges();
    void namesAreUnique();
    void removeAndRename();
    void exportAndImport();
    void builtIns();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

void tst_ProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_file = m_dir->filePath(QStringLiteral("zato-desk/profiles.json"));
}

void tst_ProfileStore::roundTripWithoutSecrets()
{
    ProfileStore store(m_file);
    QVERIFY(store.load().isEmpty());
    Profile p = sample(QStringLiteral("Production"));
    p.proxy.password = QStringLiteral("proxy-secret-123");
    QCOMPARE(store.save(p), QString());
    QVERIFY(!contents(m_file).contains("proxy-secret-123"));
    QVERIFY(contents(m_file).startsWith("{\n    \"schema\": 3,"));

    ProfileStore again(m_file);
    QVERIFY(again.load().isEmpty());
    QCOMPARE(again.profiles().size(), 1);
    Profile expected = p;
    expected.proxy.password.clear();
    QVERIFY(again.profiles().constFirst() == expected);
}

// Loading at the window's start reads the file and nothing else: no lock file is made (nor flushed
// to disk), no folder is made, the file is not written again.
void tst_ProfileStore::loadingWritesNothing()
{
    const QString missing = m_dir->filePath(QStringLiteral("not-yet/profiles.json"));
    ProfileStore none(missing);
    QVERIFY(none.load().isEmpty());
    QVERIFY(!QFileInfo::exists(QFileInfo(missing).absolutePath()));

    ProfileStore store(m_file);
    QCOMPARE(store.save(sample(QStringLiteral("Production"))), QString());
    const QDateTime written = QFileInfo(m_file).lastModified();
    QFileSystemWatcher watcher({QFileInfo(m_file).absolutePath(), m_file});
    QSignalSpy folderChanged(&watcher, &QFileSystemWatcher::directoryChanged);
    QSignalSpy fileChanged(&watcher, &QFileSystemWatcher::fileChanged);
    ProfileStore again(m_file);
    QVERIFY(again.load().isEmpty());
    QCOMPARE(again.profiles().size(), 1);
    QTest::qWait(300); // what the folder's watch saw, delivered
    QCOMPARE(folderChanged.size(), 0);
    QCOMPARE(fileChanged.size(), 0);
    QCOMPARE(QFileInfo(m_file).lastModified(), written);
    QCOMPARE(QDir(QFileInfo(m_file).absolutePath()).entryList(QDir::Files), QStringList{u"profiles.json"_qs});
}

void tst_ProfileStore::apiUserRoundTrip()
{
    Profile p = sample(QStringLiteral("API"));
    p.apiUser = QStringLiteral("pubapi");
    const QByteArray written = writeProfiles({p});
    QVERIFY(written.contains("\"api_user\": \"pubapi\""));
    QVERIFY(!written.contains("password")); // the user name only: its password is in the keychain
    const ProfilesRead read = readProfiles(written);
    QVERIFY(read.error.isEmpty());
    QCOMPARE(read.profiles.size(), 1);
    QCOMPARE(read.profiles.constFirst().apiUser, QStringLiteral("pubapi"));
    QVERIFY(read.profiles.constFirst() == p);
    // The built-in profiles call the demo's API channel with its own user: pubapi on 3.2, admin.invoke
    // on 4.1.
    for (const Profile &builtIn : Profile::builtIns()) {
        QCOMPARE(builtIn.apiUser,
                 builtIn.id == u"builtin-demo41" ? QStringLiteral("admin.invoke") : QStringLiteral("pubapi"));
        QCOMPARE(Profile::builtInApiPassword(builtIn.id), QStringLiteral("my-password"));
    }
}

// A file written before profiles had an API user: it loads, and the API uses the main user.
void tst_ProfileStore::fileWithoutApiUserLoads()
{
    QVERIFY(QDir().mkpath(QFileInfo(m_file).absolutePath()));
    put(m_file, QByteArray(R"({"schema": 1, "profiles": [{"id": "a1", "name": "Old", "address": )"
                           R"("http://localhost:17010", "user": "django", "client": "api"}]})"));
    ProfileStore store(m_file);
    QCOMPARE(store.load(), QString());
    QCOMPARE(store.profiles().size(), 1);
    const Profile old = store.profiles().constFirst();
    QCOMPARE(old.user, QStringLiteral("django"));
    QCOMPARE(old.apiUser, QString());
    const LookupForm form = formFromProfile(old, QStringLiteral("pw"), LookupForm());
    QCOMPARE(form.credential(ClientKind::Api), std::pair(QStringLiteral("django"), QStringLiteral("pw")));
}

// Schema 2 keeps how the channels authenticate and the API-key header, never the key or the token;
// a file of schema 1 (before there were kinds) is read as HTTP Basic with Zato's default header.
void tst_ProfileStore::authKindRoundTripAndOldFilesAreBasic()
{
    ProfileStore store(m_file);
    QVERIFY(store.load().isEmpty());
    Profile p = sample(QStringLiteral("Partner"));
    p.auth = AuthKind::ApiKey;
    p.apiKeyHeader = "X-Partner-Key";
    QCOMPARE(store.save(p), QString());
    const QByteArray file = contents(m_file);
    QVERIFY2(file.contains(R"("auth": "apikey")"), file.constData());
    QVERIFY2(file.contains(R"("api_key_header": "X-Partner-Key")"), file.constData());
    ProfileStore again(m_file);
    QVERIFY(again.load().isEmpty());
    QCOMPARE(again.profiles().constFirst().auth, AuthKind::ApiKey);
    QCOMPARE(again.profiles().constFirst().apiKeyHeader, QByteArray("X-Partner-Key"));

    // The form carries the kind and header; the key comes from the keychain, never from the profile.
    LookupForm form = formFromProfile(again.profiles().constFirst(), QString(), LookupForm());
    QCOMPARE(form.authKind, AuthKind::ApiKey);
    form.apiKey = QStringLiteral("k-1");
    QVERIFY(profileFromForm(form, p) == p);

    put(m_file, QByteArray(R"({"schema": 1, "profiles": [{"id": "a1", "name": "Old", "address": )"
                           R"("http://localhost:17010", "user": "django"}]})"));
    ProfileStore old(m_file);
    QCOMPARE(old.load(), QString());
    QCOMPARE(old.profiles().constFirst().auth, AuthKind::Basic);
    QCOMPARE(old.profiles().constFirst().apiKeyHeader, QByteArray("X-API-Key"));
}

void tst_ProfileStore::formChoosesTheClientsCredential()
{
    Profile p = Profile::builtIns().constFirst();
    LookupForm form = formFromProfile(p, QStringLiteral("main-pw"), LookupForm());
    form.apiPassword = QStringLiteral("api-pw");
    form.customerId = QStringLiteral("1");
    QCOMPARE(form.apiUser, QStringLiteral("pubapi"));
    for (const ClientKind kind : {ClientKind::AnyService, ClientKind::Json, ClientKind::Api}) {
        form.client = kind;
        const CallSpec spec = form.toCallSpec();
        const bool api = kind == ClientKind::Api;
        QCOMPARE(spec.user, api ? QStringLiteral("pubapi") : QStringLiteral("django"));
        QCOMPARE(spec.password, api ? QStringLiteral("api-pw") : QStringLiteral("main-pw"));
    }
    // The fields back to a profile: the API user kept, never a password.
    const Profile back = profileFromForm(form, p);
    QCOMPARE(back.apiUser, QStringLiteral("pubapi"));
    QVERIFY(!writeProfiles({back}).contains("api-pw"));
}

void tst_ProfileStore::missingFileIsEmpty()
{
    ProfileStore store(m_file);
    QCOMPARE(store.load(), QString());
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(!QFile::exists(m_file));
}

void tst_ProfileStore::brokenFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("truncated") << QByteArray(
        "{\n    \"schema\": 1,\n    \"profiles\": [{\"name\": \"A\", \"addr");
    QTest::newRow("garbage") << QByteArray("\x00\x01garbage\xff", 11);
    QTest::newRow("not a profile file") << QByteArray(R"({"hello": "world"})");
    QTest::newRow("profile without a name") << QByteArray(R"({"schema": 1, "profiles": [{"address": "x"}]})");
}

void tst_ProfileStore::brokenFile()
{
    QFETCH(QByteArray, bytes);
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    put(m_file, bytes);
    ProfileStore store(m_file);
    const QString message = store.load();
    QVERIFY2(message.contains(u"kept as"), qPrintable(message));
    QVERIFY(store.profiles().isEmpty());
    const QStringList aside =
        QDir(QFileInfo(m_file).absolutePath()).entryList({QStringLiteral("profiles.json.broken-*")});
    QCOMPARE(aside.size(), 1);
    QCOMPARE(contents(QFileInfo(m_file).absolutePath() + u'/' + aside.constFirst()), bytes);
    // The store works on: a new profile is saved to a fresh file.
    QCOMPARE(store.save(sample(QStringLiteral("New"))), QString());
    QCOMPARE(ProfileStore(m_file).load(), QString());
}

void tst_ProfileStore::newerSchemaIsRefusedAndKept()
{
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    const QByteArray future = R"({"schema": 4, "profiles": [{"name": "From the future", "wormholes": 3}]})";
    put(m_file, future);
    ProfileStore store(m_file);
    const QString message = store.load();
    QVERIFY2(message.contains(u"newer Zato Desk (schema 4"), qPrintable(message));
    QVERIFY(store.isReadOnly());
    QVERIFY(!store.save(sample(QStringLiteral("X"))).isEmpty());
    QCOMPARE(contents(m_file), future);
}

void tst_ProfileStore::schemaIsReadExactly_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<bool>("known");
    QTest::newRow("1") << QByteArray("1") << true;
    QTest::newRow("2^32 + 1, not 1") << QByteArray("4294967297") << false;
    QTest::newRow("1e400, not 0") << QByteArray("1e400") << false;
    QTest::newRow("1.0") << QByteArray("1.0") << false;
    QTest::newRow("0") << QByteArray("0") << false;
    QTest::newRow("-1") << QByteArray("-1") << false;
}

// A schema that is not a version number is a file from an unknown version: refused, never rewritten.
void tst_ProfileStore::schemaIsReadExactly()
{
    QFETCH(QByteArray, schema);
    QFETCH(bool, known);
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    const QByteArray bytes = "{\"schema\": " + schema + ", \"profiles\": [{\"name\": \"Kept\"}]}";
    put(m_file, bytes);
    ProfileStore store(m_file);
    const QString message = store.load();
    if (known) {
        QCOMPARE(message, QString());
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(store.save(sample(QStringLiteral("Second"))), QString());
        return;
    }
    QVERIFY2(message.contains(u"unknown version of Zato Desk (schema " + QString::fromLatin1(schema) + u')'),
             qPrintable(message));
    QVERIFY(store.isReadOnly());
    QVERIFY(!store.save(sample(QStringLiteral("Second"))).isEmpty());
    QCOMPARE(contents(m_file), bytes);
    QVERIFY(!store.importFrom(m_file).isEmpty());
}

void tst_ProfileStore::unusableFileIsNeverReplaced_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no read permission")
        << QStringLiteral("unreadable") << QStringLiteral("Permission denied");
    QTest::newRow("a directory") << QStringLiteral("directory") << QStringLiteral("it is a directory");
    QTest::newRow("a FIFO") << QStringLiteral("fifo") << QStringLiteral("it is a FIFO");
    QTest::newRow("a link to /dev/zero") << QStringLiteral("device") << QStringLiteral("it is a device");
    QTest::newRow("larger than the limit") << QStringLiteral("large") << QStringLiteral("larger than 16 MB");
    QTest::newRow("a dangling link") << QStringLiteral("dangling") << QStringLiteral("No such file");
    QTest::newRow("a link loop") << QStringLiteral("loop") << QStringLiteral("Too many levels");
}

// Each kind of file that cannot be read is left exactly as it is: the message names the file and the
// reason, and nothing is saved (nor written through a link to somewhere else).
void tst_ProfileStore::unusableFileIsNeverReplaced()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    const QString folder = QFileInfo(m_file).absolutePath();
    QDir().mkpath(folder);
    const QByteArray path = QFile::encodeName(m_file);
    const QString elsewhere = m_dir->filePath(QStringLiteral("elsewhere.json"));
    if (kind == u"unreadable") {
        put(m_file, R"({"schema": 1, "profiles": [{"name": "Only in this file"}]})");
        QVERIFY(QFile::setPermissions(m_file, QFileDevice::WriteOwner));
    } else if (kind == u"directory") {
        QVERIFY(QDir().mkdir(m_file));
    } else if (kind == u"fifo") {
        QCOMPARE(mkfifo(path.constData(), 0600), 0);
    } else if (kind == u"device") {
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), m_file));
    } else if (kind == u"large") {
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(ProfileStore::MaxProfileFileBytes + 1));
    } else if (kind == u"dangling") {
        QVERIFY(QFile::link(elsewhere, m_file));
    } else if (kind == u"loop") {
        QCOMPARE(symlink(path.constData(), path.constData()), 0);
    }
    const QString before = state(m_file);
    const QStringList folderBefore = QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

    ProfileStore store(m_file);
    QString message;
    QString error;
    QString removeError;
    {
        const WithoutPermissionOverride limited;
        if (kind == u"unreadable" && QFile(m_file).open(QIODevice::ReadOnly))
            QSKIP("This user reads files whatever their permissions, and cannot be kept from it.");
        message = store.load();
        error = store.save(sample(QStringLiteral("New")));
        removeError = store.remove(QStringLiteral("any-id"));
    }
    QVERIFY2(message.contains(m_file) && message.contains(reason), qPrintable(message));
    QVERIFY(store.isReadOnly());
    QVERIFY(store.profiles().isEmpty());
    QVERIFY2(error.contains(m_file) && error.contains(reason), qPrintable(error));
    QVERIFY(!removeError.isEmpty());

    QCOMPARE(state(m_file), before);
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), folderBefore);
    QVERIFY(!QFileInfo::exists(elsewhere));
}

void tst_ProfileStore::readOnlyFolderIsToldAsSuch()
{
    ProfileStore store(m_file);
    store.load();
    QCOMPARE(store.save(sample(QStringLiteral("First"))), QString());
    const QByteArray before = contents(m_file);
    const QString folder = QFileInfo(m_file).absolutePath();
    QFile::remove(m_file + u".lock");
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    QString error;
    {
        WithoutPermissionOverride limited;
        QFile probe(folder + u"/probe");
        if (probe.open(QIODevice::WriteOnly)) {
            probe.remove();
            QSKIP("This user writes to any folder, and cannot be kept from it.");
        }
        error = store.save(sample(QStringLiteral("Second")));
    }
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY2(error.contains(u"the folder " + folder + u" is read-only"), qPrintable(error));
    QVERIFY(!error.contains(u"locked"));
    QCOMPARE(contents(m_file), before);
}

void tst_ProfileStore::failedWriteKeepsThePreviousFile()
{
    ProfileStore store(m_file);
    store.load();
    QCOMPARE(store.save(sample(QStringLiteral("First"))), QString());
    const QByteArray before = contents(m_file);

    // Make every write past 300 bytes fail (as a full disk would), for root too: the lock file fits,
    // the new profile file does not.
    rlimit old{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    const rlimit small{300, old.rlim_max};
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const QString error = store.save(sample(QStringLiteral("Second")));
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(u"previous file is unchanged") || error.contains(u"Cannot write"),
             qPrintable(error));
    QCOMPARE(contents(m_file), before);
    QCOMPARE(store.profiles().size(), 1);
    ProfileStore reader(m_file);
    QCOMPARE(reader.load(), QString());
    QCOMPARE(reader.profiles().size(), 1);
}

void tst_ProfileStore::twoStoresKeepEachOthersChanges()
{
    ProfileStore first(m_file);
    ProfileStore second(m_file);
    first.load();
    second.load(); // both windows open with an empty list
    QCOMPARE(first.save(sample(QStringLiteral("From the first window"))), QString());
    QCOMPARE(second.save(sample(QStringLiteral("From the second window"))), QString());
    ProfileStore reader(m_file);
    reader.load();
    QCOMPARE(reader.profiles().size(), 2);
    QVERIFY(reader.byName(QStringLiteral("From the first window")));
    QVERIFY(reader.byName(QStringLiteral("From the second window")));
    QCOMPARE(second.profiles().size(), 2); // the second store sees the first one's profile too
}

void tst_ProfileStore::namesAreUnique()
{
    ProfileStore store(m_file);
    store.load();
    QCOMPARE(store.save(sample(QStringLiteral("Test"))), QString());
    QVERIFY(store.save(sample(QStringLiteral("Test"))).contains(u"already a profile named"));
    QVERIFY(!store.save(sample(QString())).isEmpty());
}

void tst_ProfileStore::removeAndRename()
{
    ProfileStore store(m_file);
    store.load();
    Profile p = sample(QStringLiteral("Old name"));
    QCOMPARE(store.save(p), QString());
    p.name = QStringLiteral("New name");
    QCOMPARE(store.save(p), QString()); // same id: renamed in place
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.byId(p.id)->name, QStringLiteral("New name"));
    QCOMPARE(store.remove(p.id), QString());
    QVERIFY(store.profiles().isEmpty());
}

void tst_ProfileStore::exportAndImport()
{
    ProfileStore store(m_file);
    store.load();
    Profile p = sample(QStringLiteral("Shared"));
    p.proxy.password = QStringLiteral("never-exported");
    QCOMPARE(store.save(p), QString());
    const QString exported = m_dir->filePath(QStringLiteral("team.json"));
    QCOMPARE(ProfileStore::exportTo(exported, store.profiles()), QString());
    QVERIFY(!contents(exported).contains("never-exported"));

    QList<Profile> imported;
    QCOMPARE(store.importFrom(exported, &imported), QString());
    QCOMPARE(imported.size(), 1);
    QCOMPARE(imported.constFirst().name, QStringLiteral("Shared (imported)"));
    QVERIFY(imported.constFirst().id != p.id);
    QCOMPARE(store.profiles().size(), 2);

    put(exported, "not json");
    QVERIFY(store.importFrom(exported).contains(u"not valid JSON"));
    QCOMPARE(store.profiles().size(), 2);
}

void tst_ProfileStore::builtIns()
{
    const QList<Profile> builtIns =
        Profile::builtIns(QStringLiteral("http://127.0.0.1:5000"), QStringLiteral("http://127.0.0.1:5001"));
    QCOMPARE(builtIns.size(), 4);
    QCOMPARE(builtIns.at(0).name, QStringLiteral("Demo server"));
    QCOMPARE(builtIns.at(0).address, QStringLiteral("http://127.0.0.1:5000"));
    QCOMPARE(builtIns.at(0).apiUser, QStringLiteral("pubapi"));
    QCOMPARE(builtIns.at(0).client, ClientKind::AnyService);
    // Zato 4.1: no dispatcher, so JSONClient first; the invoker's user is admin.invoke (zato-platform.md
    // §2.1).
    QCOMPARE(builtIns.at(1).name, QStringLiteral("Demo server 4.1"));
    QCOMPARE(builtIns.at(1).address, QStringLiteral("http://127.0.0.1:5001"));
    QCOMPARE(builtIns.at(1).apiUser, QStringLiteral("admin.invoke"));
    QCOMPARE(builtIns.at(1).apiPath, QStringLiteral("/zato/api/invoke"));
    QCOMPARE(builtIns.at(1).client, ClientKind::Json);
    QCOMPARE(Profile::builtInApiPassword(builtIns.at(1).id), QStringLiteral("my-password"));
    QCOMPARE(builtIns.at(2).name, QStringLiteral("Django sample"));
    QCOMPARE(builtIns.at(2).address, QStringLiteral("http://localhost:17010"));
    QCOMPARE(builtIns.at(2).anyPath, QStringLiteral("/clients/django/any-service-invoker"));
    QCOMPARE(builtIns.at(3).user, QStringLiteral("flask"));
    QCOMPARE(builtIns.at(3).jsonPath, QStringLiteral("/clients/flask/json-client"));
}

QTEST_GUILESS_MAIN(tst_ProfileStore)
#include "tst_profilestore.moc"
