#pragma once

#include "calltypes.h"

namespace zd {

// A call handed to someone else, as text they can run. The secret is left out unless asked for:
// "$ZATO_PASSWORD" (shell) or os.environ['ZATO_PASSWORD'] (Python) stands in for the password,
// ZATO_API_KEY for an API key and ZATO_TOKEN for a bearer token.
// The kinds of snippet Copy as makes: curl, zato-client of Zato 3.2 (Python), zato service invoke,
// python-requests, and the newest zato-client's ZatoClient (zato-platform.md §2.6).
enum class SnippetKind { Curl, Python, ZatoServiceInvoke, Requests, ZatoClient };

struct SnippetOptions
{
    bool includePassword = false;
};

// The request exactly as built for client (same URL, headers and body bytes), as one curl command
// line with the body in a shell single-quoted argument. Empty when the call cannot be built.
[[nodiscard]] QString curlCommand(ClientKind client, const CallSpec &spec, SnippetOptions options = {});
// The same call with zato-client, as Zato's documentation writes it: AnyServiceInvoker for the
// dispatcher, JSONClient for a channel (the Invoke API has no Python client: a requests call).
[[nodiscard]] QString pythonSnippet(ClientKind client, const CallSpec &spec, SnippetOptions options = {});
// The request exactly as built, with python-requests: the same method, URL, headers and body bytes.
[[nodiscard]] QString requestsSnippet(ClientKind client, const CallSpec &spec, SnippetOptions options = {});
// The newest zato-client: ZatoClient(address, path, auth).invoke(name, payload, headers) for the Zato 4
// API; for the other kinds, what pythonSnippet() writes.
[[nodiscard]] QString zatoClientSnippet(ClientKind client, const CallSpec &spec, SnippetOptions options = {});
// The service invoked from a server's command line: zato service invoke <server path> <service>.
[[nodiscard]] QString zatoServiceInvoke(const CallSpec &spec);
// The snippet of that kind.
[[nodiscard]] QString snippet(SnippetKind kind, ClientKind client, const CallSpec &spec,
                              SnippetOptions options);

// value written as a Python literal (True, None, 'text'), as repr() would.
[[nodiscard]] QString pythonLiteral(const json::Value &value);
// text as one POSIX shell word in single quotes.
[[nodiscard]] QString shellQuote(const QString &text);

} // namespace zd
