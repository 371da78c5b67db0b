#pragma once

#include "invoke/calltypes.h"

namespace Ui {
class MainWindow;
}

namespace zd {

// Bodies larger than this (the default of the "viewer/renderLimitBytes" setting) are not rendered into
// the text panels until asked, so the window stays responsive; the data tree shows them at once.
inline constexpr qsizetype DefaultRenderLimitBytes = 2 * 1024 * 1024;
// What "Show anyway" puts into a text panel at most; "Save body as" keeps all of it.
inline constexpr qsizetype MaxRenderedBodyChars = 16 * 1024 * 1024;

// The two text panels of a response: head and pretty-printed body, and the body as received (hex
// for binary bodies). Pure: runs in a worker thread for large bodies.
struct BodyTexts
{
    QString response;
    QString raw;
};
[[nodiscard]] BodyTexts renderBody(const HttpResponseData &response, qsizetype maxChars);

// Fills the result panel and the raw panels from one call's result; the body panels only when the
// body is at most renderLimit bytes. Returns whether the body was rendered.
bool presentResult(Ui::MainWindow &ui, const InvokeResult &result, qsizetype renderLimit);
void showBodyTexts(Ui::MainWindow &ui, const BodyTexts &texts);
void clearResult(Ui::MainWindow &ui);

} // namespace zd
