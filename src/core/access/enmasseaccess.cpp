#include "enmasseaccess.h"

#include "enmasse/enmassereader.h"

#include <QRegularExpression>

namespace zd::access {

namespace {

using enmasse::Failure;
using enmasse::Item;
using enmasse::Reader;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AccessTest)
};

const QString AutoPasswordPrefix = QStringLiteral("Zato-Auto-Password-");

QString required(const Reader &reader, const Item &item, const char *key)
{
    const std::optional<QString> value = reader.text(item, key);
    if (!value || value->trimmed().isEmpty())
        throw Failure{Text::tr("%1: \"%2\" is missing. Add it to the item.")
                          .arg(item.where(), QString::fromLatin1(key))};
    return value->trimmed();
}

FileCredential credentialOf(const Reader &reader, const Item &item, Definition &definition,
                            QStringList &warnings)
{
    FileCredential credential;
    credential.name = definition.name = required(reader, item, "name");
    credential.where = item.where();
    QString type = required(reader, item, "type");
    credential.type = definition.type = securityTypeFromName(type);
    switch (definition.type) {
    case SecurityType::BasicAuth:
        credential.user = required(reader, item, "username");
        credential.secret = reader.text(item, "password").value_or(QString());
        definition.realm = reader.text(item, "realm").value_or(QStringLiteral("zato"));
        break;
    case SecurityType::ApiKey:
        credential.secret = reader.text(item, "password").value_or(QString());
        credential.header = definition.header =
            reader.text(item, "header").value_or(QStringLiteral("X-API-Key")).trimmed().toLatin1();
        break;
    case SecurityType::BearerToken:
        credential.secret = reader.text(item, "static_token").value_or(QString());
        if (credential.secret.isEmpty()) {
            credential.missing =
                Text::tr("%1: a bearer token checked as a JWT from an identity provider; only "
                         "its wrong-secret row is made. Test it with a token of your own.")
                    .arg(credential.where);
            return credential;
        }
        break;
    case SecurityType::Mtls:
    case SecurityType::Wss:
    case SecurityType::Ntlm:
    case SecurityType::Spnego:
    case SecurityType::Other:
        warnings << Text::tr("%1: a %2 definition has no row: it is not a credential sent in a header.")
                        .arg(credential.where, type);
        return credential;
    }
    if (credential.secret.isEmpty() || credential.secret.startsWith(AutoPasswordPrefix)) {
        credential.missing =
            Text::tr("%1: the file gives no secret (an export never does), so only its "
                     "wrong-secret row is made. Give the secret as ${NAME} and set NAME in the "
                     "environment or the env file.")
                .arg(credential.where);
        credential.secret.clear();
        return credential;
    }
    credential.callable = true;
    return credential;
}

void readChannel(const Reader &reader, const Item &item, AccessTest &test)
{
    Configuration &configuration = test.configuration;
    Channel channel;
    channel.name = required(reader, item, "name");
    channel.path = required(reader, item, "url_path");
    for (const char *key : {"security", "security_name", "sec_def"}) {
        const std::optional<QString> value = reader.text(item, key);
        if (!value || value->isEmpty() || *value == u"zato-no-security")
            continue;
        if (!configuration.definition(*value))
            throw Failure{Text::tr("%1: %2 \"%3\" is not a security definition. Define it under security, or "
                                   "correct the name.")
                              .arg(item.where(*item.field(key)), QString::fromLatin1(key), *value)};
        channel.security = *value;
    }
    for (const char *key : {"groups", "security_groups"}) {
        for (const QString &group : reader.list(item, key).value_or(QStringList())) {
            if (!configuration.group(group))
                throw Failure{Text::tr("%1: group \"%2\" is not defined. Define it, or correct the name.")
                                  .arg(item.where(*item.field(key)), group)};
            channel.groups << group;
        }
    }
    for (const char *key : {"has_rbac", "sec_use_rbac"}) {
        if (!reader.boolean(item, key).value_or(false) || test.notDerivable.contains(channel.name))
            continue;
        test.warnings << Text::tr("%1: %2: RBAC decides who gets in, which is not derivable from the file; "
                                  "the channel's cells have no expectation.")
                             .arg(item.where(*item.field(key)), QString::fromLatin1(key));
        test.notDerivable << channel.name;
    }
    channel.method = reader.text(item, "method").value_or(QString()).trimmed().toUpper();
    channel.isActive = reader.boolean(item, "is_active").value_or(true);
    channel.jsonErrors = reader.text(item, "data_format").value_or(QStringLiteral("json")) == u"json";
    configuration.channels << channel;
    test.channels << FileChannel{channel.name, samplePath(channel.path), channel.method,
                                 reader.text(item, "service").value_or(QString())};
}

ResolvedCredential resolved(const FileCredential &credential, const QString &secret)
{
    ResolvedCredential row;
    switch (credential.type) {
    case SecurityType::BasicAuth:
        row.user = credential.user;
        row.password = secret;
        break;
    case SecurityType::ApiKey:
        row.auth.kind = AuthKind::ApiKey;
        row.auth.apiKeyHeader = credential.header;
        row.auth.secret = secret;
        break;
    default:
        row.auth.kind = AuthKind::Bearer;
        row.auth.secret = secret;
        break;
    }
    return row;
}

MatrixCredential rowOf(const QString &name, const FileCredential &credential)
{
    MatrixCredential row{name, QString(), QString(), QString()};
    switch (credential.type) {
    case SecurityType::BasicAuth:
        row.user = credential.user;
        row.auth = AuthKind::Basic;
        break;
    case SecurityType::ApiKey:
        row.auth = AuthKind::ApiKey;
        row.apiKeyHeader = credential.header;
        break;
    default:
        row.auth = AuthKind::Bearer;
        break;
    }
    return row;
}

} // namespace

QString samplePath(QString path)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{[^{}/]+\\}"));
    return path.replace(placeholder, QStringLiteral("1"));
}

QString fillIn(AccessTest &test, const FillIns &fillIns)
{
    const auto find = [&test](const QString &name) -> std::pair<FileCredential *, Definition *> {
        for (qsizetype i = 0; i < test.credentials.size(); ++i) {
            if (test.credentials.at(i).name == name) {
                for (Definition &definition : test.configuration.definitions) {
                    if (definition.name == name)
                        return {&test.credentials[i], &definition};
                }
            }
        }
        return {nullptr, nullptr};
    };
    const auto unknown = [](const QString &name) {
        return Text::tr("\"%1\" is not a security definition of the configuration. Correct the name.")
            .arg(name);
    };
    for (auto it = fillIns.secrets.cbegin(); it != fillIns.secrets.cend(); ++it) {
        const auto [credential, definition] = find(it.key());
        if (!credential)
            return unknown(it.key());
        const SecurityType type = credential->type;
        if (type != SecurityType::BasicAuth && type != SecurityType::ApiKey &&
            type != SecurityType::BearerToken)
            return Text::tr("\"%1\" is a %2 definition: no secret is sent for it.")
                .arg(it.key(), securityTypeName(type));
        credential->secret = it.value();
        credential->callable =
            !it.value().isEmpty() && (type != SecurityType::BasicAuth || !credential->user.isEmpty());
        credential->missing.clear();
    }
    for (auto it = fillIns.headers.cbegin(); it != fillIns.headers.cend(); ++it) {
        const auto [credential, definition] = find(it.key());
        if (!credential)
            return unknown(it.key());
        if (credential->type != SecurityType::ApiKey)
            return Text::tr("\"%1\" is not an API key: it has no header.").arg(it.key());
        credential->header = definition->header = it.value();
    }
    for (auto it = fillIns.realms.cbegin(); it != fillIns.realms.cend(); ++it) {
        const auto [credential, definition] = find(it.key());
        if (!credential)
            return unknown(it.key());
        if (credential->type != SecurityType::BasicAuth)
            return Text::tr("\"%1\" is not a Basic Auth definition: it has no realm.").arg(it.key());
        definition->realm = it.value();
    }
    return QString();
}

QStringList AccessTest::allWarnings() const
{
    QStringList all = warnings;
    for (const FileCredential &credential : credentials) {
        if (!credential.missing.isEmpty())
            all << credential.missing;
    }
    return all;
}

QString noCredentialsRow()
{
    return QStringLiteral("(none)");
}

QString wrongSecretRow(const QString &credential)
{
    return credential + u" (wrong secret)";
}

AccessTestRead readEnmasseAccess(const QString &fileName, const QHash<QString, QString> &env,
                                 bool useProcessEnvironment)
{
    AccessTestRead result;
    try {
        Reader reader(env, useProcessEnvironment);
        reader.read(fileName);
        AccessTest test;
        test.warnings = reader.warnings;
        test.configuration.methodMismatchIs405 = reader.layout() != enmasse::Layout::Zato32;
        for (const Item &item : std::as_const(reader.security)) {
            Definition definition;
            FileCredential credential = credentialOf(reader, item, definition, test.warnings);
            if (test.configuration.definition(definition.name))
                throw Failure{Text::tr("%1: a second security definition named \"%2\". Give each one its own "
                                       "name.")
                                  .arg(item.where(), definition.name)};
            test.configuration.definitions << definition;
            test.credentials << credential;
        }
        for (const Item &item : std::as_const(reader.groups)) {
            Group group{required(reader, item, "name"), reader.list(item, "members").value_or(QStringList())};
            for (const QString &member : std::as_const(group.members)) {
                if (!test.configuration.definition(member))
                    throw Failure{Text::tr("%1: member \"%2\" is not a security definition. Define it under "
                                           "security, or correct the name.")
                                      .arg(item.where(), member)};
            }
            test.configuration.groups << group;
        }
        for (const Item &item : std::as_const(reader.channels)) {
            if (reader.boolean(item, "is_internal").value_or(false))
                continue; // a 3.2 export's own server objects
            readChannel(reader, item, test);
        }
        if (test.channels.isEmpty())
            throw Failure{Text::tr("%1: there is no REST channel (channel_rest) to test.").arg(fileName)};
        result.test = std::move(test);
    } catch (const Failure &failure) {
        result.error = failure.message;
    } catch (const YAML::Exception &e) {
        result.error = Text::tr("%1: %2").arg(fileName, QString::fromStdString(e.what()));
    }
    return result;
}

AccessMatrix accessMatrix(const AccessTest &test, const QString &address)
{
    AccessMatrix result;
    MatrixDefinition &matrix = result.matrix;
    matrix.address = address;
    QList<std::pair<QString, Caller>> callers;
    for (const FileCredential &credential : test.credentials) {
        if (!credential.callable)
            continue;
        matrix.credentials << rowOf(credential.name, credential);
        result.credentials << resolved(credential, credential.secret);
        callers.append({credential.name, Caller{test.configuration.definition(credential.name)}});
    }
    MatrixCredential none{noCredentialsRow(), QString(), QString(), QString()};
    none.auth = AuthKind::None;
    matrix.credentials << none;
    ResolvedCredential nothing;
    nothing.auth.kind = AuthKind::None;
    result.credentials << nothing;
    callers.append({none.name, Caller{}});
    for (const FileCredential &credential : test.credentials) {
        const SecurityType type = credential.type;
        if (type != SecurityType::BasicAuth && type != SecurityType::ApiKey &&
            type != SecurityType::BearerToken)
            continue;
        const QString name = wrongSecretRow(credential.name);
        matrix.credentials << rowOf(name, credential);
        const QString wrong = credential.secret.isEmpty() ? QStringLiteral("wrong-secret")
                                                          : credential.secret + QStringLiteral("-wrong");
        result.credentials << resolved(credential, wrong);
        callers.append({name, Caller{test.configuration.definition(credential.name), Caller::Secret::Wrong}});
    }
    for (int column = 0; column < test.channels.size(); ++column) {
        const FileChannel &channel = test.channels.at(column);
        MatrixChannel call;
        call.name = channel.name;
        call.path = channel.path;
        call.client = ClientKind::Json;
        call.method = channel.method;
        call.payload = channel.payload ? *channel.payload
                       : channel.method == u"GET" || channel.method == u"DELETE"
                           ? json::Value::fromString(QString())
                           : json::Value::fromObject({});
        matrix.channels << call;
        const Channel &rules = test.configuration.channels.at(column);
        const QString method = channel.method.isEmpty() ? QStringLiteral("POST") : channel.method;
        for (const auto &[row, caller] : std::as_const(callers)) {
            if (test.notDerivable.contains(channel.name)) {
                matrix.reasons[row][channel.name] =
                    Text::tr("Not derivable from the file: RBAC decides who gets in.");
                continue;
            }
            const Expectation expectation = expect(test.configuration, rules, caller, method);
            matrix.expect[row][channel.name] = expectation.outcome;
            matrix.reasons[row][channel.name] = expectation.reason;
        }
    }
    return result;
}

} // namespace zd::access
