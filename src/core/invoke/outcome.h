#pragma once

#include "calltypes.h"

#include <QString>

namespace zd {

// What happened to a call, in the words a person wants: the class of outcome and a sentence that
// says what it means and what to do. Shared by the window, the CLI and the channel probe.
enum class OutcomeClass {
    Success,
    NotOk,            // a completed call that is not ok for another reason
    WrongCredentials, // 401
    RbacDenied,       // 403
    NoSuchChannel,    // 404
    MethodNotAllowed, // 405
    ServiceError,     // 500
    NotZatoResponse,
    Timeout,
    ConnectionRefused,
    HostNotFound,
    TlsFailure,
    ConnectionClosed,
    TransportFailure,
    Cancelled,
    InvalidInput,
};

struct Outcome
{
    OutcomeClass kind = OutcomeClass::Success;
    QString explanation;
};

[[nodiscard]] Outcome explainOutcome(const InvokeResult &result);

// The realm of a "Basic realm=..." challenge, if the response has one.
[[nodiscard]] QString basicRealm(const HttpHeaders &headers);

// The service's error details carried by a 500: the details list or text of the error body.
[[nodiscard]] QString serviceErrorDetails(const InvokeResult &result);

} // namespace zd
