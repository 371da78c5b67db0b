#include "secretstore.h"

#include <QTimer>

namespace zd {

QString profilePasswordKey(const QString &profileId)
{
    return u"profile/" + profileId + u"/password";
}

QString proxyPasswordKey(const QString &profileId)
{
    return u"profile/" + profileId + u"/proxy-password";
}

void MemorySecretStore::read(const QString &key, ReadDone done)
{
    const auto it = m_secrets.constFind(key);
    const bool found = it != m_secrets.constEnd();
    const QString secret = found ? *it : QString();
    QTimer::singleShot(0, this, [done = std::move(done), found, secret] {
        done(found ? Status::Ok : Status::NotFound, secret, QString());
    });
}

void MemorySecretStore::write(const QString &key, const QString &secret, WriteDone done)
{
    m_secrets.insert(key, secret);
    QTimer::singleShot(0, this, [done = std::move(done)] { done(Status::Ok, QString()); });
}

void MemorySecretStore::remove(const QString &key, WriteDone done)
{
    m_secrets.remove(key);
    QTimer::singleShot(0, this, [done = std::move(done)] { done(Status::Ok, QString()); });
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
        tr("No keychain is available (%1). Passwords are kept in memory for this session only and are not "
           "saved; you will be asked for them again next time.")
            .arg(error));
}

void SessionSecretStore::read(const QString &key, ReadDone done)
{
    if (m_unavailable) {
        m_memory.read(key, std::move(done));
        return;
    }
    m_keychain->read(key, [this, key, done = std::move(done)](Status status, const QString &secret,
                                                              const QString &error) mutable {
        if (status != Status::Unavailable) {
            done(status, secret, error);
            return;
        }
        fallBack(error);
        m_memory.read(key, std::move(done));
    });
}

void SessionSecretStore::write(const QString &key, const QString &secret, WriteDone done)
{
    if (m_unavailable) {
        m_memory.write(key, secret, std::move(done));
        return;
    }
    m_keychain->write(
        key, secret,
        [this, key, secret, done = std::move(done)](Status status, const QString &error) mutable {
            if (status != Status::Unavailable) {
                done(status, error);
                return;
            }
            fallBack(error);
            m_memory.write(key, secret, std::move(done));
        });
}

void SessionSecretStore::remove(const QString &key, WriteDone done)
{
    m_memory.remove(key, [](Status, const QString &) {});
    if (m_unavailable) {
        QTimer::singleShot(0, this, [done = std::move(done)] { done(Status::Ok, QString()); });
        return;
    }
    m_keychain->remove(key, [this, done = std::move(done)](Status status, const QString &error) {
        if (status == Status::Unavailable)
            fallBack(error);
        done(status == Status::Unavailable ? Status::Ok : status, error);
    });
}

} // namespace zd
