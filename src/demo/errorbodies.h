#pragma once

#include "httpmessage.h"
#include "services.h"

namespace zd::demo {

// The error answers of a Zato server of each generation (zato-protocol.md §4).
class ErrorBodies
{
public:
    ErrorBodies(Wire wire, QString cid) : m_wire(wire), m_cid(std::move(cid)) {}

    // code: 0004.0001 no header, 0004.0002 not Basic, 0004.0003 wrong credentials (Zato 2.0 text).
    [[nodiscard]] DemoResponse unauthorized(const QString &realm, const QByteArray &path,
                                            const char *code) const;
    [[nodiscard]] DemoResponse rbacDenied() const;
    [[nodiscard]] DemoResponse unknownPath(const QByteArray &path) const;
    [[nodiscard]] DemoResponse
    methodNotAllowed(const QByteArray &method) const;     // 2.0: channel method mismatch
    [[nodiscard]] DemoResponse unsupportedMethod() const; // outside methods_allowed
    [[nodiscard]] DemoResponse serviceError(const ServiceOutput &error, bool adminChannel) const;

    [[nodiscard]] HttpHeaders jsonHeaders() const;

private:
    [[nodiscard]] DemoResponse wrapped(int status, const json::Value &details) const;

    Wire m_wire;
    QString m_cid;
};

} // namespace zd::demo
