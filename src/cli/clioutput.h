#pragma once

#include "cliarguments.h"
#include "load/loadrunner.h"

#include <QByteArray>
#include <QByteArrayView>
#include <functional>

namespace zd::cli {

// One JSON object with the Python client's fields plus http_status, elapsed_ms and error.
[[nodiscard]] QByteArray formatJson(const InvokeResult &result);
// The same, handed to write in pieces as it is made, so a large body is never held twice.
void writeJson(const InvokeResult &result, const std::function<void(QByteArrayView)> &write);
// The same JSON object for a call that was never sent because its input was bad.
[[nodiscard]] QByteArray formatUsageErrorJson(const QString &message);
// What a person wants to read: the outcome line, the CID, the data; the error goes to stderr.
[[nodiscard]] QByteArray formatText(const InvokeResult &result);
// The same, handed to write in pieces as it is made.
void writeText(const InvokeResult &result, const std::function<void(QByteArrayView)> &write);
// utf8 with every control character but line feeds and tabs written as \xNN.
[[nodiscard]] QByteArray neutralised(QByteArray utf8);

// Load mode: calls per second, latency percentiles and the count of each outcome.
[[nodiscard]] QByteArray formatLoadText(const LoadReport &report);
[[nodiscard]] QByteArray formatLoadJson(const LoadReport &report);

// 0 ok, 1 completed but not ok, 2 usage, 3 transport, protocol or timeout.
[[nodiscard]] int exitCode(const InvokeResult &result);

} // namespace zd::cli
