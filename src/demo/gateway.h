#pragma once

#include "democonfig.h"
#include "errorbodies.h"
#include "httpmessage.h"
#include "ratelimiter.h"
#include "services.h"

#include <QMetaType>
#include <functional>
#include <optional>

namespace zd::demo {

// Whether a method is in Zato's methods_allowed (GET, POST, DELETE, PUT, PATCH, HEAD, OPTIONS).
[[nodiscard]] bool isZatoMethod(const QByteArray &method);

// One line of the demo server's call log.
struct CallLog
{
    QString cid;
    QByteArray method;
    QByteArray path;
    QString user;    // the security definition's user, empty when none
    QString channel; // the channel's name, empty when no channel matched
    QString service;
    std::optional<bool> cacheHit;
    int status = 0;
    double elapsedMs = 0;

    // One line: every field escaped (calllog.cpp), so no request can break or forge a line.
    [[nodiscard]] QString toText() const;
};

// What a Zato server does with a request before and after the service: match a channel, check the
// method, authenticate (against the channel's definition: Basic Auth, API key or bearer token), apply
// RBAC, call the service or the dispatcher, and answer in the generation's format. A 4.1 server
// (gateway41.cpp) has no dispatcher and no RBAC but security groups, channel state, rate limits,
// deprecation and the /zato/api/invoke/{service} invoker.
class Gateway
{
public:
    using RunLater = std::function<void(std::function<void()>)>;
    Gateway(const DemoConfig &config, ServiceRegistry *services, RunLater runLater);

    DemoResponse handle(const DemoRequest &request, CallLog &log);

private:
    struct Match
    {
        const Channel *channel = nullptr;
        bool methodMismatch = false;
        QString service;
    };
    [[nodiscard]] Match match(const DemoRequest &request) const;
    // The service a channel maps the path to, if its path matches.
    [[nodiscard]] std::optional<QString> serviceAt(const Channel &channel, const QString &path) const;
    [[nodiscard]] std::optional<DemoResponse> authenticate(const DemoRequest &request, const Channel &channel,
                                                           const ErrorBodies &errors, CallLog &log) const;
    DemoResponse callService(const DemoRequest &request, const QString &service, const ErrorBodies &errors,
                             CallLog &log, bool adminChannel);
    DemoResponse dispatch(const ServiceInput &input, const ErrorBodies &errors, CallLog &log,
                          bool adminChannel);

    // Zato 4.1 (gateway41.cpp).
    DemoResponse handle41(const DemoRequest &request, const ErrorBodies &errors, CallLog &log);
    DemoResponse answer41(const DemoRequest &request, const Match &found, const ErrorBodies &errors,
                          CallLog &log);
    [[nodiscard]] std::optional<DemoResponse> authenticate41(const DemoRequest &request,
                                                             const Channel &channel,
                                                             const ErrorBodies &errors,
                                                             const SecurityDefinition *&matched) const;
    DemoResponse invoke41(const DemoRequest &request, const Match &found, const ErrorBodies &errors,
                          CallLog &log);
    [[nodiscard]] QByteArray methodsAt(const QString &path) const;

    const DemoConfig &m_config;
    ServiceRegistry *m_services;
    RunLater m_runLater;
    RateLimiter m_channelLimits;    // per channel and client address, before authentication
    RateLimiter m_definitionLimits; // per security definition, after authentication
};

} // namespace zd::demo

Q_DECLARE_METATYPE(zd::demo::CallLog)
