// libFuzzer: the response reader on any status and body, for the three clients (JSONClient, G1 and
// G2 dispatcher bodies), and the plain-words outcome of the result.
#include "invoke/outcome.h"
#include "invoke/responsereader.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    zd::HttpResponseData response;
    static const int statuses[] = {200, 201, 302, 400, 401, 403, 404, 405, 500, 503};
    response.status = statuses[data[0] % std::size(statuses)];
    if (data[1] & 1)
        response.headers.append(zd::HttpHeader{"X-Zato-CID", "c"});
    if (data[1] & 2)
        response.headers.append(zd::HttpHeader{"WWW-Authenticate", "Basic realm=\"Zato\""});
    response.body = QByteArray(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    for (zd::ClientKind kind : {zd::ClientKind::AnyService, zd::ClientKind::Json, zd::ClientKind::Api}) {
        const zd::InvokeResult result = zd::readResponse(kind, response);
        (void)zd::explainOutcome(result);
    }
    return 0;
}
