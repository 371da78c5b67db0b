// The history in the real window, offscreen, against the demo server over loopback: every call
// recorded, listed and filtered in the dock, reopened into the form, recalled with Ctrl+Up and
// Ctrl+Down, kept across a restart, cleared; a damaged file is said and set aside.
#include "demoform.h"
#include "demoserver.h"
#include "history/historystore.h"
#include "historydock.h"
#include "mainwindow.h"
#include "profile/profilestore.h"
#include "profile/secretstore.h"
#include "prompts.h"

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
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
    void damagedHistoryIsSaidAndSetAside();

private:
    void openWindow();
    void lookUp(const QString &customerId, ClientKind client = ClientKind::AnyService);
    QString historyPath() const { return m_dir->filePath(u"history.sqlite"_qs); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<demo::DemoServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<ProfileStore> m_profiles;
    MemorySecretStore m_secrets;
    std::unique_ptr<HistoryStore> m_history;
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
    m_history = std::make_unique<HistoryStore>(historyPath());
    m_window = std::make_unique<MainWindow>(&m_network, m_settings.get(), m_profiles.get(), &m_secrets);
    Prompts prompts;
    prompts.confirm = [](const QString &, const QString &) { return true; };
    m_window->setPrompts(prompts);
    m_window->setHistory(m_history.get());
    m_window->openHistory(); // at once rather than after the window shows
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
    m_window->invoke();
    QVERIFY(finished.wait(20000));
}

void tst_History::callsAreRecordedAndRecalled()
{
    openWindow();
    QCOMPARE(m_openMessage, QString());
    lookUp(u"123"_qs);
    lookUp(u"456"_qs, ClientKind::Json);
    lookUp(u"missing-1"_qs); // a service error: recorded too
    QTableWidget *table = m_window->historyDock()->table();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, 3)->text(), u"missing-1"_qs); // newest first
    QVERIFY(table->item(0, 4)->text().contains(u"500"));
    QCOMPARE(table->item(1, 1)->text(), u"JSONClient"_qs);

    // Ctrl+Up: the previous calls into the form, one by one; Ctrl+Down back.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *customer = m_window->findChild<QLineEdit *>(u"customerIdEdit"_qs);
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Up));
    QCOMPARE(customer->text(), u"missing-1"_qs);
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Up));
    QCOMPARE(customer->text(), u"456"_qs);
    QCOMPARE(m_window->form().client, ClientKind::Json);
    QCOMPARE(m_window->form().password, u"my-password"_qs); // kept from the form, never from history
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Up));
    QCOMPARE(customer->text(), u"123"_qs);
    QVERIFY(!m_window->recallCall(+1)); // the oldest
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Down));
    QCOMPARE(customer->text(), u"456"_qs);

    // Filters.
    m_window->historyDock()->filterEdit()->setText(u"456"_qs);
    QCOMPARE(table->rowCount(), 1);
    m_window->historyDock()->filterEdit()->clear();
    QCOMPARE(table->rowCount(), 3);
    // This profile only: the calls were made with the window's current profile (or none); another
    // profile has none of them.
    const QString used = m_history->list().constFirst().profileId;
    m_window->historyDock()->setThisProfileOnly(true);
    QCOMPARE(table->rowCount(), 3);
    m_window->historyDock()->setCurrentProfile(used + u"-other"_qs);
    QCOMPARE(table->rowCount(), 0);
    m_window->historyDock()->setCurrentProfile(used);
    QCOMPARE(table->rowCount(), 3);
    m_window->historyDock()->setThisProfileOnly(false);

    // A restart keeps them; clearing empties the store.
    openWindow();
    QCOMPARE(m_window->historyDock()->table()->rowCount(), 3);
    m_window->historyDock()->clearHistory();
    QCOMPARE(m_window->historyDock()->table()->rowCount(), 0);
    QCOMPARE(m_history->count(), 0);
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
    lookUp(u"123"_qs); // the app goes on, and so does the new history
    QCOMPARE(m_window->historyDock()->table()->rowCount(), 1);
}

QTEST_MAIN(tst_History)
#include "tst_history.moc"
