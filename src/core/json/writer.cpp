#include "writer.h"

#include "document.h"

#include <charconv>
#include <cmath>

namespace zd::json {

namespace {

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

// The same as appendValue() for a value of a Document, read from its bytes and tape.
void appendDocumentValue(QByteArray &out, const Document &document, Document::Index index,
                         const WriteOptions &options, int level)
{
    const bool pretty = options.indent >= 0;
    const char *separator = pretty || options.compact ? "," : ", ";
    const char *keySeparator = options.compact ? ":" : ": ";
    const auto appendKey = [&](Document::Index key) {
        const std::optional<QByteArrayView> plain = document.plainString(key);
        if (plain && writesAsIs(*plain, options)) {
            out.append('"');
            out.append(*plain);
            out.append('"');
        } else {
            appendString(out, document.string(key), options.ensureAscii, options.compact);
        }
    };
    switch (document.type(index)) {
    case Value::Type::Null:
        out.append("null");
        return;
    case Value::Type::Bool:
        out.append(document.boolean(index) ? "true" : "false");
        return;
    case Value::Type::Number:
        appendNumber(out, document.number(index));
        return;
    case Value::Type::String:
        appendKey(index);
        return;
    case Value::Type::Array: {
        const Document::Index end = document.next(index);
        if (end == index + 1) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (Document::Index item = index + 1; item < end; item = document.next(item)) {
            if (item != index + 1)
                out.append(separator);
            if (pretty)
                appendNewline(out, options.indent, level + 1);
            appendDocumentValue(out, document, item, options, level + 1);
        }
        if (pretty)
            appendNewline(out, options.indent, level);
        out.append(']');
        return;
    }
    case Value::Type::Object: {
        const auto members = document.members(index);
        if (members.empty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        bool first = true;
        for (const auto &[key, item] : members) {
            if (!first)
                out.append(separator);
            first = false;
            if (pretty)
                appendNewline(out, options.indent, level + 1);
            appendKey(key);
            out.append(keySeparator);
            appendDocumentValue(out, document, item, options, level + 1);
        }
        if (pretty)
            appendNewline(out, options.indent, level);
        out.append('}');
        return;
    }
    }
}

void appendValue(QByteArray &out, const Value &value, const WriteOptions &options, int level)
{
    if (const detail::LazyNode *node = value.lazyNode()) {
        appendDocumentValue(out, *node->document, node->index, options, level);
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
    if (std::isnan(value))
        return QByteArrayLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QByteArrayLiteral("Infinity") : QByteArrayLiteral("-Infinity");

    // Shortest round-trip digits in the form [-]d[.ddd]e(+|-)XX.
    char buffer[64];
    const auto [end, ec] =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    Q_UNUSED(ec);
    const QByteArrayView text(buffer, end - buffer);
    const qsizetype ePos = text.indexOf('e');
    const bool negative = text.front() == '-';
    QByteArray digits;
    for (char c : text.first(ePos)) {
        if (c >= '0' && c <= '9')
            digits.append(c);
    }
    const int exponent = text.sliced(ePos + 1).toInt();
    const int decimalPoint = exponent + 1; // digits are 0.DDDD x 10^decimalPoint

    QByteArray out;
    if (negative)
        out.append('-');
    if (decimalPoint > -4 && decimalPoint <= 16) {
        if (decimalPoint <= 0) {
            out.append("0.");
            out.append(QByteArray(-decimalPoint, '0'));
            out.append(digits);
        } else if (decimalPoint >= digits.size()) {
            out.append(digits);
            out.append(QByteArray(decimalPoint - digits.size(), '0'));
            out.append(".0");
        } else {
            out.append(digits.left(decimalPoint));
            out.append('.');
            out.append(digits.mid(decimalPoint));
        }
        return out;
    }
    out.append(digits.front());
    if (digits.size() > 1) {
        out.append('.');
        out.append(digits.mid(1));
    }
    out.append('e');
    out.append(exponent < 0 ? '-' : '+');
    const int magnitude = exponent < 0 ? -exponent : exponent;
    if (magnitude < 10)
        out.append('0');
    out.append(QByteArray::number(magnitude));
    return out;
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
