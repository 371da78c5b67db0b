#include "keychainsecretstore.h"

#include "keychainbackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>
#include <QPointer>

namespace zd {

namespace {

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

// Loaded once per process and never unloaded (QtKeychain keeps D-Bus state alive).
const keychain::Backend *loadBackend(QString *error)
{
    static QString loadError;
    static const keychain::Backend *const loaded = []() -> const keychain::Backend * {
        QStringList tried;
        for (const QString &path : KeychainSecretStore::moduleCandidates()) {
            QLibrary library(path);
            library.setLoadHints(QLibrary::PreventUnloadHint);
            using EntryPoint = const keychain::Backend *(*)();
            auto entry = reinterpret_cast<EntryPoint>(library.resolve(keychain::BackendEntryPoint));
            if (!entry) {
                tried << library.errorString();
                continue;
            }
            const keychain::Backend *backend = entry();
            if (backend && backend->abiVersion == keychain::BackendAbiVersion)
                return backend;
            tried << Text::tr("%1 is from another version of Zato Desk").arg(path);
        }
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
    QStringList candidates;
    if (const QString forced = qEnvironmentVariable("ZD_KEYCHAIN_MODULE"); !forced.isEmpty())
        return {forced};
    const QString appDir = QCoreApplication::applicationDirPath();
    candidates << QDir(appDir).filePath(QStringLiteral(ZD_KEYCHAIN_MODULE_RELATIVE));
    const QString buildDir = QStringLiteral(ZD_BUILD_DIR);
    if (appDir == buildDir || appDir.startsWith(buildDir + u'/'))
        candidates << QStringLiteral(ZD_KEYCHAIN_MODULE_BUILD);
    return candidates;
}

const keychain::Backend *KeychainSecretStore::backend(QString *error)
{
    return loadBackend(error);
}

void KeychainSecretStore::read(const QString &key, ReadDone done)
{
    QString error;
    const keychain::Backend *module = backend(&error);
    if (!module) {
        done(Status::Unavailable, QString(), error);
        return;
    }
    module->read(m_service, key,
                 [self = QPointer(this), done = std::move(done)](
                     keychain::BackendStatus status, const QString &secret, const QString &message) {
                     if (self) // a store gone meanwhile has nobody left to tell
                         done(statusOf(status), secret, message);
                 });
}

void KeychainSecretStore::write(const QString &key, const QString &secret, WriteDone done)
{
    QString error;
    const keychain::Backend *module = backend(&error);
    if (!module) {
        done(Status::Unavailable, error);
        return;
    }
    module->write(m_service, key, secret,
                  [self = QPointer(this), done = std::move(done)](keychain::BackendStatus status,
                                                                  const QString &message) {
                      if (self)
                          done(statusOf(status), message);
                  });
}

void KeychainSecretStore::remove(const QString &key, WriteDone done)
{
    QString error;
    const keychain::Backend *module = backend(&error);
    if (!module) {
        done(Status::Unavailable, error);
        return;
    }
    module->remove(m_service, key,
                   [self = QPointer(this), done = std::move(done)](keychain::BackendStatus status,
                                                                   const QString &message) {
                       if (self)
                           done(statusOf(status), message);
                   });
}

} // namespace zd
