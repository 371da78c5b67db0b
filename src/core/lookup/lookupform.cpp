#include "lookupform.h"

#include <QCoreApplication>
#include <QUrl>

namespace zd {

namespace {

struct FormText
{
    Q_DECLARE_TR_FUNCTIONS(LookupForm)
};

QString addressProblem(const QString &text)
{
    const QString address = text.trimmed();
    if (address.isEmpty())
        return FormText::tr("Enter the server address, such as http://localhost:17010.");
    if (!address.startsWith(u"http://", Qt::CaseInsensitive) &&
        !address.startsWith(u"https://", Qt::CaseInsensitive))
        return FormText::tr("Start the address with http:// or https://.");
    const QUrl url(address, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return FormText::tr("This is not a valid server address.");
    return QString();
}

QString pathProblem(const QString &path, bool required)
{
    if (path.isEmpty())
        return required ? FormText::tr("Enter the channel's URL path, starting with /.") : QString();
    if (!path.startsWith(u'/'))
        return FormText::tr("The path must start with /.");
    if (path.contains(u' '))
        return FormText::tr("The path must not contain spaces.");
    return QString();
}

} // namespace

QList<LookupForm::FieldError> LookupForm::validate() const
{
    QList<FieldError> errors;
    const auto add = [&errors](Field field, const QString &message) {
        if (!message.isEmpty())
            errors.append({field, message});
    };
    add(Field::Address, addressProblem(address));
    add(Field::AnyPath, pathProblem(anyPath, client == ClientKind::AnyService));
    add(Field::JsonPath, pathProblem(jsonPath, client == ClientKind::Json));
    add(Field::ApiPath, pathProblem(apiPath, false));
    if (client != ClientKind::Json && service.trimmed().isEmpty())
        add(Field::Service, FormText::tr("Enter the service to call, such as customer.get1."));
    if (customerId.trimmed().isEmpty())
        add(Field::CustomerId, FormText::tr("Enter a customer ID."));
    return errors;
}

CallSpec LookupForm::toCallSpec() const
{
    CallSpec spec;
    spec.address = address.trimmed();
    spec.user = user;
    spec.password = password;
    spec.timeout = timeout;
    spec.tls = tls;
    spec.proxy = proxy;
    switch (client) {
    case ClientKind::AnyService:
        spec.path = anyPath;
        spec.service = service.trimmed();
        break;
    case ClientKind::Json:
        spec.path = jsonPath;
        break;
    case ClientKind::Api:
        spec.path = apiPath;
        spec.service = service.trimmed();
        break;
    }
    spec.payload = Payload::fromJson(json::Value::fromObject(
        {{QStringLiteral("cust_id"), json::Value::fromString(customerId.trimmed())}}));
    return spec;
}

} // namespace zd

#include "json/writer.h"

namespace zd {

QString customerName(const InvokeResult &result)
{
    if (!result.hasData)
        return QString();
    const json::Value *name = result.data.isObject() ? result.data.find(u"name") : nullptr;
    const json::Value &shown = name ? *name : result.data;
    if (shown.isString())
        return shown.toString().size() > maxNameChars ? shown.toString().left(maxNameChars) + u'…'
                                                      : shown.toString();
    // A large list or object is not a name: summarised rather than written out (megabytes in a label
    // would stall the window); the data tree shows it.
    if (shown.isArray() && shown.toArray().size() > 64)
        return u'[' + QString::number(shown.toArray().size()) + u" …]";
    if (shown.isObject() && shown.toObject().size() > 64)
        return u'{' + QString::number(shown.toObject().size()) + u" …}";
    const QString text = QString::fromUtf8(json::dumps(shown, json::WriteOptions{false, -1}));
    return text.size() > maxNameChars ? text.left(maxNameChars) + u'…' : text;
}

} // namespace zd
