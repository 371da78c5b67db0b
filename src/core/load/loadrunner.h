#pragma once

#include "invoke/calltypes.h"

#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <chrono>
#include <vector>

class QNetworkAccessManager;

namespace zd {

class CallSession;
struct CallReport;

struct LoadReport
{
    qint64 calls = 0;
    double seconds = 0;
    int concurrency = 1;
    double p50 = 0, p95 = 0, p99 = 0, max = 0; // milliseconds
    QMap<QString, qint64> outcomes;            // outcome key -> count
    qint64 okCalls = 0;

    [[nodiscard]] double callsPerSecond() const { return seconds > 0 ? double(calls) / seconds : 0; }
};

// Sends the same call again and again, `concurrency` at a time over kept-alive connections (one
// call session, with its own connection pool, per worker), for a number of calls or a duration, whichever the
// caller gives. Bounded by design: it always stops by itself.
class LoadRunner : public QObject
{
    Q_OBJECT
public:
    explicit LoadRunner(QObject *parent = nullptr);
    ~LoadRunner() override;

    // repeat: total calls (0 = no limit); duration: stop starting calls after it (0 = no limit).
    // At least one of them must be set.
    void start(ClientKind kind, const CallSpec &spec, qint64 repeat, std::chrono::milliseconds duration,
               int concurrency);

    [[nodiscard]] static LoadReport summarize(std::vector<double> latencies,
                                              const QMap<QString, qint64> &outcomes, qint64 okCalls,
                                              double seconds, int concurrency);

Q_SIGNALS:
    void finished(const zd::LoadReport &report);

private:
    void launch(CallSession *worker);
    void onFinished(CallSession *worker, const CallReport &report);
    [[nodiscard]] bool mayStart() const;

    ClientKind m_kind = ClientKind::AnyService;
    CallSpec m_spec;
    qint64 m_repeat = 0;
    std::chrono::milliseconds m_duration{0};
    int m_concurrency = 1;
    qint64 m_started = 0;
    int m_running = 0;
    QElapsedTimer m_clock;
    std::vector<double> m_latencies;
    QMap<QString, qint64> m_outcomes;
    qint64 m_ok = 0;
    QList<QNetworkAccessManager *> m_networks;
};

} // namespace zd

Q_DECLARE_METATYPE(zd::LoadReport)
