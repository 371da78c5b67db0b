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
    // Scalars: isVerbatim(); containers: a span of verbatimText() is kept
    FlagVerbatim = 0x40,
    // Bits 8-31: a container's members or items; a string's bytes between its quotes; a number's
    // text. CountUnknown when there are too many to hold: counted or looked for when asked.
    CountShift = 8,
    CountUnknown = 0xffffff,
};

// The length of the number (or NaN, Infinity, -Infinity) that starts at begin, by Python's NUMBER_RE:
// -?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?, a dangling "." or exponent not taken. integer tells
// whether it has neither fraction nor exponent. 0 when no number starts there.
qsizetype numberLength(const char *begin, const char *end, bool *integer = nullptr);

// Whether Python's repr() of the float whose text (length bytes at begin, read by numberLength and
// not an integer) is exactly that text.
bool isReprText(const char *begin, qsizetype length);

// The text of a string that has escapes, from just after its opening quote (already checked).
QString decodeEscapedString(const char *begin, const char *end);

} // namespace zd::json::detail

namespace zd::json {

class ArrivingBytes;

class DocumentBuilder
{
public:
    explicit DocumentBuilder(QByteArray utf8);
    // Over bytes that are still arriving at begin (ArrivingBytes tells how many are in): wherever the
    // input ends, the builder waits for more before it decides, so the result is build()'s on the
    // bytes that were in when the last came. adopt() then gives the Document those bytes.
    DocumentBuilder(const char *begin, ArrivingBytes *arriving);
    std::shared_ptr<const Document> build(ParseResult *result);
    // The bytes the document was built over (arrived at begin): kept by the Document from now on.
    void adopt(QByteArray bytes);

private:
    struct Key
    {
        Document::Index index;
        const char *begin;
        qsizetype length;
        bool plain;
    };

    // Most values and delimiters follow no whitespace, or one space: both without a call.
    const char *skipWhitespace(const char *p)
    {
        if (p < m_end && *p == ' ')
            ++p;
        return p < m_end && !detail::isWhitespace(*p) ? p : skipMoreWhitespace(p);
    }
    const char *skipMoreWhitespace(const char *p);
    // The input ends at m_end: whether more has come since (m_end then moves). Always false over
    // bytes that are all in.
    bool more() { return m_arriving && waitForMore(); }
    bool waitForMore();
    // Waits until at least n bytes from p are in, or all are.
    void need(const char *p, qsizetype n)
    {
        while (m_end - p < n && more()) {
        }
    }
    template <size_t N> bool startsWith(const char *p, const char (&word)[N]) const
    {
        return m_end - p >= qsizetype(N - 1) && std::memcmp(p, word, N - 1) == 0;
    }
    Document::Index push(quint32 at, quint32 info)
    {
        std::vector<Document::Entry> &tape = m_document->m_tape;
        if (tape.size() == tape.capacity()) [[unlikely]]
            growTape();
        tape.push_back(Document::Entry{at, info});
        return Document::Index(tape.size() - 1);
    }
    void growTape();
    // Each parse returns whether the value is verbatim (Document::isVerbatim, verbatimText).
    bool parseValue(const char *&p, int depth);
    bool parseNumber(const char *&p);
    const char *parseString(const char *&p);
    bool parseArray(const char *&p, int depth);
    bool parseObject(const char *&p, int depth);
    void closeObject(Document::Index self, size_t firstKey);
    // Whether p (after a value, a key or an opening bracket) is followed by no whitespace.
    bool advanceTight(const char *&p)
    {
        const char *next = skipWhitespace(p);
        const bool tight = next == p;
        p = next;
        return tight;
    }
    // Whether the separator at p is followed by exactly one space; p moves past them all.
    bool advanceSeparator(const char *&p)
    {
        const char *next = skipWhitespace(p + 1);
        const bool spaced = next == p + 2 && p[1] == ' ';
        p = next;
        return spaced;
    }
    void keepSpan(Document::Index self, const char *open, const char *end, size_t firstSpan);
    std::vector<std::pair<Document::Index, Document::Index>> dedupe(size_t firstKey) const;

    std::shared_ptr<Document> m_document;
    const char *m_begin = nullptr;
    const char *m_end = nullptr;
    ArrivingBytes *m_arriving = nullptr;
    std::vector<Key> m_keys; // keys of the objects being read, innermost last
};

} // namespace zd::json
