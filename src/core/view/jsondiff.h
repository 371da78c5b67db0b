#pragma once

#include "json/value.h"
#include <QList>
#include <QString>

namespace zd {

// One difference between two JSON documents, at a path written as code would (data.items[3].name).
struct JsonChange
{
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    QString path;      // empty for the root
    QByteArray before; // JSON text, empty for Added
    QByteArray after;  // JSON text, empty for Removed
};

// The differences from before to after, JSON-aware: member order and spacing do not count, numbers
// compare as Python's == does (1 == 1.0), objects by key, arrays item by item. At most limit changes
// are listed (a list that differs everywhere would otherwise list every item).
[[nodiscard]] QList<JsonChange> diffJson(const json::Value &before, const json::Value &after,
                                         int limit = 1000);

// Path steps as JsonTreeModel::path writes them.
[[nodiscard]] QString memberPath(const QString &parent, const QString &key);
[[nodiscard]] QString itemPath(const QString &parent, qsizetype index);

} // namespace zd
