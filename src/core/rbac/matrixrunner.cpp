#include "matrixrunner.h"

#include "invoke/invoker.h"

#include <QNetworkAccessManager>

namespace zd {

MatrixRunner::MatrixRunner(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<zd::MatrixCell>();
}

MatrixRunner::~MatrixRunner()
{
    m_queue.clear();
    qDeleteAll(m_invokers);
}

QList<std::pair<int, int>> MatrixRunner::allCells(const MatrixDefinition &matrix)
{
    QList<std::pair<int, int>> cells;
    for (int row = 0; row < matrix.credentials.size(); ++row)
        for (int column = 0; column < matrix.channels.size(); ++column)
            cells.append({row, column});
    return cells;
}

QList<std::pair<int, int>> MatrixRunner::rowCells(const MatrixDefinition &matrix, int row)
{
    QList<std::pair<int, int>> cells;
    for (int column = 0; column < matrix.channels.size(); ++column)
        cells.append({row, column});
    return cells;
}

QList<std::pair<int, int>> MatrixRunner::columnCells(const MatrixDefinition &matrix, int column)
{
    QList<std::pair<int, int>> cells;
    for (int row = 0; row < matrix.credentials.size(); ++row)
        cells.append({row, column});
    return cells;
}

CallSpec MatrixRunner::specFor(int row, int column) const
{
    const MatrixChannel &channel = m_matrix.channels.at(column);
    CallSpec spec;
    spec.address = m_matrix.address;
    spec.path = channel.path;
    spec.user = m_credentials.value(row).user;
    spec.password = m_credentials.value(row).password;
    spec.service = channel.service;
    spec.payload = Payload::fromJson(channel.payload);
    spec.timeout = std::chrono::seconds(m_matrix.timeoutSeconds);
    return spec;
}

bool MatrixRunner::start(const MatrixDefinition &matrix, const QList<ResolvedCredential> &credentials,
                         const QList<std::pair<int, int>> &cells, int concurrency)
{
    if (isRunning())
        return false;
    m_matrix = matrix;
    m_credentials = credentials;
    m_queue.clear();
    for (const auto &cell : cells)
        m_queue.enqueue(cell);
    concurrency = std::clamp(concurrency, 1, 64);
    while (m_networks.size() < concurrency)
        m_networks.append(new QNetworkAccessManager(this));
    if (m_queue.isEmpty()) {
        QMetaObject::invokeMethod(this, &MatrixRunner::finished, Qt::QueuedConnection);
        return true;
    }
    for (int i = 0; i < concurrency && !m_queue.isEmpty(); ++i)
        next(m_networks.at(i));
    return true;
}

void MatrixRunner::next(QNetworkAccessManager *network)
{
    if (m_queue.isEmpty()) {
        if (m_running == 0)
            Q_EMIT finished();
        return;
    }
    const auto [row, column] = m_queue.dequeue();
    Invoker *invoker = createInvoker(m_matrix.channels.at(column).client, network, nullptr);
    m_invokers.append(invoker);
    ++m_running;
    connect(invoker, &Invoker::finished, this,
            [this, invoker, network, row = row, column = column](const InvokeResult &result) {
                const Outcome outcome = explainOutcome(result);
                MatrixCell cell;
                cell.row = row;
                cell.column = column;
                cell.expected = m_matrix.expected(row, column);
                cell.actual = outcomeKey(outcome.kind);
                cell.status = result.response.status;
                cell.elapsedMs = result.elapsedMs;
                cell.explanation = outcome.explanation;
                cell.done = true;
                m_invokers.removeOne(invoker);
                invoker->deleteLater();
                --m_running;
                Q_EMIT cellFinished(cell);
                next(network);
            });
    invoker->start(specFor(row, column));
}

void MatrixRunner::cancel()
{
    m_queue.clear();
    const QList<Invoker *> running = m_invokers;
    for (Invoker *invoker : running)
        invoker->cancel();
}

} // namespace zd
