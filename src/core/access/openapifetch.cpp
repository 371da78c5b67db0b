#include "openapifetch.h"

#include "invoke/call.h"
#include "invoke/networkpool.h"

#include <QCoreApplication>
#include <QTimer>

namespace zd::access {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AccessTest)
};

} // namespace

QString openApiPath(const QString &name)
{
    QString slug;
    for (const QChar c : name.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug += u'-';
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return u"/openapi/" + slug;
}

QList<std::pair<QString, QString>> basicCredentials(const AccessTest &test)
{
    QList<std::pair<QString, QString>> result;
    for (const FileCredential &credential : test.credentials) {
        if (credential.type == SecurityType::BasicAuth && credential.callable)
            result.append({credential.user, credential.secret});
    }
    return result;
}

OpenApiFetch::OpenApiFetch(NetworkPool *networks, QObject *parent) : QObject(parent), m_networks(networks)
{
    qRegisterMetaType<OpenApiFetched>();
}

OpenApiFetch::~OpenApiFetch()
{
    if (m_call)
        m_call->disconnect(this);
}

void OpenApiFetch::start(const OpenApiFetchSpec &spec)
{
    if (m_running)
        return;
    m_running = true;
    m_spec = spec;
    if (m_spec.credentials.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            done(OpenApiFetched{
                std::nullopt,
                Text::tr("%1 needs the user and password of a Basic Auth definition: none of the "
                         "configuration's has its secret.")
                    .arg(openApiPath(m_spec.name)),
                false});
        });
        return;
    }
    tryCredential(0);
}

void OpenApiFetch::cancel()
{
    if (m_call)
        m_call->cancel();
}

void OpenApiFetch::tryCredential(int index)
{
    CallSpec spec;
    spec.address = m_spec.address;
    spec.path = openApiPath(m_spec.name);
    spec.method = QByteArrayLiteral("GET");
    spec.user = m_spec.credentials.at(index).first;
    spec.password = m_spec.credentials.at(index).second;
    spec.payload = Payload::fromRaw(QByteArray());
    spec.timeout = m_spec.timeout;
    spec.tls = m_spec.tls;
    spec.proxy = m_spec.proxy;
    spec.maxBodyBytes = 32 * 1024 * 1024;
    QNetworkAccessManager *network = m_networks->managerFor(spec);
    auto *call = new Call(ClientKind::Json, std::move(spec), network, this);
    m_call = call;
    connect(call, &Call::finished, this, [this, call, index](const InvokeResult &result) {
        call->deleteLater();
        const int status = result.response.status;
        const QString url = m_spec.address + openApiPath(m_spec.name);
        if (status == 0) {
            done(OpenApiFetched{std::nullopt, Text::tr("%1: %2").arg(url, result.error.message),
                                result.error.kind != ErrorKind::Cancelled});
        } else if ((status == 401 || status == 403) && index + 1 < m_spec.credentials.size()) {
            tryCredential(index + 1);
        } else if (status == 401 || status == 403) {
            done(OpenApiFetched{
                std::nullopt,
                Text::tr("%1 was refused (HTTP %2) to each Basic Auth definition with a known secret. Zato "
                         "gives it only to the Basic Auth definitions of the channels it includes; check "
                         "the OpenAPI channel's name, or give its document as a file.")
                    .arg(url)
                    .arg(status),
                false});
        } else if (status != 200) {
            done(OpenApiFetched{std::nullopt, Text::tr("%1 answered HTTP %2.").arg(url).arg(status), false});
        } else {
            const OpenApiRead read = readOpenApi(result.response.body, url);
            done(OpenApiFetched{read.operations, read.error, false});
        }
    });
    call->start();
}

void OpenApiFetch::done(OpenApiFetched fetched)
{
    m_running = false;
    m_spec.credentials.clear();
    Q_EMIT finished(fetched);
}

} // namespace zd::access
