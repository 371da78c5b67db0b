#pragma once

#include "profile/profile.h"
#include "prompts.h"

#include <QObject>

class QAction;
class QSettings;

namespace Ui {
class MainWindow;
}

namespace zd {

class MainWindow;
class ProfileStore;
class SecretStore;

// The window's profile selector and its actions: Save, Save as, Rename, Duplicate, Delete, Import,
// Export. Switching fills every field and the password from the keychain; edits mark the profile
// as changed until saved. Passwords go to the secret store only.
class ProfileController : public QObject
{
    Q_OBJECT
public:
    ProfileController(MainWindow *window, Ui::MainWindow &ui, ProfileStore *store, SecretStore *secrets,
                      QSettings *settings);

    void setPrompts(const Prompts &prompts) { m_prompts = prompts; }
    [[nodiscard]] const Profile &current() const { return m_current; }
    [[nodiscard]] bool isModified() const { return m_modified; }
    [[nodiscard]] QStringList names() const;

    void select(const QString &id);
    // Where the built-in "Demo server" profile points (zato-desk --demo's in-process server).
    void setDemoAddress(const QString &address);
    bool save();
    bool saveAs();
    bool rename();
    bool duplicate();
    bool remove();
    void importProfiles();
    void exportProfiles();

Q_SIGNALS:
    // The password of the selected profile has been read from the keychain (or there is none).
    void passwordLoaded();

private:
    void reload(const QString &selectId);
    void updateModified();
    void persist(const Profile &profile, const QString &password);
    [[nodiscard]] std::optional<QString> askName(const QString &title, const QString &proposal);
    [[nodiscard]] QList<Profile> available() const;

    MainWindow *m_window;
    Ui::MainWindow &m_ui;
    ProfileStore *m_store;
    SecretStore *m_secrets;
    QSettings *m_settings;
    Prompts m_prompts;
    Profile m_current;
    QString m_loadedPassword;
    bool m_modified = false;
    bool m_filling = false;
    QString m_demoAddress = QStringLiteral("http://127.0.0.1:17010");
};

} // namespace zd
