// Response inspection in the real window, offscreen, over loopback: the data tree, a large body shown
// whole in the text panels (read and pretty-printed off the event loop) or saved, and bodies that are
// not text shown as hex.
#include "comparepanel.h"
#include "demoform.h"
#include "demoserver.h"
#include "jsonviewer.h"
#include "mainwindow.h"
#include "profile/profilestore.h"
#include "profile/secretstore.h"
#include "prompts.h"
#include "rawhttpserver.h"
#include "textview/largetextview.h"
#include "view/jsontreemodel.h"

#include "json/document.h"
#include <QDeadlineTimer>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QTreeView>

using namespace zd;

namespace {

// Holds every thread of the global pool until released (or destroyed): work given to the pool
// meanwhile waits for it.
class PoolHold
{
public:
    PoolHold()
    {
        for (int i = 0; i < m_threads; ++i)
            QThreadPool::globalInstance()->start([started = m_started, held = m_held] {
                started->release();
                held->acquire();
            });
    }
    ~PoolHold() { release(); }
    PoolHold(const PoolHold &) = delete;
    PoolHold &operator=(const PoolHold &) = delete;

    // Whether every thread is held (within 10 s).
    [[nodiscard]] bool isHolding() const { return m_started->tryAcquire(m_threads, 10000); }
    void release()
    {
        if (!std::exchange(m_released, true))
            m_held->release(m_threads);
    }

private:
    const int m_threads = QThreadPool::globalInstance()->maxThreadCount();
    const std::shared_ptr<QSemaphore> m_started = std::make_shared<QSemaphore>();
    const std::shared_ptr<QSemaphore> m_held = std::make_shared<QSemaphore>();
    bool m_released = false;
};

// Whether the event loop turns count times within 10 s.
bool eventLoopTurns(int count)
{
    int turns = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&turns] { ++turns; });
    ticker.start(0);
    QDeadlineTimer deadline(10000);
    while (turns < count && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return turns >= count;
}

} // namespace

class tst_Viewer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void smallBodyIsRenderedAndTreed();
    void dataTreeIsBuiltWhenItsTabIsFirstShown();
    void largeBodyIsShownWhole();
    void largeBodyIsReadOffTheGuiThread();
    void dataFindRunsOffTheGuiThread();
    void binaryBodyIsShownAsHex();
    void comparedWithPreviousAndPinned();

private:
    InvokeResult lookUp(const LookupForm &form);
    template <typename T> T *child(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<demo::DemoServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<ProfileStore> m_profiles;
    MemorySecretStore m_secrets;
    std::unique_ptr<MainWindow> m_window;
    QString m_saveTo;
};

void tst_Viewer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_qs), QSettings::IniFormat);
    m_server = std::make_unique<demo::DemoServer>();
    QVERIFY(m_server->listen());
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(u"profiles.json"_qs));
    m_window = std::make_unique<MainWindow>(&m_network, m_settings.get(), m_profiles.get(), &m_secrets);
    Prompts prompts;
    prompts.saveFile = [this](const QString &, const QString &) { return m_saveTo; };
    prompts.tell = [](const QString &title, const QString &message) {
        QFAIL(qPrintable(title + u": " + message));
    };
    m_window->setPrompts(prompts);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_Viewer::cleanup()
{
    m_window.reset();
    m_server.reset();
    m_profiles.reset();
    m_settings.reset();
    m_dir.reset();
}

InvokeResult tst_Viewer::lookUp(const LookupForm &form)
{
    m_window->setForm(form);
    QSignalSpy finished(m_window.get(), &MainWindow::callFinished);
    m_window->invoke();
    if (!finished.wait(60000))
        qWarning("no answer");
    return finished.isEmpty() ? InvokeResult() : finished.constFirst().constFirst().value<InvokeResult>();
}

void tst_Viewer::smallBodyIsRenderedAndTreed()
{
    LookupForm form = demoForm(m_server->address());
    form.client = ClientKind::Json;
    form.customerId = u"123"_qs;
    const InvokeResult result = lookUp(form);
    QVERIFY(result.ok);
    QVERIFY(child<LargeTextView>("rawResponseView")->toPlainText().contains(u"Victoria Murray"));
    JsonTreeModel *model = m_window->dataViewer()->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, JsonTreeModel::KeyColumn).data().toString(), u"name"_qs);
    QCOMPARE(model->index(0, JsonTreeModel::ValueColumn).data().toString(), u"\"Victoria Murray\""_qs);
}

// The data tree's tab is not shown at start, so the tree is not built before the window's first
// frame: it is built when its tab is first shown, with the data of the call made before, and follows
// every call from then on.
void tst_Viewer::dataTreeIsBuiltWhenItsTabIsFirstShown()
{
    QCOMPARE(m_window->findChild<JsonViewer *>(), nullptr);
    const auto previousFocusable = [](QWidget *widget) {
        do
            widget = widget->previousInFocusChain();
        while (!(widget->focusPolicy() & Qt::TabFocus));
        return widget;
    };
    QWidget *beforePage = previousFocusable(child<QWidget>("dataTreePage"));
    LookupForm form = demoForm(m_server->address());
    form.client = ClientKind::Json;
    form.customerId = u"123"_qs;
    QVERIFY(lookUp(form).ok);
    QCOMPARE(m_window->findChild<JsonViewer *>(), nullptr);

    child<QTabWidget>("rawTabs")->setCurrentWidget(child<QWidget>("dataTreePage"));
    auto *viewer = m_window->findChild<JsonViewer *>();
    QVERIFY(viewer);
    QVERIFY(viewer->isVisible()); // shown with its page, not a turn of the loop later
    // Tab reaches the tree's widgets where its page stands: after the focusable widget before the page.
    QCOMPARE(previousFocusable(child<QWidget>("dataTree")), beforePage); // the first made
    QCOMPARE(viewer->model()->rowCount(), 1);
    QCOMPARE(viewer->model()->index(0, JsonTreeModel::ValueColumn).data().toString(),
             u"\"Victoria Murray\""_qs);

    form.jsonPath = u"/demo/sized-body"_qs;
    form.customerId = u"records:20000"_qs;
    const InvokeResult records = lookUp(form);
    QVERIFY(records.ok);
    QCOMPARE(m_window->findChildren<JsonViewer *>().size(), 1);
    QCOMPARE(viewer->model()->rowCount(), int(records.data.toArray().size()));
}

void tst_Viewer::largeBodyIsShownWhole()
{
    LookupForm form = demoForm(m_server->address());
    form.client = ClientKind::Json;
    form.jsonPath = u"/demo/sized-body"_qs;
    form.customerId = u"records:3000000"_qs; // ~3 MB of records
    const InvokeResult result = lookUp(form);
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QVERIFY(result.response.body.size() > 2900000);

    // Nothing waits to be asked for: both text panels get all of it, pretty-printed in a worker.
    QVERIFY(!m_window->findChild<QPushButton *>(u"showAnywayButton"_qs));
    auto *raw = child<LargeTextView>("rawResponseView");
    auto *response = child<LargeTextView>("responseView");
    QTRY_COMPARE_WITH_TIMEOUT(raw->text(), result.response.body, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(response->text().endsWith("}\n]"), 30000);
    QVERIFY(response->text().startsWith("HTTP/1.1 200 OK\n"));
    QVERIFY(response->text().contains("\n\n[\n    {\n"));
    QVERIFY(response->text().contains("\"email\": \"customer20000@example.com\""));
    QTRY_VERIFY_WITH_TIMEOUT(response->isIndexComplete(), 30000);
    QVERIFY(response->lineCount() > 20000 * 4);

    // The tree has it all, made lazily: one batch of the ~25,000 records.
    JsonTreeModel *model = m_window->dataViewer()->model();
    const int records = int(result.data.toArray().size());
    QVERIFY(records > 20000);
    QCOMPARE(model->rowCount(), JsonTreeModel::batchSize);
    child<QLineEdit>("dataFindEdit")->setText(u"customer20000@"_qs);
    QSignalSpy searched(m_window->dataViewer(), &JsonViewer::searched);
    m_window->dataViewer()->findNext();
    QTRY_COMPARE(searched.size(), 1);
    QCOMPARE(searched.constFirst().constFirst().toBool(), true);
    QCOMPARE(model->path(m_window->dataViewer()->view()->currentIndex()), u"$[19999].email"_qs);

    // Save body as: the exact bytes.
    m_saveTo = m_dir->filePath(u"body.json"_qs);
    m_window->saveResponseBody();
    QFile saved(m_saveTo);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), result.response.body);
}

// Find in the data tree walks the values on a pool thread: with every pool thread held, the window's
// event loop turns and nothing is found yet; once one is free, the match is selected. A newer search
// drops an older one, and a new document drops a search.
void tst_Viewer::dataFindRunsOffTheGuiThread()
{
    QByteArray body = "[";
    for (int i = 0; i < 20000; ++i)
        body += QByteArray(i ? ", " : "") + R"({"id": )" + QByteArray::number(i) + R"(, "email": "customer)" +
                QByteArray::number(i) + R"(@example.com"})";
    JsonViewer viewer;
    viewer.setDocument(json::parseDocument(body + ']').value);
    auto *find = viewer.findChild<QLineEdit *>(u"dataFindEdit"_qs);
    auto *path = viewer.findChild<QLabel *>(u"dataPathLabel"_qs);
    QSignalSpy searched(&viewer, &JsonViewer::searched);

    m_window->hide(); // Qt 6.4 paints large pixmaps with the pool's threads
    PoolHold pool;
    QVERIFY(pool.isHolding());
    find->setText(u"customer19998@"_qs);
    viewer.findNext();
    find->setText(u"CUSTOMER19999@"_qs);
    viewer.findNext(); // the first search is dropped
    QCOMPARE(path->text(), u"Searching for CUSTOMER19999@…"_qs);
    QVERIFY(eventLoopTurns(100));
    QVERIFY(searched.isEmpty());
    pool.release();
    QTRY_COMPARE(searched.size(), 1);
    QCOMPARE(searched.constFirst().constFirst().toBool(), true);
    QCOMPARE(viewer.model()->path(viewer.view()->currentIndex()), u"$[19999].email"_qs);
    QCOMPARE(path->text(), u"$[19999].email"_qs);

    find->setText(u"nowhere"_qs);
    viewer.findNext();
    QTRY_COMPARE(searched.size(), 2);
    QCOMPARE(searched.constLast().constFirst().toBool(), false);
    QCOMPARE(path->text(), u"Not found: nowhere"_qs);

    find->setText(u"customer1@"_qs);
    viewer.findNext();
    viewer.setDocument(json::parseDocument("[1]").value); // before the search is back: dropped
    QTest::qWait(200);
    QCOMPARE(searched.size(), 2);
}

void tst_Viewer::largeBodyIsReadOffTheGuiThread()
{
    // Every thread of the pool is held. A large response is then read (parsed) only once a pool
    // thread is free: the whole response has arrived, the window's event loop keeps turning, and the
    // call is not finished. Were the body read on the GUI thread, it would be finished by now.
    // The window is hidden meanwhile: Qt 6.4 paints large pixmaps with the same pool's threads.
    m_window->hide();
    PoolHold pool;
    QVERIFY(pool.isHolding());

    LookupForm form = demoForm(m_server->address());
    form.client = ClientKind::Json;
    form.jsonPath = u"/demo/sized-body"_qs;
    form.customerId = u"records:3000000"_qs; // ~3 MB of records
    m_window->setForm(form);
    QSignalSpy finished(m_window.get(), &MainWindow::callFinished);
    m_window->invoke();
    // The call went out through the network manager made for its proxy (none, for loopback).
    const QList<QNetworkAccessManager *> managers = m_window->findChildren<QNetworkAccessManager *>();
    QCOMPARE(managers.size(), 1);
    QSignalSpy received(managers.constFirst(), &QNetworkAccessManager::finished);
    QVERIFY(received.wait(60000));
    QCOMPARE(received.constFirst().constFirst().value<QNetworkReply *>()->error(), QNetworkReply::NoError);
    QVERIFY(eventLoopTurns(100));
    QVERIFY(finished.isEmpty());
    QVERIFY(m_window->isCalling());

    pool.release(); // a pool thread reads it now
    QVERIFY(finished.wait(60000));
    m_window->show();
    const auto result = finished.constFirst().constFirst().value<InvokeResult>();
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QVERIFY(result.data.toArray().size() > 20000);
}

void tst_Viewer::binaryBodyIsShownAsHex()
{
    test::RawHttpServer raw;
    raw.listen();
    raw.setHandler([](const test::RawHttpServer::Request &) {
        return test::RawHttpServer::reply(200, QByteArray("caf\xe9\x00\x01ok", 8),
                                          {{"Content-Type", "application/octet-stream"}});
    });
    LookupForm form = demoForm(raw.address());
    form.client = ClientKind::Json;
    (void)lookUp(form);
    QTRY_VERIFY(!child<LargeTextView>("rawResponseView")->text().isEmpty());
    const QString hex = child<LargeTextView>("rawResponseView")->toPlainText();
    QVERIFY2(hex.startsWith(u"00000000  63 61 66 e9 00 01 6f 6b"), qPrintable(hex));
    QVERIFY(child<LargeTextView>("responseView")->toPlainText().contains(u"not UTF-8 text"));
}

void tst_Viewer::comparedWithPreviousAndPinned()
{
    LookupForm form = demoForm(m_server->address());
    form.client = ClientKind::Json;
    form.customerId = u"123"_qs;
    (void)lookUp(form);
    ComparePanel *compare = m_window->comparePanel();
    QVERIFY(compare->summary().startsWith(u"No previous response"));
    (void)lookUp(form); // the same call again: compared with the first
    QVERIFY2(compare->summary().contains(u"the data are equal"), qPrintable(compare->summary()));
    QCOMPARE(compare->table()->rowCount(), 0);

    child<QPushButton>("pinResponseButton")->click(); // pin Victoria Murray
    QVERIFY(compare->isPinned());
    form.customerId = u"456"_qs;
    (void)lookUp(form);
    QVERIFY2(compare->summary().contains(u"pinned"), qPrintable(compare->summary()));
    QCOMPARE(compare->table()->rowCount(), 1);
    QCOMPARE(compare->table()->item(0, 0)->text(), u"name"_qs);
    QCOMPARE(compare->table()->item(0, 1)->text(), u"changed"_qs);
    QCOMPARE(compare->table()->item(0, 2)->text(), u"\"Victoria Murray\""_qs);
    QCOMPARE(compare->table()->item(0, 3)->text(), u"\"James Edmunds\""_qs);

    child<QPushButton>("pinResponseButton")
        ->click(); // unpinned: back to the previous response to the same call
    (void)lookUp(form);
    QVERIFY2(compare->summary().contains(u"previous response to this call"), qPrintable(compare->summary()));
    QCOMPARE(compare->table()->rowCount(), 0);
}

QTEST_MAIN(tst_Viewer)
#include "tst_viewer.moc"
