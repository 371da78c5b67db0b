// Profiles in the real window: the selector, Save / Save as / Rename / Duplicate / Delete, the
// unsaved marker, passwords through the secret store, import and export, a broken file, no keychain.
#include "connectiondialog.h"
#include "mainwindow.h"
#include "profile/profilestore.h"
#include "profile/secretstore.h"
#include "profilecontroller.h"
#include "prompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace zd;

namespace {

// A keychain that never answers yes: the fake of a machine without a Secret Service.
class UnavailableSecretStore : public SecretStore
{
protected:
    void startRead(const QString &, ReadDone done) override
    {
        done(Status::Unavailable, QString(), QStringLiteral("no Secret Service"));
    }
    void startWrite(const QString &, const QString &, WriteDone done) override
    {
        done(Status::Unavailable, QStringLiteral("no Secret Service"));
    }
    void startRemove(const QString &, WriteDone done) override
    {
        done(Status::Unavailable, QStringLiteral("no Secret Service"));
    }
};

std::optional<QString> readNow(SecretStore &store, const QString &key)
{
    std::optional<QString> result;
    bool done = false;
    store.read(key, &store, [&](SecretStore::Status status, const QString &secret, const QString &) {
        if (status == SecretStore::Status::Ok)
            result = secret;
        done = true;
    });
    (void)QTest::qWaitFor([&done] { return done; }, 5000);
    return result;
}

} // namespace

class tst_Profiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void builtInsAreOffered();
    void saveAsThenSwitchFillsEveryFieldAndThePassword();
    void theProfileOfLastTimeComesWithItsPassword();
    void editsMarkTheProfileUntilSaved();
    void renameDuplicateDelete();
    void importAndExportWithoutPasswords();
    void brokenFileIsReportedAndKept();
    void noKeychainIsSaidOnceAndNothingIsWritten();
    void noVerifyShowsAWarning();
    void proxyPasswordGoesToTheSecretStore();

private:
    void makeWindow(SecretStore *secrets);
    QLineEdit *edit(const char *name) { return m_window->findChild<QLineEdit *>(QString::fromLatin1(name)); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_told;
    QStringList m_answers; // names given to text prompts, in order
    bool m_confirm = true;
    QString m_file;
};

void tst_Profiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings =
        std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_store = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.json")));
    m_secrets = std::make_unique<MemorySecretStore>();
    m_told.clear();
    m_answers.clear();
    m_confirm = true;
}

void tst_Profiles::cleanup()
{
    m_window.reset();
    m_secrets.reset();
    m_store.reset();
    m_network.reset();
    m_settings.reset();
    m_dir.reset();
}

void tst_Profiles::makeWindow(SecretStore *secrets)
{
    m_window = std::make_unique<MainWindow>(m_network.get(), m_settings.get(), m_store.get(), secrets);
    m_window->openServices(); // as zato-desk does once its first frame is on screen
    Prompts prompts;
    prompts.text = [this](const QString &, const QString &, const QString &) -> std::optional<QString> {
        return m_answers.isEmpty() ? std::nullopt : std::optional<QString>(m_answers.takeFirst());
    };
    prompts.confirm = [this](const QString &, const QString &) { return m_confirm; };
    prompts.openFile = [this](const QString &) { return m_file; };
    prompts.saveFile = [this](const QString &, const QString &) { return m_file; };
    prompts.tell = [this](const QString &, const QString &message) { m_told << message; };
    m_window->setPrompts(prompts);
    m_window->show();
}

void tst_Profiles::builtInsAreOffered()
{
    makeWindow(m_secrets.get());
    QCOMPARE(m_window->profiles()->names(),
             (QStringList{QStringLiteral("Demo server"), QStringLiteral("Demo server 4.1"),
                          QStringLiteral("Django sample"), QStringLiteral("Flask sample")}));
    QSignalSpy loaded(m_window->profiles(), &ProfileController::passwordLoaded);
    m_window->profiles()->select(QStringLiteral("builtin-flask"));
    QVERIFY(loaded.wait(5000));
    QCOMPARE(edit("addressEdit")->text(), QStringLiteral("http://localhost:17010"));
    QCOMPARE(edit("jsonPathEdit")->text(), QStringLiteral("/clients/flask/json-client"));
    QCOMPARE(edit("usernameEdit")->text(), QStringLiteral("flask"));
    QCOMPARE(edit("passwordEdit")->text(), QStringLiteral("my-password"));
}

void tst_Profiles::saveAsThenSwitchFillsEveryFieldAndThePassword()
{
    makeWindow(m_secrets.get());
    edit("addressEdit")->setText(QStringLiteral("https://zato.test:17010"));
    edit("anyPathEdit")->setText(QStringLiteral("/prod/any"));
    edit("jsonPathEdit")->setText(QStringLiteral("/prod/json"));
    edit("usernameEdit")->setText(QStringLiteral("ops"));
    edit("passwordEdit")->setText(QStringLiteral("prod-secret"));
    edit("serviceEdit")->setText(QStringLiteral("customer.get2"));
    m_answers = {QStringLiteral("Production")};
    QVERIFY(m_window->profiles()->saveAs());
    const std::optional<Profile> saved = m_store->byName(QStringLiteral("Production"));
    QVERIFY(saved);
    QCOMPARE(saved->anyService, QStringLiteral("customer.get2"));
    QTRY_COMPARE(readNow(*m_secrets, profilePasswordKey(saved->id)),
                 std::optional<QString>(QStringLiteral("prod-secret")));

    QSignalSpy loaded(m_window->profiles(), &ProfileController::passwordLoaded);
    m_window->profiles()->select(QStringLiteral("builtin-django"));
    QVERIFY(loaded.wait(5000));
    QCOMPARE(edit("usernameEdit")->text(), QStringLiteral("django"));
    m_window->profiles()->select(saved->id);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(edit("addressEdit")->text(), QStringLiteral("https://zato.test:17010"));
    QCOMPARE(edit("anyPathEdit")->text(), QStringLiteral("/prod/any"));
    QCOMPARE(edit("usernameEdit")->text(), QStringLiteral("ops"));
    QCOMPARE(edit("passwordEdit")->text(), QStringLiteral("prod-secret"));
    QVERIFY(!m_window->profiles()->isModified());

    QFile file(m_store->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("prod-secret"));
}

void tst_Profiles::theProfileOfLastTimeComesWithItsPassword()
{
    // A profile saved with its password; the window closed and opened again (the same settings,
    // profiles and keychain): the profile is chosen again, and its password is in the field.
    makeWindow(m_secrets.get());
    edit("addressEdit")->setText(QStringLiteral("http://zato.test:17010"));
    edit("usernameEdit")->setText(QStringLiteral("ops"));
    edit("passwordEdit")->setText(QStringLiteral("ops-secret"));
    m_answers = {QStringLiteral("Operations")};
    QVERIFY(m_window->profiles()->saveAs());
    const std::optional<Profile> saved = m_store->byName(QStringLiteral("Operations"));
    QVERIFY(saved);
    QTRY_VERIFY(readNow(*m_secrets, profilePasswordKey(saved->id)).has_value());
    m_window->close();
    m_window.reset();

    makeWindow(m_secrets.get());
    QCOMPARE(m_window->profiles()->current().id, saved->id);
    QCOMPARE(edit("usernameEdit")->text(), QStringLiteral("ops"));
    QTRY_COMPARE(edit("passwordEdit")->text(), QStringLiteral("ops-secret"));
    QVERIFY(!m_window->profiles()->isModified());
    QVERIFY(!m_window->windowTitle().endsWith(u'*'));
}

void tst_Profiles::editsMarkTheProfileUntilSaved()
{
    makeWindow(m_secrets.get());
    QSignalSpy loaded(m_window->profiles(), &ProfileController::passwordLoaded);
    m_window->profiles()->select(QStringLiteral("builtin-django"));
    QVERIFY(loaded.wait(5000));
    QVERIFY(!m_window->windowTitle().endsWith(u'*'));
    QTest::keyClicks(edit("anyPathEdit"), QStringLiteral("-v2"));
    QVERIFY(m_window->profiles()->isModified());
    QVERIFY(m_window->windowTitle().endsWith(u" *"));
    auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("profileCombo"));
    QCOMPARE(combo->currentText(), QStringLiteral("Django sample *"));

    // Switching away asks first; "no" keeps the edits.
    m_confirm = false;
    m_window->profiles()->select(QStringLiteral("builtin-flask"));
    QCOMPARE(edit("anyPathEdit")->text(), QStringLiteral("/clients/django/any-service-invoker-v2"));

    QVERIFY(m_window->profiles()->save());
    QVERIFY(!m_window->profiles()->isModified());
    QCOMPARE(m_store->byId(QStringLiteral("builtin-django"))->anyPath,
             QStringLiteral("/clients/django/any-service-invoker-v2"));
    QVERIFY(!m_window->windowTitle().endsWith(u'*'));
}

void tst_Profiles::renameDuplicateDelete()
{
    makeWindow(m_secrets.get());
    edit("addressEdit")->setText(QStringLiteral("http://a.test"));
    edit("passwordEdit")->setText(QStringLiteral("pw-a"));
    m_answers = {QStringLiteral("A")};
    QVERIFY(m_window->profiles()->saveAs());
    const QString id = m_window->profiles()->current().id;

    m_answers = {QStringLiteral("Alpha")};
    QVERIFY(m_window->profiles()->rename());
    QCOMPARE(m_store->byId(id)->name, QStringLiteral("Alpha"));
    QVERIFY(m_window->profiles()->names().contains(QStringLiteral("Alpha")));

    QVERIFY(m_window->profiles()->duplicate());
    const std::optional<Profile> copy = m_store->byName(QStringLiteral("Alpha (copy)"));
    QVERIFY(copy);
    QVERIFY(copy->id != id);
    QCOMPARE(copy->address, QStringLiteral("http://a.test"));

    m_window->profiles()->select(id);
    m_confirm = false;
    QVERIFY(!m_window->profiles()->remove()); // not confirmed: kept
    QVERIFY(m_store->byId(id));
    m_confirm = true;
    QVERIFY(m_window->profiles()->remove());
    QVERIFY(!m_store->byId(id));
    QTRY_VERIFY(!readNow(*m_secrets, profilePasswordKey(id)));
    QVERIFY(!m_window->profiles()->names().contains(QStringLiteral("Alpha")));
}

void tst_Profiles::importAndExportWithoutPasswords()
{
    makeWindow(m_secrets.get());
    edit("addressEdit")->setText(QStringLiteral("http://team.test"));
    edit("passwordEdit")->setText(QStringLiteral("team-secret"));
    m_answers = {QStringLiteral("Team")};
    QVERIFY(m_window->profiles()->saveAs());
    m_file = m_dir->filePath(QStringLiteral("export.json"));
    m_window->profiles()->exportProfiles();
    QFile exported(m_file);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QByteArray bytes = exported.readAll();
    QVERIFY(bytes.contains("http://team.test"));
    QVERIFY(!bytes.contains("team-secret"));

    m_window->profiles()->importProfiles();
    QVERIFY(m_window->profiles()->names().contains(QStringLiteral("Team (imported)")));
    QVERIFY(m_told.last().contains(u"1 profile(s) imported"));
}

void tst_Profiles::brokenFileIsReportedAndKept()
{
    QFile file(m_store->fileName());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ this is not a profile file");
    file.close();
    makeWindow(m_secrets.get());
    QTRY_COMPARE(m_told.size(), 1);
    QVERIFY(m_told.constFirst().contains(u"kept as"));
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("profiles.json.broken-*")}).size(), 1);
    QCOMPARE(m_window->profiles()->names().size(), 4); // the built-ins, and the window works on
}

void tst_Profiles::noKeychainIsSaidOnceAndNothingIsWritten()
{
    UnavailableSecretStore keychain;
    SessionSecretStore secrets(&keychain);
    makeWindow(&secrets);
    auto *banner = m_window->findChild<QLabel *>(QStringLiteral("keychainWarningLabel"));
    QVERIFY(!banner->isVisible());
    edit("addressEdit")->setText(QStringLiteral("http://offline.test"));
    edit("passwordEdit")->setText(QStringLiteral("offline-secret"));
    m_answers = {QStringLiteral("Offline"), QStringLiteral("Offline 2")};
    QVERIFY(m_window->profiles()->saveAs());
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(u"memory for this session only"));
    QVERIFY(m_window->profiles()->saveAs());
    // The password still works for this session, and no file holds it.
    QTRY_COMPARE(readNow(secrets, profilePasswordKey(m_window->profiles()->current().id)),
                 std::optional<QString>(QStringLiteral("offline-secret")));
    for (const QString &name : QDir(m_dir->path()).entryList(QDir::Files)) {
        QFile file(m_dir->filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("offline-secret"), qPrintable(name));
    }
}

void tst_Profiles::noVerifyShowsAWarning()
{
    makeWindow(m_secrets.get());
    auto *warning = m_window->findChild<QLabel *>(QStringLiteral("tlsWarningLabel"));
    QVERIFY(!warning->isVisible());
    LookupForm form = m_window->form();
    form.tls.verify = false;
    m_window->setForm(form);
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(u"verification is off"));

    ConnectionDialog dialog;
    dialog.setSettings(form.tls, form.proxy, form.timeout);
    auto *dialogWarning = dialog.findChild<QLabel *>(QStringLiteral("noVerifyWarningLabel"));
    dialog.show();
    QVERIFY(dialogWarning->isVisible());
    dialog.findChild<QCheckBox *>(QStringLiteral("noVerifyCheck"))->click();
    QVERIFY(!dialogWarning->isVisible());
    QVERIFY(dialog.tls().verify);

    // The front end's client certificate headers: off until asked for, and said to work only directly.
    auto *frontEndWarning = dialog.findChild<QLabel *>(QStringLiteral("frontEndHeadersWarningLabel"));
    QVERIFY(!frontEndWarning->isVisible());
    QVERIFY(!dialog.tls().frontEndHeaders);
    dialog.findChild<QCheckBox *>(QStringLiteral("frontEndHeadersCheck"))->click();
    QVERIFY(frontEndWarning->isVisible());
    QVERIFY(frontEndWarning->text().contains(u"without its TLS front end"));
    QVERIFY(dialog.tls().frontEndHeaders);
}

void tst_Profiles::proxyPasswordGoesToTheSecretStore()
{
    makeWindow(m_secrets.get());
    LookupForm form = m_window->form();
    form.address = QStringLiteral("http://behind.proxy.test");
    form.proxy = ProxySettings{ProxySettings::Mode::Manual, QStringLiteral("proxy.test"), 3128,
                               QStringLiteral("pu"), QStringLiteral("proxy-secret")};
    m_window->setForm(form);
    m_answers = {QStringLiteral("Proxied")};
    QVERIFY(m_window->profiles()->saveAs());
    const QString id = m_window->profiles()->current().id;
    QTRY_COMPARE(readNow(*m_secrets, proxyPasswordKey(id)),
                 std::optional<QString>(QStringLiteral("proxy-secret")));
    QFile file(m_store->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("proxy-secret"));

    QSignalSpy loaded(m_window->profiles(), &ProfileController::passwordLoaded);
    m_window->profiles()->select(QStringLiteral("builtin-django"));
    QVERIFY(loaded.wait(5000));
    QVERIFY(m_window->form().proxy.password.isEmpty());
    m_window->profiles()->select(id);
    QTRY_COMPARE(m_window->form().proxy.password, QStringLiteral("proxy-secret"));
    QCOMPARE(m_window->form().proxy.host, QStringLiteral("proxy.test"));
}

QTEST_MAIN(tst_Profiles)
#include "tst_profiles.moc"
