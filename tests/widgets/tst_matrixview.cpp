// The matrix view and the side-by-side comparison, run from the real window against the demo server.
#include "demoserver.h"
#include "mainwindow.h"
#include "matrixmodel.h"
#include "matrixview.h"
#include "profile/profilestore.h"
#include "profile/secretstore.h"
#include "prompts.h"
#include "rbac/matrixrunner.h"

#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace zd;

class tst_MatrixView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void runsTheSampleMatrixFromTheWindow();
    void mismatchAndSingleCellRerun();
    void bothClientsSideBySide();
    void rowsAndChannelsEnteredForTheMatrix();
    void rowsOfEachCredentialKind();
    void badRowKindIsRefused_data();
    void badRowKindIsRefused();

private:
    MatrixView *openMatrix();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<demo::DemoServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MatrixView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    m_server = std::make_unique<demo::DemoServer>();
    QVERIFY(m_server->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_store = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.json")));
    m_secrets = std::make_unique<MemorySecretStore>();
    m_window =
        std::make_unique<MainWindow>(m_network.get(), m_settings.get(), m_store.get(), m_secrets.get());
    LookupForm form;
    form.address = m_server->address();
    form.anyPath = QStringLiteral("/clients/django/any-service-invoker");
    form.jsonPath = QStringLiteral("/clients/django/json-client");
    form.user = QStringLiteral("django");
    form.password = QStringLiteral("my-password");
    form.customerId = QStringLiteral("123");
    m_window->setForm(form);
    m_window->show();
}

void tst_MatrixView::cleanup()
{
    m_window.reset();
    m_secrets.reset();
    m_store.reset();
    m_network.reset();
    m_server.reset();
    m_settings.reset();
    m_dir.reset();
}

MatrixView *tst_MatrixView::openMatrix()
{
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("matrixButton")), Qt::LeftButton);
    auto *view = m_window->findChild<MatrixView *>();
    if (view)
        view->setPrompts(Prompts{});
    return view;
}

void tst_MatrixView::runsTheSampleMatrixFromTheWindow()
{
    MatrixView *view = openMatrix();
    QVERIFY(view);
    QTRY_VERIFY(view->isVisible());
    QCOMPARE(view->findChild<QLineEdit *>(QStringLiteral("matrixAddressEdit"))->text(), m_server->address());
    QSignalSpy finished(view, &MatrixView::runFinished);
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("runAllButton")), Qt::LeftButton);
    QVERIFY(finished.wait(20000));

    const MatrixModel *model = view->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->columnCount(), 4);
    const QStringList django = {QStringLiteral("allowed"), QStringLiteral("allowed"), QStringLiteral("401"),
                                QStringLiteral("allowed")};
    const QStringList flask = {QStringLiteral("401"), QStringLiteral("401"), QStringLiteral("allowed"),
                               QStringLiteral("403")};
    for (int column = 0; column < 4; ++column) {
        QCOMPARE(model->index(0, column).data(MatrixModel::ActualRole).toString(), django.at(column));
        QCOMPARE(model->index(1, column).data(MatrixModel::ActualRole).toString(), flask.at(column));
        QVERIFY(model->index(0, column).data(MatrixModel::MatchesRole).toBool());
        QVERIFY(model->index(1, column).data(MatrixModel::MatchesRole).toBool());
    }
    QVERIFY(view->findChild<QLabel *>(QStringLiteral("summaryLabel"))
                ->text()
                .contains(u"8 of 8 cells run; 0 differ"));
}

void tst_MatrixView::mismatchAndSingleCellRerun()
{
    MatrixView *view = openMatrix();
    QVERIFY(view);
    MatrixModel *model = view->model();
    QVERIFY(model->setData(model->index(1, 3), QStringLiteral("allowed"))); // wrong: RBAC refuses flask
    QVERIFY(!model->setData(model->index(1, 3), QStringLiteral("maybe")));  // not an outcome
    QSignalSpy finished(view, &MatrixView::runFinished);
    view->run({{1, 3}});
    QVERIFY(finished.wait(20000));
    QCOMPARE(model->index(1, 3).data(MatrixModel::ActualRole).toString(), QStringLiteral("403"));
    QVERIFY(!model->index(1, 3).data(MatrixModel::MatchesRole).toBool());
    QVERIFY(!model->index(1, 3).data(Qt::BackgroundRole).isNull());
    QVERIFY(model->index(0, 0).data(MatrixModel::ActualRole).isNull()); // only that cell ran
    QVERIFY(model->index(1, 3).data(Qt::DisplayRole).toString().contains(u"got 403"));
}

void tst_MatrixView::bothClientsSideBySide()
{
    QSignalSpy done(m_window.get(), &MainWindow::comparisonFinished);
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("compareButton")), Qt::LeftButton);
    QVERIFY(done.wait(20000));
    auto *table = m_window->findChild<QTableWidget *>(QStringLiteral("comparisonTable"));
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Victoria Murray"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Victoria Murray"));
    QCOMPARE(table->item(2, 0)->text(), QStringLiteral("200"));
    QCOMPARE(table->item(5, 0)->text().size(), 24);
    QVERIFY(table->item(5, 0)->text() != table->item(5, 1)->text());
    const QString verdict = m_window->findChild<QLabel *>(QStringLiteral("comparisonLabel"))->text();
    QVERIFY2(verdict.contains(u"The data are equal"), qPrintable(verdict));
    QVERIFY2(verdict.contains(u"12 call"), qPrintable(verdict)); // how many calls Both clients sent
    QVERIFY2(!verdict.contains(u"overhead"), qPrintable(verdict));
}

void tst_MatrixView::rowsAndChannelsEnteredForTheMatrix()
{
    MatrixView *view = openMatrix();
    QVERIFY(view);
    QStringList answers = {QStringLiteral("ops"),    QStringLiteral("basic"),
                           QStringLiteral("django"), QStringLiteral("my-password"),
                           QStringLiteral("ping"),   QStringLiteral("/zato/ping"),
                           QStringLiteral("json"),   QStringLiteral("{}")};
    const QString saved = m_dir->filePath(QStringLiteral("matrix.json"));
    Prompts prompts;
    prompts.text = [&answers](const QString &, const QString &, const QString &) -> std::optional<QString> {
        return answers.isEmpty() ? std::nullopt : std::optional<QString>(answers.takeFirst());
    };
    prompts.tell = [](const QString &, const QString &message) { QFAIL(qPrintable(message)); };
    view->setPrompts(prompts);
    FileDialogs files;
    files.save = [&saved](const FileQuestion &) { return saved; };
    view->setFileDialogs(files);
    QVERIFY(view->addRow());
    QVERIFY(view->addColumn());
    MatrixModel *model = view->model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->columnCount(), 5);
    QCOMPARE(model->headerData(2, Qt::Vertical).toString(), QStringLiteral("ops"));
    QCOMPARE(model->headerData(4, Qt::Horizontal).toString(), QStringLiteral("ping"));

    QSignalSpy finished(view, &MatrixView::runFinished);
    view->run(MatrixRunner::rowCells(model->definition(), 2));
    QVERIFY(finished.wait(20000));
    // The row's password came from the secret store: django's channels let it in.
    QCOMPARE(model->index(2, 0).data(MatrixModel::ActualRole).toString(), QStringLiteral("allowed"));
    QCOMPARE(model->index(2, 4).data(MatrixModel::ActualRole).toString(), QStringLiteral("allowed"));

    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    QFile file(saved);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("\"name\": \"ops\""));
    QVERIFY(!bytes.contains("my-password"));
}

// Rows entered in the window with an API key in a custom header, a bearer token and no credentials,
// each against the demo channels of those kinds; the secrets go to the keychain, not the file.
void tst_MatrixView::rowsOfEachCredentialKind()
{
    MatrixView *view = openMatrix();
    QVERIFY(view);
    QStringList answers = {QStringLiteral("partner"),
                           QStringLiteral("apikey"),
                           QStringLiteral("X-Partner-Key"),
                           QStringLiteral("partner-key"),
                           QStringLiteral("token"),
                           QStringLiteral("Bearer"),
                           QStringLiteral("demo-token"),
                           QStringLiteral("anonymous"),
                           QStringLiteral("none"),
                           QStringLiteral("partner channel"),
                           QStringLiteral("/demo/apikey-custom"),
                           QStringLiteral("json"),
                           QStringLiteral("{\"cust_id\": \"123\"}"),
                           QStringLiteral("bearer channel"),
                           QStringLiteral("/demo/bearer"),
                           QStringLiteral("json"),
                           QStringLiteral("{\"cust_id\": \"123\"}")};
    Prompts prompts;
    prompts.text = [&answers](const QString &, const QString &, const QString &) -> std::optional<QString> {
        return answers.isEmpty() ? std::nullopt : std::optional<QString>(answers.takeFirst());
    };
    prompts.tell = [](const QString &, const QString &message) { QFAIL(qPrintable(message)); };
    view->setPrompts(prompts);
    QVERIFY(view->addRow());
    QVERIFY(view->addRow());
    QVERIFY(view->addRow());
    QVERIFY(view->addColumn());
    QVERIFY(view->addColumn());
    QVERIFY(answers.isEmpty());
    MatrixModel *model = view->model();
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(model->columnCount(), 6);
    const MatrixCredential partner = model->definition().credentials.at(2);
    QCOMPARE(partner.auth, AuthKind::ApiKey);
    QCOMPARE(partner.apiKeyHeader, QByteArrayLiteral("X-Partner-Key"));
    QCOMPARE(model->definition().credentials.at(3).auth, AuthKind::Bearer);
    QCOMPARE(model->definition().credentials.at(4).auth, AuthKind::None);

    QSignalSpy finished(view, &MatrixView::runFinished);
    view->run({{2, 4}, {2, 5}, {3, 4}, {3, 5}, {4, 4}, {4, 5}});
    QVERIFY(finished.wait(20000));
    const auto actual = [model](int row, int column) {
        return model->index(row, column).data(MatrixModel::ActualRole).toString();
    };
    QCOMPARE(actual(2, 4), QStringLiteral("allowed"));
    QCOMPARE(actual(2, 5), QStringLiteral("401"));
    QCOMPARE(actual(3, 4), QStringLiteral("401"));
    QCOMPARE(actual(3, 5), QStringLiteral("allowed"));
    QCOMPARE(actual(4, 4), QStringLiteral("401"));
    QCOMPARE(actual(4, 5), QStringLiteral("401"));

    const QByteArray file = writeMatrix(model->definition());
    QVERIFY(!file.contains("partner-key"));
    QVERIFY(!file.contains("demo-token"));
    QVERIFY(file.contains("X-Partner-Key"));
}

void tst_MatrixView::badRowKindIsRefused_data()
{
    QTest::addColumn<QStringList>("answers");
    QTest::addColumn<QString>("told");
    QTest::addRow("unknown kind") << QStringList{QStringLiteral("r"), QStringLiteral("kerberos")}
                                  << QStringLiteral("The credential must be basic, apikey, bearer or none.");
    QTest::addRow("oauth2") << QStringList{QStringLiteral("r"), QStringLiteral("oauth2")}
                            << QStringLiteral(
                                   "An OAuth2 row takes its token endpoint from a profile: use Add "
                                   "row from a profile.");
    QTest::addRow("bad header") << QStringList{QStringLiteral("r"), QStringLiteral("apikey"),
                                               QStringLiteral("X Key")}
                                << QStringLiteral("\"X Key\" is not a valid HTTP header name.");
}

void tst_MatrixView::badRowKindIsRefused()
{
    QFETCH(QStringList, answers);
    QFETCH(QString, told);
    MatrixView *view = openMatrix();
    QVERIFY(view);
    QStringList messages;
    Prompts prompts;
    prompts.text = [&answers](const QString &, const QString &, const QString &) -> std::optional<QString> {
        return answers.isEmpty() ? std::nullopt : std::optional<QString>(answers.takeFirst());
    };
    prompts.tell = [&messages](const QString &, const QString &message) { messages << message; };
    view->setPrompts(prompts);
    QVERIFY(!view->addRow());
    QCOMPARE(messages, QStringList{told});
    QCOMPARE(view->model()->rowCount(), 2);
}

QTEST_MAIN(tst_MatrixView)
#include "tst_matrixview.moc"
