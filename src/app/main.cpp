#include "afterfirstframe.h"
#include "demoform.h"
#include "demoservers.h"
#include "fileiconengine.h"
#include "hardening/processhardening.h"
#include "history/historyservice.h"
#include "keychainsecretstore.h"
#include "language.h"
#include "mainwindow.h"
#include "matrixmodel.h"
#include "matrixview.h"
#include "profile/profile.h"
#include "profile/profilestore.h"
#include "profilecontroller.h"
#include "settings/settings.h"
#include "windowmenus.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QWindow>
#include <cstdio>
#include <memory>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(zato_desk)
};

} // namespace

int main(int argc, char *argv[])
{
    zd::hardenProcess(); // before any secret is read
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Zato Desk"));
    QCoreApplication::setApplicationName(QStringLiteral("zato-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ZD_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.zatodesk.ZatoDesk"));
    QNetworkProxyFactory::setUseSystemConfiguration(true); // a profile's "system" proxy setting

    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Call Zato services and see exactly what went over the wire."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  Text::tr("Start the built-in demo servers (Zato 3.2 and 4.1) and fill "
                                           "the fields for one of them, customer 123."));
    const QCommandLineOption zatoVersion(QStringLiteral("zato"),
                                         Text::tr("With --demo: start on the demo server of this Zato "
                                                  "version, 3.2 (the default) or 4.1."),
                                         QStringLiteral("3.2|4.1"), QStringLiteral("3.2"));
    const QCommandLineOption lookup(QStringLiteral("lookup"),
                                    Text::tr("Get the customer as soon as the window shows."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        Text::tr("After the first call, save the window to FILE and quit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption quitOnExpose(QStringLiteral("quit-on-expose"),
                                          Text::tr("Quit when the window is first shown (start-up timing)."));
    const QCommandLineOption client(QStringLiteral("client"),
                                    Text::tr("Start with this client: any, json or api."),
                                    QStringLiteral("any|json|api"));
    const QCommandLineOption customerId(QStringLiteral("customer-id"),
                                        Text::tr("Start with this customer ID."), QStringLiteral("ID"));
    const QCommandLineOption jsonPath(QStringLiteral("json-path"),
                                      Text::tr("Start with this JSONClient path."), QStringLiteral("PATH"));
    const QCommandLineOption quitAfterCall(QStringLiteral("quit-after-call"),
                                           Text::tr("Quit when the first call has finished (measurements)."));
    const QCommandLineOption matrixScreenshot(
        QStringLiteral("matrix-screenshot"),
        Text::tr("Open the matrix view, run it, save it to FILE and quit."), QStringLiteral("FILE"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      Text::tr("Speak this language for this run: en, de or pl."),
                                      QStringLiteral("CODE"));
    const QCommandLineOption colorScheme(
        QStringLiteral("color-scheme"),
        Text::tr("Use this colour scheme for this run: system, light or dark."), QStringLiteral("SCHEME"));
    parser.addOptions({demo, zatoVersion, lookup, screenshot, quitOnExpose, matrixScreenshot, client,
                       customerId, jsonPath, quitAfterCall, language, colorScheme});
    parser.process(app);

    QSettings settings;
    zd::installTranslations(parser.isSet(language) ? parser.value(language)
                                                   : zd::settings::Language.get(settings));

    const QString version = parser.value(zatoVersion);
    if (version != u"3.2" && version != u"4.1") {
        std::fprintf(stderr, "zato-desk: %s\n",
                     qPrintable(Text::tr("--zato takes 3.2 or 4.1, not \"%1\".").arg(version)));
        return 2;
    }
    // With --demo, both flavours run side by side, each behind its own built-in profile; they start
    // once the window is on screen, and stop after it has gone.
    std::unique_ptr<zd::DemoServers> servers;
    QNetworkAccessManager network;
    zd::ProfileStore profiles;
    zd::KeychainSecretStore keychain;
    zd::SessionSecretStore secrets(&keychain);
    zd::HistoryService history(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                               QStringLiteral("/history.sqlite"));
    zd::MainWindow window(&network, &settings, &profiles, &secrets);
    window.setHistory(&history);
    if (parser.isSet(colorScheme))
        window.menus()->setColorScheme(zd::colorSchemeFromKey(parser.value(colorScheme)), false);
    const auto applyFormOptions = [&] {
        if (!parser.isSet(client) && !parser.isSet(customerId) && !parser.isSet(jsonPath))
            return;
        zd::LookupForm form = window.form();
        if (parser.isSet(client))
            form.client = zd::clientFromKey(parser.value(client)).value_or(form.client);
        if (parser.isSet(customerId))
            form.customerId = parser.value(customerId);
        if (parser.isSet(jsonPath))
            form.jsonPath = parser.value(jsonPath);
        window.setForm(form);
    };
    if (!parser.isSet(demo))
        applyFormOptions(); // with --demo, over the demo's form once its servers run
    if (parser.isSet(quitAfterCall))
        QObject::connect(&window, &zd::MainWindow::callFinished, &app,
                         [](const zd::InvokeResult &result) { QCoreApplication::exit(result.ok ? 0 : 1); });
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QObject::connect(&window, &zd::MainWindow::callFinished, &app, [&window, file] {
            QTimer::singleShot(200, &window, [&window, file] {
                const bool saved = window.grab().save(file);
                std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "saved" : "could not save",
                             qPrintable(file));
                QCoreApplication::exit(saved ? 0 : 1);
            });
        });
    }
    window.show();

    // The first frame first: what it does not need waits until it is on screen.
    new zd::AfterFirstFrame(
        window.windowHandle(),
        [&] {
            // The icon's eight images, each read when the platform asks for its size.
            QList<std::pair<QSize, QString>> iconFiles;
            for (int size : {16, 24, 32, 48, 64, 128, 256, 512})
                iconFiles.append({QSize(size, size),
                                  u":/icons/hicolor/%1x%1/apps/org.zatodesk.ZatoDesk.png"_qs.arg(size)});
            QApplication::setWindowIcon(QIcon(new zd::FileIconEngine(std::move(iconFiles))));
            if (parser.isSet(demo)) {
                QString error;
                servers = zd::DemoServers::start(&error);
                if (!servers) {
                    std::fprintf(stderr, "zato-desk: %s\n", qPrintable(error));
                    QCoreApplication::exit(1);
                    return;
                }
                window.profiles()->setDemoAddress(servers->address32(), servers->address41());
                const QList<zd::Profile> builtIns =
                    zd::Profile::builtIns(servers->address32(), servers->address41());
                const zd::Profile &first = builtIns.at(version == u"4.1" ? 1 : 0);
                window.profiles()->select(first.id);
                window.setForm(zd::demoForm(first)); // the password at once, before the keychain answers
                window.statusBar()->showMessage(
                    Text::tr("Demo servers running: Zato 3.2 at %1, Zato 4.1 at %2")
                        .arg(servers->address32(), servers->address41()));
                applyFormOptions();
            }
            window.openServices(); // the keychain and the history
            if (parser.isSet(matrixScreenshot)) {
                const QString file = parser.value(matrixScreenshot);
                window.openMatrix();
                auto *view = window.findChild<zd::MatrixView *>();
                QObject::connect(view, &zd::MatrixView::runFinished, view, [view, file] {
                    QTimer::singleShot(200, view, [view, file] {
                        const bool saved = view->grab().save(file);
                        std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "saved" : "could not save",
                                     qPrintable(file));
                        QCoreApplication::exit(saved ? 0 : 1);
                    });
                });
                view->run(zd::MatrixRunner::allCells(view->model()->definition()));
            } else if (parser.isSet(demo)) {
                window.invoke(); // the demo's password is in the form already
            } else if (parser.isSet(lookup)) {
                // The call needs the profile's password: it goes once the keychain has answered.
                if (window.profiles()->secretsPending())
                    QObject::connect(window.profiles(), &zd::ProfileController::passwordLoaded, &window,
                                     &zd::MainWindow::invoke, Qt::SingleShotConnection);
                else
                    window.invoke();
            }
        },
        std::chrono::milliseconds(500));
    if (parser.isSet(quitOnExpose)) // the window's last event filter is the first to see the frame
        zd::leaveAfterFirstFrame(window.windowHandle());
    return QApplication::exec();
}
