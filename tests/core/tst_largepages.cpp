// The room for a large body is asked to be backed by 2 MB pages: the kernel marks the whole 2 MB pages
// inside it ("hg" in the mapping's VmFlags in /proc/self/smaps), and nothing outside them.
#include "invoke/largepages.h"

#include <QFile>
#include <QTest>

using namespace zd;

namespace {

// The VmFlags of the mapping that holds the address, from /proc/self/smaps; empty if none does.
QList<QByteArray> flagsAt(const void *address)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return {};
    const auto at = quintptr(address);
    bool inside = false;
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        const qsizetype dash = line.indexOf('-');
        const qsizetype space = line.indexOf(' ');
        if (dash > 0 && space > dash && !line.startsWith("VmFlags")) {
            bool okFrom = false;
            bool okTo = false;
            const quintptr from = line.left(dash).toULongLong(&okFrom, 16);
            const quintptr to = line.mid(dash + 1, space - dash - 1).toULongLong(&okTo, 16);
            if (okFrom && okTo)
                inside = from <= at && at < to;
        } else if (inside && line.startsWith("VmFlags:")) {
            return line.mid(8).simplified().split(' ');
        }
    }
    return {};
}

} // namespace

class tst_LargePages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theWholeLargePagesOfTheRoomAreAskedFor();
    void aSmallRoomIsLeftAsItIs();
};

void tst_LargePages::theWholeLargePagesOfTheRoomAreAskedFor()
{
    constexpr quintptr LargePage = 2 * 1024 * 1024;
    QByteArray room;
    room.reserve(20 * 1024 * 1024);
    const auto start = quintptr(room.constData());
    const quintptr firstWhole = (start + LargePage - 1) & ~(LargePage - 1);
    const quintptr lastWhole = ((start + quintptr(room.capacity())) & ~(LargePage - 1)) - LargePage;
    QVERIFY(!flagsAt(reinterpret_cast<const void *>(firstWhole)).contains("hg"));

    adviseLargePages(room.constData(), room.capacity());
    QVERIFY(flagsAt(reinterpret_cast<const void *>(firstWhole)).contains("hg"));
    QVERIFY(flagsAt(reinterpret_cast<const void *>(lastWhole + LargePage - 1)).contains("hg"));
    if (start != firstWhole) // the part before the first whole page is not asked for
        QVERIFY(!flagsAt(room.constData()).contains("hg"));
    // Still an ordinary room: it takes the body.
    room.append(QByteArray(room.capacity(), 'x'));
    QCOMPARE(room.count('x'), room.size());
}

void tst_LargePages::aSmallRoomIsLeftAsItIs()
{
    QByteArray room;
    room.reserve(1024 * 1024); // no whole 2 MB page inside it
    adviseLargePages(room.constData(), room.capacity());
    QVERIFY(!flagsAt(room.constData()).contains("hg"));
    QVERIFY(!flagsAt(room.constData() + room.capacity() - 1).contains("hg"));
}

QTEST_GUILESS_MAIN(tst_LargePages)
#include "tst_largepages.moc"
