// Import server configuration… and Discover from server… in the real matrix window, against the demo
// server started from the access test's enmasse file: the preview, Create matrix, a run, and the
// outcomes, expectations and reasons read from the model.
#include "accessimportdialog.h"
#include "demoserver.h"
#include "enmasse/enmasse.h"
#include "mainwindow.h"
#include "matrixmodel.h"
#include "matrixview.h"
#include "profile/profilestore.h"
#include "profile/secretstore.h"
#include "prompts.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace zd;

namespace {

const QString data = QStringLiteral(ZD_TEST_DATA_DIR "/enmasse/");

// Outcomes written by hand from zato-platform.md §3.4 for cells of access41.yaml.
struct Cell
{
    const char *row;
    const char *channel;
    const char *outcome;
};
constexpr Cell handWritten[] = {
    {"crm.basic", "orders.get", "allowed"},
    {"billing.basic", "orders.get", "401"},
    {"(none)", "orders.get", "401"},
    {"loner.basic", "orders.list", "403"},
    {"partner.apikey", "orders.list", "allowed"},
    {"partner.apikey (wrong secret)", "orders.list", "403"},
    {"billing.basic", "orders.audit", "401"},
    {"crm.basic", "orders.closed", "403"},
    {"batch.static", "orders.batch", "allowed"},
    {"batch.static (wrong secret)", "orders.batch", "401"},
    {"crm.basic", "orders.retired", "404"},
    {"(none)", "public.health", "allowed"},
};

int rowOf(const MatrixModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->definition().credentials.at(row).name == name)
            return row;
    }
    return -1;
}

int columnOf(const MatrixModel *model, const QString &name)
{
    for (int column = 0; column < model->columnCount(); ++column) {
        if (model->definition().channels.at(column).name == name)
            return column;
    }
    return -1;
}

} // namespace

class tst_AccessImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importTheFileAndRun();
    void discoverTheServerAndRun();
    void badSourcesCreateNothing();
    void payloadsFromTheServersOpenApi();
    void fromTheCallMenu();

private:
    AccessImportDialog *openDialog(const char *button);
    void runAndCheck(MatrixView *view);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<demo::DemoServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<MemorySecretStore> m_secrets; // the fake keychain of unit tests
    std::unique_ptr<MainWindow> m_window;
    MatrixView *m_view = nullptr;
};

void tst_AccessImport::init()
{
    demo::EnmasseOptions options;
    options.useProcessEnvironment = false;
    const demo::EnvFile env = demo::readEnvFile(data + u"access41.env");
    QVERIFY(env.values);
    options.env = *env.values;
    const demo::EnmasseLoad load = demo::loadEnmasse(data + u"access41.yaml", options);
    QVERIFY2(load.config, qPrintable(load.error));
    m_server = std::make_unique<demo::DemoServer>(*load.config);
    QVERIFY(m_server->listen());
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_store = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.json")));
    m_secrets = std::make_unique<MemorySecretStore>();
    m_window =
        std::make_unique<MainWindow>(m_network.get(), m_settings.get(), m_store.get(), m_secrets.get());
    LookupForm form;
    form.address = m_server->address();
    m_window->setForm(form);
    m_window->show();
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("matrixButton")), Qt::LeftButton);
    m_view = m_window->findChild<MatrixView *>();
    QVERIFY(m_view);
    m_view->setPrompts(Prompts{});
    QTRY_VERIFY(m_view->isVisible());
}

void tst_AccessImport::cleanup()
{
    m_window.reset();
    m_view = nullptr;
    m_secrets.reset();
    m_store.reset();
    m_network.reset();
    m_server.reset();
    m_settings.reset();
    m_dir.reset();
}

AccessImportDialog *tst_AccessImport::openDialog(const char *button)
{
    QTest::mouseClick(m_view->findChild<QPushButton *>(QString::fromLatin1(button)), Qt::LeftButton);
    auto *dialog = m_view->findChild<AccessImportDialog *>(QStringLiteral("accessImportDialog"));
    if (dialog && !QTest::qWaitFor([dialog] { return dialog->isVisible(); }))
        return nullptr;
    return dialog;
}

// Run all; every cell as derived, and the hand-written cells as written.
void tst_AccessImport::runAndCheck(MatrixView *view)
{
    const MatrixModel *model = view->model();
    QCOMPARE(model->rowCount(), 11); // 5 credentials, no credentials, 5 with a wrong secret
    QCOMPARE(model->columnCount(), 7);
    QSignalSpy finished(view, &MatrixView::runFinished);
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("runAllButton")), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QVERIFY2(view->findChild<QLabel *>(QStringLiteral("summaryLabel"))
                 ->text()
                 .contains(u"77 of 77 cells run; 0 differ"),
             qPrintable(view->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text()));
    for (const Cell &cell : handWritten) {
        const int row = rowOf(model, QString::fromLatin1(cell.row));
        const int column = columnOf(model, QString::fromLatin1(cell.channel));
        QVERIFY2(row >= 0 && column >= 0, cell.row);
        const QModelIndex index = model->index(row, column);
        QCOMPARE(index.data(Qt::EditRole).toString(), QString::fromLatin1(cell.outcome));
        QCOMPARE(index.data(MatrixModel::ActualRole).toString(), QString::fromLatin1(cell.outcome));
        QVERIFY(!index.data(MatrixModel::ReasonRole).toString().isEmpty());
    }
    // The reason on hover and in the details pane.
    const QModelIndex loner = model->index(rowOf(model, QStringLiteral("loner.basic")),
                                           columnOf(model, QStringLiteral("orders.list")));
    const QString reason = QStringLiteral("loner.basic is in no group of this channel (internal.apps).");
    QVERIFY(loner.data(Qt::ToolTipRole).toString().contains(reason));
    view->findChild<QTableView *>(QStringLiteral("matrixTable"))->setCurrentIndex(loner);
    const QString details = view->findChild<QLabel *>(QStringLiteral("detailsLabel"))->text();
    QVERIFY2(details.contains(reason), qPrintable(details));
    QVERIFY2(details.contains(u"loner.basic calling orders.list (POST /api/orders)"), qPrintable(details));
}

void tst_AccessImport::importTheFileAndRun()
{
    AccessImportDialog *dialog = openDialog("importButton");
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("addressEdit"))->text(), m_server->address());
    dialog->findChild<QLineEdit *>(QStringLiteral("enmasseEdit"))->setText(data + u"access41.yaml");
    dialog->findChild<QLineEdit *>(QStringLiteral("envEdit"))->setText(data + u"access41.env");
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createButton"));
    QVERIFY(!create->isEnabled());
    QSignalSpy previewed(dialog, &AccessImportDialog::previewed);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("readButton")), Qt::LeftButton);
    QCOMPARE(previewed.size(), 1);
    QCOMPARE(previewed.at(0).at(0).toBool(), true);

    // The preview: what will be created, before anything is.
    const auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("previewTree"));
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Credentials (5)"));
    QCOMPARE(tree->topLevelItem(0)->child(3)->text(1), QStringLiteral("API key in X-Partner-Key"));
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(2), QStringLiteral("from the file"));
    QCOMPARE(tree->topLevelItem(1)->text(0), QStringLiteral("Channels (7)"));
    QCOMPARE(tree->topLevelItem(1)->child(0)->text(1), QStringLiteral("GET /api/orders/1 → demo.ping"));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"))
                ->text()
                .contains(u"11 rows (each credential with its secret, no credentials, each credential with a "
                          u"wrong secret) by 7 channels: 77 cells"));
    QCOMPARE(m_view->model()->rowCount(), 2); // still the sample matrix

    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(m_view->model()->definition().address, m_server->address());
    runAndCheck(m_view);

    // The secrets went to the keychain under the rows' keys, and a saved matrix holds none.
    QString kept;
    m_secrets->read(matrixApiKeyKey(QStringLiteral("partner.apikey")), this,
                    [&kept](SecretStore::Status, const QString &secret, const QString &) { kept = secret; });
    QTRY_COMPARE(kept, QStringLiteral("partner-key"));
    const QByteArray saved = writeMatrix(m_view->model()->definition());
    for (const char *secret : {"crm-secret", "billing-secret", "partner-key", "batch-token"})
        QVERIFY2(!saved.contains(secret), secret);
    QVERIFY(saved.contains("\"reasons\""));
    QCOMPARE(readMatrix(saved).definition->reason(0, 0), m_view->model()->definition().reason(0, 0));
}

void tst_AccessImport::discoverTheServerAndRun()
{
    AccessImportDialog *dialog = openDialog("discoverButton");
    QVERIFY(dialog);
    QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("enmasseEdit"))->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("userEdit"))->text(),
             QStringLiteral("admin.invoke"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
                     QStringLiteral("my-password"));
    QSignalSpy previewed(dialog, &AccessImportDialog::previewed);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("readButton")), Qt::LeftButton);
    QVERIFY(previewed.wait(10000));
    QCOMPARE(previewed.at(0).at(0).toBool(), true);
    const auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("previewTree"));
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Credentials (5)")); // admin.invoke left out
    QCOMPARE(tree->topLevelItem(1)->text(0), QStringLiteral("Channels (7)"));
    // The server gives no secret: without one, a definition has its wrong-secret row only.
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text().contains(u"6 rows"));
    const std::pair<const char *, const char *> secrets[] = {{"crm.basic", "crm-secret"},
                                                             {"billing.basic", "billing-secret"},
                                                             {"loner.basic", "loner-secret"},
                                                             {"partner.apikey", "partner-key"},
                                                             {"batch.static", "batch-token"}};
    for (const auto &[name, secret] : secrets) {
        auto *edit = dialog->findChild<QLineEdit *>(u"secret:" + QString::fromLatin1(name));
        QVERIFY2(edit, name);
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QTest::keyClicks(edit, QString::fromLatin1(secret));
    }
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text().contains(u"11 rows"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createButton")), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    runAndCheck(m_view);
}

void tst_AccessImport::badSourcesCreateNothing()
{
    QTemporaryDir dir;
    QFile bad(dir.filePath(QStringLiteral("bad.yaml")));
    QVERIFY(bad.open(QIODevice::WriteOnly) && bad.write("security: [\n  - name: x\n") > 0);
    bad.close();
    AccessImportDialog *dialog = openDialog("importButton");
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("enmasseEdit"))->setText(bad.fileName());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("readButton")), Qt::LeftButton);
    const QString summary = dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
    QVERIFY2(summary.startsWith(u"Nothing was created: " + bad.fileName()), qPrintable(summary));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("createButton"))->isEnabled());
    dialog->reject();
    QTRY_VERIFY(!m_view->findChild<AccessImportDialog *>(QStringLiteral("accessImportDialog")));

    dialog = openDialog("discoverButton");
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), QStringLiteral("wrong"));
    QSignalSpy previewed(dialog, &AccessImportDialog::previewed);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("readButton")), Qt::LeftButton);
    QVERIFY(previewed.wait(10000));
    QCOMPARE(previewed.at(0).at(0).toBool(), false);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"))
                ->text()
                .contains(u"The server refused admin.invoke's credentials"));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("createButton"))->isEnabled());
    QCOMPARE(m_view->model()->rowCount(), 2); // the sample matrix, untouched
}

// The server's own OpenAPI document gives the customer channels the input they need: the preview shows
// each payload, and every cell of the run is as derived (sent {} instead, three would answer 500).
void tst_AccessImport::payloadsFromTheServersOpenApi()
{
    demo::EnmasseOptions options;
    options.useProcessEnvironment = false;
    options.env = *demo::readEnvFile(data + u"access41.env").values;
    const demo::EnmasseLoad load = demo::loadEnmasse(data + u"openapi41.yaml", options);
    QVERIFY2(load.config, qPrintable(load.error));
    demo::DemoServer server(*load.config);
    QVERIFY(server.listen());
    AccessImportDialog *dialog = openDialog("importButton");
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("addressEdit"))->setText(server.address());
    dialog->findChild<QLineEdit *>(QStringLiteral("enmasseEdit"))->setText(data + u"openapi41.yaml");
    dialog->findChild<QLineEdit *>(QStringLiteral("envEdit"))->setText(data + u"access41.env");
    dialog->findChild<QLineEdit *>(QStringLiteral("openApiEdit"))->setText(QStringLiteral("Customers API"));
    QSignalSpy previewed(dialog, &AccessImportDialog::previewed);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("readButton")), Qt::LeftButton);
    QVERIFY(previewed.wait(10000));
    QVERIFY2(previewed.at(0).at(0).toBool(),
             qPrintable(dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text()));
    const auto *channels = dialog->findChild<QTreeWidget *>(QStringLiteral("previewTree"))->topLevelItem(1);
    QCOMPARE(channels->child(0)->text(0), QStringLiteral("customers.get"));
    QCOMPARE(channels->child(0)->text(2), QStringLiteral(R"({"cust_id": 123})"));
    QCOMPARE(channels->child(2)->text(2), QString()); // health takes no input
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createButton")), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    QSignalSpy finished(m_view, &MatrixView::runFinished);
    QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("runAllButton")), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    const QString summary = m_view->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
    QVERIFY2(summary.contains(u"15 of 15 cells run; 0 differ"), qPrintable(summary));
}

// Call → Import server configuration… and Discover from server… open a matrix window with the dialog.
void tst_AccessImport::fromTheCallMenu()
{
    for (const auto &[text, title] :
         {std::pair{"&Import server configuration…", "Import server configuration"},
          std::pair{"&Discover from server…", "Discover from server"}}) {
        QAction *action = nullptr;
        for (QAction *candidate : m_window->actions()) {
            if (candidate->text() == QString::fromUtf8(text))
                action = candidate;
        }
        QVERIFY2(action, text);
        const qsizetype before = m_window->findChildren<MatrixView *>().size();
        action->trigger();
        const QList<MatrixView *> views = m_window->findChildren<MatrixView *>();
        QCOMPARE(views.size(), before + 1);
        auto *dialog =
            views.constLast()->findChild<AccessImportDialog *>(QStringLiteral("accessImportDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowTitle(), QString::fromUtf8(title));
        dialog->reject();
    }
}

QTEST_MAIN(tst_AccessImport)
#include "tst_accessimport.moc"
