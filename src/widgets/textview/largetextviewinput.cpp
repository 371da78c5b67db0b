// LargeTextView: the cursor and the selection, keys, mouse, Copy and Find.
#include "findbar.h"
#include "largetextview.h"
#include "lineindex.h"
#include "textsearch.h"
#include "workerlink.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QThreadPool>
#include <algorithm>

namespace zd {

namespace {

// Texts up to this size are searched at once; larger ones in a worker.
constexpr qint64 SearchAtOnceBytes = 1024 * 1024;

bool continuation(char c)
{
    return (uchar(c) & 0xC0) == 0x80;
}

bool wordByte(char c)
{
    return QChar::isLetterOrNumber(uchar(c)) || c == '_' || uchar(c) >= 0x80;
}

} // namespace

void LargeTextView::setSelection(qint64 anchor, qint64 cursor)
{
    const qint64 end = window().size();
    m_anchor = std::clamp<qint64>(anchor, 0, end);
    m_cursor = std::clamp<qint64>(cursor, 0, end);
    m_goalColumn = -1;
    viewport()->update();
}

QByteArray LargeTextView::selectedBytes() const
{
    const qint64 start = std::min(m_anchor, m_cursor);
    return window().source()->read(start, std::max(m_anchor, m_cursor));
}

void LargeTextView::selectAll()
{
    setSelection(0, window().size());
}

void LargeTextView::copy() const
{
    const QByteArray bytes = selectedBytes();
    if (!bytes.isEmpty())
        QApplication::clipboard()->setText(QString::fromUtf8(bytes));
}

qint64 LargeTextView::nextOffset(qint64 offset) const
{
    const qint64 end = m_index->indexedBytes();
    if (offset >= end)
        return end;
    ++offset;
    while (offset < end && continuation(window().at(offset)))
        ++offset;
    return offset;
}

qint64 LargeTextView::previousOffset(qint64 offset) const
{
    if (offset <= 0)
        return 0;
    --offset;
    while (offset > 0 && continuation(window().at(offset)))
        --offset;
    return offset;
}

void LargeTextView::moveCursor(qint64 offset, bool keepAnchor)
{
    m_cursor = std::clamp<qint64>(offset, 0, window().size());
    if (!keepAnchor)
        m_anchor = m_cursor;
    ensureVisible(m_cursor);
    viewport()->update();
}

bool LargeTextView::moveByKey(QKeyEvent *event)
{
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const bool control = event->modifiers() & Qt::ControlModifier;
    const qint64 line = m_index->lineOf(m_cursor);
    qint64 lines = 0;
    switch (event->key()) {
    case Qt::Key_Left:
        m_goalColumn = -1;
        moveCursor(previousOffset(m_cursor), shift);
        return true;
    case Qt::Key_Right:
        m_goalColumn = -1;
        moveCursor(nextOffset(m_cursor), shift);
        return true;
    case Qt::Key_Home:
        m_goalColumn = -1;
        moveCursor(control ? 0 : m_index->lineStart(line), shift);
        return true;
    case Qt::Key_End:
        m_goalColumn = -1;
        moveCursor(control ? m_index->indexedBytes() : m_index->lineEnd(line), shift);
        return true;
    case Qt::Key_Up:
        lines = -1;
        break;
    case Qt::Key_Down:
        lines = 1;
        break;
    case Qt::Key_PageUp:
        lines = -visibleRows();
        break;
    case Qt::Key_PageDown:
        lines = visibleRows();
        break;
    default:
        return false;
    }
    if (m_goalColumn < 0)
        m_goalColumn = columnOf(m_cursor);
    const qint64 goal = m_goalColumn;
    const qint64 target = std::clamp<qint64>(line + lines, 0, lineCount() - 1);
    // A page scrolls the view with the cursor, as editors do.
    if (event->key() == Qt::Key_PageUp || event->key() == Qt::Key_PageDown)
        scrollToLine(std::max<qint64>(0, firstVisibleLine() + lines));
    moveCursor(offsetAt(target, goal), shift);
    m_goalColumn = goal;
    return true;
}

void LargeTextView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copy();
    } else if (event->matches(QKeySequence::SelectAll)) {
        selectAll();
    } else if (event->matches(QKeySequence::Find)) {
        openFind();
    } else if (event->matches(QKeySequence::FindNext) || event->matches(QKeySequence::FindPrevious)) {
        findFromBar(event->matches(QKeySequence::FindPrevious));
    } else if (event->key() == Qt::Key_Escape && m_findBar->isVisible()) {
        m_findBar->hide();
        setViewportMargins(0, 0, 0, 0);
    } else if (!moveByKey(event)) {
        QAbstractScrollArea::keyPressEvent(event);
    }
}

qint64 LargeTextView::offsetAt(const QPoint &point) const
{
    const qint64 line = std::clamp<qint64>(
        firstVisibleLine() + point.y() / m_lineHeight - (point.y() < 0 ? 1 : 0), 0, lineCount() - 1);
    const qint64 column =
        std::max<qint64>(0, firstVisibleColumn() + qRound(qreal(point.x() - Margin) / m_charWidth));
    return offsetAt(line, column);
}

void LargeTextView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    m_goalColumn = -1;
    moveCursor(offsetAt(event->position().toPoint()), event->modifiers() & Qt::ShiftModifier);
}

void LargeTextView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    m_goalColumn = -1;
    moveCursor(offsetAt(event->position().toPoint()), true); // and scrolls when dragged past an edge
}

void LargeTextView::mouseReleaseEvent(QMouseEvent *event)
{
    event->setAccepted(event->button() == Qt::LeftButton); // the selection is made while moving
}

void LargeTextView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const qint64 at = offsetAt(event->position().toPoint());
    const qint64 line = m_index->lineOf(at);
    const qint64 start = m_index->lineStart(line);
    const qint64 end = m_index->lineEnd(line);
    qint64 from = at;
    qint64 to = at;
    while (from > start && wordByte(window().at(from - 1)))
        --from;
    while (to < end && wordByte(window().at(to)))
        ++to;
    setSelection(from, to);
}

void LargeTextView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *copyAction = menu.addAction(tr("&Copy"), this, &LargeTextView::copy);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setEnabled(m_anchor != m_cursor);
    menu.addAction(tr("Select &All"), this, &LargeTextView::selectAll)->setShortcut(QKeySequence::SelectAll);
    menu.addSeparator();
    menu.addAction(tr("&Find…"), this, &LargeTextView::openFind)->setShortcut(QKeySequence::Find);
    menu.exec(event->globalPos());
}

void LargeTextView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void LargeTextView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

void LargeTextView::openFind()
{
    const QByteArray selected = selectedBytes();
    if (!selected.isEmpty() && selected.size() <= 200 && !selected.contains('\n'))
        m_findBar->edit()->setText(QString::fromUtf8(selected));
    m_findBar->open();
    placeFindBar();
}

void LargeTextView::findFromBar(bool backward)
{
    if (m_findBar->text().isEmpty()) {
        openFind();
        return;
    }
    find(m_findBar->text(), backward, m_findBar->caseSensitive());
}

void LargeTextView::find(const QString &text, bool backward, bool caseSensitive)
{
    if (m_search)
        m_search->cut();
    m_search.reset();
    TextSearch search;
    search.needle = text.toUtf8();
    search.caseSensitive = caseSensitive;
    search.backward = backward;
    const qint64 start = std::min(m_anchor, m_cursor);
    const qint64 from = backward ? start : (m_anchor != m_cursor ? start + 1 : m_cursor);
    const qint64 length = search.needle.size();
    const auto found = [this, length, text](qint64 at, bool wrapped) {
        if (at < 0) {
            m_findBar->setStatus(tr("Not found: %1").arg(text));
            Q_EMIT findFinished(false);
            return;
        }
        setSelection(at, at + length);
        if (at + length > m_index->indexedBytes()) {
            m_revealOnIndexed = true; // its line is not known yet
        } else {
            ensureVisible(m_cursor);
            ensureVisible(m_anchor);
        }
        m_findBar->setStatus(wrapped ? tr("Found, going round from the other end.") : QString());
        Q_EMIT findFinished(true);
    };
    if (window().size() <= SearchAtOnceBytes) {
        bool wrapped = false;
        const qint64 at = search.find(*window().source(), from, &wrapped);
        found(at, wrapped);
        return;
    }
    const std::shared_ptr<WorkerLink> link = WorkerLink::to(this);
    m_search = link;
    search.stopped = [link] { return link->isCut(); };
    m_findBar->setStatus(tr("Searching…"));
    QThreadPool::globalInstance()->start([this, link, search, from, found, text = window().source()] {
        bool wrapped = false;
        const qint64 at = search.find(*text, from, &wrapped);
        link->post([this, link, found, at, wrapped] {
            if (link->isCut()) // another search, or other text, since
                return;
            m_search.reset();
            found(at, wrapped);
        });
    });
}

} // namespace zd
