#pragma once

#include <QByteArray>
#include <optional>

namespace zd::demo::jwt {

// base64url without padding (RFC 7515 §2), as JWTs and JWKs carry their parts.
[[nodiscard]] inline QByteArray toBase64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// nullopt for anything but the unpadded base64url alphabet, so a token with padding, spaces or
// standard base64's + and / is malformed rather than read leniently.
[[nodiscard]] inline std::optional<QByteArray> fromBase64Url(QByteArrayView text)
{
    for (const char c : text) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                        c == '-' || c == '_';
        if (!ok)
            return std::nullopt;
    }
    if (text.size() % 4 == 1)
        return std::nullopt;
    const QByteArray::FromBase64Result result = QByteArray::fromBase64Encoding(
        text.toByteArray(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return result.decoded;
}

} // namespace zd::demo::jwt
