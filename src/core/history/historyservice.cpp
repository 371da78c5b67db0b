#include "historyservice.h"

#include <QFileInfo>
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

QString HistoryService::openPending(HistoryStore &store, bool toWrite)
{
    if (!m_pending || (!toWrite && !QFileInfo::exists(m_path)))
        return QString();
    const Limits limits = *std::exchange(m_pending, std::nullopt);
    const QString message = store.open();
    store.setLimits(limits.maxEntries, limits.maxBytes);
    return message;
}

void HistoryService::open(qint64 maxEntries, qint64 maxBytes, QObject *context,
                          std::function<void(QString message)> done)
{
    using Answer = std::pair<QString, bool>; // the message, and whether the store can be used
    run<Answer>(
        [this, maxEntries, maxBytes](HistoryStore &store) {
            if (!store.isAvailable() && !QFileInfo::exists(m_path)) {
                m_pending = Limits{maxEntries, maxBytes};
                return Answer{QString(), true};
            }
            m_pending.reset();
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
        [this, entry = std::move(entry)](HistoryStore &store) mutable {
            const QString message = openPending(store, true);
            if (!store.isAvailable())
                return Answer{false, message};
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
        [this, filter = std::move(filter), limit](HistoryStore &store) {
            openPending(store, false);
            return store.isAvailable() ? store.list(filter, limit) : QList<HistoryEntry>();
        },
        context, std::move(done));
}

void HistoryService::get(qint64 id, QObject *context,
                         std::function<void(std::optional<HistoryEntry> entry)> done)
{
    run<std::optional<HistoryEntry>>(
        [this, id](HistoryStore &store) {
            openPending(store, false);
            return store.isAvailable() ? store.get(id) : std::optional<HistoryEntry>();
        },
        context, std::move(done));
}

void HistoryService::clear(QObject *context, std::function<void(bool ok, QString error)> done)
{
    using Answer = std::pair<bool, QString>;
    run<Answer>(
        [this](HistoryStore &store) {
            openPending(store, false);
            if (m_pending) // nothing recorded yet: nothing to clear
                return Answer{true, QString()};
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
