#pragma once

#include "accessrules.h"
#include "rbac/matrixrunner.h"

#include <QHash>
#include <optional>

namespace zd::access {

// A security definition of the file as a caller: what it sends, with the secret the file gives (after
// its ${NAME} references are read). Held in memory only.
struct FileCredential
{
    QString name;
    SecurityType type = SecurityType::BasicAuth;
    QString user;          // BasicAuth
    QString secret;        // the password, the API key or the static token; empty: unknown
    QByteArray header;     // ApiKey
    bool callable = false; // the file gives what a right call needs (a secret, a static token)
    QString where;         // file:line: section[i] "name"
    QString missing;       // why a credential sent in a header has no secret: "where: ..."
};

// A REST channel of the file as a matrix column.
struct FileChannel
{
    QString name;
    QString path;   // with a sample value for each {placeholder}
    QString method; // the channel's; empty: any, called with POST
    QString service;
    // What a call sends: the template of its OpenAPI operation's request body, when one was read;
    // otherwise {} (nothing for GET and DELETE).
    std::optional<json::Value> payload = std::nullopt;
};

struct AccessTest
{
    Configuration configuration;
    QList<FileCredential> credentials;
    QList<FileChannel> channels;
    QStringList warnings; // what was read but cannot be tested, said with file and line
    // Every warning: those above, then each credential's missing secret.
    [[nodiscard]] QStringList allWarnings() const;
    QStringList notDerivable; // channels whose access the file does not decide (3.2 RBAC)
};

struct AccessTestRead
{
    std::optional<AccessTest> test;
    QString error; // "file:line: item: what is wrong. What to do."
};

// Reads an enmasse file (4.1 or 3.2 layout, with its includes; zato-platform.md §3) into what decides
// who may call what. env: values for ${NAME} before the process environment (an env file).
[[nodiscard]] AccessTestRead readEnmasseAccess(const QString &fileName, const QHash<QString, QString> &env,
                                               bool useProcessEnvironment = true);

// What an export leaves out, given by the user, by definition name: secrets, API-key headers, realms.
struct FillIns
{
    QHash<QString, QString> secrets;
    QHash<QString, QByteArray> headers;
    QHash<QString, QString> realms;
};

// Puts the fill-ins on the test's credentials and definitions; the error names one given for no
// definition of the test, or for one of another kind (a header for Basic Auth); empty: all taken.
[[nodiscard]] QString fillIn(AccessTest &test, const FillIns &fillIns);

struct AccessMatrix
{
    MatrixDefinition matrix;               // rows, columns, expectations and their reasons; no secrets
    QList<ResolvedCredential> credentials; // one per row, with the secrets
};

// The rows are each callable credential, "(none)", and each credential with a wrong secret
// ("NAME (wrong secret)"); the columns the channels; every cell's expectation comes from expect().
[[nodiscard]] AccessMatrix accessMatrix(const AccessTest &test, const QString &address);

// A channel's path with a sample value, 1, for each {placeholder}.
[[nodiscard]] QString samplePath(QString path);

// The row names of accessMatrix().
[[nodiscard]] QString noCredentialsRow();
[[nodiscard]] QString wrongSecretRow(const QString &credential);

} // namespace zd::access
