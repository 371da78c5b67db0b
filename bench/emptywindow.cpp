// The baseline for zato-desk's start-up: an empty QMainWindow, built with the same options and
// leaving the same way (--quit-on-expose), or staying up for an idle RSS reading. With --one-label,
// the same window shows one line of text: what any window that shows text pays for its first font.
#include "afterfirstframe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>
#include <QWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1100, 760);
    if (QCoreApplication::arguments().contains(QStringLiteral("--one-label")))
        window.setCentralWidget(new QLabel(QStringLiteral("Zato Desk"), &window));
    window.show();
    if (QCoreApplication::arguments().contains(QStringLiteral("--quit-on-expose")))
        zd::leaveAfterFirstFrame(window.windowHandle());
    return QApplication::exec();
}
