#pragma once

#include "invoke/calltypes.h"

#include <QList>

namespace zd {

// How long each client takes, measured so that the difference means something: after one warm-up
// call through each client (so that connecting is not counted), calls through the two clients
// alternate, round by round, and each round gives AnyServiceInvoker's time minus JSONClient's.
struct ClientTiming
{
    enum class Verdict {
        NotMeasured, // a call failed (or was cancelled): no more were sent
        AnySlower,   // AnyServiceInvoker slower in every round: the dispatcher's cost
        JsonSlower,  // JSONClient slower in every round
        WithinNoise, // sometimes one, sometimes the other: no difference to speak of
    };
    Verdict verdict = Verdict::NotMeasured;
    int rounds = 0;          // measured calls through each client (warm-up not included)
    int calls = 0;           // every call sent, both clients, warm-up included
    double anyMs = 0;        // median time of AnyServiceInvoker's measured calls
    double jsonMs = 0;       // median time of JSONClient's measured calls
    double differenceMs = 0; // median of the rounds' differences, AnyServiceInvoker minus JSONClient
    double lowMs = 0;        // the smallest of those differences
    double highMs = 0;       // the largest of those differences
};

// The timing of measured calls; anyMs and jsonMs are the times of the rounds, in order (a round's
// two calls at the same index). Fewer than two complete rounds are NotMeasured.
[[nodiscard]] ClientTiming timeClients(const QList<double> &anyMs, const QList<double> &jsonMs, int calls);
// A time in milliseconds as the timing is written: "0.21 ms", "1.3 ms".
[[nodiscard]] QString timingMs(double ms);
// The timing in words: what was measured, how many calls were sent, and the result, which never
// has a negative number in it.
[[nodiscard]] QString describeTiming(const ClientTiming &timing);

// The same customer through AnyServiceInvoker and JSONClient, side by side.
struct ClientComparison
{
    bool bothOk = false;
    bool dataEqual = false; // JSON-aware: key order and whitespace do not matter
    double anyMs = 0;       // the compared calls' own times
    double jsonMs = 0;
    std::optional<double> anyServerMs;
    std::optional<double> jsonServerMs;
    QString anyCid;
    QString jsonCid;
    ClientTiming timing; // the repeated calls' times, when they were measured
};

[[nodiscard]] ClientComparison compareClients(const InvokeResult &any, const InvokeResult &json);

} // namespace zd
