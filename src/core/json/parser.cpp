#include "parser.h"

#include "parserparts.h"

#include <QSet>

namespace zd::json {

using namespace detail;

namespace {

class Parser
{
public:
    Parser(const char *begin, const char *end) : m_begin(begin), m_end(end) {}

    Value parseDocument()
    {
        const char *p = skipWhitespace(m_begin);
        Value value = parseValue(p, 0);
        p = skipWhitespace(p);
        if (p != m_end)
            throw ParseError{"Extra data", p};
        return value;
    }

private:
    const char *skipWhitespace(const char *p) const
    {
        while (p < m_end && isWhitespace(*p))
            ++p;
        return p;
    }

    bool startsWith(const char *p, QByteArrayView word) const
    {
        return m_end - p >= word.size() && QByteArrayView(p, word.size()) == word;
    }

    Value parseValue(const char *&p, int depth)
    {
        if (p >= m_end)
            throw ParseError{"Expecting value", p};
        switch (*p) {
        case '"':
            return Value::fromString(parseString(p));
        case '{':
            return parseObject(p, depth + 1);
        case '[':
            return parseArray(p, depth + 1);
        case 'n':
            if (startsWith(p, "null")) {
                p += 4;
                return Value();
            }
            break;
        case 't':
            if (startsWith(p, "true")) {
                p += 4;
                return Value::fromBool(true);
            }
            break;
        case 'f':
            if (startsWith(p, "false")) {
                p += 5;
                return Value::fromBool(false);
            }
            break;
        case 'N':
            if (startsWith(p, "NaN")) {
                p += 3;
                return Value::fromNumber(Number{QByteArrayLiteral("NaN"), false});
            }
            break;
        case 'I':
            if (startsWith(p, "Infinity")) {
                p += 8;
                return Value::fromNumber(Number{QByteArrayLiteral("Infinity"), false});
            }
            break;
        case '-':
            if (startsWith(p, "-Infinity")) {
                p += 9;
                return Value::fromNumber(Number{QByteArrayLiteral("-Infinity"), false});
            }
            return parseNumber(p);
        default:
            if (isDigit(*p))
                return parseNumber(p);
            break;
        }
        throw ParseError{"Expecting value", p};
    }

    // Python's NUMBER_RE: -?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?; a dangling "." or "e" is not taken.
    Value parseNumber(const char *&p)
    {
        const char *start = p;
        const char *q = p;
        if (*q == '-')
            ++q;
        if (q >= m_end || !isDigit(*q))
            throw ParseError{"Expecting value", start};
        if (*q == '0') {
            ++q;
        } else {
            while (q < m_end && isDigit(*q))
                ++q;
        }
        bool integer = true;
        if (q + 1 < m_end && *q == '.' && isDigit(q[1])) {
            integer = false;
            q += 2;
            while (q < m_end && isDigit(*q))
                ++q;
        }
        if (q < m_end && (*q == 'e' || *q == 'E')) {
            const char *e = q + 1;
            if (e < m_end && (*e == '+' || *e == '-'))
                ++e;
            if (e < m_end && isDigit(*e)) {
                integer = false;
                while (e < m_end && isDigit(*e))
                    ++e;
                q = e;
            }
        }
        p = q;
        QByteArray text(start, q - start);
        if (integer && text == "-0")
            text = QByteArrayLiteral("0");
        return Value::fromNumber(Number{std::move(text), integer});
    }

    QString parseString(const char *&p)
    {
        const char *quote = p;
        ++p;
        QString result;
        const char *chunk = p;
        for (;;) {
            while (p < m_end && *p != '"' && *p != '\\' && static_cast<unsigned char>(*p) >= 0x20)
                ++p;
            if (p > chunk)
                result.append(QString::fromUtf8(chunk, p - chunk));
            if (p >= m_end)
                throw ParseError{"Unterminated string starting at", quote};
            if (*p == '"') {
                ++p;
                return result;
            }
            if (*p != '\\')
                throw ParseError{"Invalid control character at", p};
            const char *backslash = p;
            ++p;
            if (p >= m_end)
                throw ParseError{"Unterminated string starting at", quote};
            switch (*p) {
            case '"':
                result.append(u'"');
                break;
            case '\\':
                result.append(u'\\');
                break;
            case '/':
                result.append(u'/');
                break;
            case 'b':
                result.append(u'\b');
                break;
            case 'f':
                result.append(u'\f');
                break;
            case 'n':
                result.append(u'\n');
                break;
            case 'r':
                result.append(u'\r');
                break;
            case 't':
                result.append(u'\t');
                break;
            case 'u':
                appendUnicodeEscape(result, p, backslash);
                break;
            default:
                throw ParseError{"Invalid \\escape", backslash};
            }
            ++p;
            chunk = p;
        }
    }

    // p points at the 'u'; on return it points at the last hex digit consumed.
    int readHex4(const char *u, const char *backslash) const
    {
        if (m_end - u < 5)
            throw ParseError{"Invalid \\uXXXX escape", backslash + 1};
        int code = 0;
        for (int i = 1; i <= 4; ++i) {
            const int h = hexValue(u[i]);
            if (h < 0)
                throw ParseError{"Invalid \\uXXXX escape", backslash + 1};
            code = code * 16 + h;
        }
        return code;
    }

    void appendUnicodeEscape(QString &result, const char *&p, const char *backslash)
    {
        const int code = readHex4(p, backslash);
        p += 4;
        if (code >= 0xd800 && code <= 0xdbff && m_end - p >= 7 && p[1] == '\\' && p[2] == 'u') {
            const int low = readHex4(p + 2, p + 1);
            if (low >= 0xdc00 && low <= 0xdfff) {
                result.append(QChar(char16_t(code)));
                result.append(QChar(char16_t(low)));
                p += 6;
                return;
            }
        }
        result.append(QChar(char16_t(code)));
    }

    Value parseObject(const char *&p, int depth)
    {
        if (depth > MaxDepth)
            throw ParseError{"Maximum nesting depth exceeded", p};
        ++p;
        ObjectBuilder builder;
        p = skipWhitespace(p);
        if (p < m_end && *p == '}') {
            ++p;
            return Value::fromObject({});
        }
        for (;;) {
            if (p >= m_end || *p != '"')
                throw ParseError{"Expecting property name enclosed in double quotes", p};
            QString key = intern(parseString(p));
            p = skipWhitespace(p);
            if (p >= m_end || *p != ':')
                throw ParseError{"Expecting ':' delimiter", p};
            p = skipWhitespace(p + 1);
            builder.add(std::move(key), parseValue(p, depth));
            p = skipWhitespace(p);
            if (p < m_end && *p == '}') {
                ++p;
                return Value::fromObject(builder.take());
            }
            if (p >= m_end || *p != ',')
                throw ParseError{"Expecting ',' delimiter", p};
            p = skipWhitespace(p + 1);
        }
    }

    Value parseArray(const char *&p, int depth)
    {
        if (depth > MaxDepth)
            throw ParseError{"Maximum nesting depth exceeded", p};
        ++p;
        Array values;
        p = skipWhitespace(p);
        if (p < m_end && *p == ']') {
            ++p;
            return Value::fromArray({});
        }
        for (;;) {
            values.push_back(parseValue(p, depth));
            p = skipWhitespace(p);
            if (p < m_end && *p == ']') {
                ++p;
                return Value::fromArray(std::move(values));
            }
            if (p >= m_end || *p != ',')
                throw ParseError{"Expecting ',' delimiter", p};
            p = skipWhitespace(p + 1);
        }
    }

    const char *m_begin;
    // Keys repeat in every record of a list: one shared copy of each (the first 4096 distinct keys)
    // instead of one per object, which saves a tenth of the memory of a typical large response.
    QString intern(QString key)
    {
        if (const auto it = m_keys.constFind(key); it != m_keys.cend())
            return *it;
        if (m_keys.size() < 4096)
            m_keys.insert(key);
        return key;
    }

    const char *m_end;
    QSet<QString> m_keys;
};

} // namespace

ParseResult parse(QByteArrayView utf8)
{
    ParseResult result;
    const char *begin = utf8.data();
    const char *end = begin + utf8.size();
    if (!begin) {
        static const char empty = 0;
        begin = end = &empty;
    }
    // A UTF-8 byte order mark is an error in Python's json.loads for str input.
    if (utf8.size() >= 3 && utf8.first(3) == QByteArrayView("\xef\xbb\xbf")) {
        result.error =
            QStringLiteral("Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)");
        result.errorChar = 0;
        return result;
    }
    try {
        result.value = Parser(begin, end).parseDocument();
        result.ok = true;
    } catch (const ParseError &error) {
        result.error = describeError(error, begin, result.errorChar);
    }
    return result;
}

} // namespace zd::json
