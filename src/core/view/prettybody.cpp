#include "prettybody.h"

#include "invoke/exchangetext.h"
#include "prettytext.h"

#include "json/document.h"
#include "json/writer.h"

namespace zd {

namespace {

constexpr json::WriteOptions PrettyOptions{false, 4};

// A text with a page longer than this (a long line: a long string, or many lines of a value nested
// too deep to mark) is held whole after all. Made on demand, each range asked in it is written from
// the start of its page: a view scrolling along a 50 MB string, or Find going through it, would write
// the whole string for every step (a string with escapes or other than ASCII is the slowest to write).
constexpr qint64 LongestPageMadeOnDemand = 64 * 1024;

// The whole text, written at once.
QByteArray prettyResponseUtf8(const HttpResponseData &response, const json::ParseResult &parsed)
{
    QByteArray text = responseHead(response).toUtf8();
    text += '\n';
    if (!parsed.ok) {
        text += response.body;
        return text;
    }
    json::appendDumps(text, parsed.value, PrettyOptions);
    return text;
}

} // namespace

std::shared_ptr<const TextSource> prettyResponseText(const HttpResponseData &response,
                                                     const json::ParseResult &parsed,
                                                     const std::function<void(QByteArrayView)> &write)
{
    const json::detail::LazyNode *node = parsed.ok ? parsed.value.lazyNode() : nullptr;
    if (!node)
        return std::make_shared<WholeText>(prettyResponseUtf8(response, parsed));
    QByteArray head = responseHead(response).toUtf8();
    head += '\n';
    auto text = std::make_shared<PrettyText>(
        std::move(head), json::PrettyLines(node->document, node->index, PrettyOptions), write);
    if (text->longestPage() > LongestPageMadeOnDemand)
        return std::make_shared<WholeText>(text->read(0, text->size()));
    return text;
}

} // namespace zd
