#pragma once

#include "enmasseaccess.h"

#include "json/value.h"

namespace zd::access {

// One operation of an OpenAPI document: what calling it takes.
struct ApiOperation
{
    QString name;   // its operationId, or "METHOD path"
    QString method; // upper case
    QString path;   // as the document writes it, with its {placeholders}
    // The request body's template, built from its JSON schema (examples and defaults first, then a
    // value of each type: "", 0, false, [], nested objects); none: the operation takes no body.
    std::optional<json::Value> payload;
};

struct OpenApiRead
{
    std::optional<QList<ApiOperation>> operations;
    QString error; // "source: what is wrong"
};

// Reads an OpenAPI 3.0 or 3.1 document, YAML or JSON, as a server's /openapi/{name} or a file gives
// it. Security schemes are not read: Zato types every one as HTTP Basic (zato-platform.md §4).
[[nodiscard]] OpenApiRead readOpenApi(const QByteArray &document, const QString &source);

// Gives each channel of the test the payload of the operation with its method and path; returns the
// operations no channel has, by name.
QStringList applyOperations(AccessTest &test, const QList<ApiOperation> &operations);

} // namespace zd::access
