#pragma once

#include "calltypes.h"

#include <QString>

namespace zd {

// What happened to a call, in the words a person wants: the class of outcome and a sentence that
// says what it means and what to do. Shared by the window, the CLI and the channel probe.
enum class OutcomeClass {
    Success,
    NotOk,            // a completed call that is not ok for another reason
    BadRequest,       // 400 for HTTP Basic and an API key sent together (other 400s are NotOk)
    WrongCredentials, // 401
    RbacDenied,       // 403: RBAC (3.2) or a security group (4.1)
    NoSuchChannel,    // 404
    MethodNotAllowed, // 405
    RateLimited,      // 429
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
    // The call's CID as shown: X-Zato-CID when the server sent it, otherwise the one in an error's
    // body (Zato sends X-Zato-CID only when told to); empty when there is none (callCid()).
    QString cid = QString();
};

[[nodiscard]] Outcome explainOutcome(const InvokeResult &result);

// The realm of a "Basic realm=..." challenge, if the response has one.
[[nodiscard]] QString basicRealm(const HttpHeaders &headers);

// The CID an error body carries: the JSON envelope's "cid" (or zato_env's), or the "(CID:...)" of a
// text answer such as "URL not found (CID:...)"; empty when it has none.
[[nodiscard]] QString bodyCid(const InvokeResult &result);
// X-Zato-CID when the response has it, otherwise, for an error (HTTP 400 and up), bodyCid(); empty
// when neither.
[[nodiscard]] QString callCid(const InvokeResult &result);

// The service's error details carried by a 500: the details list or text of the error body.
[[nodiscard]] QString serviceErrorDetails(const InvokeResult &result);

} // namespace zd
