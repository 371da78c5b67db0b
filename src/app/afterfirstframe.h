#pragma once

#include <QEvent>
#include <QObject>
#include <QTimer>
#include <QWindow>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>

namespace zd {

// Runs work once, on the turn of the event loop after the window's first frame is on screen: what
// the first paint does not need waits for it. With a fallback, the work also runs when that much time
// has passed without a frame (a window opened minimised, or on a workspace not shown), whichever
// comes first.
class AfterFirstFrame : public QObject
{
public:
    AfterFirstFrame(QWindow *window, std::function<void()> work, std::chrono::milliseconds fallback = {})
        : QObject(window), m_work(std::move(work))
    {
        window->installEventFilter(this);
        if (fallback.count() > 0)
            QTimer::singleShot(fallback, this, [this, window] { start(window); });
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed())
            start(static_cast<QWindow *>(watched));
        return false;
    }

private:
    void start(QWindow *window)
    {
        if (!m_work)
            return;
        window->removeEventFilter(this);
        QTimer::singleShot(0, this, [this, work = std::move(m_work)] {
            work();
            deleteLater();
        });
        m_work = nullptr;
    }

    std::function<void()> m_work;
};

// Start-up timing: the process leaves on the turn after its first frame, ahead of any work waiting
// for that frame and with nothing torn down, so what is timed is the start alone. zato-desk
// (--quit-on-expose) and its baseline (bench/emptywindow.cpp) both leave this way.
inline void leaveAfterFirstFrame(QWindow *window)
{
    new AfterFirstFrame(window, [] {
        std::fflush(nullptr);
        std::_Exit(0);
    });
}

} // namespace zd
