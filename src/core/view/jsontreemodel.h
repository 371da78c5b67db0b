#pragma once

#include "json/value.h"
#include <QAbstractItemModel>
#include <memory>
#include <vector>

namespace zd {

// A read-only tree over a parsed JSON document, for QTreeView. Lazy: a node's children are made only
// when the view expands it (fetchMore), and a large container hands them out in batches, so a document
// of millions of values costs only what is on screen. Keys keep the document's order; numbers their
// exact text.
//
// Columns: key (member name or [index]), value (scalars as JSON, containers summarised), type, size
// (members or items; characters of a string).
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, SizeColumn, ColumnCount };
    static constexpr int batchSize = 1000;

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    // Shows document (kept alive by the model); the root's members or items are the top rows, and a
    // document that is a scalar (a string, number, boolean or null) is one row, $.
    void setDocument(json::Value document);
    // Shows nothing.
    void clear();
    [[nodiscard]] const json::Value &document() const { return m_document; }

    // The path of index as a JSONPath (RFC 9535) that selects it from the document: $ for the root,
    // $.data.items[3].name. A key is written .key when it is an ASCII identifier ([A-Za-z_][A-Za-z0-9_]*,
    // the shorthand every JSONPath implementation reads) and ["key"] otherwise, quoted and escaped as a
    // JSON string ($["first name"], $["b.c"], $["say \"hi\""]). JavaScript reads the same text once
    // the leading $ is replaced by the variable that holds the document.
    [[nodiscard]] QString path(const QModelIndex &index) const;
    // The value at index as JSON text (pretty-printed with 4 spaces for containers).
    [[nodiscard]] QByteArray valueText(const QModelIndex &index) const;
    // The next value after from (depth first, document order, wrapping around) whose key or scalar
    // value contains text (case-insensitive); its ancestors are fetched on the way. Invalid if none.
    [[nodiscard]] QModelIndex find(const QString &text, const QModelIndex &from = {});
    // The same in two steps, so the search (searchJson, over a copy of document()) can run on another
    // thread: index as rows from the root, and the index of such rows, made with the nodes on the way
    // down (invalid when they are not rows of this document).
    [[nodiscard]] std::vector<size_t> rowsOf(const QModelIndex &index) const;
    QModelIndex reveal(const std::vector<size_t> &rows);
    // How many nodes have been made so far (the root's children included): for tests and the status.
    [[nodiscard]] qsizetype materialisedNodes() const { return m_materialised; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(Node *node, int column = 0) const;
    void fetchUpTo(Node *node, qsizetype count);

    json::Value m_document;
    std::unique_ptr<Node> m_root;
    qsizetype m_materialised = 0;
};

} // namespace zd
