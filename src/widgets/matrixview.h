#pragma once

#include "filedialogs.h"
#include "prompts.h"
#include "rbac/credentialresolver.h"
#include "rbac/matrixrunner.h"

#include <QDialog>
#include <memory>

namespace zd {

namespace Ui {
class MatrixView;
}

class MatrixModel;
class ProfileStore;

namespace access {
struct AccessMatrix;
}
class SecretStore;

// The credentials-by-channels matrix: open or save a definition, or make one from a server's
// configuration; set expectations per cell (a derived one says why, on hover and in the details pane),
// run all of it, a row, a column or a cell with bounded concurrency, cancel, and export CSV or JUnit.
class MatrixView : public QDialog
{
    Q_OBJECT
public:
    MatrixView(SecretStore *secrets, const ProfileStore *profiles, QWidget *parent = nullptr);
    ~MatrixView() override;

    void setPrompts(const Prompts &prompts) { m_prompts = prompts; }
    // Where Open, Save and the exports choose their files.
    void setFileDialogs(const FileDialogs &dialogs) { m_files = dialogs; }
    void setDefinition(const MatrixDefinition &matrix);
    void setDefaultAddress(const QString &address);
    [[nodiscard]] MatrixModel *model() const { return m_model; }
    [[nodiscard]] bool isRunning() const { return m_runner.isRunning() || m_resolver.isRunning(); }

    void run(const QList<std::pair<int, int>> &cells);
    // Editing the matrix: rows entered for it (any credential kind but OAuth2, the secret to the
    // keychain) or from a profile, channels.
    bool addRow();
    bool addProfileRow();
    bool addColumn();
    void removeRow();
    void removeColumn();
    // Import server configuration… and Discover from server…: the dialog that previews the access test
    // a server's configuration makes (AccessImportDialog, named "accessImportDialog"); Create matrix
    // puts it here.
    void importConfiguration();
    void discoverFromServer();
    // A derived matrix: its rows are called with the secrets it holds, which also go to the keychain.
    void setDerived(const access::AccessMatrix &derived);

Q_SIGNALS:
    void runFinished(); // also when a row had no credential and nothing ran

private:
    enum class FileKind { Matrix, Csv, JUnit };
    [[nodiscard]] FileQuestion question(FileKind kind, const QString &title) const;
    void open();
    void save();
    void exportResults(bool junit);
    void setRowSecret();
    void credentialsResolved(const QList<CredentialResolution> &rows);
    void writeRowSecret(const QString &row, AuthKind kind, const QString &secret);
    void updateSummary();
    void updateDetails();
    void openImport(bool fromServer);
    [[nodiscard]] QList<std::pair<int, int>> selectedCells(bool wholeRow, bool wholeColumn) const;

    std::unique_ptr<Ui::MatrixView> m_ui;
    SecretStore *m_secrets;
    const ProfileStore *m_profiles;
    MatrixModel *m_model;
    MatrixRunner m_runner;
    CredentialResolver m_resolver;
    QList<std::pair<int, int>> m_resolvingCells; // what runs once the credentials are resolved
    // The rows of a derived matrix, called with the secrets it came with (the keychain keeps them too).
    QHash<QString, ResolvedCredential> m_given;
    Prompts m_prompts;
    FileDialogs m_files;
};

} // namespace zd
