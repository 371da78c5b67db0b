#pragma once

#include "historystore.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace zd {

// The call history on a thread of its own: the SQLite work of HistoryStore (its integrity check,
// inserts, limits, queries) never runs on the caller's thread. Every request is answered through
// the caller's event loop, to a context object: an answer whose context is gone is dropped. Requests
// run in the order they are made; the destructor finishes them all before it returns.
class HistoryService : public QObject
{
    Q_OBJECT
public:
    explicit HistoryService(QString path, QObject *parent = nullptr);
    ~HistoryService() override;

    [[nodiscard]] QString path() const { return m_path; }
    // Known once open() has answered: false before, and when the store could not be opened.
    [[nodiscard]] bool isAvailable() const { return m_available; }

    // Opens the store with these limits; message is empty when all is well, otherwise what happened
    // and what was done about it (HistoryStore::open()). When its file does not exist yet, nothing is
    // opened now: the store is opened when a call is first added (or once the file has appeared), so
    // a window with no history yet loads no SQLite.
    void open(qint64 maxEntries, qint64 maxBytes, QObject *context,
              std::function<void(QString message)> done);
    void add(HistoryEntry entry, QObject *context, std::function<void(bool ok, QString error)> done);
    void list(HistoryFilter filter, int limit, QObject *context,
              std::function<void(QList<HistoryEntry> entries)> done);
    void get(qint64 id, QObject *context, std::function<void(std::optional<HistoryEntry> entry)> done);
    void clear(QObject *context, std::function<void(bool ok, QString error)> done);

Q_SIGNALS:
    // A call was added, or the history cleared: lists made before are out of date.
    void changed();

private:
    // Runs job on the history thread, then answer(result) on this object's thread if context lives.
    template <typename Result>
    void run(std::function<Result(HistoryStore &)> job, QObject *context, std::function<void(Result)> answer);
    // History thread: opens a store that open() left closed, when there is something to write, or
    // to read once its file exists. Returns HistoryStore::open()'s message.
    QString openPending(HistoryStore &store, bool toWrite);

    struct Limits
    {
        qint64 maxEntries;
        qint64 maxBytes;
    };

    QString m_path;
    QThread *m_thread;
    QObject *m_worker;
    std::unique_ptr<HistoryStore> m_store; // used on the history thread only
    std::optional<Limits> m_pending;       // history thread only: open() asked, the file not there yet
    bool m_available = false;              // set on this object's thread, with open()'s answer
};

} // namespace zd
