#include "requestparser.h"

#include <boost/asio/buffer.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>
#include <optional>

namespace http = boost::beast::http;

namespace zd::demo {

struct RequestParser::Impl
{
    std::optional<http::request_parser<http::string_body>> parser;
};

RequestParser::RequestParser(qint64 maxBodyBytes)
    : m_impl(std::make_unique<Impl>()), m_maxBodyBytes(maxBodyBytes)
{}

RequestParser::~RequestParser() = default;

RequestParser::Status RequestParser::feed(QByteArray &pending, DemoRequest &request)
{
    while (!pending.isEmpty()) {
        if (!m_impl->parser) {
            m_impl->parser.emplace();
            m_impl->parser->body_limit(std::uint64_t(m_maxBodyBytes));
            m_impl->parser->eager(true);
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
        if (!m_impl->parser->is_done())
            continue;

        const http::request<http::string_body> &message = m_impl->parser->get();
        request = DemoRequest();
        request.method =
            QByteArray(message.method_string().data(), qsizetype(message.method_string().size()));
        request.target = QByteArray(message.target().data(), qsizetype(message.target().size()));
        const qsizetype query = request.target.indexOf('?');
        request.path = query < 0 ? request.target : request.target.left(query);
        for (const auto &field : message) {
            request.headers.append(
                {QByteArray(field.name_string().data(), qsizetype(field.name_string().size())),
                 QByteArray(field.value().data(), qsizetype(field.value().size()))});
        }
        request.body = QByteArray(message.body().data(), qsizetype(message.body().size()));
        request.version = int(message.version());
        request.keepAlive = message.keep_alive();
        m_impl->parser.reset();
        return Status::Ready;
    }
    return Status::NeedMore;
}

} // namespace zd::demo
