#include "bodytexts.h"

#include "invoke/exchangetext.h"
#include "view/bodykind.h"

#include <QCoreApplication>

namespace zd {

namespace {

struct BodyText
{
    Q_DECLARE_TR_FUNCTIONS(zd::BodyTexts)
};

QString cut(QString text, qsizetype maxChars, qsizetype bodyBytes)
{
    if (text.size() <= maxChars)
        return text;
    text.truncate(maxChars);
    return text + u'\n' +
           BodyText::tr("[%n byte(s) in all; the first %1 are shown]", nullptr,
                        int(qMin<qsizetype>(bodyBytes, INT_MAX)))
               .arg(maxChars);
}

} // namespace

BodyTexts renderBody(const InvokeResult &result, qsizetype maxChars)
{
    BodyTexts texts;
    const HttpResponseData &response = result.response;
    const qsizetype size = response.body.size();
    if (isBinaryBody(response.body)) {
        texts.response =
            responseHead(response) + u'\n' +
            BodyText::tr("(%1 bytes that are not UTF-8 text: shown as hex under Raw response)").arg(size);
        texts.raw = hexDump(response.body, maxChars / 5);
        return texts;
    }
    texts.response =
        cut(responseHead(response) + u'\n' + prettyBody(response.body, result.document), maxChars, size);
    texts.raw = cut(QString::fromUtf8(response.body), maxChars, size);
    return texts;
}

} // namespace zd
