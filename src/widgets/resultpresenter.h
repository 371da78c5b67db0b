#pragma once

#include "invoke/calltypes.h"

namespace Ui {
class MainWindow;
}

namespace zd {

// Fills the result panel and the raw panels of the main window from one call's result.
void presentResult(Ui::MainWindow &ui, const InvokeResult &result);
void clearResult(Ui::MainWindow &ui);

// Bodies larger than this are shown cut, so the window stays responsive; the whole body is kept.
inline constexpr qsizetype MaxShownBodyBytes = 2 * 1024 * 1024;

} // namespace zd
