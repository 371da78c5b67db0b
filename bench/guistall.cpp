// The window receiving a large response from a zato-demo-server process: the time from pressing
// Get customer until the result is shown, the longest stall of the GUI event loop meanwhile (a 5 ms
// timer records how late it fires), and peak RSS. Prints one JSON line.
//   bench_guistall --address http://127.0.0.1:PORT --customer-id records:52428800 [--render-limit BYTES]
#include "mainwindow.h"
#include "profile/profilestore.h"
#include "profile/secretstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
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
    const QCommandLineOption limit(QStringLiteral("render-limit"), QStringLiteral("Bytes"),
                                   QStringLiteral("N"));
    parser.addOptions({address, customer, limit});
    parser.process(app);

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    if (parser.isSet(limit))
        settings.setValue(QStringLiteral("viewer/renderLimitBytes"), parser.value(limit).toLongLong());
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
    qint64 bodyBytes = 0;
    QObject::connect(&window, &zd::MainWindow::callFinished, &app, [&](const zd::InvokeResult &result) {
        shownMs = double(clock.nsecsElapsed()) / 1e6; // presentResult and the tree have run by now
        bodyBytes = result.response.body.size();
        QTimer::singleShot(500, &app, &QCoreApplication::quit); // and half a second of idle window after
    });
    QTimer::singleShot(300, &app, [&] {
        clock.start();
        lastTick = 0;
        ticker.start(5);
        window.invoke();
    });
    QApplication::exec();
    std::printf("{\"body_bytes\": %lld, \"shown_ms\": %.1f, \"max_stall_ms\": %.1f, \"peak_rss_mb\": %.1f}\n",
                static_cast<long long>(bodyBytes), shownMs, maxStallMs, peakRssMb());
    return shownMs < 0 ? 1 : 0;
}
