// A Zato 4.1 server's request handling (zato-platform.md §1.2, §1.3, §1.5, §2.2, §2.4, §4).
#include "adminservices.h"
#include "gateway.h"
#include "openapichannel.h"
#include "security.h"

#include "json/parser.h"
#include "json/writer.h"
#include <QElapsedTimer>
#include <QUrlQuery>

namespace zd::demo {

namespace {

// Answers on a channel with no data format are the message alone.
DemoResponse failure(const Channel &channel, const ErrorBodies &errors, int status, const QString &details)
{
    return channel.dataFormat == u"json" ? errors.envelope(status, details) : errors.plain(status, details);
}

QByteArray humanTime(double ms)
{
    if (ms < 1)
        return "Below 1 ms";
    if (ms < 1000)
        return QByteArray::number(qRound64(ms)) + " ms";
    return QByteArray::number(ms / 1000, 'f', 2) + " sec.";
}

void addDeprecation(const Deprecation &deprecation, DemoResponse &response)
{
    response.headers.append({"Deprecation", '@' + QByteArray::number(deprecation.sinceUnix)});
    if (!deprecation.sunset.isEmpty())
        response.headers.append({"Sunset", deprecation.sunset.toLatin1()});
    if (!deprecation.successor.isEmpty())
        response.headers.append(
            {"Link", '<' + deprecation.successor.toUtf8() + ">; rel=\"successor-version\""});
}

// What the invoker gives a service: the query string's parameters for a GET that has them, else the
// body as JSON (an empty body is None).
std::optional<json::Value> invokerInput(const DemoRequest &request, QString &error)
{
    if (request.method == "GET") {
        const qsizetype question = request.target.indexOf('?');
        const QUrlQuery query(
            QString::fromUtf8(question < 0 ? QByteArray() : request.target.mid(question + 1)));
        if (!query.isEmpty()) {
            json::Object object;
            for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
                object.push_back({key, json::Value::fromString(value)});
            return json::Value::fromObject(std::move(object));
        }
    }
    if (request.body.isEmpty())
        return json::Value();
    json::ParseResult parsed = json::parse(request.body);
    if (!parsed.ok) {
        error = parsed.error;
        return std::nullopt;
    }
    return std::move(parsed.value);
}

} // namespace

QByteArray Gateway::methodsAt(const QString &path) const
{
    QList<QByteArray> methods;
    for (const Channel &channel : m_config.channels) {
        const QByteArray method = channel.method.toLatin1();
        if (serviceAt(channel, path) && !method.isEmpty() && !methods.contains(method))
            methods.append(method);
    }
    std::sort(methods.begin(), methods.end());
    return methods.join(", ");
}

DemoResponse Gateway::handle41(const DemoRequest &request, const ErrorBodies &errors, CallLog &log)
{
    if (!isZatoMethod(request.method))
        return errors.unsupportedMethod();
    const Match found = match(request);
    if (!found.channel) {
        if (found.methodMismatch)
            return errors.methodNotAllowedHere(methodsAt(QString::fromUtf8(request.path)));
        return errors.unknownPath(request.path);
    }
    log.channel = found.channel->name;
    log.service = found.service;
    DemoResponse response = answer41(request, found, errors, log);
    if (found.channel->deprecation)
        addDeprecation(*found.channel->deprecation, response);
    return response;
}

DemoResponse Gateway::answer41(const DemoRequest &request, const Match &found, const ErrorBodies &errors,
                               CallLog &log)
{
    const Channel &channel = *found.channel;
    if (!channel.isActive)
        return failure(channel, errors, 404, QStringLiteral("Channel inactive"));
    if (channel.rateLimit) {
        const RateLimiter::Verdict verdict =
            m_channelLimits.take(channel.name + u'|' + request.peer, *channel.rateLimit);
        if (!verdict.allowed) {
            DemoResponse response = failure(channel, errors, 429, QStringLiteral("Too many requests"));
            response.headers.append({"Retry-After", httpDateIn(verdict.retryAfterMs)});
            return response;
        }
    }
    const SecurityDefinition *matched = nullptr;
    if (std::optional<DemoResponse> denied = authenticate41(request, channel, errors, matched))
        return *denied;
    HttpHeaders rateHeaders;
    if (matched) {
        log.user = matched->user.isEmpty() ? matched->name : matched->user;
        if (matched->rateLimit) {
            const RateLimiter::Verdict verdict = m_definitionLimits.take(matched->name, *matched->rateLimit);
            rateHeaders = {{"X-RateLimit-Limit", QByteArray::number(verdict.limit)},
                           {"X-RateLimit-Remaining", QByteArray::number(verdict.remaining)}};
            if (!verdict.allowed) {
                DemoResponse response = failure(channel, errors, 429, QStringLiteral("Too many requests"));
                response.headers.append({"Retry-After", httpDateIn(verdict.retryAfterMs)});
                response.headers.append(rateHeaders);
                return response;
            }
        }
    }
    if (m_config.faults.hangPaths.contains(QString::fromUtf8(request.path))) {
        DemoResponse hang;
        hang.hang = true;
        return hang;
    }
    DemoResponse response;
    if (channel.service == u"{service}") {
        response = invoke41(request, found, errors, log);
    } else if (found.service == u"demo.ping") {
        const json::Value pong =
            json::Value::fromObject({{QStringLiteral("is_ok"), json::Value::fromBool(true)},
                                     {QStringLiteral("cid"), json::Value::fromString(log.cid)}});
        response = DemoResponse::make(200, json::dumps(pong), errors.jsonHeaders());
    } else if (found.service == openApiService) {
        response = answerOpenApi(m_config, request, errors);
    } else {
        response = callService(request, found.service, errors, log, false);
    }
    response.headers.append(rateHeaders);
    return response;
}

std::optional<DemoResponse> Gateway::authenticate41(const DemoRequest &request, const Channel &channel,
                                                    const ErrorBodies &errors,
                                                    const SecurityDefinition *&matched) const
{
    using Type = SecurityDefinition::Type;
    // A definition's is_active is not looked at on this path, as in Zato (zato-platform.md §1.5).
    // 1. The channel's own definition first: 401 with its challenge.
    if (!channel.security.isEmpty()) {
        const SecurityDefinition *own = m_config.securityByName(channel.security);
        if (!own || !accepts(*own, request.headers, Flavour::Zato41)) {
            if (own && (own->type == Type::ApiKey || own->type == Type::Mtls))
                return errors.unauthorizedNoChallenge();
            if (own && own->type == Type::BearerToken)
                return errors.unauthorizedBearer();
            return errors.unauthorized(own ? own->realm : QStringLiteral("Zato"), request.path, "0004.0003");
        }
        matched = own;
    }
    if (channel.groups.isEmpty())
        return std::nullopt;
    // 2. Then the groups: 403 with no challenge, 400 for Basic Auth and an API key together.
    const GroupCheck check = checkGroups(m_config, channel, request.headers);
    switch (check.verdict) {
    case GroupCheck::Verdict::Member:
        matched = check.member;
        return std::nullopt;
    case GroupCheck::Verdict::BadRequest:
        return failure(channel, errors, 400, QStringLiteral("Bad request"));
    case GroupCheck::Verdict::Forbidden:
        break;
    case GroupCheck::Verdict::NoMembers:
        // 3. Empty groups: only the own definition counts; with none, nobody gets in.
        if (matched)
            return std::nullopt;
        break;
    }
    return failure(channel, errors, 403, QStringLiteral("You are not allowed to access this resource"));
}

DemoResponse Gateway::invoke41(const DemoRequest &request, const Match &found, const ErrorBodies &errors,
                               CallLog &log)
{
    const Channel &channel = *found.channel;
    const QString &service = found.service;
    // The admin invoker keeps the real message; other channels say only "Bad request".
    const bool keepsMessage = channel.name == u"zato.api.invoke";
    // Internal (admin) services only through the admin invoker (server.conf service_invoker_allow_internal).
    const bool admin = keepsMessage && AdminServices::handles(service) && service != u"demo.ping";
    const bool known =
        admin || service == u"demo.ping" ||
        (ServiceRegistry::exists(service) && service != DispatcherService && service != u"zato.ping");
    if (!known || (!channel.gatewayServices.isEmpty() && !channel.gatewayServices.contains(service)))
        return failure(channel, errors, 400,
                       keepsMessage ? u"No such service `" + service + u'`' : QStringLiteral("Bad request"));

    QElapsedTimer timer;
    timer.start();
    QString inputError;
    const std::optional<json::Value> input = invokerInput(request, inputError);
    ServiceOutput output;
    if (!input) {
        output = ServiceOutput::error(QStringLiteral("JSONDecodeError"),
                                      json::Value::fromArray({json::Value::fromString(inputError)}));
    } else if (admin) {
        output = AdminServices(m_config, log.cid).invoke(service, ServiceInput::fromJson(*input));
    } else if (service == u"demo.ping") {
        output.kind = ServiceOutput::Kind::Object;
        output.value = json::Value::fromObject({{QStringLiteral("is_ok"), json::Value::fromBool(true)},
                                                {QStringLiteral("cid"), json::Value::fromString(log.cid)}});
    } else {
        output = m_services->invoke(service, ServiceInput::fromJson(*input));
    }
    log.cacheHit = output.cacheHit;

    DemoResponse response;
    switch (output.kind) {
    case ServiceOutput::Kind::Error: {
        const json::Array &args = output.errorArgs.toArray();
        const QString first = args.empty()              ? QString()
                              : args.front().isString() ? args.front().toString()
                                                        : QString::fromUtf8(json::dumps(args.front()));
        response = failure(channel, errors, 500, first);
        QByteArray message = "(";
        for (const json::Value &arg : args)
            message += (arg.isString() ? '\'' + arg.toString().toUtf8() + '\'' : json::dumps(arg)) + ',';
        response.headers.append({"X-Zato-Message", message + ')'});
        return response;
    }
    case ServiceOutput::Kind::None:
        response = DemoResponse::make(200, "null", errors.jsonHeaders());
        break;
    case ServiceOutput::Kind::Text: // a string result is sent as it is
        response = DemoResponse::make(200, output.text, errors.jsonHeaders());
        break;
    case ServiceOutput::Kind::Object: // json.dumps(result), no wrapper
        response = DemoResponse::make(200, json::dumps(output.value), errors.jsonHeaders());
        break;
    case ServiceOutput::Kind::Stream:
        response = DemoResponse::make(200, QByteArray(), errors.jsonHeaders());
        response.stream = output.stream;
        break;
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    response.headers.append({"X-Zato-Response-Time", QByteArray::number(ms, 'f', 3)});
    response.headers.append({"X-Zato-Response-Time-Human", humanTime(ms)});
    return response;
}

} // namespace zd::demo
