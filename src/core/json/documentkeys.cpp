#include "documentbuilder.h"

#include <string_view>
#include <unordered_map>
#include <unordered_set>

// An object's keys, checked for repeats as the builder closes it: Python's dict keeps the first
// place of a repeated key and its last value.
namespace zd::json {

using namespace detail;
using Index = Document::Index;

void DocumentBuilder::closeObject(Index self, size_t firstKey)
{
    Document::Entry &entry = m_document->m_tape[self];
    entry.at = Index(m_document->m_tape.size());
    const size_t count = m_keys.size() - firstKey;
    bool repeated = false;
    bool plain = true;
    for (size_t i = firstKey; i < m_keys.size() && plain; ++i)
        plain = m_keys[i].plain;
    if (!plain) {
        repeated = true; // compared as text below
    } else if (count <= 16) {
        // Each key sets one of 64 bits, picked by its length and last byte: keys are compared only
        // when two pick the same bit.
        quint64 seen = 0;
        bool clash = false;
        for (size_t i = firstKey; i < m_keys.size(); ++i) {
            const Key &key = m_keys[i];
            const quint64 bit = quint64(1) << ((size_t(key.length) * 8 +
                                                (key.length ? uchar(key.begin[key.length - 1]) : 0u)) &
                                               63);
            clash = clash || (seen & bit);
            seen |= bit;
        }
        for (size_t i = firstKey + 1; clash && i < m_keys.size() && !repeated; ++i) {
            const Key &a = m_keys[i];
            for (size_t j = firstKey; j < i; ++j) {
                const Key &b = m_keys[j];
                if (a.length == b.length && (a.length == 0 || a.begin[0] == b.begin[0]) &&
                    std::memcmp(a.begin, b.begin, size_t(a.length)) == 0) {
                    repeated = true;
                    break;
                }
            }
        }
    } else {
        std::unordered_set<std::string_view> seen;
        seen.reserve(count);
        for (size_t i = firstKey; i < m_keys.size() && !repeated; ++i)
            repeated = !seen.emplace(m_keys[i].begin, size_t(m_keys[i].length)).second;
    }
    std::vector<std::pair<Index, Index>> members;
    if (repeated) {
        members = dedupe(firstKey);
        repeated = members.size() != count;
    }
    m_keys.resize(firstKey);
    const size_t effective = repeated ? members.size() : count;
    m_document->m_tape[self].info |= quint32(std::min<size_t>(effective, CountUnknown)) << CountShift;
    if (repeated) {
        m_document->m_tape[self].info |= FlagDuplicateKeys;
        m_document->m_dedupedMembers.emplace(self, std::move(members));
    }
}

// The members of the object whose keys start at firstKey, a repeated key keeping its first place
// and its last value, as a Python dict.
std::vector<std::pair<Index, Index>> DocumentBuilder::dedupe(size_t firstKey) const
{
    std::vector<std::pair<Index, Index>> members;
    members.reserve(m_keys.size() - firstKey);
    std::unordered_map<std::u16string, size_t> seen;
    for (size_t i = firstKey; i < m_keys.size(); ++i) {
        const Key &key = m_keys[i];
        // Read from the builder's bytes: the Document has none yet while they arrive.
        const QString text = key.plain ? QString::fromLatin1(key.begin, key.length)
                             : (m_document->m_tape[key.index].info & FlagEscaped)
                                 ? decodeEscapedString(key.begin, m_end)
                                 : QString::fromUtf8(key.begin, key.length);
        const auto [it, added] = seen.emplace(
            std::u16string(reinterpret_cast<const char16_t *>(text.utf16()), size_t(text.size())),
            members.size());
        if (added)
            members.emplace_back(key.index, key.index + 1);
        else
            members[it->second].second = key.index + 1;
    }
    return members;
}

} // namespace zd::json
