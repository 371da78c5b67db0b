#include "rsakey.h"

#include "base64url.h"

#include <QCryptographicHash>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/rsa.h>

namespace zd::demo::jwt {

namespace {

template <typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using PkeyContext = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using DigestContext = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using BigNumber = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using ParamBuilder = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using Params = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM, OSSL_PARAM_free>>;

const unsigned char *bytes(QByteArrayView data)
{
    return reinterpret_cast<const unsigned char *>(data.data());
}

BigNumber bigNumber(QByteArrayView data)
{
    return BigNumber(BN_bin2bn(bytes(data), int(data.size()), nullptr));
}

QByteArray component(EVP_PKEY *key, const char *name)
{
    BIGNUM *raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1)
        return QByteArray();
    const BigNumber number(raw);
    QByteArray out(BN_num_bytes(number.get()), Qt::Uninitialized);
    BN_bn2bin(number.get(), reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

} // namespace

RsaKey::~RsaKey()
{
    EVP_PKEY_free(m_key);
}

std::shared_ptr<const RsaKey> RsaKey::generate(int bits)
{
    const PkeyContext context(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY *key = nullptr;
    if (!context || EVP_PKEY_keygen_init(context.get()) != 1 ||
        EVP_PKEY_CTX_set_rsa_keygen_bits(context.get(), bits) != 1 ||
        EVP_PKEY_generate(context.get(), &key) != 1)
        return nullptr;
    return std::shared_ptr<const RsaKey>(new RsaKey(key, true));
}

std::shared_ptr<const RsaKey> RsaKey::fromComponents(QByteArrayView modulus, QByteArrayView exponent)
{
    if (modulus.isEmpty() || exponent.isEmpty())
        return nullptr;
    const BigNumber n = bigNumber(modulus);
    const BigNumber e = bigNumber(exponent);
    const ParamBuilder builder(OSSL_PARAM_BLD_new());
    if (!n || !e || !builder || OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, n.get()) != 1 ||
        OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, e.get()) != 1)
        return nullptr;
    const Params params(OSSL_PARAM_BLD_to_param(builder.get()));
    const PkeyContext context(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !context || EVP_PKEY_fromdata_init(context.get()) != 1 ||
        EVP_PKEY_fromdata(context.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return nullptr;
    return std::shared_ptr<const RsaKey>(new RsaKey(key, false));
}

const RsaKey &RsaKey::demo()
{
    // Initialised once, thread-safely, on first use.
    static const std::shared_ptr<const RsaKey> key = [] {
        std::shared_ptr<const RsaKey> made = generate(2048);
        if (!made)
            qFatal("The demo server cannot make its RSA signing key");
        return made;
    }();
    return *key;
}

QByteArray RsaKey::modulus() const
{
    return component(m_key, OSSL_PKEY_PARAM_RSA_N);
}

QByteArray RsaKey::exponent() const
{
    return component(m_key, OSSL_PKEY_PARAM_RSA_E);
}

int RsaKey::bits() const
{
    return EVP_PKEY_get_bits(m_key);
}

QString RsaKey::thumbprint() const
{
    // RFC 7638 §3.2: the required members in lexicographic order, no white space.
    const QByteArray canonical =
        R"({"e":")" + toBase64Url(exponent()) + R"(","kty":"RSA","n":")" + toBase64Url(modulus()) + R"("})";
    return QString::fromLatin1(toBase64Url(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256)));
}

QByteArray RsaKey::sign(QByteArrayView data) const
{
    if (!m_private)
        return QByteArray();
    const DigestContext context(EVP_MD_CTX_new());
    size_t size = 0;
    if (!context || EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, m_key) != 1 ||
        EVP_DigestSign(context.get(), nullptr, &size, bytes(data), size_t(data.size())) != 1)
        return QByteArray();
    QByteArray signature(qsizetype(size), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &size, bytes(data),
                       size_t(data.size())) != 1)
        return QByteArray();
    signature.truncate(qsizetype(size));
    return signature;
}

bool RsaKey::verify(QByteArrayView data, QByteArrayView signature) const
{
    const DigestContext context(EVP_MD_CTX_new());
    // PKCS#1 v1.5 is the default padding for RSA keys.
    return context && EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, m_key) == 1 &&
           EVP_DigestVerify(context.get(), bytes(signature), size_t(signature.size()), bytes(data),
                            size_t(data.size())) == 1;
}

} // namespace zd::demo::jwt
