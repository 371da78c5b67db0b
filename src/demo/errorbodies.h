#pragma once

#include "httpmessage.h"
#include "services.h"

namespace zd::demo {

// The error answers of a Zato server of each generation (zato-protocol.md §4).
class ErrorBodies
{
public:
    // cidHeader: X-Zato-CID on every answer (needs_x_zato_cid); the CID is in the bodies either way.
    ErrorBodies(Wire wire, QString cid, bool cidHeader = true)
        : m_wire(wire), m_cid(std::move(cid)), m_cidHeader(cidHeader)
    {}

    // code: 0004.0001 no header, 0004.0002 not Basic, 0004.0003 wrong credentials (Zato 2.0 text).
    [[nodiscard]] DemoResponse unauthorized(const QString &realm, const QByteArray &path,
                                            const char *code) const;
    // An API key or a client certificate that is missing or wrong: no challenge (zato-platform.md §1.2).
    [[nodiscard]] DemoResponse unauthorizedNoChallenge() const;
    // A bearer token that is missing or wrong: "WWW-Authenticate: Bearer".
    [[nodiscard]] DemoResponse unauthorizedBearer() const;
    [[nodiscard]] DemoResponse rbacDenied() const;
    [[nodiscard]] DemoResponse unknownPath(const QByteArray &path) const;
    [[nodiscard]] DemoResponse
    methodNotAllowed(const QByteArray &method) const;     // 2.0: channel method mismatch
    [[nodiscard]] DemoResponse unsupportedMethod() const; // outside methods_allowed
    [[nodiscard]] DemoResponse serviceError(const ServiceOutput &error, bool adminChannel) const;

    // Zato 4.1 (zato-platform.md §1.3, §1.5, §2.2).
    // {"result":"Error","cid":…,"details":…} (a channel whose data format is JSON)
    [[nodiscard]] DemoResponse envelope(int status, const QString &details) const;
    // The message alone, as text (a channel with no data format).
    [[nodiscard]] DemoResponse plain(int status, const QString &text) const;
    // No channel at the path accepts the method: 405, "Allow: GET, POST", "Method not allowed (CID:…)".
    [[nodiscard]] DemoResponse methodNotAllowedHere(const QByteArray &allow) const;

    [[nodiscard]] HttpHeaders jsonHeaders() const;

private:
    [[nodiscard]] DemoResponse wrapped(int status, const json::Value &details) const;

    Wire m_wire;
    QString m_cid;
    bool m_cidHeader;
};

} // namespace zd::demo
