// The history in the real window, offscreen, against the demo server over loopback: every call
// recorded (Both clients too), listed and filtered in the dock, listed by profile, reopened into the
// form with its stored response, recalled with Ctrl+Up and Ctrl+Down, kept across a restart,
// cleared; a damaged file is said and set aside.
#include "demoform.h"
#include "demoserver.h"
#include "fakesecretstore.h"
#include "history/historyservice.h"
#include "historydock.h"
#include "historymodel.h"
#include "mainwindow.h"
#include "profile/profilestore.h"
#include "profile/secretstore.h"
#include "profilecontroller.h"
#include "prompts.h"
#include "settings/settings.h"
#include "textview/largetextview.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace zd;

class tst_History : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void callsAreRecordedAndRecalled();
    void thisProfileOnly();
    void bothClientsAreRecorded();
    void reopenedEntryShowsItsStoredResponse();
    void damagedHistoryIsSaidAndSetAside();
    void keychainAndHistoryWaitForOpenServices();
    void callBeforeOpenServicesIsRecorded();
    void secretsChosenBeforeOpenServicesAreReadOnce();

private:
    void openWindow();
    void lookUp(const QString &customerId, ClientKind client = ClientKind::AnyService);
    // The calls the history holds, asked of it directly (not through the dock).
    QList<HistoryEntry> stored();
    [[nodiscard]] int rows() const { return m_window->historyDock()->model()->rowCount(); }
    // What the dock's list shows in a cell.
    [[nodiscard]] QString cell(int row, int column) const
    {
        const QAbstractItemModel *model = m_window->historyDock()->model();
        return model->index(row, column).data().toString();
    }
    QString historyPath() const { return m_dir->filePath(u"history.sqlite"_qs); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<demo::DemoServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<ProfileStore> m_profiles;
    MemorySecretStore m_secrets;
    std::unique_ptr<HistoryService> m_history;
    std::unique_ptr<MainWindow> m_window;
    QString m_openMessage;
};

void tst_History::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_qs), QSettings::IniFormat);
    m_server = std::make_unique<demo::DemoServer>();
    QVERIFY(m_server->listen());
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(u"profiles.json"_qs));
}

void tst_History::cleanup()
{
    m_window.reset();
    m_history.reset();
    m_server.reset();
    m_settings.reset();
    m_dir.reset();
}

void tst_History::openWindow()
{
    m_window.reset();
    m_history.reset();
    m_history = std::make_unique<HistoryService>(historyPath());
    m_window = std::make_unique<MainWindow>(&m_network, m_settings.get(), m_profiles.get(), &m_secrets);
    Prompts prompts;
    prompts.confirm = [](const QString &, const QString &) { return true; };
    m_window->setPrompts(prompts);
    m_window->setHistory(m_history.get());
    m_window->openServices(); // as zato-desk does once its first frame is on screen
    // Opened on the history's thread: the dock lists what it holds once it has answered.
    QTRY_VERIFY(m_history->isAvailable() || !m_window->historyMessage().isEmpty());
    m_openMessage = m_window->historyMessage();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_History::lookUp(const QString &customerId, ClientKind client)
{
    LookupForm form = demoForm(m_server->address());
    form.customerId = customerId;
    form.client = client;
    m_window->setForm(form);
    QSignalSpy finished(m_window.get(), &MainWindow::callFinished);
    const int before = stored().size();
    m_window->invoke();
    QVERIFY(finished.wait(20000));
    QTRY_COMPARE(stored().size(), before + 1); // recorded on the history's thread
}

QList<HistoryEntry> tst_History::stored()
{
    std::optional<QList<HistoryEntry>> answer;
    QObject context;
    m_history->list({}, 1000, &context, [&answer](const QList<HistoryEntry> &entries) { answer = entries; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000))
        return {};
    return answer.value_or(QList<HistoryEntry>());
}

void tst_History::callsAreRecordedAndRecalled()
{
    openWindow();
    QCOMPARE(m_openMessage, QString());
    lookUp(u"123"_qs);
    lookUp(u"vip-456"_qs, ClientKind::Json);
    lookUp(u"missing-1"_qs);                     // a service error: recorded too
    QTRY_COMPARE_WITH_TIMEOUT(rows(), 3, 20000); // slow under the sanitizers
    QCOMPARE(cell(0, 3), u"missing-1"_qs);       // newest first
    QCOMPARE(cell(0, 4), u"500"_qs);             // the status once, not "500 500"
    QCOMPARE(cell(1, 4), u"200 allowed"_qs);
    QCOMPARE(cell(1, 1), u"JSONClient"_qs);

    // Ctrl+Up: the previous calls into the form, one by one; Ctrl+Down back.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *customer = m_window->findChild<QLineEdit *>(u"customerIdEdit"_qs);
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Up));
    QTRY_COMPARE(customer->text(), u"missing-1"_qs);
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Up));
    QTRY_COMPARE(customer->text(), u"vip-456"_qs);
    QCOMPARE(m_window->form().client, ClientKind::Json);
    QCOMPARE(m_window->form().password, u"my-password"_qs); // kept from the form, never from history
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Up));
    QTRY_COMPARE(customer->text(), u"123"_qs);
    QVERIFY(!m_window->recallCall(+1)); // the oldest
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Down));
    QTRY_COMPARE(customer->text(), u"vip-456"_qs);

    // Filters: the text waits for a pause in typing, then the history answers from its thread.
    m_window->historyDock()->filterEdit()->setText(u"vip"_qs); // in no address, CID or outcome
    QTRY_COMPARE_WITH_TIMEOUT(rows(), 1, 20000);               // slow under the sanitizers
    QCOMPARE(cell(0, 3), u"vip-456"_qs);
    m_window->historyDock()->filterEdit()->clear();
    QTRY_COMPARE_WITH_TIMEOUT(rows(), 3, 20000); // slow under the sanitizers

    // A restart keeps them; clearing empties the store.
    openWindow();
    QTRY_COMPARE_WITH_TIMEOUT(rows(), 3, 20000); // slow under the sanitizers
    m_window->historyDock()->clearHistory();
    QTRY_COMPARE_WITH_TIMEOUT(rows(), 0, 20000); // slow under the sanitizers
    QCOMPARE(stored().size(), 0);
}

void tst_History::thisProfileOnly()
{
    openWindow();
    ProfileController *profiles = m_window->profiles();
    profiles->setDemoAddress(m_server->address());
    // Two calls with the Demo server profile selected, one with the Django sample.
    profiles->select(u"builtin-demo"_qs);
    QTRY_COMPARE(m_window->form().password, u"my-password"_qs);
    lookUp(u"123"_qs);
    lookUp(u"789"_qs);
    profiles->select(u"builtin-django"_qs);
    QTRY_COMPARE(profiles->current().id, u"builtin-django"_qs);
    lookUp(u"456"_qs); // to the test's server, made while the Django sample is selected
    const QList<HistoryEntry> all = stored();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).profileId, u"builtin-django"_qs);
    QCOMPARE(all.at(0).profileName, u"Django sample"_qs);
    QCOMPARE(all.at(1).profileId, u"builtin-demo"_qs);
    QCOMPARE(all.at(2).profileId, u"builtin-demo"_qs);

    m_window->historyDock()->setThisProfileOnly(true);
    QTRY_COMPARE_WITH_TIMEOUT(rows(), 1, 20000); // slow under the sanitizers
    QCOMPARE(cell(0, 3), u"456"_qs);
    profiles->select(u"builtin-demo"_qs);        // the list follows the profile selected
    QTRY_COMPARE_WITH_TIMEOUT(rows(), 2, 20000); // slow under the sanitizers
    QCOMPARE(cell(0, 3), u"789"_qs);
    QCOMPARE(cell(1, 3), u"123"_qs);
    profiles->select(u"builtin-flask"_qs);       // no call made with it
    QTRY_COMPARE_WITH_TIMEOUT(rows(), 0, 20000); // slow under the sanitizers
    m_window->historyDock()->setThisProfileOnly(false);
    QTRY_COMPARE_WITH_TIMEOUT(rows(), 3, 20000); // slow under the sanitizers
}

void tst_History::bothClientsAreRecorded()
{
    openWindow();
    LookupForm form = demoForm(m_server->address());
    form.customerId = u"456"_qs;
    m_window->setForm(form);
    QSignalSpy compared(m_window.get(), &MainWindow::comparisonFinished);
    m_window->compareClients();
    QVERIFY(compared.wait(20000));
    QTRY_COMPARE(stored().size(), 2);
    QStringList clients;
    for (const HistoryEntry &entry : stored()) {
        QCOMPARE(entry.form.customerId, u"456"_qs);
        QVERIFY(entry.ok);
        clients << clientKindName(entry.form.client);
    }
    clients.sort();
    QCOMPARE(clients, QStringList({u"AnyServiceInvoker"_qs, u"JSONClient"_qs}));
    QTRY_COMPARE_WITH_TIMEOUT(rows(), 2, 20000); // slow under the sanitizers
}

void tst_History::reopenedEntryShowsItsStoredResponse()
{
    openWindow();
    lookUp(u"456"_qs, ClientKind::Json);
    lookUp(u"missing-7"_qs); // the panels now show this one
    auto *responseView = m_window->findChild<LargeTextView *>(u"responseView"_qs);
    auto *nameLabel = m_window->findChild<QLabel *>(u"customerNameLabel"_qs);
    auto *banner = m_window->findChild<QLabel *>(u"historyBannerLabel"_qs);
    QVERIFY(!responseView->toPlainText().contains(u"James Edmunds"));
    QVERIFY(banner->isHidden());

    // The older call, opened from the dock: its stored request and response in the panels.
    QTRY_COMPARE_WITH_TIMEOUT(rows(), 2, 20000); // slow under the sanitizers
    QCOMPARE(cell(1, 3), u"456"_qs);
    QSignalSpy opened(m_window->historyDock(), &HistoryDock::entryOpened);
    QTableView *table = m_window->historyDock()->table();
    Q_EMIT table->activated(table->model()->index(1, 0));
    QVERIFY(opened.wait(10000));
    QTRY_VERIFY(m_window->showsHistoryEntry());
    QCOMPARE(nameLabel->text(), u"James Edmunds"_qs);
    QVERIFY(responseView->toPlainText().startsWith(u"HTTP/1.1 200 OK\n"));
    QVERIFY(responseView->toPlainText().contains(u"\"name\": \"James Edmunds\""));
    auto *requestView = m_window->findChild<QPlainTextEdit *>(u"requestView"_qs);
    QVERIFY(requestView->toPlainText().startsWith(u"POST "));
    QVERIFY(requestView->toPlainText().contains(u"/clients/django/json-client"));
    QVERIFY(requestView->toPlainText().contains(u"Authorization: Basic ********"));
    QVERIFY(!requestView->toPlainText().contains(u"my-password"));
    QVERIFY(!banner->isHidden());
    QVERIFY(banner->text().contains(u"From the history"));

    // A new call replaces it, and the mark goes.
    lookUp(u"123"_qs);
    QVERIFY(!m_window->showsHistoryEntry());
    QVERIFY(banner->isHidden());
    QCOMPARE(nameLabel->text(), u"Victoria Murray"_qs);
}

void tst_History::damagedHistoryIsSaidAndSetAside()
{
    {
        QFile damaged(historyPath());
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(QByteArray(4096, '\x01'));
    }
    openWindow();
    QVERIFY2(m_openMessage.contains(u"damaged"), qPrintable(m_openMessage));
    QCOMPARE(m_window->statusBar()->currentMessage(), m_openMessage);
    QCOMPARE(QDir(m_dir->path()).entryList({u"history.sqlite.broken-*"_qs}).size(), 1);
    lookUp(u"123"_qs);                           // the app goes on, and so does the new history
    QTRY_COMPARE_WITH_TIMEOUT(rows(), 1, 20000); // slow under the sanitizers
}

// zato-desk opens the keychain and the history once its first frame is on screen (openServices()).
// A window only built, with a profile chosen last time, reads no secret and opens no history file.
void tst_History::keychainAndHistoryWaitForOpenServices()
{
    const Profile demo = Profile::builtIns(m_server->address()).constFirst();
    settings::CurrentProfile.set(*m_settings, demo.id);
    test::FakeSecretStore keychain;
    keychain.secrets.insert(profilePasswordKey(demo.id), u"from-the-keychain"_qs);
    m_history = std::make_unique<HistoryService>(historyPath());
    m_window = std::make_unique<MainWindow>(&m_network, m_settings.get(), m_profiles.get(), &keychain);
    m_window->setHistory(m_history.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTest::qWait(300);                                     // the event loop turns: nothing asks for them
    QCOMPARE(m_window->profiles()->current().id, demo.id); // its fields are there
    QCOMPARE(keychain.answered, 0);
    QVERIFY(!m_history->isAvailable());
    QVERIFY(!QFile::exists(historyPath()));

    QSignalSpy loaded(m_window->profiles(), &ProfileController::passwordLoaded);
    m_window->openServices();
    QVERIFY(loaded.wait(10000));
    QVERIFY(keychain.answered > 0);
    QCOMPARE(m_window->form().password, u"from-the-keychain"_qs);
    QTRY_VERIFY(m_history->isAvailable());
    QVERIFY(!QFile::exists(historyPath())); // made by the first call recorded (tst_historyservice)
    m_window.reset();                       // before the keychain it reads from
}

// A call made before openServices() opens the history first: it is recorded, not lost.
void tst_History::callBeforeOpenServicesIsRecorded()
{
    m_history = std::make_unique<HistoryService>(historyPath());
    m_window = std::make_unique<MainWindow>(&m_network, m_settings.get(), m_profiles.get(), &m_secrets);
    m_window->setHistory(m_history.get());
    lookUp(u"123"_qs);
    const QList<HistoryEntry> entries = stored();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().form.customerId, u"123"_qs);
}

// zato-desk --demo chooses the demo's profile before it opens the services: its secrets are read
// once, not again by openServices(), and secretsPending() says when they are all in.
void tst_History::secretsChosenBeforeOpenServicesAreReadOnce()
{
    const Profile demo = Profile::builtIns(m_server->address()).constFirst();
    test::FakeSecretStore keychain;
    m_window = std::make_unique<MainWindow>(&m_network, m_settings.get(), m_profiles.get(), &keychain);
    QSignalSpy loaded(m_window->profiles(), &ProfileController::passwordLoaded);
    QVERIFY(!m_window->profiles()->secretsPending());
    m_window->profiles()->select(demo.id);
    QVERIFY(m_window->profiles()->secretsPending());
    QVERIFY(loaded.wait(10000));
    QVERIFY(!m_window->profiles()->secretsPending());
    const int answered = keychain.answered;
    QVERIFY(answered > 0);
    m_window->openServices();
    QTest::qWait(300);
    QCOMPARE(keychain.answered, answered);
    QCOMPARE(loaded.size(), 1);
    m_window.reset(); // before the keychain it reads from
}

QTEST_MAIN(tst_History)
#include "tst_history.moc"
