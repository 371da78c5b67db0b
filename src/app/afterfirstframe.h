#pragma once

#include <QEvent>
#include <QObject>
#include <QTimer>
#include <QWindow>
#include <functional>

namespace zd {

// Runs work once, on the turn of the event loop after the window's first frame is on screen: what
// the first paint does not need waits for it. Quitting there is how zato-desk and its benchmark
// baseline (bench/emptywindow.cpp) measure start-up the same way.
class AfterFirstFrame : public QObject
{
public:
    AfterFirstFrame(QWindow *window, std::function<void()> work) : QObject(window), m_work(std::move(work))
    {
        window->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed() && m_work) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, [this, work = std::move(m_work)] {
                work();
                deleteLater();
            });
            m_work = nullptr;
        }
        return false;
    }

private:
    std::function<void()> m_work;
};

} // namespace zd
