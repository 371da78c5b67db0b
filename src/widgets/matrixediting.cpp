// Editing the matrix: its rows (and their secrets in the keychain) and its channels.
#include "invoke/authheaders.h"
#include "invoke/callcheck.h"
#include "matrixmodel.h"
#include "matrixview.h"
#include "profile/secretstore.h"
#include "rbac/credentialresolver.h"
#include "ui_matrixview.h"

#include "json/parser.h"

namespace zd {

// The row's secret goes to the keychain; a failure is told, with what to do about it.
void MatrixView::writeRowSecret(const QString &row, AuthKind kind, const QString &secret)
{
    const QString key = kind == AuthKind::ApiKey   ? matrixApiKeyKey(row)
                        : kind == AuthKind::Bearer ? matrixTokenKey(row)
                                                   : matrixPasswordKey(row);
    m_secrets->write(key, secret, this, [this, row, kind](SecretStore::Status status, const QString &error) {
        if (status == SecretStore::Status::Ok)
            return;
        if (kind == AuthKind::Basic) {
            m_prompts.tell(
                tr("Password not saved"),
                tr("The password of the row \"%1\" was not saved: %2. It is never written anywhere "
                   "else; give the row a profile or a \"password_env\" in the matrix file instead, "
                   "or set its password again once the keychain answers.")
                    .arg(row, error));
            return;
        }
        m_prompts.tell(
            tr("Secret not saved"),
            tr("The secret of the row \"%1\" was not saved: %2. It is never written anywhere else; "
               "give the row \"%3\" in the matrix file instead, or set its secret again once the "
               "keychain answers.")
                .arg(row, error,
                     kind == AuthKind::ApiKey ? QStringLiteral("api_key_env") : QStringLiteral("token_env")));
    });
}

// A row of its own: HTTP Basic (user and password), an API key (its header and the key), a static
// bearer token, or no credentials. The secret goes to the keychain only; an OAuth2 row needs the token
// endpoint a profile holds.
bool MatrixView::addRow()
{
    const auto ask = [this](const QString &label, const QString &text) {
        return m_prompts.text(tr("Add row"), label, text);
    };
    const std::optional<QString> name = ask(tr("Row name:"), QString());
    if (!name || name->trimmed().isEmpty())
        return false;
    const std::optional<QString> kindText =
        ask(tr("Credential (basic, apikey, bearer or none):"), QStringLiteral("basic"));
    if (!kindText)
        return false;
    const std::optional<AuthKind> kind = authKindFromKey(kindText->trimmed().toLower());
    if (!kind || *kind == AuthKind::OAuth2) {
        m_prompts.tell(tr("Row not added"),
                       kind ? tr("An OAuth2 row takes its token endpoint from a profile: use Add row from a "
                                 "profile.")
                            : tr("The credential must be basic, apikey, bearer or none."));
        return false;
    }
    MatrixCredential row{name->trimmed(), QString(), QString(), QString()};
    row.auth = *kind;
    std::optional<QString> secret = QString();
    switch (*kind) {
    case AuthKind::Basic: {
        const std::optional<QString> user = ask(tr("User name:"), row.name);
        if (!user)
            return false;
        row.user = user->trimmed();
        secret = ask(tr("Password (kept in the keychain):"), QString());
        break;
    }
    case AuthKind::ApiKey: {
        const std::optional<QString> header = ask(tr("API key header:"), QStringLiteral("X-API-Key"));
        if (!header)
            return false;
        if (const QString problem = headerProblem({header->trimmed().toLatin1(), {}}); !problem.isEmpty()) {
            m_prompts.tell(tr("Row not added"), problem);
            return false;
        }
        row.apiKeyHeader = header->trimmed().toLatin1();
        secret = ask(tr("API key (kept in the keychain):"), QString());
        break;
    }
    case AuthKind::Bearer:
        secret = ask(tr("Token (kept in the keychain):"), QString());
        break;
    case AuthKind::None:
    case AuthKind::OAuth2:
        break;
    }
    if (!secret)
        return false;
    MatrixDefinition matrix = m_model->definition();
    matrix.credentials.append(row);
    if (*kind != AuthKind::None)
        writeRowSecret(row.name, *kind, *secret);
    setDefinition(matrix);
    return true;
}

bool MatrixView::addProfileRow()
{
    const std::optional<QString> name =
        m_prompts.text(tr("Add row from a profile"), tr("Profile name:"), QString());
    if (!name)
        return false;
    if (!profileNamed(*m_profiles, *name)) {
        m_prompts.tell(tr("No such profile"), tr("There is no profile named \"%1\".").arg(*name));
        return false;
    }
    MatrixDefinition matrix = m_model->definition();
    matrix.credentials.append({*name, QString(), *name, QString()});
    setDefinition(matrix);
    return true;
}

bool MatrixView::addColumn()
{
    const auto ask = [this](const QString &label, const QString &text) {
        return m_prompts.text(tr("Add channel"), label, text);
    };
    const std::optional<QString> name = ask(tr("Channel name:"), QString());
    const std::optional<QString> path = name ? ask(tr("URL path:"), QStringLiteral("/")) : std::nullopt;
    const std::optional<QString> client =
        path ? ask(tr("Client (any, json or api):"), QStringLiteral("json")) : std::nullopt;
    if (!client || name->trimmed().isEmpty())
        return false;
    const std::optional<ClientKind> kind = clientFromKey(client->trimmed());
    if (!kind) {
        m_prompts.tell(tr("Channel not added"), tr("The client must be any, json or api."));
        return false;
    }
    std::optional<QString> service = QString();
    if (*kind != ClientKind::Json)
        service = ask(tr("Service:"), QStringLiteral("customer.get1"));
    const std::optional<QString> payload =
        service ? ask(tr("Payload (JSON):"), QStringLiteral(R"({"cust_id": "123"})")) : std::nullopt;
    if (!payload)
        return false;
    const json::ParseResult parsed = json::parse(payload->toUtf8());
    if (!parsed.ok) {
        m_prompts.tell(tr("Channel not added"), tr("The payload is not valid JSON: %1").arg(parsed.error));
        return false;
    }
    MatrixDefinition matrix = m_model->definition();
    matrix.channels.append({name->trimmed(), path->trimmed(), *kind, service->trimmed(), parsed.value});
    setDefinition(matrix);
    return true;
}

void MatrixView::removeRow()
{
    const QModelIndex current = m_ui->matrixTable->currentIndex();
    if (!current.isValid() || m_model->rowCount() <= 1)
        return;
    MatrixDefinition matrix = m_model->definition();
    const QString name = matrix.credentials.at(current.row()).name;
    matrix.expect.remove(name);
    matrix.reasons.remove(name);
    m_given.remove(name);
    matrix.credentials.removeAt(current.row());
    setDefinition(matrix);
}

void MatrixView::removeColumn()
{
    const QModelIndex current = m_ui->matrixTable->currentIndex();
    if (!current.isValid() || m_model->columnCount() <= 1)
        return;
    MatrixDefinition matrix = m_model->definition();
    const QString name = matrix.channels.at(current.column()).name;
    for (auto &row : matrix.expect)
        row.remove(name);
    matrix.channels.removeAt(current.column());
    setDefinition(matrix);
}

// The secret of the current row's kind, to the keychain. A profile row whose kind is HTTP Basic becomes a
// row of its own; the secret of any other profile row belongs to its profile.
void MatrixView::setRowSecret()
{
    const QModelIndex current = m_ui->matrixTable->currentIndex();
    if (!current.isValid())
        return;
    const MatrixCredential credential = m_model->definition().credentials.at(current.row());
    std::optional<Profile> profile;
    if (!credential.profile.isEmpty())
        profile = profileNamed(*m_profiles, credential.profile);
    const AuthKind kind = credential.kind(profile ? profile->auth : AuthKind::Basic);
    if (kind == AuthKind::None) {
        m_prompts.tell(tr("Row secret"),
                       tr("The row \"%1\" calls with no credentials.").arg(credential.name));
        return;
    }
    if (!credential.profile.isEmpty() && kind != AuthKind::Basic) {
        m_prompts.tell(tr("Row secret"),
                       tr("The row \"%1\" takes its secret from the profile \"%2\": change it there.")
                           .arg(credential.name, credential.profile));
        return;
    }
    const QString label = kind == AuthKind::ApiKey   ? tr("API key of \"%1\" (kept in the keychain):")
                          : kind == AuthKind::Bearer ? tr("Token of \"%1\" (kept in the keychain):")
                                                     : tr("Password of \"%1\" (kept in the keychain):");
    const std::optional<QString> secret =
        m_prompts.text(tr("Row secret"), label.arg(credential.name), QString());
    if (!secret)
        return;
    m_given.remove(credential.name); // the secret typed now is the one it calls with
    writeRowSecret(credential.name, kind, *secret);
    if (!credential.profile.isEmpty() || !credential.passwordEnv.isEmpty() ||
        !credential.secretEnv.isEmpty()) {
        MatrixDefinition matrix = m_model->definition();
        MatrixCredential &row = matrix.credentials[current.row()];
        row.profile.clear();
        row.passwordEnv.clear();
        row.secretEnv.clear();
        row.auth = kind;
        if (kind == AuthKind::Basic && row.user.isEmpty())
            row.user = credential.name;
        setDefinition(matrix);
    }
}

} // namespace zd
