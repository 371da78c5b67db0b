#include "prettybody.h"

#include "invoke/exchangetext.h"

#include "json/writer.h"

namespace zd {

QByteArray prettyResponseUtf8(const HttpResponseData &response, const json::ParseResult &parsed)
{
    QByteArray text = responseHead(response).toUtf8();
    text += '\n';
    if (!parsed.ok) {
        text += response.body;
        return text;
    }
    json::appendDumps(text, parsed.value, json::WriteOptions{false, 4});
    return text;
}

} // namespace zd
