#pragma once
// One HTTP/1.1 exchange with the demo server over a loopback socket, for the tests that check
// statuses, headers and bodies exactly as Zato writes them: any method, any header, the answer parsed
// (chunked or not) with its headers in the order sent.
#include "demoraw.h"
#include "invoke/calltypes.h"

#include <QRegularExpression>

namespace demohttp {

struct Answer
{
    int status = 0;
    zd::HttpHeaders headers;
    QByteArray body;

    [[nodiscard]] std::optional<QByteArray> header(QByteArrayView name) const
    {
        return zd::headerValue(headers, name);
    }
    [[nodiscard]] bool has(QByteArrayView name) const { return header(name).has_value(); }
    // The CID inside an error body: {"cid":"…"} or "(CID:…)".
    [[nodiscard]] QString cid() const
    {
        static const QRegularExpression pattern(QStringLiteral("(\"cid\": ?\"|\\(CID:)([0-9a-f]{24})"));
        return pattern.match(QString::fromUtf8(body)).captured(2);
    }
};

inline Answer parse(const QByteArray &raw)
{
    Answer answer;
    const qsizetype end = raw.indexOf("\r\n\r\n");
    if (end < 0)
        return answer;
    const QList<QByteArray> lines = raw.left(end).split('\n');
    const QList<QByteArray> statusLine = lines.constFirst().trimmed().split(' ');
    answer.status = statusLine.size() > 1 ? statusLine.at(1).toInt() : 0;
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        zd::HttpHeader header{line.left(colon), line.mid(colon + 1).trimmed()};
        chunked = chunked || (header.name.toLower() == "transfer-encoding" && header.value == "chunked");
        answer.headers.append(header);
    }
    QByteArray rest = raw.mid(end + 4);
    if (!chunked) {
        answer.body = rest;
        return answer;
    }
    while (true) {
        const qsizetype lineEnd = rest.indexOf("\r\n");
        bool ok = false;
        const qsizetype size = rest.left(lineEnd).toLongLong(&ok, 16);
        if (lineEnd < 0 || !ok || size == 0)
            break;
        answer.body += rest.mid(lineEnd + 2, size);
        rest = rest.mid(lineEnd + 2 + size + 2);
    }
    return answer;
}

// Sends method path with the headers (each "Name: value") and the body; waits for the whole answer.
inline Answer exchange(quint16 port, const QByteArray &method, const QByteArray &path,
                       const QList<QByteArray> &headers = {}, const QByteArray &body = QByteArray())
{
    QTcpSocket socket;
    if (!demoraw::connectTo(socket, port))
        return {};
    QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: localhost\r\n";
    for (const QByteArray &header : headers)
        request += header + "\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    socket.write(request);
    return parse(demoraw::oneAnswer(socket));
}

inline QByteArray basic(const char *user, const char *password)
{
    return "Authorization: Basic " + QByteArray(QByteArray(user) + ':' + password).toBase64();
}

inline const QByteArray customer123 = R"({"cust_id": "123"})";

} // namespace demohttp
