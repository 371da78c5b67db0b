#include "bodykind.h"

#include "json/parser.h"
#include <QCoreApplication>

namespace zd {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(zd::BodyKind)
};

} // namespace

bool looksLikeText(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f)
                return false;
            ++i;
            continue;
        }
        // A UTF-8 sequence: its length from the lead byte, then continuation bytes, no overlong forms,
        // no surrogates, nothing above U+10FFFF.
        int length = 0;
        char32_t code = 0;
        if (c >= 0xc2 && c <= 0xdf) {
            length = 2;
            code = c & 0x1f;
        } else if (c >= 0xe0 && c <= 0xef) {
            length = 3;
            code = c & 0x0f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            length = 4;
            code = c & 0x07;
        } else {
            return false;
        }
        if (i + length > size)
            return false;
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xc0) != 0x80)
                return false;
            code = (code << 6) | (p[i + k] & 0x3f);
        }
        if ((length == 3 && (code < 0x800 || (code >= 0xd800 && code <= 0xdfff))) ||
            (length == 4 && (code < 0x10000 || code > 0x10ffff)))
            return false;
        i += length;
    }
    return true;
}

bool isBinaryBody(const QByteArray &body)
{
    return !body.isEmpty() && !looksLikeText(body);
}

BodyKind classifyBody(const QByteArray &body)
{
    if (body.isEmpty())
        return BodyKind::Empty;
    if (!looksLikeText(body))
        return BodyKind::Binary;
    return json::parse(body).ok ? BodyKind::Json : BodyKind::Text;
}

QString hexDump(const QByteArray &bytes, qsizetype limit)
{
    const qsizetype shown = qMin(bytes.size(), limit);
    QString out;
    out.reserve(shown / 16 * 78 + 80);
    for (qsizetype offset = 0; offset < shown; offset += 16) {
        out += QString::number(offset, 16).rightJustified(8, u'0') + u"  ";
        QString ascii;
        for (qsizetype i = offset; i < offset + 16; ++i) {
            if (i < shown) {
                const auto byte = static_cast<unsigned char>(bytes.at(i));
                out += QString::number(byte, 16).rightJustified(2, u'0') + u' ';
                ascii += byte >= 0x20 && byte < 0x7f ? QChar(char16_t(byte)) : QChar(u'.');
            } else {
                out += u"   ";
            }
            if (i == offset + 7)
                out += u' ';
        }
        out += u' ' + ascii + u'\n';
    }
    if (shown < bytes.size())
        out += Text::tr("… %n more byte(s) not shown", nullptr,
                        int(qMin<qsizetype>(bytes.size() - shown, INT_MAX)));
    return out;
}

} // namespace zd
