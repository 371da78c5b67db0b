#include "keychainsecretstore.h"

#include "keychainbackend.h"
#include "modules/moduleloader.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace zd {

namespace {

Q_LOGGING_CATEGORY(lcKeychain, "zd.keychain", QtInfoMsg)

class Text
{
    Q_DECLARE_TR_FUNCTIONS(zd::KeychainSecretStore)
};

SecretStore::Status statusOf(keychain::BackendStatus status)
{
    switch (status) {
    case keychain::BackendStatus::Ok:
        return SecretStore::Status::Ok;
    case keychain::BackendStatus::NotFound:
        return SecretStore::Status::NotFound;
    case keychain::BackendStatus::Unavailable:
        break;
    }
    return SecretStore::Status::Unavailable;
}

// What the user reads when the keychain does not answer. QtKeychain passes on D-Bus's and libsecret's
// own words ("Cannot autolaunch D-Bus without X11 $DISPLAY", "Unknown or unsupported transport"),
// which say how it failed, not what it means or what to do: those go to the zd.keychain debug log.
QString explained(keychain::BackendStatus status, const QString &message)
{
    if (status != keychain::BackendStatus::Unavailable)
        return message;
    qCDebug(lcKeychain) << "keychain unavailable:" << message;
    return Text::tr("the system keychain does not answer: no Secret Service (such as GNOME Keyring or "
                    "KWallet) is running and unlocked in this session");
}

// Loaded once per process and never unloaded (QtKeychain keeps D-Bus state alive).
const keychain::Backend *loadBackend(QString *error)
{
    static QString loadError;
    static const keychain::Backend *const loaded = []() -> const keychain::Backend * {
        QStringList tried;
        if (const auto *backend = loadModule<keychain::Backend>(KeychainSecretStore::moduleCandidates(),
                                                                keychain::BackendEntryPoint,
                                                                keychain::BackendAbiVersion, &tried))
            return backend;
        loadError = Text::tr("the keychain module cannot be loaded (%1); reinstall Zato Desk")
                        .arg(tried.isEmpty() ? Text::tr("no place to look") : tried.join(u"; "));
        return nullptr;
    }();
    if (!loaded)
        *error = loadError;
    return loaded;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent), m_service(std::move(service))
{}

QStringList KeychainSecretStore::moduleCandidates()
{
    return zd::moduleCandidates({"ZD_KEYCHAIN_MODULE", QStringLiteral(ZD_KEYCHAIN_MODULE_RELATIVE),
                                 QStringLiteral(ZD_KEYCHAIN_MODULE_BUILD), QStringLiteral(ZD_BUILD_DIR)});
}

const keychain::Backend *KeychainSecretStore::backend(QString *error)
{
    return loadBackend(error);
}

// A job's answer is passed on even when this store is gone meanwhile: the caller's context decides
// whether anyone is left to hear it (SecretStore queues it there).
void KeychainSecretStore::startRead(const QString &key, ReadDone answer)
{
    QString error;
    const keychain::Backend *module = backend(&error);
    if (!module) {
        answer(Status::Unavailable, QString(), error);
        return;
    }
    module->read(m_service, key,
                 [answer = std::move(answer)](keychain::BackendStatus status, const QString &secret,
                                              const QString &message) {
                     answer(statusOf(status), secret, explained(status, message));
                 });
}

void KeychainSecretStore::startWrite(const QString &key, const QString &secret, WriteDone answer)
{
    QString error;
    const keychain::Backend *module = backend(&error);
    if (!module) {
        answer(Status::Unavailable, error);
        return;
    }
    module->write(m_service, key, secret,
                  [answer = std::move(answer)](keychain::BackendStatus status, const QString &message) {
                      answer(statusOf(status), explained(status, message));
                  });
}

void KeychainSecretStore::startRemove(const QString &key, WriteDone answer)
{
    QString error;
    const keychain::Backend *module = backend(&error);
    if (!module) {
        answer(Status::Unavailable, error);
        return;
    }
    module->remove(m_service, key,
                   [answer = std::move(answer)](keychain::BackendStatus status, const QString &message) {
                       answer(statusOf(status), explained(status, message));
                   });
}

} // namespace zd
