#pragma once

#include "calltypes.h"

#include <QString>

namespace zd {

// The request as it went on the wire: request line, headers with every secret masked
// (the Authorization value after its scheme word, the API-key header's whole value),
// and the body. QNetworkAccessManager adds Host, Content-Length, Connection and Accept-* itself.
[[nodiscard]] QString requestText(const HttpRequestData &request);

// The response as received: status line, headers, and the body as text (raw) or, when it is JSON,
// pretty-printed with the key order and numbers kept.
[[nodiscard]] QString responseHead(const HttpResponseData &response);
// parsed: the body parsed once (InvokeResult::document).
[[nodiscard]] QString prettyBody(const QByteArray &body, const json::ParseResult &parsed);

} // namespace zd
