#pragma once

#include <QByteArray>
#include <memory>

namespace zd::demo {

// A response body made piece by piece as the client reads, so a large answer is never held whole.
class BodySource
{
public:
    virtual ~BodySource() = default;
    // The body's total size in bytes.
    [[nodiscard]] virtual qint64 size() const = 0;
    // The next at most maxBytes bytes; empty once the body is complete.
    [[nodiscard]] virtual QByteArray next(qint64 maxBytes) = 0;

    // The whole body at once, for callers that must embed it (the dispatcher).
    [[nodiscard]] QByteArray readAll();
};

// demo.sized-body's answers: a JSON string of exactly size bytes ("xxx...") or a JSON array of
// customer records of at most size bytes.
[[nodiscard]] std::shared_ptr<BodySource> sizedStringBody(qint64 size);
[[nodiscard]] std::shared_ptr<BodySource> sizedRecordsBody(qint64 size);

} // namespace zd::demo
