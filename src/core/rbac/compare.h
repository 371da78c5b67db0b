#pragma once

#include "invoke/calltypes.h"

namespace zd {

// The same customer through AnyServiceInvoker and JSONClient, side by side.
struct ClientComparison
{
    bool bothOk = false;
    bool dataEqual = false; // JSON-aware: key order and whitespace do not matter
    double anyMs = 0;
    double jsonMs = 0;
    double overheadMs = 0; // AnyServiceInvoker's time minus JSONClient's: the dispatcher's cost
    std::optional<double> anyServerMs;
    std::optional<double> jsonServerMs;
    QString anyCid;
    QString jsonCid;
};

[[nodiscard]] ClientComparison compareClients(const InvokeResult &any, const InvokeResult &json);

} // namespace zd
