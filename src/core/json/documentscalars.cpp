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

// repr() writes a float's shortest round-trip digits, in fixed notation when its decimal point is
// -3 to 16 places from its first digit ("1e-05", "1e+16" otherwise), with ".0" after a whole number.
// A decimal of at most 15 significant digits is itself the shortest that reads back (DBL_DIG), so such
// a text is its repr() when it is in that form: a fraction, no exponent, no trailing zero but ".0".
bool isReprText(const char *begin, qsizetype length)
{
    const char *p = begin;
    const char *end = begin + length;
    if (p < end && *p == '-')
        ++p;
    if (p < end && (*p == 'N' || *p == 'I'))
        return true; // NaN, Infinity, -Infinity
    const char *whole = p;
    while (p < end && isDigit(*p))
        ++p;
    const char *point = p;
    if (point == whole || point == end || *point != '.')
        return false;
    const char *fraction = point + 1;
    for (p = fraction; p < end; ++p) {
        if (!isDigit(*p))
            return false; // an exponent
    }
    if (end == fraction || (end[-1] == '0' && end - fraction > 1))
        return false;
    // The significant digits, from the first that is not 0 to the last that is not 0.
    const char *first = whole;
    while (first < end && (*first == '0' || *first == '.'))
        ++first;
    if (first == end)
        return true; // 0.0, -0.0
    const char *last = end - 1;
    while (*last == '0' || *last == '.')
        --last;
    const qsizetype digits = last - first + 1 - (first < point && last > point ? 1 : 0);
    // Where the decimal point is, counted from the first significant digit.
    const qsizetype decimalPoint = first < point ? point - first : -(first - fraction);
    return digits <= 15 && decimalPoint > -4 && decimalPoint <= 16;
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
