#pragma once

// One HTTP request to a server over loopback, with the headers a test chooses, and its answer.
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrl>

namespace zd::test {

struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    [[nodiscard]] QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return QByteArray();
    }
};

inline QByteArray basic(const QByteArray &user, const QByteArray &password)
{
    return "Basic " + QByteArray(user + ':' + password).toBase64();
}

// Any method; a body is sent with POST and any method but GET.
inline HttpAnswer exchange(const QString &url, const QByteArray &method, const QByteArray &body,
                           const QList<std::pair<QByteArray, QByteArray>> &headers = {})
{
    QNetworkAccessManager network;
    QNetworkRequest request{QUrl(url)};
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = method == "GET"    ? network.get(request)
                           : method == "POST" ? network.post(request, body)
                                              : network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.headers = reply->rawHeaderPairs();
    delete reply;
    return answer;
}

// A JSON POST.
inline HttpAnswer send(const QString &url, const QByteArray &body,
                       const QList<std::pair<QByteArray, QByteArray>> &headers = {})
{
    QList<std::pair<QByteArray, QByteArray>> all{{"Content-Type", "application/json"}};
    all += headers;
    return exchange(url, "POST", body, all);
}

} // namespace zd::test
