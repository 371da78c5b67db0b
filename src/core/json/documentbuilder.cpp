#include "documentbuilder.h"

#include "arrivingdocument.h"
#include "memory/largepages.h"
#include "parserparts.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace zd::json {

using namespace detail;
using Index = Document::Index;

namespace {

// The tape's first room, in entries, for a document larger than about 512 kB.
constexpr size_t FirstTapeRoom = 64 * 1024;

} // namespace

DocumentBuilder::DocumentBuilder(QByteArray utf8) : m_document(new Document)
{
    m_document->m_bytes = std::move(utf8);
    m_begin = m_document->m_bytes.constData();
    m_end = m_begin + m_document->m_bytes.size();
}

DocumentBuilder::DocumentBuilder(const char *begin, ArrivingBytes *arriving)
    : m_document(new Document), m_begin(begin), m_end(begin), m_arriving(arriving)
{}

void DocumentBuilder::adopt(QByteArray bytes)
{
    m_document->m_bytes = std::move(bytes);
}

bool DocumentBuilder::waitForMore()
{
    const qsizetype in = m_arriving->waitForMore(m_end - m_begin);
    if (in <= m_end - m_begin)
        return false;
    m_end = m_begin + in;
    return true;
}

const char *DocumentBuilder::skipMoreWhitespace(const char *p)
{
    do {
        while (p < m_end && isWhitespace(*p))
            ++p;
    } while (p == m_end && more());
    return p;
}

bool DocumentBuilder::parseValue(const char *&p, int depth)
{
    if (m_arriving && m_arriving->stopped())
        throw ParseError{"Stopped", p}; // abandoned: the result is not read
    need(p, 16);                        // the longest word, -Infinity, whole
    if (p >= m_end)
        throw ParseError{"Expecting value", p};
    const auto at = quint32(p - m_begin);
    switch (*p) {
    case '"':
        parseString(p);
        return m_document->m_tape.back().info & FlagVerbatim;
    case '{':
        return parseObject(p, depth + 1);
    case '[':
        return parseArray(p, depth + 1);
    case 'n':
        if (startsWith(p, "null")) {
            push(at, KindNull);
            p += 4;
            return true;
        }
        break;
    case 't':
        if (startsWith(p, "true")) {
            push(at, KindTrue);
            p += 4;
            return true;
        }
        break;
    case 'f':
        if (startsWith(p, "false")) {
            push(at, KindFalse);
            p += 5;
            return true;
        }
        break;
    case 'N':
    case 'I':
    case '-':
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
    case '8':
    case '9':
        return parseNumber(p);
    default:
        break;
    }
    throw ParseError{"Expecting value", p};
}

bool DocumentBuilder::parseNumber(const char *&p)
{
    if (m_arriving) { // the number whole, and the byte after it: "1." may be "1.5" once more has come
        const char *q = p;
        const auto inNumber = [](char c) {
            return isDigit(c) || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
        };
        do {
            while (q < m_end && inNumber(*q))
                ++q;
        } while (q == m_end && more());
    }
    bool integer = false;
    const qsizetype length = numberLength(p, m_end, &integer);
    if (length == 0)
        throw ParseError{"Expecting value", p};
    quint32 info = KindNumber | (integer ? quint32(FlagInteger) : 0u);
    if (integer && length == 2 && p[0] == '-' && p[1] == '0')
        info |= FlagNegativeZero;
    else if (integer || isReprText(p, length))
        info |= FlagVerbatim;
    info |= quint32(std::min<qsizetype>(length, CountUnknown)) << CountShift;
    push(quint32(p - m_begin), info);
    p += length;
    return info & FlagVerbatim;
}

bool DocumentBuilder::parseArray(const char *&p, int depth)
{
    if (depth > MaxDepth)
        throw ParseError{"Maximum nesting depth exceeded", p};
    const char *open = p;
    const Index self = push(0, KindArray);
    const size_t firstSpan = m_document->m_spans.size();
    ++p;
    quint32 count = 0;
    bool verbatim = advanceTight(p);
    if (p < m_end && *p == ']') {
        ++p;
        m_document->m_tape[self].at = Index(m_document->m_tape.size());
        return verbatim;
    }
    for (;;) {
        verbatim &= parseValue(p, depth);
        ++count;
        verbatim &= advanceTight(p);
        if (p < m_end && *p == ']') {
            ++p;
            Document::Entry &entry = m_document->m_tape[self];
            entry.at = Index(m_document->m_tape.size());
            entry.info |= std::min<quint32>(count, CountUnknown) << CountShift;
            if (verbatim)
                keepSpan(self, open, p, firstSpan);
            return verbatim;
        }
        if (p >= m_end || *p != ',')
            throw ParseError{"Expecting ',' delimiter", p};
        verbatim &= advanceSeparator(p);
    }
}

bool DocumentBuilder::parseObject(const char *&p, int depth)
{
    if (depth > MaxDepth)
        throw ParseError{"Maximum nesting depth exceeded", p};
    const char *open = p;
    const Index self = push(0, KindObject);
    const size_t firstKey = m_keys.size();
    const size_t firstSpan = m_document->m_spans.size();
    ++p;
    bool verbatim = advanceTight(p);
    if (p < m_end && *p == '}') {
        ++p;
        closeObject(self, firstKey);
        return verbatim;
    }
    for (;;) {
        if (p >= m_end || *p != '"')
            throw ParseError{"Expecting property name enclosed in double quotes", p};
        const char *keyBegin = p + 1;
        const char *keyEnd = parseString(p);
        const Index key = Index(m_document->m_tape.size() - 1);
        const quint32 keyInfo = m_document->m_tape[key].info;
        m_keys.push_back(Key{key, keyBegin, keyEnd - keyBegin, !(keyInfo & (FlagEscaped | FlagNonAscii))});
        verbatim &= advanceTight(p) && (keyInfo & FlagVerbatim);
        if (p >= m_end || *p != ':')
            throw ParseError{"Expecting ':' delimiter", p};
        verbatim &= advanceSeparator(p);
        verbatim &= parseValue(p, depth);
        verbatim &= advanceTight(p);
        if (p < m_end && *p == '}') {
            ++p;
            closeObject(self, firstKey);
            verbatim &= !(m_document->m_tape[self].info & FlagDuplicateKeys);
            if (verbatim)
                keepSpan(self, open, p, firstSpan);
            return verbatim;
        }
        if (p >= m_end || *p != ',')
            throw ParseError{"Expecting ',' delimiter", p};
        verbatim &= advanceSeparator(p);
    }
}

// The tape is full: its room is made as large as the bytes read so far say the whole document needs
// (and a little more), so that a large tape is copied once, while it is still small, not each time it
// doubles. The bytes read are known from the last scalar on the tape; without one, the room grows by half.
void DocumentBuilder::growTape()
{
    std::vector<Document::Entry> &tape = m_document->m_tape;
    quint32 read = 0;
    for (size_t i = tape.size(), looked = 0; i-- > 0 && looked < 64; ++looked) {
        const quint32 kind = tape[i].info & KindMask;
        if (kind != KindArray && kind != KindObject) {
            read = tape[i].at;
            break;
        }
    }
    // The whole document's size; one still arriving, of unknown size, taken as four times what is in.
    const qsizetype total = !m_arriving                  ? m_end - m_begin
                            : m_arriving->expected() > 0 ? m_arriving->expected()
                                                         : 4 * (m_end - m_begin);
    const double estimate =
        read > 0 && total > 0 ? double(tape.size()) * double(total) / double(read) * 1.05 + 1024.0 : 0.0;
    const size_t byHalf = tape.size() + tape.size() / 2 + 16;
    reserveOnLargePages(
        tape, std::max(byHalf, size_t(std::min(estimate, double(std::numeric_limits<quint32>::max())))));
}

// The container from open to end is verbatim: its span replaces those of the containers in it.
void DocumentBuilder::keepSpan(Index self, const char *open, const char *end, size_t firstSpan)
{
    std::vector<Document::Entry> &tape = m_document->m_tape;
    std::vector<Document::Span> &spans = m_document->m_spans;
    for (size_t i = firstSpan; i < spans.size(); ++i)
        tape[spans[i].index].info &= ~quint32(FlagVerbatim);
    spans.resize(firstSpan);
    spans.push_back(Document::Span{self, quint32(open - m_begin), quint32(end - open)});
    tape[self].info |= FlagVerbatim;
}

std::shared_ptr<const Document> DocumentBuilder::build(ParseResult *result)
{
    // (A body of unknown size that arrives is at most what a call holds, far below 4 GiB.)
    const qsizetype size = m_arriving ? m_arriving->expected() : m_document->m_bytes.size();
    if (size >= qsizetype(std::numeric_limits<quint32>::max())) {
        result->error = QStringLiteral("The document is too large to read (4 GiB or more).");
        result->errorChar = 0;
        return nullptr;
    }
    // A UTF-8 byte order mark is an error in Python's json.loads for str input.
    need(m_begin, 3);
    if (m_end - m_begin >= 3 && std::memcmp(m_begin, "\xef\xbb\xbf", 3) == 0) {
        result->error =
            QStringLiteral("Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)");
        result->errorChar = 0;
        return nullptr;
    }
    if (!m_begin) {
        static const char empty = 0;
        m_begin = m_end = &empty;
    }
    // Room for a small document's tape at once; a large one's is sized by its start (growTape()).
    m_document->m_tape.reserve(std::min(size_t(size / 8 + 16), FirstTapeRoom));
    try {
        const char *p = skipWhitespace(m_begin);
        parseValue(p, 0);
        p = skipWhitespace(p);
        if (p != m_end)
            throw ParseError{"Extra data", p};
    } catch (const ParseError &error) {
        if (m_arriving && m_arriving->stopped())
            return nullptr; // abandoned: no one reads the error, which counts characters from the start
        result->error = describeError(error, m_begin, result->errorChar);
        return nullptr;
    }
    m_document->m_spans.shrink_to_fit(); // those of containers in others were let go
    result->ok = true;
    return m_document;
}

std::shared_ptr<const Document> Document::build(QByteArray utf8, ParseResult *result)
{
    return DocumentBuilder(std::move(utf8)).build(result);
}

} // namespace zd::json
