#include "accessrules.h"

#include <QCoreApplication>

namespace zd::access {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AccessRules)
};

QByteArray challengeOf(const Definition &definition)
{
    switch (definition.type) {
    case SecurityType::BasicAuth:
        return "Basic realm=\"" + definition.realm.toUtf8() + '"';
    case SecurityType::BearerToken:
        return QByteArrayLiteral("Bearer");
    default:
        return QByteArray(); // API keys, mTLS and WS-Security answer 401 with no challenge
    }
}

bool callerIs(const Caller &caller, const QString &definition)
{
    return caller.definition && caller.definition->name == definition;
}

// Whether the caller passes the groups step (§3.4 step 4), and the expectation when it does not.
std::optional<Expectation> checkGroups(const Configuration &configuration, const Channel &channel,
                                       const Caller &caller)
{
    QStringList members;
    for (const QString &name : channel.groups) {
        if (const Group *group = configuration.group(name))
            members += group->members;
    }
    if (members.isEmpty())
        return std::nullopt; // empty groups: only the own definition counts (checked by the caller)
    if (caller.definition && caller.definition->type == SecurityType::BasicAuth && caller.alsoSendsApiKey)
        return Expectation{
            QStringLiteral("400"),
            Text::tr("Basic Auth and an API key sent together to a channel with security groups."),
            QByteArray()};
    if (!caller.definition)
        return Expectation{
            QStringLiteral("403"),
            Text::tr("No credentials, and the channel's groups (%1) let only their members in.")
                .arg(channel.groups.join(u", ")),
            QByteArray()};
    if (!members.contains(caller.definition->name))
        return Expectation{QStringLiteral("403"),
                           Text::tr("%1 is in no group of this channel (%2).")
                               .arg(caller.definition->name, channel.groups.join(u", ")),
                           QByteArray()};
    if (caller.secret == Caller::Secret::Wrong)
        return Expectation{QStringLiteral("403"),
                           Text::tr("%1 is a member of the channel's groups, but its secret is wrong.")
                               .arg(caller.definition->name),
                           QByteArray()};
    return std::nullopt;
}

} // namespace

const Definition *Configuration::definition(const QString &name) const
{
    for (const Definition &item : definitions) {
        if (item.name == name)
            return &item;
    }
    return nullptr;
}

const Group *Configuration::group(const QString &name) const
{
    for (const Group &item : groups) {
        if (item.name == name)
            return &item;
    }
    return nullptr;
}

Expectation expect(const Configuration &configuration, const Channel &channel, const Caller &caller,
                   const QString &method)
{
    // 1. An inactive channel is not found.
    if (!channel.isActive)
        return {QStringLiteral("404"), Text::tr("The channel is inactive."), QByteArray()};
    // 2. A method the channel does not take.
    if (!channel.method.isEmpty() && channel.method.compare(method, Qt::CaseInsensitive) != 0)
        return configuration.methodMismatchIs405
                   ? Expectation{QStringLiteral("405"),
                                 Text::tr("The channel takes %1 only; %2 gets 405 with Allow.")
                                     .arg(channel.method, method),
                                 QByteArray()}
                   : Expectation{
                         QStringLiteral("404"),
                         Text::tr("The channel takes %1 only; on this server a wrong method gets 404.")
                             .arg(channel.method),
                         QByteArray()};

    const Definition *own = channel.security.isEmpty() ? nullptr : configuration.definition(channel.security);
    QStringList reasons;
    // 3. The channel's own definition is checked first.
    if (own) {
        if (own->type == SecurityType::Ntlm || own->type == SecurityType::Spnego)
            return {
                QStringLiteral("401"),
                Text::tr("%1 is an outgoing-only definition: the channel refuses everyone.").arg(own->name),
                QByteArray()};
        if (!callerIs(caller, own->name))
            return {QStringLiteral("401"),
                    caller.definition
                        ? Text::tr("%1 is not the channel's own definition (%2).")
                              .arg(caller.definition->name, own->name)
                        : Text::tr("No credentials; the channel's own definition is %1.").arg(own->name),
                    challengeOf(*own)};
        if (caller.secret == Caller::Secret::Wrong)
            return {QStringLiteral("401"),
                    Text::tr("%1 is the channel's own definition, but the secret is wrong.").arg(own->name),
                    challengeOf(*own)};
        reasons << Text::tr("%1 is the channel's own definition.").arg(own->name);
    }
    // 4. Then the groups; with an own definition as well, both must pass (6).
    if (std::optional<Expectation> refused = checkGroups(configuration, channel, caller)) {
        if (own && refused->outcome == u"403")
            refused->reason += u' ' + Text::tr("Both the own definition and a group are needed.");
        return *refused;
    }
    bool groupsHaveMembers = false;
    for (const QString &name : channel.groups) {
        if (const Group *group = configuration.group(name); group && !group->members.isEmpty())
            groupsHaveMembers = true;
    }
    if (!channel.groups.isEmpty() && !groupsHaveMembers && !own)
        return {QStringLiteral("403"),
                Text::tr(
                    "The channel's groups (%1) have no members and it has no own definition: nobody gets in.")
                    .arg(channel.groups.join(u", ")),
                QByteArray()};
    if (groupsHaveMembers)
        reasons << Text::tr("%1 is a member of the channel's groups.").arg(caller.definition->name);
    // 5. No security at all.
    if (!own && !groupsHaveMembers)
        return {QStringLiteral("allowed"), Text::tr("The channel has no security: anyone may call it."),
                QByteArray()};
    return {QStringLiteral("allowed"), reasons.join(u' '), QByteArray()};
}

QString securityTypeName(SecurityType type)
{
    switch (type) {
    case SecurityType::BasicAuth:
        return QStringLiteral("basic_auth");
    case SecurityType::ApiKey:
        return QStringLiteral("apikey");
    case SecurityType::BearerToken:
        return QStringLiteral("bearer_token");
    case SecurityType::Mtls:
        return QStringLiteral("mtls");
    case SecurityType::Wss:
        return QStringLiteral("wss");
    case SecurityType::Ntlm:
        return QStringLiteral("ntlm");
    case SecurityType::Spnego:
        return QStringLiteral("spnego");
    case SecurityType::Other:
        break;
    }
    return QStringLiteral("other");
}

SecurityType securityTypeFromName(const QString &name)
{
    for (SecurityType type :
         {SecurityType::BasicAuth, SecurityType::ApiKey, SecurityType::BearerToken, SecurityType::Mtls,
          SecurityType::Wss, SecurityType::Ntlm, SecurityType::Spnego}) {
        if (securityTypeName(type) == name)
            return type;
    }
    if (name == u"oauth") // the 4.1 type name behind "Bearer token"
        return SecurityType::BearerToken;
    return SecurityType::Other;
}

} // namespace zd::access
