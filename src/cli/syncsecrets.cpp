#include "syncsecrets.h"

#include <QEventLoop>

namespace zd::cli {

void waitFor(const std::function<void(QObject *context, const std::function<void()> &finish)> &start)
{
    QEventLoop loop;
    bool finished = false;
    // QEventLoop::quit() before exec() is forgotten by exec(): the flag is what ends the wait.
    start(&loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
}

std::optional<QString> readSecret(SecretStore &store, const QString &key, QString *error)
{
    std::optional<QString> result;
    waitFor([&](QObject *context, const std::function<void()> &finish) {
        store.read(key, context,
                   [&result, error, finish](SecretStore::Status status, const QString &secret,
                                            const QString &message) {
                       if (status == SecretStore::Status::Ok)
                           result = secret;
                       else if (status == SecretStore::Status::Unavailable && error)
                           *error = message;
                       finish();
                   });
    });
    return result;
}

bool writeSecret(SecretStore &store, const QString &key, const QString &secret, QString *error)
{
    bool ok = false;
    waitFor([&](QObject *context, const std::function<void()> &finish) {
        store.write(key, secret, context,
                    [&ok, error, finish](SecretStore::Status status, const QString &message) {
                        ok = status == SecretStore::Status::Ok;
                        if (!ok && error)
                            *error = message;
                        finish();
                    });
    });
    return ok;
}

bool removeSecret(SecretStore &store, const QString &key)
{
    bool ok = false;
    waitFor([&](QObject *context, const std::function<void()> &finish) {
        store.remove(key, context, [&ok, finish](SecretStore::Status status, const QString &) {
            ok = status == SecretStore::Status::Ok;
            finish();
        });
    });
    return ok;
}

} // namespace zd::cli
