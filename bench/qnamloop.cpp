// The floor of load mode on one connection: a bare QNetworkAccessManager loop doing the same POST as
// `zato-invoke --repeat N --concurrency 1` (the same body and Basic Auth header, the next call started
// when the last one has finished), with nothing else: no request building, reading or outcome.
// Usage: bench_qnamloop URL N  ->  prints calls per second.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        std::fprintf(stderr, "usage: bench_qnamloop URL N\n");
        return 2;
    }
    QNetworkRequest request{QUrl(arguments.at(1))};
    request.setRawHeader("Content-Type", "application/json"); // as zato-invoke's JSONClient sends
    request.setRawHeader("User-Agent", "bench_qnamloop");
    request.setRawHeader("Authorization", "Basic " + QByteArrayLiteral("django:my-password").toBase64());
    const QByteArray body = R"({"cust_id": "123"})";
    const qint64 calls = arguments.at(2).toLongLong();
    QNetworkAccessManager network;
    qint64 done = 0;
    QElapsedTimer clock;
    std::function<void()> next = [&] {
        QNetworkReply *reply = network.post(request, body);
        QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply] {
            reply->readAll();
            reply->deleteLater();
            if (reply->error() != QNetworkReply::NoError) {
                std::fprintf(stderr, "%s\n", qPrintable(reply->errorString()));
                QCoreApplication::exit(1);
                return;
            }
            if (++done == calls) {
                std::printf("%.0f\n", double(calls) / (double(clock.nsecsElapsed()) / 1e9));
                QCoreApplication::exit(0);
                return;
            }
            next();
        });
    };
    clock.start();
    next();
    return QCoreApplication::exec();
}
