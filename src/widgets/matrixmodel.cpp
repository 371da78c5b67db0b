#include "matrixmodel.h"

#include "statuscolors.h"

#include <QBrush>
#include <QGuiApplication>

namespace zd {

namespace {

json::Value customer123()
{
    return json::Value::fromObject(
        {{QStringLiteral("cust_id"), json::Value::fromString(QStringLiteral("123"))}});
}

} // namespace

MatrixDefinition sampleMatrix(const QString &address)
{
    MatrixDefinition m;
    m.address = address;
    m.credentials = {{QStringLiteral("django"), QString(), QStringLiteral("Django sample"), QString()},
                     {QStringLiteral("flask"), QString(), QStringLiteral("Flask sample"), QString()}};
    m.channels = {{QStringLiteral("django any"), QStringLiteral("/clients/django/any-service-invoker"),
                   ClientKind::AnyService, QStringLiteral("customer.get1"), customer123()},
                  {QStringLiteral("django json"), QStringLiteral("/clients/django/json-client"),
                   ClientKind::Json, QString(), customer123()},
                  {QStringLiteral("flask json"), QStringLiteral("/clients/flask/json-client"),
                   ClientKind::Json, QString(), customer123()},
                  {QStringLiteral("rbac json"), QStringLiteral("/clients/rbac/json-client"), ClientKind::Json,
                   QString(), customer123()}};
    const QStringList django = {QStringLiteral("allowed"), QStringLiteral("allowed"), QStringLiteral("401"),
                                QStringLiteral("allowed")};
    const QStringList flask = {QStringLiteral("401"), QStringLiteral("401"), QStringLiteral("allowed"),
                               QStringLiteral("403")};
    for (int column = 0; column < 4; ++column) {
        m.setExpected(0, column, django.at(column));
        m.setExpected(1, column, flask.at(column));
    }
    return m;
}

void MatrixModel::setDefinition(const MatrixDefinition &matrix)
{
    beginResetModel();
    m_matrix = matrix;
    m_cells.clear();
    endResetModel();
}

void MatrixModel::setCell(const MatrixCell &cell)
{
    m_cells.insert({cell.row, cell.column}, cell);
    const QModelIndex at = index(cell.row, cell.column);
    Q_EMIT dataChanged(at, at);
}

void MatrixModel::clearResults(const QList<std::pair<int, int>> &cells)
{
    for (const auto &cell : cells) {
        m_cells.remove(cell);
        const QModelIndex at = index(cell.first, cell.second);
        Q_EMIT dataChanged(at, at);
    }
}

QList<MatrixCell> MatrixModel::results() const
{
    QList<MatrixCell> cells;
    for (int row = 0; row < rowCount(); ++row) {
        for (int column = 0; column < columnCount(); ++column) {
            const auto it = m_cells.constFind({row, column});
            if (it != m_cells.constEnd())
                cells << *it;
        }
    }
    return cells;
}

int MatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.credentials.size());
}

int MatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.channels.size());
}

QVariant MatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return QVariant();
    const QString expected = m_matrix.expected(index.row(), index.column());
    const auto it = m_cells.constFind({index.row(), index.column()});
    const MatrixCell *cell = it != m_cells.constEnd() ? &*it : nullptr;
    switch (role) {
    case Qt::DisplayRole: {
        const QString expectation =
            expected.isEmpty() ? tr("no expectation") : tr("expect %1").arg(outcomeLabel(expected));
        if (!cell)
            return expectation;
        return tr("%1\ngot %2 (HTTP %3, %4 ms)")
            .arg(expectation, outcomeLabel(cell->actual),
                 cell->status > 0 ? QString::number(cell->status) : QStringLiteral("—"))
            .arg(cell->elapsedMs, 0, 'f', 1);
    }
    case Qt::EditRole:
        return expected;
    case Qt::ToolTipRole: {
        const QString reason = m_matrix.reason(index.row(), index.column());
        QStringList lines;
        if (!reason.isEmpty())
            lines << tr("Expected because: %1").arg(reason);
        if (cell && !cell->explanation.isEmpty())
            lines << cell->explanation;
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    case ReasonRole:
        return m_matrix.reason(index.row(), index.column());
    case Qt::BackgroundRole:
    case Qt::ForegroundRole: {
        // Pass and fail tints of the current palette, always with the text colour that reads on them.
        if (!cell || (cell->matches() && expected.isEmpty()))
            return QVariant();
        const QPalette palette = QGuiApplication::palette();
        const StatusColors colours = cell->matches() ? successColors(palette) : failureColors(palette);
        return QBrush(role == Qt::BackgroundRole ? colours.background : colours.foreground);
    }
    case ActualRole:
        return cell ? cell->actual : QVariant();
    case MatchesRole:
        return cell ? QVariant(cell->matches()) : QVariant();
    default:
        return QVariant();
    }
}

QString MatrixModel::details(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return QString();
    const MatrixChannel &channel = m_matrix.channels.at(index.column());
    QString text = tr("%1 calling %2 (%3 %4).")
                       .arg(m_matrix.credentials.at(index.row()).name, channel.name,
                            channel.method.isEmpty() ? QStringLiteral("POST") : channel.method, channel.path);
    const QString expected = m_matrix.expected(index.row(), index.column());
    const QString reason = m_matrix.reason(index.row(), index.column());
    text +=
        u' ' + (expected.isEmpty() ? tr("No expectation.") : tr("Expected: %1.").arg(outcomeLabel(expected)));
    if (!reason.isEmpty())
        text += u' ' + tr("Why: %1").arg(reason);
    if (const auto it = m_cells.constFind({index.row(), index.column()}); it != m_cells.constEnd())
        text += u' ' + tr("Got: %1. %2").arg(outcomeLabel(it->actual), it->explanation);
    else
        text += u' ' + tr("Not run yet.");
    return text;
}

bool MatrixModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const QString key = value.toString().trimmed();
    if (!index.isValid() || role != Qt::EditRole || (!key.isEmpty() && !outcomeKeys().contains(key)))
        return false;
    m_matrix.setExpected(index.row(), index.column(), key);
    auto it = m_cells.find({index.row(), index.column()});
    if (it != m_cells.end())
        it->expected = key;
    Q_EMIT dataChanged(index, index);
    return true;
}

QVariant MatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QVariant();
    if (orientation == Qt::Horizontal)
        return section < m_matrix.channels.size() ? m_matrix.channels.at(section).name : QVariant();
    return section < m_matrix.credentials.size() ? m_matrix.credentials.at(section).name : QVariant();
}

QString MatrixModel::outcomeLabel(const QString &key)
{
    // Status codes read the same in every language.
    struct Text
    {
        const char *source;
        const char *comment;
    };
    static const std::pair<QLatin1StringView, Text> words[] = {
        {QLatin1StringView("allowed"), QT_TRANSLATE_NOOP3("zd::MatrixModel", "allowed", "outcome of a call")},
        {QLatin1StringView("not-ok"), QT_TRANSLATE_NOOP3("zd::MatrixModel", "not-ok", "outcome of a call")},
        {QLatin1StringView("not-zato"),
         QT_TRANSLATE_NOOP3("zd::MatrixModel", "not-zato", "outcome of a call")},
        {QLatin1StringView("timeout"), QT_TRANSLATE_NOOP3("zd::MatrixModel", "timeout", "outcome of a call")},
        {QLatin1StringView("refused"), QT_TRANSLATE_NOOP3("zd::MatrixModel", "refused", "outcome of a call")},
        {QLatin1StringView("dns"), QT_TRANSLATE_NOOP3("zd::MatrixModel", "dns", "outcome of a call")},
        {QLatin1StringView("tls"), QT_TRANSLATE_NOOP3("zd::MatrixModel", "tls", "outcome of a call")},
        {QLatin1StringView("closed"), QT_TRANSLATE_NOOP3("zd::MatrixModel", "closed", "outcome of a call")},
        {QLatin1StringView("transport"),
         QT_TRANSLATE_NOOP3("zd::MatrixModel", "transport", "outcome of a call")},
        {QLatin1StringView("cancelled"),
         QT_TRANSLATE_NOOP3("zd::MatrixModel", "cancelled", "outcome of a call")},
        {QLatin1StringView("invalid"), QT_TRANSLATE_NOOP3("zd::MatrixModel", "invalid", "outcome of a call")},
    };
    for (const auto &[word, text] : words) {
        if (key == word)
            return tr(text.source, text.comment);
    }
    return key;
}

Qt::ItemFlags MatrixModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

} // namespace zd
