#pragma once

#include "httpmessage.h"

#include <memory>

namespace zd::demo {

// Boost.Beast's HTTP/1.1 request parser, fed with bytes as they arrive: takes complete requests off
// the front of the buffer, one at a time.
class RequestParser
{
public:
    enum class Status { NeedMore, Ready, Malformed, TooLarge };

    explicit RequestParser(qint64 maxBodyBytes);
    ~RequestParser();

    // Consumes bytes from the front of pending; on Ready, request holds the next complete request.
    Status feed(QByteArray &pending, DemoRequest &request);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    qint64 m_maxBodyBytes;
};

} // namespace zd::demo
