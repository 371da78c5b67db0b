#pragma once

#include "invoke/call.h"

#include <QSignalSpy>

namespace zd::test {

// Runs one call of kind through network and waits for its result; an empty result (status 0, no
// error) when it does not finish within timeoutMs.
inline InvokeResult callOnce(ClientKind kind, const CallSpec &spec, QNetworkAccessManager *network,
                             int timeoutMs = 20000)
{
    Call call(kind, spec, network);
    QSignalSpy spy(&call, &Call::finished);
    call.start();
    if (!spy.wait(timeoutMs))
        return {};
    return spy.takeFirst().constFirst().value<InvokeResult>();
}

} // namespace zd::test
