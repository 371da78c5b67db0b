#include "documentbuilder.h"
#include "parserparts.h"

// The Document's scalars read from its bytes: number lengths and escaped strings.
namespace zd::json {

using namespace detail;

namespace {

void appendUnit(QString &text, int code)
{
    text.append(QChar(char16_t(code)));
}

int hex4(const char *u)
{
    int code = 0;
    for (int i = 1; i <= 4; ++i)
        code = code * 16 + hexValue(u[i]);
    return code;
}

} // namespace

namespace detail {

qsizetype numberLength(const char *begin, const char *end, bool *integer)
{
    const auto word = [&](QByteArrayView text) {
        return end - begin >= text.size() && QByteArrayView(begin, text.size()) == text;
    };
    if (integer)
        *integer = false;
    // The words only where one can start: most numbers start with a digit.
    if (begin < end && (*begin == 'N' || *begin == 'I' || *begin == '-')) {
        if (word("NaN"))
            return 3;
        if (word("Infinity"))
            return 8;
        if (word("-Infinity"))
            return 9;
    }
    const char *q = begin;
    if (q < end && *q == '-')
        ++q;
    if (q >= end || !isDigit(*q))
        return 0;
    if (*q == '0') {
        ++q;
    } else {
        while (q < end && isDigit(*q))
            ++q;
    }
    bool whole = true;
    if (q + 1 < end && *q == '.' && isDigit(q[1])) {
        whole = false;
        q += 2;
        while (q < end && isDigit(*q))
            ++q;
    }
    if (q < end && (*q == 'e' || *q == 'E')) {
        const char *e = q + 1;
        if (e < end && (*e == '+' || *e == '-'))
            ++e;
        if (e < end && isDigit(*e)) {
            whole = false;
            while (e < end && isDigit(*e))
                ++e;
            q = e;
        }
    }
    if (integer)
        *integer = whole;
    return q - begin;
}

QString decodeEscapedString(const char *begin, const char *end)
{
    QString text;
    const char *p = begin;
    const char *chunk = p;
    for (;;) {
        while (p < end && *p != '"' && *p != '\\')
            ++p;
        if (p > chunk)
            text.append(QString::fromUtf8(chunk, p - chunk));
        if (p >= end || *p == '"')
            return text;
        ++p; // the escaped character
        switch (*p) {
        case 'b':
            text.append(u'\b');
            break;
        case 'f':
            text.append(u'\f');
            break;
        case 'n':
            text.append(u'\n');
            break;
        case 'r':
            text.append(u'\r');
            break;
        case 't':
            text.append(u'\t');
            break;
        case 'u': {
            const int code = hex4(p);
            p += 4;
            if (code >= 0xd800 && code <= 0xdbff && end - p >= 7 && p[1] == '\\' && p[2] == 'u') {
                const int low = hex4(p + 2);
                if (low >= 0xdc00 && low <= 0xdfff) {
                    appendUnit(text, code);
                    appendUnit(text, low);
                    p += 6;
                    break;
                }
            }
            appendUnit(text, code);
            break;
        }
        default: // " \ /
            text.append(QLatin1Char(*p));
            break;
        }
        ++p;
        chunk = p;
    }
}

} // namespace detail

} // namespace zd::json
