#pragma once

#include <QByteArray>
#include <QObject>
#include <memory>
#include <vector>

namespace zd {

class WorkerLink;

// Where each line of a UTF-8 text starts. The first lines are found at once, the rest by a worker
// thread in chunks, so a view can show its first screen before the whole text is read; grown()
// says more lines are known, completed() that all are.
class LineIndex : public QObject
{
    Q_OBJECT
public:
    explicit LineIndex(QObject *parent = nullptr);
    ~LineIndex() override;

    // Starts over on text (shared, not copied); an earlier worker is told to stop.
    void reset(const QByteArray &text);
    [[nodiscard]] bool isComplete() const { return m_complete; }
    // Lines known so far (at least one); the last may still grow until isComplete().
    [[nodiscard]] qint64 lineCount() const { return qint64(m_starts.size()); }
    [[nodiscard]] qint64 lineStart(qint64 line) const { return m_starts[size_t(line)]; }
    // Where the line's text ends: before its line feed (and a carriage return before that).
    [[nodiscard]] qint64 lineEnd(qint64 line) const;
    // Where the next line starts (after the line feed), or the end of what is read.
    [[nodiscard]] qint64 lineLimit(qint64 line) const;
    // The line an offset is in.
    [[nodiscard]] qint64 lineOf(qint64 offset) const;
    // The longest line known, in bytes.
    [[nodiscard]] qint64 longestLine() const;
    // How far the text is read.
    [[nodiscard]] qint64 indexedBytes() const { return m_scannedTo; }

    // The line starts after every line feed in text[from, to); longest is the longest line ended
    // there, counting from lineStart, the start of the line from is in.
    struct Chunk
    {
        std::vector<qint64> starts;
        qint64 scannedTo = 0;
        qint64 longest = 0;
    };
    [[nodiscard]] static Chunk scan(const QByteArray &text, qint64 from, qint64 to, qint64 lineStart);

Q_SIGNALS:
    void grown();
    void completed();

private:
    void append(const Chunk &chunk);

    QByteArray m_text;
    std::vector<qint64> m_starts{0};
    qint64 m_scannedTo = 0;
    qint64 m_longest = 0;
    bool m_complete = true;
    std::shared_ptr<WorkerLink> m_worker;
};

} // namespace zd
