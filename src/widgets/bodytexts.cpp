#include "bodytexts.h"

#include "invoke/exchangetext.h"
#include "view/bodykind.h"
#include "view/prettybody.h"

#include <QCoreApplication>

namespace zd {

namespace {

struct BodyText
{
    Q_DECLARE_TR_FUNCTIONS(zd::BodyTexts)
};

} // namespace

BodyTexts renderBody(const InvokeResult &result)
{
    BodyTexts texts;
    const HttpResponseData &response = result.response;
    if (result.innerServiceResponse)
        texts.inner = result.innerServiceResponse->toUtf8();
    if (isBinaryBody(response.body)) {
        texts.response = std::make_shared<WholeText>(
            (responseHead(response) + u'\n' +
             BodyText::tr("(%1 bytes that are not UTF-8 text: shown as hex under Raw response)")
                 .arg(response.body.size()))
                .toUtf8());
        texts.raw = hexDump(response.body, MaxHexDumpBytes).toUtf8();
        return texts;
    }
    LineScanner lines;
    bool scanned = false;
    texts.response = prettyResponseText(response, result.document, [&lines, &scanned](QByteArrayView piece) {
        lines.add(piece);
        scanned = true;
    });
    if (scanned)
        texts.responseLines = lines.finish();
    texts.raw = response.body;
    return texts;
}

} // namespace zd
