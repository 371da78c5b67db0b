// The window receiving a large response from a zato-demo-server process, with the Response tab (the
// pretty-printed text) in front: the time from pressing Get customer until all of the pretty text is
// shown and its lines indexed, then the time to go to its end and to find a string that is not in it
// (the whole text searched); the longest stall of the GUI event loop meanwhile (a 5 ms timer records
// how late it fires), and peak RSS. Prints one JSON line.
//   bench_guistall --address http://127.0.0.1:PORT --customer-id records:52428800
#include "exchangepanel.h"
#include "mainwindow.h"
#include "profile/profilestore.h"
#include "profile/secretstore.h"
#include "textview/largetextview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cstdio>

namespace {

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
    parser.addOptions({address, customer});
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
    window.resize(1200, 900);
    window.show();

    QElapsedTimer clock;
    double maxStallMs = 0;
    qint64 lastTick = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.nsecsElapsed();
        maxStallMs = qMax(maxStallMs, double(now - lastTick) / 1e6 - 5.0);
        lastTick = now;
    });
    double shownMs = -1;
    double endMs = -1;
    double findMs = -1;
    qint64 bodyBytes = 0;
    qint64 textBytes = 0;
    bool finished = false;
    // Shown: the call is finished, the pretty text is in the view and its lines are indexed.
    const auto shownIfDone = [&] {
        if (shownMs >= 0 || !finished || !panel->isResponseShown() || !view->isIndexComplete())
            return;
        shownMs = double(clock.nsecsElapsed()) / 1e6;
        textBytes = view->text().size();
        // Then to the end, and a search of the whole text for what is not in it.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
        endMs = double(clock.nsecsElapsed()) / 1e6 - shownMs;
        view->find(QStringLiteral("not-in-the-body"), false, true);
    };
    QObject::connect(&window, &zd::MainWindow::callFinished, &app, [&](const zd::InvokeResult &result) {
        bodyBytes = result.response.body.size();
        finished = true;
        shownIfDone();
    });
    QObject::connect(panel, &zd::ExchangePanel::responseShown, &app, shownIfDone);
    QObject::connect(view, &zd::LargeTextView::indexComplete, &app, shownIfDone);
    QObject::connect(view, &zd::LargeTextView::findFinished, &app, [&] {
        findMs = double(clock.nsecsElapsed()) / 1e6 - shownMs - endMs;
        QTimer::singleShot(500, &app, &QCoreApplication::quit); // and half a second of idle window after
    });
    QTimer::singleShot(300, &app, [&] {
        clock.start();
        lastTick = 0;
        ticker.start(5);
        window.invoke();
    });
    QApplication::exec();
    std::printf("{\"body_bytes\": %lld, \"text_bytes\": %lld, \"shown_ms\": %.1f, \"end_ms\": %.1f, "
                "\"find_ms\": %.1f, \"max_stall_ms\": %.1f, \"peak_rss_mb\": %.1f}\n",
                static_cast<long long>(bodyBytes), static_cast<long long>(textBytes), shownMs, endMs, findMs,
                maxStallMs, peakRssMb());
    return shownMs < 0 ? 1 : 0;
}
