#include "compare.h"

namespace zd {

ClientComparison compareClients(const InvokeResult &any, const InvokeResult &json)
{
    ClientComparison c;
    c.bothOk = any.ok && json.ok && any.error.kind == ErrorKind::None && json.error.kind == ErrorKind::None;
    c.dataEqual = c.bothOk && any.data == json.data;
    c.anyMs = any.elapsedMs;
    c.jsonMs = json.elapsedMs;
    c.overheadMs = any.elapsedMs - json.elapsedMs;
    c.anyServerMs = any.serverTimeMs;
    c.jsonServerMs = json.serverTimeMs;
    c.anyCid = any.cid;
    c.jsonCid = json.cid;
    return c;
}

} // namespace zd
