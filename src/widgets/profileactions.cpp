#include "connectionpanel.h"
#include "profile/profileform.h"
#include "profile/profilestore.h"
#include "profile/secretstore.h"
#include "profilecontroller.h"
#include "settings/settings.h"

#include <QSettings>

// The profile actions of the Profile menu: Save, Save as, Rename, Duplicate, Delete, Import, Export.
namespace zd {

std::optional<QString> ProfileController::askName(const QString &title, const QString &proposal)
{
    const std::optional<QString> name = m_prompts.text(title, tr("Profile name:"), proposal);
    if (!name || name->trimmed().isEmpty())
        return std::nullopt;
    return name->trimmed();
}

bool ProfileController::save()
{
    if (m_current.id.isEmpty())
        return saveAs();
    persist(profileFromForm(m_form.get(), m_current), m_form.get().password);
    return !m_modified;
}

bool ProfileController::saveAs()
{
    const std::optional<QString> name = askName(
        tr("Save profile as"), m_current.name.isEmpty() ? tr("New profile") : m_current.name + tr(" copy"));
    if (!name)
        return false;
    Profile profile = profileFromForm(m_form.get(), m_current);
    profile.id = Profile::newId();
    profile.name = *name;
    persist(profile, m_form.get().password);
    return m_current.id == profile.id;
}

bool ProfileController::rename()
{
    if (m_current.id.isEmpty())
        return false;
    const std::optional<QString> name = askName(tr("Rename profile"), m_current.name);
    if (!name)
        return false;
    Profile profile = m_store->byId(m_current.id).value_or(m_current);
    profile.name = *name;
    const QString error = m_store->save(profile);
    if (!error.isEmpty()) {
        m_prompts.tell(tr("Profile not renamed"), error);
        return false;
    }
    m_current.name = *name;
    reload(profile.id);
    m_current = profile;
    updateModified();
    return true;
}

bool ProfileController::duplicate()
{
    if (m_current.id.isEmpty())
        return false;
    Profile copy = profileFromForm(m_form.get(), m_current);
    copy.id = Profile::newId();
    copy.name = m_current.name + tr(" (copy)");
    while (names().contains(copy.name))
        copy.name += tr(" (copy)");
    persist(copy, m_form.get().password);
    return true;
}

bool ProfileController::remove()
{
    if (m_current.id.isEmpty() || !m_store->byId(m_current.id))
        return false;
    if (!m_prompts.confirm(tr("Delete profile"),
                           tr("Delete the profile \"%1\" and its saved password?").arg(m_current.name)))
        return false;
    const QString id = m_current.id;
    if (const QString error = m_store->remove(id); !error.isEmpty()) {
        m_prompts.tell(tr("Profile not deleted"), error);
        return false;
    }
    const QString name = m_current.name;
    auto told = std::make_shared<bool>(false); // both entries fail alike: said once
    for (const QString &key : profileSecretKeys(id)) {
        m_secrets->remove(key, this, [this, name, told](SecretStore::Status status, const QString &error) {
            if (status != SecretStore::Status::Ok && !std::exchange(*told, true))
                m_prompts.tell(tr("Password not removed"),
                               tr("The profile \"%1\" was deleted, but its password could not be removed "
                                  "from the keychain: %2. Remove it with your keyring manager.")
                                   .arg(name, error));
        });
    }
    m_modified = false;
    reload(QString());
    return true;
}

void ProfileController::importProfiles()
{
    const QString file = m_prompts.openFile(tr("Import profiles"));
    if (file.isEmpty())
        return;
    ImportDecision ask; // prompts without the question: both kept, as before it was asked
    if (m_prompts.nameTaken)
        ask = [this](const Profile &incoming, const QString &keepBothName) {
            return m_prompts.nameTaken(
                tr("Profile name taken"),
                tr("There is already a profile named \"%1\". Replace it with the imported one, keep "
                   "both (the imported one as \"%2\"), or skip the imported one?")
                    .arg(incoming.name, keepBothName),
                keepBothName);
        };
    QList<Profile> imported;
    const bool modified = m_modified;
    const QString error = m_store->importFrom(file, &imported, ask);
    if (!error.isEmpty()) {
        m_prompts.tell(tr("Profiles not imported"), error);
        return;
    }
    reload(m_current.id);
    const QString currentId = m_current.id;
    // The profile in the window replaced while it had no unsaved edit: the window shows the new one.
    if (!modified && std::any_of(imported.cbegin(), imported.cend(),
                                 [&currentId](const Profile &p) { return p.id == currentId; }))
        discard();
    m_prompts.tell(tr("Profiles imported"),
                   tr("%n profile(s) imported, without passwords.", nullptr, int(imported.size())));
}

void ProfileController::exportProfiles()
{
    const QString file = m_prompts.saveFile(tr("Export profiles"), QStringLiteral("zato-desk-profiles.json"));
    if (file.isEmpty())
        return;
    const QString error = ProfileStore::exportTo(file, m_store->profiles());
    m_prompts.tell(error.isEmpty() ? tr("Profiles exported") : tr("Profiles not exported"),
                   error.isEmpty() ? tr("The profiles were exported without passwords to %1.").arg(file)
                                   : error);
}

} // namespace zd
