#pragma once

#include "json/parser.h"
#include "json/value.h"
#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <chrono>
#include <optional>

namespace zd {

// Which of Zato's clients a call behaves like.
enum class ClientKind {
    AnyService, // AnyServiceInvoker: the zato.service.invoke envelope, base64 inside
    Json,       // JSONClient: the payload as JSON to a channel bound to one service
    Api,        // Zato 4: plain JSON to /zato/api/invoke/{service}
};

// The dispatcher's wire generation: G1 is Zato 2.0 to 3.1, G2 is Zato 3.2 and 3.3.
enum class Wire { G1, G2 };

struct HttpHeader
{
    QByteArray name;
    QByteArray value;
    friend bool operator==(const HttpHeader &, const HttpHeader &) = default;
};
using HttpHeaders = QList<HttpHeader>;

// The value of the first header named name (case-insensitive), if any.
[[nodiscard]] std::optional<QByteArray> headerValue(const HttpHeaders &headers, QByteArrayView name);

// What a call sends, Python's payload argument: a JSON value (to_json=True, dumped as Python's
// json.dumps does) or text sent as it is (to_json=False).
struct Payload
{
    enum class Kind { Json, Raw };
    Kind kind = Kind::Json;
    json::Value value = json::Value::fromString(QString()); // Python's default payload ''
    QByteArray raw;

    static Payload fromJson(json::Value value);
    static Payload fromRaw(QByteArray raw);
    // The bytes Python would serialise: json.dumps(value) or the raw text.
    [[nodiscard]] QByteArray serialized() const;
    // True for '', None and empty raw text: the Zato 4 client sends no body for them.
    [[nodiscard]] bool isEmpty() const;
};

// HTTPS settings: the system trust store plus an optional extra CA file, an optional client
// certificate (PEM certificate and key, or one PKCS#12 file), and an explicit "do not verify".
struct TlsSettings
{
    QString caFile;
    QString clientCertificateFile; // .pem/.crt, or .p12/.pfx holding the key as well
    QString clientKeyFile;         // PEM key, for a PEM certificate
    bool verify = true;
    // For a server reached without its TLS front end (a developer's box): send the headers that front
    // end sets for a verified client certificate, computed from clientCertificateFile
    // (frontEndCertificateHeaders). A server behind its front end never sees them: the front end strips them.
    bool frontEndHeaders = false;
    friend bool operator==(const TlsSettings &, const TlsSettings &) = default;
};

struct ProxySettings
{
    enum class Mode { System, None, Manual };
    Mode mode = Mode::System;
    QString host;
    quint16 port = 0;
    QString user;
    QString password; // in memory only; saved in the keychain
    friend bool operator==(const ProxySettings &, const ProxySettings &) = default;
};

// How a call proves who it is (zato-platform.md §1.2).
enum class AuthKind {
    None,   // no credentials at all
    Basic,  // HTTP Basic: CallSpec::user and CallSpec::password (nothing is sent when both are empty)
    ApiKey, // the key in a header, X-API-Key unless the channel's definition names another
    Bearer, // Authorization: Bearer <token>, a static token
    OAuth2, // Authorization: Bearer <token>, the token got from an OAuth2 token endpoint first
};

// A name and a value: a query parameter, the value of a {name} placeholder in the path, or an extra
// field of a token request.
struct NamedValue
{
    QString name;
    QString value;
    friend bool operator==(const NamedValue &, const NamedValue &) = default;
};

// Where an OAuth2 token comes from: the client credentials grant (RFC 6749 §4.4), with the settings a
// Zato bearer_token definition has for it (zato-platform.md §3: its field names, scopes, extra fields,
// a form or a JSON body). The client secret is AuthSettings::secret.
struct OAuth2Settings
{
    enum class Format { Form, Json };
    QString tokenUrl;
    QString clientId;
    QString clientIdField = QStringLiteral("client_id");
    QString clientSecretField = QStringLiteral("client_secret");
    QStringList scopes;
    QList<NamedValue> extraFields; // sent beside grant_type and the client's fields
    Format format = Format::Form;
    friend bool operator==(const OAuth2Settings &, const OAuth2Settings &) = default;
};

struct AuthSettings
{
    AuthKind kind = AuthKind::Basic;
    QByteArray apiKeyHeader = QByteArrayLiteral("X-API-Key");
    // ApiKey: the key; Bearer: the token; OAuth2: the client secret. In memory only; saved in the keychain.
    QString secret;
    OAuth2Settings oauth2;
    // OAuth2: the access token got for this call (CallSession gets it before the call is sent). In
    // memory only, never saved.
    QString token;
    friend bool operator==(const AuthSettings &, const AuthSettings &) = default;
};

// The largest response body a call holds unless told otherwise: 512 MB.
inline constexpr qint64 DefaultMaxBodyBytes = 512LL * 1024 * 1024;

// One call, as the user describes it. The password lives only in memory.
struct CallSpec
{
    QString address; // scheme, host and port: http://localhost:17010
    QString path;    // channel path; for ClientKind::Api the prefix of the service name
    QString user;    // empty: no Authorization header
    QString password;
    AuthSettings auth;               // how the call authenticates; Basic uses user and password above
    QString service;                 // service name (AnyService, Api)
    std::optional<qint64> serviceId; // service id (AnyService), used when service is empty
    Payload payload;
    // The HTTP method of a channel call (JSONClient, Invoke API); empty: POST, as Zato's clients send.
    // AnyServiceInvoker always POSTs to the dispatcher.
    QByteArray method;
    bool async = false;
    Wire wire = Wire::G2;
    HttpHeaders extraHeaders;
    QList<NamedValue> query;      // added to the path's own query string, percent-encoded
    QList<NamedValue> pathParams; // fill the {name} placeholders of the path
    std::chrono::milliseconds timeout{60000};
    // The largest response body the call holds; a larger one ends the call with an error as soon as it
    // is seen, before memory grows past it.
    qint64 maxBodyBytes = DefaultMaxBodyBytes;
    // When set, the response body is written to this file as it arrives, whatever its size, and not
    // held or read; the file appears (atomically) only when the whole body has arrived.
    QString bodyFile;
    TlsSettings tls;
    ProxySettings proxy;
};

// A request exactly as it goes on the wire (QNetworkAccessManager adds Host, Content-Length,
// Connection, Accept-Encoding and Accept-Language).
struct HttpRequestData
{
    QByteArray method = QByteArrayLiteral("POST");
    QUrl url;
    HttpHeaders headers;
    QByteArray body;
    bool hasBody = true;
    // Headers besides Authorization whose values are secrets (the call's API-key header): shown and
    // kept masked, whatever their name.
    QList<QByteArray> secretHeaders;
};

struct HttpResponseData
{
    int status = 0; // 0: no HTTP response arrived
    QByteArray reason;
    HttpHeaders headers;
    QByteArray body; // decoded from gzip/deflate and chunking, otherwise as received
    bool complete = false;
    QString bodyFile;         // the body went to this file (CallSpec::bodyFile) and is not in body
    qint64 bodyFileBytes = 0; // how many bytes it holds
};

enum class ErrorKind {
    None,
    Usage,     // the call could not be built; nothing was sent
    Transport, // no complete HTTP response: refused, DNS, TLS, reset, malformed HTTP
    Protocol,  // an HTTP response that is not what a Zato client can read
    Timeout,   // no complete response within the call's timeout
    Cancelled, // the user cancelled the call
};

enum class TransportFailure {
    None,
    ConnectionRefused,
    HostNotFound,
    Tls,
    ConnectionClosed,
    Proxy,
    MalformedHttp,
    TooLarge, // the response is larger than the call may hold
    Other,
};

struct CallError
{
    ErrorKind kind = ErrorKind::None;
    TransportFailure transport = TransportFailure::None;
    QString message;
};

[[nodiscard]] QString errorKindName(ErrorKind kind);
[[nodiscard]] QString clientKindName(ClientKind kind);

// The outcome of one call: the fields Zato's Python client derives (same names and values), the
// error if the exchange did not complete or could not be read, and everything that went over the wire.
struct InvokeResult
{
    ClientKind client = ClientKind::AnyService;
    bool ok = false;
    bool hasData = false;
    json::Value data;
    json::Value details;
    QString cid = QStringLiteral("(None)");
    json::Value responseTime;
    json::Value sioResult;
    json::Value meta = json::Value::fromObject({});
    std::optional<QString> innerServiceResponse;

    CallError error;

    HttpRequestData request;
    HttpResponseData response;
    // The response body parsed once (ok is false when it is not JSON): the one document the result
    // fields, the outcome, the pretty text and the tree are all read from.
    json::ParseResult document;
    double elapsedMs = 0;               // measured by the client, send to last byte
    std::optional<double> serverTimeMs; // X-Zato-Response-Time, when the server sends it
};

} // namespace zd

Q_DECLARE_METATYPE(zd::InvokeResult)
Q_DECLARE_METATYPE(zd::HttpRequestData)
