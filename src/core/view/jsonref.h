#pragma once

#include "json/document.h"
#include "json/value.h"
#include <QString>
#include <memory>
#include <utility>
#include <vector>

namespace zd {

// A value the tree shows: a value of a tree of json::Value, or a value of a json::Document read
// straight from its tape, so that a large container of a response is never opened into a tree.
class JsonRef
{
public:
    JsonRef() = default;
    // The value itself; a value that stands for part of a Document is read from that Document.
    [[nodiscard]] static JsonRef of(const json::Value &value);

    [[nodiscard]] json::Value::Type type() const;
    // Members or items of a container; 0 for anything else.
    [[nodiscard]] qsizetype childCount() const;
    // null, boolean, integer, float, string, array or object.
    [[nodiscard]] QString typeName() const;
    // One line: a scalar as JSON (a long string cut), a container as its size.
    [[nodiscard]] QString preview() const;
    // A string's length in UTF-16 code units, as QString counts it.
    [[nodiscard]] qsizetype stringSize() const;
    // Whether a scalar's text contains text, case-insensitively (containers never do).
    [[nodiscard]] bool contains(const QString &text) const;
    // The value, to be written or compared (a Document's containers stay unopened).
    [[nodiscard]] json::Value toValue() const;

private:
    friend class JsonChildren;
    const json::Value *m_value = nullptr;
    std::shared_ptr<const json::Document> m_document;
    json::Document::Index m_at = 0;
};

// The members or items of a container, one after the other, in order.
class JsonChildren
{
public:
    explicit JsonChildren(JsonRef container);

    [[nodiscard]] bool atEnd() const { return m_row >= m_count; }
    [[nodiscard]] qsizetype row() const { return m_row; }
    [[nodiscard]] JsonRef current() const;
    // The current member's key; empty for an item.
    [[nodiscard]] QString key() const;
    // Whether the current member's key contains text, case-insensitively (an item's never does).
    [[nodiscard]] bool keyContains(const QString &text) const;
    [[nodiscard]] bool isItem() const { return m_container.type() == json::Value::Type::Array; }
    void advance();
    // Advances to row (at or after the current one).
    void skipTo(qsizetype row);

private:
    [[nodiscard]] bool repeatsKeys() const { return !m_members.empty(); }

    JsonRef m_container;
    qsizetype m_count = 0;
    qsizetype m_row = 0;
    json::Document::Index m_cursor = 0; // a Document's: the current item, or the current member's key
    std::vector<std::pair<json::Document::Index, json::Document::Index>> m_members; // when keys repeat
};

} // namespace zd
