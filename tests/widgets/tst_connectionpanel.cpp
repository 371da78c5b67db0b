// The connection area of the real MainWindow, offscreen, against the demo server in-process: the
// Invoke API's own credential, field errors, the empty user hint, the keychain banner and the About
// box, and the Connection settings dialog.
#include "connectiondialog.h"
#include "demoform.h"
#include "demoserver.h"
#include "invoke/calltypes.h"
#include "mainwindow.h"
#include "profile/profilestore.h"
#include "profile/secretstore.h"
#include "profilecontroller.h"
#include "prompts.h"
#include "rawhttpserver.h"
#include "tokendialog.h"
#include "windowmenus.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace zd;

namespace {

template <typename T> T *child(const QWidget &window, const char *name)
{
    T *widget = window.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

// A keychain that never answers as a keychain: what QtKeychain reports with no Secret Service.
class NoKeychain : public SecretStore
{
public:
    using SecretStore::SecretStore;

protected:
    static QString error()
    {
        return QStringLiteral(
            "Cannot autolaunch D-Bus without X11 $DISPLAY (dbus-launch terminated abnormally)");
    }
    void startRead(const QString &, ReadDone answer) override
    {
        answer(Status::Unavailable, QString(), error());
    }
    void startWrite(const QString &, const QString &, WriteDone answer) override
    {
        answer(Status::Unavailable, error());
    }
    void startRemove(const QString &, WriteDone answer) override { answer(Status::Unavailable, error()); }
};

QString readNow(SecretStore &store, const QString &key)
{
    QObject context;
    std::optional<QString> secret;
    store.read(key, &context, [&secret](SecretStore::Status status, const QString &value, const QString &) {
        secret = status == SecretStore::Status::Ok ? value : QStringLiteral("<none>");
    });
    if (!QTest::qWaitFor([&secret] { return secret.has_value(); }, 5000))
        return QStringLiteral("<no answer>");
    return *secret;
}

QByteArray contents(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Whether a wrapped label has the height its whole text needs at its width, and is not cut by its
// parents.
bool shownWhole(const QLabel *label)
{
    return label->isVisible() && label->wordWrap() &&
           label->height() >= label->heightForWidth(label->width()) &&
           label->visibleRegion().boundingRect() == label->rect();
}

// The width a line edit gives its text.
int textWidth(const QLineEdit *edit)
{
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.lineWidth =
        edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit) : 0;
    const QMargins margins = edit->textMargins();
    return edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit).width() -
           margins.left() - margins.right() - 4; // QLineEdit keeps 2 pixels a side
}

} // namespace

class tst_ConnectionPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void builtInDemoProfileCallsEveryClient_data();
    void builtInDemoProfileCallsEveryClient();
    void demoProfileTakesTheNewAddressOnTheNextRun();
    void apiPasswordIsKeptInTheKeychainOnly();
    void authenticationShowsTheFieldsOfItsKind();
    void apiKeyAndTokenAreKeptInTheKeychainOnly();
    void oauth2TokenIsGotAndTheClientSecretKeptInTheKeychainOnly();
    void everyInvalidFieldIsFlaggedAtOnce();
    void emptyUserWithPasswordIsSentAndHinted();
    void keychainBannerIsWholeAndPlain();
    void aboutTellsWherePasswordsAre();
    void browseFillsTheFileField_data();
    void browseFillsTheFileField();
    void noVerifyWarningIsShownWhole();
    void placeholdersAreReadWhole();

private:
    void makeWindow(SecretStore *secrets);
    void selectDemoProfile(const QString &id = QStringLiteral("builtin-demo"));

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<demo::DemoServer> m_server;
    std::unique_ptr<demo::DemoServer> m_server41;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<SecretStore> m_keychain; // under m_secrets when it is a SessionSecretStore
    std::unique_ptr<MainWindow> m_window;
};

void tst_ConnectionPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings =
        std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_server = std::make_unique<demo::DemoServer>();
    QVERIFY(m_server->listen());
    m_server41 = std::make_unique<demo::DemoServer>(demo::DemoConfig::defaults(demo::Flavour::Zato41));
    QVERIFY(m_server41->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.json")));
}

void tst_ConnectionPanel::cleanup()
{
    m_window.reset();
    m_secrets.reset();
    m_keychain.reset();
    m_profiles.reset();
    m_network.reset();
    m_server.reset();
    m_server41.reset();
    m_settings.reset();
    m_dir.reset();
}

void tst_ConnectionPanel::makeWindow(SecretStore *secrets)
{
    m_secrets.reset(secrets);
    m_window =
        std::make_unique<MainWindow>(m_network.get(), m_settings.get(), m_profiles.get(), m_secrets.get());
    m_window->profiles()->setDemoAddress(m_server->address(), m_server41->address());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->openServices(); // as zato-desk does once its first frame is on screen
}

// A built-in "Demo server" profile, chosen as a user would, its passwords loaded.
void tst_ConnectionPanel::selectDemoProfile(const QString &id)
{
    QSignalSpy loaded(m_window->profiles(), &ProfileController::passwordLoaded);
    m_window->profiles()->select(id);
    QTRY_COMPARE(loaded.size(), 1);
}

void tst_ConnectionPanel::builtInDemoProfileCallsEveryClient_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("radio");
    QTest::addColumn<QString>("apiUser");
    const QString zato32 = QStringLiteral("builtin-demo");
    const QString zato41 = QStringLiteral("builtin-demo41");
    QTest::newRow("3.2 AnyServiceInvoker") << zato32 << u"anyServiceInvokerRadio"_qs << u"pubapi"_qs;
    QTest::newRow("3.2 JSONClient") << zato32 << u"jsonClientRadio"_qs << u"pubapi"_qs;
    QTest::newRow("3.2 Invoke API") << zato32 << u"apiRadio"_qs << u"pubapi"_qs;
    QTest::newRow("4.1 JSONClient") << zato41 << u"jsonClientRadio"_qs << u"admin.invoke"_qs;
    QTest::newRow("4.1 Invoke API") << zato41 << u"apiRadio"_qs << u"admin.invoke"_qs;
}

// Each built-in demo profile against its own in-process demo server (zato-desk --demo runs both).
void tst_ConnectionPanel::builtInDemoProfileCallsEveryClient()
{
    QFETCH(QString, profile);
    QFETCH(QString, radio);
    QFETCH(QString, apiUser);
    makeWindow(new MemorySecretStore);
    selectDemoProfile(profile);
    QCOMPARE(child<QLineEdit>(*m_window, "apiUserEdit")->text(), apiUser);
    m_window->findChild<QRadioButton *>(radio)->click();
    QLineEdit *customer = child<QLineEdit>(*m_window, "customerIdEdit");
    customer->clear();
    QTest::keyClicks(customer, QStringLiteral("123"));
    QSignalSpy finished(m_window.get(), &MainWindow::callFinished);
    QTest::mouseClick(child<QPushButton>(*m_window, "invokeButton"), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    const InvokeResult result = finished.constFirst().constFirst().value<InvokeResult>();
    QVERIFY2(result.ok, qPrintable(child<QLabel>(*m_window, "statusLabel")->text()));
    QCOMPARE(child<QLabel>(*m_window, "statusLabel")->text(), QStringLiteral("200 OK"));
    QCOMPARE(child<QLabel>(*m_window, "customerNameLabel")->text(), QStringLiteral("Victoria Murray"));
}

// zato-desk --demo run twice: the second run's demo server listens on another port, and the fields
// restored from the first run take it, with the profile unchanged and no question about saving.
void tst_ConnectionPanel::demoProfileTakesTheNewAddressOnTheNextRun()
{
    makeWindow(new MemorySecretStore);
    selectDemoProfile();
    QTest::keyClicks(child<QLineEdit>(*m_window, "customerIdEdit"), QStringLiteral("123"));
    QSignalSpy finished(m_window.get(), &MainWindow::callFinished);
    QTest::mouseClick(child<QPushButton>(*m_window, "invokeButton"), Qt::LeftButton); // fields kept
    QTRY_COMPARE(finished.size(), 1);
    const QString first = m_server->address();
    m_window.reset();

    m_server = std::make_unique<demo::DemoServer>();
    QVERIFY(m_server->listen());
    QVERIFY(m_server->address() != first);
    makeWindow(new MemorySecretStore);
    QCOMPARE(m_window->profiles()->current().id, u"builtin-demo"_qs);
    QCOMPARE(child<QLineEdit>(*m_window, "addressEdit")->text(), m_server->address());
    QVERIFY(!m_window->profiles()->isModified());
    Prompts prompts = Prompts::dialogs(m_window.get());
    prompts.unsaved = [](const QString &, const QString &) {
        [] { QFAIL("asked about unsaved changes"); }();
        return Prompts::Unsaved::Cancel;
    };
    m_window->profiles()->setPrompts(prompts);
    m_window->profiles()->select(u"builtin-demo"_qs); // as zato-desk --demo does
    QVERIFY(!m_window->profiles()->isModified());
}

void tst_ConnectionPanel::apiPasswordIsKeptInTheKeychainOnly()
{
    auto *secrets = new MemorySecretStore;
    makeWindow(secrets);
    selectDemoProfile();
    Prompts prompts = Prompts::dialogs(m_window.get());
    prompts.text = [](const QString &, const QString &, const QString &) {
        return std::optional(QStringLiteral("Own API user"));
    };
    prompts.tell = [](const QString &title, const QString &message) {
        QFAIL(qPrintable(title + u": " + message));
    };
    m_window->profiles()->setPrompts(prompts);
    QLineEdit *apiUser = child<QLineEdit>(*m_window, "apiUserEdit");
    QLineEdit *apiPassword = child<QLineEdit>(*m_window, "apiPasswordEdit");
    apiUser->clear();
    QTest::keyClicks(apiUser, QStringLiteral("apiuser"));
    apiPassword->clear();
    QTest::keyClicks(apiPassword, QStringLiteral("Api-Secret-42"));
    QVERIFY(m_window->profiles()->isModified()); // the API password counts as a change
    QVERIFY(m_window->profiles()->saveAs());
    const QString id = m_window->profiles()->current().id;
    QCOMPARE(readNow(*secrets, profileApiPasswordKey(id)), QStringLiteral("Api-Secret-42"));
    QCOMPARE(readNow(*secrets, profilePasswordKey(id)), QStringLiteral("my-password"));
    m_settings->sync();
    const QByteArray file = contents(m_profiles->fileName());
    QVERIFY(file.contains("\"api_user\": \"apiuser\""));
    QVERIFY(!file.contains("Api-Secret-42"));
    QVERIFY(!contents(m_settings->fileName()).contains("Api-Secret-42"));

    // Chosen again: both passwords come back from the keychain.
    selectDemoProfile();
    QCOMPARE(apiUser->text(), QStringLiteral("pubapi"));
    QSignalSpy loaded(m_window->profiles(), &ProfileController::passwordLoaded);
    m_window->profiles()->select(id);
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(apiUser->text(), QStringLiteral("apiuser"));
    QCOMPARE(apiPassword->text(), QStringLiteral("Api-Secret-42"));
    QVERIFY(!m_window->profiles()->isModified());
}

// The kind chosen as a user chooses it: the combo box changed, and activated.
void chooseAuth(QComboBox *combo, AuthKind kind)
{
    const int index = combo->findData(int(kind));
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

void tst_ConnectionPanel::authenticationShowsTheFieldsOfItsKind()
{
    makeWindow(new MemorySecretStore);
    selectDemoProfile();
    auto *combo = child<QComboBox>(*m_window, "authCombo");
    QCOMPARE(combo->count(), 5);
    QCOMPARE(AuthKind(combo->currentData().toInt()), AuthKind::Basic); // the samples' kind
    const char *const basic[] = {"usernameEdit", "passwordEdit"};
    const char *const apiKey[] = {"apiKeyHeaderEdit", "apiKeyEdit"};
    const auto shown = [this](const char *name) { return child<QLineEdit>(*m_window, name)->isVisible(); };
    const struct
    {
        AuthKind kind;
        bool basic, apiKey, token, oauth2;
    } kinds[] = {{AuthKind::None, false, false, false, false},
                 {AuthKind::ApiKey, false, true, false, false},
                 {AuthKind::Bearer, false, false, true, false},
                 {AuthKind::OAuth2, false, false, false, true},
                 {AuthKind::Basic, true, false, false, false}};
    for (const auto &k : kinds) {
        chooseAuth(combo, k.kind);
        for (const char *name : basic)
            QCOMPARE(shown(name), k.basic);
        for (const char *name : apiKey)
            QCOMPARE(shown(name), k.apiKey);
        QCOMPARE(shown("tokenEdit"), k.token);
        for (const char *name : {"tokenUrlEdit", "clientIdEdit", "clientSecretEdit", "scopesEdit"})
            QCOMPARE(shown(name), k.oauth2);
        QCOMPARE(child<QPushButton>(*m_window, "getTokenButton")->isVisible(), k.oauth2);
        QVERIFY(shown("apiUserEdit")); // the Invoke API's own user is HTTP Basic whatever the kind
    }
    // The key and the token are masked as the password is, and shown with it.
    auto *show = child<QCheckBox>(*m_window, "showPasswordCheck");
    for (const char *name : {"passwordEdit", "apiKeyEdit", "tokenEdit", "clientSecretEdit"})
        QCOMPARE(child<QLineEdit>(*m_window, name)->echoMode(), QLineEdit::Password);
    show->setChecked(true);
    for (const char *name : {"passwordEdit", "apiKeyEdit", "tokenEdit", "clientSecretEdit"})
        QCOMPARE(child<QLineEdit>(*m_window, name)->echoMode(), QLineEdit::Normal);
    show->setChecked(false);
    QCOMPARE(child<QLineEdit>(*m_window, "apiKeyEdit")->echoMode(), QLineEdit::Password);
}

void tst_ConnectionPanel::apiKeyAndTokenAreKeptInTheKeychainOnly()
{
    auto *secrets = new MemorySecretStore;
    makeWindow(secrets);
    selectDemoProfile();
    Prompts prompts = Prompts::dialogs(m_window.get());
    prompts.text = [](const QString &, const QString &, const QString &) {
        return std::optional(QStringLiteral("Partner"));
    };
    prompts.tell = [](const QString &title, const QString &message) {
        QFAIL(qPrintable(title + u": " + message));
    };
    m_window->profiles()->setPrompts(prompts);
    const QString key = QStringLiteral("Partner-Secret-31");
    const QString token = QStringLiteral("Token-Secret-47");
    auto *combo = child<QComboBox>(*m_window, "authCombo");
    chooseAuth(combo, AuthKind::ApiKey);
    QVERIFY(m_window->profiles()->isModified()); // the kind counts as a change
    QLineEdit *header = child<QLineEdit>(*m_window, "apiKeyHeaderEdit");
    header->clear();
    QTest::keyClicks(header, QStringLiteral("X-Partner-Key"));
    QTest::keyClicks(child<QLineEdit>(*m_window, "apiKeyEdit"), key);

    // The call carries the key in its header; the request shown masks it.
    m_window->findChild<QRadioButton *>(QStringLiteral("jsonClientRadio"))->click();
    QLineEdit *customer = child<QLineEdit>(*m_window, "customerIdEdit");
    customer->clear();
    QTest::keyClicks(customer, QStringLiteral("123"));
    QSignalSpy finished(m_window.get(), &MainWindow::callFinished);
    QTest::mouseClick(child<QPushButton>(*m_window, "invokeButton"), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    const InvokeResult result = finished.constFirst().constFirst().value<InvokeResult>();
    QCOMPARE(headerValue(result.request.headers, "X-Partner-Key"), std::optional<QByteArray>(key.toUtf8()));
    QVERIFY(!headerValue(result.request.headers, "Authorization"));
    const QString shownRequest = child<QPlainTextEdit>(*m_window, "requestView")->toPlainText();
    QVERIFY2(shownRequest.contains(u"X-Partner-Key: ********"), qPrintable(shownRequest));
    QVERIFY(!shownRequest.contains(key));

    QVERIFY(m_window->profiles()->saveAs());
    const QString id = m_window->profiles()->current().id;
    QCOMPARE(readNow(*secrets, profileApiKeyKey(id)), key);

    chooseAuth(combo, AuthKind::Bearer);
    QTest::keyClicks(child<QLineEdit>(*m_window, "tokenEdit"), token);
    QVERIFY(m_window->profiles()->save());
    QCOMPARE(readNow(*secrets, profileTokenKey(id)), token);
    m_settings->sync();
    const QByteArray file = contents(m_profiles->fileName());
    QVERIFY2(file.contains("\"auth\": \"bearer\""), file.constData());
    QVERIFY2(file.contains("\"api_key_header\": \"X-Partner-Key\""), file.constData());
    for (const QString &secret : {key, token}) {
        QVERIFY(!file.contains(secret.toUtf8()));
        QVERIFY(!contents(m_settings->fileName()).contains(secret.toUtf8()));
    }

    // Chosen again: the kind, the header and both secrets come back.
    selectDemoProfile();
    QCOMPARE(AuthKind(combo->currentData().toInt()), AuthKind::Basic);
    QCOMPARE(child<QLineEdit>(*m_window, "tokenEdit")->text(), QString());
    QSignalSpy loaded(m_window->profiles(), &ProfileController::passwordLoaded);
    m_window->profiles()->select(id);
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(AuthKind(combo->currentData().toInt()), AuthKind::Bearer);
    QVERIFY(child<QLineEdit>(*m_window, "tokenEdit")->isVisible());
    QCOMPARE(child<QLineEdit>(*m_window, "tokenEdit")->text(), token);
    QCOMPARE(child<QLineEdit>(*m_window, "apiKeyEdit")->text(), key);
    QCOMPARE(header->text(), QStringLiteral("X-Partner-Key"));
    QVERIFY(!m_window->profiles()->isModified());

    // Deleted with the profile.
    prompts.confirm = [](const QString &, const QString &) { return true; };
    m_window->profiles()->setPrompts(prompts);
    QVERIFY(m_window->profiles()->remove());
    QTRY_COMPARE(readNow(*secrets, profileApiKeyKey(id)), QStringLiteral("<none>"));
    QCOMPARE(readNow(*secrets, profileTokenKey(id)), QStringLiteral("<none>"));
}

// OAuth2 in the window: the call gets its token from the token endpoint first (here a scripted one that
// gives the demo server's static bearer token, so /demo/bearer lets it in); Get token shows what the
// token says and never the token; the client secret goes to the keychain, never to a file.
void tst_ConnectionPanel::oauth2TokenIsGotAndTheClientSecretKeptInTheKeychainOnly()
{
    zd::test::RawHttpServer idp;
    idp.listen();
    idp.setHandler([](const zd::test::RawHttpServer::Request &request) {
        if (!request.body.contains("client_secret=Client-Secret-58"))
            return zd::test::RawHttpServer::reply(401, R"({"error": "invalid_client"})",
                                                  {{"Content-Type", "application/json"}});
        return zd::test::RawHttpServer::reply(
            200,
            R"({"access_token": "demo-token", "token_type": "Bearer", "expires_in": 600, "scope": "customers:read"})",
            {{"Content-Type", "application/json"}});
    });
    auto *secrets = new MemorySecretStore;
    makeWindow(secrets);
    selectDemoProfile();
    Prompts prompts = Prompts::dialogs(m_window.get());
    prompts.text = [](const QString &, const QString &, const QString &) {
        return std::optional(QStringLiteral("Identity"));
    };
    prompts.tell = [](const QString &title, const QString &message) {
        QFAIL(qPrintable(title + u": " + message));
    };
    m_window->profiles()->setPrompts(prompts);
    const QString secret = QStringLiteral("Client-Secret-58");
    chooseAuth(child<QComboBox>(*m_window, "authCombo"), AuthKind::OAuth2);
    QTest::keyClicks(child<QLineEdit>(*m_window, "tokenUrlEdit"), idp.address() + u"/oauth/token");
    QTest::keyClicks(child<QLineEdit>(*m_window, "clientIdEdit"), QStringLiteral("demo-client"));
    QTest::keyClicks(child<QLineEdit>(*m_window, "clientSecretEdit"), secret);
    QTest::keyClicks(child<QLineEdit>(*m_window, "scopesEdit"),
                     QStringLiteral("customers:read  orders:read"));
    QLineEdit *jsonPath = child<QLineEdit>(*m_window, "jsonPathEdit");
    jsonPath->clear();
    QTest::keyClicks(jsonPath, QStringLiteral("/demo/bearer"));
    m_window->findChild<QRadioButton *>(QStringLiteral("jsonClientRadio"))->click();
    QLineEdit *customer = child<QLineEdit>(*m_window, "customerIdEdit");
    customer->clear();
    QTest::keyClicks(customer, QStringLiteral("123"));

    QSignalSpy finished(m_window.get(), &MainWindow::callFinished);
    QTest::mouseClick(child<QPushButton>(*m_window, "invokeButton"), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    const InvokeResult result = finished.constFirst().constFirst().value<InvokeResult>();
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QCOMPARE(headerValue(result.request.headers, "Authorization"),
             std::optional<QByteArray>("Bearer demo-token"));
    QCOMPARE(idp.requests().size(), 1);
    QCOMPARE(idp.requests().constFirst().body,
             QByteArray("grant_type=client_credentials&client_id=demo-client&client_secret=Client-Secret-58&"
                        "scope=customers%3Aread+orders%3Aread"));
    const QString shownRequest = child<QPlainTextEdit>(*m_window, "requestView")->toPlainText();
    QVERIFY2(shownRequest.contains(u"Authorization: Bearer ********"), qPrintable(shownRequest));

    // Get token: a new token, described, never shown.
    QTest::mouseClick(child<QPushButton>(*m_window, "getTokenButton"), Qt::LeftButton);
    auto *dialog = m_window->findChild<TokenDialog *>(QStringLiteral("tokenDialog"));
    QVERIFY(dialog);
    QSignalSpy answered(dialog, &TokenDialog::answered);
    QTRY_COMPARE(answered.size(), 1);
    QCOMPARE(idp.requests().size(), 2);
    const QString shown = dialog->shownText();
    QVERIFY2(shown.contains(u"scope: customers:read"), qPrintable(shown));
    QVERIFY2(shown.contains(u"(in 9 min") || shown.contains(u"(in 10 min 0 s)"), qPrintable(shown));
    QVERIFY2(shown.contains(u"not a JWT"), qPrintable(shown));
    QVERIFY(!shown.contains(u"demo-token") && !shown.contains(secret));
    dialog->close();

    QVERIFY(m_window->profiles()->saveAs());
    const QString id = m_window->profiles()->current().id;
    QCOMPARE(readNow(*secrets, profileClientSecretKey(id)), secret);
    m_settings->sync();
    const QByteArray file = contents(m_profiles->fileName());
    QVERIFY2(file.contains("\"auth\": \"oauth2\""), file.constData());
    QVERIFY2(file.contains("\"client_id\": \"demo-client\""), file.constData());
    for (const QByteArray &kept : {secret.toUtf8(), QByteArray("demo-token")}) {
        QVERIFY(!file.contains(kept));
        QVERIFY(!contents(m_settings->fileName()).contains(kept));
    }

    // Chosen again: the endpoint, the client and the secret come back.
    selectDemoProfile();
    QCOMPARE(child<QLineEdit>(*m_window, "clientSecretEdit")->text(), QString());
    QSignalSpy loaded(m_window->profiles(), &ProfileController::passwordLoaded);
    m_window->profiles()->select(id);
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(child<QLineEdit>(*m_window, "tokenUrlEdit")->text(), idp.address() + u"/oauth/token");
    QCOMPARE(child<QLineEdit>(*m_window, "clientSecretEdit")->text(), secret);
    QCOMPARE(child<QLineEdit>(*m_window, "scopesEdit")->text(), QStringLiteral("customers:read orders:read"));
    QVERIFY(!m_window->profiles()->isModified());
}

void tst_ConnectionPanel::everyInvalidFieldIsFlaggedAtOnce()
{
    makeWindow(new MemorySecretStore);
    m_window->setForm(demoForm(m_server->address()));
    const char *const edits[] = {"addressEdit", "anyPathEdit", "jsonPathEdit", "apiPathEdit", "serviceEdit"};
    const char *const labels[] = {"addressErrorLabel", "anyPathErrorLabel", "jsonPathErrorLabel",
                                  "apiPathErrorLabel", "serviceErrorLabel"};
    QList<int> widths;
    for (const char *name : edits)
        widths << child<QLineEdit>(*m_window, name)->width();

    child<QLineEdit>(*m_window, "addressEdit")->setText(QStringLiteral("127.0.0.1:17010"));
    child<QLineEdit>(*m_window, "anyPathEdit")->setText(QStringLiteral("clients/django/any-service-invoker"));
    child<QLineEdit>(*m_window, "jsonPathEdit")->setText(QStringLiteral("clients/django/json-client"));
    child<QLineEdit>(*m_window, "apiPathEdit")->setText(QStringLiteral("zato/api/invoke"));
    child<QLineEdit>(*m_window, "serviceEdit")->clear();
    QSignalSpy finished(m_window.get(), &MainWindow::callFinished);
    m_window->invoke();
    QTest::qWait(50); // the layout settles
    for (int i = 0; i < 5; ++i) {
        QLabel *label = child<QLabel>(*m_window, labels[i]);
        QVERIFY2(!label->text().isEmpty(), labels[i]);
        QVERIFY2(shownWhole(label), labels[i]);
        QLineEdit *edit = child<QLineEdit>(*m_window, edits[i]);
        QVERIFY2(
            edit->width() == widths.at(i),
            qPrintable(
                u"%1: %2 px, was %3"_qs.arg(QLatin1String(edits[i])).arg(edit->width()).arg(widths.at(i))));
        // The message under its field, not beside it.
        QVERIFY(label->mapTo(m_window.get(), QPoint()).y() >=
                edit->mapTo(m_window.get(), QPoint(0, edit->height())).y());
    }
    QCOMPARE(finished.size(), 0);
}

void tst_ConnectionPanel::emptyUserWithPasswordIsSentAndHinted()
{
    makeWindow(new MemorySecretStore);
    m_window->setForm(demoForm(m_server->address()));
    QLabel *hint = child<QLabel>(*m_window, "usernameHintLabel");
    QVERIFY(!hint->isVisible());
    QLineEdit *user = child<QLineEdit>(*m_window, "usernameEdit");
    user->selectAll();
    QTest::keyClick(user, Qt::Key_Delete);
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(u"user name is empty"));
    QVERIFY(shownWhole(hint));

    // Not blocking: the call goes, with Basic auth for ":my-password".
    QSignalSpy finished(m_window.get(), &MainWindow::callFinished);
    m_window->invoke();
    QTRY_COMPARE(finished.size(), 1);
    const InvokeResult result = finished.constFirst().constFirst().value<InvokeResult>();
    // base64(":my-password"), by hand: ":my" "-pa" "ssw" "ord" -> "Om15" "LXBh" "c3N3" "b3Jk".
    QVERIFY(result.request.headers.contains(HttpHeader{"Authorization", "Basic Om15LXBhc3N3b3Jk"}));

    QTest::keyClicks(user, QStringLiteral("django"));
    QVERIFY(!hint->isVisible());
}

void tst_ConnectionPanel::keychainBannerIsWholeAndPlain()
{
    m_keychain = std::make_unique<NoKeychain>();
    makeWindow(new SessionSecretStore(m_keychain.get()));
    QCOMPARE(m_window->size(), QSize(1100, 760)); // the default size
    selectDemoProfile();
    QLabel *banner = child<QLabel>(*m_window, "keychainWarningLabel");
    QTRY_VERIFY(banner->isVisible());
    QTest::qWait(50); // the layout settles
    QVERIFY2(
        shownWhole(banner),
        qPrintable(
            u"%1 px high, %2 needed"_qs.arg(banner->height()).arg(banner->heightForWidth(banner->width()))));
    // Plain words first: what happened and what to do; the keychain's own words after them.
    const QString text = banner->text();
    const qsizetype detail = text.indexOf(u"dbus-launch");
    QVERIFY(detail > 0);
    QVERIFY2(text.left(detail).contains(u"memory for this session only"), qPrintable(text));
    QVERIFY2(text.left(detail).contains(u"start your desktop"), qPrintable(text));
    QVERIFY(text.indexOf(u"<small>") < detail);
    QVERIFY(banner->toolTip().contains(u"dbus-launch"));
}

void tst_ConnectionPanel::aboutTellsWherePasswordsAre()
{
    m_keychain = std::make_unique<NoKeychain>();
    makeWindow(new SessionSecretStore(m_keychain.get()));
    selectDemoProfile(); // the keychain has been asked, and failed
    QString about = m_window->menus()->aboutText();
    QVERIFY2(!about.contains(u"kept in the system keychain only"), qPrintable(about));
    QVERIFY2(about.contains(u"kept in memory"), qPrintable(about));
    m_window.reset();
    m_secrets.reset();
    m_settings->clear(); // no profile restored: chosen below, as the first time

    // A keychain that answers.
    m_keychain = std::make_unique<MemorySecretStore>();
    makeWindow(new SessionSecretStore(m_keychain.get()));
    selectDemoProfile();
    about = m_window->menus()->aboutText();
    QVERIFY2(about.contains(u"kept in the system keychain only"), qPrintable(about));
}

void tst_ConnectionPanel::browseFillsTheFileField_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("pattern"); // one the filter must offer
    QTest::newRow("CA") << QStringLiteral("caFileBrowseButton") << QStringLiteral("caFileEdit")
                        << QStringLiteral("*.pem");
    QTest::newRow("certificate") << QStringLiteral("clientCertBrowseButton")
                                 << QStringLiteral("clientCertEdit") << QStringLiteral("*.p12");
    QTest::newRow("key") << QStringLiteral("clientKeyBrowseButton") << QStringLiteral("clientKeyEdit")
                         << QStringLiteral("*.key");
}

void tst_ConnectionPanel::browseFillsTheFileField()
{
    QFETCH(QString, button);
    QFETCH(QString, edit);
    QFETCH(QString, pattern);
    ConnectionDialog dialog;
    QString offered;
    dialog.setFileChooser([&offered](const QString &, const QString &, const QString &filter) {
        offered = filter;
        return QStringLiteral("/etc/zato/chosen.pem");
    });
    dialog.show();
    auto *browse = dialog.findChild<QToolButton *>(button);
    QVERIFY(browse);
    QTest::mouseClick(browse, Qt::LeftButton);
    QCOMPARE(dialog.findChild<QLineEdit *>(edit)->text(), QStringLiteral("/etc/zato/chosen.pem"));
    QVERIFY2(offered.contains(pattern), qPrintable(offered));
    QVERIFY(offered.contains(u"(*)")); // and any file

    // Cancelled: the field keeps what it had.
    dialog.setFileChooser([](const QString &, const QString &, const QString &) { return QString(); });
    QTest::mouseClick(browse, Qt::LeftButton);
    QCOMPARE(dialog.findChild<QLineEdit *>(edit)->text(), QStringLiteral("/etc/zato/chosen.pem"));
    QCOMPARE(dialog.tls().caFile.isEmpty(), edit != u"caFileEdit");
}

void tst_ConnectionPanel::noVerifyWarningIsShownWhole()
{
    ConnectionDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    child<QCheckBox>(dialog, "noVerifyCheck")->click();
    QTest::qWait(50); // the layout settles
    QLabel *warning = child<QLabel>(dialog, "noVerifyWarningLabel");
    QVERIFY2(shownWhole(warning), qPrintable(u"%1 px high, %2 needed"_qs.arg(warning->height())
                                                 .arg(warning->heightForWidth(warning->width()))));
}

void tst_ConnectionPanel::placeholdersAreReadWhole()
{
    ConnectionDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    int checked = 0;
    for (const QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
        if (edit->placeholderText().isEmpty())
            continue;
        ++checked;
        const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
        QVERIFY2(textWidth(edit) >= needed,
                 qPrintable(u"%1: %2 px for %3"_qs.arg(edit->objectName()).arg(textWidth(edit)).arg(needed)));
    }
    QVERIFY(checked >= 4);

    // The connection panel's API user says what an empty field means, whole.
    makeWindow(new MemorySecretStore);
    QLineEdit *apiUser = child<QLineEdit>(*m_window, "apiUserEdit");
    apiUser->clear();
    QVERIFY(apiUser->placeholderText().contains(u"user name above"));
    QVERIFY(textWidth(apiUser) >= apiUser->fontMetrics().horizontalAdvance(apiUser->placeholderText()));
}

QTEST_MAIN(tst_ConnectionPanel)
#include "tst_connectionpanel.moc"
