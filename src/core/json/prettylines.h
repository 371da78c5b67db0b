#pragma once

#include "document.h"
#include "writer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <functional>
#include <memory>
#include <vector>

namespace zd::json {

namespace detail {
class Sink;
}

// json.dumps(value, indent=N) of a value of a Document, written a few lines at a time. Where it is
// between two lines is a small state that copies as a value: a copy kept at any line start writes,
// later and on any thread, the same text from there on. So a large pretty text can be made again in
// pieces when asked instead of being held whole.
class PrettyLines
{
public:
    // options.indent is at least 0.
    PrettyLines(std::shared_ptr<const Document> document, Document::Index root, const WriteOptions &options);

    [[nodiscard]] bool atEnd() const { return m_done; }
    // Appends whole lines to out until at least bytes more are there, or the text has ended. Every
    // line but the first starts with its line feed.
    void write(QByteArray &out, qint64 bytes);
    // Writes what is left, handing it on to write in pieces (or to nothing: then it is only counted),
    // and returns its size. Before a line that starts every bytes or more after the last one marked
    // (the first line included), mark is called with where it starts, counted from here, and the
    // state that writes on from it; but only where that state (one container for each level open) is
    // at most a sixteenth of every, so that the states kept stay small beside the text, however
    // deep the value.
    qint64 writeAll(qint64 every, const std::function<void(qint64, const PrettyLines &)> &mark,
                    const std::function<void(QByteArrayView)> &write = {});

private:
    using Index = Document::Index;
    // An open container: its items (or members) left to write.
    struct Frame
    {
        Index next;
        Index end;
        bool object;
        // An object with a repeated key: its effective members, and how many are written.
        std::shared_ptr<const std::vector<std::pair<Index, Index>>> members;
        size_t written = 0;
        [[nodiscard]] bool more() const { return members ? written < members->size() : next < end; }
    };
    void line(detail::Sink &out);
    void value(detail::Sink &out, Index index, bool comma);

    std::shared_ptr<const Document> m_document;
    Index m_root;
    WriteOptions m_options;
    std::vector<Frame> m_open;
    bool m_started = false;
    bool m_done = false;
};

} // namespace zd::json
