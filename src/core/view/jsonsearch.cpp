#include "jsonsearch.h"

#include "jsonref.h"

namespace zd {

std::optional<std::vector<size_t>> searchJson(const json::Value &document, const std::vector<size_t> &start,
                                              const QString &text, const std::function<bool()> &stopped)
{
    if (text.isEmpty())
        return std::nullopt;
    const JsonRef root = JsonRef::of(document);
    if (root.type() != json::Value::Type::Array && root.type() != json::Value::Type::Object) {
        if (root.contains(text))
            return std::vector<size_t>{0};
        return std::nullopt;
    }

    // The walk: the children of each container on the way down, each at the value it is on.
    std::vector<JsonChildren> levels;
    const auto rows = [&levels] {
        std::vector<size_t> path;
        path.reserve(levels.size());
        for (const JsonChildren &level : levels)
            path.push_back(size_t(level.row()));
        return path;
    };
    // Whether the walk is past start, in document order (rows() > start, with nothing made).
    const auto pastStart = [&levels, &start] {
        for (size_t i = 0; i < levels.size() && i < start.size(); ++i) {
            if (const auto row = size_t(levels[i].row()); row != start[i])
                return row > start[i];
        }
        return levels.size() > start.size();
    };
    const auto descend = [&levels](const JsonRef &container) {
        if (container.childCount() == 0)
            return false;
        levels.emplace_back(container);
        return true;
    };
    // Advance to the next value in depth-first order; false at the end of the document.
    const auto next = [&] {
        if (descend(levels.empty() ? root : levels.back().current()))
            return true;
        while (!levels.empty()) {
            levels.back().advance();
            if (!levels.back().atEnd())
                return true;
            levels.pop_back();
        }
        return false;
    };
    for (size_t depth = 0; depth < start.size(); ++depth) {
        if (!descend(depth == 0 ? root : levels.back().current()))
            return std::nullopt;
        levels.back().skipTo(qsizetype(start[depth]));
        if (levels.back().atEnd())
            return std::nullopt; // start is not in this document
    }

    bool wrapped = false;
    for (quint32 steps = 1;; ++steps) {
        if (stopped && steps % 4096 == 0 && stopped())
            return std::nullopt;
        if (!next()) {
            if (wrapped || start.empty())
                return std::nullopt;
            wrapped = true; // go on from the top, up to start itself
            levels.clear();
            continue;
        }
        if (wrapped && pastStart())
            return std::nullopt;
        const JsonChildren &level = levels.back();
        if (level.keyContains(text) || level.current().contains(text))
            return rows();
    }
}

} // namespace zd
