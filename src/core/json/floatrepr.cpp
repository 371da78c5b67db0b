#include "writerparts.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace zd::json {

namespace detail {

qsizetype writeFloatRepr(char *out, double value)
{
    const auto literal = [out](QByteArrayView text) {
        std::memcpy(out, text.data(), size_t(text.size()));
        return text.size();
    };
    if (std::isnan(value))
        return literal("NaN");
    if (std::isinf(value))
        return literal(value > 0 ? "Infinity" : "-Infinity");

    // Shortest round-trip digits in the form [-]d[.ddd]e(+|-)XX.
    char text[40];
    const auto [textEnd, ec] = std::to_chars(text, text + sizeof text, value, std::chars_format::scientific);
    Q_UNUSED(ec);
    const char *e = std::find(text, textEnd, 'e');
    const bool negative = text[0] == '-';
    char digits[24];
    int digitCount = 0;
    for (const char *c = text; c < e; ++c) {
        if (*c >= '0' && *c <= '9')
            digits[digitCount++] = *c;
    }
    int exponent = 0;
    std::from_chars(e + 1 + (e[1] == '+' ? 1 : 0), textEnd, exponent);
    const int decimalPoint = exponent + 1; // digits are 0.DDDD x 10^decimalPoint

    char *p = out;
    const auto put = [&p](const char *from, int count) {
        std::memcpy(p, from, size_t(count));
        p += count;
    };
    const auto zeros = [&p](int count) {
        std::memset(p, '0', size_t(count));
        p += count;
    };
    if (negative)
        *p++ = '-';
    if (decimalPoint > -4 && decimalPoint <= 16) {
        if (decimalPoint <= 0) {
            put("0.", 2);
            zeros(-decimalPoint);
            put(digits, digitCount);
        } else if (decimalPoint >= digitCount) {
            put(digits, digitCount);
            zeros(decimalPoint - digitCount);
            put(".0", 2);
        } else {
            put(digits, decimalPoint);
            *p++ = '.';
            put(digits + decimalPoint, digitCount - decimalPoint);
        }
        return p - out;
    }
    *p++ = digits[0];
    if (digitCount > 1) {
        *p++ = '.';
        put(digits + 1, digitCount - 1);
    }
    *p++ = 'e';
    *p++ = exponent < 0 ? '-' : '+';
    const int magnitude = exponent < 0 ? -exponent : exponent;
    if (magnitude < 10)
        *p++ = '0';
    p = std::to_chars(p, out + FloatReprBytes, magnitude).ptr;
    return p - out;
}

} // namespace detail

QByteArray floatRepr(double value)
{
    char buffer[detail::FloatReprBytes];
    return QByteArray(buffer, detail::writeFloatRepr(buffer, value));
}

} // namespace zd::json
