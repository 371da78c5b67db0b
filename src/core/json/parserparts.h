#pragma once

// The parser's small parts: character classes and the object builder (parser.cpp only).
#include "value.h"

#include <QHash>

namespace zd::json::detail {

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
