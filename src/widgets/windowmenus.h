#pragma once

#include "appearance.h"
#include "invoke/snippets.h"

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QSettings;

namespace zd {

class SecretStore;

// The main window's menu bar: every frequent action with its keyboard shortcut (Call, Profile),
// View → Colour scheme and Language, Help → Keyboard shortcuts and About. The Call actions are
// signals the window answers; the choices of the View menu are kept in the settings
// (settings::ColorScheme, settings::Language).
class WindowMenus : public QObject
{
    Q_OBJECT
public:
    WindowMenus(QMainWindow *window, QMenu *profileMenu, QSettings *settings);

    // Every action of the window that has a shortcut, those of the menus in menu order, then those
    // of its panels: what Help → Keyboard shortcuts lists.
    [[nodiscard]] QList<QAction *> shortcutActions() const;
    // persist: keep it in the settings (View menu), or for this run only (--color-scheme).
    void setColorScheme(ColorScheme scheme, bool persist);
    [[nodiscard]] ColorScheme colorScheme() const { return m_scheme; }
    void showShortcuts();
    void showAbout();
    // Where passwords are kept, for the About box to say it truly.
    void setSecrets(const SecretStore *secrets) { m_secrets = secrets; }
    // The About box's text: where passwords are kept as the keychain stands now.
    [[nodiscard]] QString aboutText() const;
    [[nodiscard]] QMenu *viewMenu() const { return m_viewMenu; }

Q_SIGNALS:
    void invokeRequested();
    void cancelRequested();
    void compareRequested();
    void matrixRequested();
    void importConfigurationRequested();
    void discoverRequested();
    void serverCheckRequested();
    void connectionSettingsRequested();
    void copyCorrelationIdRequested();
    // +1: the previous call of the history, -1: the next one.
    void recallRequested(int step);
    void copyAsRequested(zd::SnippetKind kind, bool includePassword);

private:
    QMenu *addCallMenu();
    QMenu *addViewMenu();
    QMenu *addHelpMenu();

    QMainWindow *m_window;
    QSettings *m_settings;
    SystemColorScheme m_system;
    ColorScheme m_scheme = ColorScheme::System;
    QActionGroup *m_schemeGroup = nullptr;
    QMenu *m_viewMenu = nullptr;
    const SecretStore *m_secrets = nullptr;
};

} // namespace zd
