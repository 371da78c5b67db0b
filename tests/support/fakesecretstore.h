#pragma once

#include "profile/secretstore.h"

#include <QHash>
#include <QTimer>

namespace zd::test {

// A fake keychain for tests: secrets in a hash, answered after delayMs on a timer (a slow keychain,
// say one waiting on an unlock prompt), or at once from inside the call (delayMs < 0), which
// SecretStore must still deliver through the event loop. failWrites refuses every write and removal.
class FakeSecretStore : public SecretStore
{
public:
    explicit FakeSecretStore(int delayMs = 0, QObject *parent = nullptr)
        : SecretStore(parent), m_delayMs(delayMs)
    {}

    QHash<QString, QString> secrets;
    bool failWrites = false;
    int answered = 0; // answers handed to SecretStore, whether or not anyone was left to hear them

protected:
    void startRead(const QString &key, ReadDone answer) override
    {
        later([this, key, answer = std::move(answer)] {
            const auto it = secrets.constFind(key);
            if (it == secrets.constEnd())
                answer(Status::NotFound, QString(), QString());
            else
                answer(Status::Ok, *it, QString());
        });
    }
    void startWrite(const QString &key, const QString &secret, WriteDone answer) override
    {
        later([this, key, secret, answer = std::move(answer)] {
            if (failWrites) {
                answer(Status::Unavailable, QStringLiteral("the fake keychain is locked"));
                return;
            }
            secrets.insert(key, secret);
            answer(Status::Ok, QString());
        });
    }
    void startRemove(const QString &key, WriteDone answer) override
    {
        later([this, key, answer = std::move(answer)] {
            if (failWrites) {
                answer(Status::Unavailable, QStringLiteral("the fake keychain is locked"));
                return;
            }
            secrets.remove(key);
            answer(Status::Ok, QString());
        });
    }

private:
    template <typename Job> void later(Job job)
    {
        const auto counted = [this, job = std::move(job)] {
            ++answered;
            job();
        };
        if (m_delayMs < 0)
            counted();
        else
            QTimer::singleShot(m_delayMs, this, counted);
    }

    int m_delayMs;
};

} // namespace zd::test
