// The profile selector in the real window: names elided where they do not fit (never clipped), the
// built-in names whole at the default size, the unsaved-changes question (Save, Discard, Cancel) when
// switching and when closing, and an imported profile whose name is taken (Replace, Keep both, Skip).
#include "elidingcombo.h"
#include "history/historyservice.h"
#include "language.h"
#include "mainwindow.h"
#include "profile/profilestore.h"
#include "profile/secretstore.h"
#include "profilecontroller.h"
#include "prompts.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStyleOptionComboBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace zd;

namespace {

std::optional<QString> readNow(SecretStore &store, const QString &key)
{
    std::optional<QString> result;
    bool done = false;
    store.read(key, &store, [&](SecretStore::Status status, const QString &secret, const QString &) {
        if (status == SecretStore::Status::Ok)
            result = secret;
        done = true;
    });
    (void)QTest::qWaitFor([&done] { return done; }, 5000);
    return result;
}

// The room QStyle gives a combo's label, worked out from the style alone (not from the combo's own
// idea of it): the edit field less the margins CE_ComboBoxLabel keeps.
int labelRoom(const QComboBox &combo)
{
    QStyleOptionComboBox option;
    option.initFrom(&combo);
    option.editable = combo.isEditable();
    option.frame = combo.hasFrame();
    option.currentText = combo.currentText();
    option.subControls = QStyle::SC_All;
    return combo.style()
               ->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, &combo)
               .width() -
           2;
}

QImage grabbed(QWidget *widget)
{
    return widget->grab().toImage();
}

} // namespace

class tst_ProfileSelector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void narrowNamesAreElidedNotClipped();
    void builtInNamesFitAtTheDefaultSize_data();
    void builtInNamesFitAtTheDefaultSize();
    void discardTakesTheModifiedMarkAway();
    void switchingAsksSaveDiscardCancel_data();
    void switchingAsksSaveDiscardCancel();
    void closingWithUnsavedChangesAsks_data();
    void closingWithUnsavedChangesAsks();
    void closingWithoutChangesDoesNotAsk();
    void importedNameTakenAsks_data();
    void importedNameTakenAsks();
    void importedBuiltInNameAsks();

private:
    // The window; with history, as zato-desk shows it (its history dock takes a part of the width).
    void makeWindow(HistoryService *history = nullptr);
    void selectAndWait(const QString &id);
    void editPath(const QString &suffix);
    QLineEdit *edit(const char *name) { return m_window->findChild<QLineEdit *>(QString::fromLatin1(name)); }
    ElidingComboBox *combo()
    {
        return m_window->findChild<ElidingComboBox *>(QStringLiteral("profileCombo"));
    }
    QStringList comboItems();
    QString writeImportFile(const QList<Profile> &profiles);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<HistoryService> m_history;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_told;
    QStringList m_answers;
    QStringList m_asked; // every unsaved-changes or name-taken question, in order
    QStringList m_keepBothNames;
    Prompts::Unsaved m_unsaved = Prompts::Unsaved::Cancel;
    ImportChoice m_nameTaken = ImportChoice::Skip;
    QString m_file;
};

void tst_ProfileSelector::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings =
        std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_store = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.json")));
    m_secrets = std::make_unique<MemorySecretStore>();
    m_told.clear();
    m_answers.clear();
    m_asked.clear();
    m_keepBothNames.clear();
    m_unsaved = Prompts::Unsaved::Cancel;
    m_nameTaken = ImportChoice::Skip;
}

void tst_ProfileSelector::cleanup()
{
    m_window.reset();
    m_history.reset();
    m_secrets.reset();
    m_store.reset();
    m_network.reset();
    m_settings.reset();
    m_dir.reset();
}

void tst_ProfileSelector::makeWindow(HistoryService *history)
{
    m_window =
        std::make_unique<MainWindow>(m_network.get(), m_settings.get(), m_store.get(), m_secrets.get());
    if (history)
        m_window->setHistory(history);
    m_window->openServices(); // as zato-desk does once its first frame is on screen
    Prompts prompts;
    prompts.text = [this](const QString &, const QString &, const QString &) -> std::optional<QString> {
        return m_answers.isEmpty() ? std::nullopt : std::optional<QString>(m_answers.takeFirst());
    };
    prompts.confirm = [](const QString &, const QString &question) {
        qWarning("unexpected yes/no question: %s", qPrintable(question));
        return false;
    };
    prompts.unsaved = [this](const QString &, const QString &question) {
        m_asked << question;
        return m_unsaved;
    };
    prompts.nameTaken = [this](const QString &, const QString &question, const QString &keepBothName) {
        m_asked << question;
        m_keepBothNames << keepBothName;
        return m_nameTaken;
    };
    prompts.openFile = [this](const QString &) { return m_file; };
    prompts.saveFile = [this](const QString &, const QString &) { return m_file; };
    prompts.tell = [this](const QString &, const QString &message) { m_told << message; };
    m_window->setPrompts(prompts);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_ProfileSelector::selectAndWait(const QString &id)
{
    QSignalSpy loaded(m_window->profiles(), &ProfileController::passwordLoaded);
    m_window->profiles()->select(id);
    QVERIFY(loaded.wait(5000));
}

// An edit as the user types it: the profile is changed from then on.
void tst_ProfileSelector::editPath(const QString &suffix)
{
    QTest::keyClicks(edit("anyPathEdit"), suffix);
    QVERIFY(m_window->profiles()->isModified());
}

QStringList tst_ProfileSelector::comboItems()
{
    QStringList items;
    for (int i = 0; i < combo()->count(); ++i)
        items << combo()->itemText(i);
    return items;
}

QString tst_ProfileSelector::writeImportFile(const QList<Profile> &profiles)
{
    const QString file = m_dir->filePath(QStringLiteral("import.json"));
    const QString error = ProfileStore::exportTo(file, profiles);
    return error.isEmpty() ? file : QString();
}

void tst_ProfileSelector::narrowNamesAreElidedNotClipped()
{
    makeWindow();
    edit("addressEdit")->setText(QStringLiteral("http://local.test"));
    m_answers = {QStringLiteral("Renamed local")};
    QVERIFY(m_window->profiles()->saveAs());
    const QString original = m_window->profiles()->current().id;
    QVERIFY(m_window->profiles()->duplicate());
    QCOMPARE(m_window->profiles()->current().name, QStringLiteral("Renamed local (copy)"));
    const QString copy = m_window->profiles()->current().id;
    Profile theirs;
    theirs.id = Profile::newId();
    theirs.name = QStringLiteral("Renamed local");
    m_file = writeImportFile({theirs});
    m_nameTaken = ImportChoice::KeepBoth;
    m_window->profiles()->importProfiles();
    QVERIFY(comboItems().contains(QStringLiteral("Renamed local (imported)")));
    QCOMPARE(m_window->profiles()->current().id, copy);

    ElidingComboBox *selector = combo();
    selector->setFixedWidth(selector->fontMetrics().horizontalAdvance(QStringLiteral("Renamed lo")) +
                            (selector->width() - labelRoom(*selector)));
    QTRY_VERIFY(labelRoom(*selector) <
                selector->fontMetrics().horizontalAdvance(QStringLiteral("Renamed local (copy)")));

    QCOMPARE(selector->currentText(), QStringLiteral("Renamed local (copy)"));
    const QString copyShown = selector->shownText();
    const QImage copyImage = grabbed(selector);
    QVERIFY2(copyShown.contains(u'…'), qPrintable(copyShown));
    QVERIFY2(copyShown.endsWith(u')'), qPrintable(copyShown)); // the end that tells it apart is kept
    QCOMPARE(selector->toolTip(), QStringLiteral("Renamed local (copy)"));

    selectAndWait(original);
    QCOMPARE(selector->currentText(), QStringLiteral("Renamed local"));
    const QString originalShown = selector->shownText();
    QVERIFY2(originalShown.contains(u'…'), qPrintable(originalShown));
    QVERIFY(originalShown != copyShown);
    QVERIFY2(grabbed(selector) != copyImage, "the copy and the original look the same"); // as painted
    QCOMPARE(selector->toolTip(), QStringLiteral("Renamed local"));

    selector->setCurrentIndex(selector->findText(QStringLiteral("Renamed local (imported)")));
    QVERIFY(selector->shownText() != copyShown && selector->shownText() != originalShown);
    QVERIFY(grabbed(selector) != copyImage);
    QCOMPARE(selector->toolTip(), QStringLiteral("Renamed local (imported)"));
    selector->setCurrentIndex(selector->findData(original));

    // The modified mark stays visible, and the tooltip follows the item's text.
    editPath(QStringLiteral("-v2"));
    QCOMPARE(selector->currentText(), QStringLiteral("Renamed local *"));
    QVERIFY2(selector->shownText().endsWith(u" *"), qPrintable(selector->shownText()));
    QCOMPARE(selector->toolTip(), QStringLiteral("Renamed local *"));
}

void tst_ProfileSelector::builtInNamesFitAtTheDefaultSize_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("Polish") << QStringLiteral("pl");
}

// The window as it opens, with its history dock, in each language: no wider than a 1280x800 screen, and
// every built-in name whole in the selector. With the modified mark, the name is whole in English;
// where a language's longer labels leave the window at its narrowest, it may be elided, never clipped,
// and the mark stays.
void tst_ProfileSelector::builtInNamesFitAtTheDefaultSize()
{
    QFETCH(QString, language);
    QCOMPARE(installTranslations(language), language);
    const auto removeTranslations = qScopeGuard([] {
        for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale::c());
    });
    m_history = std::make_unique<HistoryService>(m_dir->filePath(QStringLiteral("history.sqlite")));
    makeWindow(m_history.get());
    QVERIFY2(m_window->width() <= 1280 && m_window->height() <= 800,
             qPrintable(u"%1x%2"_qs.arg(m_window->width()).arg(m_window->height())));
    ElidingComboBox *selector = combo();
    const QStringList builtIns = {QStringLiteral("Demo server"), QStringLiteral("Demo server 4.1"),
                                  QStringLiteral("Django sample"), QStringLiteral("Flask sample")};
    QCOMPARE(m_window->profiles()->names(), builtIns);
    const auto needs = [selector](const QString &text) {
        return selector->fontMetrics().horizontalAdvance(text);
    };
    for (const QString &name : builtIns) {
        selector->setCurrentIndex(selector->findText(name));
        QVERIFY2(needs(name) <= labelRoom(*selector),
                 qPrintable(u"\"%1\" needs %2 px, the label has %3"_qs.arg(name)
                                .arg(needs(name))
                                .arg(labelRoom(*selector))));
        QCOMPARE(selector->shownText(), name);

        const QString marked = name + u" *";
        selector->setItemText(selector->currentIndex(), marked);
        if (language == u"en") {
            QVERIFY2(needs(marked) <= labelRoom(*selector), qPrintable(marked));
            QCOMPARE(selector->shownText(), marked);
        } else {
            const QString shown = selector->shownText();
            QVERIFY2(shown == marked || (shown.contains(u'…') && shown.endsWith(u" *")), qPrintable(shown));
        }
        selector->setItemText(selector->currentIndex(), name);
    }
}

void tst_ProfileSelector::discardTakesTheModifiedMarkAway()
{
    makeWindow();
    selectAndWait(QStringLiteral("builtin-demo"));
    editPath(QStringLiteral("-v2"));
    QCOMPARE(combo()->currentText(), QStringLiteral("Demo server *"));

    // Discarded while switching: no item keeps the mark.
    m_unsaved = Prompts::Unsaved::Discard;
    selectAndWait(QStringLiteral("builtin-flask"));
    QCOMPARE(m_asked.size(), 1);
    QCOMPARE(combo()->currentText(), QStringLiteral("Flask sample"));
    for (const QString &item : comboItems())
        QVERIFY2(!item.contains(u'*'), qPrintable(item));
    QVERIFY(!m_window->windowTitle().contains(u'*'));

    // Discarded while staying on the profile (chosen again in the selector): the fields as saved.
    editPath(QStringLiteral("-v3"));
    QCOMPARE(combo()->currentText(), QStringLiteral("Flask sample *"));
    selectAndWait(QStringLiteral("builtin-flask"));
    QCOMPARE(m_asked.size(), 2);
    QCOMPARE(combo()->currentText(), QStringLiteral("Flask sample"));
    QCOMPARE(edit("anyPathEdit")->text(), QStringLiteral("/clients/flask/any-service-invoker"));
    QVERIFY(!m_window->profiles()->isModified());
    QVERIFY(!m_window->windowTitle().contains(u'*'));
}

void tst_ProfileSelector::switchingAsksSaveDiscardCancel_data()
{
    QTest::addColumn<Prompts::Unsaved>("answer");
    QTest::newRow("Save") << Prompts::Unsaved::Save;
    QTest::newRow("Discard") << Prompts::Unsaved::Discard;
    QTest::newRow("Cancel") << Prompts::Unsaved::Cancel;
}

void tst_ProfileSelector::switchingAsksSaveDiscardCancel()
{
    QFETCH(Prompts::Unsaved, answer);
    makeWindow();
    selectAndWait(QStringLiteral("builtin-django"));
    editPath(QStringLiteral("-v2"));
    const QString edited = QStringLiteral("/clients/django/any-service-invoker-v2");
    m_unsaved = answer;
    m_window->profiles()->select(QStringLiteral("builtin-flask"));
    QCOMPARE(m_asked.size(), 1);
    QVERIFY2(m_asked.constFirst().contains(u"\"Django sample\""), qPrintable(m_asked.constFirst()));
    for (const QString &item : comboItems()) {
        if (answer != Prompts::Unsaved::Cancel)
            QVERIFY2(!item.contains(u'*'), qPrintable(item));
    }

    switch (answer) {
    case Prompts::Unsaved::Save:
        QCOMPARE(m_window->profiles()->current().id, QStringLiteral("builtin-flask"));
        QCOMPARE(combo()->currentText(), QStringLiteral("Flask sample"));
        QVERIFY(m_store->byId(QStringLiteral("builtin-django")));
        QCOMPARE(m_store->byId(QStringLiteral("builtin-django"))->anyPath, edited);
        selectAndWait(QStringLiteral("builtin-django"));
        QCOMPARE(edit("anyPathEdit")->text(), edited);
        break;
    case Prompts::Unsaved::Discard:
        QCOMPARE(m_window->profiles()->current().id, QStringLiteral("builtin-flask"));
        QCOMPARE(combo()->currentText(), QStringLiteral("Flask sample"));
        QVERIFY(!m_store->byId(QStringLiteral("builtin-django")));
        selectAndWait(QStringLiteral("builtin-django"));
        QCOMPARE(edit("anyPathEdit")->text(), QStringLiteral("/clients/django/any-service-invoker"));
        break;
    case Prompts::Unsaved::Cancel:
        QCOMPARE(m_window->profiles()->current().id, QStringLiteral("builtin-django"));
        QCOMPARE(combo()->currentText(), QStringLiteral("Django sample *"));
        QCOMPARE(edit("anyPathEdit")->text(), edited);
        QVERIFY(m_window->profiles()->isModified());
        QVERIFY(!m_store->byId(QStringLiteral("builtin-django")));
        break;
    }
    QCOMPARE(m_asked.size(), 1);
}

void tst_ProfileSelector::closingWithUnsavedChangesAsks_data()
{
    QTest::addColumn<Prompts::Unsaved>("answer");
    QTest::addColumn<bool>("byQuit"); // Ctrl+Q's action, or the window's close button
    for (const bool byQuit : {false, true}) {
        const char *how = byQuit ? "Quit" : "close";
        QTest::addRow("%s, Save", how) << Prompts::Unsaved::Save << byQuit;
        QTest::addRow("%s, Discard", how) << Prompts::Unsaved::Discard << byQuit;
        QTest::addRow("%s, Cancel", how) << Prompts::Unsaved::Cancel << byQuit;
    }
}

void tst_ProfileSelector::closingWithUnsavedChangesAsks()
{
    QFETCH(Prompts::Unsaved, answer);
    QFETCH(bool, byQuit);
    makeWindow();
    selectAndWait(QStringLiteral("builtin-django"));
    editPath(QStringLiteral("-v2"));
    const QString edited = QStringLiteral("/clients/django/any-service-invoker-v2");
    m_unsaved = answer;
    if (byQuit) {
        QAction *quit = nullptr;
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Q))
                quit = action;
        }
        QVERIFY(quit);
        quit->trigger();
    } else {
        QCOMPARE(m_window->close(), answer != Prompts::Unsaved::Cancel);
    }
    QCOMPARE(m_asked.size(), 1);
    QVERIFY2(m_asked.constFirst().contains(u"\"Django sample\""), qPrintable(m_asked.constFirst()));
    QCOMPARE(m_window->isVisible(), answer == Prompts::Unsaved::Cancel);
    const std::optional<Profile> saved = m_store->byId(QStringLiteral("builtin-django"));
    QCOMPARE(saved.has_value(), answer == Prompts::Unsaved::Save);
    if (saved)
        QCOMPARE(saved->anyPath, edited);
    if (answer == Prompts::Unsaved::Cancel) {
        QCOMPARE(edit("anyPathEdit")->text(), edited); // nothing lost
        QVERIFY(m_window->profiles()->isModified());
        return;
    }
    // Opened again: no unsaved edit comes back with the profile, whatever the answer.
    m_window.reset();
    m_asked.clear();
    makeWindow();
    QCOMPARE(m_window->profiles()->current().id, QStringLiteral("builtin-django"));
    QCOMPARE(edit("anyPathEdit")->text(), answer == Prompts::Unsaved::Save
                                              ? edited
                                              : QStringLiteral("/clients/django/any-service-invoker"));
    QTRY_COMPARE(edit("passwordEdit")->text(), QStringLiteral("my-password"));
    QVERIFY(!m_window->profiles()->isModified());
    QVERIFY(m_window->close());
    QVERIFY(m_asked.isEmpty());
}

void tst_ProfileSelector::closingWithoutChangesDoesNotAsk()
{
    makeWindow();
    selectAndWait(QStringLiteral("builtin-django"));
    m_unsaved = Prompts::Unsaved::Cancel;
    QVERIFY(m_window->close());
    QVERIFY(m_asked.isEmpty());
    QVERIFY(!m_window->isVisible());
}

void tst_ProfileSelector::importedNameTakenAsks_data()
{
    QTest::addColumn<ImportChoice>("choice");
    QTest::newRow("Replace") << ImportChoice::Replace;
    QTest::newRow("Keep both") << ImportChoice::KeepBoth;
    QTest::newRow("Skip") << ImportChoice::Skip;
}

void tst_ProfileSelector::importedNameTakenAsks()
{
    QFETCH(ImportChoice, choice);
    makeWindow();
    edit("addressEdit")->setText(QStringLiteral("http://ours.test"));
    edit("passwordEdit")->setText(QStringLiteral("team-secret"));
    m_answers = {QStringLiteral("Team")};
    QVERIFY(m_window->profiles()->saveAs());
    const QString id = m_window->profiles()->current().id;
    QTRY_COMPARE(readNow(*m_secrets, profilePasswordKey(id)), std::optional<QString>(u"team-secret"_qs));

    Profile theirs;
    theirs.id = Profile::newId();
    theirs.name = QStringLiteral("Team");
    theirs.address = QStringLiteral("http://theirs.test");
    Profile other;
    other.id = Profile::newId();
    other.name = QStringLiteral("Staging");
    other.address = QStringLiteral("http://staging.test");
    m_file = writeImportFile({theirs, other});
    QVERIFY(!m_file.isEmpty());
    m_nameTaken = choice;
    m_window->profiles()->importProfiles();

    // Asked once, for the name that is taken, with the name it would get beside ours.
    QCOMPARE(m_asked.size(), 1);
    QVERIFY2(m_asked.constFirst().contains(u"\"Team\""), qPrintable(m_asked.constFirst()));
    QVERIFY2(m_asked.constFirst().contains(u"\"Team (imported)\""), qPrintable(m_asked.constFirst()));
    QCOMPARE(m_keepBothNames, QStringList{u"Team (imported)"_qs});
    QVERIFY(m_store->byName(QStringLiteral("Staging"))); // not taken: imported without a question
    const QStringList names = m_window->profiles()->names();
    QCOMPARE(names.count(QStringLiteral("Team")), 1);
    QCOMPARE(names.contains(QStringLiteral("Team (imported)")), choice == ImportChoice::KeepBoth);
    QCOMPARE(comboItems(), names);

    const std::optional<Profile> team = m_store->byName(QStringLiteral("Team"));
    QVERIFY(team);
    QCOMPARE(team->id, id); // ours, or ours replaced: the same profile, its password kept
    QCOMPARE(m_window->profiles()->current().id, id); // still the profile in the window
    QCOMPARE(team->address,
             choice == ImportChoice::Replace ? u"http://theirs.test"_qs : u"http://ours.test"_qs);
    QCOMPARE(readNow(*m_secrets, profilePasswordKey(id)), std::optional<QString>(u"team-secret"_qs));
    // The profile in the window was replaced with no unsaved edit: the window shows the new one.
    QCOMPARE(edit("addressEdit")->text(), team->address);
    QVERIFY(!m_window->profiles()->isModified());
    if (choice == ImportChoice::KeepBoth)
        QCOMPARE(m_store->byName(QStringLiteral("Team (imported)"))->address, u"http://theirs.test"_qs);
    QVERIFY(m_told.last().contains(choice == ImportChoice::Skip ? u"1 profile(s) imported"_qs
                                                                : u"2 profile(s) imported"_qs));
}

void tst_ProfileSelector::importedBuiltInNameAsks()
{
    makeWindow();
    Profile theirs;
    theirs.id = Profile::newId();
    theirs.name = QStringLiteral("Django sample");
    theirs.address = QStringLiteral("http://django.theirs.test");
    m_file = writeImportFile({theirs});
    m_nameTaken = ImportChoice::Replace;
    m_window->profiles()->importProfiles();
    QCOMPARE(m_asked.size(), 1);
    QCOMPARE(m_keepBothNames, QStringList{u"Django sample (imported)"_qs});
    // The built-in replaced: saved under its id, still one "Django sample" in the list.
    QCOMPARE(m_window->profiles()->names().count(QStringLiteral("Django sample")), 1);
    QCOMPARE(m_store->byId(QStringLiteral("builtin-django"))->address, u"http://django.theirs.test"_qs);
}

QTEST_MAIN(tst_ProfileSelector)
#include "tst_profileselector.moc"
