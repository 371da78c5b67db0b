// Desktop behaviour of the real MainWindow, offscreen: the menus and their shortcuts, Help →
// Keyboard shortcuts, the colour scheme (every label and item readable in dark), the remembered layout.
#include "appearance.h"
#include "history/historyservice.h"
#include "history/historystore.h"
#include "historydock.h"
#include "historymodel.h"
#include "mainwindow.h"
#include "matrixmodel.h"
#include "matrixview.h"
#include "profile/profilestore.h"
#include "profile/secretstore.h"
#include "shortcutsdialog.h"
#include "windowmenus.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace zd;

namespace {

// WCAG 2 contrast ratio, from the relative luminance of each colour.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto linear = [](double v) {
            return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    };
    const double la = luminance(a.toRgb()), lb = luminance(b.toRgb());
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QStringList menuTitles(QMainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

} // namespace

class tst_Desktop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyFrequentActionHasAShortcut();
    void shortcutsDialogListsThem();
    void shortcutTriggersTheAction();
    void darkAndLightSchemes();
    void schemeIsRemembered();
    void layoutIsRemembered();
    void copyAsLeavesThePasswordOut();

private:
    std::unique_ptr<MainWindow> newWindow();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    QNetworkAccessManager m_network;
    std::unique_ptr<ProfileStore> m_profiles;
    MemorySecretStore m_secrets;
};

std::unique_ptr<MainWindow> tst_Desktop::newWindow()
{
    auto window = std::make_unique<MainWindow>(&m_network, m_settings.get(), m_profiles.get(), &m_secrets);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

void tst_Desktop::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings =
        std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.json")));
}

void tst_Desktop::cleanup()
{
    m_settings.reset();
    m_profiles.reset();
    m_dir.reset();
}

void tst_Desktop::everyFrequentActionHasAShortcut()
{
    const auto window = newWindow();
    QCOMPARE(menuTitles(*window), (QStringList{u"&Call"_qs, u"&Profile"_qs, u"&View"_qs, u"&Help"_qs}));
    QHash<QString, QString> keys;
    for (QAction *action : window->menus()->shortcutActions())
        keys.insert(action->text(), action->shortcut().toString(QKeySequence::PortableText));
    const QHash<QString, QString> expected = {
        {u"&Get customer"_qs, u"Ctrl+Return"_qs},
        {u"Ca&ncel the call"_qs, u"Esc"_qs},
        {u"Call &both clients"_qs, u"Ctrl+B"_qs},
        {u"Channel and RBAC &matrix…"_qs, u"Ctrl+M"_qs},
        {u"Connection &settings…"_qs, u"Ctrl+,"_qs},
        {u"Copy the &correlation ID"_qs, u"Ctrl+Shift+C"_qs},
        {u"&Quit"_qs, u"Ctrl+Q"_qs},
        {u"&Save profile"_qs, u"Ctrl+S"_qs},
        {u"Save profile &as…"_qs, u"Ctrl+Shift+S"_qs},
        {u"&Rename profile…"_qs, u"F2"_qs},
        {u"&Keyboard shortcuts"_qs, u"Ctrl+/"_qs},
    };
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QVERIFY2(keys.value(it.key()) == it.value(),
                 qPrintable(it.key() + u": " + keys.value(it.key(), u"(none)"_qs)));
    // No two actions share a key.
    QStringList all = keys.values();
    all.removeDuplicates();
    QCOMPARE(all.size(), keys.size());
}

void tst_Desktop::shortcutsDialogListsThem()
{
    const auto window = newWindow();
    const QList<QAction *> actions = window->menus()->shortcutActions();
    ShortcutsDialog dialog(actions);
    QTableWidget *table = dialog.table();
    QCOMPARE(table->rowCount(), actions.size());
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row) {
        QVERIFY(!table->item(row, 1)->text().isEmpty());
        rows << table->item(row, 0)->text() + u" = " + table->item(row, 1)->text();
    }
    QVERIFY2(rows.contains(u"Get customer = Ctrl+Return or Ctrl+Enter"_qs), qPrintable(rows.join(u"; ")));
    QVERIFY2(rows.contains(u"Cancel the call = Esc"_qs), qPrintable(rows.join(u"; ")));
    QVERIFY2(rows.contains(u"Keyboard shortcuts = Ctrl+/"_qs), qPrintable(rows.join(u"; ")));
}

void tst_Desktop::shortcutTriggersTheAction()
{
    const auto window = newWindow();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    // Ctrl+Return with empty fields: the call is refused with the field messages, proving the key
    // reached MainWindow::invoke.
    QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::Key_Return));
    auto *customerError = window->findChild<QLabel *>(u"customerIdErrorLabel"_qs);
    QVERIFY(customerError);
    QTRY_VERIFY(!customerError->text().isEmpty());
}

void tst_Desktop::darkAndLightSchemes()
{
    const auto window = newWindow();
    // Something in every coloured place: field errors, the certificate warning, a failed call in the
    // history, passed and failed cells in the matrix.
    LookupForm form;
    form.tls.verify = false;
    window->setForm(form);
    window->invoke(); // nothing sent: the field errors show
    QVERIFY(window->findChild<QLabel *>(u"customerIdErrorLabel"_qs)->isVisible());
    QVERIFY(window->findChild<QLabel *>(u"tlsWarningLabel"_qs)->isVisible());
    {
        HistoryStore history(m_dir->filePath(u"history.sqlite"_qs));
        QCOMPARE(history.open(), QString());
        for (const bool ok : {true, false}) {
            HistoryEntry entry;
            entry.time = QDateTime::currentDateTimeUtc();
            entry.form.customerId = ok ? u"123"_qs : u"missing-1"_qs;
            entry.status = ok ? 200 : 500;
            entry.outcome = ok ? u"allowed"_qs : u"500"_qs;
            entry.ok = ok;
            QVERIFY(history.add(entry));
        }
    }
    window->setHistory(new HistoryService(m_dir->filePath(u"history.sqlite"_qs), window.get()));
    window->openServices(); // as zato-desk does once its first frame is on screen
    QTRY_COMPARE(window->historyDock()->model()->rowCount(), 2);
    window->openMatrix();
    auto *matrix = window->findChild<MatrixView *>();
    QVERIFY(matrix);
    for (const auto &[column, actual] : {std::pair(0, u"allowed"_qs), std::pair(1, u"403"_qs)}) {
        MatrixCell cell;
        cell.row = 0;
        cell.column = column;
        cell.expected = matrix->model()->definition().expected(0, column);
        cell.actual = actual;
        cell.done = true;
        matrix->model()->setCell(cell);
    }

    window->menus()->setColorScheme(ColorScheme::Dark, true);
    QVERIFY(paletteIsDark());
    QCOMPARE(QApplication::style()->name(), u"fusion"_qs);
    QTRY_VERIFY(window->palette().color(QPalette::Window).lightness() < 128);
    QTRY_VERIFY(window->palette().color(QPalette::WindowText).lightness() > 128);
    // Every label follows, the bold customer name, the error texts and the banners included: none has
    // colours fixed by a style sheet, and each reads on what is behind it.
    for (auto *label : window->findChildren<QLabel *>()) {
        QVERIFY2(!label->styleSheet().contains(u"color"), qPrintable(label->objectName()));
        const QColor text = label->palette().color(label->foregroundRole());
        const QColor back =
            (label->autoFillBackground() ? label : label->parentWidget())
                ->palette()
                .color(label->autoFillBackground() ? label->backgroundRole() : QPalette::Window);
        QVERIFY2(contrast(text, back) >= 4.5,
                 qPrintable(label->objectName() + u": "_qs + text.name() + u" on "_qs + back.name()));
    }
    // Every item of every view, with the colours its model gives or else the view's.
    int coloured = 0;
    for (auto *view : window->findChildren<QAbstractItemView *>()) {
        const QAbstractItemModel *model = view->model();
        for (int row = 0; model && row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                const QVariant fg = index.data(Qt::ForegroundRole), bg = index.data(Qt::BackgroundRole);
                coloured += fg.isValid() || bg.isValid();
                const QColor text =
                    fg.isValid() ? fg.value<QBrush>().color() : view->palette().color(QPalette::Text);
                const QColor back =
                    bg.isValid() ? bg.value<QBrush>().color() : view->palette().color(QPalette::Base);
                QVERIFY2(contrast(text, back) >= 4.5,
                         qPrintable(u"%1 %2,%3: %4 on %5"_qs.arg(view->objectName())
                                        .arg(row)
                                        .arg(column)
                                        .arg(text.name(), back.name())));
            }
        }
    }
    QVERIFY2(coloured >= 2 + 6,
             qPrintable(QString::number(coloured))); // two matrix cells, a failed call's row

    window->menus()->setColorScheme(ColorScheme::Light, true);
    QVERIFY(!paletteIsDark());
    QCOMPARE(m_settings->value(u"ui/colorScheme"_qs).toString(), u"light"_qs);
    // "Follow the system" with no preference known keeps the platform's palette (light offscreen).
    window->menus()->setColorScheme(ColorScheme::System, true);
    QVERIFY(!paletteIsDark());
}

void tst_Desktop::schemeIsRemembered()
{
    {
        const auto window = newWindow();
        window->menus()->setColorScheme(ColorScheme::Dark, true);
    }
    applyColorScheme(ColorScheme::Light, std::nullopt);
    QVERIFY(!paletteIsDark());
    const auto again = newWindow();
    QCOMPARE(again->menus()->colorScheme(), ColorScheme::Dark);
    QVERIFY(paletteIsDark());
    again->menus()->setColorScheme(ColorScheme::System, true);
}

void tst_Desktop::layoutIsRemembered()
{
    QList<int> sizes;
    {
        const auto window = newWindow();
        window->resize(1000, 700);
        auto *splitter = window->findChild<QSplitter *>(u"mainSplitter"_qs);
        QVERIFY(splitter);
        const QList<int> before = splitter->sizes();
        splitter->setSizes({before.constFirst() - 60, before.constLast() + 60});
        if (splitter->sizes() == before) // the first part at its smallest: move the other way
            splitter->setSizes({before.constFirst() + 60, before.constLast() - 60});
        sizes = splitter->sizes();
        QVERIFY2(sizes != before, qPrintable(u"%1 %2 / min %3 %4"_qs.arg(before.constFirst())
                                                 .arg(before.constLast())
                                                 .arg(splitter->widget(0)->minimumSizeHint().height())
                                                 .arg(splitter->widget(1)->minimumSizeHint().height())));
        window->close();
    }
    const auto again = newWindow();
    QCOMPARE(again->size(), QSize(1000, 700));
    QCOMPARE(again->findChild<QSplitter *>(u"mainSplitter"_qs)->sizes(), sizes);
}

void tst_Desktop::copyAsLeavesThePasswordOut()
{
    const auto window = newWindow();
    LookupForm form;
    form.address = u"http://127.0.0.1:17010"_qs;
    form.anyPath = u"/clients/django/any-service-invoker"_qs;
    form.jsonPath = u"/clients/django/json-client"_qs;
    form.apiPath = u"/zato/api/invoke"_qs;
    form.user = u"django"_qs;
    form.password = u"s3cret-pw"_qs;
    form.customerId = u"123"_qs;
    form.client = ClientKind::Json;
    window->setForm(form);
    window->copyAs(MainWindow::Snippet::Curl, false);
    const QString curl = QGuiApplication::clipboard()->text();
    QVERIFY2(curl.startsWith(u"curl ") && curl.contains(u"/clients/django/json-client"), qPrintable(curl));
    QVERIFY(!curl.contains(u"s3cret-pw"));
    window->copyAs(MainWindow::Snippet::Python, false);
    QVERIFY(QGuiApplication::clipboard()->text().contains(u"JSONClient("));
    QVERIFY(!QGuiApplication::clipboard()->text().contains(u"s3cret-pw"));
    window->copyAs(MainWindow::Snippet::Curl, true);
    QVERIFY(QGuiApplication::clipboard()->text().contains(u"'django:s3cret-pw'"));
    // From the menu, as a user copies them: python-requests and the newest ZatoClient, for the Invoke API.
    const auto menuAction = [&window](const QString &text) -> QAction * {
        for (QAction *action : window->findChildren<QAction *>()) {
            if (action->text() == text)
                return action;
        }
        return nullptr;
    };
    form.client = ClientKind::Api;
    window->setForm(form);
    QAction *requests = menuAction(u"python-&requests"_qs);
    QVERIFY(requests);
    requests->trigger();
    QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.contains(u"import requests") && copied.contains(u"/zato/api/invoke/customer.get1"),
             qPrintable(copied));
    QVERIFY(!copied.contains(u"s3cret-pw"));
    QAction *zatoClient = menuAction(u"ZatoClient (&newest zato-client)"_qs);
    QVERIFY(zatoClient);
    zatoClient->trigger();
    copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.contains(u"ZatoClient("), qPrintable(copied));
    QVERIFY(!copied.contains(u"s3cret-pw"));
    // An invalid form copies nothing and marks the field.
    form.customerId.clear();
    window->setForm(form);
    QGuiApplication::clipboard()->clear();
    window->copyAs(MainWindow::Snippet::Curl, false);
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
}

QTEST_MAIN(tst_Desktop)
#include "tst_desktop.moc"
