#include "exchangetext.h"

#include "authheaders.h"

#include "json/writer.h"

namespace zd {

QString requestText(const HttpRequestData &request)
{
    QString text = QString::fromLatin1(request.method) + u' ' + request.url.toString(QUrl::RemoveUserInfo) +
                   u" HTTP/1.1\n";
    for (const HttpHeader &header : request.headers)
        text += QString::fromLatin1(header.name) + u": " +
                QString::fromLatin1(shownHeaderValue(request, header)) + u'\n';
    text += u'\n' + QString::fromUtf8(request.body);
    return text;
}

QString responseHead(const HttpResponseData &response)
{
    QString text = u"HTTP/1.1 " + QString::number(response.status);
    if (!response.reason.isEmpty())
        text += u' ' + QString::fromLatin1(response.reason);
    text += u'\n';
    for (const HttpHeader &header : response.headers)
        text += QString::fromLatin1(header.name) + u": " + QString::fromLatin1(header.value) + u'\n';
    return text;
}

QString prettyBody(const QByteArray &body, const json::ParseResult &parsed)
{
    if (!parsed.ok)
        return QString::fromUtf8(body);
    return QString::fromUtf8(json::dumps(parsed.value, json::WriteOptions{false, 4}));
}

} // namespace zd
