#include "requestparser.h"

#include <boost/asio/buffer.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>
#include <optional>

namespace http = boost::beast::http;

namespace zd::demo {

namespace {

QByteArray bytes(boost::beast::string_view view)
{
    return QByteArray(view.data(), qsizetype(view.size()));
}

// RFC 9112 §6: a request's Transfer-Encoding must end in chunked (400 otherwise, §6.3), apply it
// once, name no other coding (we understand none: 501, §6.1), come with no Content-Length and not
// in HTTP/1.0. All its fields are read as one list.
RequestParser::Status checkTransferEncoding(const http::request<http::string_body> &message)
{
    QList<QByteArray> codings;
    bool present = false;
    for (const auto &field : message) {
        if (field.name() != http::field::transfer_encoding)
            continue;
        present = true;
        for (const QByteArray &item : bytes(field.value()).split(',')) {
            const QByteArray coding = item.trimmed().toLower();
            if (!coding.isEmpty())
                codings.append(coding);
        }
    }
    if (!present)
        return RequestParser::Status::Ready;
    if (message.version() < 11 || codings.isEmpty() || codings.last() != "chunked" ||
        message.find(http::field::content_length) != message.end())
        return RequestParser::Status::Malformed;
    if (codings.count("chunked") > 1)
        return RequestParser::Status::Malformed;
    if (codings.size() > 1)
        return RequestParser::Status::UnsupportedEncoding;
    return RequestParser::Status::Ready;
}

} // namespace

struct RequestParser::Impl
{
    std::optional<http::request_parser<http::string_body>> parser;
    bool headerChecked = false;
};

RequestParser::RequestParser(qint64 maxBodyBytes)
    : m_impl(std::make_unique<Impl>()), m_maxBodyBytes(maxBodyBytes)
{}

RequestParser::~RequestParser() = default;

RequestParser::Phase RequestParser::phase() const
{
    if (!m_impl->parser)
        return Phase::Start;
    return m_impl->parser->is_header_done() ? Phase::Body : Phase::Header;
}

qint64 RequestParser::bodyBytesClaimed() const
{
    if (!m_impl->parser || !m_impl->parser->is_header_done())
        return 0;
    const qint64 received = qint64(m_impl->parser->get().body().size());
    const boost::optional<std::uint64_t> declared = m_impl->parser->content_length();
    return declared ? std::max(received, qint64(*declared)) : received;
}

RequestParser::Status RequestParser::feed(QByteArray &pending, DemoRequest &request)
{
    while (!pending.isEmpty()) {
        if (!m_impl->parser) {
            m_impl->parser.emplace();
            m_impl->parser->body_limit(std::uint64_t(m_maxBodyBytes));
            m_impl->parser->eager(false); // stop after the header, to check it before the body
            m_impl->headerChecked = false;
        }
        boost::beast::error_code ec;
        const std::size_t used =
            m_impl->parser->put(boost::asio::buffer(pending.constData(), size_t(pending.size())), ec);
        pending.remove(0, qsizetype(used));
        if (ec == http::error::need_more) {
            if (used == 0)
                return Status::NeedMore;
            continue;
        }
        if (ec == http::error::body_limit) {
            m_impl->parser.reset();
            return Status::TooLarge;
        }
        if (ec) {
            m_impl->parser.reset();
            return Status::Malformed;
        }
        if (m_impl->parser->is_header_done() && !m_impl->headerChecked) {
            m_impl->headerChecked = true;
            if (const Status status = checkTransferEncoding(m_impl->parser->get()); status != Status::Ready) {
                m_impl->parser.reset();
                return status;
            }
            if (!m_impl->parser->is_done())
                return Status::Header;
        }
        if (!m_impl->parser->is_done())
            continue;

        const http::request<http::string_body> &message = m_impl->parser->get();
        request = DemoRequest();
        request.method = bytes(message.method_string());
        request.target = bytes(message.target());
        const qsizetype query = request.target.indexOf('?');
        request.path = query < 0 ? request.target : request.target.left(query);
        for (const auto &field : message)
            request.headers.append({bytes(field.name_string()), bytes(field.value())});
        request.body = bytes(message.body());
        request.version = int(message.version());
        request.keepAlive = message.keep_alive();
        m_impl->parser.reset();
        return Status::Ready;
    }
    return Status::NeedMore;
}

} // namespace zd::demo
