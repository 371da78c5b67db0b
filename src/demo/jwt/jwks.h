#pragma once

#include "rsakey.h"

#include <QList>
#include <QString>
#include <memory>

namespace zd::demo::jwt {

// The RS256 keys a JWT may be signed with, by key id (RFC 7517).
struct KeySet
{
    struct Key
    {
        QString kid;
        std::shared_ptr<const RsaKey> key;
    };

    // The demo identity provider's own key alone, by its thumbprint.
    [[nodiscard]] static std::shared_ptr<const KeySet> demo();

    [[nodiscard]] const RsaKey *find(const QString &kid) const;
    // {"keys": [{"kty":"RSA","use":"sig","alg":"RS256","kid":…,"n":…,"e":…}]}
    [[nodiscard]] QByteArray toJson() const;

    QList<Key> keys;
};

struct KeySetLoad
{
    std::shared_ptr<const KeySet> keys; // nullptr on error
    QString error;
};

// A JWKS document: RSA keys with a kid, n and e, meant for signatures with RS256 (a key whose "use"
// or "alg" says otherwise is left out). At least one such key, or an error saying what is wrong.
[[nodiscard]] KeySetLoad parseJwks(const QByteArray &json);
// The same from a file; the error does not name the file (the caller does).
[[nodiscard]] KeySetLoad loadJwksFile(const QString &fileName);

} // namespace zd::demo::jwt
