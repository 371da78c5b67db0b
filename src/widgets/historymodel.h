#pragma once

#include "history/historystore.h"

#include <QAbstractTableModel>

namespace zd {

// The calls the History dock lists, a row each (time, client, call, customer ID, status, ms). Rows are
// made only when the view asks for them, so a list of a thousand calls costs next to nothing.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(QList<HistoryEntry> entries);
    [[nodiscard]] const QList<HistoryEntry> &entries() const { return m_entries; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<HistoryEntry> m_entries;
};

} // namespace zd
