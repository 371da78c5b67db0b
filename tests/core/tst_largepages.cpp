// The room for a large body, and a large document's tape, are asked to be backed by 2 MB pages: the
// kernel marks the whole 2 MB pages inside them ("hg" in the mapping's VmFlags in /proc/self/smaps),
// and nothing outside them.
#include "memory/largepages.h"
#include "vmflags.h"

#include "json/document.h"
#include <QTest>

using namespace zd;

using zd::test::advisedBytes;
using zd::test::flagsAt;

class tst_LargePages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theWholeLargePagesOfTheRoomAreAskedFor();
    void aSmallRoomIsLeftAsItIs();
    void aBodysRoomIsTakenOnLargePages();
    void aLargeDocumentsTapeIsOnLargePages();
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

void tst_LargePages::aBodysRoomIsTakenOnLargePages()
{
    QByteArray body("{}");
    reserveOnLargePages(body, 20 * 1024 * 1024);
    QVERIFY(body.capacity() >= 20 * 1024 * 1024);
    QCOMPARE(body, QByteArray("{}"));
    constexpr quintptr LargePage = 2 * 1024 * 1024;
    const quintptr firstWhole = (quintptr(body.constData()) + LargePage - 1) & ~(LargePage - 1);
    QVERIFY(flagsAt(reinterpret_cast<const void *>(firstWhole)).contains("hg"));
}

// 6 million zeros in an array: 12 MB of body, a tape of 48 MB (8 bytes a value), more than glibc ever
// takes from its heap, so a mapping of its own. The body's room is not advised: what is advised after the
// build and not before is the tape's.
void tst_LargePages::aLargeDocumentsTapeIsOnLargePages()
{
    constexpr int Count = 6 * 1024 * 1024;
    QByteArray body(qsizetype(Count) * 2 + 1, '0');
    body[0] = '[';
    for (qsizetype i = 2; i < body.size(); i += 2)
        body[i] = ',';
    body[body.size() - 1] = ']';
    const qint64 before = advisedBytes();
    QVERIFY(before >= 0);

    json::ParseResult result;
    const std::shared_ptr<const json::Document> document = json::Document::build(body, &result);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(document->tapeSize(), Count + 1);
    // All of its whole 2 MB pages, which is all but at most 4 MB of it.
    const qint64 tapeBytes = qint64(document->tapeSize()) * 8;
    const qint64 advised = advisedBytes() - before;
    QVERIFY2(advised >= tapeBytes - 4 * 1024 * 1024,
             qPrintable(QStringLiteral("%1 bytes advised, tape %2").arg(advised).arg(tapeBytes)));
}

QTEST_GUILESS_MAIN(tst_LargePages)
#include "tst_largepages.moc"
