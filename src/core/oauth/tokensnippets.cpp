#include "tokensnippets.h"

#include "invoke/authheaders.h"
#include "invoke/snippets.h"
#include "tokenexchange.h"

#include "json/writer.h"

namespace zd {

namespace {

QString pythonString(const QString &text)
{
    return pythonLiteral(json::Value::fromString(text));
}

QString jsonString(const QString &text)
{
    return QString::fromUtf8(json::dumps(json::Value::fromString(text)));
}

} // namespace

QString pythonTokenLine(const CallSpec &spec, bool includeSecret)
{
    if (spec.auth.kind != AuthKind::OAuth2)
        return QString();
    const QString secret = includeSecret ? pythonString(spec.auth.secret)
                                         : u"os.environ['" + ClientSecretVariable.toString() + u"']";
    const QList<NamedValue> fields = tokenFields(spec.auth);
    QStringList members;
    for (qsizetype i = 0; i < fields.size(); ++i)
        members << pythonString(fields.at(i).name) + u": " +
                       (i == TokenSecretField ? secret : pythonString(fields.at(i).value));
    const bool json = spec.auth.oauth2.format == OAuth2Settings::Format::Json;
    return PythonTokenVariable.toString() + u" = requests.post(" +
           pythonString(spec.auth.oauth2.tokenUrl.trimmed()) + (json ? u", json={" : u", data={") +
           members.join(u", ") + u"}).json()['access_token']\n";
}

QString shellTokenLine(const CallSpec &spec, bool includeSecret)
{
    if (spec.auth.kind != AuthKind::OAuth2)
        return QString();
    const QString secret =
        includeSecret ? shellQuote(spec.auth.secret) : u"\"$" + ClientSecretVariable.toString() + u'"';
    const QList<NamedValue> fields = tokenFields(spec.auth);
    QStringList words{QStringLiteral("curl"), QStringLiteral("--silent"), QStringLiteral("--show-error")};
    if (spec.auth.oauth2.format == OAuth2Settings::Format::Json) {
        // One shell word of quoted pieces, the secret's variable between them: {"name": "value", ...}
        QStringList members;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const QString name = jsonString(fields.at(i).name);
            members << (i == TokenSecretField
                            ? shellQuote(name + u": \"") + secret + shellQuote(QStringLiteral("\""))
                            : shellQuote(name + u": " + jsonString(fields.at(i).value)));
        }
        words << QStringLiteral("--header") << shellQuote(QStringLiteral("Content-Type: application/json"))
              << QStringLiteral("--data-binary")
              << shellQuote(QStringLiteral("{")) + members.join(shellQuote(QStringLiteral(", "))) +
                     shellQuote(QStringLiteral("}"));
    } else {
        for (qsizetype i = 0; i < fields.size(); ++i)
            words << QStringLiteral("--data-urlencode")
                  << (i == TokenSecretField ? shellQuote(fields.at(i).name + u'=') + secret
                                            : shellQuote(fields.at(i).name + u'=' + fields.at(i).value));
    }
    words << shellQuote(spec.auth.oauth2.tokenUrl.trimmed());
    return TokenVariable.toString() + u"=$(" + words.join(u' ') +
           u" | sed -n 's/.*\"access_token\" *: *\"\\([^\"]*\\)\".*/\\1/p')\n";
}

} // namespace zd
