#include "callcheck.h"

#include <QCoreApplication>
#include <QUrl>

namespace zd {

namespace {

struct CallCheck
{
    Q_DECLARE_TR_FUNCTIONS(CallCheck)
};

bool isTokenChar(char c)
{
    static const QByteArrayView specials("!#$%&'*+-.^_`|~");
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || specials.contains(c);
}

} // namespace

QString addressProblem(const QString &text)
{
    const QString address = text.trimmed();
    if (address.isEmpty())
        return CallCheck::tr("The server address is empty: enter one, such as http://localhost:17010.");
    if (!address.startsWith(u"http://", Qt::CaseInsensitive) &&
        !address.startsWith(u"https://", Qt::CaseInsensitive)) {
        return CallCheck::tr("The server address \"%1\" has no http:// or https:// scheme: "
                             "write it as http://%1 or https://%1.")
            .arg(address);
    }
    const QUrl url(address, QUrl::StrictMode);
    if (!url.isValid())
        return CallCheck::tr("The server address \"%1\" is not a valid URL (%2).")
            .arg(address, url.errorString());
    if (url.host().isEmpty())
        return CallCheck::tr("The server address \"%1\" has no host name.").arg(address);
    if (!url.userInfo().isEmpty())
        return CallCheck::tr("The server address holds a user name or password (before @): it would be kept "
                             "in clear with the address. Write the address as %1 and the user and password "
                             "in their own fields.")
            .arg(withoutUserInfo(address));
    return QString();
}

QString withoutUserInfo(const QString &address)
{
    QUrl url(address.trimmed(), QUrl::TolerantMode);
    if (!url.isValid() || url.userInfo().isEmpty())
        return address;
    url.setUserInfo(QString());
    return url.toString();
}

QString pathProblem(const QString &path, ClientKind kind, bool required)
{
    if (path.isEmpty()) {
        if (!required)
            return QString();
        return kind == ClientKind::Json
                   ? CallCheck::tr("The JSONClient channel path is empty: enter the URL path of the "
                                   "channel, such as /clients/django/json-client.")
                   : CallCheck::tr("The AnyServiceInvoker channel path is empty: enter the URL path of "
                                   "the dispatcher channel, such as /clients/django/any-service-invoker.");
    }
    if (!path.startsWith(u'/'))
        return CallCheck::tr("The channel path \"%1\" must start with a slash: /%1.").arg(path);
    return QString();
}

QString urlProblem(const QString &address, const QString &path)
{
    const QUrl url(address.trimmed() + path, QUrl::StrictMode);
    if (!url.isValid())
        return CallCheck::tr("The address and path do not form a valid URL (%1).").arg(url.errorString());
    return QString();
}

QString serviceProblem(const CallSpec &spec, ClientKind kind)
{
    if (kind == ClientKind::Api && spec.service.trimmed().isEmpty())
        return CallCheck::tr("The invoke API needs a service name, such as customer.get1.");
    if (kind == ClientKind::AnyService && spec.service.trimmed().isEmpty() && !spec.serviceId)
        return CallCheck::tr("Either name or id must be provided: enter the service to call, such as "
                             "customer.get1.");
    return QString();
}

QString headerProblem(const HttpHeader &header)
{
    if (header.name.isEmpty() || !std::all_of(header.name.begin(), header.name.end(), isTokenChar))
        return CallCheck::tr("\"%1\" is not a valid HTTP header name.").arg(QString::fromLatin1(header.name));
    if (header.value.contains('\r') || header.value.contains('\n'))
        return CallCheck::tr("The value of header %1 contains a line break.")
            .arg(QString::fromLatin1(header.name));
    return QString();
}

} // namespace zd
