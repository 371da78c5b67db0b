#pragma once

#include "httpmessage.h"

#include <memory>

namespace zd::demo {

// Boost.Beast's HTTP/1.1 request parser, fed with bytes as they arrive: takes complete requests off
// the front of the buffer, one at a time. A header's Transfer-Encoding is checked as soon as the
// header is complete, before any of the body is read (RFC 9112 §6).
class RequestParser
{
public:
    enum class Status {
        NeedMore,
        Header, // a request's header is complete and checked: see bodyBytesClaimed(), then feed on
        Ready,
        Malformed,          // 400, then close
        TooLarge,           // 413, then close
        UnsupportedEncoding // a transfer coding other than chunked: 501, then close
    };
    // Where the next request stands: nothing of it yet, its header, or its body.
    enum class Phase { Start, Header, Body };

    explicit RequestParser(qint64 maxBodyBytes);
    ~RequestParser();

    // Consumes bytes from the front of pending; on Ready, request holds the next complete request.
    Status feed(QByteArray &pending, DemoRequest &request);

    [[nodiscard]] Phase phase() const;
    // The memory the request being read claims for its body: its Content-Length, or for a chunked
    // body the bytes read so far. 0 before the header is complete.
    [[nodiscard]] qint64 bodyBytesClaimed() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    qint64 m_maxBodyBytes;
};

} // namespace zd::demo
