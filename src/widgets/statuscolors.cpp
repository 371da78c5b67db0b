#include "statuscolors.h"

#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QVariant>
#include <QWidget>
#include <cmath>
#include <initializer_list>

namespace zd {

namespace {

const char statusRoleProperty[] = "statusRole";
// Above the minimum, so that the slightly different shades styles draw panes and frames in (and
// rounding to 8-bit channels) never bring a colour under it.
constexpr double targetContrast = MinimumContrast + 0.5;

const QColor errorHue(0xd0, 0x30, 0x40);
const QColor successHue(0x2e, 0x9a, 0x3e);
const QColor warningHue(0xf0, 0xb4, 0x00);

double relativeLuminance(const QColor &colour)
{
    const auto linear = [](float channel) {
        return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

QColor mix(const QColor &from, const QColor &to, double amount)
{
    const auto channel = [amount](int a, int b) { return int(std::lround(a + (b - a) * amount)); };
    return QColor(channel(from.red(), to.red()), channel(from.green(), to.green()),
                  channel(from.blue(), to.blue()));
}

double leastContrast(const QColor &colour, std::initializer_list<QColor> backgrounds)
{
    double least = 21.0;
    for (const QColor &background : backgrounds)
        least = std::min(least, contrastRatio(colour, background));
    return least;
}

// colour, moved towards black or white (whichever reads better on the backgrounds) just as far as
// it takes to keep the target contrast on every one of them.
QColor readableOn(QColor colour, std::initializer_list<QColor> backgrounds)
{
    const QColor extreme = leastContrast(Qt::white, backgrounds) > leastContrast(Qt::black, backgrounds)
                               ? QColor(Qt::white)
                               : QColor(Qt::black);
    for (int step = 0; step < 40 && leastContrast(colour, backgrounds) < targetContrast; ++step)
        colour = mix(colour, extreme, 0.1);
    return leastContrast(colour, backgrounds) < targetContrast ? extreme : colour;
}

bool isDark(const QPalette &palette)
{
    return relativeLuminance(palette.color(QPalette::Base)) <
           relativeLuminance(palette.color(QPalette::Text));
}

StatusColors tinted(const QPalette &palette, QPalette::ColorRole surface, const QColor &hue, QColor text)
{
    StatusColors colours;
    colours.background = mix(palette.color(surface), hue, isDark(palette) ? 0.35 : 0.25);
    colours.foreground = readableOn(std::move(text), {colours.background});
    return colours;
}

// The palette a widget would have without colours of its own.
QPalette inheritedPalette(const QWidget *widget)
{
    return widget->parentWidget() && !widget->isWindow() ? widget->parentWidget()->palette()
                                                         : QApplication::palette(widget);
}

StatusRole roleOf(const QWidget *widget)
{
    const QString role = widget->property(statusRoleProperty).toString();
    return role == u"error" ? StatusRole::Error : role == u"warning" ? StatusRole::Warning : StatusRole::None;
}

void applyRole(QWidget *widget, StatusRole role)
{
    if (role == StatusRole::None) {
        if (widget->testAttribute(Qt::WA_SetPalette))
            widget->setPalette(QPalette());
        widget->setAutoFillBackground(false);
        return;
    }
    const QPalette inherited = inheritedPalette(widget);
    QPalette palette = widget->palette();
    if (role == StatusRole::Error) {
        palette.setColor(QPalette::WindowText, errorTextColor(inherited));
    } else {
        const StatusColors warning = warningColors(inherited);
        palette.setColor(QPalette::Window, warning.background);
        palette.setColor(QPalette::WindowText, warning.foreground);
        widget->setAutoFillBackground(true);
    }
    // Setting the palette sends another PaletteChange: only set it when something differs.
    if (palette != widget->palette() || !widget->testAttribute(Qt::WA_SetPalette))
        widget->setPalette(palette);
}

// Applies the "statusRole" property when a widget is first polished and again whenever its palette
// changes, which is how a colour scheme change reaches it.
class StatusRoleFollower : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const QEvent::Type type = event->type();
        if ((type == QEvent::Polish || type == QEvent::PaletteChange) && watched->isWidgetType()) {
            auto *widget = static_cast<QWidget *>(watched);
            const StatusRole role = roleOf(widget);
            if (role != StatusRole::None)
                applyRole(widget, role);
        }
        return QObject::eventFilter(watched, event);
    }
};

class PaletteFollower : public QObject
{
public:
    PaletteFollower(QWidget *widget, std::function<void()> apply) : QObject(widget), m_apply(std::move(apply))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange && watched == parent())
            m_apply();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_apply;
};

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor errorTextColor(const QPalette &palette)
{
    // Also on the shades a style draws panes in (a tab page is a little lighter or darker than Window).
    const QColor window = palette.color(QPalette::Window);
    return readableOn(errorHue, {window, palette.color(QPalette::Base), palette.color(QPalette::Button),
                                 window.lighter(112), window.darker(112)});
}

StatusColors successColors(const QPalette &palette)
{
    return tinted(palette, QPalette::Base, successHue, palette.color(QPalette::Text));
}

StatusColors failureColors(const QPalette &palette)
{
    return tinted(palette, QPalette::Base, errorHue, palette.color(QPalette::Text));
}

StatusColors warningColors(const QPalette &palette)
{
    return tinted(palette, QPalette::Window, warningHue, warningHue);
}

void setStatusRole(QWidget *widget, StatusRole role)
{
    followStatusRoles();
    widget->setProperty(statusRoleProperty, role == StatusRole::Error     ? QStringLiteral("error")
                                            : role == StatusRole::Warning ? QStringLiteral("warning")
                                                                          : QString());
    applyRole(widget, role);
}

void followStatusRoles()
{
    static QPointer<StatusRoleFollower> follower;
    if (follower || !qApp)
        return;
    follower = new StatusRoleFollower(qApp);
    qApp->installEventFilter(follower);
    for (QWidget *widget : QApplication::allWidgets()) // those polished before
        if (roleOf(widget) != StatusRole::None)
            applyRole(widget, roleOf(widget));
}

void onPaletteChange(QWidget *widget, std::function<void()> apply)
{
    new PaletteFollower(widget, std::move(apply));
}

} // namespace zd
