#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeView;

namespace zd {

class JsonTreeModel;
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

    void setDocument(const json::Value &document);
    void clear();
    [[nodiscard]] JsonTreeModel *model() const { return m_model; }
    [[nodiscard]] QTreeView *view() const { return m_view; }

    // Selects the next match of the find field's text; false when there is none.
    bool findNext();
    void copyValue();
    void copyPath();

private:
    void showPath();

    JsonTreeModel *m_model;
    QTreeView *m_view;
    QLineEdit *m_find;
    QLabel *m_path;
};

} // namespace zd
