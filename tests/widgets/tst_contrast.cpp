// Readability of the real window, offscreen, in the light and the dark scheme, against the demo server
// over loopback: every item of every view (the matrix with passed and failed cells, the history with ok
// and failed calls, the comparison tables) and every visible label (the error texts and the warning
// banners included) keeps a WCAG contrast ratio of at least 4.5:1, computed here from the WCAG formula.
#include "appearance.h"
#include "connectiondialog.h"
#include "demoserver.h"
#include "history/historyservice.h"
#include "historydock.h"
#include "historymodel.h"
#include "mainwindow.h"
#include "matrixmodel.h"
#include "matrixview.h"
#include "profile/profilestore.h"
#include "profile/secretstore.h"
#include "profilecontroller.h"
#include "prompts.h"
#include "windowmenus.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cmath>

using namespace zd;

namespace {

constexpr double minimumRatio = 4.5;

// WCAG 2.x relative luminance and contrast ratio, written out here rather than taken from the app.
double luminance(const QColor &colour)
{
    const auto linear = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.red() / 255.0) + 0.7152 * linear(rgb.green() / 255.0) +
           0.0722 * linear(rgb.blue() / 255.0);
}

double ratio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

std::optional<QColor> colourOf(const QVariant &value)
{
    if (value.userType() == QMetaType::QColor)
        return value.value<QColor>();
    if (value.userType() == QMetaType::QBrush && value.value<QBrush>().style() != Qt::NoBrush)
        return value.value<QBrush>().color();
    return std::nullopt;
}

QString describe(const QColor &fg, const QColor &bg)
{
    return u"%1 on %2 = %3:1"_qs.arg(fg.name(), bg.name()).arg(ratio(fg, bg), 0, 'f', 2);
}

// A secret store standing for a keychain that never answers well: the window says so in its banner.
class BrokenKeychain : public SecretStore
{
public:
    using SecretStore::SecretStore;

protected:
    void startRead(const QString &, ReadDone done) override
    {
        done(Status::Unavailable, QString(), u"no Secret Service"_qs);
    }
    void startWrite(const QString &, const QString &, WriteDone done) override
    {
        done(Status::Unavailable, u"no Secret Service"_qs);
    }
    void startRemove(const QString &, WriteDone done) override
    {
        done(Status::Unavailable, u"no Secret Service"_qs);
    }
};

} // namespace

class tst_Contrast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everythingReadsInBothSchemes();

private:
    void lookUp(const LookupForm &form);
    void fill();
    // Every failure of every item and label under these roots; also counts what was looked at.
    QStringList unreadable(const QString &scheme);
    void checkItems(QAbstractItemView *view, const QModelIndex &parent, int depth, QStringList &failures);
    void checkLabel(QLabel *label, QStringList &failures);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<demo::DemoServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<BrokenKeychain> m_keychain;
    std::unique_ptr<SessionSecretStore> m_secrets;
    std::unique_ptr<HistoryService> m_history;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ConnectionDialog> m_dialog;
    QList<QWidget *> m_roots;
    QSet<QString> m_checkedLabels;
    int m_checkedItems = 0;
    int m_colouredItems = 0; // items with a background or foreground of their own
};

void tst_Contrast::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_qs), QSettings::IniFormat);
    m_server = std::make_unique<demo::DemoServer>();
    QVERIFY(m_server->listen());
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(u"profiles.json"_qs));
    m_keychain = std::make_unique<BrokenKeychain>();
    m_secrets = std::make_unique<SessionSecretStore>(m_keychain.get());
    m_history = std::make_unique<HistoryService>(m_dir->filePath(u"history.sqlite"_qs));
    m_window = std::make_unique<MainWindow>(&m_network, m_settings.get(), m_profiles.get(), m_secrets.get());
    Prompts prompts;
    prompts.confirm = [](const QString &, const QString &) { return true; };
    prompts.tell = [](const QString &, const QString &) {};
    m_window->setPrompts(prompts);
    m_window->setHistory(m_history.get());
    m_window->openServices(); // as zato-desk does once its first frame is on screen
    QTRY_VERIFY(m_history->isAvailable());
    m_window->resize(1200, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_Contrast::cleanup()
{
    m_dialog.reset();
    m_window.reset();
    m_history.reset();
    m_secrets.reset();
    m_keychain.reset();
    m_profiles.reset();
    m_server.reset();
    m_settings.reset();
    m_dir.reset();
    m_roots.clear();
}

void tst_Contrast::lookUp(const LookupForm &form)
{
    m_window->setForm(form);
    QSignalSpy finished(m_window.get(), &MainWindow::callFinished);
    m_window->invoke();
    QVERIFY(finished.wait(20000));
}

// Puts something into every view and shows every status label of the window and its dialogs.
void tst_Contrast::fill()
{
    // The demo profile, whose password the (broken) keychain cannot give: the keychain banner.
    QSignalSpy loaded(m_window->profiles(), &ProfileController::passwordLoaded);
    m_window->profiles()->setDemoAddress(m_server->address());
    m_window->profiles()->select(u"builtin-demo"_qs);
    QVERIFY(loaded.wait(5000));
    const LookupForm demo = m_window->form();
    QCOMPARE(demo.address, m_server->address());

    // History and the comparison panel: ok calls, a pinned one compared with another, failed calls.
    LookupForm form = demo;
    form.client = ClientKind::Json;
    form.customerId = u"123"_qs;
    lookUp(form);
    m_window->findChild<QPushButton *>(u"pinResponseButton"_qs)->click();
    form.customerId = u"456"_qs;
    lookUp(form);
    form.client = ClientKind::AnyService;
    lookUp(form);
    form.password = u"wrong-password"_qs; // 401
    lookUp(form);
    form.password = demo.password;
    m_window->setForm(form);

    // Both clients side by side.
    QSignalSpy compared(m_window.get(), &MainWindow::comparisonFinished);
    m_window->findChild<QPushButton *>(u"compareButton"_qs)->click();
    QVERIFY(compared.wait(20000));

    // The matrix, with an expectation that fails.
    m_window->findChild<QPushButton *>(u"matrixButton"_qs)->click();
    auto *matrix = m_window->findChild<MatrixView *>();
    QVERIFY(matrix);
    matrix->setPrompts(Prompts{});
    QVERIFY(matrix->model()->setData(matrix->model()->index(1, 3), u"allowed"_qs));
    QSignalSpy ran(matrix, &MatrixView::runFinished);
    matrix->findChild<QPushButton *>(u"runAllButton"_qs)->click();
    QVERIFY(ran.wait(20000));
    QVERIFY(!matrix->model()->index(1, 3).data(MatrixModel::MatchesRole).toBool());
    QVERIFY(matrix->model()->index(0, 0).data(MatrixModel::MatchesRole).toBool());

    // The last call fails (a service error): its explanation is the error text.
    form.customerId = u"missing-1"_qs;
    lookUp(form);
    auto *explanation = m_window->findChild<QLabel *>(u"explanationLabel"_qs);
    QVERIFY(explanation->isVisible() && !explanation->text().isEmpty());
    // Then a form that cannot be sent: field errors, and the no-verification warning.
    form.address.clear();
    form.customerId.clear();
    form.tls.verify = false;
    m_window->setForm(form);
    m_window->invoke();
    QTRY_VERIFY(m_window->findChild<QLabel *>(u"customerIdErrorLabel"_qs)->isVisible());
    QVERIFY(m_window->findChild<QLabel *>(u"addressErrorLabel"_qs)->isVisible());
    QVERIFY(m_window->findChild<QLabel *>(u"tlsWarningLabel"_qs)->isVisible());
    QVERIFY(m_window->findChild<QLabel *>(u"keychainWarningLabel"_qs)->isVisible());

    // Connection settings with verification off: its warning.
    m_dialog = std::make_unique<ConnectionDialog>(m_window.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    m_dialog->findChild<QCheckBox *>(u"noVerifyCheck"_qs)->setChecked(true);
    QVERIFY(m_dialog->findChild<QLabel *>(u"noVerifyWarningLabel"_qs)->isVisible());
    m_dialog->findChild<QCheckBox *>(u"frontEndHeadersCheck"_qs)->setChecked(true);
    QVERIFY(m_dialog->findChild<QLabel *>(u"frontEndHeadersWarningLabel"_qs)->isVisible());

    // Every call made is listed in the history (recorded on its own thread).
    QTRY_COMPARE(m_window->historyDock()->model()->rowCount(), 7);
    m_roots = {m_window.get(), matrix, m_dialog.get()};
}

void tst_Contrast::checkItems(QAbstractItemView *view, const QModelIndex &parent, int depth,
                              QStringList &failures)
{
    const QAbstractItemModel *model = view->model();
    const QPalette palette = view->palette();
    for (int row = 0; row < model->rowCount(parent) && row < 500; ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            const std::optional<QColor> fg = colourOf(index.data(Qt::ForegroundRole));
            const std::optional<QColor> bg = colourOf(index.data(Qt::BackgroundRole));
            const QPalette::ColorRole base =
                view->alternatingRowColors() && row % 2 ? QPalette::AlternateBase : QPalette::Base;
            const QColor text = fg.value_or(palette.color(QPalette::Text));
            const QColor back = bg.value_or(palette.color(base));
            ++m_checkedItems;
            if (fg || bg)
                ++m_colouredItems;
            // A background of its own belongs to the scheme shown (no light rows left in a dark table).
            const auto dark = [](const QColor &colour) { return luminance(colour) < 0.2; };
            if (bg && dark(*bg) != dark(palette.color(base)))
                failures << u"%1 row %2 column %3: background %4 is not of this scheme (base %5)"_qs
                                .arg(view->objectName())
                                .arg(row)
                                .arg(column)
                                .arg(bg->name(), palette.color(base).name());
            if (ratio(text, back) < minimumRatio)
                failures << u"%1 (%2) row %3 column %4 \"%5\": %6"_qs
                                .arg(view->objectName(), QString::fromLatin1(view->metaObject()->className()))
                                .arg(row)
                                .arg(column)
                                .arg(index.data().toString().left(40).replace(u'\n', u' '),
                                     describe(text, back));
            if (depth < 3 && column == 0 && model->hasChildren(index))
                checkItems(view, index, depth + 1, failures);
        }
    }
}

// The label as drawn (style sheets included): its background is the commonest pixel, its text the
// pixel that differs most from it (glyph strokes reach the full text colour).
void tst_Contrast::checkLabel(QLabel *label, QStringList &failures)
{
    // Grabbed from its window, so what is behind it is what is on screen (not its own palette).
    QWidget *window = label->window();
    const QImage image = window->grab(QRect(label->mapTo(window, QPoint(0, 0)), label->size()))
                             .toImage()
                             .convertToFormat(QImage::Format_RGB32);
    QHash<QRgb, int> counts;
    const auto inCorner = [&image](int x, int y) { // a rounded corner shows what is behind
        constexpr int size = 4;
        return (x < size || x >= image.width() - size) && (y < size || y >= image.height() - size);
    };
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (!inCorner(x, y))
                ++counts[image.pixel(x, y)];
    QRgb background = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > most)
            std::tie(background, most) = std::pair(it.key(), it.value());
    QColor text(background);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (ratio(QColor(it.key()), QColor(background)) > ratio(text, QColor(background)))
            text = QColor(it.key());
    m_checkedLabels.insert(label->objectName());
    if (ratio(text, QColor(background)) < minimumRatio)
        failures << u"label %1 \"%2\": %3"_qs.arg(label->objectName(), label->text().left(40),
                                                  describe(text, QColor(background)));
}

QStringList tst_Contrast::unreadable(const QString &scheme)
{
    QStringList failures;
    m_checkedLabels.clear();
    m_checkedItems = m_colouredItems = 0;
    for (QWidget *root : std::as_const(m_roots)) {
        for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>())
            if (view->model() && !qobject_cast<QHeaderView *>(view)) // headers show no items
                checkItems(view, QModelIndex(), 0, failures);
        for (QLabel *label : root->findChildren<QLabel *>())
            if (label->isVisible() && !label->text().isEmpty())
                checkLabel(label, failures);
    }
    for (QString &failure : failures)
        failure.prepend(scheme + u": ");
    return failures;
}

void tst_Contrast::everythingReadsInBothSchemes()
{
    m_window->menus()->setColorScheme(ColorScheme::Light, false);
    fill();
    const QStringList mustBeChecked = {u"explanationLabel"_qs,     u"customerIdErrorLabel"_qs,
                                       u"addressErrorLabel"_qs,    u"tlsWarningLabel"_qs,
                                       u"keychainWarningLabel"_qs, u"noVerifyWarningLabel"_qs,
                                       u"summaryLabel"_qs,         u"customerNameLabel"_qs};
    const auto check = [&](const QString &scheme, const QStringList &mustBeChecked) {
        // ZD_CONTRAST_SHOTS=<folder>: what was checked, as pictures to look at (run it under Xvfb too).
        if (const QString shots = qEnvironmentVariable("ZD_CONTRAST_SHOTS"); !shots.isEmpty())
            for (QWidget *root : std::as_const(m_roots))
                root->grab().save(u"%1/contrast-%2-%3.png"_qs.arg(
                    shots, QString(scheme).remove(u',').replace(u' ', u'-'),
                    QString::fromLatin1(root->metaObject()->className()).section(u':', -1).toLower()));
        const QStringList failures = unreadable(scheme);
        for (const QString &failure : failures)
            qWarning("%s", qPrintable(failure));
        QVERIFY2(failures.isEmpty(),
                 qPrintable(u"%1 unreadable, the first: %2"_qs.arg(failures.size()).arg(failures.value(0))));
        for (const QString &name : mustBeChecked)
            QVERIFY2(m_checkedLabels.contains(name), qPrintable(scheme + u": not checked: " + name));
        // The matrix (8 cells, passed and failed) and the failed history rows have colours of their own.
        QVERIFY2(m_colouredItems >= 8 + 6, qPrintable(u"%1 coloured items"_qs.arg(m_colouredItems)));
        QVERIFY(m_checkedItems > 40);
    };

    check(u"light"_qs, mustBeChecked);
    if (QTest::currentTestFailed())
        return;
    // Switched while everything is on screen: what was coloured for the light scheme follows.
    m_window->menus()->setColorScheme(ColorScheme::Dark, false);
    QVERIFY(paletteIsDark());
    check(u"dark"_qs, mustBeChecked);
    if (QTest::currentTestFailed())
        return;
    // A call failing in the dark scheme, then back to light.
    LookupForm form = m_window->form();
    form.address = m_server->address();
    form.customerId = u"missing-2"_qs;
    lookUp(form);
    const QStringList afterCall = {u"explanationLabel"_qs, u"tlsWarningLabel"_qs, u"keychainWarningLabel"_qs,
                                   u"noVerifyWarningLabel"_qs};
    check(u"dark, new call"_qs, afterCall);
    if (QTest::currentTestFailed())
        return;
    m_window->menus()->setColorScheme(ColorScheme::Light, false);
    QVERIFY(!paletteIsDark());
    check(u"light again"_qs, afterCall);
}

QTEST_MAIN(tst_Contrast)
#include "tst_contrast.moc"
