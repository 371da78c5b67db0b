#pragma once

#include "value.h"

#include <QByteArray>
#include <QByteArrayView>
#include <functional>

namespace zd::json {

struct WriteOptions
{
    // Python's ensure_ascii: every code point outside printable ASCII becomes \uXXXX.
    bool ensureAscii = true;
    // Python's indent: -1 writes one line with ", " and ": " separators; N >= 0 writes one member
    // per line, indented by N spaces per level, with "," and ": ".
    int indent = -1;
    // ujson's compact form, as a Zato 3.2 server writes: "," and ":" with no spaces, "/" as "\/".
    bool compact = false;
};

// Writes value exactly as Python's json.dumps(value) would (3.x defaults), so request bodies are
// byte-identical to those of Zato's Python clients.
[[nodiscard]] QByteArray dumps(const Value &value, const WriteOptions &options = {});
// The same, appended to out: no second copy when the value is large.
void appendDumps(QByteArray &out, const Value &value, const WriteOptions &options = {});
// The same, handed to write in pieces as it is made (up to 64 KiB each, a long string's text at
// once), so a large value is never held whole.
void writeDumps(const Value &value, const WriteOptions &options,
                const std::function<void(QByteArrayView)> &write);

// Python's repr() of a float: shortest round-trip digits, scientific below 1e-4 and from 1e16.
[[nodiscard]] QByteArray floatRepr(double value);

// The JSON string literal of text, quotes included.
[[nodiscard]] QByteArray quote(const QString &text, bool ensureAscii = true);

} // namespace zd::json
