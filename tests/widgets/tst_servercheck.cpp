// Check server on the real window, offscreen, over loopback: the menu action opens the dialog with the
// window's address and invoke API credential, the check says what the demo server is (a Zato 3.2 stand-in:
// zato-platform.md §2.1) and lists each request; a bad address sends nothing.
#include "demoform.h"
#include "demoserver.h"
#include "mainwindow.h"
#include "profile/profilestore.h"
#include "profile/secretstore.h"
#include "servercheckdialog.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace zd;

class tst_ServerCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void checksTheWindowsServer();
    void badAddressSendsNothing();

private:
    ServerCheckDialog *openDialog();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<demo::DemoServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<MainWindow> m_window;
};

void tst_ServerCheck::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_qs), QSettings::IniFormat);
    m_server = std::make_unique<demo::DemoServer>();
    QVERIFY(m_server->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(u"profiles.json"_qs));
    m_secrets = std::make_unique<MemorySecretStore>();
    m_window =
        std::make_unique<MainWindow>(m_network.get(), m_settings.get(), m_profiles.get(), m_secrets.get());
    m_window->setForm(demoForm(m_server->address()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_ServerCheck::cleanup()
{
    m_window.reset();
    m_secrets.reset();
    m_profiles.reset();
    m_network.reset();
    m_server.reset();
    m_settings.reset();
    m_dir.reset();
}

ServerCheckDialog *tst_ServerCheck::openDialog()
{
    QAction *action = nullptr;
    for (QAction *candidate : m_window->findChildren<QAction *>()) {
        if (candidate->text().remove(u'&') == u"Check the server…")
            action = candidate;
    }
    if (!action)
        qFatal("no Check the server action");
    action->trigger();
    return m_window->findChild<ServerCheckDialog *>(QStringLiteral("serverCheckDialog"));
}

void tst_ServerCheck::checksTheWindowsServer()
{
    ServerCheckDialog *dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("addressEdit"))->text(), m_server->address());
    // The built-in demo profile's invoke API user on a 3.2 server is pubapi.
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("userEdit"))->text(), QStringLiteral("pubapi"));

    QSignalSpy checked(dialog, &ServerCheckDialog::checked);
    dialog->findChild<QPushButton *>(QStringLiteral("checkButton"))->click();
    QVERIFY(checked.wait(30000));
    const ProbeReport report = checked.constFirst().constFirst().value<ProbeReport>();
    QCOMPARE(report.verdict, ProbeVerdict::Zato32);
    QCOMPARE(report.invokeApi, ProbeAnswer::Works);
    const QString summary = dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
    QVERIFY2(summary.contains(u"This is a Zato 3.2 (or 3.3) server"), qPrintable(summary));
    QVERIFY(summary.contains(u"The Invoke API will work, with the pubapi user."));
    auto *steps = dialog->findChild<QTreeWidget *>(QStringLiteral("stepsTree"));
    QCOMPARE(steps->topLevelItemCount(), 3);
    QCOMPARE(steps->topLevelItem(0)->text(0), QStringLiteral("GET /zato/ping"));
    QCOMPARE(steps->topLevelItem(0)->text(1), QStringLiteral("200"));
    QCOMPARE(steps->topLevelItem(1)->text(0), QStringLiteral("POST /zato/admin/invoke"));
}

void tst_ServerCheck::badAddressSendsNothing()
{
    int requests = 0;
    connect(m_server.get(), &demo::DemoServer::callLogged, this, [&requests] { ++requests; });
    ServerCheckDialog *dialog = openDialog();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("addressEdit"))->setText(u"localhost:17010"_qs);
    QSignalSpy checked(dialog, &ServerCheckDialog::checked);
    dialog->findChild<QPushButton *>(QStringLiteral("checkButton"))->click();
    QTest::qWait(200);
    QCOMPARE(checked.count(), 0);
    QCOMPARE(requests, 0);
    QVERIFY(
        dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text().contains(u"Nothing was sent"));
}

QTEST_MAIN(tst_ServerCheck)
#include "tst_servercheck.moc"
