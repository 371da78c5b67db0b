#pragma once

#include <QMetaObject>
#include <QMutex>
#include <QObject>
#include <atomic>
#include <memory>
#include <utility>

namespace zd {

// A worker thread's way back to an object of the GUI thread that may be deleted, or have moved on to
// other work, before the worker is done. The object cuts the link (in its destructor, or when it
// starts over); the worker asks isCut() to stop early, and post() delivers nothing once it is cut.
class WorkerLink
{
public:
    explicit WorkerLink(QObject *receiver) : m_receiver(receiver) {}

    [[nodiscard]] static std::shared_ptr<WorkerLink> to(QObject *receiver)
    {
        return std::make_shared<WorkerLink>(receiver);
    }

    // Runs f on the receiver's thread through its event loop, unless the link is cut by then.
    template <typename F> bool post(F &&f)
    {
        const QMutexLocker lock(&m_mutex); // the receiver is not deleted while an event is posted to it
        if (m_cut)
            return false;
        QMetaObject::invokeMethod(m_receiver, std::forward<F>(f), Qt::QueuedConnection);
        return true;
    }
    void cut()
    {
        const QMutexLocker lock(&m_mutex);
        m_cut = true;
    }
    [[nodiscard]] bool isCut() const { return m_cut; }

private:
    QObject *m_receiver;
    QMutex m_mutex;
    std::atomic_bool m_cut = false;
};

} // namespace zd
