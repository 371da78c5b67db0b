#pragma once

#include "invoke/calltypes.h"
#include "invoke/requesturl.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace zd {

// One header of a request as the user lists it: a row can be switched off without being removed.
struct HeaderRow
{
    QString name;
    QString value;
    bool enabled = true;
    friend bool operator==(const HeaderRow &, const HeaderRow &) = default;
};

// path with each {name} placeholder replaced by its value, percent-encoded (by "x" while it has none):
// the path as a URL is checked.
[[nodiscard]] QString filledPath(const QString &path, const QList<NamedValue> &pathParams);

// Where JSON text stops being valid: the parser's message (Python's json.loads), its 1-based line and
// column (in code points, as Python counts them), and the UTF-16 offset in the text (for a cursor).
struct JsonTextError
{
    QString message;
    int line = 1;
    int column = 1;
    qsizetype offset = 0;
};

// The request a user writes in the window: the method, the payload as text (JSON, or raw text sent as
// it is), the headers, the query parameters and the values of the path's {name} placeholders.
struct RequestDraft
{
    enum class Mode { Json, Raw };
    // What a problem is about, for the editor to point at it.
    enum class Part { Payload, Headers, Query, PathParams };
    struct Problem
    {
        Part part = Part::Payload;
        QString message;
        int row = -1;          // Headers, Query: the row at fault
        qsizetype offset = -1; // Payload: the UTF-16 offset of the error in the text
    };

    QByteArray method; // empty: the client's own (POST)
    Mode mode = Mode::Json;
    QString payload; // JSON mode: empty sends the client's default payload
    QList<HeaderRow> headers;
    QList<NamedValue> query;
    QList<NamedValue> pathParams;

    friend bool operator==(const RequestDraft &, const RequestDraft &) = default;

    // The problems that keep it from being sent, in the order of the parts: invalid JSON (with its line
    // and column), a header without a valid name, a query value without a name, a {placeholder} of
    // path without a value, a path parameter path has no placeholder for.
    [[nodiscard]] QList<Problem> validate(const QString &path) const;
    // Writes method, payload, the enabled headers, the query and the path parameters into spec.
    void applyTo(CallSpec &spec) const;
};

[[nodiscard]] QString methodKey(const QByteArray &method); // "" → "POST"

// Where text is not valid JSON, or nothing when it is.
[[nodiscard]] std::optional<JsonTextError> jsonTextError(const QString &text);
// The JSON text laid out again: Python's json.dumps(v, indent=4, ensure_ascii=False) (key order and
// numbers exactly as written), or json.dumps(v) (the bytes a Python client sends). Nothing when the
// text is not JSON.
[[nodiscard]] std::optional<QString> prettyJson(const QString &text);
[[nodiscard]] std::optional<QString> compactJson(const QString &text);

// The customer lookup's payload, {"cust_id": "<id>"}, and the customer ID back from a payload of that
// shape (an object whose only member is a string cust_id).
[[nodiscard]] QString customerPayload(const QString &customerId);
[[nodiscard]] std::optional<QString> customerIdOf(const QString &payload);

} // namespace zd
