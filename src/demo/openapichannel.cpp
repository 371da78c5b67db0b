#include "openapichannel.h"

#include "security.h"
#include "servicemodels.h"

#include "json/writer.h"
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <yaml-cpp/yaml.h>

namespace zd::demo {

namespace {

const QByteArray pathPrefix = QByteArrayLiteral("/openapi/");

std::string str(const QString &text)
{
    return text.toStdString();
}

// A text a YAML reader would take for a number, a boolean or null when written plain.
bool looksTyped(const QString &text)
{
    static const QStringList words = {QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("yes"),
                                      QStringLiteral("no"),   QStringLiteral("on"),    QStringLiteral("off"),
                                      QStringLiteral("null"), QStringLiteral("~"),     QString()};
    bool number = false;
    text.toDouble(&number);
    return number || words.contains(text.toLower());
}

void writeString(YAML::Emitter &out, const QString &text)
{
    if (looksTyped(text))
        out << YAML::SingleQuoted;
    out << str(text);
}

// A JSON schema (servicemodels.h) as YAML, members in their order.
void writeJson(YAML::Emitter &out, const json::Value &value)
{
    switch (value.type()) {
    case json::Value::Type::Null:
        out << YAML::Null;
        break;
    case json::Value::Type::Bool:
        out << value.toBool();
        break;
    case json::Value::Type::Number:
        if (const std::optional<qint64> integer = value.toNumber().toInt64())
            out << static_cast<long long>(*integer);
        else
            out << value.toNumber().toDouble();
        break;
    case json::Value::Type::String:
        writeString(out, value.toString());
        break;
    case json::Value::Type::Array:
        out << YAML::BeginSeq;
        for (const json::Value &item : value.toArray())
            writeJson(out, item);
        out << YAML::EndSeq;
        break;
    case json::Value::Type::Object:
        out << YAML::BeginMap;
        for (const json::Member &member : value.toObject()) {
            out << YAML::Key;
            writeString(out, member.key);
            out << YAML::Value;
            writeJson(out, member.value);
        }
        out << YAML::EndMap;
        break;
    }
}

// content: application/json: schema: $ref: '#/components/schemas/<model>'
void writeJsonContent(YAML::Emitter &out, const QString &model)
{
    out << YAML::Key << "content" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "application/json" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "schema" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "$ref" << YAML::Value << YAML::SingleQuoted << str(u"#/components/schemas/" + model);
    out << YAML::EndMap << YAML::EndMap << YAML::EndMap;
}

QStringList placeholders(const QString &path)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}/]+)\\}"));
    QStringList names;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(path))
        names << match.captured(1);
    return names;
}

// The path as Zato writes it: the invoker's parameter is {service_name}.
QString pathOf(const Channel &channel)
{
    QString path = channel.path;
    if (channel.service == u"{service}")
        path.replace(QStringLiteral("{service}"), QStringLiteral("{service_name}"));
    return path;
}

QString methodOf(const Channel &channel)
{
    return channel.method.isEmpty() ? QStringLiteral("post") : channel.method.toLower();
}

void writeOperation(YAML::Emitter &out, const Channel &channel, const ServiceModels &models)
{
    out << YAML::BeginMap;
    out << YAML::Key << "operationId" << YAML::Value;
    writeString(out, channel.name);
    if (const QStringList names = placeholders(pathOf(channel)); !names.isEmpty()) {
        out << YAML::Key << "parameters" << YAML::Value << YAML::BeginSeq;
        for (const QString &name : names) {
            out << YAML::BeginMap;
            out << YAML::Key << "name" << YAML::Value;
            writeString(out, name);
            out << YAML::Key << "in" << YAML::Value << "path";
            out << YAML::Key << "required" << YAML::Value << true;
            out << YAML::Key << "schema" << YAML::Value << YAML::BeginMap << YAML::Key << "type"
                << YAML::Value << "string" << YAML::EndMap;
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    if (models.input) {
        out << YAML::Key << "requestBody" << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "required" << YAML::Value << true;
        writeJsonContent(out, models.input->name);
        out << YAML::EndMap;
    }
    out << YAML::Key << "responses" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << YAML::SingleQuoted << "200" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "description" << YAML::Value << "Successful response";
    if (models.output)
        writeJsonContent(out, models.output->name);
    out << YAML::EndMap << YAML::EndMap;
    if (!channel.security.isEmpty()) {
        out << YAML::Key << "security" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
        out << YAML::Key;
        writeString(out, channel.security);
        out << YAML::Value << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
        out << YAML::EndMap << YAML::EndSeq;
    }
    out << YAML::EndMap;
}

bool allowed(const DemoConfig &config, const OpenApiChannel &openApi, const HttpHeaders &headers)
{
    const QList<const Channel *> channels = openApiChannels(config, openApi);
    return std::any_of(channels.cbegin(), channels.cend(), [&config, &headers](const Channel *channel) {
        const SecurityDefinition *own = config.securityByName(channel->security);
        return own && own->type == SecurityDefinition::Type::BasicAuth && acceptsBasic(*own, headers);
    });
}

} // namespace

QString openApiSlug(const QString &name)
{
    QString slug;
    bool gap = false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        const bool letter = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
        if (!letter) {
            gap = true;
            continue;
        }
        if (gap && !slug.isEmpty())
            slug += u'-';
        gap = false;
        slug += c.toLower();
    }
    return slug;
}

QList<const Channel *> openApiChannels(const DemoConfig &config, const OpenApiChannel &openApi)
{
    QList<const Channel *> channels;
    for (const QString &name : openApi.restChannels) {
        for (const Channel &channel : config.channels) {
            if (channel.name == name) {
                if (channel.isActive)
                    channels << &channel;
                break;
            }
        }
    }
    return channels;
}

QByteArray openApiDocument(const DemoConfig &config, const OpenApiChannel &openApi)
{
    const QList<const Channel *> channels = openApiChannels(config, openApi);
    // Paths in the order their first channel comes; one operation a method (the first channel's,
    // which is the one that answers).
    QStringList paths;
    QHash<QString, QList<const Channel *>> byPath;
    for (const Channel *channel : channels) {
        const QString path = pathOf(*channel);
        QList<const Channel *> &operations = byPath[path];
        if (operations.isEmpty())
            paths << path;
        const bool taken =
            std::any_of(operations.cbegin(), operations.cend(),
                        [channel](const Channel *other) { return methodOf(*other) == methodOf(*channel); });
        if (!taken)
            operations << channel;
    }

    YAML::Emitter out;
    out << YAML::BeginMap;
    out << YAML::Key << "openapi" << YAML::Value << "3.1.0";
    out << YAML::Key << "info" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "title" << YAML::Value;
    writeString(out, openApi.name);
    out << YAML::Key << "version" << YAML::Value << "1.0.0";
    out << YAML::EndMap;

    QList<ServiceModel> schemas;
    QSet<QString> schemaNames;
    QStringList schemes;
    const auto addSchema = [&schemas, &schemaNames](const std::optional<ServiceModel> &model) {
        if (model && !schemaNames.contains(model->name)) {
            schemaNames.insert(model->name);
            schemas << *model;
        }
    };
    out << YAML::Key << "paths" << YAML::Value << YAML::BeginMap;
    for (const QString &path : std::as_const(paths)) {
        out << YAML::Key;
        writeString(out, path);
        out << YAML::Value << YAML::BeginMap;
        for (const Channel *channel : byPath.value(path)) {
            const ServiceModels models = serviceModels(channel->service);
            addSchema(models.input);
            addSchema(models.output);
            if (!channel->security.isEmpty() && !schemes.contains(channel->security))
                schemes << channel->security;
            out << YAML::Key << str(methodOf(*channel)) << YAML::Value;
            writeOperation(out, *channel, models);
        }
        out << YAML::EndMap;
    }
    out << YAML::EndMap;

    out << YAML::Key << "components" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "schemas" << YAML::Value << YAML::BeginMap;
    for (const ServiceModel &model : std::as_const(schemas)) {
        out << YAML::Key;
        writeString(out, model.name);
        out << YAML::Value;
        writeJson(out, model.schema);
    }
    out << YAML::EndMap;
    // Every definition as HTTP Basic, an API key's or a token's too (zato-platform.md §4).
    out << YAML::Key << "securitySchemes" << YAML::Value << YAML::BeginMap;
    for (const QString &scheme : std::as_const(schemes)) {
        out << YAML::Key;
        writeString(out, scheme);
        out << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "type" << YAML::Value << "http";
        out << YAML::Key << "scheme" << YAML::Value << "basic";
        out << YAML::EndMap;
    }
    out << YAML::EndMap;
    out << YAML::EndMap;
    out << YAML::EndMap;
    return QByteArray(out.c_str(), qsizetype(out.size())) + '\n';
}

DemoResponse answerOpenApi(const DemoConfig &config, const DemoRequest &request, const ErrorBodies &errors)
{
    if (request.method != "GET")
        return errors.methodNotAllowedHere("GET");
    const QString name = QUrl::fromPercentEncoding(request.path.mid(pathPrefix.size()));
    const auto found =
        std::find_if(config.openApi.cbegin(), config.openApi.cend(),
                     [&name](const OpenApiChannel &openApi) { return openApiSlug(openApi.name) == name; });
    if (!request.path.startsWith(pathPrefix) || found == config.openApi.cend())
        return errors.envelope(403, QStringLiteral("You are not allowed to access this resource"));
    if (!allowed(config, *found, request.headers)) {
        const json::Value body = json::Value::fromObject(
            {{QStringLiteral("error"), json::Value::fromString(QStringLiteral("Invalid credentials"))}});
        return DemoResponse::make(403, json::dumps(body), errors.jsonHeaders());
    }
    HttpHeaders headers = errors.jsonHeaders();
    for (HttpHeader &header : headers) {
        if (header.name == "Content-Type")
            header.value = "application/x-yaml";
    }
    return DemoResponse::make(200, openApiDocument(config, *found), headers);
}

} // namespace zd::demo
