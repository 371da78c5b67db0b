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
#include "profilecontroller.h"
#include "prompts.h"

#include <QCheckBox>
#include <QComboBox>
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
    void thisProfileOnly();
    void damagedHistoryIsSaidAndSetAside();

private:
    void openWindow();
    void lookUp(const QString &customerId, ClientKind client = ClientKind::AnyService);
    void selectProfile(const Profile &profile);
    void callWithProfile(const QString &customerId);
    [[nodiscard]] QStringList listed(int column) const;
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
    // A restart keeps them; clearing empties the store.
    openWindow();
    QCOMPARE(m_window->historyDock()->table()->rowCount(), 3);
    m_window->historyDock()->clearHistory();
    QCOMPARE(m_window->historyDock()->table()->rowCount(), 0);
    QCOMPARE(m_history->count(), 0);
}

void tst_History::selectProfile(const Profile &profile)
{
    QSignalSpy loaded(m_window->profiles(), &ProfileController::passwordLoaded);
    m_window->profiles()->select(profile.id); // what choosing it in the profile combo does
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_window->findChild<QComboBox *>(u"profileCombo"_qs)->currentText(), profile.name);
    QCOMPARE(m_window->form().user, profile.user);
}

// A call with the fields as the selected profile filled them, for another customer.
void tst_History::callWithProfile(const QString &customerId)
{
    LookupForm form = m_window->form();
    form.customerId = customerId;
    m_window->setForm(form);
    QSignalSpy finished(m_window.get(), &MainWindow::callFinished);
    m_window->invoke();
    QVERIFY(finished.wait(20000));
}

QStringList tst_History::listed(int column) const
{
    QTableWidget *table = m_window->historyDock()->table();
    QStringList cells;
    for (int row = 0; row < table->rowCount(); ++row)
        cells << table->item(row, column)->text();
    return cells;
}

void tst_History::thisProfileOnly()
{
    // Two saved profiles of the test's own, for the demo server's Django and Flask channels.
    const auto profile = [this](const QString &id, const QString &name, const QString &app,
                                ClientKind client) {
        Profile p;
        p.id = id;
        p.name = name;
        p.address = m_server->address();
        p.anyPath = u"/clients/"_qs + app + u"/any-service-invoker"_qs;
        p.jsonPath = u"/clients/"_qs + app + u"/json-client"_qs;
        p.apiPath = u"/zato/api/invoke"_qs;
        p.user = app;
        p.client = client;
        return p;
    };
    const Profile django =
        profile(u"test-django-id"_qs, u"Django here"_qs, u"django"_qs, ClientKind::AnyService);
    const Profile flask = profile(u"test-flask-id"_qs, u"Flask there"_qs, u"flask"_qs, ClientKind::Json);
    for (const Profile &p : {django, flask}) {
        QVERIFY(m_profiles->save(p).isEmpty());
        m_secrets.write(profilePasswordKey(p.id), u"my-password"_qs,
                        [](SecretStore::Status, const QString &) {});
    }
    openWindow();

    selectProfile(django);
    callWithProfile(u"123"_qs);
    callWithProfile(u"missing-1"_qs);
    selectProfile(flask);
    callWithProfile(u"456"_qs);
    QCOMPARE(m_window->historyDock()->table()->rowCount(), 3);

    // The check box, as a user would tick it: only the selected profile's (Flask's) call.
    auto *only = m_window->historyDock()->findChild<QCheckBox *>(u"historyThisProfileCheck"_qs);
    QVERIFY(only);
    only->click();
    QVERIFY(only->isChecked());
    QCOMPARE(listed(3), QStringList{u"456"_qs});
    QCOMPARE(listed(2), QStringList{flask.jsonPath});

    // Back to Django: its two calls at once; one more call, and Django's three, newest first.
    selectProfile(django);
    QCOMPARE(listed(3), (QStringList{u"missing-1"_qs, u"123"_qs}));
    callWithProfile(u"789"_qs);
    QCOMPARE(listed(3), (QStringList{u"789"_qs, u"missing-1"_qs, u"123"_qs}));
    QCOMPARE(listed(2), QStringList(3, u"customer.get1"_qs));

    // The history says which profile each call was made with, by the test's ids and names.
    QStringList made;
    for (const HistoryEntry &entry : m_history->list())
        made << entry.profileId + u'/' + entry.profileName + u'/' + entry.form.customerId;
    QCOMPARE(made,
             (QStringList{django.id + u"/Django here/789"_qs, flask.id + u"/Flask there/456"_qs,
                          django.id + u"/Django here/missing-1"_qs, django.id + u"/Django here/123"_qs}));

    only->click(); // all calls again
    QCOMPARE(listed(3), (QStringList{u"789"_qs, u"456"_qs, u"missing-1"_qs, u"123"_qs}));
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
