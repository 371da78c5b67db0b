#include "errorbodies.h"

#include "json/writer.h"

namespace zd::demo {

using json::Value;

HttpHeaders ErrorBodies::jsonHeaders() const
{
    HttpHeaders headers;
    if (m_cidHeader)
        headers.append({"X-Zato-CID", m_cid.toLatin1()});
    headers.append(HttpHeader{"Content-Type", "application/json"});
    return headers;
}

// G2: {"result":"Error","cid":...,"details":...} (details left out when empty), application/json.
// G1: {"zato_env": {"result": "ZATO_ERROR", "cid": ..., "details": ...}} with no Content-Type.
DemoResponse ErrorBodies::wrapped(int status, const Value &details) const
{
    if (m_wire == Wire::G2) {
        json::Object body{{QStringLiteral("result"), Value::fromString(QStringLiteral("Error"))},
                          {QStringLiteral("cid"), Value::fromString(m_cid)}};
        if (details.isTruthy())
            body.push_back({QStringLiteral("details"), details});
        return DemoResponse::make(status, json::dumps(Value::fromObject(std::move(body)), {true, -1, true}),
                                  jsonHeaders());
    }
    const Value env =
        Value::fromObject({{QStringLiteral("result"), Value::fromString(QStringLiteral("ZATO_ERROR"))},
                           {QStringLiteral("cid"), Value::fromString(m_cid)},
                           {QStringLiteral("details"), details}});
    return DemoResponse::make(status, json::dumps(Value::fromObject({{QStringLiteral("zato_env"), env}})),
                              {{"X-Zato-CID", m_cid.toLatin1()}});
}

DemoResponse ErrorBodies::unauthorized(const QString &realm, const QByteArray &path, const char *code) const
{
    const QString details =
        m_wire == Wire::G2
            ? u"Unauthorized; cid=" + m_cid
            : QStringLiteral("UNAUTHORIZED path_info:[%1], cid:[%2], sec-wall code:[%3], description:[]\n")
                  .arg(QString::fromUtf8(path), m_cid, QString::fromLatin1(code));
    DemoResponse response = wrapped(401, Value::fromString(details));
    response.headers.append({"WWW-Authenticate", "Basic realm=\"" + realm.toUtf8() + '"'});
    return response;
}

DemoResponse ErrorBodies::unauthorizedNoChallenge() const
{
    return wrapped(401, Value::fromString(QStringLiteral("401 Unauthorized")));
}

DemoResponse ErrorBodies::unauthorizedBearer() const
{
    DemoResponse response = wrapped(401, Value::fromString(QStringLiteral("401 Unauthorized")));
    response.headers.append(HttpHeader{"WWW-Authenticate", "Bearer"});
    return response;
}

DemoResponse ErrorBodies::rbacDenied() const
{
    return wrapped(403, Value::fromString(QStringLiteral("You are not allowed to access this URL\n")));
}

DemoResponse ErrorBodies::unknownPath(const QByteArray &path) const
{
    if (m_wire == Wire::G2) {
        HttpHeaders headers;
        if (m_cidHeader)
            headers.append({"X-Zato-CID", m_cid.toLatin1()});
        headers.append(HttpHeader{"Content-Type", "text/plain"});
        return DemoResponse::make(404, "URL not found (CID:" + m_cid.toLatin1() + ')', headers);
    }
    return DemoResponse::make(404,
                              "CID:`" + m_cid.toLatin1() + "` Unknown URL:`" + path + "` or SOAP action:``",
                              {{"X-Zato-CID", m_cid.toLatin1()}});
}

DemoResponse ErrorBodies::methodNotAllowed(const QByteArray &method) const
{
    return wrapped(405,
                   Value::fromString(u"Method `" + QString::fromLatin1(method) + u"` is not allowed here"));
}

DemoResponse ErrorBodies::unsupportedMethod() const
{
    return wrapped(405, Value::fromString(QStringLiteral("Unsupported HTTP method")));
}

DemoResponse ErrorBodies::serviceError(const ServiceOutput &error, bool adminChannel) const
{
    if (m_wire == Wire::G1) {
        return wrapped(
            500, Value::fromString(u"Traceback (most recent call last):\n  File \"service.py\", in handle\n" +
                                   error.errorLine() + u'\n'));
    }
    if (!adminChannel)
        return wrapped(500, error.errorArgs);
    DemoResponse response = wrapped(500, Value::fromString(error.errorLine()));
    QByteArray message = "(";
    for (const Value &arg : error.errorArgs.toArray())
        message += (arg.isString() ? '\'' + arg.toString().toUtf8() + '\'' : json::dumps(arg)) + ',';
    response.headers.append({"X-Zato-Message", message + ')'});
    return response;
}

DemoResponse ErrorBodies::envelope(int status, const QString &details) const
{
    return wrapped(status, Value::fromString(details));
}

DemoResponse ErrorBodies::plain(int status, const QString &text) const
{
    HttpHeaders headers;
    if (m_cidHeader)
        headers.append({"X-Zato-CID", m_cid.toLatin1()});
    headers.append(HttpHeader{"Content-Type", "text/plain"});
    return DemoResponse::make(status, text.toUtf8(), headers);
}

DemoResponse ErrorBodies::methodNotAllowedHere(const QByteArray &allow) const
{
    DemoResponse response = plain(405, u"Method not allowed (CID:" + m_cid + u')');
    response.headers.append({"Allow", allow});
    return response;
}

} // namespace zd::demo
