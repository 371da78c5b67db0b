#pragma once

#include "invoke/calltypes.h"
#include "textview/linescan.h"
#include "view/textsource.h"

#include <memory>
#include <optional>
#include <vector>

namespace zd {

// The text panels of a response, as UTF-8: head and pretty-printed body (made on demand from the
// body's document, page by page, when it is JSON), the body as received (hex for binary bodies; the
// bytes themselves, shared, for text), and the decoded inner service response. Pure: runs in a
// worker thread for large bodies.
struct BodyTexts
{
    std::shared_ptr<const TextSource> response;
    // Its lines, found as it was written from the body's document (none for another: the view reads it).
    std::optional<std::vector<LineChunk>> responseLines;
    QByteArray raw;
    QByteArray inner; // empty when the result has none
};
[[nodiscard]] BodyTexts renderBody(const InvokeResult &result);

// Bodies up to this size are rendered at once; larger ones in a worker.
inline constexpr qsizetype RenderAtOnceBytes = 256 * 1024;
// A binary body is dumped as hex up to this many bytes ("Save body as" keeps all of it).
inline constexpr qsizetype MaxHexDumpBytes = 4 * 1024 * 1024;

} // namespace zd
