#pragma once

#include "call/callsession.h"
#include "matrix.h"

#include <QObject>
#include <QQueue>

namespace zd {

class CallSession;

// The credential a row calls with, resolved by the caller (profile, environment or keychain): the
// user name and password for HTTP Basic, or the kind with its header and key or token in auth.
struct ResolvedCredential
{
    QString user;
    QString password;
    // Non-empty: why the row has no credential (say, the keychain could not be read). Its cells are
    // never sent: each finishes at once as "invalid" with this as its explanation.
    QString missing = QString();
    AuthSettings auth = AuthSettings(); // HTTP Basic unless the row says otherwise
};

// Runs matrix cells with at most `concurrency` calls at once, each worker a call session with its
// own connection pool. Cells can be run all, by row, by column or one by one; a run can be cancelled.
// A cell whose row has no credential (missing, or none given for it) is not sent.
class MatrixRunner : public QObject
{
    Q_OBJECT
public:
    explicit MatrixRunner(QObject *parent = nullptr);
    ~MatrixRunner() override;

    // Returns false (and does nothing) while a run is going on.
    bool start(const MatrixDefinition &matrix, const QList<ResolvedCredential> &credentials,
               const QList<std::pair<int, int>> &cells, int concurrency);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running > 0 || !m_queue.isEmpty(); }

    [[nodiscard]] static QList<std::pair<int, int>> allCells(const MatrixDefinition &matrix);
    [[nodiscard]] static QList<std::pair<int, int>> rowCells(const MatrixDefinition &matrix, int row);
    [[nodiscard]] static QList<std::pair<int, int>> columnCells(const MatrixDefinition &matrix, int column);

Q_SIGNALS:
    void cellFinished(const zd::MatrixCell &cell);
    void finished();

private:
    void next(int worker);
    void onCellFinished(int worker, const CallReport &report);
    void finishUnsent(int worker, const QString &reason);
    CallSpec specFor(int row, int column) const;

    MatrixDefinition m_matrix;
    QList<ResolvedCredential> m_credentials;
    QQueue<std::pair<int, int>> m_queue;
    QList<CallSession *> m_workers;
    QList<std::pair<int, int>> m_working; // the cell each worker runs
    int m_running = 0;
};

} // namespace zd

Q_DECLARE_METATYPE(zd::MatrixCell)
