#pragma once

#include "lookup/lookupform.h"
#include "profile/profile.h"
#include "prompts.h"

#include <QObject>
#include <functional>

class QAction;
class QMenu;
class QSettings;

namespace zd {

class ConnectionPanel;
class ProfileStore;
class SecretStore;

// The window's profile selector and its actions: Save, Save as, Rename, Duplicate, Delete, Import,
// Export. Switching fills every field and the password from the keychain; edits mark the profile
// as changed until saved. Passwords go to the secret store only.
class ProfileController : public QObject
{
    Q_OBJECT
public:
    // How the controller reaches the whole form: the form as the user has it, and a way to fill it.
    struct FormAccess
    {
        std::function<LookupForm()> get;
        std::function<void(const LookupForm &)> set;
    };

    // window gets the profile actions' shortcuts; panel shows the selector and the keychain warning.
    ProfileController(QWidget *window, ConnectionPanel *panel, FormAccess form, ProfileStore *store,
                      SecretStore *secrets, QSettings *settings);

    void setPrompts(const Prompts &prompts) { m_prompts = prompts; }
    // The profile actions, for the menu bar.
    [[nodiscard]] QMenu *menu() const { return m_menu; }
    [[nodiscard]] const Profile &current() const { return m_current; }
    [[nodiscard]] bool isModified() const { return m_modified; }
    [[nodiscard]] QStringList names() const;

    void select(const QString &id);
    // Reads the selected profile's secrets from the keychain into the form. The constructor fills the
    // fields of the profile chosen last time but leaves its secrets to this: the window asks once its
    // first frame is on screen, so the keychain module is not loaded before it. Nothing is read again
    // when the profile's secrets were asked for since it was chosen (select()).
    void loadCurrentSecrets();
    // Whether the selected profile's secrets have been asked for and not all answered yet:
    // passwordLoaded() comes when they have.
    [[nodiscard]] bool secretsPending() const { return m_secretsPending; }
    // Where the built-in "Demo server" profiles point (zato-desk --demo's in-process servers); an empty
    // zato41 leaves "Demo server 4.1" where it was.
    void setDemoAddress(const QString &address, const QString &zato41 = QString());
    bool save();
    bool saveAs();
    bool rename();
    bool duplicate();
    bool remove();
    void importProfiles();
    void exportProfiles();
    // The form was edited: marks the profile as changed (or not) and says so in the title.
    void updateModified();
    // Unsaved changes to the profile settled before going on: saved, discarded or kept (the user
    // cancelled). True when the caller may go on.
    bool settleUnsaved();
    // The window is about to close: the same question. True when it may close.
    bool mayClose() { return settleUnsaved(); }

Q_SIGNALS:
    // The window's title: the profile's name, with " *" while it has unsaved changes.
    void titleChanged(const QString &title);
    // The password of the selected profile has been read from the keychain (or there is none).
    void passwordLoaded();

private:
    void reload(QString selectId); // a copy: m_current.id is often the one given
    void fill(const LookupForm &form);
    [[nodiscard]] Prompts::Unsaved askUnsaved();
    // The form back to the profile as saved, with the password it was loaded with.
    void discard();
    void loadPasswords(const QString &id);
    void loadPassword(const QString &id);
    void loadApiPassword(const QString &id);
    // The profile's API key and bearer token, then done.
    void loadAuthSecrets(const QString &id, std::function<void()> done);
    void loadClientSecret(const QString &id, std::function<void()> done);
    void persist(const Profile &profile, const QString &password);
    [[nodiscard]] std::optional<QString> askName(const QString &title, const QString &proposal);
    [[nodiscard]] QList<Profile> available() const;

    QWidget *m_window;
    ConnectionPanel *m_panel;
    QMenu *m_menu;
    FormAccess m_form;
    ProfileStore *m_store;
    SecretStore *m_secrets;
    QSettings *m_settings;
    Prompts m_prompts;
    Profile m_current;
    QString m_secretsAskedFor; // the profile whose secrets were last asked for
    bool m_secretsPending = false;
    QString m_loadedPassword;
    QString m_loadedApiPassword;
    QString m_loadedApiKey;
    QString m_loadedToken;
    QString m_loadedClientSecret;
    bool m_modified = false;
    bool m_filling = false;
    QString m_demoAddress = QStringLiteral("http://127.0.0.1:17010");
    QString m_demo41Address = QStringLiteral("http://127.0.0.1:17010");
};

} // namespace zd
