#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>

namespace zd {

// Where passwords live: asynchronous, keyed by strings such as "profile/<id>/password". The real
// one is the OS keychain (src/keychain); the memory one keeps secrets for this session only.
//
// Every call names a context object, as QObject::connect does: the answer is delivered in the
// context's thread through its event loop, never from inside the call that started the job, and is
// dropped if the context is destroyed first. So a dialog that asked and was closed is never called
// back. The guarantee lives here, for every implementation: a subclass only does the job and hands
// its result to the answer it was given, at any time (even at once); this class queues it.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status { Ok, NotFound, Unavailable };
    using ReadDone = std::function<void(Status status, const QString &secret, const QString &error)>;
    using WriteDone = std::function<void(Status status, const QString &error)>;

    using QObject::QObject;
    void read(const QString &key, QObject *context, ReadDone done);
    void write(const QString &key, const QString &secret, QObject *context, WriteDone done);
    void remove(const QString &key, QObject *context, WriteDone done);

protected:
    // The jobs. Each calls its answer exactly once; the answer may outlive the store and the caller.
    virtual void startRead(const QString &key, ReadDone answer) = 0;
    virtual void startWrite(const QString &key, const QString &secret, WriteDone answer) = 0;
    virtual void startRemove(const QString &key, WriteDone answer) = 0;
};

// Secrets in memory, gone when the process ends. The fallback when no keychain answers, and the
// fake for unit tests.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

protected:
    void startRead(const QString &key, ReadDone answer) override;
    void startWrite(const QString &key, const QString &secret, WriteDone answer) override;
    void startRemove(const QString &key, WriteDone answer) override;

private:
    QHash<QString, QString> m_secrets;
};

// The keychain, or, once it has failed, memory for the rest of the session. It says so once,
// through keychainUnavailable(); it never writes a secret anywhere else.
class SessionSecretStore : public SecretStore
{
    Q_OBJECT
public:
    // What is known of the keychain: Unknown until a job has been answered.
    enum class Keychain { Unknown, Available, Unavailable };

    explicit SessionSecretStore(SecretStore *keychain, QObject *parent = nullptr);
    [[nodiscard]] bool keychainAvailable() const { return !m_unavailable; }
    [[nodiscard]] Keychain keychainState() const
    {
        return m_unavailable ? Keychain::Unavailable : m_answered ? Keychain::Available : Keychain::Unknown;
    }

Q_SIGNALS:
    // message: what happened and what to do, in plain words; detail: the keychain's own error.
    void keychainUnavailable(const QString &message, const QString &detail);

protected:
    void startRead(const QString &key, ReadDone answer) override;
    void startWrite(const QString &key, const QString &secret, WriteDone answer) override;
    void startRemove(const QString &key, WriteDone answer) override;

private:
    void fallBack(const QString &error);

    SecretStore *m_keychain;
    MemorySecretStore m_memory;
    bool m_unavailable = false;
    bool m_answered = false; // the keychain has answered a job
};

[[nodiscard]] QString profilePasswordKey(const QString &profileId);
[[nodiscard]] QString proxyPasswordKey(const QString &profileId);
// The password of the profile's own Invoke API user (Profile::apiUser).
[[nodiscard]] QString profileApiPasswordKey(const QString &profileId);
// The profile's API key (AuthKind::ApiKey) and bearer token (AuthKind::Bearer).
[[nodiscard]] QString profileApiKeyKey(const QString &profileId);
[[nodiscard]] QString profileTokenKey(const QString &profileId);
// The client secret of the profile's OAuth2 token endpoint (AuthKind::OAuth2).
[[nodiscard]] QString profileClientSecretKey(const QString &profileId);
// Every keychain entry a profile may have, to remove them all with it.
[[nodiscard]] QStringList profileSecretKeys(const QString &profileId);

} // namespace zd
