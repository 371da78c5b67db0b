#include "document.h"

#include "documentbuilder.h"

#include <algorithm>
#include <cstring>

namespace zd::json {

namespace {

using Index = Document::Index;

// Strings longer than this stay lazy when their container is opened; shorter ones are made with it.
constexpr qsizetype EagerStringBytes = 4096;

// The closing quote of a string with no escape: its first quote.
const char *plainEnd(const char *p, const char *end)
{
    const void *quote = std::memchr(p, '"', size_t(end - p));
    return quote ? static_cast<const char *>(quote) : end;
}

// The end of a plain string that starts at p (after its quote), from its length on the tape.
const char *plainEnd(const Document::Entry &entry, const char *p, const char *end)
{
    const quint32 length = entry.info >> detail::CountShift;
    return length != detail::CountUnknown ? p + length : plainEnd(p, end);
}

} // namespace

using namespace detail;

Value::Type Document::type(Index index) const
{
    switch (m_tape[index].info & KindMask) {
    case KindNull:
        return Value::Type::Null;
    case KindFalse:
    case KindTrue:
        return Value::Type::Bool;
    case KindNumber:
        return Value::Type::Number;
    case KindString:
        return Value::Type::String;
    case KindArray:
        return Value::Type::Array;
    default:
        return Value::Type::Object;
    }
}

bool Document::boolean(Index index) const
{
    return (m_tape[index].info & KindMask) == KindTrue;
}

Number Document::number(Index index) const
{
    return Number{numberText(index).toByteArray(), isInteger(index)};
}

QByteArrayView Document::numberText(Index index) const
{
    const Entry &entry = m_tape[index];
    if (entry.info & FlagNegativeZero)
        return "0";
    const char *begin = m_bytes.constData() + entry.at;
    const quint32 length = entry.info >> CountShift;
    if (length != CountUnknown)
        return QByteArrayView(begin, length);
    return QByteArrayView(begin, numberLength(begin, m_bytes.constData() + m_bytes.size()));
}

bool Document::isInteger(Index index) const
{
    return (m_tape[index].info & KindMask) == KindNumber && (m_tape[index].info & FlagInteger);
}

std::optional<QByteArrayView> Document::plainString(Index index) const
{
    const Entry &entry = m_tape[index];
    if (entry.info & (FlagEscaped | FlagNonAscii))
        return std::nullopt;
    const char *begin = m_bytes.constData() + entry.at + 1;
    return QByteArrayView(begin, plainEnd(entry, begin, m_bytes.constData() + m_bytes.size()));
}

QString Document::string(Index index) const
{
    const Entry &entry = m_tape[index];
    const char *begin = m_bytes.constData() + entry.at + 1;
    const char *end = m_bytes.constData() + m_bytes.size();
    if (!(entry.info & FlagEscaped))
        return QString::fromUtf8(begin, plainEnd(entry, begin, end) - begin);
    return decodeEscapedString(begin, end);
}

bool Document::isShortString(Index index, qsizetype bytes) const
{
    const quint32 length = m_tape[index].info >> CountShift;
    if (length != CountUnknown)
        return length < bytes;
    const char *begin = m_bytes.constData() + m_tape[index].at + 1;
    const qsizetype left = m_bytes.constData() + m_bytes.size() - begin;
    return std::memchr(begin, '"', size_t(std::min(left, bytes))) != nullptr;
}

bool Document::isTruthy(Index index) const
{
    switch (type(index)) {
    case Value::Type::Null:
        return false;
    case Value::Type::Bool:
        return boolean(index);
    case Value::Type::Number:
        return !number(index).isZero();
    case Value::Type::String:
        return m_bytes.at(m_tape[index].at + 1) != '"';
    case Value::Type::Array:
    case Value::Type::Object:
        return m_tape[index].at > index + 1;
    }
    return false;
}

Index Document::next(Index index) const
{
    const Entry &entry = m_tape[index];
    const quint32 kind = entry.info & KindMask;
    return kind == KindArray || kind == KindObject ? entry.at : index + 1;
}

bool Document::isVerbatim(Index index) const
{
    const quint32 info = m_tape[index].info;
    switch (info & KindMask) {
    case KindNull:
    case KindFalse:
    case KindTrue:
        return true;
    case KindNumber:
    case KindString:
        return info & FlagVerbatim;
    default:
        return false;
    }
}

std::optional<QByteArrayView> Document::verbatimText(Index index) const
{
    const quint32 kind = m_tape[index].info & KindMask;
    if ((kind != KindArray && kind != KindObject) || !(m_tape[index].info & FlagVerbatim))
        return std::nullopt;
    const auto span = std::lower_bound(m_spans.begin(), m_spans.end(), index,
                                       [](const Span &s, Index i) { return s.index < i; });
    Q_ASSERT(span != m_spans.end() && span->index == index); // the flag is set only with a span
    return QByteArrayView(m_bytes.constData() + span->begin, span->size);
}

qsizetype Document::size(Index index) const
{
    const Entry &entry = m_tape[index];
    const quint32 kind = entry.info & KindMask;
    if (kind != KindArray && kind != KindObject)
        return 0; // a scalar's bits hold its length, not a count
    const quint32 count = entry.info >> CountShift;
    if (count != CountUnknown)
        return count;
    if (kind == KindObject)
        return qsizetype(members(index).size());
    return qsizetype(items(index).size());
}

std::vector<Index> Document::items(Index index) const
{
    std::vector<Index> result;
    const Index end = m_tape[index].at;
    const quint32 count = m_tape[index].info >> CountShift;
    if (count != CountUnknown)
        result.reserve(count);
    for (Index i = index + 1; i < end; i = next(i))
        result.push_back(i);
    return result;
}

bool Document::hasRepeatedKeys(Index index) const
{
    return (m_tape[index].info & KindMask) == KindObject && (m_tape[index].info & FlagDuplicateKeys);
}

std::vector<std::pair<Index, Index>> Document::members(Index index) const
{
    if (m_tape[index].info & FlagDuplicateKeys)
        return m_dedupedMembers.at(index);
    std::vector<std::pair<Index, Index>> result;
    const Index end = m_tape[index].at;
    const quint32 count = m_tape[index].info >> CountShift;
    if (count != CountUnknown)
        result.reserve(count);
    for (Index i = index + 1; i < end; i = next(i + 1))
        result.emplace_back(i, i + 1);
    return result;
}

Value Document::toValue(Index index) const
{
    switch (type(index)) {
    case Value::Type::Null:
        return Value();
    case Value::Type::Bool:
        return Value::fromBool(boolean(index));
    case Value::Type::Number:
        return Value::fromNumber(number(index));
    case Value::Type::String:
        return Value::fromString(string(index));
    case Value::Type::Array: {
        Array values;
        for (const Index item : items(index))
            values.push_back(toValue(item));
        return Value::fromArray(std::move(values));
    }
    case Value::Type::Object: {
        Object values;
        for (const auto &[key, value] : members(index))
            values.push_back(Member{string(key), toValue(value)});
        return Value::fromObject(std::move(values));
    }
    }
    return Value();
}

Value documentValue(const std::shared_ptr<const Document> &document, Document::Index index)
{
    const Value::Type type = document->type(index);
    switch (type) {
    case Value::Type::Null:
    case Value::Type::Bool:
    case Value::Type::Number:
        return document->toValue(index);
    case Value::Type::String:
        if (document->isShortString(index, EagerStringBytes))
            return document->toValue(index);
        break;
    case Value::Type::Array:
    case Value::Type::Object:
        break;
    }
    auto node = std::make_shared<LazyNode>();
    node->document = document;
    node->index = index;
    node->type = type;
    return Value::fromLazy(std::move(node));
}

QString stringStart(const Value &string, qsizetype chars)
{
    if (const LazyNode *node = string.lazyNode(); node && !node->isOpened()) {
        if (const std::optional<QByteArrayView> plain = node->document->plainString(node->index))
            return QString::fromLatin1(plain->first(qMin(plain->size(), chars)));
    }
    return string.toString().left(chars);
}

qsizetype childCount(const Value &container)
{
    if (const LazyNode *node = container.lazyNode(); node && !node->isOpened())
        return node->document->size(node->index);
    if (container.isArray())
        return qsizetype(container.toArray().size());
    return container.isObject() ? qsizetype(container.toObject().size()) : 0;
}

const Value &LazyNode::resolved() const
{
    std::call_once(once, [this] {
        switch (type) {
        case Value::Type::Array: {
            Array values;
            const std::vector<Document::Index> items = document->items(index);
            values.reserve(items.size());
            for (const Document::Index item : items)
                values.push_back(documentValue(document, item));
            value = Value::fromArray(std::move(values));
            break;
        }
        case Value::Type::Object: {
            Object values;
            const auto members = document->members(index);
            values.reserve(members.size());
            for (const auto &[key, item] : members)
                values.push_back(Member{document->string(key), documentValue(document, item)});
            value = Value::fromObject(std::move(values));
            break;
        }
        default:
            value = document->toValue(index);
            break;
        }
        opened.store(true, std::memory_order_release);
    });
    return value;
}

ParseResult parseDocument(QByteArray utf8)
{
    ParseResult result;
    const std::shared_ptr<const Document> document = Document::build(std::move(utf8), &result);
    if (document)
        result.value = documentValue(document, 0);
    return result;
}

} // namespace zd::json
