#include "appearance.h"

#include "statuscolors.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace zd {

namespace {

const QString portalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString portalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString portalSettings = QStringLiteral("org.freedesktop.portal.Settings");
const QString appearanceGroup = QStringLiteral("org.freedesktop.appearance");
const QString colorSchemeKeyName = QStringLiteral("color-scheme");

// The portal wraps the value in one or two variants depending on its version.
uint unwrap(QVariant value)
{
    while (value.canConvert<QDBusVariant>() && value.userType() == qMetaTypeId<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
    return value.toUInt();
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80), highlight(0x35, 0x74, 0xf0);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8c, 0x8c)); // 4.5:1 on Base, unlike disabled
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.darker(120));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, highlight.lighter(130));
    p.setColor(QPalette::LinkVisited, highlight.lighter(110));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

// Qt 6.4 leaves some widgets on the old palette after QApplication::setPalette (a label with its
// own font kept black text on the dark scheme); resetting their inherited palette fixes that.
void refreshInheritedPalettes()
{
    for (QWidget *widget : QApplication::allWidgets())
        if (!widget->testAttribute(Qt::WA_SetPalette))
            widget->setPalette(QPalette());
}

} // namespace

QString colorSchemeKey(ColorScheme scheme)
{
    switch (scheme) {
    case ColorScheme::Light:
        return QStringLiteral("light");
    case ColorScheme::Dark:
        return QStringLiteral("dark");
    case ColorScheme::System:
        break;
    }
    return QStringLiteral("system");
}

ColorScheme colorSchemeFromKey(const QString &key)
{
    if (key == u"light")
        return ColorScheme::Light;
    if (key == u"dark")
        return ColorScheme::Dark;
    return ColorScheme::System;
}

void applyColorScheme(ColorScheme scheme, std::optional<bool> systemDark)
{
    // Error texts and warning banners take their colours from whichever palette is set below.
    followStatusRoles();
    // The platform's own style and palette, kept from the first call, are what "system" returns to.
    static const QString platformStyle = QApplication::style()->name();
    static const QPalette platformPalette = QApplication::palette();
    const bool dark =
        scheme == ColorScheme::Dark || (scheme == ColorScheme::System && systemDark.value_or(false));
    const bool light = scheme == ColorScheme::Light || (scheme == ColorScheme::System && systemDark == false);
    if (dark || (light && platformPalette.color(QPalette::Window).lightness() < 128)) {
        // Fusion draws every palette faithfully; the platform style may ignore a dark one.
        if (QApplication::style()->name() != u"fusion")
            QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
    } else {
        if (QApplication::style()->name() != platformStyle)
            QApplication::setStyle(QStyleFactory::create(platformStyle));
        QApplication::setPalette(platformPalette);
    }
    refreshInheritedPalettes();
}

bool paletteIsDark()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

SystemColorScheme::SystemColorScheme(QObject *parent) : QObject(parent)
{
    if (qEnvironmentVariable("GTK_THEME").endsWith(u":dark"))
        m_dark = true;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    bus.connect(portalService, portalPath, portalSettings, QStringLiteral("SettingChanged"), this,
                SLOT(onSettingChanged(QString, QString, QVariant)));
    QDBusMessage read =
        QDBusMessage::createMethodCall(portalService, portalPath, portalSettings, QStringLiteral("Read"));
    read << appearanceGroup << colorSchemeKeyName;
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(read, 2000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
        call->deleteLater();
        const QDBusPendingReply<QVariant> reply = *call;
        if (!reply.isError()) // no portal, or one without the key: the environment's answer stands
            setFromPortal(unwrap(reply.value()));
    });
}

void SystemColorScheme::onSettingChanged(const QString &group, const QString &key, const QVariant &value)
{
    if (group == appearanceGroup && key == colorSchemeKeyName)
        setFromPortal(unwrap(value));
}

void SystemColorScheme::setFromPortal(uint value)
{
    // 0: no preference, 1: prefers dark, 2: prefers light.
    const std::optional<bool> dark = value == 1   ? std::optional(true)
                                     : value == 2 ? std::optional(false)
                                                  : std::nullopt;
    if (dark == m_dark)
        return;
    m_dark = dark;
    Q_EMIT changed(m_dark);
}

} // namespace zd
