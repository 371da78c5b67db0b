#include "secretstore.h"

#include <QPointer>
#include <type_traits>

namespace zd {

namespace {

// The caller's callback, made safe to call at any time from the store's side: it runs later, in the
// context's event loop, or not at all once the context is gone (its pending events go with it).
template <typename... Args>
std::function<void(Args...)> queued(QObject *context, std::function<void(Args...)> done)
{
    return [guard = QPointer<QObject>(context), done = std::move(done)](Args... args) mutable {
        if (!guard || !done)
            return;
        QMetaObject::invokeMethod(
            guard.data(),
            [done = std::move(done), ... values = std::decay_t<Args>(args)] { done(values...); },
            Qt::QueuedConnection);
        done = nullptr; // answered once
    };
}

} // namespace

QString profilePasswordKey(const QString &profileId)
{
    return u"profile/" + profileId + u"/password";
}

QString proxyPasswordKey(const QString &profileId)
{
    return u"profile/" + profileId + u"/proxy-password";
}

QString profileApiPasswordKey(const QString &profileId)
{
    return u"profile/" + profileId + u"/api-password";
}

QString profileApiKeyKey(const QString &profileId)
{
    return u"profile/" + profileId + u"/api-key";
}

QString profileTokenKey(const QString &profileId)
{
    return u"profile/" + profileId + u"/token";
}

QString profileClientSecretKey(const QString &profileId)
{
    return u"profile/" + profileId + u"/client-secret";
}

QStringList profileSecretKeys(const QString &profileId)
{
    return {profilePasswordKey(profileId), profileApiPasswordKey(profileId),
            proxyPasswordKey(profileId),   profileApiKeyKey(profileId),
            profileTokenKey(profileId),    profileClientSecretKey(profileId)};
}

void SecretStore::read(const QString &key, QObject *context, ReadDone done)
{
    Q_ASSERT_X(context, "SecretStore::read", "a context object is required");
    startRead(key, queued(context ? context : this, std::move(done)));
}

void SecretStore::write(const QString &key, const QString &secret, QObject *context, WriteDone done)
{
    Q_ASSERT_X(context, "SecretStore::write", "a context object is required");
    startWrite(key, secret, queued(context ? context : this, std::move(done)));
}

void SecretStore::remove(const QString &key, QObject *context, WriteDone done)
{
    Q_ASSERT_X(context, "SecretStore::remove", "a context object is required");
    startRemove(key, queued(context ? context : this, std::move(done)));
}

void MemorySecretStore::startRead(const QString &key, ReadDone answer)
{
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd())
        answer(Status::NotFound, QString(), QString());
    else
        answer(Status::Ok, *it, QString());
}

void MemorySecretStore::startWrite(const QString &key, const QString &secret, WriteDone answer)
{
    m_secrets.insert(key, secret);
    answer(Status::Ok, QString());
}

void MemorySecretStore::startRemove(const QString &key, WriteDone answer)
{
    m_secrets.remove(key);
    answer(Status::Ok, QString());
}

SessionSecretStore::SessionSecretStore(SecretStore *keychain, QObject *parent)
    : SecretStore(parent), m_keychain(keychain)
{}

void SessionSecretStore::fallBack(const QString &error)
{
    if (m_unavailable)
        return;
    m_unavailable = true;
    Q_EMIT keychainUnavailable(
        tr("No keychain is available, so passwords cannot be saved. They are kept in memory for this session "
           "only: you will enter them again next time. To keep them, start your desktop's keyring (such as "
           "GNOME Keyring or KWallet) and then Zato Desk again."),
        error);
}

void SessionSecretStore::startRead(const QString &key, ReadDone answer)
{
    if (m_unavailable) {
        m_memory.read(key, this, std::move(answer));
        return;
    }
    m_keychain->read(key, this,
                     [this, key, answer = std::move(answer)](Status status, const QString &secret,
                                                             const QString &error) mutable {
                         if (status != Status::Unavailable) {
                             m_answered = true;
                             answer(status, secret, error);
                             return;
                         }
                         fallBack(error);
                         m_memory.read(key, this, std::move(answer));
                     });
}

void SessionSecretStore::startWrite(const QString &key, const QString &secret, WriteDone answer)
{
    if (m_unavailable) {
        m_memory.write(key, secret, this, std::move(answer));
        return;
    }
    m_keychain->write(
        key, secret, this,
        [this, key, secret, answer = std::move(answer)](Status status, const QString &error) mutable {
            if (status != Status::Unavailable) {
                m_answered = true;
                answer(status, error);
                return;
            }
            fallBack(error);
            m_memory.write(key, secret, this, std::move(answer));
        });
}

void SessionSecretStore::startRemove(const QString &key, WriteDone answer)
{
    m_memory.remove(key, this, [](Status, const QString &) {}); // memory always succeeds
    if (m_unavailable) {
        answer(Status::Ok, QString());
        return;
    }
    m_keychain->remove(key, this,
                       [this, answer = std::move(answer)](Status status, const QString &error) mutable {
                           if (status == Status::Unavailable)
                               fallBack(error);
                           else
                               m_answered = true;
                           answer(status == Status::Unavailable ? Status::Ok : status, error);
                       });
}

} // namespace zd
