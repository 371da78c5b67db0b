#include "credentialresolver.h"

#include "profile/profilestore.h"
#include "profile/secretstore.h"

namespace zd {

namespace {

std::optional<Profile> profileNamed(const ProfileStore &profiles, const QString &name)
{
    if (std::optional<Profile> saved = profiles.byName(name))
        return saved;
    for (const Profile &builtIn : Profile::builtIns()) {
        if (builtIn.name == name)
            return builtIn;
    }
    return std::nullopt;
}

} // namespace

bool CredentialResolver::start(const MatrixDefinition &matrix, const ProfileStore &profiles,
                               SecretStore &secrets, const QProcessEnvironment &environment)
{
    if (isRunning())
        return false;
    m_rows = QList<CredentialResolution>(matrix.credentials.size());
    m_pending = int(matrix.credentials.size()) + 1; // + 1: start() itself, finished below
    for (int row = 0; row < matrix.credentials.size(); ++row) {
        const MatrixCredential &credential = matrix.credentials.at(row);
        CredentialResolution &resolution = m_rows[row];
        resolution.credential.user = credential.user;
        if (!credential.profile.isEmpty()) {
            const std::optional<Profile> profile = profileNamed(profiles, credential.profile);
            if (!profile) {
                resolution.error = tr("Row \"%1\" names the profile \"%2\", which does not exist.")
                                       .arg(credential.name, credential.profile);
                --m_pending;
                continue;
            }
            if (credential.user.isEmpty())
                resolution.credential.user = profile->user;
            const QString builtInPassword = Profile::builtInPassword(profile->id);
            secrets.read(profilePasswordKey(profile->id), this,
                         [this, row, name = credential.name, profileName = profile->name, builtInPassword](
                             SecretStore::Status status, const QString &secret, const QString &error) {
                             CredentialResolution &r = m_rows[row];
                             if (status == SecretStore::Status::Ok)
                                 r.credential.password = secret;
                             else if (!builtInPassword.isEmpty())
                                 r.credential.password = builtInPassword;
                             else if (status == SecretStore::Status::NotFound)
                                 r.error = tr("Row \"%1\": no password is saved for the profile \"%2\"; "
                                              "save it with the profile.")
                                               .arg(name, profileName);
                             else
                                 r.error = tr("Row \"%1\": the password of the profile \"%2\" cannot be "
                                              "read, %3.")
                                               .arg(name, profileName, error);
                             rowDone();
                         });
        } else if (!credential.passwordEnv.isEmpty()) {
            if (environment.contains(credential.passwordEnv))
                resolution.credential.password = environment.value(credential.passwordEnv);
            else
                resolution.error = tr("Row \"%1\": the environment variable %2 is not set.")
                                       .arg(credential.name, credential.passwordEnv);
            --m_pending;
        } else {
            secrets.read(matrixPasswordKey(credential.name), this,
                         [this, row, name = credential.name](SecretStore::Status status,
                                                             const QString &secret, const QString &error) {
                             CredentialResolution &r = m_rows[row];
                             if (status == SecretStore::Status::Ok)
                                 r.credential.password = secret;
                             else if (status == SecretStore::Status::NotFound)
                                 r.error = tr("Row \"%1\" has no password: give it a \"password_env\" or a "
                                              "\"profile\", or set its password in the matrix view.")
                                               .arg(name);
                             else
                                 r.error =
                                     tr("Row \"%1\": its password cannot be read, %2.").arg(name, error);
                             rowDone();
                         });
        }
    }
    // Rows that needed no keychain are done already; finished() still waits for the event loop.
    QMetaObject::invokeMethod(this, &CredentialResolver::rowDone, Qt::QueuedConnection);
    return true;
}

void CredentialResolver::rowDone()
{
    if (--m_pending > 0)
        return;
    // A row without a password carries the reason to the runner, which never sends its cells.
    for (CredentialResolution &row : m_rows) {
        if (!row.ok()) {
            row.credential.password.clear();
            row.credential.missing = row.error;
        }
    }
    Q_EMIT finished(m_rows);
}

QString CredentialResolver::errors(const QList<CredentialResolution> &rows)
{
    QStringList messages;
    for (const CredentialResolution &row : rows) {
        if (!row.ok())
            messages << row.error;
    }
    return messages.join(u'\n');
}

} // namespace zd
