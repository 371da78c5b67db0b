#include "writer.h"

#include "document.h"
#include "writerparts.h"

namespace zd::json {

namespace detail {

namespace {

// Whether a UTF-16 unit is written as it is, one byte.
bool isPlainUnit(char16_t unit, bool escapeSlash)
{
    return unit >= 0x20 && unit < 0x7f && unit != u'"' && unit != u'\\' && !(escapeSlash && unit == u'/');
}

void putHexEscape(Sink &out, char16_t unit)
{
    static const char digits[] = "0123456789abcdef";
    char *at = out.room(6);
    at[0] = '\\';
    at[1] = 'u';
    at[2] = digits[(unit >> 12) & 0xf];
    at[3] = digits[(unit >> 8) & 0xf];
    at[4] = digits[(unit >> 4) & 0xf];
    at[5] = digits[unit & 0xf];
    out.advance(6);
}

} // namespace

void putString(Sink &out, QStringView text, bool ensureAscii, bool escapeSlash)
{
    const qsizetype size = text.size();
    const char16_t *units = text.utf16();
    out.put('"');
    qsizetype i = 0;
    while (i < size) {
        // A run of units that are their own text, narrowed a piece at a time.
        qsizetype run = i;
        while (run < size && isPlainUnit(units[run], escapeSlash))
            ++run;
        while (i < run) {
            const qsizetype count = qMin(run - i, Sink::PieceBytes);
            char *at = out.room(count);
            for (qsizetype k = 0; k < count; ++k)
                at[k] = char(units[i + k]);
            out.advance(count);
            i += count;
        }
        if (i == size)
            break;
        const char16_t c = units[i];
        switch (c) {
        case u'"':
            out.put("\\\"");
            break;
        case u'\\':
            out.put("\\\\");
            break;
        case u'/':
            out.put("\\/");
            break;
        case u'\n':
            out.put("\\n");
            break;
        case u'\r':
            out.put("\\r");
            break;
        case u'\t':
            out.put("\\t");
            break;
        case u'\b':
            out.put("\\b");
            break;
        case u'\f':
            out.put("\\f");
            break;
        default:
            if (ensureAscii || c < 0x20) {
                putHexEscape(out, c);
            } else {
                // Copy the run of non-ASCII units as UTF-8 (lone surrogates become U+FFFD).
                qsizetype j = i;
                while (j < size && units[j] >= 0x7f)
                    ++j;
                out.put(text.mid(i, j - i).toUtf8());
                i = j;
                continue;
            }
            break;
        }
        ++i;
    }
    out.put('"');
}

void putNewline(Sink &out, int indent, int level)
{
    // A line feed and the spaces of most indentations, written as one piece.
    static constexpr char newlineSpaces[] =
        "\n                                                                "
        "                                                                ";
    constexpr qsizetype most = sizeof newlineSpaces - 1;
    qsizetype bytes = 1 + qsizetype(indent) * level;
    if (bytes <= most) {
        out.put(QByteArrayView(newlineSpaces, bytes));
        return;
    }
    out.put('\n');
    for (--bytes; bytes > 0; bytes -= most - 1)
        out.put(QByteArrayView(newlineSpaces + 1, qMin(bytes, most - 1)));
}

} // namespace detail

namespace {

using detail::putNewline;
using detail::Sink;

void putValue(Sink &out, const Value &value, const WriteOptions &options, int level)
{
    if (const detail::LazyNode *node = value.lazyNode()) {
        detail::putDocumentValue(out, *node, options, level);
        return;
    }
    const bool pretty = options.indent >= 0;
    const QByteArrayView separator = pretty || options.compact ? QByteArrayView(",") : QByteArrayView(", ");
    const QByteArrayView keySeparator = options.compact ? QByteArrayView(":") : QByteArrayView(": ");
    switch (value.type()) {
    case Value::Type::Null:
        out.put("null");
        return;
    case Value::Type::Bool:
        out.put(value.toBool() ? QByteArrayView("true") : QByteArrayView("false"));
        return;
    case Value::Type::Number:
        if (const Number &number = value.toNumber(); number.integer) {
            out.put(number.text);
        } else {
            char *at = out.room(detail::FloatReprBytes);
            out.advance(detail::writeFloatRepr(at, number.toDouble()));
        }
        return;
    case Value::Type::String:
        detail::putString(out, value.toString(), options.ensureAscii, options.compact);
        return;
    case Value::Type::Array: {
        const Array &array = value.toArray();
        if (array.empty()) {
            out.put("[]");
            return;
        }
        out.put('[');
        bool first = true;
        for (const Value &item : array) {
            if (!first)
                out.put(separator);
            first = false;
            if (pretty)
                putNewline(out, options.indent, level + 1);
            putValue(out, item, options, level + 1);
        }
        if (pretty)
            putNewline(out, options.indent, level);
        out.put(']');
        return;
    }
    case Value::Type::Object: {
        const Object &object = value.toObject();
        if (object.empty()) {
            out.put("{}");
            return;
        }
        out.put('{');
        bool first = true;
        for (const Member &member : object) {
            if (!first)
                out.put(separator);
            first = false;
            if (pretty)
                putNewline(out, options.indent, level + 1);
            detail::putString(out, member.key, options.ensureAscii, options.compact);
            out.put(keySeparator);
            putValue(out, member.value, options, level + 1);
        }
        if (pretty)
            putNewline(out, options.indent, level);
        out.put('}');
        return;
    }
    }
}

} // namespace

QByteArray quote(const QString &text, bool ensureAscii)
{
    QByteArray out;
    Sink sink(out);
    detail::putString(sink, text, ensureAscii, false);
    sink.finish();
    return out;
}

QByteArray dumps(const Value &value, const WriteOptions &options)
{
    QByteArray out;
    appendDumps(out, value, options);
    return out;
}

void appendDumps(QByteArray &out, const Value &value, const WriteOptions &options)
{
    Sink sink(out);
    putValue(sink, value, options, 0);
    sink.finish();
}

void writeDumps(const Value &value, const WriteOptions &options,
                const std::function<void(QByteArrayView)> &write)
{
    Sink sink(write);
    putValue(sink, value, options, 0);
    sink.finish();
}

} // namespace zd::json
