// The keychain module: QtKeychain jobs behind the plain functions of keychainbackend.h.
#include "keychainbackend.h"

#include <qt6keychain/keychain.h>

namespace zd::keychain {

namespace {

BackendStatus statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return BackendStatus::Ok;
    case QKeychain::EntryNotFound:
        return BackendStatus::NotFound;
    default:
        return BackendStatus::Unavailable;
    }
}

// Jobs delete themselves after finished(); no insecure fallback, ever.
template <typename Job> Job *newJob(const QString &service, const QString &key)
{
    auto *job = new Job(service);
    job->setKey(key);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    return job;
}

void readSecret(const QString &service, const QString &key, BackendReadDone done)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(service, key);
    QObject::connect(job, &QKeychain::Job::finished, job, [done = std::move(done)](QKeychain::Job *finished) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        done(statusOf(read->error()), read->error() == QKeychain::NoError ? read->textData() : QString(),
             read->errorString());
    });
    job->start();
}

void writeSecret(const QString &service, const QString &key, const QString &secret, BackendWriteDone done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(service, key);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, job, [done = std::move(done)](QKeychain::Job *finished) {
        done(statusOf(finished->error()), finished->errorString());
    });
    job->start();
}

void removeSecret(const QString &service, const QString &key, BackendWriteDone done)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(service, key);
    QObject::connect(job, &QKeychain::Job::finished, job, [done = std::move(done)](QKeychain::Job *finished) {
        const QKeychain::Error error = finished->error();
        // Removing what is not there has succeeded.
        done(error == QKeychain::EntryNotFound ? BackendStatus::Ok : statusOf(error),
             finished->errorString());
    });
    job->start();
}

constexpr Backend backend{BackendAbiVersion, readSecret, writeSecret, removeSecret};

} // namespace

} // namespace zd::keychain

extern "C" Q_DECL_EXPORT const zd::keychain::Backend *zd_keychain_backend()
{
    return &zd::keychain::backend;
}
