#include "enmasse.h"
#include "enmasse/enmassereader.h"
#include "enmasseopenapi.h"
#include "enmasserules.h"

#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>
#include <QSet>
#include <QTimeZone>

namespace zd::demo {

using namespace enmasse;

namespace {

// Security types Zato has that the demo server cannot check (zato-platform.md §1.1, 3.2 included).
const QStringList unsupportedTypes = {QStringLiteral("ntlm"),         QStringLiteral("spnego"),
                                      QStringLiteral("wss"),          QStringLiteral("aws"),
                                      QStringLiteral("jwt"),          QStringLiteral("tls_channel_sec"),
                                      QStringLiteral("tls_key_cert"), QStringLiteral("vault_conn_sec"),
                                      QStringLiteral("oauth1")};

const QString invokerService = QStringLiteral("pub.zato.service.service-invoker");
const QString servicePlaceholder = QStringLiteral("{service}");

QString randomHex()
{
    QString hex;
    for (int i = 0; i < 4; ++i)
        hex += QString::number(QRandomGenerator::system()->generate(), 16).rightJustified(8, u'0');
    return hex;
}

// What Zato sets when a definition has no secret: nobody knows it (zato-platform.md §3.1).
QString autoPassword()
{
    return u"Zato-Auto-Password-" + randomHex();
}

struct Unsupported
{
    QString type;
    QString where;
};

class Builder
{
public:
    Builder(Reader &reader, const EnmasseOptions &options) : m_reader(reader), m_options(options) {}

    DemoConfig build(Flavour flavour);

private:
    void addSecurity(DemoConfig &config, const Item &item);
    void addGroup(DemoConfig &config, const Item &item);
    void addChannel(DemoConfig &config, const Item &item);
    QString required(const Item &item, const char *key, const QString &what);
    void checkUnique(QHash<QString, QString> &seen, const Item &item, const QString &kind);
    void noteUnverifiable(const QString &definition, const Item &user);

    Reader &m_reader;
    const EnmasseOptions &m_options;
    QHash<QString, Unsupported> m_unsupported;
    QHash<QString, QString> m_unverifiable; // bearer definitions it cannot check tokens of -> where
    QSet<QString> m_used;                   // definitions a channel or group names
    QSet<QString> m_fileChannels;           // the REST channels the file defines
    QSet<QString> m_warned;
};

QString Builder::required(const Item &item, const char *key, const QString &what)
{
    const std::optional<QString> value = m_reader.text(item, key);
    if (!value || value->isEmpty())
        throw Failure{Text::tr("%1: there is no %2. Add \"%2:\" with %3.")
                          .arg(item.where(), QString::fromLatin1(key), what)};
    return *value;
}

void Builder::checkUnique(QHash<QString, QString> &seen, const Item &item, const QString &kind)
{
    const QString name = item.name();
    if (const auto found = seen.constFind(name); found != seen.cend())
        throw Failure{Text::tr("%1: another %2 has this name (%3). Give each one its own name.")
                          .arg(item.where(), kind, *found)};
    seen.insert(name, item.where());
}

void Builder::noteUnverifiable(const QString &definition, const Item &user)
{
    const auto found = m_unverifiable.constFind(definition);
    if (found == m_unverifiable.cend() || m_warned.contains(definition))
        return;
    m_warned.insert(definition);
    m_reader.warnings << Text::tr("%1: uses \"%2\" (%3), a bearer-token definition with no static_token; the "
                                  "demo server checks JWTs only with an issuer, an audience and its own keys "
                                  "(jwks_url ending in /demo/oauth/jwks), so it refuses every token there.")
                             .arg(user.where(), definition, *found);
}

void Builder::addSecurity(DemoConfig &config, const Item &item)
{
    SecurityDefinition definition;
    definition.name = required(item, "name", Text::tr("the definition's name"));
    QString type = required(item, "type", Text::tr("basic_auth, apikey, bearer_token or mtls"));
    if (type == u"oauth")
        type = QStringLiteral("bearer_token"); // how Zato stores it
    if (unsupportedTypes.contains(type)) {
        m_unsupported.insert(definition.name, {type, item.where(*item.field("type"))});
        return;
    }
    definition.isActive = m_reader.boolean(item, "is_active").value_or(true);
    definition.rateLimit = readRateLimit(item);
    if (type == u"basic_auth") {
        definition.type = SecurityDefinition::Type::BasicAuth;
        definition.user = required(item, "username", Text::tr("the user name clients send"));
        definition.realm = m_reader.text(item, "realm").value_or(QStringLiteral("zato"));
        definition.password = m_reader.text(item, "password").value_or(QString());
    } else if (type == u"apikey") {
        definition.type = SecurityDefinition::Type::ApiKey;
        definition.user = m_reader.text(item, "username").value_or(QString());
        definition.password = m_reader.text(item, "password").value_or(QString());
        definition.header = m_reader.text(item, "header").value_or(QStringLiteral("X-API-Key")).toLatin1();
    } else if (type == u"bearer_token") {
        definition.type = SecurityDefinition::Type::BearerToken;
        definition.user = m_reader.text(item, "username").value_or(QString());
        definition.password = m_reader.text(item, "static_token").value_or(QString());
        if (definition.password.isEmpty()) {
            if (std::optional<JwtRules> rules = readJwtRules(m_reader, item)) {
                definition.jwt = std::move(rules);
            } else {
                m_unverifiable.insert(definition.name, item.where());
                definition.password = autoPassword();
            }
        }
    } else if (type == u"mtls") {
        definition.type = SecurityDefinition::Type::Mtls;
        definition.certFingerprint = m_reader.text(item, "client_cert_fingerprint").value_or(QString());
        definition.certSubjectDn = m_reader.text(item, "client_cert_subject_dn").value_or(QString());
    } else {
        throw Failure{Text::tr("%1: type \"%2\" is not a Zato security type. Use basic_auth, apikey, "
                               "bearer_token or mtls.")
                          .arg(item.where(*item.field("type")), type)};
    }
    if (definition.password.isEmpty())
        definition.password = autoPassword(); // as Zato: a secret nobody knows
    for (SecurityDefinition &existing : config.security) {
        if (existing.name == definition.name) { // the file replaces a built-in one
            existing = definition;
            return;
        }
    }
    config.security.append(definition);
}

void Builder::addGroup(DemoConfig &config, const Item &item)
{
    SecurityGroup group;
    group.name = required(item, "name", Text::tr("the group's name"));
    const std::optional<YAML::Node> membersNode = item.field("members");
    const QStringList members = m_reader.list(item, "members").value_or(QStringList());
    for (int i = 0; i < members.size(); ++i) {
        const QString &member = members.at(i);
        const YAML::Node at = membersNode && membersNode->IsSequence() ? (*membersNode)[i] : YAML::Node();
        if (const auto found = m_unsupported.constFind(member); found != m_unsupported.cend()) {
            m_used.insert(member);
            m_reader.warnings << Text::tr("%1: member \"%2\" is a %3 definition (%4), which the demo server "
                                          "does not support; it was left out of the group.")
                                     .arg(item.where(at), member, found->type, found->where);
            continue;
        }
        if (!config.securityByName(member))
            throw Failure{Text::tr("%1: member \"%2\" is not a security definition. Define it under "
                                   "security, or correct the name.")
                              .arg(item.where(at), member)};
        noteUnverifiable(member, item);
        group.members << member;
    }
    config.groups.append(group);
}

void Builder::addChannel(DemoConfig &config, const Item &item)
{
    Channel channel;
    channel.name = required(item, "name", Text::tr("the channel's name"));
    channel.path = required(item, "url_path", Text::tr("the path clients call, starting with /"));
    if (!channel.path.startsWith(u'/'))
        throw Failure{Text::tr("%1: url_path \"%2\" does not start with /. Write the path from the server's "
                               "root, e.g. /api/orders.")
                          .arg(item.where(*item.field("url_path")), channel.path)};
    const QString service = required(item, "service", Text::tr("the service the channel calls"));
    if (const auto mapped = m_options.serviceMap.constFind(service); mapped != m_options.serviceMap.cend()) {
        channel.service = *mapped;
    } else if (service == invokerService) {
        channel.service = servicePlaceholder; // the generic invoker: the service comes from the path
        channel.path.replace(QStringLiteral("{service_name}"), servicePlaceholder);
    } else if (isDemoService(service)) {
        channel.service = service;
    } else {
        QStringList known = {QStringLiteral("customer.get1"), QStringLiteral("customer.get2"),
                             QStringLiteral("demo.ping"), QStringLiteral("demo.sized-body")};
        throw Failure{
            Text::tr("%1: service \"%2\" does not run in the demo server. Map it to one that does "
                     "with --service-map %2=customer.get2 (or a line in --service-map-file), or "
                     "name one of: %3, or an admin service.")
                .arg(item.where(*item.field("service")), service, known.join(QStringLiteral(", ")))};
    }

    QString security;
    for (const char *key : {"security", "security_name", "sec_def"}) {
        const std::optional<QString> value = m_reader.text(item, key);
        if (!value || value->isEmpty() || *value == u"zato-no-security")
            continue;
        if (!security.isEmpty() && security != *value)
            throw Failure{Text::tr("%1: the channel names two security definitions, \"%2\" and \"%3\". "
                                   "Keep one.")
                              .arg(item.where(*item.field(key)), security, *value)};
        security = *value;
        if (const auto found = m_unsupported.constFind(security); found != m_unsupported.cend())
            throw Failure{
                Text::tr("%1: %2 \"%3\" is a %4 definition (%5), which the demo server does not "
                         "support. Protect the channel with a basic_auth, apikey, bearer_token or mtls "
                         "definition, or leave the channel out.")
                    .arg(item.where(*item.field(key)), QString::fromLatin1(key), security, found->type,
                         found->where)};
        if (!config.securityByName(security))
            throw Failure{Text::tr("%1: %2 \"%3\" is not a security definition. Define it under security, "
                                   "or correct the name.")
                              .arg(item.where(*item.field(key)), QString::fromLatin1(key), security)};
        noteUnverifiable(security, item);
    }
    channel.security = security;

    for (const char *key : {"groups", "security_groups"}) {
        const std::optional<YAML::Node> node = item.field(key);
        const QStringList groups = m_reader.list(item, key).value_or(QStringList());
        for (int i = 0; i < groups.size(); ++i) {
            if (!config.groupByName(groups.at(i)))
                throw Failure{Text::tr("%1: group \"%2\" is not defined. Define it under %3, or correct the "
                                       "name.")
                                  .arg(item.where(node->IsSequence() ? (*node)[i] : *node), groups.at(i),
                                       m_reader.layout() == Layout::Zato32 ? QStringLiteral("security_groups")
                                                                           : QStringLiteral("groups"))};
            if (!channel.groups.contains(groups.at(i)))
                channel.groups << groups.at(i);
        }
    }
    for (const char *key : {"has_rbac", "sec_use_rbac"}) {
        if (m_reader.boolean(item, key).value_or(false))
            throw Failure{Text::tr("%1: %2: RBAC from an enmasse file is not supported by the demo server. "
                                   "Use a security definition or a group, or the JSON configuration's rbac.")
                              .arg(item.where(*item.field(key)), QString::fromLatin1(key))};
    }
    channel.method = m_reader.text(item, "method").value_or(QString()).toUpper();
    channel.isActive = m_reader.boolean(item, "is_active").value_or(true);
    channel.dataFormat = m_reader.text(item, "data_format").value_or(QStringLiteral("json"));
    channel.rateLimit = readRateLimit(item);
    for (const QString &name : m_reader.list(item, "gateway_service_list").value_or(QStringList()))
        channel.gatewayServices << m_options.serviceMap.value(name, name);
    if (m_reader.boolean(item, "is_deprecated").value_or(false)) {
        Deprecation deprecation;
        deprecation.sinceUnix = QDateTime::currentSecsSinceEpoch();
        if (const std::optional<QString> sunset = m_reader.text(item, "deprecation_sunset")) {
            QDateTime when(QDate::fromString(*sunset, Qt::ISODate), QTime(0, 0), QTimeZone::utc());
            if (!when.isValid())
                when = QDateTime::fromString(*sunset, Qt::RFC2822Date);
            if (!when.isValid())
                throw Failure{Text::tr("%1: deprecation_sunset \"%2\" is not a date. Write it as YYYY-MM-DD.")
                                  .arg(item.where(*item.field("deprecation_sunset")), *sunset)};
            deprecation.sunset =
                QLocale::c().toString(when.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
        }
        deprecation.successor = m_reader.text(item, "deprecation_successor").value_or(QString());
        channel.deprecation = deprecation;
    }
    m_fileChannels.insert(channel.name);
    for (Channel &existing : config.channels) {
        if (existing.name == channel.name) { // the file replaces a built-in one
            existing = channel;
            return;
        }
    }
    config.channels.append(channel);
}

DemoConfig Builder::build(Flavour flavour)
{
    DemoConfig config = builtinObjects(flavour);
    QHash<QString, QString> seen;
    for (const Item &item : std::as_const(m_reader.security)) {
        checkUnique(seen, item, Text::tr("security definition"));
        addSecurity(config, item);
    }
    seen.clear();
    for (const Item &item : std::as_const(m_reader.groups)) {
        checkUnique(seen, item, Text::tr("group"));
        addGroup(config, item);
    }
    seen.clear();
    for (const Item &item : std::as_const(m_reader.channels)) {
        if (m_reader.boolean(item, "is_internal").value_or(false))
            continue; // a 3.2 export's own server objects: this server has its own
        checkUnique(seen, item, Text::tr("channel"));
        addChannel(config, item);
    }
    seen.clear();
    QHash<QString, QString> addresses;
    for (const Item &item : std::as_const(m_reader.openApi)) {
        checkUnique(seen, item, Text::tr("OpenAPI channel"));
        config.openApi.append(readOpenApiItem(m_reader, item, m_fileChannels, addresses));
    }
    for (auto it = m_unsupported.cbegin(); it != m_unsupported.cend(); ++it) {
        if (!m_used.contains(it.key()))
            m_reader.warnings << Text::tr("%1: \"%2\" is a %3 definition, which the demo server does not "
                                          "support; no channel uses it, so it was skipped.")
                                     .arg(it->where, it.key(), it->type);
    }
    return config;
}

} // namespace

EnmasseLoad loadEnmasse(const QString &fileName, const EnmasseOptions &options)
{
    EnmasseLoad load;
    Reader reader(options.env, options.useProcessEnvironment);
    try {
        reader.read(fileName);
        const Flavour flavour = reader.layout() == Layout::Zato32 ? Flavour::Zato32 : Flavour::Zato41;
        Builder builder(reader, options);
        load.config = builder.build(flavour);
    } catch (const Failure &failure) {
        load.error = failure.message;
        load.config.reset();
    }
    load.warnings = reader.warnings;
    return load;
}

} // namespace zd::demo
