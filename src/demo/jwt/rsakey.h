#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>

struct evp_pkey_st;

namespace zd::demo::jwt {

// An RSA key for RS256 (RSASSA-PKCS1-v1_5 with SHA-256): the demo identity provider's signing key,
// or a public key read from a JWKS.
class RsaKey
{
public:
    // A new key pair; nullptr when the library fails.
    [[nodiscard]] static std::shared_ptr<const RsaKey> generate(int bits);
    // A public key from its modulus and exponent (big-endian, unsigned); nullptr when they make none.
    [[nodiscard]] static std::shared_ptr<const RsaKey> fromComponents(QByteArrayView modulus,
                                                                      QByteArrayView exponent);
    // The demo server's own 2048-bit key pair. Made on first use, once per process (tests start
    // many servers, and making a key takes a noticeable fraction of a second).
    [[nodiscard]] static const RsaKey &demo();

    ~RsaKey();
    RsaKey(const RsaKey &) = delete;
    RsaKey &operator=(const RsaKey &) = delete;

    [[nodiscard]] QByteArray modulus() const;  // "n", big-endian
    [[nodiscard]] QByteArray exponent() const; // "e", big-endian
    [[nodiscard]] int bits() const;
    // The RFC 7638 thumbprint (base64url SHA-256 of the canonical JWK), used as the key id.
    [[nodiscard]] QString thumbprint() const;

    // The RS256 signature of data; empty when this is a public key or the library fails.
    [[nodiscard]] QByteArray sign(QByteArrayView data) const;
    [[nodiscard]] bool verify(QByteArrayView data, QByteArrayView signature) const;

private:
    RsaKey(evp_pkey_st *key, bool hasPrivate) : m_key(key), m_private(hasPrivate) {}

    evp_pkey_st *m_key;
    bool m_private;
};

} // namespace zd::demo::jwt
