// The Document builder's strings: checked as parse() checks them, eight bytes at a time to the first
// quote, backslash or control byte, waiting for more where the bytes so far end.
#include "documentbuilder.h"
#include "parserparts.h"

#include <QtEndian>

namespace zd::json {

using namespace detail;

namespace {

constexpr quint64 Ones = 0x0101010101010101ULL;
constexpr quint64 Highs = 0x8080808080808080ULL;

// Whether any byte of v is below n (n <= 128).
constexpr quint64 anyBelow(quint64 v, quint8 n)
{
    return (v - Ones * n) & ~v & Highs;
}

constexpr quint64 anyEqual(quint64 v, quint8 c)
{
    return anyBelow(v ^ (Ones * c), 1);
}

bool isHex4(const char *u, const char *end)
{
    if (end - u < 5)
        return false;
    for (int i = 1; i <= 4; ++i) {
        if (hexValue(u[i]) < 0)
            return false;
    }
    return true;
}

} // namespace

// Checks the string that starts at p (its opening quote) as parse() does and records it; p ends after
// the closing quote, which is returned.
const char *DocumentBuilder::parseString(const char *&p)
{
    const char *quote = p;
    const char *q = p + 1;
    quint32 flags = 0;
    bool del = false; // 0x7f, which json.dumps escapes
    for (;;) {
        // Eight bytes at a time to the first quote, backslash or control byte: the lowest byte each
        // test flags is exact, so its place is the first stop.
        while (m_end - q >= 8) {
            const auto v = qFromLittleEndian<quint64>(q);
            const quint64 stops = anyEqual(v, '"') | anyEqual(v, '\\') | anyBelow(v, 0x20);
            // A gate for bytes from 0x7f up, with no false negative (a carry out of 0xff only follows a
            // byte already seen): the exact tests run only behind it.
            const quint64 wide = (v | (v + Ones)) & Highs;
            if (!stops) {
                if (wide) {
                    flags |= (v & Highs) ? quint32(FlagNonAscii) : 0u;
                    del = del || anyEqual(v, 0x7f);
                }
                q += 8;
                continue;
            }
            const int before = qCountTrailingZeroBits(stops) / 8;
            const quint64 taken = (quint64(1) << (before * 8)) - 1;
            if (wide & taken) {
                flags |= (v & Highs & taken) ? quint32(FlagNonAscii) : 0u;
                del = del || (anyEqual(v, 0x7f) & taken);
            }
            q += before;
            break;
        }
        while (q < m_end) {
            const auto c = static_cast<unsigned char>(*q);
            if (c == '"' || c == '\\' || c < 0x20)
                break;
            if (c >= 0x80)
                flags |= FlagNonAscii;
            del = del || c == 0x7f;
            ++q;
        }
        if (q >= m_end) {
            if (more())
                continue;
            throw ParseError{"Unterminated string starting at", quote};
        }
        if (*q == '"')
            break;
        if (*q != '\\')
            throw ParseError{"Invalid control character at", q};
        flags |= FlagEscaped;
        const char *backslash = q++;
        need(q, 5); // the escape whole, \uXXXX the longest
        if (q >= m_end)
            throw ParseError{"Unterminated string starting at", quote};
        switch (*q) {
        case '"':
        case '\\':
        case '/':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't':
            ++q;
            break;
        case 'u':
            if (!isHex4(q, m_end))
                throw ParseError{"Invalid \\uXXXX escape", backslash + 1};
            q += 5;
            break;
        default:
            throw ParseError{"Invalid \\escape", backslash};
        }
    }
    const quint32 length = quint32(std::min<qsizetype>(q - quote - 1, CountUnknown));
    push(quint32(quote - m_begin),
         KindString | flags | (flags == 0 && !del ? quint32(FlagVerbatim) : 0u) | length << CountShift);
    p = q + 1;
    return q;
}

} // namespace zd::json
