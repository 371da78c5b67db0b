// Passwords saved through the window and through zato-invoke, with the real keychain: afterwards no
// file under the config, data or cache directories holds the password bytes, and the keychain does.
#include "keychainsecretstore.h"
#include "mainwindow.h"
#include "profile/profilestore.h"
#include "profilecontroller.h"
#include "prompts.h"

#include <QComboBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
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
    void guiAndCliKeepApiKeysAndTokensInTheKeychainOnly();

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
        window.openServices(); // as zato-desk does once its first frame is on screen
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

// The same for an API key, a bearer token and an OAuth2 client secret: saved from the window and from
// zato-invoke, then every file searched for them.
void tst_NoSecretOnDisk::guiAndCliKeepApiKeysAndTokensInTheKeychainOnly()
{
    const QByteArray guiKey = "gui-Key-5d1e";
    const QByteArray guiToken = "gui-Token-c08b";
    const QByteArray cliKey = "cli-Key-2a7f";
    const QByteArray cliToken = "cli-Token-e94d";
    const QByteArray guiClientSecret = "gui-Client-Secret-41b3";
    const QByteArray cliClientSecret = "cli-Client-Secret-9c62";
    {
        QSettings settings;
        QNetworkAccessManager network;
        ProfileStore store;
        KeychainSecretStore keychain;
        SessionSecretStore secrets(&keychain);
        MainWindow window(&network, &settings, &store, &secrets);
        // The profile chosen last time has its secrets read first: typing waits for them.
        QSignalSpy loaded(window.profiles(), &ProfileController::passwordLoaded);
        window.openServices(); // as zato-desk does once its first frame is on screen
        if (!window.profiles()->current().id.isEmpty())
            QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        QStringList names{QStringLiteral("Window key"), QStringLiteral("Window token"),
                          QStringLiteral("Window OAuth2")};
        Prompts prompts;
        prompts.text = [&names](const QString &, const QString &, const QString &) {
            return std::optional<QString>(names.takeFirst());
        };
        prompts.tell = [](const QString &, const QString &) {};
        window.setPrompts(prompts);
        window.findChild<QLineEdit *>(QStringLiteral("addressEdit"))
            ->setText(QStringLiteral("http://127.0.0.1:17010"));
        auto *combo = window.findChild<QComboBox *>(QStringLiteral("authCombo"));
        window.findChild<QLineEdit *>(QStringLiteral("tokenUrlEdit"))
            ->setText(QStringLiteral("http://127.0.0.1:17010/demo/oauth/token"));
        window.findChild<QLineEdit *>(QStringLiteral("clientIdEdit"))->setText(QStringLiteral("demo-client"));
        const std::tuple<AuthKind, const char *, QByteArray, QString (*)(const QString &)> kinds[] = {
            {AuthKind::ApiKey, "apiKeyEdit", guiKey, &profileApiKeyKey},
            {AuthKind::Bearer, "tokenEdit", guiToken, &profileTokenKey},
            {AuthKind::OAuth2, "clientSecretEdit", guiClientSecret, &profileClientSecretKey}};
        for (const auto &[kind, field, secret, keyOf] : kinds) {
            combo->setCurrentIndex(combo->findData(int(kind)));
            window.findChild<QLineEdit *>(QString::fromLatin1(field))->setText(QString::fromLatin1(secret));
            QVERIFY(window.profiles()->saveAs());
            const QString key = keyOf(window.profiles()->current().id);
            KeychainSecretStore reader;
            std::optional<QString> stored;
            bool done = false;
            reader.read(key, &reader, [&](SecretStore::Status s, const QString &v, const QString &) {
                stored = s == SecretStore::Status::Ok ? std::optional<QString>(v) : std::nullopt;
                done = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
            QCOMPARE(stored, std::optional<QString>(QString::fromLatin1(secret)));
        }
        window.close();
    }

    for (const auto &[name, flags, variable, secret] :
         {std::tuple{"CLI key",
                     QStringList{QStringLiteral("--auth"), QStringLiteral("apikey"),
                                 QStringLiteral("--api-key-env"), QStringLiteral("ZD_CLI_SECRET")},
                     "ZD_CLI_SECRET", cliKey},
          std::tuple{"CLI token",
                     QStringList{QStringLiteral("--auth"), QStringLiteral("bearer"),
                                 QStringLiteral("--token-env"), QStringLiteral("ZD_CLI_SECRET")},
                     "ZD_CLI_SECRET", cliToken},
          std::tuple{"CLI OAuth2",
                     QStringList{QStringLiteral("--auth"), QStringLiteral("oauth2"),
                                 QStringLiteral("--token-url"),
                                 QStringLiteral("http://127.0.0.1:17010/demo/oauth/token"),
                                 QStringLiteral("--client-id"), QStringLiteral("demo-client"),
                                 QStringLiteral("--client-secret-env"), QStringLiteral("ZD_CLI_SECRET")},
                     "ZD_CLI_SECRET", cliClientSecret}}) {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(variable), QString::fromLatin1(secret));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(ZATO_INVOKE_PATH),
                  QStringList{QStringLiteral("profiles"), QStringLiteral("save"), QString::fromLatin1(name),
                              QStringLiteral("--address"), QStringLiteral("http://127.0.0.1:17010")} +
                      flags);
        QVERIFY(cli.waitForFinished(30000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    }

    ProfileStore store;
    QCOMPARE(store.load(), QString());
    for (const char *name :
         {"Window key", "Window token", "Window OAuth2", "CLI key", "CLI token", "CLI OAuth2"})
        QVERIFY2(store.byName(QString::fromLatin1(name)), name);
    QCOMPARE(store.byName(QStringLiteral("CLI key"))->auth, AuthKind::ApiKey);
    QCOMPARE(store.byName(QStringLiteral("Window token"))->auth, AuthKind::Bearer);
    QCOMPARE(store.byName(QStringLiteral("Window OAuth2"))->auth, AuthKind::OAuth2);
    QCOMPARE(store.byName(QStringLiteral("CLI OAuth2"))->oauth2.clientId, QStringLiteral("demo-client"));

    int files = 0;
    for (const char *name : {"xdg_config_home", "xdg_data_home", "xdg_cache_home"}) {
        QDirIterator it(m_dir.filePath(QString::fromLatin1(name)), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            ++files;
            for (const QByteArray &secret :
                 {guiKey, guiToken, cliKey, cliToken, guiClientSecret, cliClientSecret})
                QVERIFY2(!bytes.contains(secret) && !bytes.contains(secret.toBase64()),
                         qPrintable(file.fileName()));
        }
    }
    QVERIFY(files >= 2);
}

QTEST_MAIN(tst_NoSecretOnDisk)
#include "tst_nosecretondisk.moc"
