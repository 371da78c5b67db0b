#include "jwks.h"

#include "base64url.h"

#include "json/parser.h"
#include "json/writer.h"
#include <QCoreApplication>
#include <QFile>

namespace zd::demo::jwt {

namespace {

struct JwksText
{
    Q_DECLARE_TR_FUNCTIONS(Jwks)
};

// RFC 7518 §3.3: RS256 keys are at least 2048 bits.
constexpr int minimumBits = 2048;

QString member(const json::Value &object, QStringView key)
{
    const json::Value *value = object.find(key);
    return value && value->isString() ? value->toString() : QString();
}

} // namespace

std::shared_ptr<const KeySet> KeySet::demo()
{
    static const std::shared_ptr<const KeySet> demoKeys = [] {
        auto set = std::make_shared<KeySet>();
        // Not owned: the demo key lives as long as the process.
        const std::shared_ptr<const RsaKey> key(&RsaKey::demo(), [](const RsaKey *) {});
        set->keys.append({key->thumbprint(), key});
        return std::shared_ptr<const KeySet>(std::move(set));
    }();
    return demoKeys;
}

const RsaKey *KeySet::find(const QString &kid) const
{
    for (const Key &key : keys) {
        if (key.kid == kid)
            return key.key.get();
    }
    return nullptr;
}

QByteArray KeySet::toJson() const
{
    using json::Value;
    json::Array list;
    for (const Key &key : keys) {
        list.push_back(Value::fromObject(
            {{QStringLiteral("kty"), Value::fromString(QStringLiteral("RSA"))},
             {QStringLiteral("use"), Value::fromString(QStringLiteral("sig"))},
             {QStringLiteral("alg"), Value::fromString(QStringLiteral("RS256"))},
             {QStringLiteral("kid"), Value::fromString(key.kid)},
             {QStringLiteral("n"), Value::fromString(QString::fromLatin1(toBase64Url(key.key->modulus())))},
             {QStringLiteral("e"),
              Value::fromString(QString::fromLatin1(toBase64Url(key.key->exponent())))}}));
    }
    return json::dumps(Value::fromObject({{QStringLiteral("keys"), Value::fromArray(std::move(list))}}));
}

KeySetLoad parseJwks(const QByteArray &text)
{
    KeySetLoad load;
    const json::ParseResult parsed = json::parse(text);
    if (!parsed.ok) {
        load.error = JwksText::tr("not valid JSON: %1").arg(parsed.error);
        return load;
    }
    const json::Value *keys = parsed.value.isObject() ? parsed.value.find(u"keys") : nullptr;
    if (!keys || !keys->isArray()) {
        load.error = JwksText::tr("not a JWKS: a JSON object with a \"keys\" array is expected");
        return load;
    }
    auto set = std::make_shared<KeySet>();
    QStringList skipped;
    for (const json::Value &item : keys->toArray()) {
        if (!item.isObject())
            continue;
        const QString kid = member(item, u"kid");
        const QString what = kid.isEmpty() ? JwksText::tr("a key with no \"kid\"") : u'"' + kid + u'"';
        const QString use = member(item, u"use");
        const QString alg = member(item, u"alg");
        if (member(item, u"kty") != u"RSA" || kid.isEmpty() || (!use.isEmpty() && use != u"sig") ||
            (!alg.isEmpty() && alg != u"RS256")) {
            skipped << what;
            continue;
        }
        const std::optional<QByteArray> n = fromBase64Url(member(item, u"n").toLatin1());
        const std::optional<QByteArray> e = fromBase64Url(member(item, u"e").toLatin1());
        std::shared_ptr<const RsaKey> key = n && e ? RsaKey::fromComponents(*n, *e) : nullptr;
        if (!key || key->bits() < minimumBits) {
            skipped << what;
            continue;
        }
        set->keys.append({kid, std::move(key)});
    }
    if (set->keys.isEmpty()) {
        load.error = skipped.isEmpty()
                         ? JwksText::tr("no keys")
                         : JwksText::tr("no usable key: an RSA key of at least %1 bits with a \"kid\", "
                                        "base64url \"n\" and \"e\", for \"sig\" with RS256 is needed "
                                        "(left out: %2)")
                               .arg(minimumBits)
                               .arg(skipped.join(QStringLiteral(", ")));
        return load;
    }
    load.keys = std::move(set);
    return load;
}

KeySetLoad loadJwksFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        KeySetLoad load;
        load.error = JwksText::tr("cannot be read: %1").arg(file.errorString());
        return load;
    }
    return parseJwks(file.readAll());
}

} // namespace zd::demo::jwt
