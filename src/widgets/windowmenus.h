#pragma once

#include "appearance.h"

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QSettings;

namespace zd {

class MainWindow;

// The main window's menu bar: every frequent action with its keyboard shortcut (Call, Profile),
// View → Colour scheme and Language, Help → Keyboard shortcuts and About. The choices are kept in
// the settings ("ui/colorScheme", "ui/language").
class WindowMenus : public QObject
{
    Q_OBJECT
public:
    WindowMenus(MainWindow *window, QMenu *profileMenu, QSettings *settings);

    // Every action of the window that has a shortcut, in menu order: what Help → Keyboard shortcuts
    // lists.
    [[nodiscard]] QList<QAction *> shortcutActions() const;
    // persist: keep it in the settings (View menu), or for this run only (--color-scheme).
    void setColorScheme(ColorScheme scheme, bool persist);
    [[nodiscard]] ColorScheme colorScheme() const { return m_scheme; }
    void showShortcuts();
    void showAbout();
    [[nodiscard]] QMenu *viewMenu() const { return m_viewMenu; }

private:
    QMenu *addCallMenu();
    QMenu *addViewMenu();
    QMenu *addHelpMenu();

    MainWindow *m_window;
    QSettings *m_settings;
    SystemColorScheme m_system;
    ColorScheme m_scheme = ColorScheme::System;
    QActionGroup *m_schemeGroup = nullptr;
    QMenu *m_viewMenu = nullptr;
};

} // namespace zd
