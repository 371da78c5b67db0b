// The baseline for zato-desk's start-up: an empty QMainWindow, built with the same options and
// quitting the same way (--quit-on-expose), or staying up for an idle RSS reading.
#include <QApplication>
#include <QMainWindow>
#include <QTimer>
#include <QWindow>

namespace {

class QuitOnExpose : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed())
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        return false;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1100, 760);
    window.show();
    if (QCoreApplication::arguments().contains(QStringLiteral("--quit-on-expose")))
        window.windowHandle()->installEventFilter(new QuitOnExpose(&window));
    return QApplication::exec();
}
