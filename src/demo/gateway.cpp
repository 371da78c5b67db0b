#include "gateway.h"

#include "adminservices.h"
#include "cid.h"
#include "dispatcher.h"
#include "jwt/tokenendpoint.h"
#include "security.h"

#include "json/parser.h"
#include "json/writer.h"
#include <QUrl>

namespace zd::demo {

namespace {

const QByteArrayView allowedMethods[] = {"GET", "POST", "DELETE", "PUT", "PATCH", "HEAD", "OPTIONS"};
const QString servicePlaceholder = QStringLiteral("{service}");

// A channel path with {name} parameters (/api/orders/{order_id}): each one stands for one non-empty
// segment, every other segment must be the same.
bool matchesParameters(const QString &pattern, const QString &path)
{
    const QStringList want = pattern.split(u'/');
    const QStringList got = path.split(u'/');
    if (want.size() != got.size())
        return false;
    for (qsizetype i = 0; i < want.size(); ++i) {
        const QString &segment = want.at(i);
        const bool parameter = segment.size() > 2 && segment.startsWith(u'{') && segment.endsWith(u'}');
        if (parameter ? got.at(i).isEmpty() : segment != got.at(i))
            return false;
    }
    return true;
}

} // namespace

bool isZatoMethod(const QByteArray &method)
{
    return std::any_of(std::begin(allowedMethods), std::end(allowedMethods),
                       [&method](QByteArrayView allowed) { return method == allowed; });
}

Gateway::Gateway(const DemoConfig &config, ServiceRegistry *services, RunLater runLater)
    : m_config(config), m_services(services), m_runLater(std::move(runLater))
{}

std::optional<QString> Gateway::serviceAt(const Channel &channel, const QString &path) const
{
    if (channel.path == path)
        return channel.service;
    if (channel.service != servicePlaceholder && channel.path.contains(u'{'))
        return matchesParameters(channel.path, path) ? std::optional<QString>(channel.service) : std::nullopt;
    if (!channel.path.endsWith(servicePlaceholder))
        return std::nullopt;
    const QString prefix = channel.path.chopped(servicePlaceholder.size());
    if (!path.startsWith(prefix) || path.size() <= prefix.size())
        return std::nullopt;
    // A 4.1 path parameter is one segment: /zato/api/invoke/django/x is not the service "django/x".
    if (m_config.flavour == Flavour::Zato41 && path.indexOf(u'/', prefix.size()) >= 0)
        return std::nullopt;
    return QUrl::fromPercentEncoding(path.mid(prefix.size()).toUtf8());
}

Gateway::Match Gateway::match(const DemoRequest &request) const
{
    Match result;
    const QString path = QString::fromUtf8(request.path);
    for (const Channel &channel : m_config.channels) {
        const std::optional<QString> service = serviceAt(channel, path);
        if (!service)
            continue;
        if (!channel.method.isEmpty() && channel.method.toLatin1() != request.method) {
            result.methodMismatch = true;
            continue;
        }
        result.channel = &channel;
        result.service = *service;
        result.methodMismatch = false;
        return result;
    }
    return result;
}

std::optional<DemoResponse> Gateway::authenticate(const DemoRequest &request, const Channel &channel,
                                                  const ErrorBodies &errors, CallLog &log) const
{
    const SecurityDefinition *required = channel.rbac ? nullptr : m_config.securityByName(channel.security);
    if (!channel.rbac && !required)
        return std::nullopt; // an open channel
    if (required && required->type != SecurityDefinition::Type::BasicAuth) {
        if (!accepts(*required, request.headers, m_config.flavour))
            return required->type == SecurityDefinition::Type::BearerToken ? errors.unauthorizedBearer()
                                                                           : errors.unauthorizedNoChallenge();
        log.user = required->user.isEmpty() ? required->name : required->user;
        return std::nullopt;
    }
    const QString realm = required ? required->realm : QStringLiteral("Zato");

    const std::optional<QByteArray> header = headerValue(request.headers, "Authorization");
    if (!header)
        return errors.unauthorized(realm, request.path, "0004.0001");
    const std::optional<BasicCredentials> basic = basicCredentials(request.headers);
    if (!basic)
        return errors.unauthorized(realm, request.path, "0004.0002");

    const SecurityDefinition *matched = nullptr;
    if (required) {
        if (acceptsBasic(*required, request.headers))
            matched = required;
    } else {
        // RBAC: any Basic Auth definition whose credentials these are.
        for (const SecurityDefinition &definition : m_config.security) {
            if (definition.type == SecurityDefinition::Type::BasicAuth && basic->wellFormed &&
                definition.user == QString::fromLatin1(basic->user) &&
                definition.password == QString::fromLatin1(basic->password))
                matched = &definition;
        }
    }
    if (!matched)
        return errors.unauthorized(realm, request.path, "0004.0003");
    log.user = matched->user;
    if (channel.rbac && !channel.rbacAllow.contains(matched->name))
        return errors.rbacDenied();
    return std::nullopt;
}

DemoResponse Gateway::handle(const DemoRequest &request, CallLog &log)
{
    const QString cid = newCid(m_config.wire);
    const ErrorBodies errors(m_config.wire, cid, m_config.needsCidHeader);
    log.cid = cid;
    log.method = request.method;
    log.path = request.path;
    // The demo identity provider is not a Zato channel: it answers the same in both flavours.
    if (std::optional<DemoResponse> answer = jwt::answerOAuth(m_config, request)) {
        log.service = QStringLiteral("demo.oauth");
        return *answer;
    }
    if (m_config.flavour == Flavour::Zato41)
        return handle41(request, errors, log);

    if (!isZatoMethod(request.method))
        return errors.unsupportedMethod();
    const Match found = match(request);
    if (!found.channel) {
        // Zato 3.2 makes the method part of the URL match; 2.0 matches the path and then checks it.
        if (found.methodMismatch && m_config.wire == Wire::G1)
            return errors.methodNotAllowed(request.method);
        return errors.unknownPath(request.path);
    }
    log.channel = found.channel->name;
    log.service = found.service;
    if (std::optional<DemoResponse> denied = authenticate(request, *found.channel, errors, log))
        return *denied;
    if (m_config.faults.hangPaths.contains(QString::fromUtf8(request.path))) {
        DemoResponse hang;
        hang.hang = true;
        return hang;
    }
    const bool adminChannel = found.channel->path == u"/zato/admin/invoke";
    return callService(request, found.service, errors, log, adminChannel);
}

DemoResponse Gateway::callService(const DemoRequest &request, const QString &service,
                                  const ErrorBodies &errors, CallLog &log, bool adminChannel)
{
    // An empty body is the payload ''; a body that is not JSON reaches the service as raw bytes in
    // Zato 3.2, while 2.0 fails before the service runs.
    ServiceInput input = ServiceInput::fromJson(json::Value::fromString(QString()));
    if (!request.body.isEmpty()) {
        const json::ParseResult parsed = json::parse(request.body);
        if (parsed.ok) {
            input = ServiceInput::fromJson(parsed.value);
        } else if (m_config.wire == Wire::G1) {
            return errors.serviceError(
                ServiceOutput::error(QStringLiteral("ValueError"),
                                     json::Value::fromArray({json::Value::fromString(parsed.error)})),
                adminChannel);
        } else {
            input = ServiceInput::fromRaw(request.body);
        }
    }
    if (service == DispatcherService)
        return dispatch(input, errors, log, adminChannel);

    const ServiceOutput output = AdminServices::handles(service)
                                     ? AdminServices(m_config, log.cid).invoke(service, input)
                                     : m_services->invoke(service, input);
    log.cacheHit = output.cacheHit;
    switch (output.kind) {
    case ServiceOutput::Kind::Error:
        return errors.serviceError(output, adminChannel);
    case ServiceOutput::Kind::None:
        return DemoResponse::make(200, QByteArray(), errors.jsonHeaders());
    case ServiceOutput::Kind::Text:
        if (service == u"zato.ping") { // an AdminService on a JSON channel: zato_env is added
            const json::Value env = json::Value::fromObject(
                {{QStringLiteral("result"), json::Value::fromString(QStringLiteral("ZATO_OK"))},
                 {QStringLiteral("cid"), json::Value::fromString(log.cid)},
                 {QStringLiteral("details"), json::Value::fromString(QString())}});
            json::Object body = json::parse(output.text).value.toObject();
            body.insert(body.begin(), {QStringLiteral("zato_env"), env});
            const json::WriteOptions style{true, -1, m_config.wire == Wire::G2};
            return DemoResponse::make(200, json::dumps(json::Value::fromObject(std::move(body)), style),
                                      errors.jsonHeaders());
        }
        return DemoResponse::make(200, output.text, errors.jsonHeaders());
    case ServiceOutput::Kind::Stream: {
        DemoResponse response = DemoResponse::make(200, QByteArray(), errors.jsonHeaders());
        response.stream = output.stream;
        return response;
    }
    case ServiceOutput::Kind::Object: {
        const json::WriteOptions style{true, -1,
                                       m_config.wire == Wire::G2}; // ujson (3.2) or simplejson (2.0)
        return DemoResponse::make(200, json::dumps(output.value, style), errors.jsonHeaders());
    }
    }
    return DemoResponse::make(200, QByteArray(), errors.jsonHeaders());
}

DemoResponse Gateway::dispatch(const ServiceInput &input, const ErrorBodies &errors, CallLog &log,
                               bool adminChannel)
{
    Dispatcher dispatcher(m_services, m_config.wire);
    const DispatchOutcome outcome = dispatcher.dispatch(input, m_runLater);
    if (!outcome.target.isEmpty())
        log.service = outcome.target;
    log.cacheHit = outcome.cacheHit;
    if (outcome.failed())
        return errors.serviceError(outcome.failure, adminChannel);

    using json::Value;
    const Value env =
        Value::fromObject({{QStringLiteral("result"), Value::fromString(QStringLiteral("ZATO_OK"))},
                           {QStringLiteral("cid"), Value::fromString(log.cid)},
                           {QStringLiteral("details"), Value::fromString(QString())}});
    json::Object body;
    if (m_config.wire == Wire::G2) {
        if (outcome.response)
            body.push_back(
                {QStringLiteral("response"), Value::fromString(QString::fromLatin1(*outcome.response))});
        body.push_back({QStringLiteral("zato_env"), env});
        return DemoResponse::make(200, json::dumps(Value::fromObject(std::move(body)), {true, -1, true}),
                                  errors.jsonHeaders());
    }
    // Zato 2.0 (Python 2 key order): zato_env first, the response wrapped in its response element.
    const Value g1Env =
        Value::fromObject({{QStringLiteral("details"), Value::fromString(QString())},
                           {QStringLiteral("result"), Value::fromString(QStringLiteral("ZATO_OK"))},
                           {QStringLiteral("cid"), Value::fromString(log.cid)}});
    body.push_back({QStringLiteral("zato_env"), g1Env});
    body.push_back(
        {QStringLiteral("zato_service_invoke_response"),
         Value::fromObject({{QStringLiteral("response"), Value::fromString(QString::fromLatin1(
                                                             outcome.response.value_or(QByteArray())))}})});
    return DemoResponse::make(200, json::dumps(Value::fromObject(std::move(body))), errors.jsonHeaders());
}

} // namespace zd::demo
