#include "httpmessage.h"

#include <QDateTime>
#include <QLocale>

namespace zd::demo {

DemoResponse DemoResponse::make(int status, QByteArray body, HttpHeaders headers)
{
    DemoResponse response;
    response.status = status;
    response.body = std::move(body);
    response.headers = std::move(headers);
    return response;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 500:
        return "Internal Server Error";
    default:
        return "Unknown";
    }
}

QByteArray serialize(const DemoResponse &response, const DemoRequest &request, bool keepAlive)
{
    const QByteArray date =
        QLocale::c()
            .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
            .toLatin1();
    const bool http11 = request.version >= 11;
    QByteArray out = (http11 ? "HTTP/1.1 " : "HTTP/1.0 ") + QByteArray::number(response.status) + ' ' +
                     reasonPhrase(response.status) + "\r\n";
    out += "Server: Zato\r\nDate: " + date + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    const bool withBody = request.method != "HEAD";
    if (http11)
        out += "Transfer-Encoding: chunked\r\n";
    else
        out += "Content-Length: " + QByteArray::number(withBody ? response.body.size() : 0) + "\r\n";
    for (const HttpHeader &header : response.headers)
        out += header.name + ": " + header.value + "\r\n";
    out += "\r\n";
    if (!withBody)
        return http11 ? out + "0\r\n\r\n" : out;
    if (!http11)
        return out + response.body;
    if (!response.body.isEmpty())
        out += QByteArray::number(response.body.size(), 16) + "\r\n" + response.body + "\r\n";
    return out + "0\r\n\r\n";
}

} // namespace zd::demo
