#include "jsontreemodel.h"

#include "jsonref.h"
#include "jsonsearch.h"

#include "json/writer.h"
#include <QCoreApplication>
#include <algorithm>
#include <optional>

namespace zd {

using json::Value;

struct JsonTreeModel::Node
{
    JsonRef ref;
    Node *parent = nullptr;
    int row = 0;
    QString key; // member name; empty for array items and the root
    bool isItem = false;
    bool whole = false;                          // the document itself, a scalar, as the one row
    std::vector<std::unique_ptr<Node>> children; // made so far: the first children.size() of them
    std::unique_ptr<JsonChildren> rest;          // from the next child to make, once one is made
    mutable qsizetype count = -1;
    mutable std::optional<QString> preview;

    [[nodiscard]] qsizetype childCount() const
    {
        if (count < 0)
            count = ref.childCount();
        return count;
    }
};

namespace {

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
    m_root->ref = JsonRef::of(m_document);
    m_materialised = 0;
    const Value::Type type = m_root->ref.type();
    if (type == Value::Type::Array || type == Value::Type::Object) {
        fetchUpTo(m_root.get(), qMin<qsizetype>(batchSize, m_root->childCount()));
    } else {
        auto whole = std::make_unique<Node>();
        whole->parent = m_root.get();
        whole->ref = m_root->ref;
        whole->whole = true;
        m_root->children.push_back(std::move(whole));
        m_root->count = 1;
        m_materialised = 1;
    }
    endResetModel();
}

void JsonTreeModel::clear()
{
    beginResetModel();
    m_document = Value();
    m_root = std::make_unique<Node>();
    m_root->count = 0;
    m_materialised = 0;
    endResetModel();
}

void JsonTreeModel::fetchUpTo(Node *node, qsizetype count)
{
    if (!node->rest)
        node->rest = std::make_unique<JsonChildren>(node->ref);
    JsonChildren &rest = *node->rest;
    count = qMin(count, node->childCount());
    node->children.reserve(size_t(count));
    for (; qsizetype(node->children.size()) < count && !rest.atEnd(); rest.advance()) {
        auto child = std::make_unique<Node>();
        child->parent = node;
        child->row = int(rest.row());
        child->ref = rest.current();
        child->isItem = rest.isItem();
        child->key = rest.key();
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
            if (node->whole)
                return QStringLiteral("$");
            return node->isItem ? u'[' + QString::number(node->row) + u']' : node->key;
        case ValueColumn:
            if (!node->preview)
                node->preview = node->ref.preview();
            return *node->preview;
        case TypeColumn:
            return node->ref.typeName();
        case SizeColumn:
            switch (node->ref.type()) {
            case Value::Type::String:
                return QVariant::fromValue(node->ref.stringSize());
            case Value::Type::Array:
            case Value::Type::Object:
                return QVariant::fromValue(node->childCount());
            default:
                return {};
            }
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
    for (const Node *node = nodeOf(index); node && node != m_root.get() && !node->whole; node = node->parent)
        chain.push_back(node);
    QString path = QStringLiteral("$");
    for (auto it = chain.crbegin(); it != chain.crend(); ++it)
        path += (*it)->isItem ? u'[' + QString::number((*it)->row) + u']' : jsonPathMember((*it)->key);
    return path;
}

QByteArray JsonTreeModel::valueText(const QModelIndex &index) const
{
    const Value value = nodeOf(index)->ref.toValue();
    if (value.isArray() || value.isObject())
        return json::dumps(value, json::WriteOptions{false, 4});
    return json::dumps(value, json::WriteOptions{false});
}

std::vector<size_t> JsonTreeModel::rowsOf(const QModelIndex &index) const
{
    std::vector<size_t> rows;
    for (const Node *node = nodeOf(index); node && node != m_root.get(); node = node->parent)
        rows.insert(rows.begin(), size_t(node->row));
    return rows;
}

QModelIndex JsonTreeModel::reveal(const std::vector<size_t> &rows)
{
    // Make the nodes down to it, telling views about each batch.
    Node *node = m_root.get();
    for (size_t row : rows) {
        if (qsizetype(row) >= node->childCount())
            return {}; // rows of another document
        while (node->children.size() <= row) {
            const QModelIndex parentIndex = indexOf(node);
            const qsizetype have = qsizetype(node->children.size());
            const qsizetype want = qMin(node->childCount(), qMax(have + batchSize, qsizetype(row) + 1));
            beginInsertRows(parentIndex, int(have), int(want - 1));
            fetchUpTo(node, want);
            endInsertRows();
        }
        node = node->children[row].get();
    }
    return node == m_root.get() ? QModelIndex() : indexOf(node);
}

QModelIndex JsonTreeModel::find(const QString &text, const QModelIndex &from)
{
    // A walk over the values themselves (not the nodes made so far), so a match deep in an unexpanded
    // branch is found too.
    const std::optional<std::vector<size_t>> rows = searchJson(m_document, rowsOf(from), text);
    return rows ? reveal(*rows) : QModelIndex();
}

} // namespace zd
