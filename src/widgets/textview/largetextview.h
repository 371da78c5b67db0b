#pragma once

#include "linescan.h"
#include "textwindow.h"

#include <QAbstractScrollArea>
#include <QByteArray>
#include <memory>
#include <vector>

namespace zd {

class FindBar;
class LineIndex;
class WorkerLink;

// A read-only view of UTF-8 text of any size: the bytes are held once (shared with whoever holds
// them), their lines are indexed by a worker, and only what is on screen is laid out, down to the
// visible columns of a very long line. Scrolls by wheel, keys and scroll bars; selects with the mouse
// and Shift+keys; copies the whole selection; finds with Ctrl+F (in a worker for large texts).
class LargeTextView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit LargeTextView(QWidget *parent = nullptr);
    ~LargeTextView() override;

    // Shows text (UTF-8), scrolled to its top; nothing is copied.
    void setText(const QByteArray &text);
    // The same for a text made on demand: only what is shown, searched or copied is read of it.
    void setSource(std::shared_ptr<const TextSource> text);
    // The same with its lines, found as it was written (by a LineScanner): not read again to index them.
    void setSource(std::shared_ptr<const TextSource> text, std::vector<LineChunk> lines);
    void setPlainText(const QString &text);
    void clear();
    // All of the text (read whole now when it is made on demand), and its size.
    [[nodiscard]] QByteArray text() const;
    [[nodiscard]] qint64 textSize() const;
    // All of the text, decoded (made on each call: for tests and small texts).
    [[nodiscard]] QString toPlainText() const;

    // Whether every line is indexed yet; indexComplete() is emitted when it is.
    [[nodiscard]] bool isIndexComplete() const;
    [[nodiscard]] qint64 lineCount() const;
    [[nodiscard]] qint64 firstVisibleLine() const;
    [[nodiscard]] qint64 firstVisibleColumn() const;
    // The text painted on each row of the screen now: the visible columns of the visible lines.
    [[nodiscard]] QStringList visibleLines() const;

    // The selection, as byte offsets (anchor may be after cursor).
    [[nodiscard]] qint64 cursorPosition() const { return m_cursor; }
    [[nodiscard]] qint64 anchorPosition() const { return m_anchor; }
    void setSelection(qint64 anchor, qint64 cursor);
    [[nodiscard]] QByteArray selectedBytes() const;
    void selectAll();
    void copy() const;

    // Find: the bar (Ctrl+F shows it), and the search it starts. findFinished() reports each search.
    [[nodiscard]] FindBar *findBar() const { return m_findBar; }
    void openFind();
    void find(const QString &text, bool backward, bool caseSensitive);
    [[nodiscard]] bool isSearching() const { return bool(m_search); }

Q_SIGNALS:
    void indexComplete();
    void findFinished(bool found);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    static constexpr int Margin = 4; // pixels left of the text

    // What one row shows: the text of the visible columns, and the byte offset of each of its
    // code points (and of the end).
    struct Row
    {
        QString text;
        qint64 column = 0; // of the first code point
        std::vector<qint64> offsets;
        std::vector<int> positions; // where each code point starts in text (and its end)
    };
    [[nodiscard]] Row row(qint64 line) const;

    // Columns are code points from the start of a line.
    [[nodiscard]] qint64 columnOf(qint64 offset) const;
    [[nodiscard]] qint64 offsetAt(qint64 line, qint64 column) const;
    [[nodiscard]] qint64 offsetAt(const QPoint &point) const;

    // Starts over, once the index has on a new text.
    void startOver();
    void updateMetrics();
    void updateScrollBars();
    void placeFindBar();
    [[nodiscard]] int visibleRows() const;
    [[nodiscard]] qint64 visibleColumns() const;
    // Scroll bars count lines and columns, scaled down when there are more than an int holds.
    [[nodiscard]] static qint64 step(qint64 count);
    void scrollToLine(qint64 line);
    void scrollToColumn(qint64 column);
    void ensureVisible(qint64 offset);
    void moveCursor(qint64 offset, bool keepAnchor);
    [[nodiscard]] qint64 nextOffset(qint64 offset) const;
    [[nodiscard]] qint64 previousOffset(qint64 offset) const;
    [[nodiscard]] bool moveByKey(QKeyEvent *event);
    void findFromBar(bool backward);

    // The text, read through the index's window: the lines it looks up are those the view reads.
    [[nodiscard]] const TextWindow &window() const;
    LineIndex *m_index;
    FindBar *m_findBar;
    qreal m_charWidth = 8;
    int m_lineHeight = 16;
    int m_ascent = 12;
    qint64 m_anchor = 0;
    qint64 m_cursor = 0;
    qint64 m_goalColumn = -1;       // kept across Up and Down
    bool m_revealOnIndexed = false; // a match found beyond the lines indexed yet
    std::shared_ptr<WorkerLink> m_search;
    // The last column looked up, to find the next near it on a long line.
    mutable struct
    {
        qint64 line = -1;
        qint64 column = 0;
        qint64 offset = 0;
    } m_mark;
    struct
    {
        qint64 offset = -1;
        qint64 column = 0;
    } m_cursorColumn; // where the cursor was painted
};

} // namespace zd
