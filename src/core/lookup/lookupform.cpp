#include "lookupform.h"

#include "invoke/callcheck.h"

#include <QCoreApplication>

namespace zd {

namespace {

struct FormText
{
    Q_DECLARE_TR_FUNCTIONS(LookupForm)
};

// Which field holds the path of each client kind, for clientPath().
struct
{
    LookupForm::Field anyPath = LookupForm::Field::AnyPath;
    LookupForm::Field jsonPath = LookupForm::Field::JsonPath;
    LookupForm::Field apiPath = LookupForm::Field::ApiPath;
} const PathFields;

} // namespace

QList<LookupForm::FieldError> LookupForm::validate() const
{
    QList<FieldError> errors;
    const auto add = [&errors](Field field, const QString &message) {
        if (!message.isEmpty())
            errors.append({field, message, std::nullopt});
    };
    const CallSpec spec = toCallSpec();
    add(Field::Address, addressProblem(address));
    add(Field::AnyPath, pathProblem(anyPath, ClientKind::AnyService, client == ClientKind::AnyService));
    add(Field::JsonPath, pathProblem(jsonPath, ClientKind::Json, client == ClientKind::Json));
    add(Field::ApiPath, pathProblem(apiPath, ClientKind::Api, false));
    // The address and the chosen path joined, once each is right on its own; the other fields are
    // still checked, so every field at fault is marked at once.
    const Field chosenPath = clientPath(PathFields, client);
    const bool partsFine = std::none_of(errors.cbegin(), errors.cend(), [chosenPath](const FieldError &e) {
        return e.field == Field::Address || e.field == chosenPath;
    });
    if (partsFine)
        add(chosenPath, urlProblem(address, filledPath(spec.path, request.pathParams)));
    if (client != ClientKind::Json)
        add(Field::Service, serviceProblem(spec, client));
    if (sendsCustomerId() && customerId.trimmed().isEmpty())
        add(Field::CustomerId, FormText::tr("Enter a customer ID."));
    for (const RequestDraft::Problem &problem :
         request.validate(client == ClientKind::AnyService ? QString() : spec.path))
        errors.append({Field::Request, problem.message, problem});
    return errors;
}

std::pair<QString, QString> LookupForm::credential(ClientKind kind) const
{
    if (kind == ClientKind::Api && !apiUser.isEmpty())
        return {apiUser, apiPassword};
    return {user, password};
}

AuthSettings LookupForm::auth(ClientKind kind) const
{
    AuthSettings settings;
    if (kind == ClientKind::Api && !apiUser.isEmpty())
        return settings; // Basic, with the API's own user
    settings.kind = authKind;
    settings.apiKeyHeader =
        apiKeyHeader.trimmed().isEmpty() ? QByteArrayLiteral("X-API-Key") : apiKeyHeader.trimmed();
    settings.secret = authKind == AuthKind::ApiKey   ? apiKey
                      : authKind == AuthKind::Bearer ? token
                      : authKind == AuthKind::OAuth2 ? clientSecret
                                                     : QString();
    settings.oauth2 = oauth2;
    return settings;
}

LookupForm LookupForm::withoutSecrets() const
{
    LookupForm form = *this;
    form.password.clear();
    form.apiPassword.clear();
    form.apiKey.clear();
    form.token.clear();
    form.clientSecret.clear();
    return form;
}

CallSpec LookupForm::toCallSpec() const
{
    CallSpec spec;
    spec.address = address.trimmed();
    spec.auth = auth(client);
    if (spec.auth.kind == AuthKind::Basic)
        std::tie(spec.user, spec.password) = credential(client);
    spec.timeout = timeout;
    spec.tls = tls;
    spec.proxy = proxy;
    spec.path = clientPath(*this, client);
    if (client != ClientKind::Json)
        spec.service = service.trimmed();
    effectiveRequest().applyTo(spec);
    return spec;
}

bool LookupForm::sendsCustomerId() const
{
    return request.mode == RequestDraft::Mode::Json &&
           (request.payload.trimmed().isEmpty() || customerIdOf(request.payload).has_value());
}

RequestDraft LookupForm::effectiveRequest() const
{
    RequestDraft sent = request;
    if (sendsCustomerId())
        sent.payload = customerPayload(customerId.trimmed());
    return sent;
}

} // namespace zd

#include "json/document.h"
#include "json/writer.h"

namespace zd {

QString customerName(const InvokeResult &result)
{
    // Only an ok call's data is a customer: a JSONClient or Invoke API error body (a 401's
    // {"result": "Error", ...}) is data too, but no name.
    if (!result.ok || !result.hasData)
        return QString();
    const json::Value *name = result.data.isObject() ? result.data.find(u"name") : nullptr;
    const json::Value &shown = name ? *name : result.data;
    if (shown.isString()) {
        const QString start = json::stringStart(shown, maxNameChars + 1); // a long body's string unmade
        return start.size() > maxNameChars ? start.left(maxNameChars) + u'…' : start;
    }
    // A large list or object is not a name: summarised rather than written out (megabytes in a label
    // would stall the window); the data tree shows it. Counted on the tape: the list is not made.
    const qsizetype entries = json::childCount(shown);
    if (shown.isArray() && entries > 64)
        return u'[' + QString::number(entries) + u" …]";
    if (shown.isObject() && entries > 64)
        return u'{' + QString::number(entries) + u" …}";
    const QString text = QString::fromUtf8(json::dumps(shown, json::WriteOptions{false, -1}));
    return text.size() > maxNameChars ? text.left(maxNameChars) + u'…' : text;
}

} // namespace zd
