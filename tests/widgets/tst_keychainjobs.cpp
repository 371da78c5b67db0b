// Keychain jobs against the window: a window or matrix view closed while its job runs is not called
// back (and does not crash, which ASan+UBSan checks), and a keychain write that fails is told.
#include "fakesecretstore.h"
#include "mainwindow.h"
#include "matrixmodel.h"
#include "matrixview.h"
#include "profile/profilestore.h"
#include "profilecontroller.h"
#include "prompts.h"

#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace zd;
using zd::test::FakeSecretStore;

class tst_KeychainJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void matrixViewClosedWhileResolving();
    void windowClosedWhileReadingAProfilePassword();
    void failedProfilePasswordWriteIsTold();
    void failedRemovalIsToldOnce();
    void failedMatrixRowPasswordWriteIsTold();
    void unreadableRowIsToldAndNotRun();

private:
    std::unique_ptr<MainWindow> makeWindow(SecretStore *secrets);
    Prompts recordingPrompts();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ProfileStore> m_store;
    QStringList m_told;
    QStringList m_answers;
};

void tst_KeychainJobs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_store = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.json")));
    m_told.clear();
    m_answers.clear();
}

void tst_KeychainJobs::cleanup()
{
    m_store.reset();
    m_network.reset();
    m_settings.reset();
    m_dir.reset();
}

Prompts tst_KeychainJobs::recordingPrompts()
{
    Prompts prompts;
    prompts.text = [this](const QString &, const QString &, const QString &) -> std::optional<QString> {
        return m_answers.isEmpty() ? std::nullopt : std::optional<QString>(m_answers.takeFirst());
    };
    prompts.confirm = [](const QString &, const QString &) { return true; };
    prompts.openFile = [](const QString &) { return QString(); };
    prompts.saveFile = [](const QString &, const QString &) { return QString(); };
    prompts.tell = [this](const QString &title, const QString &message) {
        m_told << title + u": " + message;
    };
    return prompts;
}

std::unique_ptr<MainWindow> tst_KeychainJobs::makeWindow(SecretStore *secrets)
{
    auto window = std::make_unique<MainWindow>(m_network.get(), m_settings.get(), m_store.get(), secrets);
    window->setPrompts(recordingPrompts());
    return window;
}

// The view resolving its rows' passwords on a slow keychain is closed (deleted) before the keychain
// answers: the answers find nobody, nothing runs.
void tst_KeychainJobs::matrixViewClosedWhileResolving()
{
    FakeSecretStore secrets(200);
    auto *view = new MatrixView(&secrets, m_store.get());
    view->setPrompts(recordingPrompts());
    MatrixDefinition matrix = view->model()->definition(); // the sample: rows from built-in profiles
    matrix.credentials.append({QStringLiteral("ops"), QStringLiteral("ops"), QString(), QString()});
    view->setDefinition(matrix);
    const int reads = int(matrix.credentials.size());
    QSignalSpy finished(view, &MatrixView::runFinished);
    view->run(MatrixRunner::allCells(matrix));
    QVERIFY(view->isRunning());
    QCOMPARE(secrets.answered, 0);
    delete view;
    QTRY_COMPARE(secrets.answered, reads);
    QTest::qWait(50); // the queued answers had their chance
    QCOMPARE(finished.size(), 0);
    QCOMPARE(m_told, QStringList());
}

// The window selecting a profile reads its password; the window is closed before the keychain answers.
void tst_KeychainJobs::windowClosedWhileReadingAProfilePassword()
{
    FakeSecretStore secrets(200);
    secrets.secrets.insert(profilePasswordKey(QStringLiteral("builtin-flask")), QStringLiteral("flask-pass"));
    auto window = makeWindow(&secrets);
    QSignalSpy loaded(window->profiles(), &ProfileController::passwordLoaded);
    window->profiles()->select(QStringLiteral("builtin-flask"));
    window.reset();
    QTRY_COMPARE(secrets.answered, 1);
    QTest::qWait(50);
    QCOMPARE(loaded.size(), 0);

    // The same read with the window still there does arrive: the keychain did answer.
    auto kept = makeWindow(&secrets);
    QSignalSpy keptLoaded(kept->profiles(), &ProfileController::passwordLoaded);
    kept->profiles()->select(QStringLiteral("builtin-flask"));
    QVERIFY(keptLoaded.wait(5000));
    QCOMPARE(kept->form().password, QStringLiteral("flask-pass"));
}

void tst_KeychainJobs::failedProfilePasswordWriteIsTold()
{
    FakeSecretStore secrets(-1);
    secrets.failWrites = true;
    auto window = makeWindow(&secrets);
    window->show();
    LookupForm form = window->form();
    form.address = QStringLiteral("http://locked.test");
    form.password = QStringLiteral("unsaved-secret");
    window->setForm(form);
    m_answers = {QStringLiteral("Locked")};
    QVERIFY(window->profiles()->saveAs());
    QTRY_COMPARE(m_told.size(), 1);
    QVERIFY2(
        m_told.constFirst().startsWith(u"Password not saved: The profile \"Locked\" was saved, but not its "
                                       u"password: the fake keychain is locked."),
        qPrintable(m_told.constFirst()));
    QVERIFY(m_told.constFirst().contains(u"enter it again"));
    QVERIFY(!m_told.constFirst().contains(u"unsaved-secret"));
    QVERIFY(secrets.secrets.isEmpty());
}

// Deleting a profile removes its password and its proxy password; the keychain refusing both is
// said once.
void tst_KeychainJobs::failedRemovalIsToldOnce()
{
    FakeSecretStore secrets(-1);
    auto window = makeWindow(&secrets);
    LookupForm form = window->form();
    form.address = QStringLiteral("http://gone.test");
    form.password = QStringLiteral("gone-secret");
    window->setForm(form);
    m_answers = {QStringLiteral("Gone")};
    QVERIFY(window->profiles()->saveAs());
    QTRY_COMPARE(secrets.secrets.size(), 1);
    secrets.failWrites = true;
    QVERIFY(window->profiles()->remove());
    QTRY_COMPARE(m_told.size(), 1);
    QVERIFY2(
        m_told.constFirst().startsWith(u"Password not removed: The profile \"Gone\" was deleted, but its "
                                       u"password could not be removed from the keychain: the fake "
                                       u"keychain is locked."),
        qPrintable(m_told.constFirst()));
    QTest::qWait(50);
    QCOMPARE(m_told.size(), 1);
}

void tst_KeychainJobs::failedMatrixRowPasswordWriteIsTold()
{
    FakeSecretStore secrets(-1);
    secrets.failWrites = true;
    MatrixView view(&secrets, m_store.get());
    view.setPrompts(recordingPrompts());
    m_answers = {QStringLiteral("ops"), QStringLiteral("basic"), QStringLiteral("ops-user"),
                 QStringLiteral("row-secret")};
    QVERIFY(view.addRow());
    QTRY_COMPARE(m_told.size(), 1);
    QVERIFY2(m_told.constFirst().startsWith(u"Password not saved: The password of the row \"ops\" was not "
                                            u"saved: the fake keychain is locked."),
             qPrintable(m_told.constFirst()));
    QVERIFY(m_told.constFirst().contains(u"password_env"));
}

// A row whose password cannot be read stops the run with the reason; no cell is called with an
// empty password.
void tst_KeychainJobs::unreadableRowIsToldAndNotRun()
{
    FakeSecretStore secrets(10);
    MatrixView view(&secrets, m_store.get());
    view.setPrompts(recordingPrompts());
    MatrixDefinition matrix = view.model()->definition();
    matrix.address = QStringLiteral("http://127.0.0.1:1");
    matrix.credentials.append({QStringLiteral("ops"), QStringLiteral("ops"), QString(), QString()});
    view.setDefinition(matrix);
    QSignalSpy finished(&view, &MatrixView::runFinished);
    view.run(MatrixRunner::rowCells(matrix, int(matrix.credentials.size()) - 1));
    QVERIFY(finished.wait(5000));
    QCOMPARE(m_told.size(), 1);
    QVERIFY2(m_told.constFirst().startsWith(u"Matrix not run: Row \"ops\" has no password"),
             qPrintable(m_told.constFirst()));
    QVERIFY(view.model()->results().isEmpty());
    QVERIFY(!view.isRunning());
}

QTEST_MAIN(tst_KeychainJobs)
#include "tst_keychainjobs.moc"
