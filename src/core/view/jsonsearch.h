#pragma once

#include "json/value.h"
#include <QString>
#include <functional>
#include <optional>
#include <vector>

namespace zd {

// The next value after start (its rows from the root, as JsonTreeModel numbers them) whose key or
// scalar value contains text, case-insensitively: depth first in document order, wrapping around up
// to start itself; its rows, or nothing. A document that is a scalar is the one row {0}. It reads only
// the document (a tree of values, or a Document's tape, never opened), so it runs on any thread;
// stopped, asked now and then, ends it early with nothing found.
[[nodiscard]] std::optional<std::vector<size_t>> searchJson(const json::Value &document,
                                                            const std::vector<size_t> &start,
                                                            const QString &text,
                                                            const std::function<bool()> &stopped = {});

} // namespace zd
