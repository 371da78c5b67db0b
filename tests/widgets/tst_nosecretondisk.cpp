// Passwords saved through the window and through zato-invoke, with the real keychain: afterwards no
// file under the config, data or cache directories holds the password bytes, and the keychain does.
#include "keychainsecretstore.h"
#include "mainwindow.h"
#include "profile/profilestore.h"
#include "profilecontroller.h"
#include "prompts.h"

#include <QDirIterator>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace zd;

class tst_NoSecretOnDisk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void guiAndCliKeepPasswordsInTheKeychainOnly();

private:
    QTemporaryDir m_dir;
};

void tst_NoSecretOnDisk::initTestCase()
{
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qputenv(name, m_dir.filePath(QString::fromLatin1(name).toLower()).toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("Zato Desk"));
    QCoreApplication::setApplicationName(QStringLiteral("zato-desk"));
}

void tst_NoSecretOnDisk::guiAndCliKeepPasswordsInTheKeychainOnly()
{
    const QByteArray guiPassword = "gui-Pa55-7f3a";
    const QByteArray cliPassword = "cli-Pa55-91c2";
    {
        QSettings settings; // the app's own settings file, under XDG_CONFIG_HOME
        QNetworkAccessManager network;
        ProfileStore store;
        KeychainSecretStore keychain;
        SessionSecretStore secrets(&keychain);
        MainWindow window(&network, &settings, &store, &secrets);
        Prompts prompts;
        prompts.text = [](const QString &, const QString &, const QString &) {
            return std::optional<QString>(QStringLiteral("From the window"));
        };
        prompts.tell = [](const QString &, const QString &) {};
        window.setPrompts(prompts);
        window.findChild<QLineEdit *>(QStringLiteral("addressEdit"))
            ->setText(QStringLiteral("http://127.0.0.1:17010"));
        window.findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->setText(QStringLiteral("django"));
        window.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
            ->setText(QString::fromLatin1(guiPassword));
        QVERIFY(window.profiles()->saveAs());
        const QString id = window.profiles()->current().id;
        KeychainSecretStore reader;
        std::optional<QString> stored;
        QTRY_VERIFY_WITH_TIMEOUT(
            ([&] {
                bool done = false;
                reader.read(profilePasswordKey(id), &reader,
                            [&](SecretStore::Status s, const QString &v, const QString &) {
                                stored =
                                    s == SecretStore::Status::Ok ? std::optional<QString>(v) : std::nullopt;
                                done = true;
                            });
                (void)QTest::qWaitFor([&done] { return done; }, 5000);
                return stored.has_value();
            }()),
            10000);
        QCOMPARE(*stored, QString::fromLatin1(guiPassword));
        QVERIFY(secrets.keychainAvailable());
        window.close();
    }

    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ZD_CLI_PASSWORD"), QString::fromLatin1(cliPassword));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(ZATO_INVOKE_PATH),
              {QStringLiteral("profiles"), QStringLiteral("save"), QStringLiteral("From the CLI"),
               QStringLiteral("--address"), QStringLiteral("http://127.0.0.1:17010"),
               QStringLiteral("--password-env"), QStringLiteral("ZD_CLI_PASSWORD")});
    QVERIFY(cli.waitForFinished(30000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());

    ProfileStore store;
    QCOMPARE(store.load(), QString());
    QVERIFY(store.byName(QStringLiteral("From the window")));
    QVERIFY(store.byName(QStringLiteral("From the CLI")));

    int files = 0;
    for (const char *name : {"xdg_config_home", "xdg_data_home", "xdg_cache_home"}) {
        QDirIterator it(m_dir.filePath(QString::fromLatin1(name)), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            ++files;
            QVERIFY2(!bytes.contains(guiPassword) && !bytes.contains(cliPassword),
                     qPrintable(file.fileName()));
            QVERIFY(!bytes.contains(guiPassword.toBase64()) && !bytes.contains(cliPassword.toBase64()));
        }
    }
    QVERIFY(files >= 2); // at least the profile file and the settings file were searched
}

QTEST_MAIN(tst_NoSecretOnDisk)
#include "tst_nosecretondisk.moc"
