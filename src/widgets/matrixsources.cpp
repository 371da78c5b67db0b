// The matrix view's derived matrices: Import server configuration… and Discover from server….
#include "accessimportdialog.h"
#include "matrixmodel.h"
#include "matrixview.h"
#include "profile/secretstore.h"
#include "ui_matrixview.h"

#include <memory>

namespace zd {

void MatrixView::importConfiguration()
{
    openImport(false);
}

void MatrixView::discoverFromServer()
{
    openImport(true);
}

void MatrixView::openImport(bool fromServer)
{
    if (isRunning())
        return;
    auto *dialog = new AccessImportDialog(
        fromServer ? AccessImportDialog::Source::Server : AccessImportDialog::Source::EnmasseFile, this);
    dialog->setObjectName(QStringLiteral("accessImportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileDialogs(m_files);
    dialog->setAddress(m_ui->matrixAddressEdit->text().trimmed());
    connect(dialog, &QDialog::accepted, this, [this, dialog] { setDerived(dialog->matrix()); });
    dialog->open();
}

// Each row's secret goes to the keychain under the row's key, as Row secret… keeps it; a keychain that
// cannot take them is said once, and this session still calls with them.
void MatrixView::setDerived(const access::AccessMatrix &derived)
{
    m_given.clear();
    auto failures = std::make_shared<QStringList>();
    auto pending = std::make_shared<int>(0);
    const MatrixDefinition &matrix = derived.matrix;
    for (int row = 0; row < matrix.credentials.size(); ++row) {
        const MatrixCredential &credential = matrix.credentials.at(row);
        const ResolvedCredential &resolved = derived.credentials.at(row);
        m_given.insert(credential.name, resolved);
        const AuthKind kind = credential.kind();
        const QString secret = kind == AuthKind::Basic ? resolved.password : resolved.auth.secret;
        if (kind == AuthKind::None || secret.isEmpty())
            continue;
        const QString key = kind == AuthKind::ApiKey   ? matrixApiKeyKey(credential.name)
                            : kind == AuthKind::Bearer ? matrixTokenKey(credential.name)
                                                       : matrixPasswordKey(credential.name);
        ++*pending;
        m_secrets->write(key, secret, this,
                         [this, failures, pending, name = credential.name](SecretStore::Status status,
                                                                           const QString &error) {
                             if (status != SecretStore::Status::Ok)
                                 *failures << tr("%1: %2").arg(name, error);
                             if (--*pending > 0 || failures->isEmpty())
                                 return;
                             m_prompts.tell(tr("Secrets not saved"),
                                            tr("The keychain did not keep the secrets of these rows, so a "
                                               "matrix saved now will not find them when opened again: "
                                               "%1. They are never written anywhere else; this window "
                                               "still calls with them.")
                                                .arg(failures->join(u"; ")));
                         });
    }
    setDefinition(matrix);
}

} // namespace zd
