#pragma once

#include "calltypes.h"

namespace zd {

// Derives the Python client's result fields from a complete HTTP response, exactly as
// zato-client 3.2.1 does (JSONResponse and ServiceInvokeResponse), or the Zato 4 client for Api.
// The AnyServiceInvoker reader accepts both G1 and G2 dispatcher bodies. Where the Python client
// would raise, the result carries a protocol error instead. Pure: no network. document, when given,
// is json::parseDocument(response.body), built already (as the body arrived).
[[nodiscard]] InvokeResult readResponse(ClientKind kind, const HttpResponseData &response,
                                        const json::ParseResult *document = nullptr);

} // namespace zd
