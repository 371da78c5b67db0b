#pragma once

#include "baselines.h"
#include "invoke/calltypes.h"
#include "invoke/outcome.h"
#include "lookup/lookupform.h"
#include "rbac/compare.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <optional>

namespace zd {

class Call;
class HistoryService;
class NetworkPool;
class TokenProvider;

// What a call is made for, beyond its spec: the form it came from (for the history and Compare) and
// whether the history keeps it.
struct CallContext
{
    std::optional<LookupForm> form; // the lookup it came from; none for a call given as a spec
    bool record = false;            // kept in the history (when the session has one)
    bool compare = false;           // set beside its baseline, and kept as one
};

// One finished call as the session reports it.
struct CallReport
{
    quint64 number = 0;
    ClientKind client = ClientKind::AnyService;
    std::optional<LookupForm> form; // without the password
    InvokeResult result;
    Outcome outcome;
    std::optional<Baseline> baseline; // what Compare sets an ok response beside, when there is one
};

// What starting a lookup gave: the form's problems (nothing was sent), or the call's number.
struct Started
{
    QList<LookupForm::FieldError> errors;
    quint64 number = 0; // 0: nothing was started
};

// The same customer through AnyServiceInvoker and JSONClient: the first call through each, compared,
// and the times of the repeated calls (comparison.timing).
struct BothReport
{
    CallReport any;
    CallReport json;
    ClientComparison comparison;
};

// The life of a call, in one place for the window, the CLI, the matrix, Both clients and load mode:
// the call is checked once, sent once by a one-shot Call (through the network manager of its
// proxy), its response read once into the document every view uses, its outcome put in words,
// recorded in the history, and kept for Compare; one report comes out. Calls run at once when more
// than one is started (the matrix, load mode); each is reported on its own. Both clients runs its
// calls one after the other. An OAuth2 call gets its token first (TokenProvider, shared by the
// session's calls): a token that cannot be got ends the call unsent, reported with what went wrong.
class CallSession : public QObject
{
    Q_OBJECT
public:
    explicit CallSession(NetworkPool *networks, QObject *parent = nullptr);
    ~CallSession() override;

    // Records the calls whose context asks for it in history, with response bodies up to bodyCap
    // bytes; nullptr records nothing.
    void setHistory(HistoryService *history, qint64 bodyCap);
    // The largest response body each call holds (CallSpec::maxBodyBytes); 0 keeps each spec's own.
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    // Who the recorded calls are made for (the profile selected in the window).
    void setProfile(const QString &profileId, const QString &profileName);

    // The form's problems; when there are none, its call is started (see call()) and recorded.
    // With bodyFile, the response body is written there as it arrives (CallSpec::bodyFile).
    Started start(const LookupForm &form, const QString &bodyFile = QString());
    // The form's customer through AnyServiceInvoker and JSONClient, one call at a time: one call
    // through each (recorded in the history, and compared), then, when both succeed, rounds more
    // through each, alternating which goes first, to time them (the first calls are the warm-up:
    // connecting is not counted). A call that fails, or cancel(), stops it: no more are sent.
    // Every call is sent once, and reported by finished(); bothFinished() follows the last. At most
    // bothCalls(rounds) calls are sent. The number is the first AnyServiceInvoker call's.
    Started startBoth(const LookupForm &form, int rounds = DefaultBothRounds);
    static constexpr int DefaultBothRounds = 5;
    [[nodiscard]] static constexpr int bothCalls(int rounds) { return 2 * (1 + rounds); }
    // Starts one call and returns its number: sent() follows, then finished() once, both through the
    // event loop. A call that cannot be built is reported with ErrorKind::Usage.
    quint64 call(ClientKind kind, const CallSpec &spec, const CallContext &context = {});
    // Cancels every running call (each is reported as cancelled).
    void cancel();
    [[nodiscard]] bool isRunning() const { return !m_calls.isEmpty(); }
    [[nodiscard]] int runningCalls() const { return int(m_calls.size()); }
    // The tokens of the session's OAuth2 calls (Get token asks it too).
    [[nodiscard]] TokenProvider *tokens() const { return m_tokens; }

    // Compare: pins the last ok response (or unpins); whether one is pinned.
    bool togglePin();
    [[nodiscard]] bool isPinned() const { return m_baselines.isPinned(); }

Q_SIGNALS:
    void sent(quint64 number, const zd::HttpRequestData &request);
    void finished(const zd::CallReport &report);
    void bothFinished(const zd::BothReport &report);
    // A call was not recorded: why.
    void historyFailed(const QString &message);

private:
    struct Running
    {
        Call *call = nullptr; // none while its token is being got
        ClientKind kind = ClientKind::AnyService;
        bool cancelled = false; // cancelled while its token was being got: never sent
        CallContext context;
        quint64 pair = 0; // the Both clients run it belongs to (0: none)
        int side = 0;     // 0: AnyServiceInvoker, 1: JSONClient
    };
    // One Both clients run: its calls go one after the other.
    struct BothRun
    {
        LookupForm sides[2];
        std::optional<CallReport> first[2]; // the first call through each client
        QList<double> times[2];             // the measured calls' times, round by round
        int rounds = 0;                     // measured rounds wanted
        int started = 0;                    // calls started so far
        bool stopped = false;               // a call failed or the user cancelled: no more are sent
    };
    void send(quint64 number, const CallSpec &spec);
    void onFinished(quint64 number, const InvokeResult &result);
    void startNextOfBoth(quint64 pair);
    void bothCallFinished(quint64 pair, int side, const CallReport &report);
    void record(const CallReport &report);

    NetworkPool *m_networks;
    TokenProvider *m_tokens;
    HistoryService *m_history = nullptr;
    qint64 m_bodyCap = 0;
    qint64 m_maxBodyBytes = 0;
    QString m_profileId;
    QString m_profileName;
    quint64 m_next = 0;
    QHash<quint64, Running> m_calls;
    QHash<quint64, BothRun> m_both;
    Baselines m_baselines;
};

} // namespace zd

Q_DECLARE_METATYPE(zd::CallReport)
Q_DECLARE_METATYPE(zd::BothReport)
