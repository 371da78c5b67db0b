#include "matrix.h"

#include "invoke/authheaders.h"
#include "profile/profile.h"

#include "json/parser.h"
#include "json/writer.h"
#include <QCoreApplication>
#include <QXmlStreamWriter>

namespace zd {

namespace {

struct MatrixText
{
    Q_DECLARE_TR_FUNCTIONS(Matrix)
};

using json::Value;

QString text(const Value &object, QStringView key)
{
    const Value *value = object.find(key);
    return value && value->isString() ? value->toString() : QString();
}

QByteArray csvField(const QString &field)
{
    QString text = field;
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n'))
        text = u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return text.toUtf8();
}

// The key of a row's secret from the environment: the token, the client secret or the API key.
QString secretEnvKey(AuthKind kind)
{
    return kind == AuthKind::Bearer   ? QStringLiteral("token_env")
           : kind == AuthKind::OAuth2 ? QStringLiteral("client_secret_env")
                                      : QStringLiteral("api_key_env");
}

} // namespace

QString MatrixDefinition::expected(int row, int column) const
{
    if (row < 0 || row >= credentials.size() || column < 0 || column >= channels.size())
        return QString();
    return expect.value(credentials.at(row).name).value(channels.at(column).name);
}

QString MatrixDefinition::reason(int row, int column) const
{
    if (row < 0 || row >= credentials.size() || column < 0 || column >= channels.size())
        return QString();
    return reasons.value(credentials.at(row).name).value(channels.at(column).name);
}

void MatrixDefinition::setExpected(int row, int column, const QString &key)
{
    QHash<QString, QString> &forRow = expect[credentials.at(row).name];
    reasons[credentials.at(row).name].remove(channels.at(column).name); // set by hand: no derived reason
    if (key.isEmpty())
        forRow.remove(channels.at(column).name);
    else
        forRow.insert(channels.at(column).name, key);
}

QString outcomeKey(OutcomeClass kind)
{
    switch (kind) {
    case OutcomeClass::Success:
        return QStringLiteral("allowed");
    case OutcomeClass::BadRequest:
        return QStringLiteral("400");
    case OutcomeClass::WrongCredentials:
        return QStringLiteral("401");
    case OutcomeClass::RbacDenied:
        return QStringLiteral("403");
    case OutcomeClass::NoSuchChannel:
        return QStringLiteral("404");
    case OutcomeClass::MethodNotAllowed:
        return QStringLiteral("405");
    case OutcomeClass::RateLimited:
        return QStringLiteral("429");
    case OutcomeClass::ServiceError:
        return QStringLiteral("500");
    case OutcomeClass::NotOk:
        return QStringLiteral("not-ok");
    case OutcomeClass::NotZatoResponse:
        return QStringLiteral("not-zato");
    case OutcomeClass::Timeout:
        return QStringLiteral("timeout");
    case OutcomeClass::ConnectionRefused:
        return QStringLiteral("refused");
    case OutcomeClass::HostNotFound:
        return QStringLiteral("dns");
    case OutcomeClass::TlsFailure:
        return QStringLiteral("tls");
    case OutcomeClass::ConnectionClosed:
        return QStringLiteral("closed");
    case OutcomeClass::TransportFailure:
        return QStringLiteral("transport");
    case OutcomeClass::Cancelled:
        return QStringLiteral("cancelled");
    case OutcomeClass::InvalidInput:
        return QStringLiteral("invalid");
    }
    return QStringLiteral("not-ok");
}

QStringList outcomeKeys()
{
    return {QStringLiteral("allowed"),  QStringLiteral("400"),     QStringLiteral("401"),
            QStringLiteral("403"),      QStringLiteral("404"),     QStringLiteral("405"),
            QStringLiteral("429"),      QStringLiteral("500"),     QStringLiteral("not-ok"),
            QStringLiteral("not-zato"), QStringLiteral("timeout"), QStringLiteral("refused"),
            QStringLiteral("dns"),      QStringLiteral("tls"),     QStringLiteral("closed"),
            QStringLiteral("transport")};
}

QString matrixPasswordKey(const QString &credentialName)
{
    return u"matrix/" + credentialName + u"/password";
}

QString matrixApiKeyKey(const QString &credentialName)
{
    return u"matrix/" + credentialName + u"/api-key";
}

QString matrixTokenKey(const QString &credentialName)
{
    return u"matrix/" + credentialName + u"/token";
}

QByteArray writeMatrix(const MatrixDefinition &m)
{
    json::Array credentials;
    for (const MatrixCredential &c : m.credentials) {
        json::Object o{{QStringLiteral("name"), Value::fromString(c.name)}};
        if (!c.user.isEmpty())
            o.push_back({QStringLiteral("user"), Value::fromString(c.user)});
        if (!c.profile.isEmpty())
            o.push_back({QStringLiteral("profile"), Value::fromString(c.profile)});
        if (!c.passwordEnv.isEmpty())
            o.push_back({QStringLiteral("password_env"), Value::fromString(c.passwordEnv)});
        if (c.auth)
            o.push_back({QStringLiteral("auth"), Value::fromString(authKindKey(*c.auth))});
        if (!c.apiKeyHeader.isEmpty())
            o.push_back(
                {QStringLiteral("api_key_header"), Value::fromString(QString::fromLatin1(c.apiKeyHeader))});
        if (!c.secretEnv.isEmpty())
            o.push_back({secretEnvKey(c.auth.value_or(AuthKind::ApiKey)), Value::fromString(c.secretEnv)});
        credentials.push_back(Value::fromObject(std::move(o)));
    }
    json::Array channels;
    for (const MatrixChannel &c : m.channels) {
        json::Object o{{QStringLiteral("name"), Value::fromString(c.name)},
                       {QStringLiteral("path"), Value::fromString(c.path)},
                       {QStringLiteral("client"), Value::fromString(clientKey(c.client))}};
        if (!c.service.isEmpty())
            o.push_back({QStringLiteral("service"), Value::fromString(c.service)});
        if (!c.method.isEmpty())
            o.push_back({QStringLiteral("method"), Value::fromString(c.method)});
        o.push_back({QStringLiteral("payload"), c.payload});
        channels.push_back(Value::fromObject(std::move(o)));
    }
    json::Object expect;
    for (const MatrixCredential &c : m.credentials) {
        json::Object row;
        for (const MatrixChannel &channel : m.channels) {
            const QString key = m.expect.value(c.name).value(channel.name);
            if (!key.isEmpty())
                row.push_back({channel.name, Value::fromString(key)});
        }
        if (!row.empty())
            expect.push_back({c.name, Value::fromObject(std::move(row))});
    }
    json::Object reasons;
    for (const MatrixCredential &c : m.credentials) {
        json::Object row;
        for (const MatrixChannel &channel : m.channels) {
            const QString reason = m.reasons.value(c.name).value(channel.name);
            if (!reason.isEmpty())
                row.push_back({channel.name, Value::fromString(reason)});
        }
        if (!row.empty())
            reasons.push_back({c.name, Value::fromObject(std::move(row))});
    }
    const Value root =
        Value::fromObject({{QStringLiteral("schema"), Value::fromInteger(1)},
                           {QStringLiteral("address"), Value::fromString(m.address)},
                           {QStringLiteral("timeout_seconds"), Value::fromInteger(m.timeoutSeconds)},
                           {QStringLiteral("credentials"), Value::fromArray(std::move(credentials))},
                           {QStringLiteral("channels"), Value::fromArray(std::move(channels))},
                           {QStringLiteral("expect"), Value::fromObject(std::move(expect))}});
    if (!reasons.empty()) {
        json::Object members = root.toObject();
        members.push_back({QStringLiteral("reasons"), Value::fromObject(std::move(reasons))});
        return json::dumps(Value::fromObject(std::move(members)), json::WriteOptions{false, 4}) + '\n';
    }
    return json::dumps(root, json::WriteOptions{false, 4}) + '\n';
}

MatrixRead readMatrix(const QByteArray &bytes)
{
    MatrixRead read;
    const json::ParseResult parsed = json::parse(bytes);
    if (!parsed.ok) {
        read.error = MatrixText::tr("The matrix is not valid JSON: %1").arg(parsed.error);
        return read;
    }
    const Value &root = parsed.value;
    MatrixDefinition m;
    m.address = text(root, u"address");
    if (const Value *timeout = root.find(u"timeout_seconds"))
        m.timeoutSeconds = int(std::clamp<qint64>(timeout->toNumber().toInt64().value_or(30), 1, 3600));
    if (const Value *credentials = root.find(u"credentials")) {
        for (const Value &item : credentials->toArray()) {
            MatrixCredential c{text(item, u"name"), text(item, u"user"), text(item, u"profile"),
                               text(item, u"password_env")};
            if (c.name.isEmpty()) {
                read.error = MatrixText::tr("Every credential needs a \"name\".");
                return read;
            }
            if (const QString auth = text(item, u"auth"); !auth.isEmpty()) {
                c.auth = authKindFromKey(auth);
                if (!c.auth) {
                    read.error =
                        MatrixText::tr("Credential \"%1\" has the unknown \"auth\" \"%2\"; use basic, "
                                       "apikey, bearer, oauth2 or none.")
                            .arg(c.name, auth);
                    return read;
                }
            }
            c.apiKeyHeader = text(item, u"api_key_header").trimmed().toLatin1();
            c.secretEnv = text(item, secretEnvKey(c.auth.value_or(AuthKind::ApiKey)));
            m.credentials.append(c);
        }
    }
    if (const Value *channels = root.find(u"channels")) {
        for (const Value &item : channels->toArray()) {
            MatrixChannel c;
            c.name = text(item, u"name");
            c.path = text(item, u"path");
            const std::optional<ClientKind> kind = clientFromKey(
                text(item, u"client").isEmpty() ? QStringLiteral("json") : text(item, u"client"));
            if (c.name.isEmpty() || !kind) {
                read.error =
                    MatrixText::tr("Every channel needs a \"name\" and a client of any, json or api.");
                return read;
            }
            c.client = *kind;
            c.service = text(item, u"service");
            c.method = text(item, u"method").trimmed().toUpper();
            if (const Value *payload = item.find(u"payload"))
                c.payload = *payload;
            m.channels.append(c);
        }
    }
    if (m.address.isEmpty() || m.credentials.isEmpty() || m.channels.isEmpty()) {
        read.error = MatrixText::tr("A matrix needs an \"address\", \"credentials\" and \"channels\".");
        return read;
    }
    if (const Value *expect = root.find(u"expect")) {
        for (const json::Member &row : expect->toObject()) {
            for (const json::Member &cell : row.value.toObject()) {
                const QString key = cell.value.toString();
                if (!outcomeKeys().contains(key)) {
                    read.error = MatrixText::tr("Unknown expectation \"%1\" for %2 on %3; use one of: %4.")
                                     .arg(key, row.key, cell.key, outcomeKeys().join(u", "));
                    return read;
                }
                m.expect[row.key].insert(cell.key, key);
            }
        }
    }
    if (const Value *reasons = root.find(u"reasons"); reasons && reasons->isObject()) {
        for (const json::Member &row : reasons->toObject()) {
            if (!row.value.isObject())
                continue;
            for (const json::Member &cell : row.value.toObject()) {
                if (cell.value.isString())
                    m.reasons[row.key].insert(cell.key, cell.value.toString());
            }
        }
    }
    read.definition = m;
    return read;
}

QByteArray matrixCsv(const MatrixDefinition &m, const QList<MatrixCell> &cells)
{
    QByteArray out = "credential,channel,expected,actual,status,elapsed_ms,match,explanation\n";
    for (const MatrixCell &cell : cells) {
        out += csvField(m.credentials.at(cell.row).name) + ',' + csvField(m.channels.at(cell.column).name) +
               ',' + csvField(cell.expected) + ',' + csvField(cell.actual) + ',' +
               QByteArray::number(cell.status) + ',' + QByteArray::number(cell.elapsedMs, 'f', 1) + ',' +
               (cell.matches() ? "yes" : "no") + ',' + csvField(cell.explanation) + '\n';
    }
    return out;
}

QByteArray matrixJUnit(const MatrixDefinition &m, const QList<MatrixCell> &cells)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    const auto failures =
        std::count_if(cells.cbegin(), cells.cend(), [](const MatrixCell &c) { return !c.matches(); });
    double total = 0;
    for (const MatrixCell &cell : cells)
        total += cell.elapsedMs;
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeStartElement(QStringLiteral("testsuite"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("zato-desk matrix ") + m.address);
    xml.writeAttribute(QStringLiteral("tests"), QString::number(cells.size()));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    xml.writeAttribute(QStringLiteral("time"), QString::number(total / 1000.0, 'f', 3));
    for (const MatrixCell &cell : cells) {
        xml.writeStartElement(QStringLiteral("testcase"));
        xml.writeAttribute(QStringLiteral("classname"), m.credentials.at(cell.row).name);
        xml.writeAttribute(QStringLiteral("name"), m.channels.at(cell.column).name);
        xml.writeAttribute(QStringLiteral("time"), QString::number(cell.elapsedMs / 1000.0, 'f', 3));
        if (!cell.matches()) {
            xml.writeStartElement(QStringLiteral("failure"));
            xml.writeAttribute(QStringLiteral("message"),
                               MatrixText::tr("expected %1, got %2").arg(cell.expected, cell.actual));
            const QString reason = m.reason(cell.row, cell.column);
            xml.writeCharacters(
                reason.isEmpty() ? cell.explanation
                                 : MatrixText::tr("Expected because: %1\n%2").arg(reason, cell.explanation));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace zd
