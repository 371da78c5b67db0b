#include "prettylines.h"

#include "writerparts.h"

namespace zd::json {

using detail::Sink;

PrettyLines::PrettyLines(std::shared_ptr<const Document> document, Document::Index root,
                         const WriteOptions &options)
    : m_document(std::move(document)), m_root(root), m_options(options)
{
    Q_ASSERT(m_options.indent >= 0);
}

void PrettyLines::value(Sink &out, Index index, bool comma)
{
    const Value::Type type = m_document->type(index);
    const bool array = type == Value::Type::Array;
    if (array || type == Value::Type::Object) {
        const Index end = m_document->next(index);
        if (end == index + 1) {
            out.put(array ? QByteArrayView("[]") : QByteArrayView("{}"));
        } else {
            out.put(array ? '[' : '{');
            Frame frame{index + 1, end, !array, nullptr};
            if (!array && m_document->hasRepeatedKeys(index))
                frame.members =
                    std::make_shared<const std::vector<std::pair<Index, Index>>>(m_document->members(index));
            m_open.push_back(std::move(frame));
            return; // its comma, if any, comes after its closing bracket
        }
    } else {
        detail::putDocumentScalar(out, *m_document, index, m_options);
    }
    if (comma)
        out.put(',');
}

void PrettyLines::line(Sink &out)
{
    if (!m_started) {
        m_started = true;
        value(out, m_root, false);
        m_done = m_open.empty();
        return;
    }
    Frame &frame = m_open.back();
    const int level = int(m_open.size());
    if (!frame.more()) {
        const char bracket = frame.object ? '}' : ']';
        m_open.pop_back();
        detail::putNewline(out, m_options.indent, level - 1);
        out.put(bracket);
        if (m_open.empty())
            m_done = true;
        else if (m_open.back().more())
            out.put(',');
        return;
    }
    detail::putNewline(out, m_options.indent, level);
    Index item = frame.next;
    if (frame.members) {
        const auto &[key, member] = (*frame.members)[frame.written++];
        detail::putDocumentScalar(out, *m_document, key, m_options);
        out.put(": ");
        item = member;
    } else if (frame.object) {
        detail::putDocumentScalar(out, *m_document, item, m_options);
        out.put(": ");
        ++item;
        frame.next = m_document->next(item);
    } else {
        frame.next = m_document->next(item);
    }
    value(out, item, frame.more()); // may push a frame: frame is not used after
}

void PrettyLines::write(QByteArray &out, qint64 bytes)
{
    Sink sink(out);
    const qint64 until = sink.size() + bytes;
    while (!m_done && sink.size() < until)
        line(sink);
}

qint64 PrettyLines::writeAll(qint64 every, const std::function<void(qint64, const PrettyLines &)> &mark,
                             const std::function<void(QByteArrayView)> &write)
{
    Sink sink(write ? write : std::function<void(QByteArrayView)>([](QByteArrayView) {}));
    const size_t deepest = size_t(every / 16) / sizeof(Frame);
    qint64 next = 0;
    while (!m_done) {
        const qint64 at = sink.size();
        if (at >= next && m_open.size() <= deepest) {
            mark(at, *this);
            next = at + every;
        }
        line(sink);
    }
    sink.finish();
    return sink.size();
}

} // namespace zd::json
