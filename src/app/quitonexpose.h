#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWindow>

namespace zd {

// Quits once the window's first frame is on screen: how zato-desk and its benchmark baseline
// (bench/emptywindow.cpp) measure start-up the same way.
class QuitOnExpose : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed())
            QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
        return false;
    }
};

} // namespace zd
