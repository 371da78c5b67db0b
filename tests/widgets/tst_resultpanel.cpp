// The result area of the real window, offscreen, against the demo server over loopback: a long
// customer name never widens the window, an error shows no name and its whole message, the lookup box
// stays where it is from call to call; and the data tree's Copy path gives a JSONPath.
#include "demoform.h"
#include "demoserver.h"
#include "invoke/outcome.h"
#include "jsonviewer.h"
#include "language.h"
#include "lookup/lookupform.h"
#include "mainwindow.h"
#include "profile/profilestore.h"
#include "profile/secretstore.h"
#include "rawhttpserver.h"
#include "resultpanel.h"
#include "view/jsontreemodel.h"

#include "json/parser.h"
#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

using namespace zd;

class tst_ResultPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void longNameNeverWidensTheWindow_data();
    void longNameNeverWidensTheWindow();
    void longNameInThePanelItself();
    void errorShowsNoNameAndTheWholeMessage_data();
    void errorShowsNoNameAndTheWholeMessage();
    void lookupBoxKeepsItsGeometry_data();
    void lookupBoxKeepsItsGeometry();
    void copyPathIsJsonPath_data();
    void copyPathIsJsonPath();
    void errorBodyCidOfAZato41Server();
    void paginationHeadersOfAListService();

private:
    InvokeResult call(const LookupForm &form);
    template <typename T> T *child(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    // The explanation is shown whole: not cut, as tall as its text needs and inside what shows.
    void verifyWholeMessage(const QString &expected) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<demo::DemoServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<MainWindow> m_window;
};

void tst_ResultPanel::init()
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
    m_window->resize(1100, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_ResultPanel::cleanup()
{
    m_window.reset();
    m_secrets.reset();
    m_profiles.reset();
    m_network.reset();
    m_server.reset();
    m_settings.reset();
    m_dir.reset();
}

InvokeResult tst_ResultPanel::call(const LookupForm &form)
{
    m_window->setForm(form);
    QSignalSpy finished(m_window.get(), &MainWindow::callFinished);
    child<QPushButton>("invokeButton")->click();
    if (!finished.wait(60000))
        qFatal("the call did not finish");
    QCoreApplication::processEvents(); // the layout settles
    QTest::qWait(50);
    return finished.constFirst().constFirst().value<InvokeResult>();
}

void tst_ResultPanel::verifyWholeMessage(const QString &expected) const
{
    auto *label = child<QLabel>("explanationLabel");
    QCOMPARE(label->text(), expected);
    QVERIFY(label->isVisible());
    QVERIFY2(label->height() >= label->heightForWidth(label->width()),
             qPrintable(u"height %1, needs %2 at width %3"_qs.arg(label->height())
                            .arg(label->heightForWidth(label->width()))
                            .arg(label->width())));
    // Every line of it on screen: the part of the label that shows is the whole label.
    const QRect shown = label->visibleRegion().boundingRect();
    QVERIFY2(shown.height() >= label->heightForWidth(label->width()),
             qPrintable(
                 u"%1 of %2 pixels show"_qs.arg(shown.height()).arg(label->heightForWidth(label->width()))));
}

void tst_ResultPanel::longNameNeverWidensTheWindow_data()
{
    // demo.sized-body answers a JSON string of exactly this many bytes, shown as the name.
    QTest::addColumn<QString>("size");
    QTest::addColumn<QSize>("windowSize");
    QTest::newRow("400 bytes") << u"400"_qs << QSize(1100, 760);
    QTest::newRow("400 bytes, small window") << u"400"_qs << QSize(900, 600);
    QTest::newRow("20 MB") << u"20000000"_qs << QSize(1100, 760);
}

void tst_ResultPanel::longNameNeverWidensTheWindow()
{
    QFETCH(QString, size);
    QFETCH(QSize, windowSize);
    m_window->resize(windowSize);
    QTest::qWait(50);
    auto *panel = child<ResultPanel>("resultGroup");
    auto *connection = child<QWidget>("connectionGroup");
    auto *name = child<QLabel>("customerNameLabel");
    const int windowWidth = m_window->width();
    const int connectionWidth = connection->width();
    const int minimumWidth = panel->minimumSizeHint().width();
    const int nameHeight = name->height();

    LookupForm form = demoForm(m_server->address());
    form.client = ClientKind::Json;
    form.jsonPath = u"/demo/sized-body"_qs;
    form.customerId = size;
    const InvokeResult result = call(form);
    QVERIFY2(result.ok, qPrintable(result.error.message));
    const QString full = customerName(result);
    QVERIFY(full.startsWith(u"xxxxxxxxxx"));

    QCOMPARE(m_window->width(), windowWidth);
    QCOMPARE(connection->width(), connectionWidth);
    QCOMPARE(panel->minimumSizeHint().width(), minimumWidth);
    QVERIFY2(minimumWidth < 500, qPrintable(QString::number(minimumWidth)));
    QVERIFY(panel->geometry().right() < m_window->width());
    // One line, cut with an ellipsis to the room there is; the whole name in the tooltip and copied.
    QCOMPARE(name->height(), nameHeight);
    QVERIFY(name->text().endsWith(u'…'));
    QVERIFY2(name->fontMetrics().horizontalAdvance(name->text()) <= name->contentsRect().width(),
             qPrintable(name->text()));
    QCOMPARE(name->toolTip().remove(u'\n'), full); // in lines that fit on the screen
    QVERIFY(name->toolTip().count(u'\n') >= 2);
    QVERIFY(name->textInteractionFlags() & Qt::TextSelectableByMouse);
    QAction *copy = name->findChild<QAction *>(u"copyValueAction"_qs);
    QVERIFY(copy);
    QGuiApplication::clipboard()->clear();
    copy->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), full);

    // Made wide again, the name shows more of itself.
    const int shownBefore = name->text().size();
    m_window->resize(windowSize.width() + 300, windowSize.height());
    QTRY_VERIFY(name->text().size() > shownBefore);
}

void tst_ResultPanel::longNameInThePanelItself()
{
    // A name of 400 bytes with spaces and a line break, straight into a panel of 420 pixels.
    QWidget holder;
    auto *panel = new ResultPanel(&holder);
    holder.resize(420, 300);
    panel->setGeometry(0, 0, 420, 300);
    holder.show();
    QVERIFY(QTest::qWaitForWindowExposed(&holder));
    auto *name = panel->findChild<QLabel *>(u"customerNameLabel"_qs);
    const QSize minimum = panel->minimumSizeHint();
    const int nameHeight = name->sizeHint().height();

    QString longName = u"Victoria\nMurray"_qs;
    while (longName.toUtf8().size() < 400)
        longName += u" Murray-Smith"_qs;
    InvokeResult result;
    result.client = ClientKind::Json;
    result.ok = true;
    result.hasData = true;
    result.data = json::Value::fromObject({{u"name"_qs, json::Value::fromString(longName)}});
    result.response.status = 200;
    result.response.reason = "OK";
    panel->showResult(result, explainOutcome(result));
    QCoreApplication::processEvents();

    QCOMPARE(panel->minimumSizeHint(), minimum);
    QCOMPARE(name->sizeHint().height(), nameHeight);
    QVERIFY(name->text().endsWith(u'…'));
    QVERIFY(!name->text().contains(u'\n'));
    QCOMPARE(name->toolTip().remove(u'\n'), customerName(result).remove(u'\n'));

    // The same panel after an error: no name at all.
    result.ok = false;
    result.response.status = 401;
    result.response.reason = "Unauthorized";
    panel->showResult(result, explainOutcome(result));
    QCOMPARE(name->text(), u"—"_qs);
    QVERIFY(name->toolTip().isEmpty());
}

void tst_ResultPanel::errorShowsNoNameAndTheWholeMessage_data()
{
    QTest::addColumn<ClientKind>("client");
    QTest::addColumn<QSize>("windowSize");
    QTest::newRow("JSONClient") << ClientKind::Json << QSize(1100, 760);
    QTest::newRow("JSONClient, small window") << ClientKind::Json << QSize(900, 600);
    QTest::newRow("Invoke API") << ClientKind::Api << QSize(1100, 760);
    QTest::newRow("Invoke API, small window") << ClientKind::Api << QSize(900, 600);
}

void tst_ResultPanel::errorShowsNoNameAndTheWholeMessage()
{
    QFETCH(ClientKind, client);
    QFETCH(QSize, windowSize);
    m_window->resize(windowSize);
    LookupForm form = demoForm(m_server->address());
    QVERIFY(call(form).ok); // a name is shown first
    QCOMPARE(child<QLabel>("customerNameLabel")->text(), u"Victoria Murray"_qs);

    form.client = client;
    form.password = u"wrong"_qs;
    form.apiPassword = u"wrong"_qs; // the Invoke API's own user
    const InvokeResult result = call(form);
    QCOMPARE(result.response.status, 401);
    QVERIFY(!result.response.body.isEmpty()); // a body there is, and it is not a name
    QCOMPARE(customerName(result), QString());
    QCOMPARE(child<QLabel>("customerNameLabel")->text(), u"—"_qs);
    QCOMPARE(child<QLabel>("statusLabel")->text(), u"401 Unauthorized"_qs);
    verifyWholeMessage(explainOutcome(result).explanation);
}

void tst_ResultPanel::lookupBoxKeepsItsGeometry_data()
{
    QTest::addColumn<QSize>("windowSize");
    QTest::newRow("1100x760") << QSize(1100, 760);
    QTest::newRow("900x600") << QSize(900, 600);
    QTest::newRow("800x500") << QSize(800, 500);
}

void tst_ResultPanel::lookupBoxKeepsItsGeometry()
{
    QFETCH(QSize, windowSize);
    m_window->resize(windowSize);
    auto *lookup = child<QWidget>("callGroup");
    const auto place = [&] { return QRect(lookup->mapTo(m_window.get(), QPoint(0, 0)), lookup->size()); };
    LookupForm form = demoForm(m_server->address());
    QVERIFY(call(form).ok);
    const QRect afterOk = place();

    LookupForm wrong = form;
    wrong.client = ClientKind::Json;
    wrong.password = u"wrong"_qs;
    QCOMPARE(call(wrong).response.status, 401);
    QCOMPARE(place(), afterOk);

    // A service error with its details, and a long name, then ok again: still the same place.
    LookupForm failing = form;
    failing.client = ClientKind::Json;
    failing.jsonPath = u"/demo/sized-body"_qs;
    failing.customerId = u"not a size"_qs;
    QCOMPARE(call(failing).response.status, 500);
    verifyWholeMessage(child<QLabel>("explanationLabel")->text());
    QCOMPARE(place(), afterOk);
    failing.customerId = u"400"_qs;
    QVERIFY(call(failing).ok);
    QCOMPARE(place(), afterOk);
    QVERIFY(call(form).ok);
    QCOMPARE(place(), afterOk);
}

void tst_ResultPanel::copyPathIsJsonPath_data()
{
    // The document, the rows from the root to the value, and its path as written by hand.
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QList<int>>("rows");
    QTest::addColumn<QString>("path");
    QTest::newRow("array root") << QByteArray(R"([{"id": 1, "email": "a@example.com"}])") << QList<int>{0, 1}
                                << u"$[0].email"_qs;
    QTest::newRow("array root item") << QByteArray("[1, 2, 3]") << QList<int>{2} << u"$[2]"_qs;
    QTest::newRow("object root") << QByteArray(R"({"data": {"items": [{"name": "X"}]}})")
                                 << QList<int>{0, 0, 0, 0} << u"$.data.items[0].name"_qs;
    QTest::newRow("key with a space")
        << QByteArray(R"({"first name": "Victoria"})") << QList<int>{0} << uR"($["first name"])"_qs;
    QTest::newRow("key with a dot") << QByteArray(R"({"a": {"b.c": 1}})") << QList<int>{0, 0}
                                    << uR"($.a["b.c"])"_qs;
    QTest::newRow("key with a quote") << QByteArray(R"({"say \"hi\"": {"it's": 1}})") << QList<int>{0, 0}
                                      << uR"($["say \"hi\""]["it's"])"_qs;
    QTest::newRow("key with a backslash")
        << QByteArray(R"({"a\\b": 1})") << QList<int>{0} << uR"($["a\\b"])"_qs;
    QTest::newRow("key starting with a digit")
        << QByteArray(R"({"1st": 1})") << QList<int>{0} << uR"($["1st"])"_qs;
    QTest::newRow("key with a dollar") << QByteArray(R"({"_ok$": 1})") << QList<int>{0} << uR"($["_ok$"])"_qs;
    QTest::newRow("empty key") << QByteArray(R"({"": 1})") << QList<int>{0} << uR"($[""])"_qs;
    QTest::newRow("identifier") << QByteArray(R"({"_id2": 1})") << QList<int>{0} << u"$._id2"_qs;
    QTest::newRow("nested arrays") << QByteArray(R"({"m": [[0, 1], [2, [3, 4]]]})") << QList<int>{0, 1, 1, 0}
                                   << u"$.m[1][1][0]"_qs;
    QTest::newRow("nested arrays at the root")
        << QByteArray("[[], [[7]]]") << QList<int>{1, 0, 0} << u"$[1][0][0]"_qs;
}

void tst_ResultPanel::copyPathIsJsonPath()
{
    QFETCH(QByteArray, document);
    QFETCH(QList<int>, rows);
    QFETCH(QString, path);
    JsonViewer viewer;
    viewer.setDocument(json::parse(document).value);
    JsonTreeModel *model = viewer.model();
    QModelIndex index;
    for (int row : std::as_const(rows)) {
        if (model->canFetchMore(index))
            model->fetchMore(index);
        index = model->index(row, 0, index);
        QVERIFY(index.isValid());
    }
    viewer.view()->setCurrentIndex(index);
    QGuiApplication::clipboard()->clear();
    viewer.copyPath();
    QCOMPARE(QGuiApplication::clipboard()->text(), path);
    QCOMPARE(viewer.findChild<QLabel *>(u"dataPathLabel"_qs)->text(), path);
}

QTEST_MAIN(tst_ResultPanel)
// A 4.1 server sends no X-Zato-CID by default (zato-platform.md §1.2): its 404 says
// "URL not found (CID: …)" in the body, and that CID is what the window shows and Copy CID copies.
void tst_ResultPanel::errorBodyCidOfAZato41Server()
{
    demo::DemoServer server41(demo::DemoConfig::defaults(demo::Flavour::Zato41));
    QVERIFY(server41.listen());
    LookupForm form = demoForm(server41.address());
    form.client = ClientKind::Json;
    form.jsonPath = u"/no/such/channel"_qs;
    const InvokeResult result = call(form);
    QCOMPARE(result.response.status, 404);
    QVERIFY(!headerValue(result.response.headers, "X-Zato-CID"));
    QCOMPARE(result.cid, u"(None)"_qs);
    const QByteArray body = result.response.body;
    QVERIFY2(body.startsWith("URL not found (CID:"), body.constData());
    const QString cid = QString::fromLatin1(body.mid(body.indexOf(':') + 1).chopped(1)).trimmed();
    QVERIFY(!cid.isEmpty());
    QCOMPARE(child<QLabel>("cidLabel")->text(), u"%1 (from the error body)"_qs.arg(cid));
    QCOMPARE(m_window->findChild<ResultPanel *>()->correlationId(), cid);

    // With the header, the header's CID, as the Python client reads it.
    form = demoForm(m_server->address());
    call(form);
    QVERIFY(!child<QLabel>("cidLabel")->text().contains(u"error body"));
    QCOMPARE(child<QLabel>("cidLabel")->text(), m_window->findChild<ResultPanel *>()->correlationId());
}

// An admin list service's X-Zato-Page-* and X-Zato-Result-Total headers (zato-platform.md §2.4), read
// into the Invoke API's meta, are shown beside ok and has_data.
void tst_ResultPanel::paginationHeadersOfAListService()
{
    test::RawHttpServer raw;
    raw.listen();
    raw.setHandler([](const test::RawHttpServer::Request &) {
        return test::RawHttpServer::reply(200, R"([{"name": "crm.basic"}])",
                                          {{"Content-Type", "application/json"},
                                           {"X-Zato-Page-Current", "2"},
                                           {"X-Zato-Page-Size", "1"},
                                           {"X-Zato-Page-Total", "3"},
                                           {"X-Zato-Result-Total", "3"}});
    });
    QCOMPARE(installTranslations(u"en"_qs), u"en"_qs); // the English plural forms
    const auto removeTranslations = qScopeGuard([] {
        for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale::c());
    });
    LookupForm form = demoForm(raw.address());
    form.client = ClientKind::Api;
    form.service = u"zato.security.get-list"_qs;
    const InvokeResult result = call(form);
    QVERIFY(result.ok);
    QCOMPARE(child<QLabel>("flagsLabel")->text(),
             u"ok: true, has_data: true, page 2 of 3, 3 results in all"_qs);
}

#include "tst_resultpanel.moc"
