#pragma once

#include "profile/secretstore.h"

namespace zd {

namespace keychain {
struct Backend;
}

// The OS keychain through QtKeychain (the Secret Service on Linux), loaded from the keychain module
// on the first call (see keychainbackend.h). Every error other than "no such entry" counts as
// unavailable: QtKeychain reports a missing Secret Service as OtherError and a locked keyring as
// EntryNotFound on read; a module that cannot be loaded is unavailable too. Never falls back to a
// file (no insecure fallback).
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("zato-desk"), QObject *parent = nullptr);

    // Where the module is looked for, first match wins: $ZD_KEYCHAIN_MODULE, then the installed
    // place relative to the executable, then (for programs in the build tree) the build tree.
    [[nodiscard]] static QStringList moduleCandidates();

protected:
    void startRead(const QString &key, ReadDone answer) override;
    void startWrite(const QString &key, const QString &secret, WriteDone answer) override;
    void startRemove(const QString &key, WriteDone answer) override;

private:
    const keychain::Backend *backend(QString *error);

    QString m_service;
};

} // namespace zd
