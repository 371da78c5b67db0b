#include "credentialresolver.h"

#include "profile/profilestore.h"
#include "profile/secretstore.h"

namespace zd {

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
        std::optional<Profile> profile;
        if (!credential.profile.isEmpty()) {
            profile = profileNamed(profiles, credential.profile);
            if (!profile) {
                resolution.error = tr("Row \"%1\" names the profile \"%2\", which does not exist.")
                                       .arg(credential.name, credential.profile);
                --m_pending;
                continue;
            }
        }
        const AuthKind kind = credential.kind(profile ? profile->auth : AuthKind::Basic);
        resolution.credential.auth.kind = kind;
        switch (kind) {
        case AuthKind::None:
            --m_pending;
            break;
        case AuthKind::Basic:
            resolveBasic(row, credential, profile, secrets, environment);
            break;
        case AuthKind::OAuth2:
            if (!profile) {
                resolution.error =
                    tr("Row \"%1\" calls with an OAuth2 token: name the profile that holds its "
                       "token endpoint with \"profile\".")
                        .arg(credential.name);
                --m_pending;
                break;
            }
            resolution.credential.auth.oauth2 = profile->oauth2;
            resolveSecret(row, credential, profile, secrets, environment);
            break;
        case AuthKind::ApiKey:
        case AuthKind::Bearer:
            if (kind == AuthKind::ApiKey)
                resolution.credential.auth.apiKeyHeader = !credential.apiKeyHeader.isEmpty()
                                                              ? credential.apiKeyHeader
                                                          : profile ? profile->apiKeyHeader
                                                                    : QByteArrayLiteral("X-API-Key");
            resolveSecret(row, credential, profile, secrets, environment);
            break;
        }
    }
    // Rows that needed no keychain are done already; finished() still waits for the event loop.
    QMetaObject::invokeMethod(this, &CredentialResolver::rowDone, Qt::QueuedConnection);
    return true;
}

void CredentialResolver::resolveBasic(int row, const MatrixCredential &credential,
                                      const std::optional<Profile> &profile, SecretStore &secrets,
                                      const QProcessEnvironment &environment)
{
    CredentialResolution &resolution = m_rows[row];
    if (profile) {
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
                     [this, row, name = credential.name](SecretStore::Status status, const QString &secret,
                                                         const QString &error) {
                         CredentialResolution &r = m_rows[row];
                         if (status == SecretStore::Status::Ok)
                             r.credential.password = secret;
                         else if (status == SecretStore::Status::NotFound)
                             r.error = tr("Row \"%1\" has no password: give it a \"password_env\" or a "
                                          "\"profile\", or set its password in the matrix view.")
                                           .arg(name);
                         else
                             r.error = tr("Row \"%1\": its password cannot be read, %2.").arg(name, error);
                         rowDone();
                     });
    }
}

// An API key or a bearer token: from the row's variable, its profile's keychain entry, or its own.
void CredentialResolver::resolveSecret(int row, const MatrixCredential &credential,
                                       const std::optional<Profile> &profile, SecretStore &secrets,
                                       const QProcessEnvironment &environment)
{
    CredentialResolution &resolution = m_rows[row];
    const AuthKind kind = resolution.credential.auth.kind;
    const bool apiKey = kind == AuthKind::ApiKey;
    if (!credential.secretEnv.isEmpty()) {
        if (environment.contains(credential.secretEnv))
            resolution.credential.auth.secret = environment.value(credential.secretEnv);
        else
            resolution.error = tr("Row \"%1\": the environment variable %2 is not set.")
                                   .arg(credential.name, credential.secretEnv);
        --m_pending;
        return;
    }
    const QString key = kind == AuthKind::OAuth2 ? profileClientSecretKey(profile->id)
                        : profile
                            ? (apiKey ? profileApiKeyKey(profile->id) : profileTokenKey(profile->id))
                            : (apiKey ? matrixApiKeyKey(credential.name) : matrixTokenKey(credential.name));
    secrets.read(
        key, this,
        [this, row, kind, apiKey, name = credential.name](SecretStore::Status status, const QString &secret,
                                                          const QString &error) {
            CredentialResolution &r = m_rows[row];
            if (status == SecretStore::Status::Ok && !secret.isEmpty())
                r.credential.auth.secret = secret;
            else if (status != SecretStore::Status::Unavailable && kind == AuthKind::OAuth2)
                r.error =
                    tr("Row \"%1\": its profile keeps no client secret; save it with the profile.").arg(name);
            else if (status != SecretStore::Status::Unavailable)
                r.error = apiKey ? tr("Row \"%1\" has no API key: give it an \"api_key_env\", or a "
                                      "\"profile\" that keeps one.")
                                       .arg(name)
                                 : tr("Row \"%1\" has no bearer token: give it a \"token_env\", or a "
                                      "\"profile\" that keeps one.")
                                       .arg(name);
            else
                r.error = tr("Row \"%1\": its secret cannot be read, %2.").arg(name, error);
            rowDone();
        });
}

void CredentialResolver::rowDone()
{
    if (--m_pending > 0)
        return;
    // A row without a password carries the reason to the runner, which never sends its cells.
    for (CredentialResolution &row : m_rows) {
        if (!row.ok()) {
            row.credential.password.clear();
            row.credential.auth.secret.clear();
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
