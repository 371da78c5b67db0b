#pragma once

#include "parser.h"
#include "value.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <vector>

namespace zd::json {

// A parsed JSON document that keeps the received bytes once and, beside them, a tape of eight bytes
// per value (its kind and where it starts, or where a container ends). Strings and numbers are read
// from the bytes when asked, not copied. It follows every rule of parse(): member order, the last of
// duplicate keys at the first one's place, exact integers, NaN and Infinity, the same errors.
//
// Values are addressed by their tape index; the root is 0. A Document is immutable once built, so
// one can be read from several threads.
class Document
{
public:
    using Index = quint32;

    // The parsed document, or nullptr with the error of parse() in result. Bodies of 4 GiB or more
    // are refused ("too large").
    [[nodiscard]] static std::shared_ptr<const Document> build(QByteArray utf8, ParseResult *result);

    [[nodiscard]] Value::Type type(Index index) const;
    [[nodiscard]] bool boolean(Index index) const;
    [[nodiscard]] Number number(Index index) const;
    // A number's text as Number::text holds it, read from the bytes, and whether it is an integer.
    [[nodiscard]] QByteArrayView numberText(Index index) const;
    [[nodiscard]] bool isInteger(Index index) const;
    [[nodiscard]] QString string(Index index) const;
    // A string's raw bytes between its quotes when they are its text (no escape, ASCII only), else
    // an empty optional.
    [[nodiscard]] std::optional<QByteArrayView> plainString(Index index) const;
    // Members or items of a container (effective members: a repeated key counts once); 0 for a scalar.
    [[nodiscard]] qsizetype size(Index index) const;
    // The items of an array, in order.
    [[nodiscard]] std::vector<Index> items(Index index) const;
    // Whether an object repeats a key (its members() then leave out all but one of each). Without
    // repeats, an object's members are a key at i and its value at i + 1, from index + 1 to next().
    [[nodiscard]] bool hasRepeatedKeys(Index index) const;
    // The members of an object as (key, value) indexes, in Python's dict order.
    [[nodiscard]] std::vector<std::pair<Index, Index>> members(Index index) const;
    // Whether a string's text is shorter than bytes (its closing quote within them).
    [[nodiscard]] bool isShortString(Index index, qsizetype bytes) const;
    // Python's truth value, read from the tape.
    [[nodiscard]] bool isTruthy(Index index) const;
    // The index after index and all it contains.
    [[nodiscard]] Index next(Index index) const;
    // Whether json.dumps with its default separators (", ", ": ") writes the scalar exactly as its
    // bytes read: a string with no escape and only printable ASCII, an integer other than -0, a float
    // whose text is its repr(), NaN or an infinity; always for null, true and false.
    [[nodiscard]] bool isVerbatim(Index index) const;
    // A container's bytes when json.dumps with its default separators writes exactly them (no other
    // whitespace, every scalar in it verbatim, no repeated key), else an empty optional. Kept for the
    // outermost such containers only: one inside another gives none; so does [] or {}, which the
    // writers write as they read anyway.
    [[nodiscard]] std::optional<QByteArrayView> verbatimText(Index index) const;

    // The value as a tree of Values, all of it made now.
    [[nodiscard]] Value toValue(Index index) const;

    [[nodiscard]] const QByteArray &bytes() const { return m_bytes; }
    // Values on the tape (keys included).
    [[nodiscard]] qsizetype tapeSize() const { return qsizetype(m_tape.size()); }

    struct Entry
    {
        // Scalars: the byte offset where the value starts. Containers: the index after their end.
        quint32 at;
        // Bits 0-3: kind; 4-7: flags; 8-31: members or items (containers), the length of a string or
        // number (scalars; 0xffffff: count or look for it).
        quint32 info;
    };

private:
    friend class DocumentBuilder;
    Document() = default;
    QByteArray m_bytes;
    std::vector<Entry> m_tape;
    struct Span
    {
        Index index;
        quint32 begin;
        quint32 size;
    };
    // The containers whose verbatimText() is kept, in tape order.
    std::vector<Span> m_spans;
    // Objects with a repeated key: their effective members.
    std::unordered_map<Index, std::vector<std::pair<Index, Index>>> m_dedupedMembers;
};

// A Value that reads a Document: its type and truth from the tape, its contents made when first
// asked (containers one level at a time, so a tree view costs only what it opens).
[[nodiscard]] Value documentValue(const std::shared_ptr<const Document> &document, Document::Index index);

// The first chars characters (or all) of a string value. A long plain string of a Document is read
// from its bytes, so a label can show the start of a 50 MB string without making all of it.
[[nodiscard]] QString stringStart(const Value &string, qsizetype chars);

// The members or items of a container (0 for anything else), read from a Document's tape without
// making them.
[[nodiscard]] qsizetype childCount(const Value &container);

// Parses a response body into a Document and returns its root as a documentValue: the same result as
// parse(utf8), read lazily, with the bytes shared, not copied.
[[nodiscard]] ParseResult parseDocument(QByteArray utf8);

namespace detail {

struct LazyNode
{
    std::shared_ptr<const Document> document;
    Document::Index index;
    Value::Type type;
    mutable std::once_flag once;
    mutable Value value;
    mutable std::atomic<bool> opened = false;

    const Value &resolved() const;
    // Whether resolved() has made the value: until then, readers of the tape (the tree view,
    // stringStart, childCount) leave it unmade.
    [[nodiscard]] bool isOpened() const { return opened.load(std::memory_order_acquire); }
};

} // namespace detail

} // namespace zd::json
