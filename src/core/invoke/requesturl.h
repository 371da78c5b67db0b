#pragma once

#include "calltypes.h"

#include <QString>

namespace zd {

// The {name} placeholders of a channel path (such as /customers/{cust_id}), in order, each once.
[[nodiscard]] QStringList pathPlaceholders(const QString &path);

// path with each {name} placeholder replaced by its value, percent-encoded as one path segment (a
// slash in a value is %2F). A placeholder with no value, or a value for a placeholder the path does
// not have, is a problem that names it (error), and the path is returned unchanged.
[[nodiscard]] QString withPathParams(const QString &path, const QList<NamedValue> &params, QString *error);

// path with the parameters added to its own query string, as python-requests adds params=: each
// name and value encoded by urllib's quote_plus (a space as +), joined by &, after what the path's
// query already holds, before any #fragment. A parameter with no name is a problem (error).
[[nodiscard]] QString withQuery(const QString &path, const QList<NamedValue> &query, QString *error);

// text as urllib's quote_plus encodes it: letters, digits and _.-~ as they are, a space as +, every
// other byte of its UTF-8 as %XX.
[[nodiscard]] QByteArray quotePlus(const QString &text);

} // namespace zd
