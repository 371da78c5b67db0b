#pragma once

#include <QWidget>
#include <memory>

class QLabel;
class QLineEdit;
class QTreeView;

namespace zd {

class JsonTreeModel;
class WorkerLink;
namespace json {
class Value;
}

// The data as a tree (JsonTreeModel: lazy, key order and exact numbers as received): find a key or
// value (Enter for the next one), copy the selected value as JSON or its path as a JSONPath
// ($.data.items[3].name, $["first name"]: see JsonTreeModel::path()).
class JsonViewer : public QWidget
{
    Q_OBJECT
public:
    explicit JsonViewer(QWidget *parent = nullptr);
    ~JsonViewer() override;

    void setDocument(const json::Value &document);
    void clear();
    [[nodiscard]] JsonTreeModel *model() const { return m_model; }
    [[nodiscard]] QTreeView *view() const { return m_view; }

    // Looks for the next match of the find field's text after the selected row, on a worker thread
    // (a miss walks every value of the document); selects it, or says it is not found, then emits
    // searched(). A search still running is dropped.
    void findNext();
    void copyValue();
    void copyPath();

Q_SIGNALS:
    void searched(bool found);

private:
    void showPath();
    void stopSearch();

    JsonTreeModel *m_model;
    QTreeView *m_view;
    QLineEdit *m_find;
    QLabel *m_path;
    std::shared_ptr<WorkerLink> m_search;
};

} // namespace zd
