#pragma once

#include "matrixrunner.h"
#include "profile/profile.h"

#include <QObject>
#include <QProcessEnvironment>

namespace zd {

class ProfileStore;
class SecretStore;

// The profile a row names: a saved one, or else a built-in one ("Django sample").
[[nodiscard]] std::optional<Profile> profileNamed(const ProfileStore &profiles, const QString &name);

// One matrix row's credential, or why there is none.
struct CredentialResolution
{
    ResolvedCredential credential;
    QString error; // empty: resolved
    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

// The credential each row of a matrix calls with, the same for the window and the CLI. HTTP Basic:
// - "profile": a saved profile or a built-in one ("Django sample"), its user unless the row names
//   one, and its password from the keychain (a built-in profile falls back to its published one);
// - "password_env": the environment variable, which must be set;
// - otherwise the row's own keychain entry, matrixPasswordKey(name).
// An API key or bearer token: the row's "api_key_env"/"token_env", its profile's keychain entry, or
// the row's own (matrixApiKeyKey, matrixTokenKey); a row of kind none needs nothing.
// A row whose password cannot be had is reported with the reason (in error and in the credential's
// "missing", so a runner given it sends none of its cells), never given an empty password.
// finished() always comes through the event loop, after start() has returned.
class CredentialResolver : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Reads the profiles at once and starts the keychain reads. Returns false (and does nothing)
    // while a resolution is going on.
    bool start(const MatrixDefinition &matrix, const ProfileStore &profiles, SecretStore &secrets,
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    [[nodiscard]] bool isRunning() const { return m_pending > 0; }

    // The rows' messages, one a line, or "" when every row resolved.
    [[nodiscard]] static QString errors(const QList<CredentialResolution> &rows);

Q_SIGNALS:
    // One entry per row of the matrix, in order.
    void finished(const QList<zd::CredentialResolution> &rows);

private:
    void resolveBasic(int row, const MatrixCredential &credential, const std::optional<Profile> &profile,
                      SecretStore &secrets, const QProcessEnvironment &environment);
    void resolveSecret(int row, const MatrixCredential &credential, const std::optional<Profile> &profile,
                       SecretStore &secrets, const QProcessEnvironment &environment);
    void rowDone();

    QList<CredentialResolution> m_rows;
    int m_pending = 0;
};

} // namespace zd
