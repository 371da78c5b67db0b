#pragma once

// The parsers' small parts: errors, character classes and the object builder (parser.cpp and
// documentbuilder.cpp only).
#include "value.h"

#include <QHash>

namespace zd::json::detail {

struct ParseError
{
    const char *message;
    const char *at;
};

// Python reports positions in code points, with 1-based lines and columns.
inline QString describeError(const ParseError &error, const char *begin, qsizetype &charIndex)
{
    qsizetype chars = 0;
    qsizetype line = 1;
    qsizetype lineStartChar = 0;
    for (const char *q = begin; q < error.at; ++q) {
        const auto c = static_cast<unsigned char>(*q);
        if ((c & 0xc0) == 0x80)
            continue;
        ++chars;
        if (c == '\n') {
            ++line;
            lineStartChar = chars;
        }
    }
    charIndex = chars;
    const qsizetype column = chars - lineStartChar + 1;
    return QStringLiteral("%1: line %2 column %3 (char %4)")
        .arg(QString::fromUtf8(error.message))
        .arg(line)
        .arg(column)
        .arg(chars);
}

inline bool isWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Adds members one by one; a repeated key replaces the earlier value in place, as a Python dict.
class ObjectBuilder
{
public:
    void add(QString key, Value value)
    {
        if (m_members.size() < 16) {
            for (Member &member : m_members) {
                if (member.key == key) {
                    member.value = std::move(value);
                    return;
                }
            }
        } else {
            if (m_index.isEmpty()) {
                for (size_t i = 0; i < m_members.size(); ++i)
                    m_index.insert(m_members[i].key, i);
            }
            const auto it = m_index.constFind(key);
            if (it != m_index.constEnd()) {
                m_members[*it].value = std::move(value);
                return;
            }
            m_index.insert(key, m_members.size());
        }
        m_members.push_back(Member{std::move(key), std::move(value)});
    }

    Object take() { return std::move(m_members); }

private:
    Object m_members;
    QHash<QString, size_t> m_index;
};

} // namespace zd::json::detail
