#pragma once

#include "invoke/calltypes.h"

namespace zd {

// What "Show anyway" puts into a text panel at most; "Save body as" keeps all of it.
inline constexpr qsizetype MaxRenderedBodyChars = 16 * 1024 * 1024;

// The two text panels of a response: head and pretty-printed body, and the body as received (hex
// for binary bodies). Pure: runs in a worker thread for large bodies.
struct BodyTexts
{
    QString response;
    QString raw;
};
[[nodiscard]] BodyTexts renderBody(const InvokeResult &result, qsizetype maxChars);

} // namespace zd
