#pragma once

#include "invoke/calltypes.h"
#include "services.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace zd::demo {

// The outcome of one zato.service.invoke call.
struct DispatchOutcome
{
    ServiceOutput failure;              // Kind::Error when the dispatcher or its target raised
    std::optional<QByteArray> response; // the base64 "response" field; nullopt: left unset
    QString target;                     // the service it invoked
    bool async = false;
    std::optional<bool> cacheHit;
    [[nodiscard]] bool failed() const { return failure.kind == ServiceOutput::Kind::Error; }
};

// zato.service.invoke with the semantics of Zato 3.2 (G2) or 2.0 (G1): base64 in and out, name or
// id, async answering a new CID, skip_response_elem (G2), only str outputs returned by G1.
// runLater queues the background run of an async target.
class Dispatcher
{
public:
    Dispatcher(ServiceRegistry *services, Wire wire) : m_services(services), m_wire(wire) {}

    DispatchOutcome dispatch(const ServiceInput &request,
                             const std::function<void(std::function<void()>)> &runLater);

private:
    QByteArray encode(const QByteArray &text) const;

    ServiceRegistry *m_services;
    Wire m_wire;
};

// Python's base64.b64decode (not validating): characters outside the alphabet are skipped, the
// padding must be right. Returns nullopt and the message Python raises on bad padding.
[[nodiscard]] std::optional<QByteArray> pythonBase64Decode(const QByteArray &text, QString *error);

} // namespace zd::demo
