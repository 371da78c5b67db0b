// The window receiving a large response from a zato-demo-server process, with the Response tab (the
// pretty-printed text) in front: the time from pressing Get customer until all of the pretty text is
// shown and its lines indexed, then the time to go to its end and to find a string that is not in it
// (the whole text searched), then the time to show the data tree's tab for the first time (the tree
// is built then); the longest stall of the GUI event loop meanwhile (a 5 ms timer records how late it
// fires), and peak RSS. Prints one JSON line.
//   bench_guistall --address http://127.0.0.1:PORT --customer-id records:52428800
//                  [--screenshot FILE [--color-scheme light|dark]]
// With --screenshot it then finds the last "@example.com" with the find bar open and saves the window.
#include "appearance.h"
#include "exchangepanel.h"
#include "mainwindow.h"
#include "profile/profilestore.h"
#include "profile/secretstore.h"
#include "textview/findbar.h"
#include "textview/largetextview.h"
#include "windowmenus.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cstdio>
#include <ctime>

namespace {

// CPU time of the calling thread: a stall the GUI thread spent working, or waiting for a core.
double threadCpuMs()
{
    timespec time{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time);
    return double(time.tv_sec) * 1e3 + double(time.tv_nsec) / 1e6;
}

double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption address(QStringLiteral("address"), QStringLiteral("Demo server"),
                                     QStringLiteral("URL"));
    const QCommandLineOption customer(QStringLiteral("customer-id"), QStringLiteral("ID"),
                                      QStringLiteral("ID"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("PNG"),
                                        QStringLiteral("FILE"));
    const QCommandLineOption scheme(QStringLiteral("color-scheme"), QStringLiteral("light|dark"),
                                    QStringLiteral("SCHEME"));
    parser.addOptions({address, customer, screenshot, scheme});
    parser.process(app);

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    zd::ProfileStore profiles(dir.filePath(QStringLiteral("profiles.json")));
    zd::MemorySecretStore secrets;
    QNetworkAccessManager network;
    zd::MainWindow window(&network, &settings, &profiles, &secrets);
    zd::LookupForm form;
    form.address = parser.value(address);
    form.anyPath = QStringLiteral("/clients/django/any-service-invoker");
    form.jsonPath = QStringLiteral("/demo/sized-body");
    form.apiPath = QStringLiteral("/zato/api/invoke");
    form.user = QStringLiteral("django");
    form.password = QStringLiteral("my-password");
    form.customerId = parser.value(customer);
    form.client = zd::ClientKind::Json;
    window.setForm(form);
    auto *panel = window.findChild<zd::ExchangePanel *>();
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("rawTabs"));
    auto *view = window.findChild<zd::LargeTextView *>(QStringLiteral("responseView"));
    if (!panel || !tabs || !view)
        qFatal("no response view");
    tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("responseViewTab")));
    if (parser.isSet(scheme))
        window.menus()->setColorScheme(zd::colorSchemeFromKey(parser.value(scheme)), false);
    window.resize(1200, 900);
    window.show();

    QElapsedTimer clock;
    double maxStallMs = 0;
    double maxStallAfterMs = 0; // of the stalls that began once the call had finished
    qint64 finishedAt = -1;
    qint64 lastTick = 0;
    double lastCpuMs = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.nsecsElapsed();
        const double stallMs = double(now - lastTick) / 1e6 - 5.0;
        maxStallMs = qMax(maxStallMs, stallMs);
        if (finishedAt >= 0 && lastTick >= finishedAt)
            maxStallAfterMs = qMax(maxStallAfterMs, stallMs);
        const double cpuMs = threadCpuMs();
        if (stallMs > 50) // the timeline on stderr: where the event loop stood still
            std::fprintf(stderr, "stall %.1f ms (%.1f ms of it working) ending at %.1f ms\n", stallMs,
                         cpuMs - lastCpuMs, double(now) / 1e6);
        lastCpuMs = cpuMs;
        lastTick = now;
    });
    double shownMs = -1;
    double endMs = -1;
    double findMs = -1;
    double treeMs = -1;
    qint64 bodyBytes = 0;
    qint64 textBytes = 0;
    bool finished = false;
    // Shown: the call is finished, the pretty text is in the view and its lines are indexed.
    const auto shownIfDone = [&] {
        std::fprintf(stderr, "finished %d, rendered %d, indexed %d at %.1f ms\n", int(finished),
                     int(panel->isResponseShown()), int(view->isIndexComplete()),
                     double(clock.nsecsElapsed()) / 1e6);
        if (shownMs >= 0 || !finished || !panel->isResponseShown() || !view->isIndexComplete())
            return;
        shownMs = double(clock.nsecsElapsed()) / 1e6;
        textBytes = view->textSize();
        // Then to the end, and a search of the whole text for what is not in it.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
        endMs = double(clock.nsecsElapsed()) / 1e6 - shownMs;
        view->find(QStringLiteral("not-in-the-body"), false, true);
    };
    QObject::connect(&window, &zd::MainWindow::callFinished, &app, [&](const zd::InvokeResult &result) {
        bodyBytes = result.response.body.size();
        finished = true;
        finishedAt = clock.nsecsElapsed();
        shownIfDone();
    });
    QObject::connect(panel, &zd::ExchangePanel::responseShown, &app, shownIfDone);
    QObject::connect(view, &zd::LargeTextView::indexComplete, &app, shownIfDone);
    QObject::connect(view, &zd::LargeTextView::findFinished, &app, [&] {
        if (findMs >= 0) { // the screenshot's search
            QTimer::singleShot(300, &app, [&] {
                window.grab().save(parser.value(screenshot));
                QCoreApplication::quit();
            });
            return;
        }
        findMs = double(clock.nsecsElapsed()) / 1e6 - shownMs - endMs;
        if (parser.isSet(screenshot)) {
            view->openFind();
            view->findBar()->edit()->setText(QStringLiteral("@example.com"));
            view->find(view->findBar()->text(), true, false);
            return;
        }
        // Then the data tree's tab, shown for the first time: the tree is built and reads the document.
        QTimer::singleShot(100, &app, [&] {
            QElapsedTimer treeClock;
            treeClock.start();
            tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("dataTreePage")));
            treeMs = double(treeClock.nsecsElapsed()) / 1e6;
            QTimer::singleShot(500, &app, &QCoreApplication::quit); // and half a second of idle window after
        });
    });
    QTimer::singleShot(300, &app, [&] {
        clock.start();
        lastTick = 0;
        ticker.start(5);
        window.invoke();
    });
    QApplication::exec();
    std::printf(
        "{\"body_bytes\": %lld, \"text_bytes\": %lld, \"shown_ms\": %.1f, \"end_ms\": %.1f, "
        "\"find_ms\": %.1f, \"tree_ms\": %.1f, \"max_stall_ms\": %.1f, \"max_stall_after_call_ms\": %.1f, "
        "\"peak_rss_mb\": %.1f}\n",
        static_cast<long long>(bodyBytes), static_cast<long long>(textBytes), shownMs, endMs, findMs, treeMs,
        maxStallMs, maxStallAfterMs, peakRssMb());
    return shownMs < 0 ? 1 : 0;
}
