#include "clioutput.h"

#include "invoke/outcome.h"
#include "rbac/matrix.h"

#include "json/writer.h"
#include <QCoreApplication>
#include <cmath>
#include <functional>

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

// Whether the byte at i of text is a control character a terminal would act on: a control byte
// other than a line feed or a tab, or a C1 control (U+0080 to U+009F, C2 80..9F in UTF-8).
bool isControlAt(QByteArrayView text, qsizetype i)
{
    const auto c = uchar(text[i]);
    return (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f ||
           (c == 0xc2 && i + 1 < text.size() && uchar(text[i + 1]) >= 0x80 && uchar(text[i + 1]) <= 0x9f);
}

// text with each control character written as \xNN, handed to write; a text with none is passed on
// as it is.
void writeNeutralised(QByteArrayView text, const std::function<void(QByteArrayView)> &write)
{
    qsizetype first = 0;
    while (first < text.size() && !isControlAt(text, first))
        ++first;
    if (first == text.size()) {
        write(text); // the usual case: nothing to copy
        return;
    }
    QByteArray out = text.first(first).toByteArray();
    for (qsizetype i = first; i < text.size(); ++i) {
        if (!isControlAt(text, i)) {
            out += text[i];
            continue;
        }
        const uchar c = uchar(text[i] == char(0xc2) ? text[++i] : text[i]);
        out += "\\x" + QByteArray::number(c, 16).rightJustified(2, '0');
    }
    write(out);
}

// Hands on text written to it in pieces, neutralised: a C2 byte that ends a piece waits for the next,
// so a C1 control split across two pieces is still seen.
class NeutralisingWriter
{
public:
    explicit NeutralisingWriter(const std::function<void(QByteArrayView)> &write) : m_write(write) {}
    ~NeutralisingWriter()
    {
        if (!m_held.isEmpty())
            m_write(m_held); // a C2 byte at the very end is no control
    }
    NeutralisingWriter(const NeutralisingWriter &) = delete;
    NeutralisingWriter &operator=(const NeutralisingWriter &) = delete;

    void operator()(QByteArrayView piece)
    {
        while (!m_held.isEmpty() && !piece.isEmpty()) {
            const char pair[2] = {char(0xc2), piece.front()};
            piece = piece.sliced(1);
            if (pair[1] == char(0xc2)) { // the held byte is no control; the new one waits in its place
                m_write(QByteArrayView(pair, 1));
                continue;
            }
            writeNeutralised(QByteArrayView(pair, 2), m_write);
            m_held.clear();
        }
        if (!piece.isEmpty() && piece.back() == char(0xc2)) {
            m_held = piece.last(1).toByteArray();
            piece.chop(1);
        }
        if (!piece.isEmpty())
            writeNeutralised(piece, m_write);
    }

private:
    const std::function<void(QByteArrayView)> &m_write;
    QByteArray m_held;
};

} // namespace

QByteArray formatJson(const InvokeResult &result)
{
    QByteArray out;
    json::appendDumps(out, resultObject(result, result.error.kind != ErrorKind::Usage));
    out += '\n';
    return out;
}

void writeJson(const InvokeResult &result, const std::function<void(QByteArrayView)> &write)
{
    json::writeDumps(resultObject(result, result.error.kind != ErrorKind::Usage), {}, write);
    write("\n");
}

QByteArray formatUsageErrorJson(const QString &message)
{
    InvokeResult result;
    result.error = CallError{ErrorKind::Usage, TransportFailure::None, message};
    return formatJson(result);
}

QByteArray neutralised(QByteArray utf8)
{
    QByteArray out;
    writeNeutralised(utf8, [&](QByteArrayView text) {
        if (text.data() == utf8.constData() && text.size() == utf8.size())
            out = utf8; // nothing changed: shared, not copied
        else
            out = text.toByteArray();
    });
    return out;
}

void writeText(const InvokeResult &r, const std::function<void(QByteArrayView)> &write)
{
    // The server's words, never its terminal commands. The data can be tens of megabytes: written
    // as UTF-8 in pieces as it is made, never held whole.
    NeutralisingWriter out(write);
    const auto line = [&out](const QString &text) { out((text + u'\n').toUtf8()); };
    const auto pretty = [&out](const Value &value) {
        json::writeDumps(value, json::WriteOptions{false, 4}, std::ref(out));
    };
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
            pretty(r.data);
            out("\n");
        }
        if (!r.ok && !r.details.isNull()) {
            line(CliOutput::tr("details:"));
            if (r.details.isString())
                out(r.details.toString().toUtf8());
            else
                pretty(r.details);
            out("\n");
        }
    }
}

QByteArray formatText(const InvokeResult &r)
{
    QByteArray out;
    writeText(r, [&out](QByteArrayView piece) { out += piece; });
    return out;
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
