#pragma once

#include "invoke/calltypes.h"
#include "textsource.h"

#include <QByteArrayView>
#include <functional>
#include <memory>

namespace zd {

// The response as the Response tab shows it, as UTF-8 bytes: the status line and headers
// (responseHead()), a blank line, then the body pretty-printed with its key order and numbers kept
// when it is JSON, or as received when it is not; a worker makes it for large bodies. When the body
// was read into a document, the pretty text is made on demand, page by page, from it, so the text
// (larger than the body) is never held whole; unless a page of it is longer than 64 kB (a long line,
// such as a long string), when it is held whole, as the text of any other body is.
// write, if given, is handed the text in pieces as it is first written from the document (to index
// its lines on the way); it is not called for a body that is not a document's.
[[nodiscard]] std::shared_ptr<const TextSource>
prettyResponseText(const HttpResponseData &response, const json::ParseResult &parsed,
                   const std::function<void(QByteArrayView)> &write = {});

} // namespace zd
