// The window with a full history (1,000 calls, 64 MB by default) while calls are made and a filter is
// typed into the History dock: the longest stall of the GUI event loop (a 5 ms timer records how
// late it fires), for each phase. Prints one JSON line.
//   bench_historystall --fill FILE [--entries 1000] [--bytes 67108864]   writes a full history
//   bench_historystall --history FILE --address http://127.0.0.1:PORT [--calls 20] [--type TEXT]
#include "demoform.h"
#include "history/historyservice.h"
#include "historydock.h"
#include "mainwindow.h"
#include "profile/profilestore.h"
#include "profile/secretstore.h"
#include "settings/settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cstdio>

namespace {

int fill(const QString &file, int entries, qint64 bytes)
{
    zd::HistoryStore store(file);
    if (const QString message = store.open(); !message.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return 1;
    }
    store.setLimits(entries, bytes);
    zd::InvokeResult result;
    result.client = zd::ClientKind::Json;
    result.ok = true;
    result.response.status = 200;
    result.response.reason = "OK";
    result.response.headers = {{"Content-Type", "application/json"}};
    const qsizetype body = qsizetype(bytes / entries) - 2048; // what each entry keeps beside its body
    for (int i = 0; i < entries; ++i) {
        result.response.body = "{\"name\": \"" + QByteArray(body, char('a' + i % 26)) + "\"}";
        zd::LookupForm form = zd::demoForm(QStringLiteral("http://127.0.0.1:17010"));
        form.customerId = QString::number(100000 + i);
        zd::HistoryEntry entry = zd::HistoryEntry::of(form, result, QString(), QString(), bytes);
        QString error;
        if (!store.add(entry, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    std::printf("{\"entries\": %lld, \"bytes\": %lld}\n", static_cast<long long>(store.count()),
                static_cast<long long>(store.totalBytes()));
    return 0;
}

// The longest lateness of a 5 ms timer while it runs, in milliseconds.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_ticker.setTimerType(Qt::PreciseTimer);
        connect(&m_ticker, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_max = qMax(m_max, double(now - m_last) / 1e6 - 5.0);
            m_last = now;
        });
    }
    void start()
    {
        m_max = 0;
        m_clock.start();
        m_last = 0;
        m_ticker.start(5);
    }
    double stop()
    {
        m_ticker.stop();
        return m_max;
    }

private:
    QTimer m_ticker;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_max = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption fillOption(QStringLiteral("fill"), QStringLiteral("Write a full history"),
                                        QStringLiteral("FILE"));
    const QCommandLineOption entries(QStringLiteral("entries"), QStringLiteral("Calls"), QStringLiteral("N"),
                                     QStringLiteral("1000"));
    const QCommandLineOption bytes(QStringLiteral("bytes"), QStringLiteral("Bytes"), QStringLiteral("N"),
                                   QStringLiteral("67108864"));
    const QCommandLineOption history(QStringLiteral("history"), QStringLiteral("History file"),
                                     QStringLiteral("FILE"));
    const QCommandLineOption address(QStringLiteral("address"), QStringLiteral("Demo server"),
                                     QStringLiteral("URL"));
    const QCommandLineOption calls(QStringLiteral("calls"), QStringLiteral("Calls"), QStringLiteral("N"),
                                   QStringLiteral("20"));
    const QCommandLineOption typed(QStringLiteral("type"), QStringLiteral("Filter text"),
                                   QStringLiteral("TEXT"), QStringLiteral("100123 customer"));
    parser.addOptions({fillOption, entries, bytes, history, address, calls, typed});
    parser.process(app);
    if (parser.isSet(fillOption))
        return fill(parser.value(fillOption), parser.value(entries).toInt(),
                    parser.value(bytes).toLongLong());

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    zd::settings::HistoryMaxEntries.set(settings, parser.value(entries).toLongLong());
    zd::settings::HistoryMaxBytes.set(settings, parser.value(bytes).toLongLong());
    zd::ProfileStore profiles(dir.filePath(QStringLiteral("profiles.json")));
    zd::MemorySecretStore secrets;
    QNetworkAccessManager network;
    StallMeter meter;
    zd::HistoryService store(parser.value(history));
    zd::MainWindow window(&network, &settings, &profiles, &secrets);
    window.setForm(zd::demoForm(parser.value(address)));
    window.show();
    QTest::qWait(200);
    meter.start();
    window.setHistory(&store);
    window.openServices(); // the history's store opens here, as zato-desk's does after its first frame
    QTest::qWait(1500);    // the history opened (its integrity check) and listed
    const double openMs = meter.stop();

    meter.start();
    for (int i = 0; i < parser.value(calls).toInt(); ++i) {
        QSignalSpy finished(&window, &zd::MainWindow::callFinished);
        window.invoke();
        if (!finished.wait(10000)) {
            std::fprintf(stderr, "a call did not finish\n");
            return 1;
        }
        QTest::qWait(20);
    }
    QTest::qWait(500); // their records written and the list refreshed
    const double callingMs = meter.stop();

    meter.start();
    QLineEdit *filter = window.historyDock()->filterEdit();
    for (const QChar c : parser.value(typed)) {
        filter->insert(QString(c));
        QTest::qWait(60); // a quick typist
    }
    QTest::qWait(1000); // the last list shown
    const double typingMs = meter.stop();
    std::printf("{\"open_stall_ms\": %.1f, \"calling_stall_ms\": %.1f, \"typing_stall_ms\": %.1f}\n", openMs,
                callingMs, typingMs);
    return 0;
}
