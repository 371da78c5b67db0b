// The text view of response bodies: a 50 MB body shown from its first to its last line, Find near its
// end, a selection across lines copied exactly, and a single 20 MB line scrolled to its end; each with
// the text held whole and with a text that is only read a range at a time, as one made on demand is.
#include "textview/findbar.h"
#include "textview/largetextview.h"
#include "textview/textsearch.h"
#include "view/textsource.h"

#include <QApplication>
#include <QClipboard>
#include <QFontMetricsF>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QtMath>
#include <atomic>

using namespace zd;

namespace {

// Every line is "line NNNNNNN " and the 36 letters and digits: 49 bytes and a line feed.
constexpr int Lines = 1048576; // 50 MiB with the feeds
const QByteArray Tail = "abcdefghijklmnopqrstuvwxyz0123456789";

QByteArray fiftyMegabytes(int markedLine = -1, const QByteArray &mark = {})
{
    QByteArray text;
    text.reserve(qsizetype(Lines) * 50);
    for (int i = 0; i < Lines; ++i) {
        text += "line ";
        text += QByteArray::number(i).rightJustified(7, '0');
        text += ' ';
        text += i == markedLine ? mark : Tail;
        if (i + 1 < Lines)
            text += '\n';
    }
    return text;
}

// A fake for unit tests: the bytes given, read only a range at a time (never in place), as a text made
// on demand is read.
class OnDemandFake final : public TextSource
{
public:
    explicit OnDemandFake(QByteArray bytes) : m_bytes(std::move(bytes)) {}
    qint64 size() const override { return m_bytes.size(); }
    QByteArray read(qint64 from, qint64 to) const override { return m_bytes.mid(from, to - from); }

private:
    QByteArray m_bytes;
};

// A fake for unit tests: the bytes given, read a range at a time, and how many bytes were read.
class CountingFake final : public TextSource
{
public:
    explicit CountingFake(QByteArray bytes) : m_bytes(std::move(bytes)) {}
    qint64 size() const override { return m_bytes.size(); }
    QByteArray read(qint64 from, qint64 to) const override
    {
        m_read += to - from;
        return m_bytes.mid(from, to - from);
    }
    qint64 bytesRead() const { return m_read; }

private:
    QByteArray m_bytes;
    mutable std::atomic<qint64> m_read = 0;
};

void addSources()
{
    QTest::addColumn<bool>("onDemand");
    QTest::newRow("held whole") << false;
    QTest::newRow("made on demand") << true;
}

std::shared_ptr<const TextSource> sourceOf(const QByteArray &text)
{
    QFETCH(bool, onDemand);
    if (onDemand)
        return std::make_shared<OnDemandFake>(text);
    return std::make_shared<WholeText>(text);
}

} // namespace

class tst_LargeTextView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void firstAndLastLineOfFiftyMegabytes_data() { addSources(); }
    void firstAndLastLineOfFiftyMegabytes();
    void findsAStringNearTheEnd_data() { addSources(); }
    void findsAStringNearTheEnd();
    void selectionAcrossLinesIsCopiedExactly_data() { addSources(); }
    void selectionAcrossLinesIsCopiedExactly();
    void singleLongLineScrollsToItsEnd_data() { addSources(); }
    void singleLongLineScrollsToItsEnd();
    void aScreenReadsOnlyAroundWhatIsShown();
    void searchFindsAMatchAcrossItsChunks_data() { addSources(); }
    void searchFindsAMatchAcrossItsChunks();
    void longLineOfTwoAndThreeByteCharacters_data() { addSources(); }
    void longLineOfTwoAndThreeByteCharacters();
    void aLongLineIsCrossedReadingLittleOfIt();

private:
    std::unique_ptr<LargeTextView> m_view;
};

void tst_LargeTextView::init()
{
    m_view = std::make_unique<LargeTextView>();
    m_view->resize(700, 400);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
}

void tst_LargeTextView::cleanup()
{
    m_view.reset();
}

void tst_LargeTextView::firstAndLastLineOfFiftyMegabytes()
{
    const QByteArray text = fiftyMegabytes();
    QCOMPARE(text.size(), qsizetype(Lines) * 50 - 1);
    m_view->setSource(sourceOf(text));
    // The first screen is there before the worker has indexed every line.
    QVERIFY(!m_view->isIndexComplete());
    QVERIFY(m_view->visibleLines().size() > 5);
    QCOMPARE(m_view->visibleLines().constFirst(), u"line 0000000 abcdefghijklmnopqrstuvwxyz0123456789"_qs);
    QCOMPARE(m_view->visibleLines().at(1), u"line 0000001 abcdefghijklmnopqrstuvwxyz0123456789"_qs);

    QTRY_VERIFY_WITH_TIMEOUT(m_view->isIndexComplete(), 60000);
    QCOMPARE(m_view->lineCount(), Lines);
    m_view->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(m_view->visibleLines().constLast(), u"line 1048575 abcdefghijklmnopqrstuvwxyz0123456789"_qs);
    QCOMPARE(m_view->firstVisibleLine() + m_view->visibleLines().size(), Lines);
    QTest::keyClick(m_view.get(), Qt::Key_PageUp);
    QVERIFY(m_view->firstVisibleLine() < Lines - m_view->visibleLines().size());
    QTest::keyClick(m_view.get(), Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(m_view->firstVisibleLine(), 0);

    // All of it, copied whole.
    QTest::keyClick(m_view.get(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(m_view.get(), Qt::Key_C, Qt::ControlModifier);
    const QString copied = QApplication::clipboard()->text();
    QCOMPARE(copied.size(), text.size());
    QVERIFY(copied.endsWith(u"\nline 1048575 abcdefghijklmnopqrstuvwxyz0123456789"));
}

void tst_LargeTextView::findsAStringNearTheEnd()
{
    m_view->setSource(sourceOf(fiftyMegabytes(1048570, "The Needle Is Here")));
    m_view->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_F, Qt::ControlModifier);
    FindBar *bar = m_view->findBar();
    QVERIFY(bar->isVisible());
    QLineEdit *edit = bar->findChild<QLineEdit *>(u"findEdit"_qs);
    QVERIFY(edit->hasFocus());

    QSignalSpy finished(m_view.get(), &LargeTextView::findFinished);
    QTest::keyClicks(edit, u"the needle is here"_qs);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), true);
    QCOMPARE(m_view->selectedBytes(), QByteArray("The Needle Is Here"));
    QTRY_VERIFY_WITH_TIMEOUT(m_view->isIndexComplete(), 60000);
    QVERIFY(m_view->visibleLines().contains(u"line 1048570 The Needle Is Here"_qs));

    // With the case option the lower-case string is in no line.
    bar->findChild<QWidget *>(u"findCaseCheck"_qs)->setProperty("checked", true);
    finished.clear();
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);
    QCOMPARE(bar->findChild<QLabel *>(u"findStatusLabel"_qs)->text(), u"Not found: the needle is here"_qs);
}

void tst_LargeTextView::selectionAcrossLinesIsCopiedExactly()
{
    m_view->setSource(sourceOf("alpha\nbravo\ncharlie\n"));
    m_view->setFocus();
    // Keys: from after "al", down a line and two to the right: "pha\nbrav".
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QTest::keyClick(m_view.get(), Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(m_view.get(), Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(m_view.get(), Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(m_view.get(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), u"pha\nbrav"_qs);

    // The mouse: from between "a" and "l" of the first line to after "cha" on the third.
    const QFontMetricsF metrics(m_view->font());
    const qreal column = metrics.horizontalAdvance(QLatin1Char('0'));
    const int row = qCeil(metrics.lineSpacing());
    const auto at = [column, row](int line, int boundary) {
        return QPoint(4 + qRound(boundary * column), line * row + row / 2);
    };
    QWidget *area = m_view->viewport();
    QTest::mousePress(area, Qt::LeftButton, {}, at(0, 1));
    QMouseEvent move(QEvent::MouseMove, at(2, 3), area->mapToGlobal(at(2, 3)), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(area, &move);
    QTest::mouseRelease(area, Qt::LeftButton, {}, at(2, 3));
    QCOMPARE(m_view->selectedBytes(), QByteArray("lpha\nbravo\ncha"));
    m_view->copy();
    QCOMPARE(QApplication::clipboard()->text(), u"lpha\nbravo\ncha"_qs);
}

void tst_LargeTextView::singleLongLineScrollsToItsEnd()
{
    QByteArray line = QByteArray("0123456789").repeated(2 * 1024 * 1024); // 20 MiB
    line += "THE END";
    m_view->setSource(sourceOf(line));
    QTRY_VERIFY_WITH_TIMEOUT(m_view->isIndexComplete(), 60000);
    QCOMPARE(m_view->lineCount(), 1);
    // Only the visible columns are laid out.
    QVERIFY(m_view->visibleLines().constFirst().startsWith(u"0123456789"));
    QVERIFY(m_view->visibleLines().constFirst().size() < 1000);
    QVERIFY(m_view->horizontalScrollBar()->maximum() > 0);

    m_view->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_End);
    QVERIFY2(m_view->visibleLines().constFirst().endsWith(u"456789THE END"),
             qPrintable(m_view->visibleLines().constFirst()));
    QTest::keyClick(m_view.get(), Qt::Key_Home);
    QVERIFY(m_view->visibleLines().constFirst().startsWith(u"0123456789"));

    // The scroll bar at its end shows the end too.
    m_view->horizontalScrollBar()->setValue(m_view->horizontalScrollBar()->maximum());
    QVERIFY2(m_view->visibleLines().constFirst().endsWith(u"456789THE END"),
             qPrintable(m_view->visibleLines().constFirst()));
    QVERIFY(m_view->visibleLines().constFirst().size() < 1000);
}

// A text made on demand, its lines found as it was written: showing it, going to its end, moving and
// selecting there and copying the selection read only around the lines shown, not the text.
void tst_LargeTextView::aScreenReadsOnlyAroundWhatIsShown()
{
    const QByteArray text = fiftyMegabytes();
    LineScanner lines;
    for (qint64 at = 0; at < text.size(); at += 1024 * 1024)
        lines.add(QByteArrayView(text).sliced(at, std::min<qint64>(1024 * 1024, text.size() - at)));
    const auto source = std::make_shared<CountingFake>(text);
    m_view->setSource(source, lines.finish());
    QVERIFY(m_view->isIndexComplete());
    QCOMPARE(m_view->lineCount(), Lines);
    m_view->setFocus();
    m_view->repaint();
    QTest::keyClick(m_view.get(), Qt::Key_End, Qt::ControlModifier);
    m_view->repaint();
    QCOMPARE(m_view->visibleLines().constLast(), u"line 1048575 abcdefghijklmnopqrstuvwxyz0123456789"_qs);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(m_view.get(), Qt::Key_PageUp);
    QTest::keyClick(m_view.get(), Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(m_view.get(), Qt::Key_End, Qt::ShiftModifier);
    m_view->repaint();
    QTest::keyClick(m_view.get(), Qt::Key_C, Qt::ControlModifier);
    QVERIFY(QApplication::clipboard()->text().contains(u"\nline 1048"));
    QVERIFY2(source->bytesRead() < 1024 * 1024, QByteArray::number(source->bytesRead()).constData());
}

// A worker searches 8 MiB at a time: a match lying across the 8 MiB and 16 MiB marks is found
// forwards and backwards, with and without case.
void tst_LargeTextView::searchFindsAMatchAcrossItsChunks()
{
    constexpr qint64 Mark = 8 * 1024 * 1024;
    QByteArray text(3 * Mark, '.');
    text.replace(Mark - 3, 6, "Needle");
    text.replace(2 * Mark - 2, 6, "Needle");
    const std::shared_ptr<const TextSource> source = sourceOf(text);
    const qint64 size = source->size();
    TextSearch search;
    search.needle = "needle";
    bool wrapped = true;
    QCOMPARE(search.find(*source, 0, &wrapped), Mark - 3);
    QVERIFY(!wrapped);
    QCOMPARE(search.find(*source, Mark - 2), 2 * Mark - 2);
    QCOMPARE(search.find(*source, 2 * Mark - 1, &wrapped), Mark - 3);
    QVERIFY(wrapped);
    search.backward = true;
    QCOMPARE(search.find(*source, size), 2 * Mark - 2);
    QCOMPARE(search.find(*source, 2 * Mark - 2), Mark - 3);
    search.caseSensitive = true;
    QCOMPARE(search.find(*source, size), -1);
    search.needle = "Needle";
    QCOMPARE(search.find(*source, size), 2 * Mark - 2);
}

// Columns are characters, not bytes: a line of "é" (2 bytes) and "€" (3 bytes) scrolls to its end.
void tst_LargeTextView::longLineOfTwoAndThreeByteCharacters()
{
    QByteArray line = QString(u"é€"_qs).toUtf8().repeated(300000); // 1.5 MB, 600,000 characters
    line += "END";
    m_view->setSource(sourceOf(line));
    QTRY_VERIFY(m_view->isIndexComplete());
    m_view->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_End);
    const QString shown = m_view->visibleLines().constFirst();
    QVERIFY2(shown.endsWith(u"é€é€END"), qPrintable(shown));
    QVERIFY(shown.size() < 1000);
    // Three characters back is where "END" starts.
    QTest::keyClick(m_view.get(), Qt::Key_Left, Qt::ShiftModifier);
    QTest::keyClick(m_view.get(), Qt::Key_Left, Qt::ShiftModifier);
    QTest::keyClick(m_view.get(), Qt::Key_Left, Qt::ShiftModifier);
    QTest::keyClick(m_view.get(), Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(QString::fromUtf8(m_view->selectedBytes()), u"€END"_qs);
    // The scroll bar's end shows the end too, in whole characters.
    m_view->horizontalScrollBar()->setValue(0);
    m_view->horizontalScrollBar()->setValue(m_view->horizontalScrollBar()->maximum());
    QVERIFY2(m_view->visibleLines().constFirst().endsWith(u"é€é€END"),
             qPrintable(m_view->visibleLines().constFirst()));
}

// A line of 24 MB of one- to three-byte characters, made on demand, its lines found as it was written:
// its end, a column at the middle of it and a selection there are found from the index's marks, so
// each reads about a megabyte around where it goes, not the line from its start.
void tst_LargeTextView::aLongLineIsCrossedReadingLittleOfIt()
{
    const QByteArray pattern = QString(u"a\u00e9\u20ac"_qs).toUtf8(); // 6 bytes, 3 characters
    QByteArray text = "first\n" + pattern.repeated(4 * 1024 * 1024) + "THE END\nlast";
    LineScanner lines;
    for (qint64 at = 0; at < text.size(); at += 100003) // pieces that split characters
        lines.add(QByteArrayView(text).sliced(at, std::min<qint64>(100003, text.size() - at)));
    const auto source = std::make_shared<CountingFake>(text);
    m_view->setSource(source, lines.finish());
    m_view->setFocus();
    m_view->repaint();
    const qint64 shown = source->bytesRead();

    QTest::keyClick(m_view.get(), Qt::Key_Down);
    QTest::keyClick(m_view.get(), Qt::Key_End);
    m_view->repaint();
    QVERIFY2(m_view->visibleLines().at(1).endsWith(u"a\u00e9\u20acTHE END"),
             qPrintable(m_view->visibleLines().at(1)));
    // What is shown ends at the line's last column: every character before it was counted.
    constexpr qint64 Characters = 3 * 4 * 1024 * 1024 + 7;
    QCOMPARE(m_view->firstVisibleColumn() + m_view->visibleLines().at(1).size(), Characters);
    for (int i = 0; i < 8; ++i)
        QTest::keyClick(m_view.get(), Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(QString::fromUtf8(m_view->selectedBytes()), u"\u20acTHE END"_qs);
    QVERIFY2(source->bytesRead() - shown < 3 * 1024 * 1024,
             QByteArray::number(source->bytesRead() - shown).constData());

    // The scroll bar half way: the character shown first is the one of its column.
    const qint64 before = source->bytesRead();
    m_view->horizontalScrollBar()->setValue(m_view->horizontalScrollBar()->maximum() / 2);
    m_view->repaint();
    const QString middle = m_view->visibleLines().at(1);
    QVERIFY(middle.size() > 20);
    const qint64 column = m_view->firstVisibleColumn();
    QVERIFY(column > Characters / 4);
    const QString wanted = QString(u"a\u00e9\u20ac"_qs).repeated(20);
    QCOMPARE(middle.left(30), wanted.mid(column % 3, 30));
    // Down to the last line and up again comes back to the same character: its column was counted.
    const qint64 half = 6 + pattern.size() * 2 * 1024 * 1024 + 3; // the middle's first "€"
    m_view->setSelection(half, half);
    QTest::keyClick(m_view.get(), Qt::Key_Down);
    QCOMPARE(m_view->cursorPosition(), text.size()); // "last" is shorter
    QTest::keyClick(m_view.get(), Qt::Key_Up);
    QCOMPARE(m_view->cursorPosition(), half);
    QVERIFY2(source->bytesRead() - before < 3 * 1024 * 1024,
             QByteArray::number(source->bytesRead() - before).constData());
}

QTEST_MAIN(tst_LargeTextView)
#include "tst_largetextview.moc"
