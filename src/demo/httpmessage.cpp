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
    case 408:
        return "Request Timeout";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        return "Unknown";
    }
}

QByteArray serializeHead(const DemoResponse &response, const DemoRequest &request, bool keepAlive)
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
    const qint64 size = response.stream ? response.stream->size() : response.body.size();
    if (http11)
        out += "Transfer-Encoding: chunked\r\n";
    else
        out += "Content-Length: " + QByteArray::number(withBody ? size : 0) + "\r\n";
    for (const HttpHeader &header : response.headers)
        out += header.name + ": " + header.value + "\r\n";
    out += "\r\n";
    return out;
}

QByteArray framePiece(const QByteArray &piece, const DemoRequest &request)
{
    if (request.version < 11)
        return piece;
    if (piece.isEmpty())
        return "0\r\n\r\n";
    return QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
}

QByteArray serialize(const DemoResponse &response, const DemoRequest &request, bool keepAlive)
{
    QByteArray out = serializeHead(response, request, keepAlive);
    const bool withBody = request.method != "HEAD";
    const QByteArray body = !withBody         ? QByteArray()
                            : response.stream ? response.stream->readAll()
                                              : response.body;
    if (!body.isEmpty())
        out += framePiece(body, request);
    if (request.version >= 11)
        out += framePiece(QByteArray(), request);
    return out;
}

} // namespace zd::demo
