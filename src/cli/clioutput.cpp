#include "clioutput.h"

#include "invoke/outcome.h"
#include "rbac/matrix.h"

#include "json/writer.h"
#include <QCoreApplication>
#include <cmath>

namespace zd::cli {

namespace {

struct CliOutput
{
    Q_DECLARE_TR_FUNCTIONS(zato_invoke)
};

using json::Member;
using json::Value;

Value stringOrNull(const std::optional<QString> &text)
{
    return text ? Value::fromString(*text) : Value();
}

Value errorValue(const CallError &error)
{
    if (error.kind == ErrorKind::None)
        return Value();
    return Value::fromObject({{QStringLiteral("kind"), Value::fromString(errorKindName(error.kind))},
                              {QStringLiteral("message"), Value::fromString(error.message)}});
}

Value resultObject(const InvokeResult &r, bool sent)
{
    const double elapsed = std::round(r.elapsedMs * 1000.0) / 1000.0;
    return Value::fromObject({
        {QStringLiteral("ok"), Value::fromBool(r.ok)},
        {QStringLiteral("has_data"), Value::fromBool(r.hasData)},
        {QStringLiteral("data"), r.data},
        {QStringLiteral("details"), r.details},
        {QStringLiteral("cid"), Value::fromString(r.cid)},
        {QStringLiteral("response_time"), r.responseTime},
        {QStringLiteral("sio_result"), r.sioResult},
        {QStringLiteral("meta"), r.meta},
        {QStringLiteral("inner_service_response"), stringOrNull(r.innerServiceResponse)},
        {QStringLiteral("http_status"),
         r.response.status > 0 ? Value::fromInteger(r.response.status) : Value()},
        {QStringLiteral("elapsed_ms"), sent ? Value::fromDouble(elapsed) : Value()},
        {QStringLiteral("error"), errorValue(r.error)},
    });
}

void appendPretty(QByteArray &out, const Value &value)
{
    json::appendDumps(out, value, json::WriteOptions{false, 4});
}

} // namespace

QByteArray formatJson(const InvokeResult &result)
{
    const bool sent = result.error.kind != ErrorKind::Usage;
    // Room for the body and a little more, so a large one is written without moving it as it grows.
    QByteArray out;
    out.reserve(result.response.body.size() + result.response.body.size() / 8 + 4096);
    json::appendDumps(out, resultObject(result, sent));
    out += '\n';
    return out;
}

QByteArray formatUsageErrorJson(const QString &message)
{
    InvokeResult result;
    result.error = CallError{ErrorKind::Usage, TransportFailure::None, message};
    return formatJson(result);
}

QByteArray neutralised(QByteArray utf8)
{
    // A control byte (other than a line feed or a tab) or a C1 control (U+0080 to U+009F, C2 80..9F in
    // UTF-8) could move the cursor, clear the screen or fake a line: written as \xNN instead.
    const auto isControl = [&utf8](qsizetype i) {
        const uchar c = uchar(utf8.at(i));
        return (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f ||
               (c == 0xc2 && i + 1 < utf8.size() && uchar(utf8.at(i + 1)) >= 0x80 &&
                uchar(utf8.at(i + 1)) <= 0x9f);
    };
    qsizetype first = 0;
    while (first < utf8.size() && !isControl(first))
        ++first;
    if (first == utf8.size())
        return utf8; // the usual case: nothing to copy
    QByteArray out = utf8.left(first);
    for (qsizetype i = first; i < utf8.size(); ++i) {
        if (!isControl(i)) {
            out += utf8.at(i);
            continue;
        }
        const uchar c = uchar(utf8.at(i) == char(0xc2) ? utf8.at(++i) : utf8.at(i));
        out += "\\x" + QByteArray::number(c, 16).rightJustified(2, '0');
    }
    return out;
}

QByteArray formatText(const InvokeResult &r)
{
    // Built as UTF-8 bytes: the data can be tens of megabytes, and a QString would double it.
    QByteArray out;
    const auto line = [&out](const QString &text) { out += text.toUtf8() + '\n'; };
    if (r.response.status > 0) {
        QString status = (r.ok ? CliOutput::tr("OK") : CliOutput::tr("NOT OK")) + u"  HTTP " +
                         QString::number(r.response.status);
        if (!r.response.reason.isEmpty())
            status += u' ' + QString::fromLatin1(r.response.reason);
        status += u"  " + CliOutput::tr("%1 ms").arg(r.elapsedMs, 0, 'f', 1);
        if (r.serverTimeMs)
            status += u"  " + CliOutput::tr("(server %1 ms)").arg(*r.serverTimeMs);
        line(status);
        const Outcome outcome = explainOutcome(r);
        // X-Zato-CID, or the CID of the error body when the server sent no header.
        line(CliOutput::tr("cid:        %1").arg(outcome.cid.isEmpty() ? r.cid : outcome.cid));
        if (r.sioResult.isString())
            line(CliOutput::tr("sio_result: %1").arg(r.sioResult.toString()));
        line(CliOutput::tr("has_data:   %1").arg(r.hasData ? u"true" : u"false"));
        if (outcome.kind != OutcomeClass::Success)
            line(CliOutput::tr("outcome:    %1: %2").arg(outcomeKey(outcome.kind), outcome.explanation));
    }
    if (r.error.kind == ErrorKind::None && !r.response.bodyFile.isEmpty()) {
        line(CliOutput::tr("body:       %1 bytes saved to %2")
                 .arg(QString::number(r.response.bodyFileBytes), r.response.bodyFile));
    } else if (r.error.kind == ErrorKind::None) {
        if (r.hasData || r.ok) {
            line(CliOutput::tr("data:"));
            appendPretty(out, r.data);
            out += '\n';
        }
        if (!r.ok && !r.details.isNull()) {
            line(CliOutput::tr("details:"));
            if (r.details.isString())
                out += r.details.toString().toUtf8();
            else
                appendPretty(out, r.details);
            out += '\n';
        }
    }
    return neutralised(std::move(out)); // the server's words, never its terminal commands
}

QByteArray formatLoadText(const LoadReport &r)
{
    QString out = CliOutput::tr("calls:      %1 in %2 s = %3 calls/s (concurrency %4)\n")
                      .arg(r.calls)
                      .arg(r.seconds, 0, 'f', 3)
                      .arg(r.callsPerSecond(), 0, 'f', 1)
                      .arg(r.concurrency);
    out += CliOutput::tr("latency ms: p50 %1  p95 %2  p99 %3  max %4\n")
               .arg(r.p50, 0, 'f', 2)
               .arg(r.p95, 0, 'f', 2)
               .arg(r.p99, 0, 'f', 2)
               .arg(r.max, 0, 'f', 2);
    QStringList outcomes;
    for (auto it = r.outcomes.cbegin(); it != r.outcomes.cend(); ++it)
        outcomes << it.key() + u' ' + QString::number(it.value());
    out += CliOutput::tr("outcomes:   %1\n").arg(outcomes.join(QStringLiteral(", ")));
    return out.toUtf8();
}

QByteArray formatLoadJson(const LoadReport &r)
{
    const auto ms = [](double value) { return Value::fromDouble(std::round(value * 1000.0) / 1000.0); };
    json::Object outcomes;
    for (auto it = r.outcomes.cbegin(); it != r.outcomes.cend(); ++it)
        outcomes.push_back({it.key(), Value::fromInteger(it.value())});
    return json::dumps(Value::fromObject({
               {QStringLiteral("calls"), Value::fromInteger(r.calls)},
               {QStringLiteral("seconds"), ms(r.seconds)},
               {QStringLiteral("calls_per_second"), ms(r.callsPerSecond())},
               {QStringLiteral("concurrency"), Value::fromInteger(r.concurrency)},
               {QStringLiteral("latency_ms"), Value::fromObject({{QStringLiteral("p50"), ms(r.p50)},
                                                                 {QStringLiteral("p95"), ms(r.p95)},
                                                                 {QStringLiteral("p99"), ms(r.p99)},
                                                                 {QStringLiteral("max"), ms(r.max)}})},
               {QStringLiteral("outcomes"), Value::fromObject(std::move(outcomes))},
           })) +
           '\n';
}

int exitCode(const InvokeResult &result)
{
    switch (result.error.kind) {
    case ErrorKind::None:
        return result.ok ? 0 : 1;
    case ErrorKind::Usage:
        return 2;
    case ErrorKind::Transport:
    case ErrorKind::Protocol:
    case ErrorKind::Timeout:
    case ErrorKind::Cancelled:
        return 3;
    }
    return 3;
}

} // namespace zd::cli
