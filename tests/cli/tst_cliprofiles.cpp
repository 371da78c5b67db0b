// zato-invoke profiles and --profile, as processes, with the real keychain (run under a private
// D-Bus session with gnome-keyring), once with no keychain at all, and with profile files that cannot
// be used (unreadable, links that lead nowhere, devices, FIFOs) or cannot be written whole.
#include "demoserver.h"

#include "json/parser.h"
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <linux/capability.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

const QByteArray password = "Pa55-only-in-the-keychain";

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class tst_CliProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void saveCallShowRemove();
    void flagsOverrideTheProfile();
    void apiClientUsesTheProfilesApiUser();
    void unknownProfile();
    void brokenProfileFileIsMovedAside();
    void noKeychainNeverWritesThePassword();
    void noKeychainIsToldAtOnce();
    void missingModuleIsToldAtOnce();
    void unusableProfileFileIsKept_data();
    void unusableProfileFileIsKept();
    void fileSizeLimitKeepsTheFile();

private:
    Run run(const QStringList &arguments, const std::function<void()> &inChild = {},
            const QString &program = QStringLiteral(ZATO_INVOKE_PATH));
    [[nodiscard]] QString profileFile() const;
    void saveSome(int count);
    void callAndShowWithoutKeychain(const QByteArray &reason);
    [[nodiscard]] QStringList filesHolding(const QByteArray &needle) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<zd::demo::DemoServer> m_server;
};

void tst_CliProfiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<zd::demo::DemoServer>();
    QVERIFY(m_server->listen());
}

Run tst_CliProfiles::run(const QStringList &arguments, const std::function<void()> &inChild,
                         const QString &program)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *dir : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        env.insert(QString::fromLatin1(dir), m_dir->filePath(QString::fromLatin1(dir).toLower()));
    env.insert(QStringLiteral("ZD_TEST_PASSWORD"), QString::fromLatin1(password));
    env.insert(QStringLiteral("ZD_DJANGO_PASSWORD"), QStringLiteral("my-password"));
    process.setProcessEnvironment(env);
    if (inChild)
        process.setChildProcessModifier(inChild);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return {};
    process.closeWriteChannel();
    // Generous: a keychain that cannot answer must still let the process finish long before this.
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 10000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               process.readAllStandardOutput(), process.readAllStandardError()};
}

QString tst_CliProfiles::profileFile() const
{
    return m_dir->filePath(QStringLiteral("xdg_config_home/zato-desk/profiles.json"));
}

void tst_CliProfiles::saveSome(int count)
{
    for (int i = 0; i < count; ++i) {
        const Run save = run({QStringLiteral("profiles"), QStringLiteral("save"), u"Profile %1"_qs.arg(i),
                              QStringLiteral("--address"), m_server->address(), QStringLiteral("--any-path"),
                              QStringLiteral("/clients/django/any-service-invoker"), QStringLiteral("--user"),
                              QStringLiteral("django")});
        QVERIFY2(save.exitCode == 0, save.err.constData());
    }
}

QStringList tst_CliProfiles::filesHolding(const QByteArray &needle) const
{
    QStringList found;
    QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << file.fileName();
    }
    return found;
}

void tst_CliProfiles::saveCallShowRemove()
{
    const Run save = run({QStringLiteral("profiles"), QStringLiteral("save"), QStringLiteral("Local demo"),
                          QStringLiteral("--address"), m_server->address(), QStringLiteral("--any-path"),
                          QStringLiteral("/clients/django/any-service-invoker"),
                          QStringLiteral("--json-path"), QStringLiteral("/clients/django/json-client"),
                          QStringLiteral("--user"), QStringLiteral("django"),
                          QStringLiteral("--password-env"), QStringLiteral("ZD_DJANGO_PASSWORD")});
    QVERIFY2(save.exitCode == 0, save.err.constData());
    QVERIFY(save.out.contains("The password is in the keychain."));

    const Run list = run({QStringLiteral("profiles"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.startsWith("Local demo"));
    QVERIFY(list.out.contains(m_server->address().toUtf8()));

    const Run show = run({QStringLiteral("profiles"), QStringLiteral("show"), QStringLiteral("Local demo")});
    QCOMPARE(show.exitCode, 0);
    QVERIFY(show.out.contains("password: saved in the keychain"));
    QVERIFY(!show.out.contains("my-password"));

    const Run call =
        run({QStringLiteral("--profile"), QStringLiteral("Local demo"), QStringLiteral("--payload"),
             QStringLiteral(R"({"cust_id": "123"})"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(call.exitCode == 0, call.out.constData());
    QVERIFY(call.out.contains(R"("data": {"name": "Victoria Murray"})"));

    QCOMPARE(filesHolding("my-password"), QStringList());
    QVERIFY(!filesHolding("Local demo").isEmpty()); // the search does see the profile file

    const Run remove =
        run({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("Local demo")});
    QCOMPARE(remove.exitCode, 0);
    // Saved again without a password: the old secret went with the profile.
    run({QStringLiteral("profiles"), QStringLiteral("save"), QStringLiteral("Local demo"),
         QStringLiteral("--address"), m_server->address()});
    QVERIFY(run({QStringLiteral("profiles"), QStringLiteral("show"), QStringLiteral("Local demo")})
                .out.contains("password: not saved"));
}

// The demo server's API channel takes its own user (pubapi): a profile with an API user calls the API
// with it and its own saved password, and the other clients with the main user.
void tst_CliProfiles::apiClientUsesTheProfilesApiUser()
{
    const Run save =
        run({QStringLiteral("profiles"), QStringLiteral("save"), QStringLiteral("Both users"),
             QStringLiteral("--address"), m_server->address(), QStringLiteral("--any-path"),
             QStringLiteral("/clients/django/any-service-invoker"), QStringLiteral("--user"),
             QStringLiteral("django"), QStringLiteral("--password-env"), QStringLiteral("ZD_DJANGO_PASSWORD"),
             QStringLiteral("--api-user"), QStringLiteral("pubapi"), QStringLiteral("--api-password-env"),
             QStringLiteral("ZD_DJANGO_PASSWORD")});
    QVERIFY2(save.exitCode == 0, save.err.constData());
    for (const QString &client : {QStringLiteral("api"), QStringLiteral("any")}) {
        const Run call =
            run({QStringLiteral("--profile"), QStringLiteral("Both users"), QStringLiteral("--client"),
                 client, QStringLiteral("--payload"), QStringLiteral(R"({"cust_id": "123"})"),
                 QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(call.exitCode == 0, qPrintable(client + u' ' + QString::fromUtf8(call.out + call.err)));
        QVERIFY(call.out.contains("Victoria Murray"));
    }
    QCOMPARE(filesHolding("my-password"), QStringList()); // the API password too: keychain only
    QVERIFY(!filesHolding("pubapi").isEmpty());           // its user name is in the profile file
}

void tst_CliProfiles::flagsOverrideTheProfile()
{
    QCOMPARE(
        run({QStringLiteral("profiles"), QStringLiteral("save"), QStringLiteral("p"),
             QStringLiteral("--address"), m_server->address(), QStringLiteral("--client"),
             QStringLiteral("json"), QStringLiteral("--path"), QStringLiteral("/clients/django/json-client"),
             QStringLiteral("--user"), QStringLiteral("django"), QStringLiteral("--password-env"),
             QStringLiteral("ZD_DJANGO_PASSWORD")})
            .exitCode,
        0);
    const Run json = run({QStringLiteral("--profile"), QStringLiteral("p"), QStringLiteral("--payload"),
                          QStringLiteral(R"({"cust_id": "456"})")});
    QCOMPARE(json.exitCode, 0);
    QVERIFY(json.out.contains("James Edmunds"));
    // --user and --password-env win over the profile: a wrong password gives 401 (exit 1).
    const Run wrong =
        run({QStringLiteral("--profile"), QStringLiteral("p"), QStringLiteral("--password-env"),
             QStringLiteral("ZD_TEST_PASSWORD"), QStringLiteral("--payload"),
             QStringLiteral(R"({"cust_id": "456"})"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY(wrong.out.contains(R"("http_status": 401)"));
}

void tst_CliProfiles::unknownProfile()
{
    const Run call = run({QStringLiteral("--profile"), QStringLiteral("nope")});
    QCOMPARE(call.exitCode, 2);
    QVERIFY(call.err.contains("There is no profile named \"nope\""));
    const Run show = run({QStringLiteral("profiles"), QStringLiteral("show"), QStringLiteral("nope")});
    QCOMPARE(show.exitCode, 2);
}

void tst_CliProfiles::brokenProfileFileIsMovedAside()
{
    const QString dir = m_dir->filePath(QStringLiteral("xdg_config_home/zato-desk"));
    QDir().mkpath(dir);
    QFile file(dir + u"/profiles.json");
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"schema\": 1, \"profi");
    file.close();
    const Run list = run({QStringLiteral("profiles"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.err.contains("kept as"), list.err.constData());
    QCOMPARE(QDir(dir).entryList({QStringLiteral("profiles.json.broken-*")}).size(), 1);
}

// Run with DBUS_SESSION_BUS_ADDRESS=disabled: (see CMakeLists.txt).
void tst_CliProfiles::noKeychainNeverWritesThePassword()
{
    const Run save = run({QStringLiteral("profiles"), QStringLiteral("save"), QStringLiteral("offline"),
                          QStringLiteral("--address"), m_server->address(), QStringLiteral("--password-env"),
                          QStringLiteral("ZD_TEST_PASSWORD")});
    QCOMPARE(save.exitCode, 3);
    QVERIFY2(save.err.contains("no keychain is available"), save.err.constData());
    QVERIFY(save.out.contains("Saved \"offline\""));
    QCOMPARE(filesHolding(password), QStringList());
}

// With no keychain to read, a call through a saved profile and profiles show each finish and say
// why there is no password (they used to wait forever when the keychain module was missing).
void tst_CliProfiles::callAndShowWithoutKeychain(const QByteArray &reason)
{
    const Run save = run({QStringLiteral("profiles"), QStringLiteral("save"), QStringLiteral("Local demo"),
                          QStringLiteral("--address"), m_server->address(), QStringLiteral("--any-path"),
                          QStringLiteral("/clients/django/any-service-invoker"), QStringLiteral("--user"),
                          QStringLiteral("django")});
    QVERIFY2(save.exitCode == 0, save.err.constData());

    const Run call = run({QStringLiteral("--profile"), QStringLiteral("Local demo"),
                          QStringLiteral("--payload"), QStringLiteral(R"({"cust_id": "123"})")});
    QVERIFY2(call.exitCode == 2, call.err.constData()); // -1 when it did not finish
    QVERIFY2(call.err.contains("The password of profile \"Local demo\" cannot be read from the keychain"),
             call.err.constData());
    QVERIFY2(call.err.contains(reason), call.err.constData());
    QVERIFY2(call.err.contains("--password-env"), call.err.constData());

    const Run show = run({QStringLiteral("profiles"), QStringLiteral("show"), QStringLiteral("Local demo")});
    QVERIFY2(show.exitCode == 0, show.err.constData());
    QVERIFY2(show.out.contains(QByteArray(QByteArray("password: unknown, no keychain (") + reason)),
             show.out.constData());
}

// Run with DBUS_SESSION_BUS_ADDRESS=disabled: (see CMakeLists.txt). D-Bus's own words are not what
// the user reads.
void tst_CliProfiles::noKeychainIsToldAtOnce()
{
    callAndShowWithoutKeychain("the system keychain does not answer: no Secret Service");
}

// Run with ZD_KEYCHAIN_MODULE pointing nowhere (see CMakeLists.txt).
void tst_CliProfiles::missingModuleIsToldAtOnce()
{
    callAndShowWithoutKeychain("the keychain module cannot be loaded");
}

void tst_CliProfiles::unusableProfileFileIsKept_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("reason");
    QTest::newRow("no read permission") << QStringLiteral("unreadable") << QByteArray("Permission denied");
    QTest::newRow("a link to /dev/zero") << QStringLiteral("device") << QByteArray("it is a device");
    QTest::newRow("a FIFO") << QStringLiteral("fifo") << QByteArray("it is a FIFO");
    QTest::newRow("a dangling link") << QStringLiteral("dangling") << QByteArray("which cannot be opened");
    QTest::newRow("a link loop") << QStringLiteral("loop") << QByteArray("Too many levels");
}

// profiles save, list and a call through --profile each fail at once with a message that names the
// file and the reason; the file (or link) is as it was, and nothing is written where a link points.
void tst_CliProfiles::unusableProfileFileIsKept()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, reason);
    saveSome(2);
    const QString file = profileFile();
    const QByteArray path = QFile::encodeName(file);
    const QString elsewhere = m_dir->filePath(QStringLiteral("elsewhere.json"));
    QFile::rename(file, elsewhere + u".saved");
    std::function<void()> inChild;
    if (kind == u"unreadable") {
        QVERIFY(QFile::rename(elsewhere + u".saved", file));
        QVERIFY(QFile::setPermissions(file, QFileDevice::WriteOwner));
        // Root reads any file unless it is without CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH.
        inChild = [] {
            prctl(PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, 0, 0, 0);
            prctl(PR_CAPBSET_DROP, CAP_DAC_READ_SEARCH, 0, 0, 0);
        };
        const Run probe = run({file}, inChild, QStringLiteral("/bin/cat"));
        if (probe.exitCode == 0)
            QSKIP("This user reads files whatever their permissions, and cannot be kept from it.");
    } else if (kind == u"device") {
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), file));
    } else if (kind == u"fifo") {
        QCOMPARE(mkfifo(path.constData(), 0600), 0);
    } else if (kind == u"dangling") {
        QVERIFY(QFile::link(elsewhere, file));
    } else if (kind == u"loop") {
        QCOMPARE(symlink(path.constData(), path.constData()), 0);
    }
    const QFileInfo before(file);

    const Run save = run({QStringLiteral("profiles"), QStringLiteral("save"), QStringLiteral("New"),
                          QStringLiteral("--address"), m_server->address()},
                         inChild);
    QVERIFY2(save.exitCode == 3, save.err.constData()); // -1: it did not finish, or was killed
    QVERIFY2(save.err.contains(path) && save.err.contains(reason), save.err.constData());
    QVERIFY2(!save.out.contains("Saved"), save.out.constData());
    const Run list = run({QStringLiteral("profiles"), QStringLiteral("list")}, inChild);
    QVERIFY2(list.exitCode == 3, list.err.constData());
    QVERIFY2(list.err.contains(path) && list.err.contains(reason), list.err.constData());
    const Run call = run({QStringLiteral("--profile"), QStringLiteral("Profile 0")}, inChild);
    QVERIFY2(call.exitCode == 2, call.err.constData());
    QVERIFY2(call.err.contains(reason), call.err.constData());

    const QFileInfo after(file);
    QCOMPARE(after.isSymLink(), before.isSymLink());
    QCOMPARE(after.symLinkTarget(), before.symLinkTarget());
    QCOMPARE(after.isFile(), before.isFile());
    QVERIFY(!QFileInfo::exists(elsewhere)); // nothing written through a link
    if (kind == u"unreadable") {
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile kept(file);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        const QByteArray text = kept.readAll();
        QVERIFY(text.contains("Profile 0") && text.contains("Profile 1") && !text.contains("\"New\""));
    }
    QCOMPARE(QDir(QFileInfo(file).absolutePath()).entryList({QStringLiteral("*.broken-*")}), QStringList());
}

// Under a file-size limit too small for the new file, save fails cleanly (the process is not killed
// by SIGXFSZ) and the previous file is intact.
void tst_CliProfiles::fileSizeLimitKeepsTheFile()
{
    saveSome(3);
    QFile file(profileFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    QVERIFY(before.size() > 1024); // beyond the limit below, whatever the shell's block size

    // ulimit -f 1: at most 512 or 1024 bytes, by the shell. The lock file fits; the profile file does not.
    const Run save =
        run({QStringLiteral("-c"), QStringLiteral(R"(ulimit -f 1 && exec "$0" "$@")"),
             QStringLiteral(ZATO_INVOKE_PATH), QStringLiteral("profiles"), QStringLiteral("save"),
             QStringLiteral("One more"), QStringLiteral("--address"), m_server->address()},
            {}, QStringLiteral("/bin/sh"));
    QVERIFY2(save.exitCode == 3, save.err.constData()); // -1: killed by SIGXFSZ
    QVERIFY2(save.err.contains("File too large. The previous file is unchanged."), save.err.constData());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

QTEST_GUILESS_MAIN(tst_CliProfiles)
#include "tst_cliprofiles.moc"
