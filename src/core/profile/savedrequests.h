#pragma once

#include "invoke/calltypes.h"
#include "request/requestdraft.h"

#include "json/value.h"
#include <QList>
#include <QString>
#include <optional>

namespace zd {

struct HistoryEntry;
struct LookupForm;

// A request kept in a profile under a name: which client calls which channel or service, the request
// itself, and the HTTP status it is expected to get (0: none). Never a secret: headers that carry one
// are refused (see secretHeaderProblem()).
struct SavedRequest
{
    QString name;
    ClientKind client = ClientKind::Json;
    QString path;    // the client's path: the channel (JSONClient), the dispatcher's or the API's
    QString service; // AnyServiceInvoker and the Invoke API
    RequestDraft request;
    int expectedStatus = 0;

    friend bool operator==(const SavedRequest &, const SavedRequest &) = default;
};

// Whether a header name is one that carries a credential: Authorization, Proxy-Authorization, Cookie,
// and any name that speaks of a key, a token, a secret, a password or auth (X-API-Key, X-Auth-Token).
[[nodiscard]] bool isSecretHeader(const QString &name);
// Why the request may not be saved (a header that carries a secret), or "".
[[nodiscard]] QString secretHeaderProblem(const RequestDraft &request);

// The request of a form (the customer lookup's payload written out when it is that), and a form with
// a saved request put in (client, its path, service, the request; the customer ID read back from a
// customer lookup's payload).
[[nodiscard]] SavedRequest savedRequestFromForm(const LookupForm &form, const QString &name);
void applySavedRequest(const SavedRequest &saved, LookupForm &form);
// The request a history entry kept (method, payload, headers but those the client sets itself and
// the credential, query), for the form and for saving.
[[nodiscard]] SavedRequest savedRequestFromHistory(const HistoryEntry &entry, const QString &name);

// name, or name with " (2)", " (3)" ... added until no request in requests has it.
[[nodiscard]] QString uniqueRequestName(const QList<SavedRequest> &requests, const QString &name);

// The profile file's "requests" array: written and read. An entry without a name is left out, and a
// header that carries a secret is dropped when read (it is never written).
[[nodiscard]] json::Value savedRequestsToJson(const QList<SavedRequest> &requests);
[[nodiscard]] QList<SavedRequest> savedRequestsFromJson(const json::Value *array);

} // namespace zd
