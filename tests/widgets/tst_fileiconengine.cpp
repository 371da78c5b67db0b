// The window icon's engine: each size's file is read when a pixmap near that size is asked for (the
// files here are written only after the icon is made), the nearest larger file is scaled down, none
// is scaled up, and nothing is kept once drawn.
#include "fileiconengine.h"

#include <QApplication>
#include <QIcon>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace zd;

class tst_FileIconEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachSizeIsReadWhenAskedFor();
};

void tst_FileIconEngine::eachSizeIsReadWhenAskedFor()
{
    QTemporaryDir dir;
    const QList<std::pair<int, QColor>> sizes = {{32, Qt::blue}, {16, Qt::red}, {24, Qt::green}};
    QList<std::pair<QSize, QString>> files;
    for (const auto &[side, colour] : sizes)
        files.append({QSize(side, side), dir.filePath(u"icon-%1.png"_qs.arg(side))});
    const QIcon icon(new FileIconEngine(files));

    for (const auto &[side, colour] : sizes) { // written after the icon was made
        QImage image(side, side, QImage::Format_ARGB32);
        image.fill(colour);
        QVERIFY(image.save(dir.filePath(u"icon-%1.png"_qs.arg(side))));
    }
    QCOMPARE(icon.availableSizes(), (QList<QSize>{QSize(16, 16), QSize(24, 24), QSize(32, 32)}));

    const QImage small = icon.pixmap(QSize(16, 16)).toImage();
    QCOMPARE(small.size(), QSize(16, 16));
    QCOMPARE(small.pixelColor(8, 8), QColor(Qt::red));
    const QImage between = icon.pixmap(QSize(20, 20)).toImage();
    QCOMPARE(between.size(), QSize(20, 20));
    QCOMPARE(between.pixelColor(10, 10), QColor(Qt::green));
    const QImage large = icon.pixmap(QSize(64, 64)).toImage();
    QCOMPARE(large.size(), QSize(32, 32));
    QCOMPARE(large.pixelColor(16, 16), QColor(Qt::blue));
    QCOMPARE(icon.actualSize(QSize(64, 64)), QSize(32, 32));
    QVERIFY(icon.pixmap(QSize(16, 16), QIcon::Disabled).toImage().pixelColor(8, 8) != QColor(Qt::red));

    QVERIFY(QFile::remove(dir.filePath(u"icon-16.png"_qs)));
    QVERIFY(icon.pixmap(QSize(16, 16)).isNull()); // read each time, not kept
    QCOMPARE(icon.pixmap(QSize(24, 24)).size(), QSize(24, 24));
}

QTEST_MAIN(tst_FileIconEngine)
#include "tst_fileiconengine.moc"
