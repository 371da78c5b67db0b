#include "writer.h"

#include "document.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace zd::json {

namespace {

// Python's repr() of a float written into out (FloatReprBytes at least); returns its length.
constexpr qsizetype FloatReprBytes = 48;
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

void appendHexEscape(QByteArray &out, char16_t unit)
{
    static const char digits[] = "0123456789abcdef";
    const char escape[6] = {'\\',
                            'u',
                            digits[(unit >> 12) & 0xf],
                            digits[(unit >> 8) & 0xf],
                            digits[(unit >> 4) & 0xf],
                            digits[unit & 0xf]};
    out.append(escape, 6);
}

void appendString(QByteArray &out, const QString &text, bool ensureAscii, bool escapeSlash = false)
{
    const qsizetype size = text.size();
    // A large string gets room for itself at once (it is mostly one byte a unit), rather than
    // doubling the buffer past it; small ones keep the buffer's geometric growth.
    if (constexpr qsizetype large = 64 * 1024; size >= large && out.capacity() - out.size() < size + 2)
        out.reserve(out.size() + size + size / 8 + 2);
    out.append('"');
    const char16_t *units = reinterpret_cast<const char16_t *>(text.utf16());
    qsizetype i = 0;
    while (i < size) {
        const char16_t c = units[i];
        switch (c) {
        case u'"':
            out.append("\\\"", 2);
            break;
        case u'\\':
            out.append("\\\\", 2);
            break;
        case u'/':
            if (escapeSlash)
                out.append("\\/", 2);
            else
                out.append('/');
            break;
        case u'\n':
            out.append("\\n", 2);
            break;
        case u'\r':
            out.append("\\r", 2);
            break;
        case u'\t':
            out.append("\\t", 2);
            break;
        case u'\b':
            out.append("\\b", 2);
            break;
        case u'\f':
            out.append("\\f", 2);
            break;
        default:
            if (c >= 0x20 && c < 0x7f) {
                out.append(static_cast<char>(c));
            } else if (ensureAscii || c < 0x20) {
                appendHexEscape(out, c);
            } else {
                // Copy the run of non-ASCII units as UTF-8 (lone surrogates become U+FFFD).
                qsizetype j = i;
                while (j < size && units[j] >= 0x7f)
                    ++j;
                out.append(QStringView(text).mid(i, j - i).toUtf8());
                i = j;
                continue;
            }
            break;
        }
        ++i;
    }
    out.append('"');
}

void appendNumber(QByteArray &out, const Number &number)
{
    if (number.integer)
        out.append(number.text);
    else
        out.append(floatRepr(number.toDouble()));
}

void appendNewline(QByteArray &out, int indent, int level)
{
    out.append('\n');
    out.append(qsizetype(indent) * level, ' ');
}

// A string that is its own JSON text: ASCII with no escape, and nothing the options escape.
bool writesAsIs(QByteArrayView text, const WriteOptions &options)
{
    return !(options.compact && text.contains('/')) && !(options.ensureAscii && text.contains('\x7f'));
}

// Bytes appended to a QByteArray through a buffer of its own: a large document is written in many
// small pieces, which QByteArray::append() takes one by one at a far higher cost. Made with no
// QByteArray, it only counts the bytes it would write.
class Sink
{
public:
    explicit Sink(QByteArray *out) : m_out(out) {}
    ~Sink() { flush(); }
    Sink(const Sink &) = delete;
    Sink &operator=(const Sink &) = delete;

    void put(char c)
    {
        if (m_used == sizeof m_buffer)
            flush();
        m_buffer[m_used++] = c;
    }
    void put(QByteArrayView bytes)
    {
        if (size_t(bytes.size()) > sizeof m_buffer - m_used) {
            flush();
            if (size_t(bytes.size()) > sizeof m_buffer / 2) {
                if (m_out)
                    m_out->append(bytes);
                m_written += bytes.size();
                return;
            }
        }
        std::memcpy(m_buffer + m_used, bytes.data(), size_t(bytes.size()));
        m_used += size_t(bytes.size());
    }
    void spaces(qsizetype count)
    {
        for (qsizetype i = 0; i < count; ++i)
            put(' ');
    }
    // A string escaped as appendString() writes it.
    void putEscaped(const QString &text, bool ensureAscii, bool escapeSlash)
    {
        flush();
        QByteArray &target = m_out ? *m_out : m_scratch;
        const qsizetype before = target.size();
        appendString(target, text, ensureAscii, escapeSlash);
        m_written += target.size() - before;
        if (!m_out)
            m_scratch.resize(0);
    }
    void flush()
    {
        if (m_out)
            m_out->append(m_buffer, qsizetype(m_used));
        m_written += qsizetype(m_used);
        m_used = 0;
    }
    // The bytes written (or counted) so far.
    [[nodiscard]] qsizetype written() const { return m_written + qsizetype(m_used); }

private:
    QByteArray *m_out;
    QByteArray m_scratch;
    char m_buffer[16384];
    size_t m_used = 0;
    qsizetype m_written = 0;
};

// The same as appendValue() for a value of a Document, read from its bytes and tape.
void appendDocumentValue(Sink &out, const Document &document, Document::Index index,
                         const WriteOptions &options, int level)
{
    const bool pretty = options.indent >= 0;
    const char *separator = pretty || options.compact ? "," : ", ";
    const char *keySeparator = options.compact ? ":" : ": ";
    const auto newline = [&](int at) {
        out.put('\n');
        out.spaces(qsizetype(options.indent) * at);
    };
    const auto appendKey = [&](Document::Index key) {
        const std::optional<QByteArrayView> plain = document.plainString(key);
        if (plain && writesAsIs(*plain, options)) {
            out.put('"');
            out.put(*plain);
            out.put('"');
        } else {
            out.putEscaped(document.string(key), options.ensureAscii, options.compact);
        }
    };
    switch (document.type(index)) {
    case Value::Type::Null:
        out.put("null");
        return;
    case Value::Type::Bool:
        out.put(document.boolean(index) ? "true" : "false");
        return;
    case Value::Type::Number:
        if (document.isInteger(index))
            out.put(document.numberText(index));
        else {
            char text[FloatReprBytes];
            out.put(QByteArrayView(text, writeFloatRepr(text, Number::toDouble(document.numberText(index)))));
        }
        return;
    case Value::Type::String:
        appendKey(index);
        return;
    case Value::Type::Array: {
        const Document::Index end = document.next(index);
        if (end == index + 1) {
            out.put("[]");
            return;
        }
        out.put('[');
        for (Document::Index item = index + 1; item < end; item = document.next(item)) {
            if (item != index + 1)
                out.put(separator);
            if (pretty)
                newline(level + 1);
            appendDocumentValue(out, document, item, options, level + 1);
        }
        if (pretty)
            newline(level);
        out.put(']');
        return;
    }
    case Value::Type::Object: {
        const Document::Index end = document.next(index);
        if (end == index + 1) {
            out.put("{}");
            return;
        }
        out.put('{');
        bool first = true;
        const auto appendMember = [&](Document::Index key, Document::Index item) {
            if (!first)
                out.put(separator);
            first = false;
            if (pretty)
                newline(level + 1);
            appendKey(key);
            out.put(keySeparator);
            appendDocumentValue(out, document, item, options, level + 1);
        };
        if (document.hasRepeatedKeys(index)) {
            for (const auto &[key, item] : document.members(index))
                appendMember(key, item);
        } else {
            for (Document::Index key = index + 1; key < end; key = document.next(key + 1))
                appendMember(key, key + 1);
        }
        if (pretty)
            newline(level);
        out.put('}');
        return;
    }
    }
}

// A document value of at least this many entries is counted before it is written, so that its text
// is made in one allocation of its size: growing it by doubling would hold up to three times as much
// at once (the old buffer, and the new one half empty).
constexpr Document::Index CountFirstEntries = 4096;

// Whether out may lack room for a document value's text: always, unless the value is a whole
// document and out has room for a quarter more than its bytes (a caller that reserved it).
bool mayOutgrow(const QByteArray &out, const detail::LazyNode &node, const WriteOptions &options)
{
    if (options.indent >= 0 || node.index != 0)
        return true;
    const qsizetype bytes = node.document->bytes().size();
    return out.capacity() - out.size() < bytes + bytes / 4;
}

// Not inlined, so the Sink's buffer is never part of appendValue's frame (which recurses).
[[gnu::noinline]] void appendDocument(QByteArray &out, const detail::LazyNode &node,
                                      const WriteOptions &options, int level)
{
    const Document &document = *node.document;
    if (document.next(node.index) - node.index >= CountFirstEntries && mayOutgrow(out, node, options)) {
        Sink counter(nullptr);
        appendDocumentValue(counter, document, node.index, options, level);
        out.reserve(out.size() + counter.written());
    }
    Sink sink(&out);
    appendDocumentValue(sink, document, node.index, options, level);
}

void appendValue(QByteArray &out, const Value &value, const WriteOptions &options, int level)
{
    if (const detail::LazyNode *node = value.lazyNode()) {
        appendDocument(out, *node, options, level);
        return;
    }
    const bool pretty = options.indent >= 0;
    const char *separator = pretty || options.compact ? "," : ", ";
    const char *keySeparator = options.compact ? ":" : ": ";
    switch (value.type()) {
    case Value::Type::Null:
        out.append("null");
        return;
    case Value::Type::Bool:
        out.append(value.toBool() ? "true" : "false");
        return;
    case Value::Type::Number:
        appendNumber(out, value.toNumber());
        return;
    case Value::Type::String:
        appendString(out, value.toString(), options.ensureAscii, options.compact);
        return;
    case Value::Type::Array: {
        const Array &array = value.toArray();
        if (array.empty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        bool first = true;
        for (const Value &item : array) {
            if (!first)
                out.append(separator);
            first = false;
            if (pretty)
                appendNewline(out, options.indent, level + 1);
            appendValue(out, item, options, level + 1);
        }
        if (pretty)
            appendNewline(out, options.indent, level);
        out.append(']');
        return;
    }
    case Value::Type::Object: {
        const Object &object = value.toObject();
        if (object.empty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        bool first = true;
        for (const Member &member : object) {
            if (!first)
                out.append(separator);
            first = false;
            if (pretty)
                appendNewline(out, options.indent, level + 1);
            appendString(out, member.key, options.ensureAscii, options.compact);
            out.append(keySeparator);
            appendValue(out, member.value, options, level + 1);
        }
        if (pretty)
            appendNewline(out, options.indent, level);
        out.append('}');
        return;
    }
    }
}

} // namespace

QByteArray floatRepr(double value)
{
    char buffer[FloatReprBytes];
    return QByteArray(buffer, writeFloatRepr(buffer, value));
}

QByteArray quote(const QString &text, bool ensureAscii)
{
    QByteArray out;
    appendString(out, text, ensureAscii);
    return out;
}

QByteArray dumps(const Value &value, const WriteOptions &options)
{
    QByteArray out;
    appendValue(out, value, options, 0);
    return out;
}

void appendDumps(QByteArray &out, const Value &value, const WriteOptions &options)
{
    appendValue(out, value, options, 0);
}

} // namespace zd::json
