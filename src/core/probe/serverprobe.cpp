#include "serverprobe.h"

#include "invoke/call.h"
#include "invoke/networkpool.h"

#include <QCoreApplication>
#include <QTimer>

namespace zd {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerProbe)
};

bool isZatoNotFound(const InvokeResult &result)
{
    return result.response.status == 404 && result.response.body.startsWith("URL not found (CID:");
}

// A Zato error envelope: {"result": "Error", "cid": …, "details": …}.
bool isZatoEnvelope(const InvokeResult &result)
{
    const json::Value &body = result.document.value;
    return result.document.ok && body.isObject() && body.find(u"cid") && body.find(u"details");
}

QString realmOf(const HttpResponseData &response)
{
    const QByteArray challenge = headerValue(response.headers, "WWW-Authenticate").value_or(QByteArray());
    const qsizetype start = challenge.indexOf("realm=\"");
    if (start < 0)
        return QString();
    const qsizetype end = challenge.indexOf('"', start + 7);
    return QString::fromLatin1(challenge.mid(start + 7, end < 0 ? -1 : end - start - 7));
}

bool present(ProbeAnswer answer)
{
    return answer == ProbeAnswer::NeedsCredentials || answer == ProbeAnswer::CredentialsRefused ||
           answer == ProbeAnswer::Works;
}

} // namespace

ServerProbe::ServerProbe(NetworkPool *networks, QObject *parent) : QObject(parent), m_networks(networks)
{
    qRegisterMetaType<ProbeReport>();
}

ServerProbe::~ServerProbe()
{
    if (m_call)
        m_call->disconnect(this);
}

void ServerProbe::start(const ProbeSpec &spec)
{
    if (m_running)
        return;
    m_running = true;
    m_spec = spec;
    m_report = ProbeReport{};
    m_report.address = spec.address;
    m_zatoSeen = false;
    CallSpec ping = baseSpec();
    ping.path = QStringLiteral("/zato/ping");
    ping.method = QByteArrayLiteral("GET");
    ping.user.clear();
    ping.password.clear();
    ping.auth.kind = AuthKind::None;
    run(QStringLiteral("ping"), ClientKind::Json, ping, [this](const InvokeResult &r) { afterPing(r); });
}

void ServerProbe::cancel()
{
    if (m_call)
        m_call->cancel();
}

CallSpec ServerProbe::baseSpec() const
{
    CallSpec spec;
    spec.address = m_spec.address;
    spec.user = m_spec.user;
    spec.password = m_spec.password;
    spec.timeout = m_spec.timeout;
    spec.tls = m_spec.tls;
    spec.proxy = m_spec.proxy;
    spec.maxBodyBytes = 1024 * 1024; // a probe reads small answers only
    spec.payload = Payload::fromRaw(QByteArray());
    return spec;
}

void ServerProbe::run(const QString &check, ClientKind kind, CallSpec spec, Next next)
{
    QNetworkAccessManager *network = m_networks->managerFor(spec);
    auto *call = new Call(kind, std::move(spec), network, this);
    m_call = call;
    connect(call, &Call::finished, this, [this, call, check, next](const InvokeResult &result) {
        call->deleteLater();
        if (result.error.kind == ErrorKind::Cancelled) {
            m_report.transportError = result.error.message;
            note(result, check, Text::tr("Cancelled."));
            done();
            return;
        }
        if (headerValue(result.response.headers, "X-Zato-CID"))
            m_report.cidHeader = true;
        if (isZatoNotFound(result) || isZatoEnvelope(result))
            m_zatoSeen = true;
        next(result);
    });
    call->start();
}

void ServerProbe::note(const InvokeResult &result, const QString &check, const QString &finding)
{
    const HttpRequestData &request = result.request;
    const QString line = request.url.isValid() ? QString::fromLatin1(request.method) + u' ' +
                                                     request.url.path(QUrl::FullyEncoded)
                                               : QString();
    m_report.steps.append(ProbeStep{check, line, result.response.status, finding});
}

void ServerProbe::afterPing(const InvokeResult &result)
{
    const HttpResponseData &response = result.response;
    if (response.status == 0) {
        m_report.transportError = result.error.message;
        note(result, QStringLiteral("ping"), Text::tr("No HTTP answer: %1").arg(result.error.message));
        done();
        return;
    }
    const json::Value &body = result.document.value;
    if (response.status == 200 && result.document.ok && body.isObject() && body.find(u"is_ok")) {
        m_report.ping = ProbeAnswer::Works;
        m_zatoSeen = true;
        note(result, QStringLiteral("ping"), Text::tr("Answers as Zato 4.1 does (is_ok and a CID)."));
    } else if (response.status == 200 && result.document.ok && body.isObject() &&
               (body.find(u"zato_ping_response") || body.find(u"pong"))) {
        m_report.ping = ProbeAnswer::Works;
        m_zatoSeen = true;
        note(result, QStringLiteral("ping"), Text::tr("Answers as Zato 3.2 does (pong)."));
    } else if (response.status == 404) {
        m_report.ping = ProbeAnswer::Absent;
        note(result, QStringLiteral("ping"), Text::tr("No ping channel (404)."));
    } else {
        m_report.ping = ProbeAnswer::Unexpected;
        note(result, QStringLiteral("ping"),
             Text::tr("HTTP %1: not what a Zato ping answers.").arg(response.status));
    }

    CallSpec dispatcher = baseSpec();
    dispatcher.path = QStringLiteral("/zato/admin/invoke");
    dispatcher.service = QStringLiteral("zato.ping");
    dispatcher.payload = Payload::fromJson(json::Value::fromString(QString()));
    run(QStringLiteral("dispatcher"), ClientKind::AnyService, dispatcher,
        [this](const InvokeResult &r) { afterDispatcher(r); });
}

void ServerProbe::afterDispatcher(const InvokeResult &result)
{
    const int status = result.response.status;
    const bool withCredentials = !m_spec.user.isEmpty() || !m_spec.password.isEmpty();
    QString finding;
    if (status == 404) {
        m_report.dispatcher = ProbeAnswer::Absent;
        finding = Text::tr("No zato.service.invoke dispatcher at this path (404).");
    } else if (status == 401) {
        m_report.dispatcher =
            withCredentials ? ProbeAnswer::CredentialsRefused : ProbeAnswer::NeedsCredentials;
        finding = withCredentials
                      ? Text::tr("The dispatcher is there; it refused the credentials given (401).")
                      : Text::tr("The dispatcher is there, behind Basic Auth (401).");
        m_zatoSeen = true;
    } else if (status == 200 && result.error.kind == ErrorKind::None) {
        m_report.dispatcher = ProbeAnswer::Works;
        finding = Text::tr("The dispatcher answered zato.ping.");
        m_zatoSeen = true;
    } else {
        m_report.dispatcher = status == 0 ? ProbeAnswer::NotChecked : ProbeAnswer::Unexpected;
        finding = status == 0 ? Text::tr("No HTTP answer: %1").arg(result.error.message)
                              : Text::tr("HTTP %1: not what the dispatcher answers.").arg(status);
    }
    note(result, QStringLiteral("dispatcher"), finding);

    CallSpec api = baseSpec();
    api.path = QStringLiteral("/zato/api/invoke");
    api.service = QStringLiteral("zato.ping");
    run(QStringLiteral("invoke-api"), ClientKind::Api, api,
        [this](const InvokeResult &r) { afterInvokeApi(r); });
}

void ServerProbe::afterInvokeApi(const InvokeResult &result)
{
    const int status = result.response.status;
    const bool withCredentials = !m_spec.user.isEmpty() || !m_spec.password.isEmpty();
    QString finding;
    if (status == 404) {
        m_report.invokeApi = ProbeAnswer::Absent;
        finding = Text::tr("No invoke API at /zato/api/invoke (404).");
    } else if (status == 401) {
        m_report.invokeApi =
            withCredentials ? ProbeAnswer::CredentialsRefused : ProbeAnswer::NeedsCredentials;
        m_report.invokeApiRealm = realmOf(result.response);
        finding = withCredentials
                      ? Text::tr("The invoke API is there (realm \"%1\"); it refused the credentials "
                                 "given (401).")
                            .arg(m_report.invokeApiRealm)
                      : Text::tr("The invoke API is there, behind Basic Auth (realm \"%1\").")
                            .arg(m_report.invokeApiRealm);
        m_zatoSeen = true;
    } else if (status == 200 || (status == 400 && isZatoEnvelope(result))) {
        m_report.invokeApi = ProbeAnswer::Works;
        finding = status == 200
                      ? Text::tr("The invoke API answered zato.ping.")
                      : Text::tr("The invoke API took the credentials (HTTP 400: it has no zato.ping).");
        m_zatoSeen = true;
    } else {
        m_report.invokeApi = status == 0 ? ProbeAnswer::NotChecked : ProbeAnswer::Unexpected;
        finding = status == 0 ? Text::tr("No HTTP answer: %1").arg(result.error.message)
                              : Text::tr("HTTP %1: not what the invoke API answers.").arg(status);
    }
    note(result, QStringLiteral("invoke-api"), finding);

    if (!m_spec.methodCheckPath.isEmpty()) {
        checkWrongMethod(m_spec.methodCheckPath, QByteArrayLiteral("PUT"), false);
        return;
    }
    // The newest 4.1 lists its channels to admin.invoke: one with a fixed method shows how a wrong one
    // is answered.
    if (m_report.invokeApi == ProbeAnswer::Works && m_report.dispatcher == ProbeAnswer::Absent) {
        CallSpec list = baseSpec();
        list.path = QStringLiteral("/zato/api/invoke");
        list.service = QStringLiteral("zato.http-soap.get-list");
        list.payload = Payload::fromJson(json::Value::fromObject(
            {{QStringLiteral("cluster_id"), json::Value::fromInteger(1)},
             {QStringLiteral("connection"), json::Value::fromString(QStringLiteral("channel"))},
             {QStringLiteral("transport"), json::Value::fromString(QStringLiteral("plain_http"))}}));
        list.maxBodyBytes = 16 * 1024 * 1024;
        run(QStringLiteral("channel-list"), ClientKind::Api, list,
            [this](const InvokeResult &r) { afterChannelList(r); });
        return;
    }
    done();
}

void ServerProbe::afterChannelList(const InvokeResult &result)
{
    const json::Value &data = result.document.value;
    if (result.response.status == 200 && result.document.ok && data.isArray()) {
        for (const json::Value &channel : data.toArray()) {
            const json::Value *path = channel.find(u"url_path");
            const json::Value *method = channel.find(u"method");
            if (!path || !method || !method->isString() || method->toString().isEmpty())
                continue;
            const QString pathText = path->toString();
            if (!pathText.startsWith(u'/') || pathText.contains(u'{'))
                continue;
            const QByteArray wrong = method->toString().compare(u"PUT", Qt::CaseInsensitive) == 0
                                         ? QByteArrayLiteral("DELETE")
                                         : QByteArrayLiteral("PUT");
            checkWrongMethod(pathText, wrong, true);
            return;
        }
    }
    done();
}

void ServerProbe::checkWrongMethod(const QString &path, const QByteArray &method, bool lastTry)
{
    CallSpec spec = baseSpec();
    spec.path = path;
    spec.method = method;
    spec.user.clear();
    spec.password.clear();
    spec.auth.kind = AuthKind::None;
    run(QStringLiteral("wrong-method"), ClientKind::Json, spec,
        [this, path, lastTry](const InvokeResult &result) {
            const int status = result.response.status;
            if (status == 405) {
                m_report.wrongMethodGives405 = true;
                m_report.allowHeader =
                    QString::fromLatin1(headerValue(result.response.headers, "Allow").value_or(QByteArray()));
                note(result, QStringLiteral("wrong-method"),
                     Text::tr("A wrong method gets 405, Allow: %1.").arg(m_report.allowHeader));
            } else if (status == 404) {
                m_report.wrongMethodGives405 = false;
                note(result, QStringLiteral("wrong-method"),
                     Text::tr("A wrong method gets 404, as Zato 3.2 and 4.1 before July 2026 answer."));
            } else if (!lastTry && status != 0) {
                checkWrongMethod(path, QByteArrayLiteral("DELETE"), true);
                return;
            } else {
                note(result, QStringLiteral("wrong-method"),
                     status == 0
                         ? Text::tr("No HTTP answer: %1").arg(result.error.message)
                         : Text::tr("HTTP %1: this channel takes that method too; name a channel with one "
                                    "fixed method.")
                               .arg(status));
            }
            done();
        });
}

void ServerProbe::done()
{
    const bool dispatcherThere = present(m_report.dispatcher);
    const bool apiThere = present(m_report.invokeApi);
    const bool anyAnswer = std::any_of(m_report.steps.cbegin(), m_report.steps.cend(),
                                       [](const ProbeStep &step) { return step.status != 0; });
    if (!anyAnswer)
        m_report.verdict = ProbeVerdict::Unreachable;
    else if (apiThere && !dispatcherThere)
        m_report.verdict = ProbeVerdict::Zato41;
    else if (dispatcherThere && apiThere)
        m_report.verdict = ProbeVerdict::Zato32;
    else if (dispatcherThere)
        m_report.verdict = ProbeVerdict::Zato41Legacy;
    else if (m_zatoSeen || m_report.ping == ProbeAnswer::Works)
        m_report.verdict = ProbeVerdict::ZatoUnknown;
    else
        m_report.verdict = ProbeVerdict::NotZato;
    m_running = false;
    // Always through the event loop, never from inside start().
    QTimer::singleShot(0, this, [this, report = m_report] { Q_EMIT finished(report); });
}

} // namespace zd
