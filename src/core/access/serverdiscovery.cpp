#include "serverdiscovery.h"

#include "invoke/call.h"
#include "invoke/networkpool.h"
#include "invoke/requestbuilder.h"

#include <QCoreApplication>
#include <QTimer>

namespace zd::access {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AccessTest)
};

// The first line of a server's text, at most 200 characters, for a message.
QString excerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(400)).section(u'\n', 0, 0).trimmed();
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = u'?';
    }
    return text.size() > 200 ? text.left(200) + u'…' : text;
}

} // namespace

ServerDiscovery::ServerDiscovery(NetworkPool *networks, QObject *parent)
    : QObject(parent), m_networks(networks)
{
    qRegisterMetaType<Discovery>();
}

ServerDiscovery::~ServerDiscovery()
{
    if (m_call)
        m_call->disconnect(this);
}

void ServerDiscovery::start(const DiscoverySpec &spec)
{
    if (m_running)
        return;
    m_running = true;
    m_spec = spec;
    m_lists = AdminLists{};
    m_queries = adminQueries();
    ask(0);
}

void ServerDiscovery::cancel()
{
    if (m_call)
        m_call->cancel();
}

void ServerDiscovery::ask(int index)
{
    CallSpec spec;
    spec.address = m_spec.address;
    spec.path = DefaultApiPath.toString();
    spec.user = m_spec.user;
    spec.password = m_spec.password;
    spec.service = m_queries.at(index).service;
    spec.payload = Payload::fromJson(m_queries.at(index).request);
    spec.timeout = m_spec.timeout;
    spec.tls = m_spec.tls;
    spec.proxy = m_spec.proxy;
    spec.maxBodyBytes = 64 * 1024 * 1024;
    QNetworkAccessManager *network = m_networks->managerFor(spec);
    auto *call = new Call(ClientKind::Api, std::move(spec), network, this);
    m_call = call;
    connect(call, &Call::finished, this, [this, call, index](const InvokeResult &result) {
        call->deleteLater();
        answered(index, result);
    });
    call->start();
}

void ServerDiscovery::answered(int index, const InvokeResult &result)
{
    const QString service = m_queries.at(index).service;
    const int status = result.response.status;
    Discovery failed;
    if (result.error.kind == ErrorKind::Cancelled) {
        failed.failure = Discovery::Failure::Cancelled;
        failed.error = Text::tr("Discovery was cancelled.");
    } else if (status == 0) {
        failed.failure = Discovery::Failure::Unreachable;
        failed.error =
            Text::tr("The server at %1 could not be reached: %2").arg(m_spec.address, result.error.message);
    } else if (status == 401 || status == 403) {
        failed.failure = Discovery::Failure::Refused;
        failed.error = Text::tr("The server refused %1's credentials for %2 (HTTP %3). Give the user and "
                                "password of the server's admin.invoke definition.")
                           .arg(m_spec.user, service)
                           .arg(status);
    } else if (status == 404) {
        failed.failure = Discovery::Failure::BadAnswer;
        failed.error =
            Text::tr("%1 has no %2 (HTTP 404): discovery needs the newest Zato 4.1, whose admin.invoke "
                     "calls services there. Import its enmasse file instead.")
                .arg(m_spec.address, result.request.url.path());
    } else if (status != 200 || !result.document.ok) {
        failed.failure = Discovery::Failure::BadAnswer;
        failed.error = status != 200
                           ? Text::tr("%1 answered HTTP %2: %3")
                                 .arg(service)
                                 .arg(status)
                                 .arg(excerpt(result.response.body))
                           : Text::tr("%1 did not answer with JSON: %2").arg(service, result.document.error);
    }
    if (failed.failure != Discovery::Failure::None) {
        done(std::move(failed));
        return;
    }
    m_lists.*(m_queries.at(index).answer) = result.document.value;
    if (index + 1 < m_queries.size()) {
        ask(index + 1);
        return;
    }
    const AccessTestRead read = accessFromAdminLists(m_lists, m_spec.secrets);
    Discovery discovery;
    discovery.test = read.test;
    discovery.error = read.error;
    if (!read.test)
        discovery.failure = Discovery::Failure::BadAnswer;
    done(std::move(discovery));
}

void ServerDiscovery::done(Discovery discovery)
{
    m_running = false;
    m_lists = AdminLists{};
    Q_EMIT finished(discovery);
}

} // namespace zd::access
