#pragma once

#include "invoke/calltypes.h"
#include "openapi.h"

#include <QObject>
#include <QPointer>

namespace zd {
class Call;
class NetworkPool;
} // namespace zd

namespace zd::access {

// What fetching a server's /openapi/{name} takes: Zato 4.1 gives it to the Basic Auth definitions of
// the channels it includes (zato-platform.md §4), so each user and password is tried in turn.
struct OpenApiFetchSpec
{
    QString address;
    QString name;                                   // the OpenAPI channel's name, slugified for the path
    QList<std::pair<QString, QString>> credentials; // user and password, in memory only
    std::chrono::milliseconds timeout{30000};
    TlsSettings tls;
    ProxySettings proxy;
};

struct OpenApiFetched
{
    std::optional<QList<ApiOperation>> operations;
    QString error;
    bool unreachable = false; // no HTTP answer at all
};

// The path of an OpenAPI channel: /openapi/ and its name in lower case, each run of other characters
// than ASCII letters and digits made one "-" ("Customers API" -> /openapi/customers-api).
[[nodiscard]] QString openApiPath(const QString &name);

// The Basic Auth users and passwords of the test's credentials that have their secret.
[[nodiscard]] QList<std::pair<QString, QString>> basicCredentials(const AccessTest &test);

class OpenApiFetch : public QObject
{
    Q_OBJECT
public:
    explicit OpenApiFetch(NetworkPool *networks, QObject *parent = nullptr);
    ~OpenApiFetch() override;

    // finished() follows once, through the event loop.
    void start(const OpenApiFetchSpec &spec);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const zd::access::OpenApiFetched &fetched);

private:
    void tryCredential(int index);
    void done(OpenApiFetched fetched);

    NetworkPool *m_networks;
    OpenApiFetchSpec m_spec;
    QPointer<Call> m_call;
    bool m_running = false;
};

} // namespace zd::access

Q_DECLARE_METATYPE(zd::access::OpenApiFetched)
