#include "adminlists.h"

#include <QCoreApplication>

namespace zd::access {

namespace {

using json::Value;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AccessTest)
};

struct BadAnswer
{
    QString message;
};

// A list service's items: the list itself, or an object whose one member holds it (older servers wrap
// their answers as {"zato_..._response": [...]}).
const auto &items(const Value &answer, const QString &service)
{
    if (answer.isArray())
        return answer.toArray();
    if (answer.isObject() && answer.toObject().size() == 1 && answer.toObject().front().value.isArray())
        return answer.toObject().front().value.toArray();
    throw BadAnswer{Text::tr("%1 did not answer with a list. Is this a Zato 4.1 server?").arg(service)};
}

QString text(const Value &item, QStringView key)
{
    const Value *value = item.isObject() ? item.find(key) : nullptr;
    return value && value->isString() ? value->toString() : QString();
}

std::optional<qint64> integer(const Value &item, QStringView key)
{
    const Value *value = item.isObject() ? item.find(key) : nullptr;
    return value && value->isNumber() ? value->toNumber().toInt64() : std::nullopt;
}

bool flag(const Value &item, QStringView key, bool otherwise)
{
    const Value *value = item.isObject() ? item.find(key) : nullptr;
    return value && value->isBool() ? value->toBool() : otherwise;
}

QString nameOf(const Value &item, const QString &service)
{
    const QString name = text(item, u"name");
    if (name.isEmpty())
        throw BadAnswer{Text::tr("%1 listed an item without a name.").arg(service)};
    return name;
}

QString where(const QString &service, const QString &name)
{
    return QStringLiteral("%1: \"%2\"").arg(service, name);
}

const QString SecurityList = QStringLiteral("zato.security.get-list");
const QString ApiKeyList = QStringLiteral("zato.security.apikey.get-list");
const QString BearerList = QStringLiteral("zato.security.oauth.get-list");
const QString GroupList = QStringLiteral("zato.groups.get-list");
const QString ChannelList = QStringLiteral("zato.http-soap.get-list");

void readDefinitions(const AdminLists &lists, const QHash<QString, QString> &secrets, AccessTest &test)
{
    QHash<QString, QByteArray> headers;
    for (const Value &item : items(lists.apiKeys, ApiKeyList)) {
        const QString header = text(item, u"header").trimmed();
        headers.insert(nameOf(item, ApiKeyList),
                       header.isEmpty() ? QByteArrayLiteral("X-API-Key") : header.toLatin1());
    }
    QSet<QString> jwt;
    for (const Value &item : items(lists.bearerTokens, BearerList)) {
        if (!flag(item, u"is_static_token", true))
            jwt.insert(nameOf(item, BearerList));
    }
    for (const Value &item : items(lists.security, SecurityList)) {
        const QString name = nameOf(item, SecurityList);
        if (test.configuration.definition(name))
            throw BadAnswer{Text::tr("%1 listed \"%2\" twice.").arg(SecurityList, name)};
        Definition definition;
        definition.name = name;
        definition.type = securityTypeFromName(text(item, u"sec_type"));
        definition.realm = text(item, u"realm");
        if (definition.realm.isEmpty())
            definition.realm = QStringLiteral("zato");
        definition.header = headers.value(name, QByteArrayLiteral("X-API-Key"));
        test.configuration.definitions << definition;
        if (isServersOwn(name))
            continue;
        FileCredential credential;
        credential.name = name;
        credential.type = definition.type;
        credential.user = text(item, u"username");
        credential.header = definition.header;
        credential.where = where(SecurityList, name);
        credential.secret = secrets.value(name);
        const bool sendable = definition.type == SecurityType::BasicAuth ||
                              definition.type == SecurityType::ApiKey ||
                              definition.type == SecurityType::BearerToken;
        if (!sendable) {
            test.warnings << Text::tr(
                                 "%1: a %2 definition has no row: it is not a credential sent in a header.")
                                 .arg(credential.where, text(item, u"sec_type"));
        } else if (jwt.contains(name) && credential.secret.isEmpty()) {
            credential.missing =
                Text::tr("%1: a bearer token checked as a JWT from an identity provider; only its "
                         "wrong-secret row is made. Test it with a token of your own.")
                    .arg(credential.where);
        } else if (credential.secret.isEmpty()) {
            credential.missing =
                Text::tr("%1: the server never gives a secret, so only its wrong-secret row is "
                         "made. Give its secret to test it.")
                    .arg(credential.where);
        } else {
            credential.callable = true; // for a JWT definition: a token of the user's own
        }
        test.credentials << credential;
    }
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        if (!test.configuration.definition(it.key()))
            throw BadAnswer{Text::tr("A secret was given for \"%1\", which is not a security definition of "
                                     "this server. Correct the name.")
                                .arg(it.key())};
    }
}

void readGroups(const AdminLists &lists, AccessTest &test, QHash<qint64, QString> &namesById)
{
    for (const Value &item : items(lists.groups, GroupList)) {
        Group group{nameOf(item, GroupList), {}};
        if (const std::optional<qint64> id = integer(item, u"id"))
            namesById.insert(*id, group.name);
        const Value *members = item.find(u"members");
        if (!members || !members->isArray())
            throw BadAnswer{
                Text::tr("%1 listed group \"%2\" without its members.").arg(GroupList, group.name)};
        for (const Value &member : members->toArray())
            group.members << nameOf(member, GroupList);
        test.configuration.groups << group;
    }
}

void readChannels(const AdminLists &lists, AccessTest &test, const QHash<qint64, QString> &groupsById)
{
    for (const Value &item : items(lists.channels, ChannelList)) {
        const QString name = nameOf(item, ChannelList);
        if (flag(item, u"is_internal", false) || isServersOwn(name))
            continue;
        Channel channel;
        channel.name = name;
        channel.path = text(item, u"url_path");
        if (channel.path.isEmpty())
            throw BadAnswer{Text::tr("%1: no url_path.").arg(where(ChannelList, name))};
        channel.security = text(item, u"security_name");
        if (!channel.security.isEmpty() && !test.configuration.definition(channel.security))
            throw BadAnswer{Text::tr("%1: its security \"%2\" is not in %3.")
                                .arg(where(ChannelList, name), channel.security, SecurityList)};
        const Value *groupNames = item.find(u"security_group_names");
        const Value *groupIds = item.find(u"security_groups");
        if (groupNames && groupNames->isArray()) {
            for (const Value &group : groupNames->toArray())
                channel.groups << group.toString();
        } else if (groupIds && groupIds->isArray()) {
            for (const Value &id : groupIds->toArray()) {
                const std::optional<qint64> number = id.isNumber() ? id.toNumber().toInt64() : std::nullopt;
                if (!number || !groupsById.contains(*number))
                    throw BadAnswer{Text::tr("%1: a security group id not in %2.")
                                        .arg(where(ChannelList, name), GroupList)};
                channel.groups << groupsById.value(*number);
            }
        }
        for (const QString &group : std::as_const(channel.groups)) {
            if (!test.configuration.group(group))
                throw BadAnswer{Text::tr("%1: group \"%2\" is not in %3.")
                                    .arg(where(ChannelList, name), group, GroupList)};
        }
        channel.method = text(item, u"method").trimmed().toUpper();
        channel.isActive = flag(item, u"is_active", true);
        const QString format = text(item, u"data_format");
        channel.jsonErrors = format.isEmpty() || format == u"json";
        test.configuration.channels << channel;
        test.channels << FileChannel{channel.name, samplePath(channel.path), channel.method,
                                     text(item, u"service_name")};
    }
}

} // namespace

bool isServersOwn(const QString &name)
{
    return name == u"admin.invoke" || name == u"admin.invoke.json" || name == u"ide_publisher" ||
           name == u"metrics" || name == u"pubapi" || name.startsWith(u"zato") ||
           name.startsWith(u"pub.zato");
}

QList<AdminQuery> adminQueries()
{
    const auto object = [](json::Object members) { return Value::fromObject(std::move(members)); };
    const Value cluster = object({{QStringLiteral("cluster_id"), Value::fromInteger(1)}});
    return {
        {SecurityList, cluster, &AdminLists::security},
        {ApiKeyList, cluster, &AdminLists::apiKeys},
        {BearerList, cluster, &AdminLists::bearerTokens},
        {GroupList,
         object({{QStringLiteral("group_type"), Value::fromString(QStringLiteral("zato-api-creds"))},
                 {QStringLiteral("needs_members"), Value::fromBool(true)}}),
         &AdminLists::groups},
        {ChannelList,
         object({{QStringLiteral("cluster_id"), Value::fromInteger(1)},
                 {QStringLiteral("connection"), Value::fromString(QStringLiteral("channel"))},
                 {QStringLiteral("transport"), Value::fromString(QStringLiteral("plain_http"))},
                 {QStringLiteral("needs_security_group_names"), Value::fromBool(true)}}),
         &AdminLists::channels},
    };
}

AccessTestRead accessFromAdminLists(const AdminLists &lists, const QHash<QString, QString> &secrets)
{
    AccessTestRead result;
    try {
        AccessTest test;
        test.configuration.methodMismatchIs405 = true; // the newest 4.1: the one with these services
        readDefinitions(lists, secrets, test);
        QHash<qint64, QString> groupsById;
        readGroups(lists, test, groupsById);
        for (const Group &group : std::as_const(test.configuration.groups)) {
            for (const QString &member : group.members) {
                if (!test.configuration.definition(member))
                    throw BadAnswer{Text::tr("%1: group \"%2\" has member \"%3\", which is not in %4.")
                                        .arg(GroupList, group.name, member, SecurityList)};
            }
        }
        readChannels(lists, test, groupsById);
        if (test.channels.isEmpty())
            throw BadAnswer{Text::tr("The server has no REST channel of its users to test.")};
        result.test = std::move(test);
    } catch (const BadAnswer &bad) {
        result.error = bad.message;
    }
    return result;
}

} // namespace zd::access
