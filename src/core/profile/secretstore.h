#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <functional>

namespace zd {

// Where passwords live: asynchronous, keyed by strings such as "profile/<id>/password". The real
// one is the OS keychain (src/keychain); the memory one keeps secrets for this session only.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status { Ok, NotFound, Unavailable };
    using ReadDone = std::function<void(Status status, const QString &secret, const QString &error)>;
    using WriteDone = std::function<void(Status status, const QString &error)>;

    using QObject::QObject;
    virtual void read(const QString &key, ReadDone done) = 0;
    virtual void write(const QString &key, const QString &secret, WriteDone done) = 0;
    virtual void remove(const QString &key, WriteDone done) = 0;
};

// Secrets in memory, gone when the process ends. The fallback when no keychain answers, and the
// fake for unit tests.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QString &secret, WriteDone done) override;
    void remove(const QString &key, WriteDone done) override;

private:
    QHash<QString, QString> m_secrets;
};

// The keychain, or, once it has failed, memory for the rest of the session. It says so once,
// through keychainUnavailable(); it never writes a secret anywhere else.
class SessionSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit SessionSecretStore(SecretStore *keychain, QObject *parent = nullptr);
    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QString &secret, WriteDone done) override;
    void remove(const QString &key, WriteDone done) override;
    [[nodiscard]] bool keychainAvailable() const { return !m_unavailable; }

Q_SIGNALS:
    void keychainUnavailable(const QString &message);

private:
    void fallBack(const QString &error);

    SecretStore *m_keychain;
    MemorySecretStore m_memory;
    bool m_unavailable = false;
};

[[nodiscard]] QString profilePasswordKey(const QString &profileId);
[[nodiscard]] QString proxyPasswordKey(const QString &profileId);

} // namespace zd
