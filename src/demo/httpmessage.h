#pragma once

#include "bodysource.h"
#include "invoke/calltypes.h"

#include <QByteArray>

namespace zd::demo {

struct DemoRequest
{
    QByteArray method;
    QByteArray target; // as sent, query included
    QByteArray path;   // target without the query
    HttpHeaders headers;
    QByteArray body;
    int version = 11; // 10 or 11
    bool keepAlive = true;
    QString peer; // the client's address
};

struct DemoResponse
{
    int status = 200;
    HttpHeaders headers; // besides Server, Date, Connection and framing, which serialize() adds
    QByteArray body;
    std::shared_ptr<BodySource> stream; // instead of body: made and sent as the client reads
    bool hang = false;                  // never answer

    [[nodiscard]] static DemoResponse make(int status, QByteArray body, HttpHeaders headers = {});
};

// The response bytes as a zunicorn-served Zato writes them: Server: Zato, Date, Connection, then
// the response's own headers; chunked for HTTP/1.1, Content-Length for HTTP/1.0. HEAD gets no body.
[[nodiscard]] QByteArray serialize(const DemoResponse &response, const DemoRequest &request, bool keepAlive);

// The status line and headers alone, for a streamed body sent after them (chunked for HTTP/1.1,
// the stream's size as Content-Length for HTTP/1.0).
[[nodiscard]] QByteArray serializeHead(const DemoResponse &response, const DemoRequest &request,
                                       bool keepAlive);
// One piece of a streamed body as it goes on the wire; an empty piece ends a chunked body.
[[nodiscard]] QByteArray framePiece(const QByteArray &piece, const DemoRequest &request);

[[nodiscard]] QByteArray reasonPhrase(int status);

} // namespace zd::demo
