#include "jsontreemodel.h"

#include "json/writer.h"
#include <QCoreApplication>
#include <algorithm>

namespace zd {

using json::Value;

struct JsonTreeModel::Node
{
    const Value *value = nullptr;
    Node *parent = nullptr;
    int row = 0;
    QString key; // member name; empty for array items and the root
    bool isItem = false;
    std::vector<std::unique_ptr<Node>> children; // made so far: the first children.size() of them

    [[nodiscard]] qsizetype childCount() const
    {
        if (value->isArray())
            return qsizetype(value->toArray().size());
        if (value->isObject())
            return qsizetype(value->toObject().size());
        return 0;
    }
};

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(zd::JsonTreeModel)
};

QString typeName(const Value &value)
{
    switch (value.type()) {
    case Value::Type::Null:
        return QStringLiteral("null");
    case Value::Type::Bool:
        return QStringLiteral("boolean");
    case Value::Type::Number:
        return value.toNumber().integer ? QStringLiteral("integer") : QStringLiteral("float");
    case Value::Type::String:
        return QStringLiteral("string");
    case Value::Type::Array:
        return QStringLiteral("array");
    case Value::Type::Object:
        return QStringLiteral("object");
    }
    return QString();
}

QString preview(const Value &value)
{
    constexpr qsizetype longest = 200;
    switch (value.type()) {
    case Value::Type::Array:
        return Text::tr("[%n item(s)]", nullptr, int(qMin<size_t>(value.toArray().size(), INT_MAX)));
    case Value::Type::Object:
        return Text::tr("{%n member(s)}", nullptr, int(qMin<size_t>(value.toObject().size(), INT_MAX)));
    case Value::Type::String: {
        const QString &text = value.toString();
        if (text.size() <= longest)
            return QString::fromUtf8(json::quote(text, false));
        return QString::fromUtf8(json::quote(text.left(longest), false)).chopped(1) + u"…\"";
    }
    default:
        return QString::fromUtf8(json::dumps(value));
    }
}

// One member of a JSONPath: .key for an ASCII identifier, ["key"] (a JSON string) for any other key.
QString jsonPathMember(const QString &key)
{
    const auto identifierStart = [](QChar c) { return c == u'_' || (c.isLetter() && c.unicode() < 128); };
    const auto identifierChar = [&](QChar c) {
        return identifierStart(c) || (c.isDigit() && c.unicode() < 128);
    };
    const bool identifier = !key.isEmpty() && identifierStart(key.front()) &&
                            std::all_of(key.cbegin(), key.cend(), identifierChar);
    if (identifier)
        return u'.' + key;
    return u'[' + QString::fromUtf8(json::quote(key, false)) + u']';
}

bool contains(const Value &value, const QString &text)
{
    switch (value.type()) {
    case Value::Type::String:
        return value.toString().contains(text, Qt::CaseInsensitive);
    case Value::Type::Number:
        return QString::fromLatin1(value.toNumber().text).contains(text, Qt::CaseInsensitive);
    case Value::Type::Bool:
    case Value::Type::Null:
        return QString::fromUtf8(json::dumps(value)).contains(text, Qt::CaseInsensitive);
    default:
        return false;
    }
}

} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent) : QAbstractItemModel(parent)
{
    setDocument(Value());
}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setDocument(Value document)
{
    beginResetModel();
    m_document = std::move(document);
    m_root = std::make_unique<Node>();
    m_root->value = &m_document;
    m_materialised = 0;
    fetchUpTo(m_root.get(), qMin<qsizetype>(batchSize, m_root->childCount()));
    endResetModel();
}

void JsonTreeModel::fetchUpTo(Node *node, qsizetype count)
{
    const Value &value = *node->value;
    count = qMin(count, node->childCount());
    node->children.reserve(size_t(count));
    for (qsizetype i = qsizetype(node->children.size()); i < count; ++i) {
        auto child = std::make_unique<Node>();
        child->parent = node;
        child->row = int(i);
        if (value.isArray()) {
            child->value = &value.toArray()[size_t(i)];
            child->isItem = true;
        } else {
            const json::Member &member = value.toObject()[size_t(i)];
            child->value = &member.value;
            child->key = member.key;
        }
        node->children.push_back(std::move(child));
        ++m_materialised;
    }
}

JsonTreeModel::Node *JsonTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::indexOf(Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, node);
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || size_t(row) >= node->children.size())
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    return nodeOf(parent)->childCount() > 0;
}

bool JsonTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    return qsizetype(node->children.size()) < node->childCount();
}

void JsonTreeModel::fetchMore(const QModelIndex &parent)
{
    Node *node = nodeOf(parent);
    const qsizetype have = qsizetype(node->children.size());
    const qsizetype want = qMin(node->childCount(), have + batchSize);
    if (want <= have)
        return;
    beginInsertRows(parent, int(have), int(want - 1));
    fetchUpTo(node, want);
    endInsertRows();
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case KeyColumn:
            return node->isItem ? u'[' + QString::number(node->row) + u']' : node->key;
        case ValueColumn:
            return preview(*node->value);
        case TypeColumn:
            return typeName(*node->value);
        case SizeColumn:
            if (node->value->isString())
                return QVariant::fromValue(qsizetype(node->value->toString().size()));
            if (node->value->isArray() || node->value->isObject())
                return QVariant::fromValue(node->childCount());
            return {};
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == SizeColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    case SizeColumn:
        return tr("Size");
    default:
        return {};
    }
}

QString JsonTreeModel::path(const QModelIndex &index) const
{
    std::vector<const Node *> chain;
    for (const Node *node = nodeOf(index); node && node != m_root.get(); node = node->parent)
        chain.push_back(node);
    QString path = QStringLiteral("$");
    for (auto it = chain.crbegin(); it != chain.crend(); ++it)
        path += (*it)->isItem ? u'[' + QString::number((*it)->row) + u']' : jsonPathMember((*it)->key);
    return path;
}

QByteArray JsonTreeModel::valueText(const QModelIndex &index) const
{
    const Value &value = *nodeOf(index)->value;
    if (value.isArray() || value.isObject())
        return json::dumps(value, json::WriteOptions{false, 4});
    return json::dumps(value, json::WriteOptions{false});
}

QModelIndex JsonTreeModel::find(const QString &text, const QModelIndex &from)
{
    if (text.isEmpty())
        return {};
    // The position of from as a list of rows, then a depth-first walk over the values themselves
    // (not the nodes made so far), so a match deep in an unexpanded branch is found too.
    std::vector<size_t> start;
    for (const Node *node = nodeOf(from); node && node != m_root.get(); node = node->parent)
        start.insert(start.begin(), size_t(node->row));

    const auto childOf = [](const Value &value, size_t row) -> std::pair<const Value *, const QString *> {
        if (value.isArray())
            return {&value.toArray()[row], nullptr};
        const json::Member &member = value.toObject()[row];
        return {&member.value, &member.key};
    };
    const auto childCount = [](const Value &value) -> size_t {
        return value.isArray() ? value.toArray().size() : value.isObject() ? value.toObject().size() : 0;
    };
    // Advance a path to the next position in depth-first order; false at the end of the document.
    const auto next = [&](std::vector<size_t> &path) {
        // Descend into the current value if it has children.
        const Value *current = &m_document;
        for (size_t row : path)
            current = childOf(*current, row).first;
        if (childCount(*current) > 0) {
            path.push_back(0);
            return true;
        }
        while (!path.empty()) {
            const Value *parent = &m_document;
            for (size_t i = 0; i + 1 < path.size(); ++i)
                parent = childOf(*parent, path[i]).first;
            if (path.back() + 1 < childCount(*parent)) {
                ++path.back();
                return true;
            }
            path.pop_back();
        }
        return false;
    };

    std::vector<size_t> path = start;
    bool wrapped = false;
    for (;;) {
        if (!next(path)) {
            if (wrapped || start.empty())
                return {};
            wrapped = true; // go on from the top, up to from itself
            path.clear();
            continue;
        }
        if (wrapped && path > start)
            return {};
        const Value *parent = &m_document;
        for (size_t i = 0; i + 1 < path.size(); ++i)
            parent = childOf(*parent, path[i]).first;
        const auto [value, key] = childOf(*parent, path.back());
        if ((key && key->contains(text, Qt::CaseInsensitive)) || contains(*value, text)) {
            // Make the nodes down to it, telling views about each batch.
            Node *node = m_root.get();
            for (size_t row : path) {
                while (node->children.size() <= row) {
                    const QModelIndex parentIndex = indexOf(node);
                    const qsizetype have = qsizetype(node->children.size());
                    const qsizetype want =
                        qMin(node->childCount(), qMax(have + batchSize, qsizetype(row) + 1));
                    beginInsertRows(parentIndex, int(have), int(want - 1));
                    fetchUpTo(node, want);
                    endInsertRows();
                }
                node = node->children[row].get();
            }
            return indexOf(node);
        }
    }
}

} // namespace zd
