#include "loadrunner.h"

#include "call/callsession.h"
#include "invoke/networkpool.h"
#include "invoke/outcome.h"
#include "rbac/matrix.h"

#include <QNetworkAccessManager>
#include <algorithm>
#include <cmath>

namespace zd {

LoadRunner::LoadRunner(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<zd::LoadReport>();
}

LoadRunner::~LoadRunner() = default;

LoadReport LoadRunner::summarize(std::vector<double> latencies, const QMap<QString, qint64> &outcomes,
                                 qint64 okCalls, double seconds, int concurrency)
{
    LoadReport report;
    report.calls = qint64(latencies.size());
    report.seconds = seconds;
    report.concurrency = concurrency;
    report.outcomes = outcomes;
    report.okCalls = okCalls;
    if (latencies.empty())
        return report;
    std::sort(latencies.begin(), latencies.end());
    // Nearest-rank percentiles.
    const auto rank = [&latencies](double p) {
        const size_t index = size_t(std::ceil(p / 100.0 * double(latencies.size())));
        return latencies[std::clamp<size_t>(index, 1, latencies.size()) - 1];
    };
    report.p50 = rank(50);
    report.p95 = rank(95);
    report.p99 = rank(99);
    report.max = latencies.back();
    return report;
}

bool LoadRunner::mayStart() const
{
    if (m_repeat > 0 && m_started >= m_repeat)
        return false;
    if (m_duration.count() > 0 && m_clock.elapsed() >= m_duration.count())
        return false;
    return true;
}

void LoadRunner::start(ClientKind kind, const CallSpec &spec, qint64 repeat,
                       std::chrono::milliseconds duration, int concurrency)
{
    m_kind = kind;
    m_spec = spec;
    m_repeat = repeat;
    m_duration = duration;
    m_concurrency = std::max(1, concurrency);
    if (m_repeat <= 0 && m_duration.count() <= 0)
        m_repeat = 1; // bounded by design
    m_clock.start();
    for (int i = 0; i < m_concurrency; ++i) {
        auto *network = new QNetworkAccessManager(this);
        m_networks.append(network);
        auto *worker =
            new CallSession(new NetworkPool(network, NetworkPool::Mode::PerProxy, network), network);
        connect(worker, &CallSession::finished, this,
                [this, worker](const CallReport &report) { onFinished(worker, report); });
        if (mayStart())
            launch(worker);
    }
}

void LoadRunner::onFinished(CallSession *worker, const CallReport &report)
{
    --m_running;
    m_latencies.push_back(report.result.elapsedMs);
    ++m_outcomes[outcomeKey(report.outcome.kind)];
    if (report.outcome.kind == OutcomeClass::Success)
        ++m_ok;
    if (mayStart())
        launch(worker);
    else if (m_running == 0)
        Q_EMIT finished(
            summarize(m_latencies, m_outcomes, m_ok, double(m_clock.nsecsElapsed()) / 1e9, m_concurrency));
}

void LoadRunner::launch(CallSession *worker)
{
    ++m_started;
    ++m_running;
    worker->call(m_kind, m_spec);
}

} // namespace zd
