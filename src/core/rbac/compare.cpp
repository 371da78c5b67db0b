#include "compare.h"

#include <QCoreApplication>
#include <algorithm>

namespace zd {

namespace {

struct BothClients
{
    Q_DECLARE_TR_FUNCTIONS(BothClients)
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 == 1 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

} // namespace

QString timingMs(double value)
{
    const double ms = std::max(0.0, value); // never "-0.0"
    return BothClients::tr("%1 ms").arg(ms, 0, 'f', ms < 1 ? 2 : 1);
}

ClientComparison compareClients(const InvokeResult &any, const InvokeResult &json)
{
    ClientComparison c;
    c.bothOk = any.ok && json.ok && any.error.kind == ErrorKind::None && json.error.kind == ErrorKind::None;
    c.dataEqual = c.bothOk && any.data == json.data;
    c.anyMs = any.elapsedMs;
    c.jsonMs = json.elapsedMs;
    c.anyServerMs = any.serverTimeMs;
    c.jsonServerMs = json.serverTimeMs;
    c.anyCid = any.cid;
    c.jsonCid = json.cid;
    return c;
}

ClientTiming timeClients(const QList<double> &anyMs, const QList<double> &jsonMs, int calls)
{
    ClientTiming t;
    t.calls = calls;
    const qsizetype rounds = std::min(anyMs.size(), jsonMs.size());
    if (rounds < 2)
        return t;
    QList<double> differences;
    for (qsizetype i = 0; i < rounds; ++i)
        differences << anyMs.at(i) - jsonMs.at(i);
    t.rounds = int(rounds);
    t.anyMs = median(anyMs.first(rounds));
    t.jsonMs = median(jsonMs.first(rounds));
    t.differenceMs = median(differences);
    t.lowMs = *std::min_element(differences.cbegin(), differences.cend());
    t.highMs = *std::max_element(differences.cbegin(), differences.cend());
    // A side is slower only when it is slower in every round; otherwise the rounds disagree and the
    // difference is noise.
    t.verdict = t.lowMs > 0    ? ClientTiming::Verdict::AnySlower
                : t.highMs < 0 ? ClientTiming::Verdict::JsonSlower
                               : ClientTiming::Verdict::WithinNoise;
    return t;
}

QString describeTiming(const ClientTiming &t)
{
    const QString sent = BothClients::tr("%n call(s) sent in all.", nullptr, t.calls);
    if (t.verdict == ClientTiming::Verdict::NotMeasured)
        return BothClients::tr("Times not compared: a call failed or was cancelled, so no more were sent.") +
               u' ' + sent;
    const QString measured =
        BothClients::tr("Median times of %1 calls through each client, alternating, after one warm-up call "
                        "each (connecting is not counted): AnyServiceInvoker %2, JSONClient %3.")
            .arg(t.rounds)
            .arg(timingMs(t.anyMs), timingMs(t.jsonMs));
    QString verdict;
    switch (t.verdict) {
    case ClientTiming::Verdict::AnySlower:
        verdict = BothClients::tr("AnyServiceInvoker was slower in every round: the dispatcher adds %1 "
                                  "(from %2 to %3).")
                      .arg(timingMs(t.differenceMs), timingMs(t.lowMs), timingMs(t.highMs));
        break;
    case ClientTiming::Verdict::JsonSlower:
        verdict = BothClients::tr("JSONClient was slower in every round, by %1 (from %2 to %3): the "
                                  "dispatcher adds nothing measurable.")
                      .arg(timingMs(-t.differenceMs), timingMs(-t.highMs), timingMs(-t.lowMs));
        break;
    default:
        verdict = BothClients::tr("The difference is within the noise: round by round, AnyServiceInvoker "
                                  "was from %1 faster to %2 slower than JSONClient.")
                      .arg(timingMs(-t.lowMs), timingMs(t.highMs));
        break;
    }
    return measured + u' ' + verdict + u' ' + sent;
}

} // namespace zd
