#include "callsession.h"

#include "history/historyservice.h"
#include "invoke/call.h"
#include "invoke/networkpool.h"
#include "oauth/tokenprovider.h"

namespace zd {

CallSession::CallSession(NetworkPool *networks, QObject *parent)
    : QObject(parent), m_networks(networks), m_tokens(new TokenProvider(networks, this))
{
    qRegisterMetaType<zd::CallReport>();
    qRegisterMetaType<zd::BothReport>();
}

CallSession::~CallSession()
{
    for (const Running &running : std::as_const(m_calls)) {
        if (running.call)
            running.call->disconnect(this);
    }
}

void CallSession::setHistory(HistoryService *history, qint64 bodyCap)
{
    m_history = history;
    m_bodyCap = bodyCap;
}

void CallSession::setProfile(const QString &profileId, const QString &profileName)
{
    m_profileId = profileId;
    m_profileName = profileName;
}

Started CallSession::start(const LookupForm &form, const QString &bodyFile)
{
    Started started{form.validate()};
    if (started.errors.isEmpty()) {
        CallSpec spec = form.toCallSpec();
        spec.bodyFile = bodyFile;
        started.number = call(form.client, spec, CallContext{form, true, true});
    }
    return started;
}

Started CallSession::startBoth(const LookupForm &form, int rounds)
{
    BothRun run;
    run.sides[0] = form;
    run.sides[1] = form;
    run.sides[0].client = ClientKind::AnyService;
    run.sides[1].client = ClientKind::Json;
    run.rounds = std::max(0, rounds);
    QList<LookupForm::FieldError> errors = run.sides[0].validate();
    for (const LookupForm::FieldError &error : run.sides[1].validate()) {
        if (std::none_of(errors.cbegin(), errors.cend(),
                         [&error](const auto &e) { return e.field == error.field; }))
            errors.append(error);
    }
    if (!errors.isEmpty())
        return Started{errors};
    const quint64 pair = m_next + 1; // the number of its first call
    m_both.insert(pair, run);
    startNextOfBoth(pair);
    return Started{errors, pair};
}

// The order of a run's calls: AnyServiceInvoker then JSONClient (the warm-up, compared and
// recorded), then the measured rounds, the first of each alternating so that neither client is
// always the one that follows the other.
void CallSession::startNextOfBoth(quint64 pair)
{
    BothRun &run = m_both[pair];
    const int step = run.started++;
    const int round = (step - 2) / 2;
    const int side = step < 2 ? step : (round % 2 == 0 ? step % 2 : 1 - step % 2);
    const bool warmUp = step < 2;
    const LookupForm &form = run.sides[side];
    const quint64 number = call(form.client, form.toCallSpec(), CallContext{form, warmUp, false});
    m_calls[number].pair = pair;
    m_calls[number].side = side;
}

void CallSession::bothCallFinished(quint64 pair, int side, const CallReport &report)
{
    BothRun &run = m_both[pair];
    const int step = run.started - 1; // the call that finished: calls run one at a time
    const bool ok = report.result.ok && report.result.error.kind == ErrorKind::None;
    if (step < 2)
        run.first[side] = report;
    else if (ok)
        run.times[side] << report.result.elapsedMs;
    // The first call through each client is always made (each client's answer is worth seeing);
    // a failure stops the run there, and so does one in the timing rounds.
    const auto firstOk = [&run](int s) {
        return run.first[s] && run.first[s]->result.ok && run.first[s]->result.error.kind == ErrorKind::None;
    };
    if ((step >= 2 && !ok) || (step == 1 && !(firstOk(0) && firstOk(1))))
        run.stopped = true;
    if (!run.stopped && (step == 0 || run.started < bothCalls(run.rounds))) {
        startNextOfBoth(pair);
        return;
    }
    if (step == 0) { // cancelled before JSONClient was called
        CallReport notSent;
        notSent.client = ClientKind::Json;
        notSent.form = run.sides[1];
        notSent.form = notSent.form->withoutSecrets();
        notSent.result.client = ClientKind::Json;
        notSent.result.error.kind = ErrorKind::Cancelled;
        notSent.outcome = explainOutcome(notSent.result);
        run.first[1] = notSent;
    }
    const BothRun done = m_both.take(pair);
    BothReport both{*done.first[0], *done.first[1],
                    compareClients(done.first[0]->result, done.first[1]->result)};
    const bool timed = done.times[0].size() == done.rounds && done.times[1].size() == done.rounds;
    both.comparison.timing =
        timed ? timeClients(done.times[0], done.times[1], done.started) : timeClients({}, {}, done.started);
    Q_EMIT bothFinished(both);
}

quint64 CallSession::call(ClientKind kind, const CallSpec &spec, const CallContext &context)
{
    const quint64 number = ++m_next;
    CallSpec limited = spec;
    if (m_maxBodyBytes > 0)
        limited.maxBodyBytes = m_maxBodyBytes;
    m_calls.insert(number, Running{nullptr, kind, false, context});
    if (m_calls[number].context.form) // kept for the history and Compare: never a secret
        m_calls[number].context.form = m_calls[number].context.form->withoutSecrets();
    if (limited.auth.kind != AuthKind::OAuth2 || !limited.auth.token.isEmpty()) {
        send(number, limited);
        return number;
    }
    m_tokens->get(limited, this, [this, number, limited](const TokenResult &token) mutable {
        if (!m_calls.contains(number))
            return;
        const bool cancelled = m_calls[number].cancelled || token.answer.errorKind == ErrorKind::Cancelled;
        if (cancelled || !token.answer.ok()) { // the call is not sent
            InvokeResult result;
            result.client = m_calls[number].kind;
            result.error.kind = cancelled ? ErrorKind::Cancelled : ErrorKind::Usage;
            result.error.message = cancelled ? tr("Cancelled.") : token.answer.error;
            onFinished(number, result);
            return;
        }
        limited.auth.token = token.answer.token;
        send(number, limited);
    });
    return number;
}

void CallSession::send(quint64 number, const CallSpec &spec)
{
    Running &running = m_calls[number];
    auto *call = new Call(running.kind, spec, m_networks->managerFor(spec), this);
    running.call = call;
    connect(call, &Call::sent, this,
            [this, number](const HttpRequestData &request) { Q_EMIT sent(number, request); });
    connect(call, &Call::finished, this,
            [this, number](const InvokeResult &result) { onFinished(number, result); });
    call->start(); // sent from the event loop: sent() and finished() follow
}

void CallSession::cancel()
{
    for (BothRun &run : m_both)
        run.stopped = true;
    m_tokens->cancel();
    for (Running &running : m_calls) {
        if (running.call)
            running.call->cancel();
        else
            running.cancelled = true;
    }
}

bool CallSession::togglePin()
{
    if (m_baselines.isPinned()) {
        m_baselines.unpin();
        return false;
    }
    return m_baselines.pin();
}

void CallSession::onFinished(quint64 number, const InvokeResult &result)
{
    const Running running = m_calls.take(number);
    if (running.call)
        running.call->deleteLater();

    CallReport report;
    report.number = number;
    report.client = running.kind;
    report.form = running.context.form;
    report.result = result;
    report.outcome = explainOutcome(result);
    if (running.context.compare && report.form && result.ok && result.response.status > 0) {
        const QString key = compareKey(*report.form);
        report.baseline = m_baselines.baselineFor(key);
        m_baselines.keep(key, result.data, QDateTime::currentDateTime());
    }
    if (running.context.record && result.error.kind != ErrorKind::Usage)
        record(report);
    Q_EMIT finished(report);

    if (running.pair != 0)
        bothCallFinished(running.pair, running.side, report);
}

void CallSession::record(const CallReport &report)
{
    if (!m_history)
        return;
    const LookupForm form = report.form.value_or(LookupForm());
    m_history->add(HistoryEntry::of(form, report.result, m_profileId, m_profileName, m_bodyCap), this,
                   [this](bool ok, const QString &error) {
                       if (!ok && !error.isEmpty()) // a history that could not be opened said so then
                           Q_EMIT historyFailed(error);
                   });
}

} // namespace zd
