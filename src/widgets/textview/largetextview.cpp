#include "largetextview.h"

#include "findbar.h"
#include "lineindex.h"
#include "workerlink.h"

#include <QApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QPainter>
#include <QScrollBar>
#include <QtMath>
#include <algorithm>

namespace zd {

namespace {

// Scroll bars hold an int: counts above this are scaled down.
constexpr qint64 ScrollLimit = qint64(1) << 30;

} // namespace

LargeTextView::LargeTextView(QWidget *parent)
    : QAbstractScrollArea(parent), m_index(new LineIndex(this)), m_findBar(new FindBar(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setCursor(Qt::IBeamCursor);
    m_findBar->setFont(QApplication::font()); // the text is monospace, the bar is not
    m_findBar->hide();
    connect(m_index, &LineIndex::grown, this, [this] {
        updateScrollBars();
        viewport()->update();
    });
    connect(m_index, &LineIndex::completed, this, [this] {
        updateScrollBars();
        if (m_revealOnIndexed) {
            m_revealOnIndexed = false;
            ensureVisible(m_cursor);
            ensureVisible(m_anchor);
        }
        viewport()->update();
        Q_EMIT indexComplete();
    });
    connect(m_findBar, &FindBar::findRequested, this, &LargeTextView::findFromBar);
    connect(m_findBar, &FindBar::closed, this, [this] {
        setViewportMargins(0, 0, 0, 0);
        setFocus(Qt::OtherFocusReason);
    });
    updateMetrics();
}

LargeTextView::~LargeTextView()
{
    if (m_search)
        m_search->cut();
}

void LargeTextView::setText(const QByteArray &text)
{
    setSource(std::make_shared<WholeText>(text));
}

void LargeTextView::setSource(std::shared_ptr<const TextSource> text)
{
    m_index->reset(std::move(text));
    startOver();
}

void LargeTextView::setSource(std::shared_ptr<const TextSource> text, std::vector<LineChunk> lines)
{
    m_index->reset(std::move(text), std::move(lines));
    startOver();
}

const TextWindow &LargeTextView::window() const
{
    return m_index->text();
}

qint64 LargeTextView::textSize() const
{
    return window().size();
}

void LargeTextView::startOver()
{
    if (m_search)
        m_search->cut();
    m_search.reset();
    m_anchor = m_cursor = 0;
    m_goalColumn = -1;
    m_revealOnIndexed = false;
    m_mark = {};
    m_cursorColumn = {};
    updateScrollBars();
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    viewport()->update();
    if (m_index->isComplete())
        Q_EMIT indexComplete();
}

void LargeTextView::setPlainText(const QString &text)
{
    setText(text.toUtf8());
}

void LargeTextView::clear()
{
    setText(QByteArray());
}

QByteArray LargeTextView::text() const
{
    const QByteArray *whole = window().source()->whole();
    return whole ? *whole : window().source()->read(0, window().size());
}

QString LargeTextView::toPlainText() const
{
    return QString::fromUtf8(text());
}

bool LargeTextView::isIndexComplete() const
{
    return m_index->isComplete();
}

qint64 LargeTextView::lineCount() const
{
    return m_index->lineCount();
}

qint64 LargeTextView::step(qint64 count)
{
    return count <= ScrollLimit ? 1 : (count + ScrollLimit - 1) / ScrollLimit;
}

int LargeTextView::visibleRows() const
{
    return std::max(1, viewport()->height() / m_lineHeight);
}

qint64 LargeTextView::visibleColumns() const
{
    return std::max<qint64>(1, qint64(qCeil((viewport()->width() - Margin) / m_charWidth)));
}

qint64 LargeTextView::firstVisibleLine() const
{
    const qint64 lines = lineCount();
    return std::clamp<qint64>(qint64(verticalScrollBar()->value()) * step(lines), 0, lines - 1);
}

qint64 LargeTextView::firstVisibleColumn() const
{
    return qint64(horizontalScrollBar()->value()) * step(m_index->longestLine() + 1);
}

void LargeTextView::updateMetrics()
{
    const QFontMetricsF metrics(font());
    m_charWidth = std::max<qreal>(1, metrics.horizontalAdvance(QLatin1Char('0')));
    m_lineHeight = std::max(1, qCeil(metrics.lineSpacing()));
    m_ascent = qCeil(metrics.ascent());
    updateScrollBars();
    viewport()->update();
}

void LargeTextView::updateScrollBars()
{
    const qint64 lines = lineCount();
    const qint64 lineStep = step(lines);
    const qint64 lastFirstLine = std::max<qint64>(0, lines - visibleRows());
    QScrollBar *vertical = verticalScrollBar();
    vertical->setRange(0, int((lastFirstLine + lineStep - 1) / lineStep));
    vertical->setPageStep(int(std::max<qint64>(1, visibleRows() / lineStep)));
    vertical->setSingleStep(1);

    const qint64 columns = m_index->longestLine() + 1; // room for the cursor after the last
    const qint64 columnStep = step(columns);
    const qint64 lastFirstColumn = std::max<qint64>(0, columns - visibleColumns() + 1);
    QScrollBar *horizontal = horizontalScrollBar();
    horizontal->setRange(0, int((lastFirstColumn + columnStep - 1) / columnStep));
    horizontal->setPageStep(int(std::max<qint64>(1, visibleColumns() / columnStep)));
    horizontal->setSingleStep(std::max(1, int(4 / columnStep)));
}

void LargeTextView::scrollToLine(qint64 line)
{
    verticalScrollBar()->setValue(int(line / step(lineCount())));
}

void LargeTextView::scrollToColumn(qint64 column)
{
    horizontalScrollBar()->setValue(int(column / step(m_index->longestLine() + 1)));
}

void LargeTextView::ensureVisible(qint64 offset)
{
    const qint64 line = m_index->lineOf(offset);
    const qint64 first = firstVisibleLine();
    const int rows = visibleRows();
    if (line < first)
        scrollToLine(line);
    else if (line >= first + rows)
        scrollToLine(line - rows + 1);
    const qint64 column = columnOf(offset);
    const qint64 firstColumn = firstVisibleColumn();
    const qint64 columns = visibleColumns();
    if (column < firstColumn)
        scrollToColumn(std::max<qint64>(0, column - columns / 4));
    else if (column >= firstColumn + columns - 1)
        scrollToColumn(column - columns + columns / 4);
}

QStringList LargeTextView::visibleLines() const
{
    QStringList lines;
    const qint64 first = firstVisibleLine();
    for (qint64 line = first; line < std::min(lineCount(), first + visibleRows()); ++line)
        lines.append(row(line).text);
    return lines;
}

void LargeTextView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QPalette &colors = palette();
    painter.fillRect(viewport()->rect(), colors.color(QPalette::Base));
    painter.setFont(font());
    const qint64 selStart = std::min(m_anchor, m_cursor);
    const qint64 selEnd = std::max(m_anchor, m_cursor);
    const qint64 first = firstVisibleLine();
    const qint64 firstColumn = firstVisibleColumn();
    const qint64 last = std::min(lineCount(), first + visibleRows() + 1);
    for (qint64 line = first; line < last; ++line) {
        const Row row = this->row(line);
        const int y = int(line - first) * m_lineHeight;
        const qreal x = Margin + qreal(row.column - firstColumn) * m_charWidth;
        QRectF selected;
        if (selStart < selEnd) {
            const auto cells = row.offsets.begin() + qsizetype(row.offsets.size()) - 1; // code points only
            qsizetype from = std::lower_bound(row.offsets.begin(), cells, selStart) - row.offsets.begin();
            qsizetype to = std::lower_bound(row.offsets.begin(), cells, selEnd) - row.offsets.begin();
            const qint64 lineEnd = m_index->lineEnd(line);
            const bool fed = line + 1 < lineCount();
            if (fed && row.offsets.back() == lineEnd && selStart <= lineEnd && selEnd > lineEnd)
                to = qsizetype(row.offsets.size()); // the line feed is selected too
            if (from < to)
                selected =
                    QRectF(x + qreal(from) * m_charWidth, y, qreal(to - from) * m_charWidth, m_lineHeight);
        }
        if (!selected.isEmpty())
            painter.fillRect(selected, colors.color(QPalette::Highlight));
        painter.setPen(colors.color(QPalette::Text));
        painter.drawText(QPointF(x, y + m_ascent), row.text);
        if (!selected.isEmpty()) {
            painter.save();
            painter.setClipRect(selected);
            painter.setPen(colors.color(QPalette::HighlightedText));
            painter.drawText(QPointF(x, y + m_ascent), row.text);
            painter.restore();
        }
    }
    const qint64 cursorLine = m_index->lineOf(m_cursor);
    if (hasFocus() && cursorLine >= first && cursorLine < last) {
        if (m_cursorColumn.offset != m_cursor) // a long line is not counted again on every paint
            m_cursorColumn = {m_cursor, columnOf(m_cursor)};
        const qreal x = Margin + qreal(m_cursorColumn.column - firstColumn) * m_charWidth;
        const int y = int(cursorLine - first) * m_lineHeight;
        painter.setPen(colors.color(QPalette::Text));
        painter.drawLine(QPointF(x, y), QPointF(x, y + m_lineHeight - 1));
    }
}

void LargeTextView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    placeFindBar();
}

void LargeTextView::placeFindBar()
{
    if (m_findBar->isHidden())
        return;
    const int height = m_findBar->sizeHint().height();
    setViewportMargins(0, 0, 0, height);
    const QRect area = viewport()->geometry();
    m_findBar->setGeometry(area.left(), area.bottom() + 1, area.width(), height);
}

void LargeTextView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void LargeTextView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateMetrics();
    else if (event->type() == QEvent::PaletteChange)
        viewport()->update();
}

} // namespace zd
