#pragma once

// The Document's tape layout and its builder (document.cpp and documentbuilder.cpp only).
#include "document.h"
#include "parserparts.h"

#include <QString>
#include <cstring>

namespace zd::json::detail {

enum : quint32 {
    KindNull = 0,
    KindFalse = 1,
    KindTrue = 2,
    KindNumber = 3,
    KindString = 4,
    KindArray = 5,
    KindObject = 6,
    KindMask = 0xf,
    // Numbers
    FlagInteger = 0x10,
    FlagNegativeZero = 0x20, // "-0", which Python reads as the integer 0
    // Strings
    FlagEscaped = 0x10,
    FlagNonAscii = 0x20,
    // Objects
    FlagDuplicateKeys = 0x10,
    CountShift = 8,
    CountUnknown = 0xffffff,
};

// The length of the number (or NaN, Infinity, -Infinity) that starts at begin, by Python's NUMBER_RE:
// -?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?, a dangling "." or exponent not taken. integer tells
// whether it has neither fraction nor exponent. 0 when no number starts there.
qsizetype numberLength(const char *begin, const char *end, bool *integer = nullptr);

// The text of a string that has escapes, from just after its opening quote (already checked).
QString decodeEscapedString(const char *begin, const char *end);

} // namespace zd::json::detail

namespace zd::json {

class DocumentBuilder
{
public:
    explicit DocumentBuilder(QByteArray utf8);
    std::shared_ptr<const Document> build(ParseResult *result);

private:
    struct Key
    {
        Document::Index index;
        const char *begin;
        qsizetype length;
        bool plain;
    };

    // Most values and delimiters follow no whitespace, or one space: both without a call.
    const char *skipWhitespace(const char *p) const
    {
        if (p < m_end && *p == ' ')
            ++p;
        return p < m_end && !detail::isWhitespace(*p) ? p : skipMoreWhitespace(p);
    }
    const char *skipMoreWhitespace(const char *p) const;
    template <size_t N> bool startsWith(const char *p, const char (&word)[N]) const
    {
        return m_end - p >= qsizetype(N - 1) && std::memcmp(p, word, N - 1) == 0;
    }
    Document::Index push(quint32 at, quint32 info);
    void parseValue(const char *&p, int depth);
    void parseNumber(const char *&p);
    const char *parseString(const char *&p);
    void parseArray(const char *&p, int depth);
    void parseObject(const char *&p, int depth);
    void closeObject(Document::Index self, size_t firstKey);
    std::vector<std::pair<Document::Index, Document::Index>> dedupe(size_t firstKey) const;

    std::shared_ptr<Document> m_document;
    const char *m_begin = nullptr;
    const char *m_end = nullptr;
    std::vector<Key> m_keys; // keys of the objects being read, innermost last
};

} // namespace zd::json
