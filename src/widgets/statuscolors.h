#pragma once

#include <QColor>
#include <QPalette>
#include <functional>

class QWidget;

namespace zd {

// Colours that say something (an error, a pass, a failure, a warning), derived from a palette so that
// the light and the dark scheme both read: every foreground keeps at least MinimumContrast (WCAG 2)
// against the background it is drawn on.
inline constexpr double MinimumContrast = 4.5;

// The WCAG 2 contrast ratio of two opaque colours, from 1 (equal) to 21 (black on white).
[[nodiscard]] double contrastRatio(const QColor &a, const QColor &b);

struct StatusColors
{
    QColor background;
    QColor foreground;
};

// Red text readable on the palette's Window and Base.
[[nodiscard]] QColor errorTextColor(const QPalette &palette);
// Green and red tints of Base for passed and failed items, with the text to draw on them.
[[nodiscard]] StatusColors successColors(const QPalette &palette);
[[nodiscard]] StatusColors failureColors(const QPalette &palette);
// An amber tint of Window for warning banners, with amber text that reads on it.
[[nodiscard]] StatusColors warningColors(const QPalette &palette);

// A widget's status colours, kept up to date when the colour scheme changes. A Designer form sets
// them with the dynamic property "statusRole" ("error" or "warning"); code calls setStatusRole().
enum class StatusRole { None, Error, Warning };
void setStatusRole(QWidget *widget, StatusRole role);
// Starts following the "statusRole" property of every widget, present and future (idempotent).
void followStatusRoles();

// Calls apply whenever widget's palette changes (the colour scheme switched), for colours that were
// computed from it, such as those of table items.
void onPaletteChange(QWidget *widget, std::function<void()> apply);

} // namespace zd
