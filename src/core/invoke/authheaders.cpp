#include "authheaders.h"

#include "callcheck.h"
#include "requestbuilder.h"

#include <QCoreApplication>

namespace zd {

namespace {

struct AuthText
{
    Q_DECLARE_TR_FUNCTIONS(CallCheck)
};

const QByteArray Masked = QByteArrayLiteral("********");

} // namespace

QString authKindKey(AuthKind kind)
{
    switch (kind) {
    case AuthKind::None:
        return QStringLiteral("none");
    case AuthKind::Basic:
        return QStringLiteral("basic");
    case AuthKind::ApiKey:
        return QStringLiteral("apikey");
    case AuthKind::Bearer:
        return QStringLiteral("bearer");
    case AuthKind::OAuth2:
        return QStringLiteral("oauth2");
    }
    return QStringLiteral("basic");
}

std::optional<AuthKind> authKindFromKey(const QString &key)
{
    for (AuthKind kind :
         {AuthKind::None, AuthKind::Basic, AuthKind::ApiKey, AuthKind::Bearer, AuthKind::OAuth2}) {
        if (key == authKindKey(kind))
            return kind;
    }
    return std::nullopt;
}

std::optional<HttpHeader> authHeader(const CallSpec &spec, QString *error)
{
    switch (spec.auth.kind) {
    case AuthKind::None:
        return std::nullopt;
    case AuthKind::Basic:
        if (!sendsBasicAuth(spec))
            return std::nullopt;
        return HttpHeader{QByteArrayLiteral("Authorization"), basicAuthorization(spec.user, spec.password)};
    case AuthKind::ApiKey: {
        const QByteArray name =
            spec.auth.apiKeyHeader.isEmpty() ? QByteArrayLiteral("X-API-Key") : spec.auth.apiKeyHeader;
        if (spec.auth.secret.isEmpty()) {
            *error = AuthText::tr("The API key is empty: enter the key the channel's definition holds.");
            return std::nullopt;
        }
        const HttpHeader header{name, spec.auth.secret.toUtf8()};
        if (const QString problem = headerProblem(header); !problem.isEmpty()) {
            *error = AuthText::tr("The API key header: %1").arg(problem);
            return std::nullopt;
        }
        return header;
    }
    case AuthKind::Bearer: {
        if (spec.auth.secret.isEmpty()) {
            *error = AuthText::tr("The bearer token is empty: enter the token the channel accepts.");
            return std::nullopt;
        }
        const HttpHeader header{QByteArrayLiteral("Authorization"), "Bearer " + spec.auth.secret.toUtf8()};
        if (const QString problem = headerProblem(header); !problem.isEmpty()) {
            *error = AuthText::tr("The bearer token contains a line break.");
            return std::nullopt;
        }
        return header;
    }
    case AuthKind::OAuth2: {
        if (spec.auth.token.isEmpty()) {
            *error = AuthText::tr("There is no token for this call yet: it is got from the token endpoint "
                                  "before the call is sent.");
            return std::nullopt;
        }
        const HttpHeader header{QByteArrayLiteral("Authorization"), "Bearer " + spec.auth.token.toUtf8()};
        if (const QString problem = headerProblem(header); !problem.isEmpty()) {
            *error = AuthText::tr("The token endpoint gave a token that cannot be sent in a header.");
            return std::nullopt;
        }
        return header;
    }
    }
    return std::nullopt;
}

bool isSecretHeader(const HttpRequestData &request, QByteArrayView name)
{
    for (QByteArrayView secret : {QByteArrayView("Authorization"), QByteArrayView("Proxy-Authorization"),
                                  QByteArrayView("X-API-Key")}) {
        if (name.compare(secret, Qt::CaseInsensitive) == 0)
            return true;
    }
    return std::any_of(
        request.secretHeaders.cbegin(), request.secretHeaders.cend(),
        [name](const QByteArray &secret) { return name.compare(secret, Qt::CaseInsensitive) == 0; });
}

QByteArray shownHeaderValue(const HttpRequestData &request, const HttpHeader &header)
{
    if (!isSecretHeader(request, header.name))
        return header.value;
    const bool authorization = header.name.compare("Authorization", Qt::CaseInsensitive) == 0 ||
                               header.name.compare("Proxy-Authorization", Qt::CaseInsensitive) == 0;
    const qsizetype space = header.value.indexOf(' ');
    return authorization && space > 0 ? header.value.left(space + 1) + Masked : Masked;
}

} // namespace zd
