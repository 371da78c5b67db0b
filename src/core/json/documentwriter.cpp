#include "document.h"
#include "writerparts.h"

namespace zd::json::detail {

namespace {

using Index = Document::Index;

class DocumentWriter
{
public:
    DocumentWriter(Sink &out, const Document &document, const WriteOptions &options)
        : m_out(out), m_document(document), m_options(options), m_pretty(options.indent >= 0),
          m_separator(m_pretty || options.compact ? QByteArrayView(",") : QByteArrayView(", ")),
          m_keySeparator(options.compact ? QByteArrayView(":") : QByteArrayView(": ")),
          m_verbatim(!m_pretty && !options.compact)
    {}

    void value(Index index, int level)
    {
        switch (m_document.type(index)) {
        case Value::Type::Null:
        case Value::Type::Bool:
        case Value::Type::Number:
        case Value::Type::String:
            putDocumentScalar(m_out, m_document, index, m_options);
            return;
        case Value::Type::Array:
            if (!putVerbatim(index))
                array(index, level);
            return;
        case Value::Type::Object:
            if (!putVerbatim(index))
                object(index, level);
            return;
        }
    }

private:
    // A container whose bytes are already what is written here is copied whole.
    bool putVerbatim(Index index)
    {
        if (!m_verbatim)
            return false;
        const std::optional<QByteArrayView> text = m_document.verbatimText(index);
        if (!text)
            return false;
        m_out.put(*text);
        return true;
    }

    void newline(int level) { putNewline(m_out, m_options.indent, level); }

    // What comes before an item or member of a container at level: a separator after the first, and
    // its own line when pretty.
    void beforeItem(bool first, int level)
    {
        if (!first)
            m_out.put(m_separator);
        if (m_pretty)
            newline(level + 1);
    }

    // The end of a container at level that has items: the closing bracket, on its own line when pretty.
    void close(char bracket, int level)
    {
        if (m_pretty)
            newline(level);
        m_out.put(bracket);
    }

    void array(Index index, int level)
    {
        const Index end = m_document.next(index);
        if (end == index + 1) {
            m_out.put("[]");
            return;
        }
        m_out.put('[');
        for (Index item = index + 1; item < end; item = m_document.next(item)) {
            beforeItem(item == index + 1, level);
            value(item, level + 1);
        }
        close(']', level);
    }

    void member(Index key, Index item, bool first, int level)
    {
        beforeItem(first, level);
        putDocumentScalar(m_out, m_document, key, m_options);
        m_out.put(m_keySeparator);
        value(item, level + 1);
    }

    void object(Index index, int level)
    {
        const Index end = m_document.next(index);
        if (end == index + 1) {
            m_out.put("{}");
            return;
        }
        m_out.put('{');
        if (m_document.hasRepeatedKeys(index)) {
            bool first = true;
            for (const auto &[key, item] : m_document.members(index)) {
                member(key, item, first, level);
                first = false;
            }
        } else {
            for (Index key = index + 1; key < end; key = m_document.next(key + 1))
                member(key, key + 1, key == index + 1, level);
        }
        close('}', level);
    }

    Sink &m_out;
    const Document &m_document;
    const WriteOptions &m_options;
    const bool m_pretty;
    const QByteArrayView m_separator;
    const QByteArrayView m_keySeparator;
    const bool m_verbatim; // ", " and ": ", as verbatimText() has them
};

} // namespace

void putDocumentScalar(Sink &out, const Document &document, Document::Index index,
                       const WriteOptions &options)
{
    switch (document.type(index)) {
    case Value::Type::Null:
        out.put("null");
        return;
    case Value::Type::Bool:
        out.put(document.boolean(index) ? QByteArrayView("true") : QByteArrayView("false"));
        return;
    case Value::Type::Number: {
        const QByteArrayView text = document.numberText(index);
        if (document.isInteger(index) || document.isVerbatim(index)) {
            out.put(text);
            return;
        }
        char *at = out.room(FloatReprBytes);
        out.advance(writeFloatRepr(at, Number::toDouble(text)));
        return;
    }
    case Value::Type::String:
        // A string that is its own JSON text (ASCII with no escape, and nothing the options escape)
        // is copied from the bytes; any other is read and written again. A plain string that is not
        // verbatim holds a DEL.
        if (const std::optional<QByteArrayView> plain = document.plainString(index)) {
            if (!(options.compact && plain->contains('/')) &&
                !(options.ensureAscii && !document.isVerbatim(index))) {
                out.put('"');
                out.put(*plain);
                out.put('"');
                return;
            }
        }
        putString(out, document.string(index), options.ensureAscii, options.compact);
        return;
    case Value::Type::Array:
    case Value::Type::Object:
        break;
    }
    Q_ASSERT(false); // containers are written by their writers
}

void putDocumentValue(Sink &out, const LazyNode &node, const WriteOptions &options, int level)
{
    DocumentWriter(out, *node.document, options).value(node.index, level);
}

} // namespace zd::json::detail
