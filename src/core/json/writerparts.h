#pragma once

#include "writer.h"
#include "writersink.h"

#include <QStringView>

namespace zd::json {
class Document;
}

namespace zd::json::detail {

struct LazyNode;

// Python's repr() of a float written into out (FloatReprBytes at least); returns its length.
constexpr qsizetype FloatReprBytes = 48;
qsizetype writeFloatRepr(char *out, double value);

// A JSON string literal of text, as json.dumps writes it (escapeSlash: "/" as "\/", as ujson does).
void putString(Sink &out, QStringView text, bool ensureAscii, bool escapeSlash);

// A line feed and the indentation of level (indent spaces each).
void putNewline(Sink &out, int indent, int level);

// A scalar of a Document (not a container), as every writer writes it.
void putDocumentScalar(Sink &out, const Document &document, quint32 index, const WriteOptions &options);

// A value of a Document, read from its bytes and tape, as the tree writer writes the same value.
void putDocumentValue(Sink &out, const LazyNode &node, const WriteOptions &options, int level);

} // namespace zd::json::detail
