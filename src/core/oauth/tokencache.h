#pragma once

#include "invoke/calltypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <optional>

namespace zd {

// Tokens got from token endpoints, kept in memory (never on disk) until shortly before they expire, so
// that the calls of a session, the matrix and load mode ask the endpoint once. A token whose answer
// said nothing of its expiry is not kept. Times are given, not read from a clock: the caller's clock.
class TokenCache
{
public:
    // Which token a call's settings ask for: every setting that changes the answer (URL, client, the
    // secret, fields, scopes, format), as a digest, so that the key holds no secret.
    [[nodiscard]] static QByteArray keyOf(const AuthSettings &auth);
    // How long before its expiry a token is no longer used, so that it does not expire on its way to
    // the server: 30 s, or half its lifetime when that is shorter.
    static constexpr qint64 MarginMs = 30 * 1000;

    struct Entry
    {
        QString token;
        std::optional<QDateTime> expires;
        QString scope;
    };
    [[nodiscard]] std::optional<Entry> find(const QByteArray &key, const QDateTime &now) const;
    void store(const QByteArray &key, const Entry &entry, const QDateTime &received);
    void forget(const QByteArray &key) { m_entries.remove(key); }
    void clear() { m_entries.clear(); }

private:
    struct Kept
    {
        Entry entry;
        QDateTime useUntil;
    };
    QHash<QByteArray, Kept> m_entries;
};

} // namespace zd
