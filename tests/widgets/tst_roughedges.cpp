// What a first-day user trips over in the window: the matrix's file dialogs, what Both clients says
// it measured, tabs that overflow in Polish, key names and outcome words that mix languages, and
// shortcuts missing from Help → Keyboard shortcuts. Runs with LANGUAGE=de (CMakeLists.txt); each
// test sets the language it needs.
#include "demoform.h"
#include "demoserver.h"
#include "history/historyservice.h"
#include "language.h"
#include "mainwindow.h"
#include "matrixmodel.h"
#include "matrixview.h"
#include "profile/profilestore.h"
#include "profile/secretstore.h"
#include "shortcutsdialog.h"
#include "windowmenus.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace zd;

namespace {

// Our own words for a few sources, as a translator of the .ts files would give them.
class WordsTranslator : public QTranslator
{
public:
    WordsTranslator(const char *context, QHash<QString, QString> words, QObject *parent)
        : QTranslator(parent), m_context(context), m_words(std::move(words))
    {}
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, m_context) != 0)
            return QString();
        return m_words.value(QString::fromUtf8(source));
    }

private:
    const char *m_context;
    QHash<QString, QString> m_words;
};

// Removes every translation installed so far and installs those of code ("en": none).
void useLanguage(const QString &code)
{
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale(QLocale::English));
    if (code != u"en")
        QCOMPARE(installTranslations(code), code);
}

} // namespace

class tst_RoughEdges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void matrixFileDialogsOfferTheirOwnFiles();
    void matrixOutcomesInTheUserLanguage();
    void bothClientsSaysWhatItMeasured();
    void polishTabsAllInSight();
    void keyNamesInTheUserLanguage();
    void everyShortcutIsListed();

private:
    void makeWindow();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<demo::DemoServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<HistoryService> m_history;
    std::unique_ptr<MainWindow> m_window;
};

void tst_RoughEdges::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"s.ini"_qs), QSettings::IniFormat);
    m_server = std::make_unique<demo::DemoServer>();
    QVERIFY(m_server->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_store = std::make_unique<ProfileStore>(m_dir->filePath(u"profiles.json"_qs));
    m_secrets = std::make_unique<MemorySecretStore>();
}

void tst_RoughEdges::cleanup()
{
    m_window.reset();
    m_history.reset();
    m_secrets.reset();
    m_store.reset();
    m_network.reset();
    m_server.reset();
    m_settings.reset();
    m_dir.reset();
    useLanguage(u"en"_qs);
}

// The size the window opens at in Polish on a 1280×800 screen (seen under Xvfb): its panels' size.
void tst_RoughEdges::makeWindow()
{
    m_window =
        std::make_unique<MainWindow>(m_network.get(), m_settings.get(), m_store.get(), m_secrets.get());
    m_window->setPrompts(Prompts{});
    m_history = std::make_unique<HistoryService>(m_dir->filePath(u"history.sqlite"_qs));
    m_window->setHistory(m_history.get()); // its dock beside the panels, as in the app
    m_window->setForm(demoForm(m_server->address()));
    m_window->resize(1100, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

// Open and Save ask for matrix files, Export CSV for CSV, Export JUnit for XML, each with All files
// too; a name typed without a suffix gets the right one.
void tst_RoughEdges::matrixFileDialogsOfferTheirOwnFiles()
{
    useLanguage(u"en"_qs);
    MatrixView view(m_secrets.get(), m_store.get());
    view.setPrompts(Prompts{});
    QHash<QString, FileQuestion> asked; // by the button that asked
    QString button;
    FileDialogs files;
    files.open = [&](const FileQuestion &question) {
        asked.insert(button, question);
        return QString();
    };
    files.save = [&](const FileQuestion &question) {
        asked.insert(button, question);
        return m_dir->filePath(u"typed-" + button); // no suffix typed
    };
    view.setFileDialogs(files);
    for (const QString &name :
         {u"openButton"_qs, u"saveButton"_qs, u"exportCsvButton"_qs, u"exportJUnitButton"_qs}) {
        button = name;
        view.findChild<QPushButton *>(name)->click();
        QVERIFY2(asked.contains(name), qPrintable(name));
    }
    const auto filters = [&asked](const QString &name) { return asked.value(name).filter.split(u";;"_qs); };
    QCOMPARE(filters(u"openButton"_qs), (QStringList{u"Matrix files (*.json)"_qs, u"All files (*)"_qs}));
    QCOMPARE(filters(u"saveButton"_qs), (QStringList{u"Matrix files (*.json)"_qs, u"All files (*)"_qs}));
    QCOMPARE(filters(u"exportCsvButton"_qs), (QStringList{u"CSV files (*.csv)"_qs, u"All files (*)"_qs}));
    QCOMPARE(filters(u"exportJUnitButton"_qs),
             (QStringList{u"JUnit XML files (*.xml)"_qs, u"All files (*)"_qs}));
    QCOMPARE(asked.value(u"exportCsvButton"_qs).suggested, u"matrix.csv"_qs);
    QCOMPARE(asked.value(u"exportJUnitButton"_qs).suggested, u"matrix.xml"_qs);

    QVERIFY(QFile::exists(m_dir->filePath(u"typed-saveButton.json"_qs)));
    QVERIFY(QFile::exists(m_dir->filePath(u"typed-exportCsvButton.csv"_qs)));
    QVERIFY(QFile::exists(m_dir->filePath(u"typed-exportJUnitButton.xml"_qs)));
    QVERIFY(!QFile::exists(m_dir->filePath(u"typed-saveButton"_qs)));
    // A suffix the user typed is kept.
    QCOMPARE(withSuffix(u"/tmp/cells.txt"_qs, u"csv"_qs), u"/tmp/cells.txt"_qs);
}

// The outcome words in the matrix's cells and in its list of expectations go through translation;
// the matrix file keeps the English keys.
void tst_RoughEdges::matrixOutcomesInTheUserLanguage()
{
    useLanguage(u"de"_qs);
    // The German words the .ts files will hold, given here.
    auto *words = new WordsTranslator("zd::MatrixModel", {{u"allowed"_qs, u"erlaubt"_qs}},
                                      QCoreApplication::instance());
    QCoreApplication::installTranslator(words);
    MatrixView view(m_secrets.get(), m_store.get());
    const MatrixModel *model = view.model();
    const QString cell = model->index(0, 0).data(Qt::DisplayRole).toString();
    QCOMPARE(cell, u"erwartet erlaubt"_qs);
    QCOMPARE(model->index(0, 2).data(Qt::DisplayRole).toString(), u"erwartet 401"_qs);
    QCOMPARE(model->index(0, 0).data(Qt::EditRole).toString(), u"allowed"_qs);
    QVERIFY(writeMatrix(model->definition()).contains("\"allowed\""));

    // The list an expectation is picked from: words in German, keys behind them.
    auto *table = view.findChild<QTableView *>(u"matrixTable"_qs);
    QWidget parent;
    QStyleOptionViewItem option;
    QWidget *editor = table->itemDelegate()->createEditor(&parent, option, model->index(0, 0));
    auto *combo = qobject_cast<QComboBox *>(editor);
    QVERIFY(combo);
    const int allowed = combo->findData(u"allowed"_qs);
    QVERIFY(allowed > 0);
    QCOMPARE(combo->itemText(allowed), u"erlaubt"_qs);
    table->itemDelegate()->setEditorData(editor, model->index(0, 0));
    QCOMPARE(combo->currentText(), u"erlaubt"_qs);
    combo->setCurrentIndex(combo->findData(u"403"_qs));
    table->itemDelegate()->setModelData(editor, view.model(), model->index(0, 0));
    QCOMPARE(model->index(0, 0).data(Qt::EditRole).toString(), u"403"_qs);
}

// Both clients says what it timed and how many calls it sent, and never a negative "overhead".
void tst_RoughEdges::bothClientsSaysWhatItMeasured()
{
    useLanguage(u"en"_qs);
    makeWindow();
    int atServer = 0;
    connect(m_server.get(), &demo::DemoServer::callLogged, this, [&atServer] { ++atServer; });
    auto *label = m_window->findChild<QLabel *>(u"comparisonLabel"_qs);
    QVERIFY2(label->text().contains(u"12 call"), qPrintable(label->text())); // before pressing it
    QSignalSpy done(m_window.get(), &MainWindow::comparisonFinished);
    m_window->compareClients();
    QVERIFY(done.wait(20000));
    const QString text = label->text();
    QVERIFY2(text.contains(u"12 call"), qPrintable(text));
    QVERIFY2(text.contains(u"Median times of 5 calls through each client"), qPrintable(text));
    QVERIFY2(!text.contains(QRegularExpression(u"[-\u2212]\\s*\\d"_qs)), qPrintable(text));
    QVERIFY2(!text.contains(u"overhead"), qPrintable(text));
    QTRY_COMPARE(atServer, 12);
}

// In Polish the result tabs' titles are long: in the window as it opens on a 1280×800 screen, beside
// the history dock (and in less room than that), every tab is in sight, with no scroll arrows; the longest
// are shortened first (their whole title is the tooltip), short ones are whole.
void tst_RoughEdges::polishTabsAllInSight()
{
    useLanguage(u"pl"_qs);
    makeWindow();
    auto *tabs = m_window->findChild<QTabWidget *>(u"rawTabs"_qs);
    QVERIFY(tabs);
    QTRY_VERIFY(tabs->isVisible());
    QTabBar *bar = tabs->tabBar();
    QCOMPARE(tabs->tabText(tabs->count() - 2), u"Wewnętrzna odpowiedź usługi"_qs); // Polish it is
    QVERIFY(!tabs->usesScrollButtons());
    for (QToolButton *arrow : bar->findChildren<QToolButton *>())
        QVERIFY(!arrow->isVisible());
    QVERIFY(bar->width() <= tabs->width());
    // The whole titles do not fit (what this test is about), each with the style's margin.
    const int margin = bar->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, bar);
    int natural = 0;
    for (int i = 0; i < tabs->count(); ++i)
        natural += bar->fontMetrics().horizontalAdvance(tabs->tabText(i).remove(u'&')) + margin;
    if (natural <= tabs->width()) { // the window's other panels keep it wider: the tabs get less room
        tabs->setMaximumWidth(natural - 40);
        QTRY_VERIFY(tabs->width() <= natural - 40);
        QTRY_VERIFY(bar->width() <= tabs->width());
    }
    QVERIFY2(natural > tabs->width(), qPrintable(u"%1 > %2"_qs.arg(natural).arg(tabs->width())));
    int longest = 0;
    for (int i = 1; i < tabs->count(); ++i)
        if (tabs->tabText(i).size() > tabs->tabText(longest).size())
            longest = i;
    for (int i = 0; i < tabs->count(); ++i) {
        const QString title = tabs->tabText(i).remove(u'&');
        QVERIFY2(bar->rect().contains(bar->tabRect(i)), qPrintable(title));
        QCOMPARE(tabs->tabToolTip(i), title);
        if (i != longest) // whole: the tab is as wide as its title and the margin
            QVERIFY2(bar->tabRect(i).width() >= bar->fontMetrics().horizontalAdvance(title) + margin,
                     qPrintable(u"%1: %2"_qs.arg(title).arg(bar->tabRect(i).width())));
    }
}

// Key names in the user's language: Qt's German writes "Strg+Return"; our translations name the
// key (here given by the test, as the .ts files will), in the shortcuts list and in tooltips.
void tst_RoughEdges::keyNamesInTheUserLanguage()
{
    useLanguage(u"de"_qs);
    // installTranslations() puts key names from our translations before Qt's own.
    const QList<KeyNameTranslator *> installed =
        QCoreApplication::instance()->findChildren<KeyNameTranslator *>();
    QCOMPARE(installed.size(), 1);
    QVERIFY(installed.first()->names());
    QCOMPARE(installed.first()->names()->language(), u"de"_qs);
    QCOMPARE(installed.first()->translate("QShortcut", "Ctrl"), QString()); // Qt's Strg stays

    auto *names =
        new WordsTranslator("zd::KeyNames", {{u"Return"_qs, u"Eingabe"_qs}}, QCoreApplication::instance());
    QCoreApplication::installTranslator(new KeyNameTranslator(names, QCoreApplication::instance()));
    const QKeySequence get(Qt::CTRL | Qt::Key_Return);
    QCOMPARE(get.toString(QKeySequence::NativeText), u"Strg+Eingabe"_qs);
    QCOMPARE(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C).toString(QKeySequence::NativeText),
             u"Strg+Umschalt+C"_qs);
    QCOMPARE(get.toString(QKeySequence::PortableText), u"Ctrl+Return"_qs); // settings keep Qt's names

    makeWindow();
    ShortcutsDialog dialog(m_window->menus()->shortcutActions());
    QCOMPARE(dialog.table()->item(0, 1)->text(), u"Strg+Eingabe oder Strg+Enter"_qs);
    QVERIFY(m_window->findChild<QPushButton *>(u"invokeButton"_qs)->toolTip().contains(u"(Strg+Eingabe)"));
}

// Help → Keyboard shortcuts lists every shortcut of the window, those of its panels (Find in the
// data, Ctrl+F) too, each with its name.
void tst_RoughEdges::everyShortcutIsListed()
{
    useLanguage(u"en"_qs);
    makeWindow();
    ShortcutsDialog dialog(m_window->menus()->shortcutActions());
    QStringList listed;
    for (int row = 0; row < dialog.table()->rowCount(); ++row) {
        QVERIFY(!dialog.table()->item(row, 0)->text().isEmpty());
        listed << dialog.table()->item(row, 0)->text() + u": " + dialog.table()->item(row, 1)->text();
    }
    QVERIFY2(listed.contains(u"Find in the data: Ctrl+F"_qs), qPrintable(listed.join(u'\n')));
    int withShortcut = 0;
    for (const QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty())
            continue;
        ++withShortcut;
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        QVERIFY2(std::any_of(listed.cbegin(), listed.cend(),
                             [&keys](const QString &row) { return row.contains(keys); }),
                 qPrintable(keys));
    }
    QCOMPARE(dialog.table()->rowCount(), withShortcut);
}

QTEST_MAIN(tst_RoughEdges)
#include "tst_roughedges.moc"
