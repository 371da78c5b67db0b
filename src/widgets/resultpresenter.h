#pragma once

#include "invoke/calltypes.h"

namespace Ui {
class MainWindow;
}

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

// Fills the result panel and the raw panels from one call's result; the body panels only when the
// body is at most renderLimit bytes (settings::RenderLimitBytes: larger ones wait to be asked for,
// so the window stays responsive; the data tree shows them at once). Returns whether the body was rendered.
bool presentResult(Ui::MainWindow &ui, const InvokeResult &result, qsizetype renderLimit);
void showBodyTexts(Ui::MainWindow &ui, const BodyTexts &texts);
void clearResult(Ui::MainWindow &ui);

} // namespace zd
