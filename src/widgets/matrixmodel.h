#pragma once

#include "rbac/matrix.h"

#include <QAbstractTableModel>

namespace zd {

// The matrix as a table: a row per credential, a column per channel. A cell shows what is expected
// and what happened; its edit role is the expectation.
class MatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { ActualRole = Qt::UserRole + 1, MatchesRole, ReasonRole };

    using QAbstractTableModel::QAbstractTableModel;
    void setDefinition(const MatrixDefinition &matrix);
    [[nodiscard]] const MatrixDefinition &definition() const { return m_matrix; }
    void setAddress(const QString &address) { m_matrix.address = address; }
    void setCell(const MatrixCell &cell);
    void clearResults(const QList<std::pair<int, int>> &cells);
    [[nodiscard]] QList<MatrixCell> results() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // An outcome key ("allowed", "401", "timeout", ...) in the user's language, as cells and the
    // list of expectations show it; the matrix file and the reports keep the key.
    [[nodiscard]] static QString outcomeLabel(const QString &key);
    // A cell in words, for the details pane: who called what, what was expected and why, what happened.
    [[nodiscard]] QString details(const QModelIndex &index) const;

private:
    MatrixDefinition m_matrix;
    QHash<std::pair<int, int>, MatrixCell> m_cells;
};

// A starting matrix for the samples' layout: the built-in Django and Flask profiles by the
// AnyServiceInvoker, JSONClient and RBAC channels of the demo server.
[[nodiscard]] MatrixDefinition sampleMatrix(const QString &address);

} // namespace zd
