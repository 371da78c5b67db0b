#include "historyservice.h"

#include <QThread>

namespace zd {

HistoryService::HistoryService(QString path, QObject *parent)
    : QObject(parent), m_path(std::move(path)), m_thread(new QThread), m_worker(new QObject),
      m_store(std::make_unique<HistoryStore>(m_path))
{
    m_thread->setObjectName(QStringLiteral("zd-history"));
    m_worker->moveToThread(m_thread);
    m_thread->start(QThread::LowPriority);
}

HistoryService::~HistoryService()
{
    // Every request made so far runs first (the queue keeps its order); then the store closes its
    // connection on the thread that opened it.
    QMetaObject::invokeMethod(
        m_worker, [this] { m_store.reset(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

template <typename Result>
void HistoryService::run(std::function<Result(HistoryStore &)> job, QObject *context,
                         std::function<void(Result)> answer)
{
    QMetaObject::invokeMethod(m_worker, [this, job = std::move(job), context = QPointer<QObject>(context),
                                         answer = std::move(answer)]() mutable {
        Result result = job(*m_store);
        QMetaObject::invokeMethod(
            this,
            [context = std::move(context), answer = std::move(answer), result = std::move(result)]() mutable {
                if (context && answer)
                    answer(std::move(result));
            },
            Qt::QueuedConnection);
    });
}

void HistoryService::open(qint64 maxEntries, qint64 maxBytes, QObject *context,
                          std::function<void(QString message)> done)
{
    using Answer = std::pair<QString, bool>; // the message, and whether the store can be used
    run<Answer>(
        [maxEntries, maxBytes](HistoryStore &store) {
            const QString message = store.isAvailable() ? QString() : store.open();
            store.setLimits(maxEntries, maxBytes);
            return Answer{message, store.isAvailable()};
        },
        this,
        [this, context = QPointer<QObject>(context), done = std::move(done)](Answer answer) {
            m_available = answer.second; // known here together with the message, never before it
            if (context && done)
                done(answer.first);
        });
}

void HistoryService::add(HistoryEntry entry, QObject *context,
                         std::function<void(bool ok, QString error)> done)
{
    using Answer = std::pair<bool, QString>;
    run<Answer>(
        [entry = std::move(entry)](HistoryStore &store) mutable {
            if (!store.isAvailable())
                return Answer{false, QString()};
            QString error;
            const bool added = store.add(entry, &error);
            return Answer{added, error};
        },
        this,
        [this, context = QPointer<QObject>(context), done = std::move(done)](Answer answer) {
            if (answer.first)
                Q_EMIT changed();
            if (context && done)
                done(answer.first, answer.second);
        });
}

void HistoryService::list(HistoryFilter filter, int limit, QObject *context,
                          std::function<void(QList<HistoryEntry> entries)> done)
{
    run<QList<HistoryEntry>>(
        [filter = std::move(filter), limit](HistoryStore &store) {
            return store.isAvailable() ? store.list(filter, limit) : QList<HistoryEntry>();
        },
        context, std::move(done));
}

void HistoryService::get(qint64 id, QObject *context,
                         std::function<void(std::optional<HistoryEntry> entry)> done)
{
    run<std::optional<HistoryEntry>>(
        [id](HistoryStore &store) {
            return store.isAvailable() ? store.get(id) : std::optional<HistoryEntry>();
        },
        context, std::move(done));
}

void HistoryService::clear(QObject *context, std::function<void(bool ok, QString error)> done)
{
    using Answer = std::pair<bool, QString>;
    run<Answer>(
        [](HistoryStore &store) {
            QString error;
            const bool cleared = store.clear(&error);
            return Answer{cleared, error};
        },
        this,
        [this, context = QPointer<QObject>(context), done = std::move(done)](Answer answer) {
            Q_EMIT changed();
            if (context && done)
                done(answer.first, answer.second);
        });
}

} // namespace zd
