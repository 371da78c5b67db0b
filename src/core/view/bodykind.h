#pragma once

#include <QByteArray>
#include <QString>

namespace zd {

// What a body is, before anything tries to show it: JSON, other UTF-8 text, or bytes that are not
// text (invalid UTF-8, or control characters no text has), which are shown as hex, never mangled.
enum class BodyKind { Empty, Json, Text, Binary };

[[nodiscard]] BodyKind classifyBody(const QByteArray &body);
// Not UTF-8 text (what classifyBody() calls Binary), without parsing the body as JSON.
[[nodiscard]] bool isBinaryBody(const QByteArray &body);
// True when bytes are valid UTF-8 without NUL or other C0 controls but tab, line feed, carriage
// return and form feed.
[[nodiscard]] bool looksLikeText(const QByteArray &bytes);
// A classic hex dump: offset, 16 bytes in hex, and those bytes as ASCII ('.' for the others), of at
// most limit bytes, with a last line saying how many were left out.
[[nodiscard]] QString hexDump(const QByteArray &bytes, qsizetype limit = 64 * 1024);

} // namespace zd
