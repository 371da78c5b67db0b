#pragma once

#include "democonfig.h"
#include "services.h"

#include <QString>

namespace zd::demo {

// The admin services a client uses to discover a server's configuration (zato-platform.md §2.5),
// answered from the running server's DemoConfig; no secret is ever part of an answer. Also demo.ping,
// the newest 4.1 ping service. A service the ServiceRegistry runs is never handled here.
//
//   zato.http-soap.get-list         the REST channels
//   zato.security.get-list          every security definition
//   zato.security.apikey.get-list   the API-key definitions, with their headers
//   zato.security.oauth.get-list    the bearer-token definitions, with their JWT rules
//   zato.groups.get-list            the security groups, with their members on request
//   zato.server.invoker             {"func_name": "export_enmasse"}: the 4.1 enmasse YAML, as a string
class AdminServices
{
public:
    AdminServices(const DemoConfig &config, QString cid) : m_config(config), m_cid(std::move(cid)) {}

    [[nodiscard]] static bool handles(const QString &name);

    ServiceOutput invoke(const QString &name, const ServiceInput &input) const;

private:
    [[nodiscard]] json::Value channels(const ServiceInput &input) const;
    [[nodiscard]] json::Value security(bool apiKeysOnly) const;
    [[nodiscard]] json::Value bearerTokens() const;
    [[nodiscard]] json::Value groups(const ServiceInput &input) const;
    [[nodiscard]] ServiceOutput serverInvoker(const ServiceInput &input) const;
    [[nodiscard]] qint64 securityId(const QString &name) const;
    [[nodiscard]] qint64 groupId(const QString &name) const;

    const DemoConfig &m_config;
    QString m_cid;
};

} // namespace zd::demo
