#include "openapi.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <set>
#include <yaml-cpp/yaml.h>

namespace zd::access {

namespace {

using json::Value;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AccessTest)
};

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

constexpr int MaxDepth = 12;
constexpr const char *Methods[] = {"get", "put", "post", "delete", "patch", "head", "options"};

// A scalar as JSON: what the schema's type says, else what the text looks like (YAML 1.2 core).
Value scalar(const YAML::Node &node, const std::string &type)
{
    const std::string text = node.Scalar();
    if (node.Tag() == "!" || type == "string")
        return Value::fromString(qs(text));
    if (text == "null" || text == "~" || text.empty())
        return Value();
    if (text == "true" || text == "false")
        return Value::fromBool(text == "true");
    bool isInteger = false;
    const qint64 integer = qs(text).toLongLong(&isInteger);
    if (isInteger)
        return Value::fromInteger(integer);
    bool isNumber = false;
    const double number = qs(text).toDouble(&isNumber);
    if (isNumber && type != "string")
        return Value::fromDouble(number);
    return Value::fromString(qs(text));
}

// A YAML value (an example, a default) as JSON.
// Values a document may make in all: YAML aliases can name a node many times over (a "billion laughs"
// document), so what a hostile server sends could otherwise expand without end.
constexpr int MaxValues = 100000;

Value toJson(const YAML::Node &node, int &budget, const std::string &type = std::string())
{
    if (--budget < 0)
        return Value();
    switch (node.Type()) {
    case YAML::NodeType::Sequence: {
        json::Array items;
        for (const YAML::Node &item : node) {
            if (budget <= 0)
                break; // what is left is not made: the value ends here
            items.push_back(toJson(item, budget));
        }
        return Value::fromArray(std::move(items));
    }
    case YAML::NodeType::Map: {
        json::Object members;
        for (const auto &member : node) {
            if (budget <= 0)
                break;
            members.push_back({qs(member.first.Scalar()), toJson(member.second, budget)});
        }
        return Value::fromObject(std::move(members));
    }
    case YAML::NodeType::Scalar:
        return scalar(node, type);
    default:
        return Value();
    }
}

class Templates
{
public:
    explicit Templates(const YAML::Node &root) : m_root(root) {}

    Value of(const YAML::Node &schema, int depth = 0)
    {
        if (!schema || !schema.IsMap() || depth > MaxDepth || --m_budget < 0)
            return Value();
        if (const YAML::Node ref = schema["$ref"]; ref && ref.IsScalar())
            return ofReference(ref.Scalar(), depth);
        const std::string type = typeOf(schema);
        for (const char *key : {"example", "default", "const"}) {
            if (const YAML::Node value = schema[key])
                return toJson(value, m_budget, type);
        }
        if (const YAML::Node examples = schema["examples"];
            examples && examples.IsSequence() && examples.size())
            return toJson(examples[0], m_budget, type);
        if (const YAML::Node values = schema["enum"]; values && values.IsSequence() && values.size())
            return toJson(values[0], m_budget, type);
        for (const char *key : {"oneOf", "anyOf"}) {
            if (const YAML::Node choices = schema[key]; choices && choices.IsSequence() && choices.size())
                return of(choices[0], depth + 1);
        }
        if (const YAML::Node parts = schema["allOf"]; parts && parts.IsSequence()) {
            json::Object merged;
            for (const YAML::Node &part : parts) {
                const Value value = of(part, depth + 1);
                if (value.isObject())
                    merged.insert(merged.end(), value.toObject().begin(), value.toObject().end());
            }
            return Value::fromObject(std::move(merged));
        }
        if (type == "object" || schema["properties"]) {
            json::Object members;
            if (const YAML::Node properties = schema["properties"]; properties && properties.IsMap()) {
                for (const auto &property : properties) {
                    if (m_budget <= 0)
                        break;
                    members.push_back({qs(property.first.Scalar()), of(property.second, depth + 1)});
                }
            }
            return Value::fromObject(std::move(members));
        }
        if (type == "array") {
            const Value item = of(schema["items"], depth + 1);
            return Value::fromArray(schema["items"] ? json::Array{item} : json::Array{});
        }
        if (type == "string")
            return Value::fromString(QString());
        if (type == "integer" || type == "number")
            return Value::fromInteger(0);
        if (type == "boolean")
            return Value::fromBool(false);
        return Value();
    }

private:
    // "type: string" or, in 3.1, "type: [string, 'null']": the first that is not null.
    static std::string typeOf(const YAML::Node &schema)
    {
        const YAML::Node type = schema["type"];
        if (type && type.IsScalar())
            return type.Scalar();
        if (type && type.IsSequence()) {
            for (const YAML::Node &item : type) {
                if (item.IsScalar() && item.Scalar() != "null")
                    return item.Scalar();
            }
        }
        return std::string();
    }

    // "#/components/schemas/Name": a reference within the document; a cycle ends as null.
    Value ofReference(const std::string &reference, int depth)
    {
        if (reference.rfind("#/", 0) != 0 || m_resolving.contains(reference))
            return Value();
        YAML::Node node;
        node.reset(m_root); // rebinds; assigning would write into the document
        for (const QString &part : qs(reference.substr(2)).split(u'/')) {
            QString key = part;
            key.replace(QStringLiteral("~1"), QStringLiteral("/"))
                .replace(QStringLiteral("~0"), QStringLiteral("~"));
            const YAML::Node &current = node;
            if (!current.IsMap() || !current[key.toStdString()])
                return Value();
            node.reset(current[key.toStdString()]);
        }
        m_resolving.insert(reference);
        Value value = of(node, depth + 1);
        m_resolving.erase(reference);
        return value;
    }

    YAML::Node m_root;
    std::set<std::string> m_resolving;
    int m_budget = MaxValues;
};

// The JSON body of an operation's request, if it has one.
// A member of a map, or an undefined node (never the invalid one yaml-cpp gives for a missing key).
YAML::Node member(const YAML::Node &map, const std::string &key)
{
    if (!map || !map.IsMap())
        return YAML::Node(YAML::NodeType::Undefined);
    const YAML::Node found = map[key];
    return found ? found : YAML::Node(YAML::NodeType::Undefined);
}

std::optional<YAML::Node> jsonBodySchema(const YAML::Node &operation, const YAML::Node &root)
{
    YAML::Node body = member(operation, "requestBody");
    if (const YAML::Node reference = member(body, "$ref"); reference && reference.IsScalar()) {
        const QStringList parts = qs(reference.Scalar()).mid(2).split(u'/'); // #/components/requestBodies/N
        // reset, not =: assigning to a node of the document would write into it
        body.reset(parts.size() == 3
                       ? member(member(member(root, parts.at(0).toStdString()), parts.at(1).toStdString()),
                                parts.at(2).toStdString())
                       : YAML::Node(YAML::NodeType::Undefined));
    }
    if (!body || !body.IsMap() || !body["content"] || !body["content"].IsMap())
        return std::nullopt;
    for (const auto &content : body["content"]) {
        const std::string type = content.first.Scalar();
        if (type.find("json") != std::string::npos && content.second.IsMap())
            return content.second["schema"] ? content.second["schema"] : YAML::Node(YAML::NodeType::Map);
    }
    return std::nullopt;
}

// A path with its placeholders' names left out: /api/{id} and /api/{order_id} are the same channel.
QString pathKey(QString path)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{[^{}/]*\\}"));
    return path.replace(placeholder, QStringLiteral("{}"));
}

} // namespace

OpenApiRead readOpenApi(const QByteArray &document, const QString &source)
{
    OpenApiRead result;
    try {
        const YAML::Node root = YAML::Load(document.toStdString());
        const YAML::Node version = root.IsMap() ? root["openapi"] : YAML::Node();
        if (!version || !version.IsScalar() || (qs(version.Scalar()).section(u'.', 0, 0) != u"3")) {
            result.error =
                Text::tr("%1: not an OpenAPI 3 document (no \"openapi: 3.x\" at its top).").arg(source);
            return result;
        }
        const YAML::Node paths = root["paths"];
        if (!paths || !paths.IsMap()) {
            result.error = Text::tr("%1: the document has no paths.").arg(source);
            return result;
        }
        Templates templates(root);
        QList<ApiOperation> operations;
        for (const auto &path : paths) {
            if (!path.second.IsMap())
                continue;
            for (const char *method : Methods) {
                const YAML::Node operation = path.second[method];
                if (!operation || !operation.IsMap())
                    continue;
                ApiOperation item;
                item.method = QString::fromLatin1(method).toUpper();
                item.path = qs(path.first.Scalar());
                const YAML::Node id = operation["operationId"];
                item.name = id && id.IsScalar() ? qs(id.Scalar()) : item.method + u' ' + item.path;
                if (const std::optional<YAML::Node> schema = jsonBodySchema(operation, root))
                    item.payload = templates.of(*schema);
                operations << item;
            }
        }
        result.operations = std::move(operations);
    } catch (const YAML::Exception &e) {
        result.error = Text::tr("%1: %2").arg(source, qs(e.what()));
    }
    return result;
}

QStringList applyOperations(AccessTest &test, const QList<ApiOperation> &operations)
{
    QStringList unmatched;
    for (const ApiOperation &operation : operations) {
        bool matched = false;
        for (int i = 0; i < test.channels.size(); ++i) {
            const Channel &channel = test.configuration.channels.at(i);
            const QString method = channel.method.isEmpty() ? QStringLiteral("POST") : channel.method;
            if (method != operation.method || pathKey(channel.path) != pathKey(operation.path))
                continue;
            test.channels[i].payload = operation.payload;
            matched = true;
        }
        if (!matched)
            unmatched << operation.name;
    }
    return unmatched;
}

} // namespace zd::access
