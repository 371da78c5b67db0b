#include "matrixrunner.h"

#include "invoke/networkpool.h"

#include <QNetworkAccessManager>

namespace zd {

MatrixRunner::MatrixRunner(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<zd::MatrixCell>();
}

MatrixRunner::~MatrixRunner()
{
    m_queue.clear();
    for (CallSession *worker : std::as_const(m_workers))
        worker->disconnect(this);
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
    const ResolvedCredential credential = m_credentials.value(row);
    spec.auth = credential.auth;
    if (spec.auth.kind == AuthKind::Basic) {
        spec.user = credential.user;
        spec.password = credential.password;
    }
    spec.service = channel.service;
    spec.payload = Payload::fromJson(channel.payload);
    if (!channel.method.isEmpty())
        spec.method = channel.method.toLatin1();
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
    while (m_workers.size() < concurrency) {
        auto *network = new QNetworkAccessManager(this);
        auto *session =
            new CallSession(new NetworkPool(network, NetworkPool::Mode::PerProxy, network), network);
        const int worker = int(m_workers.size());
        connect(session, &CallSession::finished, this,
                [this, worker](const CallReport &report) { onCellFinished(worker, report); });
        m_workers.append(session);
        m_working.append({-1, -1});
    }
    if (m_queue.isEmpty()) {
        QMetaObject::invokeMethod(this, &MatrixRunner::finished, Qt::QueuedConnection);
        return true;
    }
    for (int i = 0; i < concurrency && !m_queue.isEmpty(); ++i)
        next(i);
    return true;
}

void MatrixRunner::next(int worker)
{
    if (m_queue.isEmpty()) {
        if (m_running == 0)
            Q_EMIT finished();
        return;
    }
    const auto [row, column] = m_queue.dequeue();
    m_working[worker] = {row, column};
    ++m_running;
    // Never an empty password in place of one that could not be had.
    const QString missing =
        row < m_credentials.size() ? m_credentials.at(row).missing : tr("The row has no credential.");
    if (!missing.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, worker, missing] { finishUnsent(worker, missing); }, Qt::QueuedConnection);
        return;
    }
    m_workers.at(worker)->call(m_matrix.channels.at(column).client, specFor(row, column));
}

void MatrixRunner::finishUnsent(int worker, const QString &reason)
{
    const auto [row, column] = m_working.at(worker);
    MatrixCell cell;
    cell.row = row;
    cell.column = column;
    cell.expected = m_matrix.expected(row, column);
    cell.actual = outcomeKey(OutcomeClass::InvalidInput);
    cell.explanation = reason;
    cell.done = true;
    --m_running;
    Q_EMIT cellFinished(cell);
    next(worker);
}

void MatrixRunner::onCellFinished(int worker, const CallReport &report)
{
    const auto [row, column] = m_working.at(worker);
    MatrixCell cell;
    cell.row = row;
    cell.column = column;
    cell.expected = m_matrix.expected(row, column);
    cell.actual = outcomeKey(report.outcome.kind);
    cell.status = report.result.response.status;
    cell.elapsedMs = report.result.elapsedMs;
    cell.explanation = report.outcome.explanation;
    cell.done = true;
    --m_running;
    Q_EMIT cellFinished(cell);
    next(worker);
}

void MatrixRunner::cancel()
{
    m_queue.clear();
    for (CallSession *worker : std::as_const(m_workers))
        worker->cancel();
}

} // namespace zd
