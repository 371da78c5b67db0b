#pragma once

#include "invoke/calltypes.h"
#include "textsource.h"

#include <QByteArray>
#include <functional>
#include <memory>

namespace zd {

// The response as the Response tab shows it, as UTF-8 bytes: the status line and headers
// (responseHead()), a blank line, then the body pretty-printed with its key order and numbers kept
// when it is JSON, or as received when it is not. Made once, without a QString of it: a worker
// makes it for large bodies.
[[nodiscard]] QByteArray prettyResponseUtf8(const HttpResponseData &response,
                                            const json::ParseResult &parsed);

// The same text as a source: made on demand, page by page, from the body's document when the body was
// read into one (so the pretty text, larger than the body, is never held whole), else held whole; held
// whole too when a line of it is longer than a megabyte (a long string).
// write, if given, is handed the text in pieces as it is first written from the document (to index
// its lines on the way); it is not called for a body that is not a document's.
[[nodiscard]] std::shared_ptr<const TextSource>
prettyResponseText(const HttpResponseData &response, const json::ParseResult &parsed,
                   const std::function<void(QByteArrayView)> &write = {});

} // namespace zd
