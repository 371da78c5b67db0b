#pragma once

#include "rbac/matrixrunner.h"

namespace zd::cli {

// A matrix made from what a server's configuration says, with its credentials, ready to run.
struct DerivedMatrix
{
    MatrixDefinition matrix;
    QList<ResolvedCredential> credentials;
    QByteArray warnings; // "warning: ..." lines for stderr
};

struct DerivedMatrixRead
{
    std::optional<DerivedMatrix> matrix;
    QString error;
    int exitCode = 2; // when there is no matrix: 2 bad input, 3 the server could not be reached
};

// The values of an env file (NAME=value lines) over the process environment; none: the environment.
struct Variables
{
    QHash<QString, QString> file;
    [[nodiscard]] std::optional<QString> value(const QString &name) const;
};
[[nodiscard]] std::optional<Variables> readVariables(const QString &envFile, QString *error);

// Where the channels' payload templates come from: an OpenAPI channel of the server (fetched from
// /openapi/{name} with the configuration's Basic Auth credentials) or a document's file; neither: {}.
struct OpenApiSource
{
    QString channel;
    QString file;
};

// What the user gives beside the configuration, as DEFINITION=VALUE: the variable holding a secret
// (--secret), an API key's header (--api-key-header), a Basic Auth realm (--realm).
struct GivenValues
{
    QStringList secrets;
    QStringList headers;
    QStringList realms;
};

// The matrix of an enmasse file: its credentials against its channels, with derived expectations.
[[nodiscard]] DerivedMatrixRead matrixFromEnmasse(const QString &file, const Variables &variables,
                                                  const QString &address, const OpenApiSource &openApi = {},
                                                  const GivenValues &given = {});

// The same from a running 4.1 server's admin services, asked as user with password.
[[nodiscard]] DerivedMatrixRead matrixFromServer(const QString &address, const QString &user,
                                                 const QString &password, const GivenValues &given,
                                                 const Variables &variables,
                                                 const OpenApiSource &openApi = {});

} // namespace zd::cli
