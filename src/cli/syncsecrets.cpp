#include "syncsecrets.h"

#include <QEventLoop>

namespace zd::cli {

std::optional<QString> readSecret(SecretStore &store, const QString &key, QString *error)
{
    QEventLoop loop;
    std::optional<QString> result;
    store.read(key, [&](SecretStore::Status status, const QString &secret, const QString &message) {
        if (status == SecretStore::Status::Ok)
            result = secret;
        else if (status == SecretStore::Status::Unavailable && error)
            *error = message;
        loop.quit();
    });
    loop.exec();
    return result;
}

bool writeSecret(SecretStore &store, const QString &key, const QString &secret, QString *error)
{
    QEventLoop loop;
    bool ok = false;
    store.write(key, secret, [&](SecretStore::Status status, const QString &message) {
        ok = status == SecretStore::Status::Ok;
        if (!ok && error)
            *error = message;
        loop.quit();
    });
    loop.exec();
    return ok;
}

bool removeSecret(SecretStore &store, const QString &key)
{
    QEventLoop loop;
    bool ok = false;
    store.remove(key, [&](SecretStore::Status status, const QString &) {
        ok = status == SecretStore::Status::Ok;
        loop.quit();
    });
    loop.exec();
    return ok;
}

} // namespace zd::cli
