#pragma once

#include "invoke/calltypes.h"
#include "invoke/outcome.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace zd {

// One row of a credentials-by-channels matrix: who calls, with any kind of credential (HTTP Basic,
// an API key, a bearer token, or none). The secret comes from the profile of that name (its keychain
// entry), from an environment variable, or from the row's own keychain entry (matrixPasswordKey(name),
// matrixApiKeyKey(name), matrixTokenKey(name)); never from the matrix file.
struct MatrixCredential
{
    QString name;
    QString user;
    QString profile;     // take the credential from this saved profile
    QString passwordEnv; // or read the password from this environment variable
    // The kind; none given: the profile's kind for a profile row, HTTP Basic otherwise.
    std::optional<AuthKind> auth = std::nullopt;
    QByteArray apiKeyHeader = QByteArray(); // empty: the profile's, or X-API-Key
    QString secretEnv = QString();          // the API key or token from this environment variable

    // The kind this row calls with, given its profile's kind (when it names one).
    [[nodiscard]] AuthKind kind(AuthKind profileKind = AuthKind::Basic) const
    {
        return auth.value_or(profile.isEmpty() ? AuthKind::Basic : profileKind);
    }
};

// One column: what is called.
struct MatrixChannel
{
    QString name;
    QString path;
    ClientKind client = ClientKind::Json;
    QString service; // AnyServiceInvoker and Invoke API
    json::Value payload = json::Value::fromString(QString());
    QString method = QString(); // JSONClient and Invoke API; empty: POST
};

struct MatrixDefinition
{
    QString address;
    int timeoutSeconds = 30;
    QList<MatrixCredential> credentials;
    QList<MatrixChannel> channels;
    // expected outcome keys ("allowed", "401", ...) by credential name, then channel name
    QHash<QString, QHash<QString, QString>> expect;
    // why a cell's expectation is what it is, by credential name, then channel name (derived ones)
    QHash<QString, QHash<QString, QString>> reasons = {};

    [[nodiscard]] QString expected(int row, int column) const;
    [[nodiscard]] QString reason(int row, int column) const;
    void setExpected(int row, int column, const QString &key);
};

// The outcome key of a call for expectations: "allowed", "400", "401", "403", "404", "405", "429", "500",
// "not-ok", "not-zato", "timeout", "refused", "dns", "tls", "closed", "transport", "cancelled", "invalid".
[[nodiscard]] QString outcomeKey(OutcomeClass kind);
[[nodiscard]] QStringList outcomeKeys();

struct MatrixCell
{
    int row = 0;
    int column = 0;
    QString expected; // empty: no expectation
    QString actual;   // outcome key
    int status = 0;
    double elapsedMs = 0;
    QString explanation;
    bool done = false;
    [[nodiscard]] bool matches() const { return expected.isEmpty() || expected == actual; }
};

struct MatrixRead
{
    std::optional<MatrixDefinition> definition;
    QString error;
};

// The matrix file: JSON without secrets.
[[nodiscard]] QByteArray writeMatrix(const MatrixDefinition &matrix);
[[nodiscard]] MatrixRead readMatrix(const QByteArray &json);

// Reports of a run: CSV and JUnit XML (a test case per cell, a failure per mismatch).
[[nodiscard]] QByteArray matrixCsv(const MatrixDefinition &matrix, const QList<MatrixCell> &cells);
[[nodiscard]] QByteArray matrixJUnit(const MatrixDefinition &matrix, const QList<MatrixCell> &cells);

[[nodiscard]] QString matrixPasswordKey(const QString &credentialName);
[[nodiscard]] QString matrixApiKeyKey(const QString &credentialName);
[[nodiscard]] QString matrixTokenKey(const QString &credentialName);

} // namespace zd
