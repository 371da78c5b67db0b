// The real MainWindow, offscreen, started with the system's language German (LANGUAGE=de, see
// CMakeLists.txt): our translations and Qt's own are loaded and the window speaks German.
#include "language.h"
#include "mainwindow.h"
#include "profile/profilestore.h"
#include "profile/secretstore.h"
#include "shortcutsdialog.h"
#include "windowmenus.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace zd;

class tst_German : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windowSpeaksGerman();
};

void tst_German::windowSpeaksGerman()
{
    QCOMPARE(installTranslations(QString()), u"de"_qs); // the system's language, followed
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"settings.ini"_qs), QSettings::IniFormat);
    ProfileStore profiles(dir.filePath(u"profiles.json"_qs));
    MemorySecretStore secrets;
    QNetworkAccessManager network;
    MainWindow window(&network, &settings, &profiles, &secrets);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QCOMPARE(window.findChild<QPushButton *>(u"invokeButton"_qs)->text(), u"Kunden &abrufen"_qs);
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus << action->text();
    QCOMPARE(menus, (QStringList{u"&Aufruf"_qs, u"&Profil"_qs, u"A&nsicht"_qs, u"&Hilfe"_qs}));
    ShortcutsDialog dialog(window.menus()->shortcutActions());
    QCOMPARE(dialog.windowTitle(), u"Tastenkürzel"_qs);
    QCOMPARE(dialog.table()->item(0, 0)->text(), u"Kunden abrufen"_qs);
    QVERIFY(dialog.table()->item(0, 1)->text().contains(u" oder "));
    // Qt's own strings follow: the standard Close button.
    QCOMPARE(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->text(),
             u"Schließen"_qs);
    // The core's messages too: an empty customer ID is refused in German.
    window.setForm(LookupForm());
    window.invoke();
    QCOMPARE(window.findChild<QLabel *>(u"customerIdErrorLabel"_qs)->text(),
             u"Geben Sie eine Kundennummer ein."_qs);
    // A plural form: Polish and German have their own; German's "one" and "other".
    QCOMPARE(QCoreApplication::translate("zd::ProfileController",
                                         "%n profile(s) imported, without passwords.", nullptr, 1),
             u"1 Profil importiert, ohne Passwörter."_qs);
    QCOMPARE(QCoreApplication::translate("zd::ProfileController",
                                         "%n profile(s) imported, without passwords.", nullptr, 3),
             u"3 Profile importiert, ohne Passwörter."_qs);
}

QTEST_MAIN(tst_German)
#include "tst_german.moc"
