#pragma once

#include "profile/secretstore.h"

namespace zd {

// The OS keychain through QtKeychain (the Secret Service on Linux). Every error other than "no such
// entry" counts as unavailable: QtKeychain reports a missing Secret Service as OtherError and a
// locked keyring as EntryNotFound on read. Never falls back to a file (no insecure fallback).
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("zato-desk"), QObject *parent = nullptr);
    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QString &secret, WriteDone done) override;
    void remove(const QString &key, WriteDone done) override;

private:
    QString m_service;
};

} // namespace zd
