#include "profile/secretstore.h"
#include "profilecontroller.h"

// The profile controller's keychain reads: a profile's passwords, API key, bearer token and client
// secret, into the form once the keychain has them (each answer dropped when another profile has been
// chosen since).
namespace zd {

// The API key and the bearer token of the profile, once the keychain has them, into the form.
void ProfileController::loadAuthSecrets(const QString &id, std::function<void()> done)
{
    m_secrets->read(profileApiKeyKey(id), this,
                    [this, id, done = std::move(done)](SecretStore::Status status, const QString &key,
                                                       const QString &) mutable {
                        if (m_current.id != id)
                            return;
                        m_loadedApiKey = status == SecretStore::Status::Ok ? key : QString();
                        m_secrets->read(
                            profileTokenKey(id), this,
                            [this, id, done = std::move(done)](SecretStore::Status tokenStatus,
                                                               const QString &token, const QString &) {
                                if (m_current.id != id)
                                    return;
                                m_loadedToken = tokenStatus == SecretStore::Status::Ok ? token : QString();
                                loadClientSecret(id, std::move(done));
                            });
                    });
}

// The client secret of the profile's OAuth2 token endpoint; then the API key, token and secret go
// into the form together.
void ProfileController::loadClientSecret(const QString &id, std::function<void()> done)
{
    m_secrets->read(profileClientSecretKey(id), this,
                    [this, id, done = std::move(done)](SecretStore::Status status, const QString &secret,
                                                       const QString &) {
                        if (m_current.id != id)
                            return;
                        m_loadedClientSecret = status == SecretStore::Status::Ok ? secret : QString();
                        LookupForm form = m_form.get();
                        form.apiKey = m_loadedApiKey;
                        form.token = m_loadedToken;
                        form.clientSecret = m_loadedClientSecret;
                        fill(form);
                        done();
                    });
}

void ProfileController::loadCurrentSecrets()
{
    if (!m_current.id.isEmpty() && m_secretsAskedFor != m_current.id)
        loadPasswords(m_current.id);
}

// Puts the profile's passwords, once the keychain has them, into the form.
void ProfileController::loadPasswords(const QString &id)
{
    m_secretsAskedFor = id;
    m_secretsPending = true;
    loadAuthSecrets(id, [this, id] { loadPassword(id); });
}

void ProfileController::loadPassword(const QString &id)
{
    m_secrets->read(
        profilePasswordKey(id), this,
        [this, id](SecretStore::Status status, const QString &secret, const QString &) {
            if (m_current.id != id)
                return;
            m_loadedPassword = status == SecretStore::Status::Ok ? secret : Profile::builtInPassword(id);
            LookupForm form = m_form.get();
            form.password = m_loadedPassword;
            if (m_current.proxy.mode == ProxySettings::Mode::Manual && !m_current.proxy.user.isEmpty())
                m_secrets->read(
                    proxyPasswordKey(id), this,
                    [this, id](SecretStore::Status s, const QString &proxySecret, const QString &) {
                        if (m_current.id == id && s == SecretStore::Status::Ok) {
                            LookupForm withProxy = m_form.get();
                            withProxy.proxy.password = proxySecret;
                            fill(withProxy);
                        }
                    });
            if (m_current.apiUser.isEmpty()) {
                m_loadedApiPassword.clear();
                form.apiPassword.clear();
                fill(form);
                updateModified();
                m_secretsPending = false;
                Q_EMIT passwordLoaded();
                return;
            }
            fill(form);
            loadApiPassword(id);
        });
}

// The password of the profile's own Invoke API user, once the keychain has it.
void ProfileController::loadApiPassword(const QString &id)
{
    m_secrets->read(profileApiPasswordKey(id), this,
                    [this, id](SecretStore::Status status, const QString &secret, const QString &) {
                        if (m_current.id != id)
                            return;
                        m_loadedApiPassword =
                            status == SecretStore::Status::Ok ? secret : Profile::builtInApiPassword(id);
                        LookupForm form = m_form.get();
                        form.apiPassword = m_loadedApiPassword;
                        fill(form);
                        updateModified();
                        m_secretsPending = false;
                        Q_EMIT passwordLoaded();
                    });
}

} // namespace zd
