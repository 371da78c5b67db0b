#include "callsession.h"

#include "history/historyservice.h"
#include "invoke/call.h"
#include "invoke/networkpool.h"

namespace zd {

CallSession::CallSession(NetworkPool *networks, QObject *parent) : QObject(parent), m_networks(networks)
{
    qRegisterMetaType<zd::CallReport>();
}

CallSession::~CallSession()
{
    for (const Running &running : std::as_const(m_calls))
        running.call->disconnect(this);
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

Started CallSession::startBoth(const LookupForm &form)
{
    LookupForm sides[2] = {form, form};
    sides[0].client = ClientKind::AnyService;
    sides[1].client = ClientKind::Json;
    QList<LookupForm::FieldError> errors = sides[0].validate();
    for (const LookupForm::FieldError &error : sides[1].validate()) {
        if (std::none_of(errors.cbegin(), errors.cend(),
                         [&error](const auto &e) { return e.field == error.field; }))
            errors.append(error);
    }
    if (!errors.isEmpty())
        return Started{errors};
    const quint64 pair = m_next + 1;
    m_pairs.insert(pair, Pair());
    for (int side = 0; side < 2; ++side) {
        const quint64 number =
            call(sides[side].client, sides[side].toCallSpec(), CallContext{sides[side], true, false});
        m_calls[number].pair = pair;
        m_calls[number].side = side;
    }
    return Started{errors, pair};
}

quint64 CallSession::call(ClientKind kind, const CallSpec &spec, const CallContext &context)
{
    const quint64 number = ++m_next;
    CallSpec limited = spec;
    if (m_maxBodyBytes > 0)
        limited.maxBodyBytes = m_maxBodyBytes;
    auto *call = new Call(kind, limited, m_networks->managerFor(spec), this);
    m_calls.insert(number, Running{call, context});
    if (m_calls[number].context.form)
        m_calls[number]
            .context.form->password.clear(); // kept for the history and Compare: never the password
    connect(call, &Call::sent, this,
            [this, number](const HttpRequestData &request) { Q_EMIT sent(number, request); });
    connect(call, &Call::finished, this,
            [this, number](const InvokeResult &result) { onFinished(number, result); });
    call->start(); // sent from the event loop: sent() and finished() follow
    return number;
}

void CallSession::cancel()
{
    for (const Running &running : std::as_const(m_calls))
        running.call->cancel();
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
    running.call->deleteLater();

    CallReport report;
    report.number = number;
    report.client = running.call->kind();
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

    if (running.pair == 0)
        return;
    Pair &pair = m_pairs[running.pair];
    pair.reports[running.side] = report;
    if (!pair.reports[0] || !pair.reports[1])
        return;
    BothReport both{*pair.reports[0], *pair.reports[1],
                    compareClients(pair.reports[0]->result, pair.reports[1]->result)};
    m_pairs.remove(running.pair);
    Q_EMIT bothFinished(both);
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
