#pragma once

#include "democonfig.h"
#include "errorbodies.h"
#include "httpmessage.h"
#include "services.h"

#include <QMetaType>
#include <functional>
#include <optional>

namespace zd::demo {

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
// method, authenticate (Basic Auth against the channel's definition), apply RBAC, call the service
// or the dispatcher, and answer in the generation's format.
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
    [[nodiscard]] std::optional<DemoResponse> authenticate(const DemoRequest &request, const Channel &channel,
                                                           const ErrorBodies &errors, CallLog &log) const;
    DemoResponse callService(const DemoRequest &request, const QString &service, const ErrorBodies &errors,
                             CallLog &log, bool adminChannel);
    DemoResponse dispatch(const ServiceInput &input, const ErrorBodies &errors, CallLog &log,
                          bool adminChannel);

    const DemoConfig &m_config;
    ServiceRegistry *m_services;
    RunLater m_runLater;
};

} // namespace zd::demo

Q_DECLARE_METATYPE(zd::demo::CallLog)
