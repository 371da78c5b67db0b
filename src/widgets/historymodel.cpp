#include "historymodel.h"

#include "invoke/callcheck.h"
#include "statuscolors.h"

#include <QBrush>
#include <QGuiApplication>
#include <QLocale>

namespace zd {

namespace {

enum Column { Time, Client, Call, CustomerId, Status, Milliseconds, Columns };

QString callOf(const HistoryEntry &entry)
{
    const QString path = clientPath(entry.form, entry.form.client);
    switch (entry.form.client) {
    case ClientKind::Json:
        return path;
    case ClientKind::Api:
        return path + u'/' + entry.form.service;
    case ClientKind::AnyService:
        break;
    }
    return entry.form.service;
}

} // namespace

void HistoryModel::setEntries(QList<HistoryEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Columns;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const HistoryEntry &entry = m_entries.at(index.row());
    // A failed call's row in red text; the background is given too, so the pair always reads. Both
    // come from the palette in use, so a change of colour scheme recolours the rows.
    if (role == Qt::ForegroundRole && !entry.ok)
        return QBrush(errorTextColor(QGuiApplication::palette()));
    if (role == Qt::BackgroundRole && !entry.ok)
        return QGuiApplication::palette().brush(QPalette::Base);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat);
    case Client:
        return clientKindName(entry.form.client);
    case Call:
        return callOf(entry);
    case CustomerId:
        return entry.form.customerId;
    case Status:
        // "200 allowed", "500", "timeout": the outcome only where it says more than the status.
        if (entry.status <= 0)
            return entry.outcome;
        return entry.outcome == QString::number(entry.status)
                   ? entry.outcome
                   : QString::number(entry.status) + u' ' + entry.outcome;
    case Milliseconds:
        return QString::number(entry.elapsedMs, 'f', 1);
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Client:
        return tr("Client");
    case Call:
        return tr("Call");
    case CustomerId:
        return tr("Customer ID");
    case Status:
        return tr("Status");
    case Milliseconds:
        return tr("ms");
    default:
        return {};
    }
}

} // namespace zd
