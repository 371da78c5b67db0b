#include "tokencache.h"

#include <QCryptographicHash>

namespace zd {

QByteArray TokenCache::keyOf(const AuthSettings &auth)
{
    const OAuth2Settings &s = auth.oauth2;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // Each part with its length first, so that no two settings give the same bytes.
    const auto add = [&hash](const QString &part) {
        const QByteArray bytes = part.toUtf8();
        hash.addData(QByteArray::number(bytes.size()).append(':'));
        hash.addData(bytes);
    };
    add(s.tokenUrl.trimmed());
    add(s.clientId);
    add(auth.secret);
    add(s.clientIdField);
    add(s.clientSecretField);
    add(s.scopes.join(u' '));
    for (const NamedValue &extra : s.extraFields) {
        add(extra.name);
        add(extra.value);
    }
    add(s.format == OAuth2Settings::Format::Form ? QStringLiteral("form") : QStringLiteral("json"));
    return hash.result();
}

std::optional<TokenCache::Entry> TokenCache::find(const QByteArray &key, const QDateTime &now) const
{
    const auto kept = m_entries.constFind(key);
    if (kept == m_entries.cend() || now >= kept->useUntil)
        return std::nullopt;
    return kept->entry;
}

void TokenCache::store(const QByteArray &key, const Entry &entry, const QDateTime &received)
{
    if (!entry.expires || *entry.expires <= received) {
        m_entries.remove(key);
        return;
    }
    const qint64 lifetime = received.msecsTo(*entry.expires);
    m_entries.insert(key, Kept{entry, entry.expires->addMSecs(-std::min(MarginMs, lifetime / 2))});
}

} // namespace zd
