#pragma once

#include <QObject>
#include <QString>
#include <optional>

class QApplication;

namespace zd {

// Light or dark: the user's choice in View → Colour scheme, where "system" follows the desktop's
// preference (the freedesktop portal's org.freedesktop.appearance color-scheme, read asynchronously
// and followed while the app runs; GTK_THEME's ":dark" when there is no portal).
enum class ColorScheme { System, Light, Dark };

[[nodiscard]] QString colorSchemeKey(ColorScheme scheme);
[[nodiscard]] ColorScheme colorSchemeFromKey(const QString &key); // unknown keys: System

// Applies scheme; for System, systemDark says what the desktop prefers (nullopt: no preference,
// the platform's own palette is kept).
void applyColorScheme(ColorScheme scheme, std::optional<bool> systemDark);
[[nodiscard]] bool paletteIsDark();

class SystemColorScheme : public QObject
{
    Q_OBJECT
public:
    explicit SystemColorScheme(QObject *parent = nullptr);
    // What is known so far: from the environment at once, from the portal once it has answered.
    [[nodiscard]] std::optional<bool> prefersDark() const { return m_dark; }

Q_SIGNALS:
    void changed(std::optional<bool> prefersDark);

private Q_SLOTS:
    void onSettingChanged(const QString &group, const QString &key, const QVariant &value);

private:
    void setFromPortal(uint value);

    std::optional<bool> m_dark;
};

} // namespace zd
