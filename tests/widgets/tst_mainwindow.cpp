// The real MainWindow, offscreen, against the demo server in-process over loopback.
#include "afterfirstframe.h"
#include "demoform.h"
#include "demoserver.h"
#include "invoke/call.h"
#include "mainwindow.h"
#include "profile/profilestore.h"
#include "profile/secretstore.h"
#include "prompts.h"
#include "textview/largetextview.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace zd;

namespace {

template <typename T> T *child(const QWidget &window, const char *name)
{
    T *widget = window.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void lookUpVictoriaMurray_data();
    void lookUpVictoriaMurray();
    void wrongPasswordIsExplained();
    void hangingChannelCanBeCancelled();
    void requestIsShownWhileTheCallRuns();
    void secondClickWhileRunningIsHarmless();
    void emptyFieldsAreRefused();
    void addressWithoutSchemeIsRefused();
    void rawPanelsShowTheExactRequest();
    void serviceErrorShowsDetails();
    void fieldsAreRestoredButNeverThePassword();
    void passwordInTheAddressIsRefusedAndNeverKept();
    void showPasswordToggle();
    void keyboardShortcuts();
    void tooLargeBodyCanBeSavedToAFile();
    void workWaitsForTheFirstFrameAndRunsOnce();
    void workRunsAfterTheFallbackWithoutAFrame();

private:
    void typeCustomerId(const QString &id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<demo::DemoServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings =
        std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    demo::DemoConfig config = demo::DemoConfig::defaults();
    config.faults.hangPaths = {QStringLiteral("/clients/flask/json-client")};
    m_server = std::make_unique<demo::DemoServer>(config);
    QVERIFY(m_server->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.json")));
    m_secrets = std::make_unique<MemorySecretStore>();
    m_window =
        std::make_unique<MainWindow>(m_network.get(), m_settings.get(), m_profiles.get(), m_secrets.get());
    m_window->setForm(demoForm(m_server->address()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
    m_secrets.reset();
    m_profiles.reset();
    m_network.reset();
    m_server.reset();
    m_settings.reset();
    m_dir.reset();
}

void tst_MainWindow::typeCustomerId(const QString &id)
{
    QLineEdit *edit = child<QLineEdit>(*m_window, "customerIdEdit");
    edit->clear();
    QTest::keyClicks(edit, id);
}

void tst_MainWindow::lookUpVictoriaMurray_data()
{
    QTest::addColumn<QString>("radio");
    QTest::newRow("AnyServiceInvoker") << QStringLiteral("anyServiceInvokerRadio");
    QTest::newRow("JSONClient") << QStringLiteral("jsonClientRadio");
}

void tst_MainWindow::lookUpVictoriaMurray()
{
    QFETCH(QString, radio);
    m_window->findChild<QRadioButton *>(radio)->click();
    typeCustomerId(QStringLiteral("123"));
    QTest::mouseClick(child<QPushButton>(*m_window, "invokeButton"), Qt::LeftButton);
    QTRY_COMPARE(child<QLabel>(*m_window, "customerNameLabel")->text(), QStringLiteral("Victoria Murray"));
    QCOMPARE(child<QLabel>(*m_window, "statusLabel")->text(), QStringLiteral("200 OK"));
    QCOMPARE(child<QLabel>(*m_window, "cidLabel")->text().size(), 24);
    QVERIFY(child<QLabel>(*m_window, "responseTimeLabel")->text().endsWith(u"ms"));
    QVERIFY(child<QPushButton>(*m_window, "invokeButton")->isEnabled());
    QVERIFY(!child<QPushButton>(*m_window, "cancelButton")->isEnabled());
}

void tst_MainWindow::wrongPasswordIsExplained()
{
    child<QLineEdit>(*m_window, "passwordEdit")->setText(QStringLiteral("wrong"));
    QTest::mouseClick(child<QPushButton>(*m_window, "invokeButton"), Qt::LeftButton);
    QTRY_COMPARE(child<QLabel>(*m_window, "statusLabel")->text(), QStringLiteral("401 Unauthorized"));
    const QString explanation = child<QLabel>(*m_window, "explanationLabel")->text();
    QVERIFY2(explanation.contains(u"Wrong credentials for realm \"Zato\""), qPrintable(explanation));
    QCOMPARE(child<QLabel>(*m_window, "customerNameLabel")->text(), QStringLiteral("—"));
    // An AnyServiceInvoker call with no inner response does not say only AnyServiceInvoker has one.
    const QString inner = child<LargeTextView>(*m_window, "innerResponseView")->toPlainText();
    QVERIFY2(inner.startsWith(u"(none"), qPrintable(inner));
}

void tst_MainWindow::hangingChannelCanBeCancelled()
{
    child<QLineEdit>(*m_window, "jsonPathEdit")->setText(QStringLiteral("/clients/flask/json-client"));
    child<QLineEdit>(*m_window, "usernameEdit")->setText(QStringLiteral("flask"));
    child<QRadioButton>(*m_window, "jsonClientRadio")->click();
    QPushButton *invoke = child<QPushButton>(*m_window, "invokeButton");
    QPushButton *cancel = child<QPushButton>(*m_window, "cancelButton");
    QTest::mouseClick(invoke, Qt::LeftButton);
    QVERIFY(cancel->isEnabled());
    QVERIFY(!invoke->isEnabled());
    QTest::qWait(100); // the server holds the request
    QVERIFY(m_window->isCalling());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(invoke->isEnabled());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(child<QLabel>(*m_window, "explanationLabel")->text().contains(u"cancelled"));

    // The window is still usable.
    child<QLineEdit>(*m_window, "usernameEdit")->setText(QStringLiteral("django"));
    child<QRadioButton>(*m_window, "anyServiceInvokerRadio")->click();
    QTest::mouseClick(invoke, Qt::LeftButton);
    QTRY_COMPARE(child<QLabel>(*m_window, "customerNameLabel")->text(), QStringLiteral("Victoria Murray"));
}

void tst_MainWindow::requestIsShownWhileTheCallRuns()
{
    // The flask JSONClient channel of this server never answers: the request is in the Request tab
    // as soon as it is sent, and the time it has been waiting counts up.
    child<QLineEdit>(*m_window, "jsonPathEdit")->setText(QStringLiteral("/clients/flask/json-client"));
    child<QLineEdit>(*m_window, "usernameEdit")->setText(QStringLiteral("flask"));
    child<QRadioButton>(*m_window, "jsonClientRadio")->click();
    auto *request = child<QPlainTextEdit>(*m_window, "requestView");
    auto *time = child<QLabel>(*m_window, "responseTimeLabel");
    m_window->invoke();
    QTRY_VERIFY(
        request->toPlainText().startsWith(u"POST " + m_server->address() + u"/clients/flask/json-client"));
    QVERIFY(request->toPlainText().contains(u"Authorization: Basic ********"));
    QVERIFY(request->toPlainText().endsWith(u"{\"cust_id\": \"123\"}"));
    QVERIFY(m_window->isCalling());
    QTRY_VERIFY(time->text().endsWith(u"s…"));
    const QString first = time->text();
    QTRY_VERIFY(time->text() != first); // still counting
    QVERIFY(m_window->isCalling());
    m_window->cancel();
    QTRY_VERIFY(!m_window->isCalling());
    QVERIFY(!time->text().endsWith(u"s…")); // the count stops with the call
}

void tst_MainWindow::secondClickWhileRunningIsHarmless()
{
    QSignalSpy log(m_server.get(), &demo::DemoServer::callLogged);
    child<QLineEdit>(*m_window, "jsonPathEdit")->setText(QStringLiteral("/clients/flask/json-client"));
    child<QLineEdit>(*m_window, "usernameEdit")->setText(QStringLiteral("flask"));
    child<QRadioButton>(*m_window, "jsonClientRadio")->click();
    m_window->invoke();
    m_window->invoke(); // e.g. Ctrl+Return pressed again
    QTest::mouseClick(child<QPushButton>(*m_window, "invokeButton"), Qt::LeftButton);
    QTRY_COMPARE(log.size(), 1);
    QTest::qWait(100);
    QCOMPARE(log.size(), 1);
    m_window->cancel();
    QTRY_VERIFY(!m_window->isCalling());
}

void tst_MainWindow::emptyFieldsAreRefused()
{
    QSignalSpy log(m_server.get(), &demo::DemoServer::callLogged);
    QSignalSpy finished(m_window.get(), &MainWindow::callFinished);
    child<QLineEdit>(*m_window, "addressEdit")->clear();
    child<QLineEdit>(*m_window, "anyPathEdit")->clear();
    child<QLineEdit>(*m_window, "customerIdEdit")->clear();
    QTest::mouseClick(child<QPushButton>(*m_window, "invokeButton"), Qt::LeftButton);
    QLabel *addressError = child<QLabel>(*m_window, "addressErrorLabel");
    QVERIFY(addressError->isVisible());
    QVERIFY(addressError->text().contains(u"The server address is empty"));
    QVERIFY(child<QLabel>(*m_window, "anyPathErrorLabel")->isVisible());
    QVERIFY(child<QLabel>(*m_window, "customerIdErrorLabel")->text().contains(u"Enter a customer ID"));
    QVERIFY(!child<QLabel>(*m_window, "jsonPathErrorLabel")->isVisible()); // not needed by AnyServiceInvoker
    QTest::qWait(100);
    QCOMPARE(log.size(), 0);
    QCOMPARE(finished.size(), 0);
    QVERIFY(!m_window->isCalling());

    // Fixing the fields clears the messages on the next attempt.
    m_window->setForm(demoForm(m_server->address()));
    m_window->invoke();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!addressError->isVisible());
}

void tst_MainWindow::addressWithoutSchemeIsRefused()
{
    QSignalSpy log(m_server.get(), &demo::DemoServer::callLogged);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QLineEdit *address = child<QLineEdit>(*m_window, "addressEdit");
    address->setText(m_server->address().mid(7)); // 127.0.0.1:port
    m_window->invoke();
    QVERIFY(child<QLabel>(*m_window, "addressErrorLabel")->text().contains(u"http:// or https://"));
    QVERIFY(address->hasFocus()); // the first field at fault takes the focus
    QTest::qWait(50);
    QCOMPARE(log.size(), 0);
}

void tst_MainWindow::rawPanelsShowTheExactRequest()
{
    QSignalSpy finished(m_window.get(), &MainWindow::callFinished);
    m_window->invoke();
    QTRY_COMPARE(finished.size(), 1);
    const InvokeResult result = finished.constFirst().constFirst().value<InvokeResult>();
    QCOMPARE(result.request.body.size(), 241); // vector 1's body, built by the invoker
    const QString request = child<QPlainTextEdit>(*m_window, "requestView")->toPlainText();
    QVERIFY(request.startsWith(u"POST " + m_server->address() +
                               u"/clients/django/any-service-invoker HTTP/1.1\n"));
    QVERIFY(request.endsWith(u"\n\n" + QString::fromUtf8(result.request.body)));
    QVERIFY(request.contains(u"Authorization: Basic ********"));
    QVERIFY(!request.contains(u"my-password"));
    QVERIFY(!request.contains(QString::fromLatin1(QByteArray("django:my-password").toBase64())));

    const QString response = child<LargeTextView>(*m_window, "responseView")->toPlainText();
    QVERIFY(response.startsWith(u"HTTP/1.1 200 OK\n"));
    QVERIFY(response.contains(u"X-Zato-CID: " + result.cid));
    QCOMPARE(child<LargeTextView>(*m_window, "rawResponseView")->toPlainText(),
             QString::fromUtf8(result.response.body));
    QCOMPARE(child<LargeTextView>(*m_window, "innerResponseView")->toPlainText(),
             QStringLiteral(R"({"name": "Victoria Murray"})"));
}

void tst_MainWindow::serviceErrorShowsDetails()
{
    typeCustomerId(QStringLiteral("missing-7"));
    m_window->invoke();
    QTRY_COMPARE(child<QLabel>(*m_window, "statusLabel")->text(),
                 QStringLiteral("500 Internal Server Error"));
    QCOMPARE(child<QLabel>(*m_window, "explanationLabel")->text(),
             QStringLiteral("Service error: Customer not found"));
}

void tst_MainWindow::fieldsAreRestoredButNeverThePassword()
{
    child<QRadioButton>(*m_window, "jsonClientRadio")->click();
    typeCustomerId(QStringLiteral("456"));
    QSignalSpy finished(m_window.get(), &MainWindow::callFinished);
    m_window->invoke();
    QTRY_COMPARE(finished.size(), 1);
    m_window->close();
    m_window.reset();
    m_settings->sync();

    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY(saved.contains("456"));
    QVERIFY(!saved.contains("my-password"));

    MainWindow restored(m_network.get(), m_settings.get(), m_profiles.get(), m_secrets.get());
    const LookupForm form = restored.form();
    QCOMPARE(form.address, m_server->address());
    QCOMPARE(form.customerId, QStringLiteral("456"));
    QCOMPARE(form.client, ClientKind::Json);
    QCOMPARE(form.user, QStringLiteral("django"));
    QVERIFY(form.password.isEmpty());
}

void tst_MainWindow::passwordInTheAddressIsRefusedAndNeverKept()
{
    // http://user:password@host: the call is refused, and what the window keeps has no password.
    QSignalSpy log(m_server.get(), &demo::DemoServer::callLogged);
    const QString address = m_server->address().replace(u"http://"_qs, u"http://django:in-the-address@"_qs);
    child<QLineEdit>(*m_window, "addressEdit")->setText(address);
    m_window->invoke();
    QLabel *addressError = child<QLabel>(*m_window, "addressErrorLabel");
    QVERIFY(addressError->isVisible());
    QVERIFY2(addressError->text().contains(u"user name or password"), qPrintable(addressError->text()));
    QVERIFY(!m_window->isCalling());
    m_window->close();
    m_window.reset();
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY(saved.contains(m_server->address().mid(7).toUtf8())); // the host and port are kept
    QVERIFY(!saved.contains("in-the-address"));
    QCOMPARE(log.size(), 0);
}

void tst_MainWindow::showPasswordToggle()
{
    QLineEdit *password = child<QLineEdit>(*m_window, "passwordEdit");
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    child<QCheckBox>(*m_window, "showPasswordCheck")->click();
    QCOMPARE(password->echoMode(), QLineEdit::Normal);
    child<QCheckBox>(*m_window, "showPasswordCheck")->click();
    QCOMPARE(password->echoMode(), QLineEdit::Password);
}

void tst_MainWindow::keyboardShortcuts()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QSignalSpy finished(m_window.get(), &MainWindow::callFinished);
    QTest::keyClick(child<QLineEdit>(*m_window, "customerIdEdit"), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(child<QLabel>(*m_window, "customerNameLabel")->text(), QStringLiteral("Victoria Murray"));

    child<QLineEdit>(*m_window, "jsonPathEdit")->setText(QStringLiteral("/clients/flask/json-client"));
    child<QLineEdit>(*m_window, "usernameEdit")->setText(QStringLiteral("flask"));
    child<QRadioButton>(*m_window, "jsonClientRadio")->click();
    QTest::keyClick(child<QLineEdit>(*m_window, "customerIdEdit"), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(m_window->isCalling());
    QTest::keyClick(child<QLineEdit>(*m_window, "customerIdEdit"), Qt::Key_Escape);
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(finished.last().constFirst().value<InvokeResult>().error.kind, ErrorKind::Cancelled);
}

// A body above the window's limit stops the call; "Call again, saving the body to a file" calls once more
// and writes the whole body to the file the user picks, without holding it.
void tst_MainWindow::tooLargeBodyCanBeSavedToAFile()
{
    m_window.reset();
    m_settings->setValue(QStringLiteral("network/maxBodyBytes"), 1000);
    m_window =
        std::make_unique<MainWindow>(m_network.get(), m_settings.get(), m_profiles.get(), m_secrets.get());
    LookupForm form = demoForm(m_server->address());
    form.client = ClientKind::Json;
    form.jsonPath = QStringLiteral("/demo/sized-body");
    form.customerId = QStringLiteral("5000");
    m_window->setForm(form);
    const QString path = m_dir->filePath(QStringLiteral("body.json"));
    QStringList asked;
    Prompts prompts;
    prompts.saveFile = [&asked, path](const QString &title, const QString &) {
        asked << title;
        return path;
    };
    m_window->setPrompts(prompts);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    auto *save = child<QPushButton>(*m_window, "callAgainToFileButton");
    QVERIFY(!save->isVisible());
    QTest::mouseClick(child<QPushButton>(*m_window, "invokeButton"), Qt::LeftButton);
    QTRY_VERIFY2(save->isVisible(), qPrintable(child<QLabel>(*m_window, "explanationLabel")->text()));
    QVERIFY2(child<QLabel>(*m_window, "explanationLabel")->text().contains(u"larger than"),
             qPrintable(child<QLabel>(*m_window, "explanationLabel")->text()));
    QVERIFY(!QFile::exists(path));

    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(asked.size(), 1);
    QTRY_VERIFY(child<QLabel>(*m_window, "explanationLabel")->text().contains(path));
    QVERIFY(!save->isVisible());
    QCOMPARE(child<QLabel>(*m_window, "statusLabel")->text(), QStringLiteral("200 OK"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray body = file.readAll();
    QCOMPARE(body.size(), 5000); // demo.sized-body: a JSON string of exactly 5000 bytes
    QVERIFY(body.startsWith('"') && body.endsWith('"'));
}

// What zato-desk leaves until its first frame is on screen (the demo servers, the keychain, the
// history) runs once that frame is there, once only, even when the fallback's time passes later.
void tst_MainWindow::workWaitsForTheFirstFrameAndRunsOnce()
{
    QWidget window;
    window.resize(200, 100);
    window.show(); // as in main(): the frame comes through the event loop, after the helper is there
    int runs = 0;
    bool exposedWhenRun = false;
    new AfterFirstFrame(window.windowHandle(), [&] {
        ++runs;
        exposedWhenRun = window.windowHandle()->isExposed();
    }); // no fallback: only the frame starts it
    QCOMPARE(runs, 0);
    QTRY_COMPARE(runs, 1);
    QVERIFY(exposedWhenRun);

    QWidget second;
    second.resize(200, 100);
    second.show();
    int secondRuns = 0;
    new AfterFirstFrame(
        second.windowHandle(), [&secondRuns] { ++secondRuns; }, std::chrono::milliseconds(200));
    QTRY_COMPARE(secondRuns, 1);
    QTest::qWait(400); // past the fallback
    QCOMPARE(secondRuns, 1);
}

// A window that never shows a frame (opened minimised, or on a workspace not shown) still gets the
// work after the fallback; with none, the work waits.
void tst_MainWindow::workRunsAfterTheFallbackWithoutAFrame()
{
    QWidget window;
    window.winId(); // a native window that is never shown
    int runs = 0;
    new AfterFirstFrame(
        window.windowHandle(), [&runs] { ++runs; }, std::chrono::milliseconds(100));
    QTRY_COMPARE(runs, 1);
    QTest::qWait(200);
    QCOMPARE(runs, 1);

    QWidget waiting;
    waiting.winId();
    int waited = 0;
    new AfterFirstFrame(waiting.windowHandle(), [&waited] { ++waited; });
    QTest::qWait(300);
    QCOMPARE(waited, 0);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
