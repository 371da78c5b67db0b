#include "historystore.h"

#include "invoke/authheaders.h"
#include "invoke/outcome.h"
#include "profile/profile.h"
#include "rbac/matrix.h"

#include "json/parser.h"
#include "json/writer.h"
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace zd {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(zd::HistoryStore)
};

QByteArray head(const HttpRequestData &request)
{
    QByteArray out =
        request.method + ' ' + request.url.toString(QUrl::RemoveUserInfo).toUtf8() + " HTTP/1.1\n";
    for (const HttpHeader &header : request.headers)
        out += header.name + ": " + shownHeaderValue(request, header) + '\n'; // never a secret
    return out;
}

QByteArray head(const HttpResponseData &response)
{
    if (response.status <= 0)
        return QByteArray();
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + response.reason + '\n';
    for (const HttpHeader &header : response.headers)
        out += header.name + ": " + header.value + '\n';
    return out;
}

QByteArray formJson(const LookupForm &form)
{
    // The form as the window keeps it, without its password.
    json::Object object{
        {u"address"_qs, json::Value::fromString(form.address)},
        {u"any_path"_qs, json::Value::fromString(form.anyPath)},
        {u"json_path"_qs, json::Value::fromString(form.jsonPath)},
        {u"api_path"_qs, json::Value::fromString(form.apiPath)},
        {u"user"_qs, json::Value::fromString(form.user)},
        {u"service"_qs, json::Value::fromString(form.service)},
        {u"customer_id"_qs, json::Value::fromString(form.customerId)},
        {u"client"_qs, json::Value::fromString(clientKey(form.client))},
        {u"timeout_ms"_qs, json::Value::fromInteger(form.timeout.count())},
        {u"auth"_qs, json::Value::fromString(authKindKey(form.authKind))},
        {u"api_key_header"_qs, json::Value::fromString(QString::fromLatin1(form.apiKeyHeader))},
    };
    return json::dumps(json::Value::fromObject(std::move(object)));
}

LookupForm formFrom(const QByteArray &text)
{
    const json::Value value = json::parse(text).value;
    const auto string = [&value](QStringView key) {
        const json::Value *member = value.find(key);
        return member ? member->toString() : QString();
    };
    LookupForm form;
    form.address = string(u"address");
    form.anyPath = string(u"any_path");
    form.jsonPath = string(u"json_path");
    form.apiPath = string(u"api_path");
    form.user = string(u"user");
    form.service = string(u"service");
    form.customerId = string(u"customer_id");
    form.client = clientFromKey(string(u"client")).value_or(ClientKind::AnyService);
    form.authKind = authKindFromKey(string(u"auth")).value_or(AuthKind::Basic); // older entries: Basic
    if (const QString header = string(u"api_key_header"); !header.isEmpty())
        form.apiKeyHeader = header.toLatin1();
    if (const json::Value *timeout = value.find(u"timeout_ms"); timeout && timeout->toNumber().toInt64())
        form.timeout = std::chrono::milliseconds(*timeout->toNumber().toInt64());
    return form;
}

const char *const schema[] = {
    "CREATE TABLE IF NOT EXISTS calls ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT, time TEXT NOT NULL, profile_id TEXT, profile_name TEXT,"
    " client TEXT, address TEXT, path TEXT, service TEXT, customer_id TEXT, form TEXT, url TEXT,"
    " request_head BLOB, request_body BLOB, status INTEGER, response_head BLOB, response_body BLOB,"
    " response_bytes INTEGER, elapsed_ms REAL, server_ms REAL, cid TEXT, outcome TEXT, ok INTEGER,"
    " size INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS calls_time ON calls (id DESC)",
};

} // namespace

HistoryEntry HistoryEntry::of(const LookupForm &form, const InvokeResult &result, const QString &profileId,
                              const QString &profileName, qsizetype bodyCap)
{
    HistoryEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.profileId = profileId;
    entry.profileName = profileName;
    entry.form = form;
    entry.form = entry.form.withoutSecrets();
    entry.url = result.request.url.toString(QUrl::RemoveUserInfo);
    entry.requestHead = head(result.request);
    entry.requestBody = result.request.body;
    entry.status = result.response.status;
    entry.responseHead = head(result.response);
    entry.responseBytes = result.response.body.size();
    entry.responseBody = result.response.body.left(bodyCap);
    entry.elapsedMs = result.elapsedMs;
    entry.serverMs = result.serverTimeMs;
    const Outcome outcome = explainOutcome(result);
    // The CID the server gave, in a header or, when it sent none, in the error body.
    entry.cid = result.response.status <= 0 ? QString() : outcome.cid.isEmpty() ? result.cid : outcome.cid;
    entry.outcome = outcomeKey(outcome.kind);
    entry.ok = result.ok;
    return entry;
}

HistoryStore::HistoryStore(QString path)
    : m_path(std::move(path)),
      m_connection(u"zd-history-" + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

HistoryStore::~HistoryStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isValid())
            db.close();
    }
    if (QSqlDatabase::contains(m_connection))
        QSqlDatabase::removeDatabase(m_connection);
}

bool HistoryStore::prepare(QString *error)
{
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
                          ? QSqlDatabase::database(m_connection, false)
                          : QSqlDatabase::addDatabase(u"QSQLITE"_qs, m_connection);
    if (!db.isValid()) {
        *error = Text::tr("the SQLite driver of Qt is not installed (libqt6sql6-sqlite)");
        return false;
    }
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=2000"_qs);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    // quick_check reads every page: a file that is not a database, or a damaged one, fails here.
    if (!query.exec(u"PRAGMA quick_check"_qs) || !query.next() || query.value(0).toString() != u"ok") {
        *error = query.lastError().isValid() ? query.lastError().text() : query.value(0).toString();
        db.close();
        return false;
    }
    for (const char *statement : schema) {
        if (!query.exec(QString::fromLatin1(statement))) {
            *error = query.lastError().text();
            db.close();
            return false;
        }
    }
    return true;
}

QString HistoryStore::open()
{
    m_available = false;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QString error;
    if (prepare(&error)) {
        m_available = true;
        return QString();
    }
    if (error.contains(u"locked", Qt::CaseInsensitive) || error.contains(u"busy", Qt::CaseInsensitive) ||
        error.contains(u"readonly", Qt::CaseInsensitive) ||
        error.contains(u"unable to open", Qt::CaseInsensitive))
        return Text::tr("The call history cannot be used (%1): calls are not recorded this session.")
            .arg(error);
    // Not a database, or a damaged one: kept aside for whoever wants to look, and a new one begun.
    QSqlDatabase::database(m_connection, false).close();
    const QString aside =
        m_path + u".broken-" + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_qs);
    if (!QFile::rename(m_path, aside))
        return Text::tr("The call history %1 is damaged (%2) and could not be moved aside: calls are not "
                        "recorded this session.")
            .arg(m_path, error);
    QString again;
    if (!prepare(&again))
        return Text::tr("The call history could not be started again (%1).").arg(again);
    m_available = true;
    return Text::tr("The call history was damaged (%1). It was kept as %2 and a new one started.")
        .arg(error, aside);
}

void HistoryStore::setLimits(qint64 maxEntries, qint64 maxBytes)
{
    m_maxEntries = qMax<qint64>(1, maxEntries);
    m_maxBytes = qMax<qint64>(1, maxBytes);
    if (m_available)
        enforceLimits();
}

bool HistoryStore::add(HistoryEntry &entry, QString *error)
{
    if (!m_available) {
        if (error)
            *error = Text::tr("history is off");
        return false;
    }
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(
        u"INSERT INTO calls (time, profile_id, profile_name, client, address, path, service, customer_id, "
        u"form,"
        " url, request_head, request_body, status, response_head, response_body, response_bytes, elapsed_ms,"
        " server_ms, cid, outcome, ok, size) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_qs);
    const CallSpec spec = entry.form.toCallSpec();
    const qint64 size = entry.requestHead.size() + entry.requestBody.size() + entry.responseHead.size() +
                        entry.responseBody.size() + 256;
    for (const QVariant &value :
         {QVariant(entry.time.toString(Qt::ISODateWithMs)),
          QVariant(entry.profileId),
          QVariant(entry.profileName),
          QVariant(clientKey(entry.form.client)),
          QVariant(entry.form.address),
          QVariant(spec.path),
          QVariant(entry.form.client == ClientKind::Json ? QString() : entry.form.service),
          QVariant(entry.form.customerId),
          QVariant(QString::fromUtf8(formJson(entry.form))),
          QVariant(entry.url),
          QVariant(entry.requestHead),
          QVariant(entry.requestBody),
          QVariant(entry.status),
          QVariant(entry.responseHead),
          QVariant(entry.responseBody),
          QVariant(entry.responseBytes),
          QVariant(entry.elapsedMs),
          entry.serverMs ? QVariant(*entry.serverMs) : QVariant(),
          QVariant(entry.cid),
          QVariant(entry.outcome),
          QVariant(entry.ok ? 1 : 0),
          QVariant(size)})
        query.addBindValue(value);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    entry.id = query.lastInsertId().toLongLong();
    enforceLimits();
    return true;
}

void HistoryStore::enforceLimits()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery query(db);
    // Beyond the count: everything older than the newest maxEntries.
    query.prepare(u"DELETE FROM calls WHERE id NOT IN (SELECT id FROM calls ORDER BY id DESC LIMIT ?)"_qs);
    query.addBindValue(m_maxEntries);
    query.exec();
    // Beyond the size: the oldest first, until the rest fits (the newest entry always stays).
    query.prepare(
        u"DELETE FROM calls WHERE id IN (SELECT id FROM (SELECT id, SUM(size) OVER (ORDER BY id DESC)"
        " AS running FROM calls) WHERE running > ? AND id < (SELECT MAX(id) FROM calls))"_qs);
    query.addBindValue(m_maxBytes);
    query.exec();
}

QList<HistoryEntry> HistoryStore::list(const HistoryFilter &filter, int limit) const
{
    QList<HistoryEntry> entries;
    if (!m_available)
        return entries;
    QString sql = u"SELECT id, time, profile_id, profile_name, form, url, status, response_bytes, elapsed_ms,"
                  " server_ms, cid, outcome, ok FROM calls WHERE 1 = 1"_qs;
    QVariantList binds;
    if (!filter.text.isEmpty()) {
        sql +=
            u" AND (service LIKE ? ESCAPE '\\' OR path LIKE ? ESCAPE '\\' OR address LIKE ? ESCAPE '\\'"
            " OR customer_id LIKE ? ESCAPE '\\' OR cid LIKE ? ESCAPE '\\' OR outcome LIKE ? ESCAPE '\\')"_qs;
        QString pattern = filter.text;
        pattern.replace(u"\\"_qs, u"\\\\"_qs).replace(u"%"_qs, u"\\%"_qs).replace(u"_"_qs, u"\\_"_qs);
        for (int i = 0; i < 6; ++i)
            binds << QString(u'%' + pattern + u'%');
    }
    if (filter.ok) {
        sql += u" AND ok = ?"_qs;
        binds << (*filter.ok ? 1 : 0);
    }
    if (filter.client) {
        sql += u" AND client = ?"_qs;
        binds << clientKey(*filter.client);
    }
    if (filter.profileId) {
        sql += u" AND COALESCE(profile_id, '') = COALESCE(?, '')"_qs;
        binds << *filter.profileId;
    }
    sql += u" ORDER BY id DESC LIMIT ?"_qs;
    binds << limit;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(sql);
    for (const QVariant &bind : std::as_const(binds))
        query.addBindValue(bind);
    if (!query.exec())
        return entries;
    while (query.next()) {
        HistoryEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.time = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        entry.profileId = query.value(2).toString();
        entry.profileName = query.value(3).toString();
        entry.form = formFrom(query.value(4).toString().toUtf8());
        entry.url = query.value(5).toString();
        entry.status = query.value(6).toInt();
        entry.responseBytes = query.value(7).toLongLong();
        entry.elapsedMs = query.value(8).toDouble();
        if (!query.value(9).isNull())
            entry.serverMs = query.value(9).toDouble();
        entry.cid = query.value(10).toString();
        entry.outcome = query.value(11).toString();
        entry.ok = query.value(12).toInt() != 0;
        entries << entry;
    }
    return entries;
}

std::optional<HistoryEntry> HistoryStore::get(qint64 id) const
{
    if (!m_available)
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(u"SELECT time, profile_id, profile_name, form, url, request_head, request_body, status,"
                  " response_head, response_body, response_bytes, elapsed_ms, server_ms, cid, outcome, ok"
                  " FROM calls WHERE id = ?"_qs);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    HistoryEntry entry;
    entry.id = id;
    entry.time = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
    entry.profileId = query.value(1).toString();
    entry.profileName = query.value(2).toString();
    entry.form = formFrom(query.value(3).toString().toUtf8());
    entry.url = query.value(4).toString();
    entry.requestHead = query.value(5).toByteArray();
    entry.requestBody = query.value(6).toByteArray();
    entry.status = query.value(7).toInt();
    entry.responseHead = query.value(8).toByteArray();
    entry.responseBody = query.value(9).toByteArray();
    entry.responseBytes = query.value(10).toLongLong();
    entry.elapsedMs = query.value(11).toDouble();
    if (!query.value(12).isNull())
        entry.serverMs = query.value(12).toDouble();
    entry.cid = query.value(13).toString();
    entry.outcome = query.value(14).toString();
    entry.ok = query.value(15).toInt() != 0;
    return entry;
}

qint64 HistoryStore::count() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    return m_available && query.exec(u"SELECT COUNT(*) FROM calls"_qs) && query.next()
               ? query.value(0).toLongLong()
               : 0;
}

qint64 HistoryStore::totalBytes() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    return m_available && query.exec(u"SELECT COALESCE(SUM(size), 0) FROM calls"_qs) && query.next()
               ? query.value(0).toLongLong()
               : 0;
}

bool HistoryStore::clear(QString *error)
{
    if (!m_available)
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (!query.exec(u"DELETE FROM calls"_qs) || !query.exec(u"VACUUM"_qs)) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace zd
