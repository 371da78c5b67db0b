#include "requestdraft.h"

#include "invoke/callcheck.h"

#include "json/parser.h"
#include "json/writer.h"
#include <QCoreApplication>
#include <QRegularExpression>

namespace zd {

namespace {

struct DraftText
{
    Q_DECLARE_TR_FUNCTIONS(RequestDraft)
};

// The UTF-16 offset of code point number chars in text (Python counts code points).
qsizetype utf16Offset(const QString &text, qsizetype chars)
{
    qsizetype offset = 0;
    for (qsizetype seen = 0; seen < chars && offset < text.size(); ++seen)
        offset += text.at(offset).isHighSurrogate() && offset + 1 < text.size() ? 2 : 1;
    return offset;
}

// Python's message without its position (" : line 2 column 5 (char 12)"), which we say in words.
QString reasonOf(const QString &message)
{
    static const QRegularExpression position(QStringLiteral(": line \\d+ column \\d+ \\(char \\d+\\)$"));
    QString reason = message;
    reason.remove(position);
    return reason;
}

std::optional<json::Value> parsed(const QString &text)
{
    json::ParseResult result = json::parse(text.toUtf8());
    if (!result.ok)
        return std::nullopt;
    return std::move(result.value);
}

} // namespace

QString methodKey(const QByteArray &method)
{
    return method.isEmpty() ? QStringLiteral("POST") : QString::fromLatin1(method);
}

QString filledPath(const QString &path, const QList<NamedValue> &pathParams)
{
    QString filled = path;
    for (const QString &name : pathPlaceholders(path)) {
        const auto given = std::find_if(pathParams.cbegin(), pathParams.cend(),
                                        [&name](const NamedValue &p) { return p.name == name; });
        const QString value =
            given == pathParams.cend() || given->value.isEmpty() ? QStringLiteral("x") : given->value;
        filled.replace(u'{' + name + u'}', QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    return filled;
}

std::optional<JsonTextError> jsonTextError(const QString &text)
{
    const json::ParseResult result = json::parse(text.toUtf8());
    if (result.ok)
        return std::nullopt;
    JsonTextError error;
    error.message = reasonOf(result.error);
    error.offset = utf16Offset(text, std::max<qsizetype>(result.errorChar, 0));
    // Lines and columns as Python counts them: 1-based, columns in code points.
    int column = 1;
    for (qsizetype i = 0; i < error.offset; ++i) {
        if (text.at(i) == u'\n') {
            ++error.line;
            column = 1;
        } else if (!text.at(i).isLowSurrogate()) {
            ++column;
        }
    }
    error.column = column;
    return error;
}

std::optional<QString> prettyJson(const QString &text)
{
    const std::optional<json::Value> value = parsed(text);
    if (!value)
        return std::nullopt;
    return QString::fromUtf8(json::dumps(*value, json::WriteOptions{false, 4}));
}

std::optional<QString> compactJson(const QString &text)
{
    const std::optional<json::Value> value = parsed(text);
    if (!value)
        return std::nullopt;
    return QString::fromUtf8(json::dumps(*value));
}

QString customerPayload(const QString &customerId)
{
    return QString::fromUtf8(json::dumps(
        json::Value::fromObject({{QStringLiteral("cust_id"), json::Value::fromString(customerId)}})));
}

std::optional<QString> customerIdOf(const QString &payload)
{
    const std::optional<json::Value> value = parsed(payload);
    if (!value || !value->isObject() || value->toObject().size() != 1)
        return std::nullopt;
    const json::Member &member = value->toObject().front();
    if (member.key != u"cust_id" || !member.value.isString())
        return std::nullopt;
    return member.value.toString();
}

QList<RequestDraft::Problem> RequestDraft::validate(const QString &path) const
{
    QList<Problem> problems;
    if (mode == Mode::Json && !payload.trimmed().isEmpty()) {
        if (const std::optional<JsonTextError> error = jsonTextError(payload)) {
            problems.append({Part::Payload,
                             DraftText::tr("The payload is not valid JSON: line %1, column %2: %3.")
                                 .arg(error->line)
                                 .arg(error->column)
                                 .arg(error->message),
                             -1, error->offset});
        }
    }
    for (qsizetype row = 0; row < headers.size(); ++row) {
        const HeaderRow &header = headers.at(row);
        if (!header.enabled || (header.name.isEmpty() && header.value.isEmpty()))
            continue;
        const QString problem = headerProblem({header.name.trimmed().toLatin1(), header.value.toUtf8()});
        if (!problem.isEmpty()) {
            problems.append({Part::Headers, problem, int(row), -1});
            break;
        }
    }
    for (qsizetype row = 0; row < query.size(); ++row) {
        if (query.at(row).name.isEmpty() && !query.at(row).value.isEmpty()) {
            problems.append(
                {Part::Query, DraftText::tr("A query parameter has a value but no name."), int(row), -1});
            break;
        }
    }
    const QStringList names = pathPlaceholders(path);
    for (const QString &name : names) {
        const auto given = std::find_if(pathParams.cbegin(), pathParams.cend(),
                                        [&name](const NamedValue &p) { return p.name == name; });
        if (given == pathParams.cend() || given->value.isEmpty()) {
            problems.append(
                {Part::PathParams, DraftText::tr("Enter a value for {%1}: the path needs it.").arg(name)});
            break;
        }
    }
    for (const NamedValue &param : pathParams) {
        if (!names.contains(param.name)) {
            problems.append({Part::PathParams,
                             DraftText::tr("The path has no {%1} placeholder: remove that path parameter, "
                                           "or write {%1} in the channel path.")
                                 .arg(param.name)});
            break;
        }
    }
    return problems;
}

void RequestDraft::applyTo(CallSpec &spec) const
{
    spec.method = method;
    if (mode == Mode::Raw) {
        spec.payload = Payload::fromRaw(payload.toUtf8());
    } else if (payload.trimmed().isEmpty()) {
        spec.payload = Payload(); // Python's default payload ''
    } else if (std::optional<json::Value> value = parsed(payload)) {
        spec.payload = Payload::fromJson(std::move(*value));
    } else {
        spec.payload = Payload::fromRaw(payload.toUtf8()); // validate() refuses it before it is sent
    }
    spec.extraHeaders.clear();
    for (const HeaderRow &header : headers) {
        if (header.enabled && !header.name.trimmed().isEmpty())
            spec.extraHeaders.append({header.name.trimmed().toLatin1(), header.value.toUtf8()});
    }
    spec.query.clear();
    for (const NamedValue &param : query) {
        if (!param.name.isEmpty())
            spec.query.append(param);
    }
    spec.pathParams = pathParams;
}

} // namespace zd
