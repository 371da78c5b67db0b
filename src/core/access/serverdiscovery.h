#pragma once

#include "adminlists.h"
#include "invoke/calltypes.h"

#include <QObject>
#include <QPointer>

namespace zd {
class Call;
class NetworkPool;
} // namespace zd

namespace zd::access {

// Where and as whom discovery asks: a Zato 4.1 server's address and its admin.invoke credential.
struct DiscoverySpec
{
    QString address;
    QString user = QStringLiteral("admin.invoke");
    QString password;                // in memory only
    QHash<QString, QString> secrets; // the secrets the user gives, by definition name
    std::chrono::milliseconds timeout{30000};
    TlsSettings tls;
    ProxySettings proxy;
};

struct Discovery
{
    enum class Failure {
        None,
        Unreachable, // no HTTP answer at all
        Refused,     // the admin credential was refused (401, 403)
        BadAnswer,   // an answer that is not what a Zato 4.1 server gives
        Cancelled,
    };
    Failure failure = Failure::None;
    std::optional<AccessTest> test;
    QString error; // what went wrong and what to do
};

// Discovery from a running server: asks its admin services (zato-platform.md §2.5) through
// /zato/api/invoke, one after the other, and reads their lists into an access test. Nothing is
// changed on the server.
class ServerDiscovery : public QObject
{
    Q_OBJECT
public:
    explicit ServerDiscovery(NetworkPool *networks, QObject *parent = nullptr);
    ~ServerDiscovery() override;

    // finished() follows once, through the event loop. Does nothing while running.
    void start(const DiscoverySpec &spec);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const zd::access::Discovery &discovery);

private:
    void ask(int index);
    void answered(int index, const InvokeResult &result);
    void done(Discovery discovery);

    NetworkPool *m_networks;
    DiscoverySpec m_spec;
    QList<AdminQuery> m_queries;
    AdminLists m_lists;
    QPointer<Call> m_call;
    bool m_running = false;
};

} // namespace zd::access

Q_DECLARE_METATYPE(zd::access::Discovery)
