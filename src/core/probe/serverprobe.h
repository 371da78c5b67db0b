#pragma once

#include "invoke/calltypes.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

namespace zd {

class Call;
class NetworkPool;

// What "Check server" asks: the server's address, and optionally the credential of its generic invoker
// (admin.invoke on Zato 4.1, pubapi on 3.2) and a channel whose method is fixed, to see how a wrong
// method is answered.
struct ProbeSpec
{
    QString address;
    QString user;
    QString password; // in memory only
    QString methodCheckPath;
    std::chrono::milliseconds timeout{10000};
    TlsSettings tls;
    ProxySettings proxy;
};

// What one check of the probe found (zato-platform.md §2.1-§2.5).
enum class ProbeAnswer {
    NotChecked,
    Absent,             // 404: no such endpoint
    NeedsCredentials,   // 401 without credentials: it is there, behind Basic Auth
    CredentialsRefused, // 401 with the credentials given
    Works,              // it answered as that dialect answers
    Unexpected,         // it answered, but not as any Zato does
};

// What kind of server answered.
enum class ProbeVerdict {
    Unreachable,  // no HTTP answer at all
    NotZato,      // HTTP, but nothing a Zato server answers
    Zato32,       // the dispatcher, pubapi on /zato/api/invoke, ping with "pong"
    Zato41Legacy, // Zato 4.1 built before May 2026: the dispatcher, no /zato/api/invoke
    Zato41,       // newest Zato 4.1: no dispatcher, /zato/api/invoke for admin.invoke
    ZatoUnknown,  // Zato answers (URL not found with a CID), but no known dialect was found
};

struct ProbeStep
{
    QString check;   // "ping", "dispatcher", "invoke-api", "wrong-method"
    QString request; // "GET /zato/ping"
    int status = 0;  // 0: no HTTP answer
    QString finding; // in plain words
};

struct ProbeReport
{
    QString address;
    ProbeVerdict verdict = ProbeVerdict::Unreachable;
    ProbeAnswer ping = ProbeAnswer::NotChecked;
    ProbeAnswer dispatcher = ProbeAnswer::NotChecked;
    ProbeAnswer invokeApi = ProbeAnswer::NotChecked;
    QString invokeApiRealm; // the realm of the invoke API's Basic challenge, when it sent one
    std::optional<bool> wrongMethodGives405;
    QString allowHeader;    // the Allow list of a 405
    bool cidHeader = false; // some answer carried X-Zato-CID
    QString transportError;
    QList<ProbeStep> steps;

    // What this server is and which clients will work with it, in plain words.
    [[nodiscard]] QString summary() const;
    // The client kinds that will work: "AnyServiceInvoker", "JSONClient", "Invoke API".
    [[nodiscard]] QStringList workingClients() const;
    // The report for machines (zato-invoke probe --format json).
    [[nodiscard]] QByteArray toJson() const;
};

[[nodiscard]] QString probeVerdictKey(ProbeVerdict verdict); // "zato-4.1", "not-zato", ...
[[nodiscard]] QString probeAnswerKey(ProbeAnswer answer);    // "absent", "works", ...

// Finds out what a server is: pings it, tries each invoke dialect, and looks at how it answers a wrong
// method and whether it sends X-Zato-CID. Every check is one call, sent once, one after the other.
class ServerProbe : public QObject
{
    Q_OBJECT
public:
    explicit ServerProbe(NetworkPool *networks, QObject *parent = nullptr);
    ~ServerProbe() override;

    // finished() follows, through the event loop, exactly once.
    void start(const ProbeSpec &spec);
    void cancel();

Q_SIGNALS:
    void finished(const zd::ProbeReport &report);

private:
    using Next = std::function<void(const InvokeResult &)>;
    void run(const QString &check, ClientKind kind, CallSpec spec, Next next);
    [[nodiscard]] CallSpec baseSpec() const;
    void afterPing(const InvokeResult &result);
    void afterDispatcher(const InvokeResult &result);
    void afterInvokeApi(const InvokeResult &result);
    void checkWrongMethod(const QString &path, const QByteArray &method, bool lastTry);
    void afterChannelList(const InvokeResult &result);
    void done();
    void note(const InvokeResult &result, const QString &check, const QString &finding);

    NetworkPool *m_networks;
    ProbeSpec m_spec;
    ProbeReport m_report;
    QPointer<Call> m_call;
    bool m_zatoSeen = false; // some answer was Zato's own ("URL not found (CID:…)", a Zato envelope)
    bool m_running = false;
};

} // namespace zd

Q_DECLARE_METATYPE(zd::ProbeReport)
