#include "profilecontroller.h"

#include "connectionpanel.h"
#include "profile/profileform.h"
#include "profile/profilestore.h"
#include "profile/secretstore.h"
#include "settings/settings.h"

#include <QMenu>
#include <QSettings>

namespace zd {

ProfileController::ProfileController(QWidget *window, ConnectionPanel *panel, FormAccess form,
                                     ProfileStore *store, SecretStore *secrets, QSettings *settings)
    : QObject(window), m_window(window), m_panel(panel), m_form(std::move(form)), m_store(store),
      m_secrets(secrets), m_settings(settings), m_prompts(Prompts::dialogs(window))
{
    auto *menu = m_menu = new QMenu(window);
    const auto add = [this, menu](const QString &text, const QKeySequence &keys, auto slot) {
        QAction *action = menu->addAction(text);
        action->setShortcut(keys);
        m_window->addAction(action);
        connect(action, &QAction::triggered, this, slot);
    };
    add(tr("&Save profile"), QKeySequence::Save, [this] { save(); });
    add(tr("Save profile &as…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), [this] { saveAs(); });
    add(tr("&Rename profile…"), QKeySequence(Qt::Key_F2), [this] { rename(); });
    add(tr("&Duplicate profile"), QKeySequence(), [this] { duplicate(); });
    add(tr("De&lete profile…"), QKeySequence(), [this] { remove(); });
    menu->addSeparator();
    add(tr("&Import profiles…"), QKeySequence(), [this] { importProfiles(); });
    add(tr("&Export profiles…"), QKeySequence(), [this] { exportProfiles(); });
    m_panel->setProfileMenu(menu);
    connect(m_panel, &ConnectionPanel::profileChosen, this, &ProfileController::select);
    if (auto *session = qobject_cast<SessionSecretStore *>(secrets)) {
        connect(session, &SessionSecretStore::keychainUnavailable, this,
                [this](const QString &message, const QString &detail) {
                    m_panel->showKeychainWarning(message, detail);
                });
    }

    const QString message = m_store->load();
    if (!message.isEmpty()) // a broken file moved aside, or one from a newer version: said once, plainly
        QMetaObject::invokeMethod(
            this, [this, message] { m_prompts.tell(tr("Profiles"), message); }, Qt::QueuedConnection);
    reload(settings::CurrentProfile.get(*m_settings)); // its secrets come with loadCurrentSecrets()
}

QList<Profile> ProfileController::available() const
{
    QList<Profile> profiles = m_store->profiles();
    for (const Profile &builtIn : Profile::builtIns(m_demoAddress, m_demo41Address)) {
        const bool saved = std::any_of(profiles.cbegin(), profiles.cend(), [&builtIn](const Profile &p) {
            return p.id == builtIn.id || p.name == builtIn.name;
        });
        if (!saved)
            profiles.append(builtIn);
    }
    return profiles;
}

QStringList ProfileController::names() const
{
    QStringList names;
    for (const Profile &profile : available())
        names << profile.name;
    return names;
}

void ProfileController::reload(QString selectId)
{
    const QList<Profile> profiles = available();
    QList<std::pair<QString, QString>> choices;
    m_current = Profile();
    for (const Profile &profile : profiles) {
        choices.append({profile.id, profile.name});
        if (!selectId.isEmpty() && profile.id == selectId)
            m_current = profile;
    }
    m_panel->setProfiles(choices, m_current.id); // none: the fields as they were restored
    updateModified();
}

void ProfileController::select(const QString &id)
{
    if (id == m_current.id && !m_modified)
        return;
    if (!settleUnsaved()) {
        m_panel->setCurrentProfile(m_current.id);
        return;
    }
    for (const Profile &profile : available()) {
        if (profile.id != id)
            continue;
        m_current = profile;
        m_loadedPassword.clear();
        m_loadedApiPassword.clear();
        m_loadedApiKey.clear();
        m_loadedToken.clear();
        m_loadedClientSecret.clear();
        fill(formFromProfile(profile, QString(), m_form.get()));
        m_panel->setCurrentProfile(id);
        settings::CurrentProfile.set(*m_settings, id);
        loadPasswords(id);
        updateModified();
        return;
    }
}

// Fills the form without taking it for the user's edit.
void ProfileController::fill(const LookupForm &form)
{
    m_filling = true;
    m_form.set(form);
    m_filling = false;
}

bool ProfileController::settleUnsaved()
{
    if (!m_modified || m_current.id.isEmpty())
        return true;
    switch (askUnsaved()) {
    case Prompts::Unsaved::Save:
        return save();
    case Prompts::Unsaved::Discard:
        discard();
        return true;
    case Prompts::Unsaved::Cancel:
        break;
    }
    return false;
}

Prompts::Unsaved ProfileController::askUnsaved()
{
    const QString title = tr("Unsaved changes");
    if (m_prompts.unsaved)
        return m_prompts.unsaved(
            title, tr("The profile \"%1\" has unsaved changes. Save them?").arg(m_current.name));
    // Prompts that only know yes and no: the question as it was before it had three answers.
    return m_prompts.confirm(title, tr("Discard the unsaved changes to \"%1\"?").arg(m_current.name))
               ? Prompts::Unsaved::Discard
               : Prompts::Unsaved::Cancel;
}

void ProfileController::discard()
{
    LookupForm form = formFromProfile(m_current, m_loadedPassword, m_form.get());
    form.apiPassword = m_loadedApiPassword;
    form.apiKey = m_loadedApiKey;
    form.token = m_loadedToken;
    form.clientSecret = m_loadedClientSecret;
    fill(form);
    updateModified();
}

void ProfileController::setDemoAddress(const QString &address, const QString &zato41)
{
    m_demoAddress = address;
    if (!zato41.isEmpty())
        m_demo41Address = zato41;
    reload(m_current.id);
    // A built-in profile's address is new on each run: the fields restored from the last run take it,
    // rather than showing the old port as an unsaved change (and asking about it).
    for (const Profile &builtIn : Profile::builtIns(m_demoAddress, m_demo41Address)) {
        if (builtIn.id != m_current.id || builtIn.address != m_current.address)
            continue; // another profile, or one saved under the built-in's name
        LookupForm form = m_form.get();
        form.address = m_current.address;
        fill(form);
        updateModified();
    }
}

void ProfileController::updateModified()
{
    if (m_filling)
        return;
    const LookupForm form = m_form.get();
    m_modified = !m_current.id.isEmpty() &&
                 (!(profileFromForm(form, m_current) == m_current) || form.password != m_loadedPassword ||
                  form.apiPassword != m_loadedApiPassword || form.apiKey != m_loadedApiKey ||
                  form.token != m_loadedToken || form.clientSecret != m_loadedClientSecret);
    const QString name = m_current.id.isEmpty() ? QString() : m_current.name;
    Q_EMIT titleChanged(
        name.isEmpty() ? tr("Zato Desk")
                       : tr("Zato Desk — %1%2").arg(name, m_modified ? QStringLiteral(" *") : QString()));
    if (!name.isEmpty())
        m_panel->setProfileName(m_current.id, m_modified ? name + u" *" : name);
}

void ProfileController::persist(const Profile &profile, const QString &password)
{
    const QString error = m_store->save(profile);
    if (!error.isEmpty()) {
        m_prompts.tell(tr("Profile not saved"), error);
        return;
    }
    const LookupForm form = m_form.get();
    const QString id = profile.id;
    const QString name = profile.name;
    // The profile is saved either way; a password the keychain refused is told, never kept elsewhere.
    const auto tellIfFailed = [this, name](const QString &text) {
        return [this, name, text](SecretStore::Status status, const QString &error) {
            if (status != SecretStore::Status::Ok)
                m_prompts.tell(tr("Password not saved"), text.arg(name, error));
        };
    };
    if (password.isEmpty())
        m_secrets->remove(profilePasswordKey(id), this,
                          tellIfFailed(tr("The profile \"%1\" was saved without a password, but the "
                                          "password saved before could not be removed from the keychain: "
                                          "%2. Remove it with your keyring manager.")));
    else
        m_secrets->write(profilePasswordKey(id), password, this,
                         tellIfFailed(tr("The profile \"%1\" was saved, but not its password: %2. The "
                                         "password is never written anywhere else, so you will have to "
                                         "enter it again; unlock or start your keyring and save the "
                                         "profile again to keep it.")));
    // The Invoke API's own password, kept only while the profile has its own API user.
    const QString apiPassword = form.apiUser.isEmpty() ? QString() : form.apiPassword;
    if (apiPassword.isEmpty())
        m_secrets->remove(profileApiPasswordKey(id), this, [](SecretStore::Status, const QString &) {});
    else
        m_secrets->write(profileApiPasswordKey(id), apiPassword, this,
                         tellIfFailed(tr("The profile \"%1\" was saved, but not the password of its Invoke "
                                         "API user: %2. It is never written anywhere else, so you will have "
                                         "to enter it again; unlock or start your keyring and save the "
                                         "profile again to keep it.")));
    if (!form.proxy.password.isEmpty())
        m_secrets->write(proxyPasswordKey(id), form.proxy.password, this,
                         tellIfFailed(tr("The profile \"%1\" was saved, but not its proxy password: %2. "
                                         "It is never written anywhere else, so you will have to enter it "
                                         "again; unlock or start your keyring and save the profile again "
                                         "to keep it.")));
    // The API key and the token, whichever kind is chosen: switching back finds them again.
    const std::pair<QString, QString> authSecrets[] = {{profileApiKeyKey(id), form.apiKey},
                                                       {profileTokenKey(id), form.token},
                                                       {profileClientSecretKey(id), form.clientSecret}};
    for (const auto &[key, secret] : authSecrets) {
        if (secret.isEmpty())
            m_secrets->remove(key, this, [](SecretStore::Status, const QString &) {});
        else
            m_secrets->write(
                key, secret, this,
                tellIfFailed(
                    tr("The profile \"%1\" was saved, but not its API key, bearer token or client secret: "
                       "%2. It is never written anywhere else, so you will have to enter "
                       "it again; unlock or start your keyring and save the profile again "
                       "to keep it.")));
    }
    m_loadedPassword = password;
    m_loadedApiPassword = apiPassword;
    m_loadedApiKey = form.apiKey;
    m_loadedToken = form.token;
    m_loadedClientSecret = form.clientSecret;
    reload(id);
    m_current = *m_store->byId(id);
    settings::CurrentProfile.set(*m_settings, id);
    updateModified();
}

} // namespace zd
