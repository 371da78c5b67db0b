#include "savedrequests.h"

#include "history/historystore.h"
#include "invoke/callcheck.h"
#include "lookup/lookupform.h"
#include "profile.h"

#include "json/parser.h"
#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrlQuery>

namespace zd {

namespace {

struct SavedText
{
    Q_DECLARE_TR_FUNCTIONS(SavedRequests)
};

using json::Value;

QString text(const Value &object, QStringView key)
{
    const Value *value = object.find(key);
    return value && value->isString() ? value->toString() : QString();
}

Value pairs(const QList<NamedValue> &values)
{
    json::Array items;
    for (const NamedValue &value : values)
        items.push_back(Value::fromObject({{QStringLiteral("name"), Value::fromString(value.name)},
                                           {QStringLiteral("value"), Value::fromString(value.value)}}));
    return Value::fromArray(std::move(items));
}

QList<NamedValue> pairsFrom(const Value *array)
{
    QList<NamedValue> values;
    if (!array)
        return values;
    for (const Value &item : array->toArray())
        values.append({text(item, u"name"), text(item, u"value")});
    return values;
}

// The headers every call sends on its own (or that carry the credential): not part of a request.
bool sentByTheClient(const QString &name)
{
    return name.compare(u"Content-Type", Qt::CaseInsensitive) == 0 ||
           name.compare(u"User-Agent", Qt::CaseInsensitive) == 0 ||
           name.compare(u"X-Zato-Async", Qt::CaseInsensitive) == 0 || isSecretHeader(name);
}

// The values of template's {name} placeholders in path, where path is template filled in.
QList<NamedValue> placeholderValues(const QString &pathTemplate, const QString &path)
{
    const QStringList names = pathPlaceholders(pathTemplate);
    if (names.isEmpty())
        return {};
    QString pattern = QRegularExpression::escape(pathTemplate);
    for (const QString &name : names)
        pattern.replace(QRegularExpression::escape(u'{' + name + u'}'), QStringLiteral("([^/]*)"));
    const QRegularExpressionMatch match =
        QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(path);
    QList<NamedValue> values;
    if (!match.hasMatch())
        return values;
    for (qsizetype i = 0; i < names.size(); ++i)
        values.append({names.at(i), QUrl::fromPercentEncoding(match.captured(int(i) + 1).toUtf8())});
    return values;
}

} // namespace

bool isSecretHeader(const QString &name)
{
    QString key = name.trimmed().toLower();
    key.remove(u'-');
    key.remove(u'_');
    if (key == u"cookie" || key == u"proxyauthorization")
        return true;
    for (const QStringView word : {u"auth", u"apikey", u"token", u"secret", u"password", u"passwd"}) {
        if (key.contains(word))
            return true;
    }
    return false;
}

QString secretHeaderProblem(const RequestDraft &request)
{
    for (const HeaderRow &header : request.headers) {
        if (isSecretHeader(header.name))
            return SavedText::tr("The header %1 carries a secret, and saved requests never hold one: remove "
                                 "it and set the profile's authentication instead.")
                .arg(header.name.trimmed());
    }
    return QString();
}

SavedRequest savedRequestFromForm(const LookupForm &form, const QString &name)
{
    SavedRequest saved;
    saved.name = name;
    saved.client = form.client;
    saved.path = clientPath(form, form.client);
    saved.service = form.client == ClientKind::Json ? QString() : form.service;
    saved.request = form.effectiveRequest();
    return saved;
}

void applySavedRequest(const SavedRequest &saved, LookupForm &form)
{
    form.client = saved.client;
    clientPath(form, saved.client) = saved.path;
    if (saved.client != ClientKind::Json)
        form.service = saved.service;
    form.request = saved.request;
    if (const std::optional<QString> id = customerIdOf(saved.request.payload);
        id && saved.request.mode == RequestDraft::Mode::Json)
        form.customerId = *id;
}

SavedRequest savedRequestFromHistory(const HistoryEntry &entry, const QString &name)
{
    SavedRequest saved = savedRequestFromForm(entry.form, name);
    RequestDraft &request = saved.request;
    const QList<QByteArray> lines = entry.requestHead.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).split(' ');
    const QUrl url(QString::fromUtf8(requestLine.value(1)));
    request.method = entry.form.client == ClientKind::AnyService ? QByteArray() : requestLine.value(0);
    if (request.method == "POST")
        request.method.clear();
    request.headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon <= 0)
            continue;
        const QString header = QString::fromLatin1(lines.at(i).left(colon));
        if (!sentByTheClient(header))
            request.headers.append({header, QString::fromUtf8(lines.at(i).mid(colon + 1).trimmed()), true});
    }
    request.query.clear();
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        request.query.append({key, value});
    request.pathParams = entry.form.client == ClientKind::Json ? placeholderValues(saved.path, url.path())
                                                               : QList<NamedValue>();
    // The payload as sent: the body, or, for AnyServiceInvoker, the base64 payload of its envelope.
    QByteArray body = entry.requestBody;
    if (entry.form.client == ClientKind::AnyService) {
        const json::ParseResult envelope = json::parse(body);
        const Value *payload = envelope.ok ? envelope.value.find(u"payload") : nullptr;
        body = payload ? QByteArray::fromBase64(payload->toString().toLatin1()) : QByteArray();
    }
    request.payload = QString::fromUtf8(body);
    request.mode =
        body.isEmpty() || json::parse(body).ok ? RequestDraft::Mode::Json : RequestDraft::Mode::Raw;
    if (request.mode == RequestDraft::Mode::Json && body == "\"\"")
        request.payload.clear(); // Python's default payload ''
    return saved;
}

QString uniqueRequestName(const QList<SavedRequest> &requests, const QString &name)
{
    const auto taken = [&requests](const QString &candidate) {
        return std::any_of(requests.cbegin(), requests.cend(),
                           [&candidate](const SavedRequest &r) { return r.name == candidate; });
    };
    QString candidate = name;
    for (int n = 2; taken(candidate); ++n)
        candidate = name + QStringLiteral(" (%1)").arg(n);
    return candidate;
}

Value savedRequestsToJson(const QList<SavedRequest> &requests)
{
    json::Array items;
    for (const SavedRequest &saved : requests) {
        json::Array headers;
        for (const HeaderRow &header : saved.request.headers) {
            if (isSecretHeader(header.name))
                continue; // never written, whatever the caller let through
            headers.push_back(
                Value::fromObject({{QStringLiteral("name"), Value::fromString(header.name)},
                                   {QStringLiteral("value"), Value::fromString(header.value)},
                                   {QStringLiteral("enabled"), Value::fromBool(header.enabled)}}));
        }
        const RequestDraft &r = saved.request;
        items.push_back(Value::fromObject({
            {QStringLiteral("name"), Value::fromString(saved.name)},
            {QStringLiteral("client"), Value::fromString(clientKey(saved.client))},
            {QStringLiteral("path"), Value::fromString(saved.path)},
            {QStringLiteral("service"), Value::fromString(saved.service)},
            {QStringLiteral("method"), Value::fromString(methodKey(r.method))},
            {QStringLiteral("mode"),
             Value::fromString(r.mode == RequestDraft::Mode::Raw ? QStringLiteral("raw")
                                                                 : QStringLiteral("json"))},
            {QStringLiteral("payload"), Value::fromString(r.payload)},
            {QStringLiteral("headers"), Value::fromArray(std::move(headers))},
            {QStringLiteral("query"), pairs(r.query)},
            {QStringLiteral("path_params"), pairs(r.pathParams)},
            {QStringLiteral("expected_status"), Value::fromInteger(saved.expectedStatus)},
        }));
    }
    return Value::fromArray(std::move(items));
}

QList<SavedRequest> savedRequestsFromJson(const Value *array)
{
    QList<SavedRequest> requests;
    if (!array || !array->isArray())
        return requests; // a file written before saved requests existed
    for (const Value &item : array->toArray()) {
        SavedRequest saved;
        saved.name = text(item, u"name");
        if (!item.isObject() || saved.name.trimmed().isEmpty())
            continue;
        saved.client = clientFromKey(text(item, u"client")).value_or(ClientKind::Json);
        saved.path = text(item, u"path");
        saved.service = text(item, u"service");
        const QString method = text(item, u"method").toUpper();
        saved.request.method = method == u"POST" ? QByteArray() : method.toLatin1();
        saved.request.mode =
            text(item, u"mode") == u"raw" ? RequestDraft::Mode::Raw : RequestDraft::Mode::Json;
        saved.request.payload = text(item, u"payload");
        if (const Value *headers = item.find(u"headers")) {
            for (const Value &header : headers->toArray()) {
                const Value *enabled = header.find(u"enabled");
                HeaderRow row{text(header, u"name"), text(header, u"value"),
                              !enabled || !enabled->isBool() || enabled->toBool()};
                if (!isSecretHeader(row.name))
                    saved.request.headers.append(row);
            }
        }
        saved.request.query = pairsFrom(item.find(u"query"));
        saved.request.pathParams = pairsFrom(item.find(u"path_params"));
        if (const Value *status = item.find(u"expected_status"))
            saved.expectedStatus = int(std::clamp<qint64>(status->toNumber().toInt64().value_or(0), 0, 999));
        requests.append(saved);
    }
    return requests;
}

} // namespace zd
