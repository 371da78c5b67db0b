#pragma once

#include "value.h"

#include <QByteArrayView>
#include <QString>

namespace zd::json {

struct ParseResult
{
    Value value;
    bool ok = false;
    // On failure: Python's json.loads message, e.g. "Expecting value: line 1 column 1 (char 0)".
    QString error;
    qsizetype errorChar = -1; // character (code point) index of the error
};

// Parses UTF-8 JSON text with the rules of Python's json.loads (3.11, strict mode): any top-level
// value, surrounding whitespace, NaN/Infinity, lone surrogate escapes, the last of duplicate keys
// kept at the first one's position, trailing data an error. Invalid UTF-8 becomes U+FFFD, as the
// text of a requests response would.
[[nodiscard]] ParseResult parse(QByteArrayView utf8);

// The nesting depth above which parse() fails rather than recurse further.
inline constexpr int MaxDepth = 1000;

} // namespace zd::json
