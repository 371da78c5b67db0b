#pragma once

#include "invoke/calltypes.h"

#include <QByteArray>

namespace zd {

// The response as the Response tab shows it, as UTF-8 bytes: the status line and headers
// (responseHead()), a blank line, then the body pretty-printed with its key order and numbers kept
// when it is JSON, or as received when it is not. Made once, without a QString of it: a worker
// makes it for large bodies.
[[nodiscard]] QByteArray prettyResponseUtf8(const HttpResponseData &response,
                                            const json::ParseResult &parsed);

} // namespace zd
